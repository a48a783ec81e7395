// Headless Chromium (Debian's `chromium` package) driven by playwright-core, signed in to an n8n
// started by the e2e harness. No browser is downloaded: the system one is used.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The system Chromium: $CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumPath() {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!existsSync(path))
		throw new Error(
			`No Chromium at ${path}: run scripts/install-browser.sh (apt-get install chromium) or set CHROMIUM_PATH.`,
		);
	return path;
}

const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/**
 * Opens a browser signed in to `n8n` (whose owner `n8n.login()` created): `{ browser, page, close() }`.
 * The page is 1440×900, in English, with a generous default timeout (the machine may be busy).
 */
export async function openEditor(n8n, { timeoutMs = 60000 } = {}) {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: FLAGS,
	});
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		locale: 'en-US',
		baseURL: n8n.url,
	});
	context.setDefaultTimeout(timeoutMs);
	// n8n mounts its REST routes a little after it answers /healthz: retry a 404 for up to 2 minutes.
	for (let k = 0; ; k++) {
		const r = await context.request.post('/rest/login', {
			data: { emailOrLdapLoginId: 'e2e@example.com', password: 'E2e-password-1' },
		});
		if (r.ok()) break;
		if (r.status() !== 404 || k >= 120)
			throw new Error(`sign-in failed: ${r.status()} ${await r.text()}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	const page = await context.newPage();
	return { browser, context, page, close: () => browser.close() };
}

const tid = (id) => `[data-test-id="${id}"]`;
const exactly = (text) =>
	new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');

/** Opens an empty workflow and its nodes panel. */
export async function openNodesPanel(page) {
	await page.goto('/workflow/new');
	await page.locator(tid('canvas-add-button')).click();
	await page.locator(tid('node-creator-search-bar')).waitFor();
}

/** Types `query` into the nodes panel search; returns the names listed (after the list settles). */
export async function searchNodes(page, query) {
	await page.locator(tid('node-creator-search-bar')).fill(query);
	const names = page.locator(`${tid('node-creator')} ${tid('node-creator-item-name')}`);
	await names.first().waitFor();
	let last = '';
	for (let k = 0; k < 20; k++) {
		const now = (await names.allInnerTexts()).map((t) => t.trim());
		if (now.join('|') === last) return now;
		last = now.join('|');
		await page.waitForTimeout(250);
	}
	return last.split('|');
}

/**
 * On an empty workflow, adds `node` through the nodes panel (search its name, open it, pick `item`,
 * else the first trigger or action offered) and waits for its panel (NDV) to open.
 */
export async function addNode(page, node) {
	await openNodesPanel(page);
	await searchNodes(page, node.panelName);
	await page
		.locator(tid('node-creator-item-name'), { hasText: exactly(node.panelName) })
		.first()
		.click();
	const items = page.locator(`${tid('node-creator')} ${tid('node-creator-item-name')}`);
	let wanted = node.item ? items.filter({ hasText: exactly(node.item) }).first() : items.first();
	if (!(await wanted.isVisible())) {
		// Actions (or triggers) may start collapsed under their heading: open it.
		const heading = page
			.locator(tid('node-creator'), {})
			.getByText(node.trigger ? /^Triggers/ : /^Actions/)
			.first();
		if (await heading.isVisible()) await heading.click();
		if (node.item && !(await wanted.isVisible())) wanted = items.first();
	}
	await wanted.click();
	const ndv = page.locator(tid('ndv'));
	await ndv.locator(tid('node-parameters')).waitFor();
	return ndv;
}

/** Closes the open node panel. */
export async function closeNdv(page) {
	const close = page.locator(tid('ndv-close-button'));
	if (await close.isVisible()) await close.click();
	else await page.keyboard.press('Escape');
	await page.locator(tid('ndv')).waitFor({ state: 'hidden' });
}

export { tid };
