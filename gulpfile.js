// Copies what tsc does not: node icons and codex files, next to the compiled nodes and credentials.
// `clean` empties dist/ first, so no file of a renamed or deleted source is ever packed.
const { rmSync } = require('node:fs');
const { src, dest, task } = require('gulp');

task('clean', (done) => {
	rmSync('dist', { recursive: true, force: true });
	done();
});

task('build:assets', () =>
	src(['nodes/**/*.{png,svg,node.json}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist')),
);
