import { TwilioConference } from '../../nodes/TwilioConference/TwilioConference.node';
import { CONFERENCE_FIELDS } from '../../nodes/TwilioConference/simplify';
import { runNode } from '../kit/harness';
import { MockServer } from '../kit/mockServer';
import { CF, CF2, conferenceJson, ROOT, twilioCredentials } from './fixtures';

const server = new MockServer();
let base: string;

beforeAll(async () => {
	base = await server.start();
});
afterAll(async () => await server.close());
beforeEach(() => server.reset());

const node = new TwilioConference();
/** A conference as Twilio answers it: 12 fields. */
const full = (sid: string) =>
	conferenceJson(sid, { api_version: '2010-04-01', call_sid_ending_conference: null, date_created: 'Mon, 30 Nov 2026 10:00:00 +0000', date_updated: 'Mon, 30 Nov 2026 10:05:00 +0000', reason_conference_ended: null, region: 'us1', subresource_uris: {} });

describe('Simplify (answers of more than ten fields)', () => {
	beforeEach(() => {
		server.on('GET', new RegExp(`^${ROOT}/Conferences/CF\\w+\\.json$`), (req) => ({ body: full(req.path.split('/').pop()!.replace('.json', '')) }));
	});
	const get = (simplify?: unknown) =>
		runNode(node, {
			credentials: twilioCredentials(base),
			items: [{ sid: CF }, { sid: CF2 }],
			parameters: { resource: 'conference', operation: 'get', conferenceSid: '={{ $json.sid }}', ...(simplify === undefined ? {} : { simplify }) },
		});

	it('is off by default in a workflow: the whole answer, as Twilio sends it', async () => {
		const result = await get();
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(full(CF));
	});

	it('keeps only the fields a builder uses most, per item and paired', async () => {
		const result = await get(true);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => [i.json.sid, i.pairedItem])).toEqual([
			[CF, { item: 0 }],
			[CF2, { item: 1 }],
		]);
		for (const item of result.items) expect(Object.keys(item.json).every((k) => CONFERENCE_FIELDS.includes(k))).toBe(true);
		expect(result.items[0].json).toEqual(expect.objectContaining({ sid: CF, status: expect.any(String), friendly_name: expect.any(String) }));
	});

	it('reads an expression strictly: "false" keeps the whole answer', async () => {
		const result = await get('={{ "false" }}');
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual(full(CF));
	});

	it('is on by default when the node is an AI tool, off otherwise', () => {
		const simplify = node.description.properties.filter((p) => p.name === 'simplify' && p.displayOptions?.show?.operation?.includes('get'));
		const byTool = Object.fromEntries(simplify.filter((p) => p.displayOptions?.show?.resource?.includes('conference')).map((p) => [String(p.displayOptions?.show?.['@tool']), p.default]));
		expect(byTool).toEqual({ false: false, true: true });
	});
});
