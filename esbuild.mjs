// Bundles the extension client, the language server and the command line with esbuild.
// node esbuild.mjs [--watch]
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server/main.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/main.js' },
];

const watch = process.argv.includes('--watch');
for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
