// The page side of the web-worker test (bundled by worker.test.ts for the browser): starts the server's
// worker bundle and speaks LSP to it with postMessage (vscode-jsonrpc/browser), acting as a small client.
// The test drives it through window.isnad from playwright.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

const received = []; // every request and notification from the server: { method, params }
const files = new Map(); // uri → text, answered to isnad/readFile
const workerErrors = [];

const worker = new Worker('/server.js');
worker.addEventListener('error', (e) => workerErrors.push(String(e.message ?? e)));
const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
connection.onNotification((method, params) => received.push({ method, params }));
connection.onRequest((method, params) => {
  received.push({ method, params });
  if (method === 'workspace/configuration') return params.items.map(() => ({}));
  if (method === 'isnad/readFile') return files.get(params.uri) ?? null;
  return null; // client/registerCapability and the refresh requests
});
connection.listen();

window.isnad = {
  request: (method, params) => connection.sendRequest(method, params),
  notify: (method, params) => connection.sendNotification(method, params),
  setFile: (uri, text) => files.set(uri, text),
  received: () => received,
  workerErrors: () => workerErrors,
};
