// A small LSP test client for the protocol tests: runs the real server in process over a pair of streams
// (or talks to a spawned server), answers the server's requests and lets tests wait for notifications.
import { PassThrough } from 'node:stream';
import {
  CancellationTokenSource,
  StreamMessageReader,
  StreamMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import type {
  ClientCapabilities,
  CodeAction,
  ConfigurationItem,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  WorkspaceFolder,
} from 'vscode-languageserver-protocol';
import type { ServerHooks } from '../../server/src/hooks';
import { startServer } from '../../server/src/server';
import { nodeRuntime } from '../../server/src/node/runtime';

export { CancellationTokenSource };

/** Capabilities like VS Code's: pull diagnostics, configuration, dynamic registration, refresh. */
export function vscodeLikeCapabilities(pull = true): ClientCapabilities {
  return {
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', ''] } }, isPreferredSupport: true },
      semanticTokens: {
        requests: { full: true },
        tokenTypes: ['string', 'class', 'variable', 'keyword'],
        tokenModifiers: ['declaration'],
        formats: ['relative'],
      },
      ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      publishDiagnostics: { versionSupport: true },
    },
    workspace: {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceFolders: true,
      workspaceEdit: { documentChanges: true },
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
      semanticTokens: { refreshSupport: true },
    },
  };
}

export interface Received {
  readonly method: string;
  readonly params: unknown;
}

export interface TestClientOptions {
  readonly capabilities?: ClientCapabilities;
  readonly workspaceFolders?: WorkspaceFolder[] | null;
  /** Answers workspace/configuration items (default: {}). */
  readonly configuration?: (item: ConfigurationItem) => unknown;
  /** initialize's locale (VS Code sends its display language). */
  readonly locale?: string;
  /** Sent as initialize's initializationOptions. */
  readonly initializationOptions?: unknown;
  /** The server's test hooks (startInProcess only). */
  readonly hooks?: ServerHooks;
}

export class TestClient {
  /** Every notification and request received from the server, in order. */
  readonly received: Received[] = [];
  configuration: (item: ConfigurationItem) => unknown;
  private readonly waiters = new Set<() => void>();
  private versions = new Map<string, number>();
  initializeResult: InitializeResult | undefined;

  constructor(
    readonly connection: MessageConnection,
    private readonly options: TestClientOptions,
    private readonly onDispose: () => void = () => undefined,
  ) {
    this.configuration = options.configuration ?? (() => ({}));
    connection.onNotification((method, params) => this.record(method, params));
    connection.onRequest((method, params) => {
      this.record(method, params);
      if (method === 'workspace/configuration') {
        const items = (params as { items: ConfigurationItem[] }).items;
        return items.map((item) => this.configuration(item));
      }
      return null; // client/registerCapability, workspace/diagnostic/refresh, semanticTokens/refresh …
    });
    connection.listen();
  }

  private record(method: string, params: unknown): void {
    this.received.push({ method, params });
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first received message (from `from` on) that matches; rejects after `ms`. */
  waitFor(predicate: (r: Received) => boolean, from = 0, ms = 10_000): Promise<Received> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.received.slice(from).find(predicate);
        if (found) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting; received: ${this.received.slice(from).map((r) => r.method).join(', ')}`));
      }, ms);
      this.waiters.add(check);
      check();
    });
  }

  waitForDiagnostics(uri: string, from = 0): Promise<PublishDiagnosticsParams> {
    return this.waitFor((r) => r.method === 'textDocument/publishDiagnostics' && (r.params as PublishDiagnosticsParams).uri === uri, from).then(
      (r) => r.params as PublishDiagnosticsParams,
    );
  }

  async initialize(): Promise<InitializeResult> {
    this.initializeResult = (await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: null,
      capabilities: this.options.capabilities ?? vscodeLikeCapabilities(),
      workspaceFolders: this.options.workspaceFolders ?? null,
      ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
      ...(this.options.initializationOptions !== undefined ? { initializationOptions: this.options.initializationOptions } : {}),
    })) as InitializeResult;
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  request<R = unknown>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    return token ? this.connection.sendRequest(method, params, token.token) : this.connection.sendRequest(method, params);
  }

  /** The code actions the server offers for one diagnostic, over its range (only: the kinds asked for). */
  fixesFor(uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    return this.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: only ? { diagnostics: [diagnostic], only } : { diagnostics: [diagnostic] },
    });
  }

  async open(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  dispose(): void {
    this.connection.dispose();
    this.onDispose();
  }
}

/** Starts the real server (startServer) in this process, connected to a TestClient over two streams. */
export function startInProcess(options: TestClientOptions = {}): TestClient {
  const up = new PassThrough(); // client → server
  const down = new PassThrough(); // server → client
  const server = createConnection(ProposedFeatures.all, new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(server, nodeRuntime, options.hooks ? { hooks: options.hooks } : {});
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  return new TestClient(client, options, () => {
    server.dispose();
    up.end();
    down.end();
  });
}

/** Decodes LSP relative semantic tokens into absolute ones. */
export function decodeTokens(data: readonly number[]): { line: number; char: number; length: number; type: number; modifiers: number }[] {
  const out: { line: number; char: number; length: number; type: number; modifiers: number }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const dl = data[i]!;
    line += dl;
    char = dl === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push({ line, char, length: data[i + 2]!, type: data[i + 3]!, modifiers: data[i + 4]! });
  }
  return out;
}

/** The position of the `nth` occurrence of `needle` in `text`, moved `delta` code units forward. */
export function positionOf(text: string, needle: string, delta = 0, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`not found: ${needle}`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
