// What a builder sees: our nodes in n8n's editor, in headless Chromium, against an n8n prepared as
// `npm run demo` prepares it (package installed, sandbox credentials and example workflows).
// Screenshots of every panel go to e2e/.work/screenshots/; with UPDATE_DOCS_IMAGES=1 the ones the
// docs show are copied to docs/images/. Run: npm run e2e:browser (after npm run build).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WORK_ROOT } from '../lib/n8n.mjs';
import { setupSuite } from '../lib/suite.mjs';
import { seedDemo } from '../lib/demo.mjs';
import { openEditor, openNodesPanel, searchNodes, addNode, closeNdv, tid } from './browser.mjs';
import { SEARCHES, editorNodes } from './nodes.mjs';

const SHOTS = join(WORK_ROOT, 'screenshots');
/** Screenshot file → the docs image it becomes. */
const DOCS_IMAGES = {
	'search-meeting.png': 'nodes-panel-search.png',
	'panel-whereby.png': 'whereby-node.png',
	'panel-twilioConference.png': 'twilio-conference-node.png',
	'panel-wherebyTrigger.png': 'whereby-trigger-setup.png',
	'workflow-run.png': 'example-workflow-run.png',
};

/** Polls `check` for up to 30 s; fails with `message()` if it never holds. */
async function until(check, message, timeoutMs = 30000) {
	for (const end = Date.now() + timeoutMs; ; ) {
		if (await check()) return;
		if (Date.now() > end) assert.fail(await message());
		await new Promise((r) => setTimeout(r, 500));
	}
}

let suite;
let editor;
let page;
let seeded;
const shot = (name) => page.screenshot({ path: join(SHOTS, name) });

before(async () => {
	mkdirSync(SHOTS, { recursive: true });
	suite = await setupSuite('browser');
	seeded = await seedDemo(suite.n8n, suite.sandbox);
	await suite.n8n.start();
	// n8n answers /healthz a moment before its REST routes are mounted.
	for (let k = 0; ; k++) {
		try {
			await suite.n8n.login();
			break;
		} catch (e) {
			if (k >= 60) throw e;
			await new Promise((r) => setTimeout(r, 1000));
		}
	}
	editor = await openEditor(suite.n8n);
	page = editor.page;
});

after(async () => {
	await editor?.close();
	await suite?.close();
	if (process.env.UPDATE_DOCS_IMAGES) {
		mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
		for (const [from, to] of Object.entries(DOCS_IMAGES))
			copyFileSync(join(SHOTS, from), join(ROOT, 'docs', 'images', to));
	}
});

test('the nodes panel finds our nodes by what a builder types', async () => {
	await openNodesPanel(page);
	for (const [query, expected] of SEARCHES) {
		let names = [];
		// The panel filters as it is typed into: wait for the results of the whole query.
		await until(
			async () => (
				(names = await searchNodes(page, query)),
				expected.every((name) => names.includes(name))
			),
			() =>
				`searching "${query}" lists ${JSON.stringify(names)}, not all of ${JSON.stringify(expected)}`,
		);
		if (query === 'meeting') await shot('search-meeting.png');
	}
});

test('every node can be added to a canvas and its panel opens with the sandbox credential', async (t) => {
	for (const node of await editorNodes()) {
		await t.test(node.displayName, async () => {
			const ndv = await addNode(page, node);
			await shot(`panel-${node.name}.png`);
			const credential = ndv.locator(tid('node-credentials-select'));
			if (await credential.count()) {
				// The only credential of its type is selected by itself; its name is the select's input value.
				const shown = () =>
					credential
						.first()
						.evaluate((el) =>
							[el.textContent, ...[...el.querySelectorAll('input')].map((i) => i.value)].join(' '),
						);
				await until(
					async () => /\(sandbox\)/.test(await shown()),
					async () => `credential shows "${await shown()}"`,
				);
			}
			if (node.webhook) {
				const notice = await ndv.locator(tid('node-parameters')).innerText();
				assert.match(
					notice,
					/has no (API|webhook settings)/,
					'the set-up notice says how to register the URL',
				);
				assert.match(notice, /works only once the workflow is published/);
				await ndv.getByText('Webhook URLs', { exact: true }).click();
				await ndv.locator(tid('radio-button-production')).click();
				assert.match(
					await ndv.locator(tid('node-parameters')).innerText(),
					/https?:\/\/[^\s]+\/webhook\/[0-9a-f-]{36}\/webhook/,
				);
				await ndv.locator(tid('radio-button-test')).click();
				assert.match(
					await ndv.locator(tid('node-parameters')).innerText(),
					/https?:\/\/[^\s]+\/webhook-test\/[0-9a-f-]{36}\/webhook/,
				);
			}
			await shot(`panel-${node.name}.png`);
			await closeNdv(page);
			const onCanvas = await page.locator(tid('canvas-node')).allInnerTexts();
			// n8n names a new node after its type (2.8) or after the action picked (2.41: "Create a meeting").
			const names = [node.displayName, node.item].filter(Boolean).map((n) => n.toLowerCase());
			assert.ok(
				onCanvas.some((text) => names.some((n) => text.toLowerCase().includes(n))),
				`canvas shows ${JSON.stringify(onCanvas)}`,
			);
		});
	}
});

test("a sandbox credential's test succeeds", async () => {
	// As a builder does: from a node's panel, open the credential it uses (the pencil) and save it.
	const node = (await editorNodes()).find((n) => n.name === 'whereby') ?? (await editorNodes())[0];
	const ndv = await addNode(page, node);
	await ndv.locator(tid('credential-edit-button')).first().click();
	const save = page.locator(tid('credential-save-button'));
	await save.waitFor();
	if (await save.isEnabled()) await save.click();
	await page
		.getByText(/Connection tested successfully/i)
		.first()
		.waitFor();
	await shot('credential-test.png');
	await page.keyboard.press('Escape');
});

test('an example workflow runs from the editor and shows its output', async () => {
	const workflow = seeded.workflows.find((w) => w.id === 'demoWherebyMeet1') ?? seeded.workflows[0];
	await page.goto(`/workflow/${workflow.id}`);
	await page.locator(tid('execute-workflow-button')).first().click();
	const last = workflow.nodes.at(-1).name;
	const lastNode = page.locator(tid('canvas-node')).filter({ hasText: last });
	await lastNode.locator('[data-test-id="canvas-node-status-success"]').waitFor();
	await lastNode.dblclick();
	const output = page.locator(tid('output-panel'));
	await output.locator(tid('ndv-data-container')).waitFor();
	assert.match(await output.innerText(), /\d+ items?/);
	await shot('workflow-run.png');
});
