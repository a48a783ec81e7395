import type { Resource } from '../../../shared/operations';
import { setBackground } from './setBackground.operation';
import { setColors } from './setColors.operation';
import { setKnockPageBackground } from './setKnockPageBackground.operation';
import { setLogo } from './setLogo.operation';

export const room = {
	name: 'Room',
	description: 'Branding of a room: colours, logo and backgrounds',
	operations: { setColors, setLogo, setBackground, setKnockPageBackground },
} satisfies Resource;
