// Bundles the extension client, the language server and the command line with esbuild; and the web
// extension: the client's browser entry and the server as a web worker (no Node API in either).
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

const browser = { platform: 'browser', target: 'es2022' };

const builds = [
  { entryPoints: ['client/src/node/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server/main.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/main.js' },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli/worker.js' },
  { ...browser, entryPoints: ['client/src/browser/extension.ts'], outfile: 'dist/client/browser.js', external: ['vscode'] },
  { ...browser, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/server/browser.js', format: 'iife' },
];

const watch = process.argv.includes('--watch');
for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) await (await esbuild.context(options)).watch();
  else await esbuild.build(options);
}
