import type { Resource } from '../../../shared/operations';
import { terminate } from './terminate.operation';

export const call = {
	name: 'Call',
	description: 'A WhatsApp call in progress',
	operations: { terminate },
} satisfies Resource;
