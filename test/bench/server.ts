// The language server over stdio, as an editor sees it: a spawned dist/server/main.js (through
// server-probe.cjs, which reports its memory on a signal) and a client that pulls diagnostics like VS
// Code. Latencies are wall-clock from the request to the response.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TestClient, vscodeLikeCapabilities } from '../protocol/client';
import { ROOT } from './corpus';
import { mb, median, quantile, round, scatter, timeMsAsync } from './stats';

const PROBE = join(ROOT, 'test', 'bench', 'server-probe.cjs');

export interface Memory {
  rss: number;
  heapUsed: number;
  maxRss: number;
}

export interface Server {
  readonly client: TestClient;
  readonly child: ChildProcess;
  /** Milliseconds from spawning to the initialize response. */
  readonly startMs: number;
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', PROBE, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  const probes: ((m: Memory) => void)[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr += chunk;
    let nl: number;
    while ((nl = stderr.indexOf('\n')) >= 0) {
      const line = stderr.slice(0, nl);
      stderr = stderr.slice(nl + 1);
      if (line.startsWith('{"probe":true')) probes.shift()?.(JSON.parse(line) as Memory);
    }
  });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(connection, { capabilities: vscodeLikeCapabilities(true) });
  await client.initialize();
  const startMs = performance.now() - t0;
  return {
    client,
    child,
    startMs,
    memory: () =>
      new Promise<Memory>((resolve) => {
        probes.push(resolve);
        child.kill('SIGUSR2');
      }),
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await client.request('shutdown', null);
        await client.connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      await exited;
      client.dispose();
    },
  };
}

/** Pulls the diagnostics of `uri` (textDocument/diagnostic), retrying when the server says the document changed. */
export async function pullDiagnostics(client: TestClient, uri: string): Promise<unknown> {
  for (;;) {
    try {
      return await client.request('textDocument/diagnostic', { textDocument: { uri } });
    } catch (err) {
      if ((err as { code?: number }).code !== -32802) throw err; // ServerCancelled: pull again
    }
  }
}

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return { line, character: offset - (before + 1) };
}

export interface DocumentFigures {
  chars: number;
  /** didOpen → the diagnostics pulled right after it. */
  firstDiagnosticsMs: number;
  hoverP50Ms: number;
  hoverP95Ms: number;
  hovers: number;
  /** A one-letter edit → its diagnostics, median (and the number of edits). */
  editMedianMs: number;
  edits: number;
  symbolsP95Ms: number;
  /** The server's resident size with this document open and analysed (after a collection), and its peak. */
  rssMb: number;
  maxRssMb: number;
}

export interface DocumentPlan {
  readonly hovers: number;
  readonly edits: number;
  readonly symbols: number;
}

/** The editor figures of one document of `text` on a fresh server. */
export async function documentFigures(text: string, plan: DocumentPlan, seed = 7): Promise<DocumentFigures> {
  const server = await startServer();
  const { client } = server;
  const uri = `file:///bench/doc-${text.length}.arnews`;
  try {
    const firstDiagnosticsMs = await timeMsAsync(async () => {
      await client.open(uri, text, 'arabic-news');
      await pullDiagnostics(client, uri);
    });
    const r = scatter(seed);
    let current = text;
    const hover: number[] = [];
    for (let i = 0; i < plan.hovers; i++) {
      const p = position(current, Math.floor(r() * current.length));
      hover.push(await timeMsAsync(() => client.request('textDocument/hover', { textDocument: { uri }, position: p })));
    }
    const symbols: number[] = [];
    for (let i = 0; i < plan.symbols; i++) symbols.push(await timeMsAsync(() => client.request('textDocument/documentSymbol', { textDocument: { uri } })));
    const edit: number[] = [];
    for (let i = 0; i < plan.edits; i++) {
      const offset = Math.floor(r() * current.length);
      const p = position(current, offset);
      const letter = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'[i % 28]!;
      current = current.slice(0, offset) + letter + current.slice(offset);
      edit.push(
        await timeMsAsync(async () => {
          await client.change(uri, [{ range: { start: p, end: p }, text: letter }]);
          await pullDiagnostics(client, uri);
        }),
      );
    }
    const m = await server.memory();
    return {
      chars: text.length,
      firstDiagnosticsMs: round(firstDiagnosticsMs),
      hoverP50Ms: round(median(hover), 2),
      hoverP95Ms: round(quantile(hover, 0.95), 2),
      hovers: hover.length,
      editMedianMs: round(median(edit)),
      edits: edit.length,
      symbolsP95Ms: round(quantile(symbols, 0.95), 2),
      rssMb: mb(m.rss),
      maxRssMb: mb(m.maxRss),
    };
  } finally {
    await server.stop();
  }
}

export interface MemoryFigures {
  /** Resident size after start-up, and with `articles` articles open and analysed. */
  idleRssMb: number;
  openRssMb: number;
  articles: number;
  /** Heap after the first 100 edits and after all `edits` (each waited for), after a collection. */
  heapAfterWarmupMb: number;
  heapAfterEditsMb: number;
  heapGrowthMb: number;
  edits: number;
  editedChars: number;
}

/** Resident size with `articles` open; heap growth over `edits` one-letter edits of one article. */
export async function memoryFigures(articles: readonly string[], edits: number): Promise<MemoryFigures> {
  const server = await startServer();
  const { client } = server;
  try {
    const idle = await server.memory();
    const uris = articles.map((_, i) => `file:///bench/open-${i}.arnews`);
    for (let i = 0; i < articles.length; i++) {
      await client.open(uris[i]!, articles[i]!, 'arabic-news');
      await pullDiagnostics(client, uris[i]!);
    }
    const open = await server.memory();
    // The edited article: the first one, edited in place and back (insert a letter, then remove it).
    const uri = uris[0]!;
    const text = articles[0]!;
    const r = scatter(99);
    let warm = 0;
    const warmup = Math.min(100, Math.floor(edits / 10));
    let inserted = position(text, 0);
    for (let i = 0; i < edits; i++) {
      if (i % 2 === 0) {
        inserted = position(text, Math.floor(r() * text.length));
        await client.change(uri, [{ range: { start: inserted, end: inserted }, text: 'ب' }]);
      } else {
        const after = { line: inserted.line, character: inserted.character + 1 };
        await client.change(uri, [{ range: { start: inserted, end: after }, text: '' }]); // takes the letter back
      }
      await pullDiagnostics(client, uri);
      if (i + 1 === warmup) warm = (await server.memory()).heapUsed;
    }
    const end = await server.memory();
    return {
      idleRssMb: mb(idle.rss),
      openRssMb: mb(open.rss),
      articles: articles.length,
      heapAfterWarmupMb: mb(warm),
      heapAfterEditsMb: mb(end.heapUsed),
      heapGrowthMb: mb(end.heapUsed - warm),
      edits,
      editedChars: text.length,
    };
  } finally {
    await server.stop();
  }
}
