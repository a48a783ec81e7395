import type { Resource } from '../../../shared/operations';
import { backgroundOperation } from './helpers';
import { setColors } from './setColors.operation';
import { setLogo } from './setLogo.operation';

/** https://docs.whereby.com/reference/whereby-rest-api-reference/rooms */
export const room = {
	name: 'Room',
	description: 'Branding of a room: colours, logo and backgrounds',
	operations: {
		setColors,
		setLogo,
		// PUT /rooms/{roomName}/theme/room-background
		setBackground: backgroundOperation('room-background', 'background'),
		// PUT /rooms/{roomName}/theme/room-knock-page-background
		setKnockPageBackground: backgroundOperation(
			'room-knock-page-background',
			'knock page background',
		),
	},
} satisfies Resource;
