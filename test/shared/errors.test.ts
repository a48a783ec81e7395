import type { INode } from 'n8n-workflow';

import { providerError } from '../../nodes/shared/transport/errors';

const node = {
	name: 'Test',
	type: 'test',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
} as unknown as INode;

describe('providerError hints', () => {
	it('uses the hint of the error itself before the hint for its status', () => {
		const error = providerError(node, {
			provider: 'P',
			status: 403,
			info: { message: 'Quota <used>', hint: 'Raise the quota.' },
			hints: { 403: 'Status hint' },
		});
		expect(error.message).toBe('P returned 403: Quota &#60;used&#62;');
		expect(error.description).toBe('Raise the quota.');
	});

	it('falls back to the status hint when the error has none', () => {
		const error = providerError(node, {
			provider: 'P',
			status: 403,
			info: { message: 'x' },
			hints: { 403: 'Status hint' },
		});
		expect(error.description).toBe('Status hint');
	});
});
