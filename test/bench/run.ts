// npm run bench [-- --quick] [-- --no-cspell] [-- --out FILE]: the performance figures of issue 11 —
// the engine against the regex floor, the command line against cspell, the language server over stdio
// on a 200 KB article, its memory, and the same editor figures at 10 KB … 5 MB. Prints a table on
// stdout and writes the figures as JSON (default docs/performance/results.json, which
// scripts/plot-performance.mjs turns into docs/performance/scaling.svg). Progress goes to stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliFigures, type CliFigures } from './cli';
import { loadArticles, realText, ROOT } from './corpus';
import { engineVsFloor, type EngineFigures } from './engine';
import { documentFigures, memoryFigures, startServer, type DocumentFigures, type DocumentPlan, type MemoryFigures } from './server';
import { median, round } from './stats';

const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, 'no-cspell': { type: 'boolean' }, out: { type: 'string' } },
  strict: true,
});
const quick = values.quick === true;
const out = resolve(values.out ?? join(ROOT, 'docs', 'performance', 'results.json'));
const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);

interface Goal {
  name: string;
  figure: number | null;
  unit: string;
  goal: string;
  met: boolean | null;
}

async function main(): Promise<void> {
  const started = performance.now();
  const texts = loadArticles();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 2 ** 30, 1),
    freeMemoryGb: round(freemem() / 2 ** 30, 1),
    loadAverage: loadavg().map((x) => round(x, 2)),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
  log(`texts: ${texts.source}, ${texts.articles.length} articles; ${quick ? 'quick' : 'full'} run`);

  log('engine against the regex floor …');
  const engine: EngineFigures = engineVsFloor(texts, quick ? 500_000 : 2_000_000);

  log('command line against cspell …');
  const cli: CliFigures = cliFigures(texts.articles, quick ? 1 : 3, values['no-cspell'] !== true, log);

  log('server start-up …');
  const starts: number[] = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    const s = await startServer();
    starts.push(s.startMs);
    await s.stop();
  }
  const serverStartMs = round(median(starts));

  log('server on a 200 KB article …');
  const article200k: DocumentFigures = await documentFigures(realText(texts, 200_000), { hovers: 200, edits: quick ? 8 : 20, symbols: 50 });

  log('server memory: 100 open articles, heap over the edits …');
  const memory: MemoryFigures = await memoryFigures(texts.articles.slice(0, 100), quick ? 200 : 1000);

  const sizes: [number, DocumentPlan][] = [
    [10_000, { hovers: 200, edits: 20, symbols: 20 }],
    [100_000, { hovers: 200, edits: quick ? 5 : 20, symbols: 20 }],
    [1_000_000, { hovers: quick ? 50 : 100, edits: quick ? 1 : 3, symbols: 5 }],
    ...(quick ? [] : ([[5_000_000, { hovers: 40, edits: 1, symbols: 3 }]] as [number, DocumentPlan][])),
  ];
  const scaling: DocumentFigures[] = [];
  for (const [size, plan] of sizes) {
    log(`scaling: ${size.toLocaleString('en')} chars …`);
    scaling.push(await documentFigures(realText(texts, size), plan));
  }
  const fiveMb = scaling.find((s) => s.chars >= 4_000_000);

  const goals: Goal[] = [
    { name: 'engine / regex floor', figure: engine.ratio, unit: '×', goal: '<= 5', met: engine.ratio <= 5 },
    { name: 'cspell / isnad over the files', figure: cli.speedup, unit: '×', goal: '>= 3', met: cli.speedup === null ? null : cli.speedup >= 3 },
    { name: 'CLI start-up (isnad --version)', figure: cli.startupMs, unit: 'ms', goal: '<= 150', met: cli.startupMs <= 150 },
    { name: 'server start-up (spawn → initialize)', figure: serverStartMs, unit: 'ms', goal: '<= 150', met: serverStartMs <= 150 },
    { name: 'hover p95, 200 KB', figure: article200k.hoverP95Ms, unit: 'ms', goal: '<= 5', met: article200k.hoverP95Ms <= 5 },
    { name: 'edit → diagnostics median, 200 KB', figure: article200k.editMedianMs, unit: 'ms', goal: '<= 30', met: article200k.editMedianMs <= 30 },
    { name: 'RSS with 100 open articles', figure: memory.openRssMb, unit: 'MB', goal: '<= 150', met: memory.openRssMb <= 150 },
    { name: `heap growth over ${memory.edits} edits`, figure: memory.heapGrowthMb, unit: 'MB', goal: 'no leak (~0)', met: memory.heapGrowthMb <= 5 },
    { name: '5 MB document: first diagnostics', figure: fiveMb?.firstDiagnosticsMs ?? null, unit: 'ms', goal: '<= 1000', met: fiveMb ? fiveMb.firstDiagnosticsMs <= 1000 : null },
    { name: '5 MB document: peak RSS', figure: fiveMb?.maxRssMb ?? null, unit: 'MB', goal: '<= 200', met: fiveMb ? fiveMb.maxRssMb <= 200 : null },
  ];

  const results = {
    date: new Date().toISOString(),
    quick,
    machine,
    texts: { source: texts.source, articles: texts.articles.length, real: texts.real },
    engine,
    cli,
    server: { startMs: serverStartMs, article200k },
    memory,
    scaling,
    goals,
    seconds: round((performance.now() - started) / 1000),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  const rows: string[][] = [['figure', 'value', 'goal', 'met']];
  for (const g of goals) rows.push([g.name, g.figure === null ? '—' : `${g.figure} ${g.unit}`, g.goal, g.met === null ? 'n/a' : g.met ? 'yes' : 'NO']);
  const print = (r: string[][]): void => {
    const widths = r[0]!.map((_, c) => Math.max(...r.map((row) => row[c]!.length)));
    for (const row of r) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
  };
  console.log(`Isnad benchmarks (${quick ? 'quick' : 'full'}), ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverage.join(' ')}, Node ${machine.node}`);
  console.log(`engine: ${engine.chars.toLocaleString('en')} chars in ${engine.articles} articles, ${engine.engineMs} ms (${engine.charsPerSecond.toLocaleString('en')} chars/s); regex floor ${engine.floorMs} ms`);
  console.log(`cli: ${cli.files} files, isnad ${cli.isnadMs} ms (--jobs 1: ${cli.isnadJobs1Ms} ms), cspell ${cli.cspellMs ?? 'skipped'}${cli.cspellMs === null ? '' : ' ms'}${cli.cspellVersion ? ` (${cli.cspellVersion})` : ''}`);
  console.log('');
  print(rows);
  console.log('');
  const scale: string[][] = [['document', 'first diag ms', 'hover p50', 'hover p95', 'edit median', 'symbols p95', 'RSS MB', 'peak RSS MB', 'chars/s']];
  for (const s of [article200k, ...scaling].sort((a, b) => a.chars - b.chars)) {
    scale.push([
      `${(s.chars / 1000).toFixed(0)} K chars`,
      String(s.firstDiagnosticsMs),
      String(s.hoverP50Ms),
      String(s.hoverP95Ms),
      `${s.editMedianMs} (${s.edits})`,
      String(s.symbolsP95Ms),
      String(s.rssMb),
      String(s.maxRssMb),
      Math.round(s.chars / (s.firstDiagnosticsMs / 1000)).toLocaleString('en'),
    ]);
  }
  print(scale);
  console.log('');
  console.log(`memory: idle ${memory.idleRssMb} MB, ${memory.articles} articles open ${memory.openRssMb} MB; heap ${memory.heapAfterWarmupMb} → ${memory.heapAfterEditsMb} MB over ${memory.edits} edits`);
  console.log(`written: ${out} (${results.seconds} s)`);
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  process.exit(1);
});
