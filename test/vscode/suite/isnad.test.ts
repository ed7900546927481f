// The same scenario as the code-server end-to-end test (scripts/e2e/run.mjs), checked through the
// VS Code API inside the extension host: diagnostics, hovers, document symbols, Next Quote, quick fix.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const ARTICLE = 'article.txt';
const ENGLISH = 'english.txt';
const FULL = 'كريم فرحات';
const ROLE = 'وزير الخارجية';
const SPEAKERS = [
  { name: 'كريم فرحات', quoteWords: ['الحوار', 'لن نقبل'] },
  { name: 'سلمى الخطيب', quoteWords: ['المقترح'] },
  { name: 'يوسف العمري', quoteWords: ['كلفة'] },
];
const ISNAD_WORDS = /isnad|إسناد|speaker|quote|اقتباس|المتحدث|كريم فرحات|سلمى الخطيب|يوسف العمري|وزير الخارجية/i;

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was started without the fixture folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Position of the first occurrence of needle (plus `into` characters). */
function positionOf(doc: vscode.TextDocument, needle: string, into = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `the fixture no longer contains ${needle}`);
  return doc.positionAt(at + into);
}

/** Resolves with fn's value once it is defined, re-checking whenever diagnostics change. */
function whenDiagnostics<T>(fn: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = fn();
    if (first !== undefined) return resolve(first);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics(() => {
      const v = fn();
      if (v === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, ''); // bidi marks between words
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

async function hoverAt(doc: vscode.TextDocument, needle: string, into = 1): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle, into));
  return hoverText(hovers ?? []);
}

suite('Isnad in VS Code', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('isnad.isnad');
    assert.ok(ext, 'the extension isnad.isnad is not loaded');
    doc = await vscode.workspace.openTextDocument(fileUri(ARTICLE));
    editor = await vscode.window.showTextDocument(doc);
    await ext.activate();
  });

  test('exactly one unattributed-quote and one unclosed-quote warning', async () => {
    const diags = await whenDiagnostics(() => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length >= 2 ? d : undefined;
    }, 'the article\'s diagnostics');
    const list = diags.map((d) => `${codeOf(d)}@${d.range.start.line + 1}`).join(', ');
    assert.equal(diags.length, 2, `diagnostics: ${list}`);
    const unattributed = diags.find((d) => codeOf(d) === 'unattributed-quote');
    const unclosed = diags.find((d) => codeOf(d) === 'unclosed-quote');
    assert.ok(unattributed && unclosed, `diagnostics: ${list}`);
    assert.equal(unattributed.range.start.line, positionOf(doc, '«لا أحد').line, `diagnostics: ${list}`);
    assert.equal(unclosed.range.start.line, positionOf(doc, '«سنعود').line, `diagnostics: ${list}`);
    for (const d of diags) assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, `${codeOf(d)} is not a warning`);
  });

  test('hover over a quote names its speaker and role', async () => {
    const text = await hoverAt(doc, 'الطريق الوحيد');
    assert.ok(text.includes(FULL), `hover: ${text}`);
    assert.ok(text.includes(ROLE), `hover: ${text}`);
  });

  test('hover over the short name gives the full name', async () => {
    const text = await hoverAt(doc, 'فرحات في مؤتمر');
    assert.ok(text.includes(FULL), `hover: ${text}`);
  });

  test('no Isnad hover over an ordinary word', async () => {
    const text = await hoverAt(doc, 'متصاعداً');
    assert.ok(!ISNAD_WORDS.test(text), `hover: ${text}`);
  });

  test('document symbols list the speakers with their quotes', async () => {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'no document symbols');
    const all: { name: string; children: string[] }[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => {
      for (const s of list) {
        const children: string[] = [];
        const collect = (l: vscode.DocumentSymbol[]) => l.forEach((c) => { children.push(c.name); collect(c.children ?? []); });
        collect(s.children ?? []);
        all.push({ name: s.name, children });
        walk(s.children ?? []);
      }
    };
    walk(symbols.filter((s): s is vscode.DocumentSymbol => 'children' in s));
    const dump = all.map((s) => `${s.name} [${s.children.join(' / ')}]`).join('; ');
    for (const sp of SPEAKERS) {
      const node = all.find((s) => s.name.includes(sp.name));
      assert.ok(node, `no symbol for ${sp.name}: ${dump}`);
      for (const w of sp.quoteWords) assert.ok(node.children.some((c) => c.includes(w)), `${sp.name} has no quote "${w}…": ${dump}`);
    }
  });

  test('Isnad: Next Quote moves the cursor to the next quote', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const inQuote = (p: vscode.Position, open: string, close: string) => {
      const start = positionOf(doc, open);
      const end = positionOf(doc, close, close.length);
      return p.isAfterOrEqual(start) && p.isBeforeOrEqual(end);
    };
    await vscode.commands.executeCommand('isnad.nextQuote');
    const first = editor.selection.active;
    assert.ok(inQuote(first, '«الحوار', 'الحوض»'), `after one Next Quote the cursor is at ${first.line + 1}:${first.character + 1}`);
    await vscode.commands.executeCommand('isnad.nextQuote');
    const second = editor.selection.active;
    assert.ok(inQuote(second, '"لن نقبل', 'الشعوب"'), `after two Next Quote the cursor is at ${second.line + 1}:${second.character + 1}`);
  });

  test('the quick fix on the unattributed quote inserts the attribution and clears the warning', async () => {
    const at = positionOf(doc, '«لا أحد', 3);
    const diag = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'unattributed-quote');
    assert.ok(diag, 'no unattributed-quote diagnostic to fix');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
    const titles = (actions ?? []).map((a) => a.title);
    const fix = (actions ?? []).find((a) => /attribut|إسناد|اسناد|نسب|speaker|المتحدث|قائل/i.test(a.title));
    assert.ok(fix, `no quick fix mentions the attribution: ${titles.join(' | ')}`);
    const before = doc.getText();
    const count = vscode.languages.getDiagnostics(doc.uri).length;
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.notEqual(doc.getText(), before, `"${fix.title}" changed nothing`);
    await whenDiagnostics(() => {
      const d = vscode.languages.getDiagnostics(doc.uri);
      return d.length === count - 1 && !d.some((x) => codeOf(x) === 'unattributed-quote') ? d : undefined;
    }, 'the unattributed-quote warning to go away');
  });

  test('no Isnad diagnostics for an English plain-text file', async () => {
    const english = await vscode.workspace.openTextDocument(fileUri(ENGLISH));
    await vscode.window.showTextDocument(english);
    // A negative check: give the server a few seconds to publish anything for english.txt.
    const appeared = await whenDiagnostics(() => (vscode.languages.getDiagnostics(english.uri).length ? true : undefined), 'x', 4000)
      .catch(() => false);
    assert.equal(appeared, false, `diagnostics for ${ENGLISH}: ${vscode.languages.getDiagnostics(english.uri).map((d) => d.message).join(' | ')}`);
  });
});
