// What the browser test expects to find in the editor, derived from the build: every node listed
// under "n8n" in package.json (so a node added there is tested without editing this file).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, packageManifest } from '../lib/n8n.mjs';

/** Searches a builder would type in the nodes panel, and the nodes each must find (by panel name). */
export const SEARCHES = [
	['meeting', ['Whereby', 'Pagecall', 'Videochamada.com.br', 'Twilio Conference']],
	['video', ['Whereby', 'Pagecall', 'Videochamada.com.br']],
	['whereby', ['Whereby']],
	['twilio conference', ['Twilio Conference']],
	['pagecall', ['Pagecall']],
	['videochamada', ['Videochamada.com.br']],
	['whatsapp call', ['VecTalk']],
];

/** The first item the panel lists for a node: the default operation's action, or "On <first default event>". */
function firstItem(d) {
	const props = d.properties ?? [];
	if (d.group?.includes('trigger')) {
		const events = props.find((p) => p.name === 'events');
		const first = events?.options?.find((o) => o.value === events.default?.[0]);
		return first ? `On ${first.name}` : undefined;
	}
	const resource = props.find((p) => p.name === 'resource')?.default;
	const operation = props.find(
		(p) =>
			p.name === 'operation' && (!resource || p.displayOptions?.show?.resource?.includes(resource)),
	);
	return operation?.options?.find((o) => o.value === operation.default)?.action;
}

/**
 * `[{ name, displayName, panelName, trigger, item, webhook }]` for each node of the build: `panelName`
 * is how the nodes panel lists it (a trigger shares its app's entry), `item` the trigger or action
 * to pick there (undefined: pick the first one offered).
 */
export async function editorNodes() {
	const nodes = [];
	for (const file of packageManifest().nodes ?? []) {
		const cls = file.split('/').pop().replace('.node.js', '');
		const { [cls]: Node } = await import(pathToFileURL(join(ROOT, file)).href);
		const d = new Node().description;
		const trigger = d.group?.includes('trigger') ?? false;
		nodes.push({
			name: d.name,
			displayName: d.displayName,
			panelName: d.displayName.replace(/ Trigger$/, ''),
			trigger,
			webhook: (d.webhooks?.length ?? 0) > 0,
			item: firstItem(d),
		});
	}
	return nodes;
}
