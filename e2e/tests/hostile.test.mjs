// Issue 11 in a real n8n: a hostile API server cannot pull the credential to another host (class 1),
// values from expressions are read strictly (class 2), and Return All ends on a cycling cursor
// (class 3). The "API" and the "other host" are two plain HTTP servers this file starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setupSuite, nodeType, chainWorkflow, executeOk } from '../lib/suite.mjs';

const CRED = { id: 'hostileWhereby01', name: 'Whereby hostile', type: 'wherebyApi' };
const KEY = 'hostile-test-api-key-value';

/** A server that logs every request and answers with `reply(req)` → { status, headers, body }. */
async function server(reply) {
	const requests = [];
	const srv = createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const url = new URL(req.url, 'http://x');
			const entry = {
				method: req.method,
				path: url.pathname,
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				body: Buffer.concat(chunks).toString(),
			};
			requests.push(entry);
			const { status = 200, headers = {}, body } = reply(entry);
			res.writeHead(status, { 'content-type': 'application/json', ...headers });
			res.end(body === undefined ? '' : JSON.stringify(body));
		});
	});
	await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${srv.address().port}`,
		requests,
		close: () => new Promise((r) => srv.close(r)),
	};
}

const whereby = (name, operation, params = {}) => ({
	name,
	type: nodeType('whereby'),
	parameters: { resource: 'meeting', operation, ...params },
	credentials: { wherebyApi: { id: CRED.id, name: CRED.name } },
});
const meetingId = (value) => ({ __rl: true, mode: 'id', value });

const workflows = {
	redirect: chainWorkflow('hostileRedirect1', [
		whereby('Get', 'get', { meetingId: meetingId('redirect-me') }),
	]),
	sameOrigin: chainWorkflow('hostileSameOrig1', [
		whereby('Get', 'get', { meetingId: meetingId('moved') }),
	]),
	cycle: chainWorkflow('hostileCycle0001', [whereby('All', 'getAll', { returnAll: true })]),
	falseText: chainWorkflow('hostileFalseTxt1', [
		whereby('Some', 'getAll', { returnAll: '={{ "false" }}', limit: '={{ "2" }}' }),
	]),
	badBoolean: chainWorkflow('hostileBadBool01', [
		whereby('Some', 'getAll', { returnAll: '={{ "maybe" }}' }),
	]),
};

let suite;
let api;
let elsewhere;

before(async () => {
	elsewhere = await server(() => ({ body: { stolen: true } }));
	api = await server((req) => {
		if (req.path === '/v1/meetings/redirect-me')
			return { status: 302, headers: { location: `${elsewhere.url}/steal` } };
		if (req.path === '/v1/meetings/moved')
			return { status: 301, headers: { location: '/v1/meetings/here' } };
		if (req.path === '/v1/meetings/here') return { body: { meetingId: 'here' } };
		if (req.path === '/v1/meetings') {
			// A cursor that cycles: (none) → A → B → A → …
			const next = { '': 'A', A: 'B', B: 'A' }[req.query.cursor ?? ''];
			const from = { '': 0, A: 2, B: 4 }[req.query.cursor ?? ''];
			const count = Math.min(2, Number(req.query.limit));
			return {
				body: {
					results: Array.from({ length: count }, (_, k) => ({ meetingId: `m${from + k}` })),
					cursor: next,
				},
			};
		}
		return { status: 404, body: { error: 'not found' } };
	});
	suite = await setupSuite('hostile', { sandbox: false });
	await suite.n8n.importCredentials([{ ...CRED, data: { apiKey: KEY, baseUrl: `${api.url}/v1` } }]);
	await suite.n8n.importWorkflows(Object.values(workflows));
});
after(async () => {
	await suite?.close();
	await api?.close();
	await elsewhere?.close();
});

async function runFails(workflow) {
	const res = await suite.n8n.execute(workflow.id);
	assert.equal(res.ok, false, `workflow ${workflow.id} should fail`);
	return `${res.error ?? ''} ${JSON.stringify(res.output?.data?.resultData?.error ?? '')}`;
}

test('class 1: a redirect to another host ends the item; the other host receives nothing', async () => {
	api.requests.length = 0;
	const error = await runFails(workflows.redirect);
	assert.match(
		error,
		/Whereby redirected to another server \(http:\/\/127\.0\.0\.1:\d+\); refusing to send the credential there/,
	);
	assert.equal(elsewhere.requests.length, 0, 'nothing reached the other host');
	assert.equal(api.requests.length, 1);
	assert.equal(api.requests[0].headers.authorization, `Bearer ${KEY}`);
	assert.ok(!error.includes(KEY), 'the key is not in the error');
});

test('class 1: a redirect on the API origin is followed with the credential', async () => {
	api.requests.length = 0;
	const out = await executeOk(suite.n8n, workflows.sameOrigin);
	assert.deepEqual(out('Get'), [{ meetingId: 'here' }]);
	assert.deepEqual(
		api.requests.map((r) => r.path),
		['/v1/meetings/moved', '/v1/meetings/here'],
	);
	assert.equal(api.requests[1].headers.authorization, `Bearer ${KEY}`);
});

test('class 2: "false" and "2" from expressions are false and 2 (one request for two records)', async () => {
	api.requests.length = 0;
	const out = await executeOk(suite.n8n, workflows.falseText);
	assert.deepEqual(
		out('Some').map((m) => m.meetingId),
		['m0', 'm1'],
	);
	assert.equal(api.requests.length, 1);
	assert.equal(api.requests[0].query.limit, '2');
});

test('class 2: a boolean that is neither true nor false fails before any request, naming the field', async () => {
	api.requests.length = 0;
	const error = await runFails(workflows.badBoolean);
	assert.match(error, /Invalid \\?"Return All\\?" \(returnAll\) in item 0: must be true or false/);
	assert.equal(api.requests.length, 0);
});

test('class 3: Return All stops on a cursor that cycles, after a bounded number of requests', async () => {
	api.requests.length = 0;
	const error = await runFails(workflows.cycle);
	assert.match(
		error,
		/Whereby returned a page that was already read \(page 4 would repeat page 2\); stopped/,
	);
	assert.equal(api.requests.length, 3);
});
