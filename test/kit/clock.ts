import type { Clock } from '../../nodes/shared/transport/retry';

/** A clock whose sleep() returns at once and moves time forward: waits are measured, never waited. */
export class FakeClock implements Clock {
	constructor(public time = 1_000_000) {}

	now = () => this.time;

	sleep = async (ms: number) => {
		this.time += Math.max(0, ms);
		await Promise.resolve();
	};
}
