// Entry point of dist/cli/worker.js, a worker thread of `isnad check` / `analyze` over many files: it
// analyses each text it is sent and posts back the analysis (plain data, copied by structured clone) or
// a one-line error, tagged with the index it was sent with.
import { parentPort } from 'node:worker_threads';
import { analyzeArticle } from '../analysis';
import type { WorkerReply, WorkerRequest } from './pool';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      reply = { index: request.index, ok: true, analysis: analyzeArticle(request.text) };
    } catch (err) {
      reply = { index: request.index, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
