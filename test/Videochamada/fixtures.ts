import type { IDataObject } from 'n8n-workflow';

import { VideochamadaApi } from '../../credentials/VideochamadaApi.credentials';
import { credential } from '../kit/mockApi';

/** The videochamadaApi credential against `baseUrl`, with `data` changed. */
export const videochamadaCredentials = (baseUrl: string, data: IDataObject = {}) =>
	credential(new VideochamadaApi(), { apiToken: 'tok-123', baseUrl, ...data });
