import { backgroundOperation } from './background';

/** PUT /rooms/{roomName}/theme/room-background: https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
export const setBackground = backgroundOperation('room-background', 'background');
