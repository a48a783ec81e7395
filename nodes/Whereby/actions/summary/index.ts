import type { Resource } from '../../../shared/operations';
import { create } from './create.operation';
import { deleteSummary } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';

export const summary = {
	name: 'Summary (Beta)',
	description: 'AI summaries of transcriptions; a Whereby beta for selected customers',
	operations: { create, get, getAll, delete: deleteSummary },
} satisfies Resource;
