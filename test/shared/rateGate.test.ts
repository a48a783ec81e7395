import { RateGate } from '../../nodes/shared/transport/retry';
import { FakeClock } from '../kit/clock';

const timesOf = async (gate: RateGate, clock: FakeClock, n: number) => {
	const at: number[] = [];
	for (let k = 0; k < n; k++) {
		await gate.wait();
		at.push(clock.now());
	}
	return at;
};

describe('RateGate', () => {
	it('lets every request through at once until a 429 is seen', async () => {
		const clock = new FakeClock();
		const started = clock.now();
		await timesOf(new RateGate(clock), clock, 50);
		expect(clock.now()).toBe(started);
	});

	it('after a 429 pauses as asked, then paces evenly to what the provider had accepted', async () => {
		const clock = new FakeClock();
		const gate = new RateGate(clock);
		const starts = await Promise.all(Array.from({ length: 8 }, async () => await gate.wait()));
		// The provider accepted the first five and refused the rest, asking for 200 ms.
		const refusedAt = clock.now();
		for (const start of starts.slice(5)) gate.limited(200, start);
		const at = await timesOf(gate, clock, 11);
		// The pause as asked, and no sixth request within 220 ms of the five accepted ones.
		expect(at[0] - refusedAt).toBe(220);
		// Five per period of 200 ms plus a margin of 20 ms: spaced by 44 ms, never six in one period.
		const gaps = at.slice(1).map((t, k) => t - at[k]);
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(44 - 1e-9);
		for (let k = 5; k < at.length; k++)
			expect(at[k] - at[k - 5]).toBeGreaterThanOrEqual(220 - 1e-9);
		expect(at[10] - at[0]).toBeLessThan(500);
	});
});
