import { RateGate } from '../../nodes/shared/transport/retry';

const timesOf = async (gate: RateGate, n: number) => {
	const at: number[] = [];
	for (let k = 0; k < n; k++) {
		await gate.wait();
		at.push(Date.now());
	}
	return at;
};

describe('RateGate', () => {
	it('lets every request through at once until a 429 is seen', async () => {
		const started = Date.now();
		await timesOf(new RateGate(), 50);
		expect(Date.now() - started).toBeLessThan(50);
	});

	it('after a 429 pauses as asked, then paces evenly to what the provider had accepted', async () => {
		const gate = new RateGate();
		const starts = await Promise.all(Array.from({ length: 8 }, async () => await gate.wait()));
		// The provider accepted the first five and refused the rest, asking for 200 ms.
		const refusedAt = Date.now();
		for (const start of starts.slice(5)) gate.limited(200, start);
		const at = await timesOf(gate, 11);
		expect(at[0] - refusedAt).toBeGreaterThanOrEqual(195);
		// Five per period of 200 ms plus a margin: spaced by about 44 ms, never six in one period.
		const gaps = at.slice(1).map((t, k) => t - at[k]);
		for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(40);
		for (let k = 5; k < at.length; k++) expect(at[k] - at[k - 5]).toBeGreaterThanOrEqual(215);
		expect(at[10] - at[0]).toBeLessThan(700);
	});
});
