import { backgroundOperation } from './background';

/** PUT /rooms/{roomName}/theme/room-knock-page-background: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
export const setKnockPageBackground = backgroundOperation(
	'room-knock-page-background',
	'knock page background',
);
