#!/usr/bin/env node
// npm run test:e2e — the packaged extension in real VS Code: code-server 4.100.3 (VS Code 1.100.3 for
// the browser, with its Node extension host) driven in Debian's Chromium by playwright-core.
//
//   1. installs code-server into a cache outside the sources (scripts/e2e/install-code-server.sh;
//      reused when complete), 2. `npm run package` → isnad.vsix, 3. installs the .vsix into a fresh
//   extensions folder, 4. starts code-server on a free port, 5. runs the scenario on
//   test/e2e/fixtures/article.txt and english.txt, one screenshot per step in test-results/e2e/.
//
// Environment:
//   ISNAD_E2E_CACHE    cache folder (default ${XDG_CACHE_HOME:-~/.cache}/isnad-e2e)
//   ISNAD_E2E_VSIX     use this .vsix instead of running `npm run package`
//   ISNAD_E2E_CHROMIUM browser executable (default /usr/bin/chromium)
//   ISNAD_E2E_KEEP=1   keep the temporary workspace, profile and extensions folders
//   ISNAD_E2E_TIMEOUT  milliseconds a single wait may take (default 20000; the first diagnostics get 3×)
//   ISNAD_E2E_WEB=1    (or --web; npm run test:e2e:web) the web extension instead: the installed manifest
//                      loses "main", so the workbench runs the "browser" entry in its web worker extension
//                      host (the server in a web worker). The last step checks which entry ran.
//                      Screenshots then go to test-results/e2e-web/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const WEB = process.argv.includes('--web') || process.env.ISNAD_E2E_WEB === '1';
const resultsDir = join(root, 'test-results', WEB ? 'e2e-web' : 'e2e');
const fixtures = join(root, 'test', 'e2e', 'fixtures');
const chromiumPath = process.env.ISNAD_E2E_CHROMIUM || '/usr/bin/chromium';
const WAIT = Number(process.env.ISNAD_E2E_TIMEOUT) || 20_000;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);

// ---------------------------------------------------------------------------------------------
// What the scenario expects, derived from the fixture so that editing it keeps the test honest.
const ARTICLE = 'article.txt';
const ENGLISH = 'english.txt';
const articleText = readFileSync(join(fixtures, ARTICLE), 'utf8');
const articleLines = articleText.split('\n');
/** 1-based line and column (UTF-16 units, as the status bar counts) of the first line containing needle. */
function positionOf(needle) {
  for (let i = 0; i < articleLines.length; i++) {
    const c = articleLines[i].indexOf(needle);
    if (c >= 0) return { line: i + 1, col: c + 1 };
  }
  throw new Error(`fixture ${ARTICLE} no longer contains ${JSON.stringify(needle)}`);
}
const X = {
  minister: { full: 'كريم فرحات', short: 'فرحات', role: 'وزير الخارجية' },
  speakers: [
    { name: 'كريم فرحات', quoteWords: ['الحوار', 'لن نقبل'] },
    { name: 'سلمى الخطيب', quoteWords: ['المقترح'] },
    { name: 'يوسف العمري', quoteWords: ['كلفة'] },
  ],
  firstQuote: positionOf('«الحوار'), // the first quote after line 1
  firstQuoteEnd: positionOf('الحوض»'),
  secondQuote: positionOf('"لن نقبل'),
  secondQuoteEnd: positionOf('الشعوب"'),
  quoteWord: { text: 'الطريق الوحيد', line: positionOf('الطريق الوحيد').line }, // inside the first quote
  shortName: { text: 'فرحات', line: positionOf('وأضاف فرحات').line }, // speaker of the second quote
  plainWord: { text: 'متصاعداً', line: positionOf('متصاعداً').line }, // narration, no quote, no name
  unattributed: positionOf('«لا أحد'),
  unclosed: positionOf('«سنعود'),
};
const ISNAD_WORDS = /isnad|إسناد|speaker|quote|اقتباس|المتحدث|كريم فرحات|سلمى الخطيب|يوسف العمري|وزير الخارجية/i;

