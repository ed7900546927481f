// Neovim (Debian 12's 0.7) headless, with the README's 0.7 configuration as its init.lua, on the article
// opened as article.txt (filetype "text"): hover, document symbols, a diagnostic after an edit.
// The README's 0.10+ form (vim.lsp.start) needs a newer Neovim than Debian's: it is only parsed here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RUN_TIMEOUT_MS, checkReport, makeWorkspace, readReport, readmeBlock, runEditor, type Workspace } from './harness';

const DRIVER = join(__dirname, 'neovim-driver.lua');

describe('Neovim', { timeout: RUN_TIMEOUT_MS + 15_000 }, () => {
  let workspace: Workspace;
  before(() => {
    workspace = makeWorkspace('nvim');
  });
  after(() => workspace.dispose());

  test('the README configuration for 0.7 to 0.9: hover, symbols, a diagnostic after an edit', async () => {
    const init = join(workspace.dir, 'init.lua');
    writeFileSync(init, readmeBlock('Neovim 0.7 to 0.9', 'lua'));
    const run = await runEditor('nvim', ['--headless', '-i', 'NONE', '-n', '--cmd', `lua dofile([[${DRIVER}]])`, '-u', init, workspace.article], workspace);
    const report = readReport(workspace, run);
    assert.equal(report.filetype, 'text');
    checkReport(report, 'text');
  });

  test('the README configuration for 0.10 and later is valid Lua that Neovim parses', () => {
    const file = join(workspace.dir, 'init-0.10.lua');
    writeFileSync(file, readmeBlock('Neovim 0.10 and later', 'lua'));
    // loadfile compiles without running: Debian's Neovim lacks vim.fs.root, which the block calls.
    const probe = `lua local f, e = loadfile([[${file}]]); if not f then io.stderr:write(e) vim.cmd('cquit!') end`;
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '--cmd', probe, '--cmd', 'qall!'], {
      encoding: 'utf8',
      env: workspace.env,
      timeout: 20_000,
    });
    assert.equal(r.status, 0, r.stderr);
  });
});
