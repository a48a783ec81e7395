import js from '@eslint/js';
import { config as n8nCommunityNodes } from '@n8n/node-cli/eslint';
import tseslint from 'typescript-eslint';

// n8n's community-node rules (what its scanner applies) lint the package: nodes/, credentials/ and
// package.json. Tests are not shipped: they get plain TypeScript rules and may use Node built-ins.
const PACKAGE_SOURCES = ['nodes/**/*.ts', 'credentials/**/*.ts'];

export default [
	{
		ignores: ['dist/**', 'e2e/**', 'bench/**', 'scripts/**', 'coverage/**', '**/*.js', '**/*.mjs'],
	},
	...n8nCommunityNodes.map((entry) =>
		entry.files?.includes('**/*.ts') ? { ...entry, files: PACKAGE_SOURCES } : entry,
	),
	...tseslint.config({
		files: ['test/**/*.ts'],
		extends: [js.configs.recommended, tseslint.configs.recommended],
		rules: { 'prefer-spread': 'off', 'no-console': 'error' },
	}),
];