// ---------------------------------------------------------------------------------------------
// Processes we start, stopped in `finally` whatever happens.
let server = null; // code-server child (own process group)
let browser = null;
let tmp = null;

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: opts.stdio ?? 'pipe', env: { ...process.env, ...opts.env } });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${out}`);
  }
  return r.stdout ?? '';
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode} before answering`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.status < 500) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.cause?.code ?? e.message;
    }
    await new Promise((r) => setTimeout(r, 250)); // retry interval while the server boots
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (last: ${last})`);
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
  const timer = setTimeout(() => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  await exited;
  clearTimeout(timer);
}

async function cleanup() {
  if (browser) await browser.close().catch(() => {});
  browser = null;
  await stopServer();
  // keep code-server's and the extension host's logs (the language server's output channel is there)
  if (tmp && existsSync(join(tmp, 'user-data', 'logs'))) {
    rmSync(join(resultsDir, 'logs'), { recursive: true, force: true });
    cpSync(join(tmp, 'user-data', 'logs'), join(resultsDir, 'logs'), { recursive: true });
  }
  if (tmp && !process.env.ISNAD_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    console.log(`FAILED interrupted by ${sig}`);
    await cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
class StepError extends Error {}
const fail = (msg) => { throw new StepError(msg); };

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  // Old screenshots would mislead whoever reads the folder after this run.
  for (const f of (await import('node:fs')).readdirSync(resultsDir)) {
    if (f.endsWith('.png') || f === 'code-server.log') rmSync(join(resultsDir, f));
  }

  // 1. code-server
  log('code-server: install or reuse');
  const csDir = sh('bash', [join(root, 'scripts/e2e/install-code-server.sh')], { stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
  const codeServer = join(csDir, 'node_modules/.bin/code-server');
  if (!existsSync(codeServer)) throw new Error(`no code-server at ${codeServer}`);
  log(`code-server ready in ${csDir}`);

  // 2. the .vsix
  let vsix = process.env.ISNAD_E2E_VSIX;
  if (vsix) {
    vsix = resolve(vsix);
  } else {
    log('npm run package');
    sh('npm', ['run', 'package'], { stdio: ['ignore', 'pipe', 'pipe'] });
    vsix = join(root, 'isnad.vsix');
  }
  if (!existsSync(vsix)) throw new Error(`no .vsix at ${vsix} (npm run package should write isnad.vsix)`);

  // 3. fresh profile, extensions folder and workspace
  tmp = mkdtempSync(join(tmpdir(), 'isnad-e2e-'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  const workspace = join(tmp, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions);
  cpSync(fixtures, workspace, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  log(`installing ${vsix}`);
  const installOut = sh(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix]);
  const listed = sh(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--list-extensions']);
  if (!/isnad/i.test(listed)) throw new Error(`the .vsix did not install:\n${installOut}\n--list-extensions: ${listed}`);
  if (WEB) webOnly(extensions);

  // 4. code-server on a free port
  const port = await freePort();
  const logFile = join(resultsDir, 'code-server.log');
  const { openSync } = await import('node:fs');
  const fd = openSync(logFile, 'w');
  server = spawn(codeServer, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened', workspace,
  ], { detached: true, stdio: ['ignore', fd, fd] });
  const url = `http://127.0.0.1:${port}/`;
  log(`code-server starting on ${url} (log: ${logFile})`);
  await waitForHttp(`${url}healthz`, 60_000);

  // 5. Chromium
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=en-US'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  // the explorer shows the workspace's files once the remote file system answers
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().waitFor({ timeout: 60_000 });
  log('workbench loaded');

  const results = await scenario(page, { userData });
  return results;
}

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'chat.commandCenter.enabled': false,
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.hover.delay': 150,
  'editor.hover.sticky': true,
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.unicodeHighlight.nonBasicASCII': false,
  'editor.unicodeHighlight.invisibleCharacters': false,
  'editor.accessibilitySupport': 'off',
  'editor.stickyScroll.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
};

