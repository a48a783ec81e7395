// Copies what tsc does not: node icons and codex files, next to the compiled nodes and credentials.
const { src, dest, task } = require('gulp');

task('build:assets', () =>
	src(['nodes/**/*.{png,svg,node.json}', 'credentials/**/*.{png,svg}'], { base: '.', encoding: false }).pipe(
		dest('dist'),
	),
);
