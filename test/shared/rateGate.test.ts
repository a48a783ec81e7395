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

	// A gate pacing at 5 per period of 220 ms (Retry-After 200 ms + 20 ms margin): 44 ms apart.
	const PERIOD = 220;
	async function pacedAtFive() {
		const clock = new FakeClock();
		const gate = new RateGate(clock);
		const starts = await Promise.all(Array.from({ length: 8 }, async () => await gate.wait()));
		for (const start of starts.slice(5)) gate.limited(200, start);
		await timesOf(gate, clock, 6);
		return { clock, gate };
	}
	const nextGap = async (gate: RateGate, clock: FakeClock) => {
		const [a, b] = await timesOf(gate, clock, 2);
		return b - a;
	};

	it('steps the pace down by the requests a later 429 refused', async () => {
		const { clock, gate } = await pacedAtFive();
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 5);
		const [first, second] = [await gate.wait(), await gate.wait()];
		gate.limited(200, first);
		gate.limited(200, second);
		// Two refused: three per period from now on.
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 3);
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 3);
	});

	it('raises the pace by a tenth (at least one) after eight calm periods, not before', async () => {
		const { clock, gate } = await pacedAtFive();
		// Pacing the six requests after the pause took one period (5 gaps of 44 ms); six more calm
		// periods and one more request make less than eight.
		clock.time += 6 * PERIOD;
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 5);
		clock.time += PERIOD;
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 6);
	});

	it('undoes a refused raise and then probes half as often', async () => {
		const { clock, gate } = await pacedAtFive();
		clock.time += 8 * PERIOD;
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 6);
		// The raise is refused: back to five, not stepped down below it.
		gate.limited(200, await gate.wait());
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 5);
		// Eight calm periods are no longer enough; sixteen are.
		clock.time += 8 * PERIOD;
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 5);
		clock.time += 8 * PERIOD;
		expect(await nextGap(gate, clock)).toBeCloseTo(PERIOD / 6);
	});

	it('an explicit pause holds every request until it ends', async () => {
		const clock = new FakeClock();
		const gate = new RateGate(clock);
		const from = clock.now();
		gate.pauseFor(1500);
		const at = await Promise.all(
			Array.from({ length: 3 }, async () => (await gate.wait(), clock.now())),
		);
		for (const t of at) expect(t - from).toBeGreaterThanOrEqual(1500);
	});
});
