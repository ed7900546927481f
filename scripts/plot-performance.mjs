#!/usr/bin/env node
// Draws docs/performance/scaling.svg from the benchmark figures (docs/performance/results.json, written
// by `npm run bench`): latency (first diagnostics, edit → diagnostics, hover p95, document symbols p95)
// and throughput (characters analysed per second) against the document's size, both on log scales.
// Plain SVG written by hand: no dependency.
// node scripts/plot-performance.mjs [results.json] [out.svg]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = resolve(process.argv[2] ?? join(root, 'docs', 'performance', 'results.json'));
const output = resolve(process.argv[3] ?? join(root, 'docs', 'performance', 'scaling.svg'));

let results;
try {
  results = JSON.parse(readFileSync(input, 'utf8'));
} catch (err) {
  console.error(`plot-performance: cannot read ${input}: ${err.message.split('\n')[0]}`);
  process.exit(2);
}
const docs = [...(results.scaling ?? []), results.server?.article200k]
  .filter((d) => d && d.chars > 0)
  .sort((a, b) => a.chars - b.chars);
if (docs.length < 2) {
  console.error('plot-performance: fewer than two document sizes in the figures');
  process.exit(2);
}

const W = 880;
const H = 360;
const M = { left: 64, right: 16, top: 40, bottom: 56 };
const PW = (W - M.left - M.right - 60) / 2; // two panels side by side
const PH = H - M.top - M.bottom;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const log10 = Math.log10;
const niceSize = (c) => (c >= 1e6 ? `${c / 1e6} M` : `${Math.round(c / 1e3)} K`);

function decades(lo, hi) {
  const out = [];
  for (let e = Math.floor(log10(lo)); e <= Math.ceil(log10(hi)); e++) out.push(10 ** e);
  return out;
}

function panel(x0, title, yLabel, series, yFormat) {
  const xs = docs.map((d) => d.chars);
  const ys = series.flatMap((s) => docs.map(s.value)).filter((v) => v > 0 && Number.isFinite(v));
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [xlo, xhi] = [log10(xTicks[0]), log10(xTicks.at(-1))];
  const [ylo, yhi] = [log10(yTicks[0]), log10(yTicks.at(-1))];
  const px = (v) => x0 + ((log10(v) - xlo) / (xhi - xlo || 1)) * PW;
  const py = (v) => M.top + PH - ((log10(v) - ylo) / (yhi - ylo || 1)) * PH;
  const parts = [`<text x="${x0 + PW / 2}" y="${M.top - 14}" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  parts.push(`<rect x="${x0}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#999"/>`);
  for (const t of xTicks) {
    parts.push(`<line x1="${px(t)}" y1="${M.top}" x2="${px(t)}" y2="${M.top + PH}" stroke="#eee"/>`);
    parts.push(`<text x="${px(t)}" y="${M.top + PH + 16}" text-anchor="middle" font-size="11">${esc(niceSize(t))}</text>`);
  }
  for (const t of yTicks) {
    parts.push(`<line x1="${x0}" y1="${py(t)}" x2="${x0 + PW}" y2="${py(t)}" stroke="#eee"/>`);
    parts.push(`<text x="${x0 - 6}" y="${py(t) + 4}" text-anchor="end" font-size="11">${esc(yFormat(t))}</text>`);
  }
  parts.push(`<text x="${x0 + PW / 2}" y="${M.top + PH + 36}" text-anchor="middle" font-size="12">document size (UTF-16 code units)</text>`);
  parts.push(`<text transform="translate(${x0 - 48} ${M.top + PH / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(yLabel)}</text>`);
  series.forEach((s, i) => {
    const pts = docs.map((d) => [d.chars, s.value(d)]).filter(([, v]) => v > 0 && Number.isFinite(v));
    parts.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of pts) parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${s.colour}"><title>${esc(`${s.label}: ${y} at ${x} chars`)}</title></circle>`);
    parts.push(`<rect x="${x0 + 8}" y="${M.top + 8 + i * 16}" width="10" height="10" fill="${s.colour}"/>`);
    parts.push(`<text x="${x0 + 22}" y="${M.top + 17 + i * 16}" font-size="11">${esc(s.label)}</text>`);
  });
  return parts.join('\n');
}

const latency = panel(M.left, 'Latency', 'milliseconds', [
  { label: 'open → first diagnostics', colour: '#1f77b4', value: (d) => d.firstDiagnosticsMs },
  { label: 'edit → diagnostics (median)', colour: '#d62728', value: (d) => d.editMedianMs },
  { label: 'hover p95', colour: '#2ca02c', value: (d) => d.hoverP95Ms },
  { label: 'document symbols p95', colour: '#9467bd', value: (d) => d.symbolsP95Ms },
], (t) => (t >= 1000 ? `${t / 1000} s` : `${t}`));
const throughput = panel(M.left + PW + 60 + M.left - 4, 'Throughput', 'characters analysed per second', [
  { label: 'open → first diagnostics', colour: '#1f77b4', value: (d) => Math.round(d.chars / (d.firstDiagnosticsMs / 1000)) },
], (t) => (t >= 1e6 ? `${t / 1e6} M` : t >= 1e3 ? `${t / 1e3} K` : `${t}`));

const m = results.machine ?? {};
const caption = `${results.quick ? 'quick run' : 'full run'}, ${results.date?.slice(0, 10) ?? ''}: ${m.cpu ?? ''}, ${m.cores ?? '?'} cores (shared, load ${(m.loadAverage ?? []).join(' ')}), Node ${m.node ?? ''}`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W + M.left}" height="${H}" viewBox="0 0 ${W + M.left} ${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
${latency}
${throughput}
<text x="${(W + M.left) / 2}" y="${H - 6}" text-anchor="middle" font-size="11" fill="#555">${esc(caption)}</text>
</svg>
`;
writeFileSync(output, svg);
console.log(`plot-performance: ${output}`);
