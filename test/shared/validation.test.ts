import { DateTime } from 'luxon';

import {
	calendarDate,
	dateTime,
	httpUrl,
	intBetween,
	nonEmptyString,
	oneOf,
	stringList,
	toDateTime,
} from '../../nodes/shared/validation';

describe('toDateTime', () => {
	it('reads an ISO string with an offset as given', () => {
		expect(toDateTime('2030-05-01T10:00:00-05:00', 'Europe/Berlin')?.toISO()).toBe(
			'2030-05-01T10:00:00.000-05:00',
		);
	});

	it('reads an ISO string without an offset in the given zone', () => {
		expect(toDateTime('2030-05-01T10:00:00', 'Europe/Berlin')?.toISO()).toBe(
			'2030-05-01T10:00:00.000+02:00',
		);
	});

	it('takes luxon DateTimes and JS Dates', () => {
		const dt = DateTime.fromISO('2030-01-01T00:00:00Z', { setZone: true });
		expect(toDateTime(dt, 'UTC')?.toMillis()).toBe(dt.toMillis());
		expect(toDateTime(new Date('2030-01-01T00:00:00Z'), 'UTC')?.toMillis()).toBe(dt.toMillis());
	});

	it.each([['tomorrow'], [''], [42], [null], [new Date('nope')]])(
		'returns undefined for %p',
		(value) => {
			expect(toDateTime(value, 'UTC')).toBeUndefined();
		},
	);
});

describe('schemas', () => {
	it('dateTime({ future }) refuses the past and accepts the future', () => {
		const schema = dateTime('UTC', { future: true });
		expect(schema.safeParse('2000-01-01T00:00:00Z').success).toBe(false);
		expect(schema.safeParse(DateTime.now().plus({ minutes: 5 })).success).toBe(true);
	});

	it('calendarDate gives YYYY-MM-DD and refuses impossible dates', () => {
		expect(calendarDate('UTC').parse('2030-02-28')).toBe('2030-02-28');
		const lateEvening = DateTime.fromISO('2030-03-01T01:00:00Z').setZone('America/Sao_Paulo');
		expect(calendarDate('UTC').parse(lateEvening)).toBe('2030-02-28');
		expect(calendarDate('UTC').parse('2030-03-01T01:00:00Z')).toBe('2030-03-01');
		expect(calendarDate('UTC').safeParse('2030-02-30').success).toBe(false);
		expect(calendarDate('UTC').safeParse('30/02/2030').success).toBe(false);
	});

	it('httpUrl accepts only absolute http(s) URLs', () => {
		expect(httpUrl.safeParse('https://example.com/hook').success).toBe(true);
		expect(httpUrl.safeParse('ftp://example.com').success).toBe(false);
		expect(httpUrl.safeParse('/relative').success).toBe(false);
	});

	it('intBetween enforces whole numbers within bounds', () => {
		const schema = intBetween(5, 600);
		expect(schema.parse('60')).toBe(60);
		expect(schema.safeParse(4).success).toBe(false);
		expect(schema.safeParse(601).success).toBe(false);
		expect(schema.safeParse(5.5).success).toBe(false);
	});

	it('oneOf names the allowed values', () => {
		const result = oneOf(['open', 'public', 'private']).safeParse('secret');
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toBe('must be one of open, public, private');
	});

	it('nonEmptyString trims and refuses blanks', () => {
		expect(nonEmptyString.parse('  id ')).toBe('id');
		expect(nonEmptyString.safeParse('   ').success).toBe(false);
	});

	it('stringList splits text on commas and newlines', () => {
		expect(stringList.parse('a, b\nc,,')).toEqual(['a', 'b', 'c']);
		expect(stringList.parse(['x', 1])).toEqual(['x', '1']);
	});
});
