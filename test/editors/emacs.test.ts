// Emacs (Debian 12's emacs-nox 28 with elpa-eglot 1.9) in batch mode, with the README's configuration
// loaded as init.el, on the article opened as article.txt (text-mode): hover, imenu symbols, a Flymake
// diagnostic after an edit.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RUN_TIMEOUT_MS, checkReport, makeWorkspace, readReport, readmeBlock, runEditor, type Workspace } from './harness';

const DRIVER = join(__dirname, 'emacs-driver.el');

describe('Emacs with eglot', { timeout: RUN_TIMEOUT_MS + 15_000 }, () => {
  let workspace: Workspace;
  before(() => {
    workspace = makeWorkspace('emacs');
  });
  after(() => workspace.dispose());

  test('the README configuration: hover, symbols, a diagnostic after an edit', async () => {
    const init = join(workspace.dir, 'init.el');
    writeFileSync(init, readmeBlock('Emacs with eglot', 'elisp'));
    const run = await runEditor('emacs', ['--batch', '-l', init, '-l', DRIVER], workspace);
    const report = readReport(workspace, run);
    checkReport(report, 'text');
  });
});
