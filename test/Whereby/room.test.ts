import type { IBinaryKeyData } from 'n8n-workflow';

import { runner, wherebyApi } from './fixtures';

const { server, credentials } = wherebyApi();
const run = runner(credentials, 'room');
const THEME = /^\/v1\/rooms\/[^/]+\/theme\//;
const image = (text: string, mimeType = 'image/png', fileName = 'logo.png'): IBinaryKeyData => ({
	data: { data: Buffer.from(text).toString('base64'), mimeType, fileName },
});

beforeEach(() => server.on('PUT', THEME, { status: 204 }));

describe('Whereby room setColors', () => {
	it("sends the colours as JSON to the room's tokens, the room name percent-encoded with its slash", async () => {
		const result = await run(
			{
				operation: 'setColors',
				roomName: '={{ $json.room }}',
				primary: '#112233',
				secondary: '#AABBCC',
				focus: '#778899',
			},
			[{ room: '/team-standup' }, { room: 'sales' }],
		);
		expect(server.requests.map((r) => [r.method, r.path, r.headers['content-type']])).toEqual([
			['PUT', '/v1/rooms/%2Fteam-standup/theme/tokens', 'application/json'],
			['PUT', '/v1/rooms/%2Fsales/theme/tokens', 'application/json'],
		]);
		const colors = { primary: '#112233', secondary: '#AABBCC', focus: '#778899' };
		expect(server.requests[0].json).toEqual({ tokens: { colors }, tokensPreset: 'custom' });
		expect(result.items).toEqual([
			{
				json: { success: true, roomName: '/team-standup', tokensPreset: 'custom', colors },
				pairedItem: { item: 0 },
			},
			{
				json: { success: true, roomName: '/sales', tokensPreset: 'custom', colors },
				pairedItem: { item: 1 },
			},
		]);
	});

	it('sends only the colours given', async () => {
		await run({
			operation: 'setColors',
			roomName: '/r',
			primary: '#000000',
			secondary: '',
			focus: '',
		});
		expect(server.requests[0].json).toEqual({
			tokens: { colors: { primary: '#000000' } },
			tokensPreset: 'custom',
		});
	});

	it('resets to the default preset', async () => {
		const result = await run({ operation: 'setColors', roomName: '/r', tokensPreset: 'default' });
		expect(server.requests[0].json).toEqual({ tokensPreset: 'default' });
		expect(result.items[0].json).toEqual({
			success: true,
			roomName: '/r',
			tokensPreset: 'default',
		});
	});

	it.each([
		[
			{ primary: '#12345' },
			'Invalid "Primary Color" (primary) in item 0: must be a colour as #RRGGBB',
		],
		[{ focus: 'red' }, 'Invalid "Focus Color" (focus) in item 0: must be a colour as #RRGGBB'],
		[{ secondary: '#GGGGGG' }, 'Invalid "Secondary Color" (secondary)'],
		[
			{},
			'Invalid "Primary Color" (primary) in item 0: set at least one colour, or choose Reset to Default',
		],
		[
			{ tokensPreset: 'brand' },
			'Invalid "Colors" (tokensPreset) in item 0: must be one of custom, default',
		],
		[{ roomName: '' }, 'Invalid "Room Name" (roomName) in item 0: must not be empty'],
		[{ roomName: 'a room' }, 'Invalid "Room Name" (roomName) in item 0: must be a room name'],
	])('rejects %j before any request', async (params, message) => {
		const result = await run({
			operation: 'setColors',
			roomName: '/r',
			primary: '',
			secondary: '',
			focus: '',
			...params,
		});
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('maps a 404 to a hint naming the room', async () => {
		server.on('PUT', THEME, { status: 404, body: { error: 'Room not found' } });
		const result = await run({ operation: 'setColors', roomName: '/nowhere', primary: '#000000' });
		expect(result.error?.message).toBe('Whereby returned 404: Room not found');
		expect(result.error?.description).toContain('No room "/nowhere" was found');
	});
});

describe('Whereby room images', () => {
	it('setLogo uploads the binary field as multipart/form-data field "image"', async () => {
		const result = await run(
			{ operation: 'setLogo', roomName: '/r', source: 'binary', binaryPropertyName: 'data' },
			[{}],
			{
				binaries: [image('PNG bytes 0123')],
			},
		);
		const [req] = server.requests;
		expect(req.path).toBe('/v1/rooms/%2Fr/theme/logo');
		const boundary = /^multipart\/form-data; boundary=(\S+)$/.exec(
			String(req.headers['content-type']),
		)?.[1];
		expect(boundary).toBeTruthy();
		expect(req.body).toBe(
			`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\nPNG bytes 0123\r\n--${boundary}--\r\n`,
		);
		expect(result.items).toEqual([
			{
				json: { success: true, roomName: '/r', image: { fileName: 'logo.png', bytes: 14 } },
				pairedItem: { item: 0 },
			},
		]);
	});

	it('setLogo resets to the default with JSON', async () => {
		const result = await run({ operation: 'setLogo', roomName: '/r', source: 'default' });
		expect(server.requests[0].headers['content-type']).toBe('application/json');
		expect(server.requests[0].json).toEqual({ theme: 'default' });
		expect(result.items[0].json).toEqual({ success: true, roomName: '/r', logo: 'default' });
	});

	it("setBackground and setKnockPageBackground upload each item's own image to their endpoints", async () => {
		const binaries = [image('one', 'image/jpeg', 'a.jpg'), image('two', 'image/png', 'b.png')];
		const bg = await run(
			{ operation: 'setBackground', roomName: '/r', source: 'binary', binaryPropertyName: 'data' },
			[{}, {}],
			{ binaries },
		);
		const knock = await run(
			{ operation: 'setKnockPageBackground', roomName: '/r', binaryPropertyName: 'data' },
			[{}],
			{ binaries },
		);
		expect(server.requests.map((r) => r.path)).toEqual([
			'/v1/rooms/%2Fr/theme/room-background',
			'/v1/rooms/%2Fr/theme/room-background',
			'/v1/rooms/%2Fr/theme/room-knock-page-background',
		]);
		expect(server.requests[0].body).toContain(
			'filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\none\r\n',
		);
		expect(server.requests[1].body).toContain(
			'filename="b.png"\r\nContent-Type: image/png\r\n\r\ntwo\r\n',
		);
		expect(bg.items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(knock.items[0].json).toEqual({
			success: true,
			roomName: '/r',
			image: { fileName: 'a.jpg', bytes: 3 },
		});
	});

	it('background presets are sent as JSON palette and theme', async () => {
		const result = await run({
			operation: 'setKnockPageBackground',
			roomName: '/r',
			source: 'preset',
			palette: 'grey',
			theme: 'mountains',
		});
		expect(server.requests[0].path).toBe('/v1/rooms/%2Fr/theme/room-knock-page-background');
		expect(server.requests[0].json).toEqual({ palette: 'grey', theme: 'mountains' });
		expect(result.items[0].json).toEqual({
			success: true,
			roomName: '/r',
			palette: 'grey',
			theme: 'mountains',
		});
		server.reset();
		server.on('PUT', THEME, { status: 204 });
		await run({ operation: 'setBackground', roomName: '/r', source: 'preset' });
		expect(server.requests[0].json).toEqual({ palette: 'default', theme: 'default' });
	});

	it.each([
		[
			{ source: 'preset', palette: 'pink' },
			undefined,
			'Invalid "Palette" (palette) in item 0: must be one of burgund, default, grey, purple (got "pink")',
		],
		[
			{ source: 'preset', theme: 'beach' },
			undefined,
			'Invalid "Theme" (theme) in item 0: must be one of characters, default, mountains, rocks (got "beach")',
		],
		[
			{ source: 'binary', binaryPropertyName: 'data' },
			undefined,
			'Invalid "Input Binary Field" (binaryPropertyName) in item 0: the item has no binary data; expected a binary field "data"',
		],
		[
			{ source: 'binary', binaryPropertyName: 'logo' },
			image('x'),
			'the item has no binary field "logo" (it has: data)',
		],
		[
			{ source: 'binary', binaryPropertyName: 'data' },
			image('%PDF', 'application/pdf', 'a.pdf'),
			'"data" is not an image (MIME type "application/pdf")',
		],
		// Issue 11, class 6: no control characters reach a multipart header.
		[
			{ source: 'binary', binaryPropertyName: 'data' },
			image('x', 'image/png\r\nX-Evil: 1', 'a.png'),
			'"data" is not an image (MIME type "image/png\\r\\nX-Evil: 1")',
		],
		[
			{ source: 'binary', binaryPropertyName: 'data' },
			image('x', 'image/png; name="a\u0000"', 'a.png'),
			'is not an image',
		],
		[
			{ source: 'binary', binaryPropertyName: '' },
			image('x'),
			'Invalid "Input Binary Field" (binaryPropertyName) in item 0: must not be empty',
		],
		[
			{ source: 'url' },
			undefined,
			'Invalid "Source" (source) in item 0: must be one of binary, preset',
		],
	])('setBackground rejects %j before any request', async (params, binary, message) => {
		const result = await run({ operation: 'setBackground', roomName: '/r', ...params }, [{}], {
			binaries: [binary],
		});
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});

	it('setLogo names the item whose image is missing and sends nothing for it', async () => {
		const result = await run(
			{ operation: 'setLogo', roomName: '/r', source: 'binary', binaryPropertyName: 'data' },
			[{}, {}],
			{
				binaries: [image('ok')],
			},
		);
		expect(result.error?.message).toMatch(
			/^Invalid "Input Binary Field" \(binaryPropertyName\) in item 1: /,
		);
		expect(server.requests).toHaveLength(1);
	});
});
