// The language server (dist/server/main.js) for the benchmarks, run with --expose-gc: on SIGUSR2 it
// collects garbage and writes one JSON line to stderr with its memory (rss, heapUsed, maxRss in bytes),
// so the benchmark can read the server's own figures. The server itself is unchanged.
'use strict';
const { join } = require('node:path');

process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') global.gc();
  const m = process.memoryUsage();
  process.stderr.write(`${JSON.stringify({ probe: true, rss: m.rss, heapUsed: m.heapUsed, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
});
require(join(__dirname, '..', '..', 'dist', 'server', 'main.js'));
