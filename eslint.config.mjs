import { config } from '@n8n/node-cli/eslint';

export default [
	...config,
	{
		ignores: ['dist/**', 'e2e/**', 'bench/**', 'scripts/**', 'coverage/**', '**/*.js', '**/*.mjs'],
	},
];