/** ISNAD_E2E_WEB: the installed extension without its Node entry, so that only the web worker host can run it. */
function webOnly(extensions) {
  const dir = readdirSync(extensions).find((d) => /^isnad\.isnad-/.test(d));
  if (!dir) throw new Error(`the installed extension is not in ${extensions}`);
  const manifestPath = join(extensions, dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (!manifest.browser) throw new Error('the manifest has no "browser" entry');
  delete manifest.main;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  log(`web only: ${manifestPath} keeps "browser": ${manifest.browser}`);
}

/** The command lines of the running processes that are a Node language server of Isnad. */
function nodeServers() {
  const ps = spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return (ps.stdout ?? '').split('\n').filter((line) => /dist\/server\/main\.js/.test(line) && line.includes(tmp ?? '\0'));
}

// ---------------------------------------------------------------------------------------------
async function scenario(page, { userData }) {
  const results = [];
  let n = 0;
  const shotName = (name) => join(resultsDir, `${String(n).padStart(2, '0')}-${name}.png`);

  // --- helpers over the workbench DOM -----------------------------------------------------------
  const quickInput = page.locator('.quick-input-widget');
  const quickInputBox = page.locator('.quick-input-widget .quick-input-box input');

  async function closeOverlays() {
    for (let i = 0; i < 3 && (await quickInput.isVisible()); i++) await page.keyboard.press('Escape');
    if (await page.locator('.action-widget').isVisible().catch(() => false)) await page.keyboard.press('Escape');
  }

  /** Runs a command from the palette (F1), choosing the row whose label is exactly `label`. */
  async function runCommand(label) {
    await closeOverlays();
    await page.keyboard.press('F1');
    await quickInputBox.waitFor({ state: 'visible' });
    await quickInputBox.fill(`>${label}`);
    const row = quickInput.locator('.monaco-list-row').filter({
      has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(label)}$`) }),
    }).first();
    try {
      await row.waitFor({ state: 'visible' });
    } catch {
      const rows = await quickInput.locator('.monaco-list-row').allInnerTexts();
      fail(`the command palette has no command "${label}" (rows: ${rows.map(clean).join(' | ') || 'none'})`);
    }
    await row.click();
    await quickInput.waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P, name, Enter) and waits until its editor shows firstLine. */
  async function quickOpen(name, firstLine) {
    await closeOverlays();
    await page.keyboard.press('Control+P');
    await quickInputBox.waitFor({ state: 'visible' });
    await quickInputBox.fill(name);
    await quickInput.locator('.monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await page.waitForFunction((text) => {
      const v = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      return !!v && v.textContent.replace(/\u00a0/g, ' ').includes(text);
    }, firstLine);
  }

  const statusPos = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  async function cursor() {
    const t = await statusPos.innerText({ timeout: WAIT });
    const m = /Ln (\d+), Col (\d+)/.exec(t);
    return { line: Number(m[1]), col: Number(m[2]), text: clean(t) };
  }
  async function waitCursor(line, col) {
    try {
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${line}, Col ${col}\\b`) }).first().waitFor();
    } catch {
      fail(`the cursor did not reach Ln ${line}, Col ${col} (status bar: ${(await cursor().catch(() => ({ text: '?' }))).text})`);
    }
  }

  /** Go to Line (Ctrl+G); moves the cursor and reveals the line. */
  async function goTo(line, col = 1) {
    await closeOverlays();
    await page.keyboard.press('Control+G');
    await quickInputBox.waitFor({ state: 'visible' });
    await quickInputBox.fill(`:${line}:${col}`);
    await page.keyboard.press('Enter');
    await quickInput.waitFor({ state: 'hidden' });
    await waitCursor(line, col);
  }

  /** Centre of `needle` on screen in the active editor, measured with a DOM Range over the rendered text
   *  (works for RTL runs, where the visual box of a substring is not proportional to its offset). */
  async function textPoint(needle, lineNumber) {
    return page.evaluate(({ needle, lineNumber }) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const views = editor?.querySelector('.view-lines');
      if (!views) return null;
      // The view lines of model line `lineNumber`: from its number in the gutter down to the next number
      // (a wrapped line has several view lines; the DOM order of view lines is not their screen order).
      const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
        .map((e) => ({ n: Number.parseInt(e.textContent, 10), top: e.getBoundingClientRect().top }))
        .filter((x) => !Number.isNaN(x.n))
        .sort((a, b) => a.top - b.top);
      const me = numbers.find((x) => x.n === lineNumber);
      if (!me) return null;
      const next = numbers.find((x) => x.top > me.top + 1);
      const candidates = [...views.querySelectorAll('.view-line')].filter((l) => {
        const top = l.getBoundingClientRect().top;
        return top >= me.top - 1 && (!next || top < next.top - 1);
      });
      for (const line of candidates) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        const nodes = [];
        let text = '';
        while (walker.nextNode()) {
          nodes.push({ node: walker.currentNode, start: text.length });
          text += walker.currentNode.data;
        }
        const at = text.replace(/\u00a0/g, ' ').indexOf(needle);
        if (at < 0) continue;
        const locate = (offset, isEnd) => {
          for (let i = nodes.length - 1; i >= 0; i--) {
            const { node, start } = nodes[i];
            if (isEnd ? start < offset : start <= offset) return [node, offset - start];
          }
          return [nodes[0].node, 0];
        };
        const range = document.createRange();
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + needle.length, true));
        const r = [...range.getClientRects()].find((b) => b.width > 2) ?? range.getBoundingClientRect();
        const edit = views.getBoundingClientRect();
        if (r.bottom < edit.top || r.top > edit.bottom) return null; // scrolled out
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, { needle, lineNumber });
  }

  const visibleHover = page.locator('.monaco-editor .monaco-hover, .monaco-hover.monaco-editor-hover').filter({ visible: true });
  async function moveMouseAway() {
    const bar = await page.locator('.part.statusbar').boundingBox();
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await visibleHover.first().waitFor({ state: 'hidden' }).catch(() => {});
  }

  /** Hovers over `needle` on `line` and returns the visible hover's text, or null when none appears within `timeout`. */
  async function hover({ text, line }, timeout = WAIT) {
    await goTo(line, 1);
    await moveMouseAway();
    const pt = await textPoint(text, line);
    if (!pt) fail(`"${text}" is not visible in the editor (line ${line})`);
    await page.mouse.move(pt.x, pt.y, { steps: 4 });
    try {
      await visibleHover.first().waitFor({ state: 'visible', timeout });
    } catch {
      return null;
    }
    // a hover can render in parts (markdown then diagnostics): wait until its text stops changing
    await page.waitForFunction(() => {
      const h = [...document.querySelectorAll('.monaco-hover')].filter((e) => e.offsetParent);
      const t = h.map((e) => e.innerText).join('\n');
      const prev = window.__isnadLastHover;
      window.__isnadLastHover = t;
      return t.trim().length > 0 && t === prev;
    }, null, { polling: 150 });
    return clean((await visibleHover.allInnerTexts()).join(' | '));
  }

  async function problems() {
    return page.evaluate(() => {
      const panel = document.querySelector('.markers-panel');
      if (!panel) return null;
      return [...panel.querySelectorAll('.monaco-list-row')].map((r) => ({
        text: r.innerText.replace(/\s+/g, ' ').trim(),
        aria: r.getAttribute('aria-label') ?? '',
        level: Number(r.getAttribute('aria-level') ?? 0),
      }));
    });
  }
  /** Marker rows (not file rows) of the Problems view. */
  const markerRows = (rows) => (rows ?? []).filter((r) => /\[Ln \d+, Col \d+\]/.test(r.text) || r.level >= 2);

  /** Waits until the Problems view's marker rows satisfy `ok`; fails with what it shows otherwise. */
  async function waitProblems(ok, what, timeout = WAIT) {
    const deadline = Date.now() + timeout;
    let rows = null;
    // the Problems view re-renders as diagnostics arrive; poll it through the DOM
    const handle = await page.waitForFunction(() => !!document.querySelector('.markers-panel'), null, { timeout }).catch(() => null);
    if (!handle) fail(`the Problems view is not open`);
    for (;;) {
      // the rows and the text they were read from, in one go, so that no change falls between them
      const { list, text } = await page.evaluate(() => ({ text: document.querySelector('.markers-panel')?.innerText ?? '' }))
        .then(async ({ text }) => ({ text, list: await problems() }));
      rows = list;
      if (ok(markerRows(rows), rows)) return rows;
      if (Date.now() >= deadline) break;
      await page.waitForFunction((before) => {
        const p = document.querySelector('.markers-panel');
        return !p || p.innerText !== before;
      }, text, { timeout: Math.max(100, deadline - Date.now()), polling: 200 }).catch(() => {});
    }
    fail(`${what}; the Problems view shows: ${(rows ?? []).map((r) => r.text).join(' | ') || '(empty)'}`);
  }

  async function screenState() {
    return page.evaluate(() => {
      const vis = (e) => !!(e.offsetParent || e.getClientRects().length);
      const t = (sel, max = 700) => [...document.querySelectorAll(sel)].filter(vis)
        .map((e) => e.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | ').slice(0, max);
      return {
        'active tab': t('.tabs-container .tab.active'),
        'status bar': t('.part.statusbar'),
        notifications: t('.notifications-toasts .notification-toast'),
        'quick input': t('.quick-input-widget'),
        hover: t('.monaco-hover'),
        'code actions': t('.action-widget'),
        problems: t('.markers-panel'),
        outline: t('.outline-pane'),
        editor: t('.editor-group-container.active .monaco-editor .view-lines', 400),
      };
    });
  }

  async function step(name, fn) {
    n++;
    const t0 = Date.now();
    try {
      await fn();
      await page.screenshot({ path: shotName(name) });
      results.push({ name, ok: true });
      console.log(`ok ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
    } catch (e) {
      const reason = e instanceof StepError ? e.message : `${e.name}: ${e.message.split('\n')[0]}`;
      await page.screenshot({ path: shotName(`FAILED-${name}`) }).catch(() => {});
      const state = await screenState().catch((err) => ({ 'screen state': `unavailable (${err.message})` }));
      results.push({ name, ok: false, reason });
      console.log(`FAILED ${name}: ${reason}`);
      for (const [k, v] of Object.entries(state)) if (v) console.log(`    ${k}: ${v}`);
    }
  }

  // --- the scenario ----------------------------------------------------------------------------
  let hoverLatency = 0;
  const negativeWait = () => Math.min(8000, Math.max(2000, 4 * hoverLatency));

  await step('open-article', async () => {
    await quickOpen(ARTICLE, articleLines[0].slice(0, 20));
  });

  // article.txt is plain text that reads as an Arabic article: the extension offers Arabic News once.
  await step('arabic-news-suggestion', async () => {
    const toast = page.locator('.notification-toast', { hasText: 'Arabic News' });
    try {
      await toast.first().waitFor({ state: 'visible', timeout: 3 * WAIT });
    } catch {
      fail('no suggestion to open the article as Arabic News appeared');
    }
    const buttons = (await toast.first().locator('.monaco-button').allInnerTexts()).map(clean);
    for (const b of ['Open as Arabic News', 'Not now', "Don't ask again"]) {
      if (!buttons.includes(b)) fail(`the suggestion has no "${b}" button (buttons: ${buttons.join(' | ')})`);
    }
    await toast.first().locator('.monaco-button', { hasText: 'Not now' }).click();
    await toast.first().waitFor({ state: 'hidden' });
  });

  await step('problems-two-warnings', async () => {
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await page.locator('.markers-panel').waitFor({ state: 'visible' });
    const rows = await waitProblems((m) => m.length >= 2, 'expected two Isnad warnings in the Problems view', 3 * WAIT);
    const markers = markerRows(rows);
    const want = [
      { code: 'unattributed-quote', line: X.unattributed.line },
      { code: 'unclosed-quote', line: X.unclosed.line },
    ];
    const problemsSeen = `Problems view: ${rows.map((r) => r.text).join(' | ')}`;
    if (markers.length !== 2) fail(`expected exactly 2 problems, got ${markers.length}. ${problemsSeen}`);
    for (const w of want) {
      const row = markers.find((r) => r.text.includes(w.code) || r.aria.includes(w.code));
      if (!row) fail(`no ${w.code} problem. ${problemsSeen}`);
      if (!new RegExp(`\\[Ln ${w.line}, Col \\d+\\]`).test(row.text)) fail(`${w.code} is not on line ${w.line}. ${problemsSeen}`);
      if (!/warning/i.test(row.aria)) fail(`${w.code} is not a warning (row: ${row.aria}). ${problemsSeen}`);
    }
  });

  await step('hover-quote', async () => {
    const t0 = Date.now();
    const text = await hover(X.quoteWord);
    if (text) hoverLatency = Date.now() - t0;
    if (!text) fail(`no hover appeared over the quote word "${X.quoteWord.text}" (line ${X.quoteWord.line})`);
    if (!text.includes(X.minister.full)) fail(`the hover does not name the speaker ${X.minister.full}: ${text}`);
    if (!text.includes(X.minister.role)) fail(`the hover does not give the role ${X.minister.role}: ${text}`);
  });

  await step('hover-short-name', async () => {
    const text = await hover(X.shortName);
    if (!text) fail(`no hover appeared over the short name "${X.shortName.text}" (line ${X.shortName.line})`);
    if (!text.includes(X.minister.full)) fail(`the hover over "${X.shortName.text}" does not give the full name ${X.minister.full}: ${text}`);
  });

  await step('hover-plain-word', async () => {
    if (!hoverLatency) fail('not checked: no Isnad hover appeared over the quote either, so an absent hover here proves nothing');
    // A negative check: give a hover four times as long as the quote's hover took (2 to 8 s) to appear.
    const text = await hover(X.plainWord, negativeWait());
    if (text && ISNAD_WORDS.test(text)) fail(`an Isnad hover appeared over the ordinary word "${X.plainWord.text}": ${text}`);
  });

  // Semantic tokens split a line into isolated bidi runs in Monaco and scramble Arabic word order, so the
  // extension leaves them off by default (isnad.semanticHighlighting); this checks the line reads right.
  await step('rtl-reading-order', async () => {
    // Arabic runs right to left: the title's first word must be drawn to the right of its last word.
    // (Editor tokens, e.g. semantic highlighting, are isolated bidi runs in Monaco and can break this.)
    await moveMouseAway();
    await goTo(1, 1);
    const words = articleLines[0].trim().split(/\s+/);
    const first = await textPoint(words[0], 1);
    const last = await textPoint(words.at(-1), 1);
    if (!first || !last) fail(`the title line is not visible (${words[0]}: ${JSON.stringify(first)}, ${words.at(-1)}: ${JSON.stringify(last)})`);
    if (!(first.x > last.x)) {
      const spans = await page.evaluate((w) => {
        const l = [...document.querySelectorAll('.editor-group-container.active .view-line')].find((e) => e.textContent.includes(w));
        return l ? [...l.querySelectorAll(':scope > span > span')].map((e) => `[${e.textContent.replace(/\u00a0/g, ' ')}]`).join('') : '?';
      }, words[1]);
      fail(`line 1 is not drawn in reading order: its first word "${words[0]}" (x=${Math.round(first.x)}) is left of its last word "${words.at(-1)}" (x=${Math.round(last.x)}); the line is rendered as the isolated token spans ${spans}`);
    }
  });

  await step('outline', async () => {
    await moveMouseAway();
    // give the Outline room: fold the file list above it
    const folders = page.locator('.pane:has(.explorer-folders-view) > .pane-header[aria-expanded="true"]');
    if (await folders.count()) await folders.first().click();
    await runCommand('Explorer: Focus on Outline View');
    const pane = page.locator('.outline-pane');
    await pane.waitFor({ state: 'visible' });
    try {
      await pane.locator('.monaco-list-row', { hasText: X.speakers[0].name }).first().waitFor();
    } catch {
      fail(`the Outline view lists no "${X.speakers[0].name}" (outline: ${clean(await pane.innerText())})`);
    }
    // Walk the tree with the keyboard (the list only renders the rows in view): Home, then Down to the
    // last row, expanding collapsed rows with Right on the way.
    const focused = () => pane.evaluate((p) => {
      const rowsEl = p.querySelector('.monaco-list-rows');
      const any = p.querySelector('.monaco-list-row');
      const total = rowsEl && any ? Math.round(parseFloat(rowsEl.style.height) / any.getBoundingClientRect().height) : 0;
      const r = p.querySelector('.monaco-list-row.focused');
      return r && {
        index: Number(r.getAttribute('data-index')),
        // "label · description" (the role, the kind) when the row has both
        text: [r.querySelector('.label-name'), r.querySelector('.label-description')]
          .map((e) => e?.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean).join(' · ')
          || r.innerText.replace(/\s+/g, ' ').trim(),
        level: Number(r.getAttribute('aria-level') ?? 0),
        expanded: r.getAttribute('aria-expanded'),
        total,
      };
    });
    /** Waits until the focused row has data-index `index` (and aria-expanded "true" when `expanded`). */
    const waitFocus = (index, expanded = false) => page.waitForFunction(({ index, expanded }) => {
      const r = document.querySelector('.outline-pane .monaco-list-row.focused');
      return !!r && Number(r.getAttribute('data-index')) === index && (!expanded || r.getAttribute('aria-expanded') === 'true');
    }, { index, expanded });
    await page.keyboard.press('Home');
    await waitFocus(0);
    const rows = [];
    for (let guard = 0; guard < 200; guard++) {
      const row = await focused();
      if (!row) fail('the Outline tree lost its focus');
      if (row.expanded === 'false') {
        await page.keyboard.press('ArrowRight');
        await waitFocus(row.index, true);
        continue;
      }
      rows[row.index] = row;
      if (row.index >= row.total - 1) break;
      await page.keyboard.press('ArrowDown');
      await waitFocus(row.index + 1);
    }
    await page.keyboard.press('Home');
    const missing = [];
    for (const s of X.speakers) {
      const i = rows.findIndex((r) => r?.text.includes(s.name));
      if (i < 0) { missing.push(`no speaker row "${s.name}"`); continue; }
      const children = [];
      for (let j = i + 1; j < rows.length && rows[j]?.level > rows[i].level; j++) children.push(rows[j].text);
      for (const w of s.quoteWords) {
        if (!children.some((c) => c.includes(w))) missing.push(`"${s.name}" has no quote starting "${w}" under it`);
      }
    }
    const tree = rows.filter(Boolean).map((r) => `${'  '.repeat(Math.max(0, r.level - 1))}${r.text}`).join(' | ');
    if (missing.length) fail(`${missing.join('; ')} (outline rows: ${tree})`);
    console.log(`    outline: ${tree}`);
  });

  await step('next-quote', async () => {
    await goTo(1, 1);
    const before = await cursor();
    await runCommand('Isnad: Next Quote');
    const inQuote = (c, start, end) => c.line === start.line && c.col >= start.col && c.col <= end.col + 1;
    let after;
    try {
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${X.firstQuote.line}, Col`) }).first().waitFor();
      after = await cursor();
    } catch {
      after = await cursor();
    }
    if (!inQuote(after, X.firstQuote, X.firstQuoteEnd)) {
      fail(`from ${before.text}, Next Quote went to ${after.text}; expected the first quote at Ln ${X.firstQuote.line}, Col ${X.firstQuote.col}`);
    }
    await runCommand('Isnad: Next Quote');
    try {
      await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${X.secondQuote.line}, Col`) }).first().waitFor();
    } catch { /* reported below */ }
    const second = await cursor();
    if (!inQuote(second, X.secondQuote, X.secondQuoteEnd)) {
      fail(`from ${after.text}, Next Quote went to ${second.text}; expected the second quote at Ln ${X.secondQuote.line}, Col ${X.secondQuote.col}`);
    }
  });

  await step('quick-fix-attribution', async () => {
    const before = markerRows(await problems());
    if (!before.some((r) => r.text.includes('unattributed-quote'))) fail('not checked: the Problems view shows no unattributed-quote warning to fix');
    await goTo(X.unattributed.line, X.unattributed.col + 3);
    await page.keyboard.press('Control+.');
    const widget = page.locator('.action-widget');
    try {
      await widget.waitFor({ state: 'visible' });
    } catch {
      fail('Ctrl+. showed no code actions on the unattributed quote');
    }
    const items = widget.locator('.monaco-list-row.action');
    await items.first().waitFor();
    const titles = (await items.allInnerTexts()).map(clean);
    const i = titles.findIndex((t) => /attribut|إسناد|اسناد|نسب|speaker|المتحدث|قائل/i.test(t));
    if (i < 0) fail(`no code action mentions the attribution (actions: ${titles.join(' | ')})`);
    // choose it with the keyboard, as a person would after Ctrl+. (Down until it is focused, Enter)
    const focusedTitle = async () => clean(await widget.locator('.monaco-list-row.action.focused').first().innerText().catch(() => ''));
    for (let k = 0; k <= titles.length && (await focusedTitle()) !== titles[i]; k++) {
      const was = await focusedTitle();
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((was) => {
        const f = document.querySelector('.action-widget .monaco-list-row.action.focused');
        return !!f && f.innerText.replace(/\s+/g, ' ').trim() !== was;
      }, was).catch(() => {});
    }
    if ((await focusedTitle()) !== titles[i]) fail(`could not select "${titles[i]}" in the code action menu (focused: ${await focusedTitle()})`);
    await page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden' });
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await waitProblems(
      (m) => m.length === before.length - 1 && !m.some((r) => r.text.includes('unattributed-quote')),
      `after "${titles[i]}", expected ${before.length - 1} problem(s) and no unattributed-quote`,
    );
  });

  await step('english-file', async () => {
    const before = markerRows(await problems()).length;
    if (!before) fail('not checked: the Problems view shows no Isnad warning for the article either, so none for english.txt proves nothing');
    await quickOpen(ENGLISH, 'Minister pledges');
    // A negative check: give the server time to publish diagnostics for english.txt, which it must not.
    const appeared = await page.locator('.markers-panel .monaco-list-row', { hasText: ENGLISH }).first()
      .waitFor({ state: 'visible', timeout: negativeWait() }).then(() => true, () => false);
    const rows = await problems();
    if (appeared) fail(`Isnad reported problems for ${ENGLISH}: ${rows.map((r) => r.text).join(' | ')}`);
    if (markerRows(rows).length !== before) fail(`opening ${ENGLISH} changed the Problems view: ${rows.map((r) => r.text).join(' | ')}`);
  });

  // isnad.interfaceLanguage "ar" (VS Code has no Arabic display language): the Problems view and the
  // hover card in Arabic, without a restart.
  await step('arabic-problems', async () => {
    // As a person would: in the user settings JSON, saved (the workbench does not see the file written behind its back).
    await runCommand('Preferences: Open User Settings (JSON)');
    await page.locator('.tabs-container .tab.active', { hasText: 'settings.json' }).waitFor();
    await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(JSON.stringify({ ...SETTINGS, 'isnad.interfaceLanguage': 'ar' }, null, 2));
    // the editor may have closed a bracket on its own after the cursor: drop whatever follows
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    await closeOverlays();
    await page.locator('.tabs-container .tab', { hasText: ARTICLE }).first().click(); // still open, with the quick fix unsaved
    await page.locator('.tabs-container .tab.active', { hasText: ARTICLE }).waitFor();
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await waitProblems(
      (m) => m.some((r) => r.text.includes('unclosed-quote') && r.text.includes('علامة التنصيص «')),
      'expected the unclosed-quote warning in Arabic after isnad.interfaceLanguage "ar"',
    );
  });

  await step('arabic-hover', async () => {
    const text = await hover(X.quoteWord);
    if (!text) fail(`no hover appeared over the quote word "${X.quoteWord.text}"`);
    for (const label of ['قاله', X.minister.full, 'درجة الثقة']) {
      if (!text.includes(label)) fail(`the Arabic hover card has no "${label}": ${text}`);
    }
    if (/Confidence|said by/.test(text)) fail(`the hover card is still in English: ${text}`);
  });

  // Which entry ran: the desktop one starts dist/server/main.js as a Node process, the web one a worker.
  await step(WEB ? 'web-worker-host' : 'node-extension-host', async () => {
    const servers = nodeServers();
    if (WEB && servers.length > 0) fail(`a Node language server ran: ${servers.join(' | ')}`);
    if (!WEB && servers.length === 0) fail('no Node language server process is running from the installed extension');
    if (!results.some((r) => r.name === 'problems-two-warnings' && r.ok)) fail('not checked: no diagnostics came, so no server ran at all');
  });

  if (results.some((r) => !r.ok)) console.log(`    logs of code-server and the extension host: ${join(resultsDir, 'logs')}`);
  return results;
}

// whitespace collapsed and bidi controls (LRM, RLM, ALM, embeddings, isolates) removed
const clean = (s) => String(s).replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
let results = [];
let setupError = null;
try {
  results = await main();
} catch (e) {
  setupError = e;
} finally {
  if (tmp && process.env.ISNAD_E2E_KEEP) log(`kept ${tmp}`);
  await cleanup();
}
if (setupError) {
  console.log(`FAILED setup: ${setupError.message}`);
  results.push({ name: 'setup', ok: false });
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed (${elapsed()})`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
