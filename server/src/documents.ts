// The open documents and their analyses: one cached Analysis per document, kept while its version and the
// settings that shape the analysis stay the same, and one AnalysisReuse per document, so that the analysis
// after an edit works out again only the lines the edit touched (it is dropped when the document closes or
// the settings that shape the analysis change). A document over isnad.maxDocumentSize is analysed in
// part (size-limit.ts). Before it analyses, a request lets the connection read what has arrived, so that a
// cancellation sent meanwhile stops it there (the analysis itself runs to its end once started: it is
// synchronous, and its isCancelled checks only see what was read before).
import { TextDocuments, type CancellationToken, type TextDocumentPositionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisReuse, CancelledError, analyzeArticle, arabicRatio, type Analysis } from './analysis';
import { analysisOptionsKey, isAnalysable } from './config';
import { offsetOf, type AnalysedDocument } from './features/common';
import type { ServerHooks } from './hooks';
import type { RuntimeEnvironment } from './runtime';
import type { WorkspaceSettings } from './settings';
import { analysedLength } from './size-limit';

interface CacheEntry {
  readonly version: number;
  readonly optionsKey: string;
  readonly analysis: Analysis;
  /** Set when only the text before this offset was analysed. */
  readonly analysedUpTo?: number;
}

/** What one document's analyses leave for the next (engine's reuse.ts), for the options it was made with. */
interface ReuseEntry {
  readonly optionsKey: string;
  readonly reuse: AnalysisReuse;
}

export class AnalysedDocuments {
  readonly open = new TextDocuments(TextDocument);
  private readonly analyses = new Map<string, CacheEntry>(); // by uri; the version is checked on use
  private readonly reuses = new Map<string, ReuseEntry>(); // by uri

  constructor(
    private readonly settings: WorkspaceSettings,
    private readonly runtime: RuntimeEnvironment,
    private readonly hooks: ServerHooks = {},
  ) {
    this.open.onDidClose((event) => {
      this.analyses.delete(event.document.uri);
      this.reuses.delete(event.document.uri);
      this.settings.forget(event.document.uri);
    });
  }

  /** The document's analysis, or undefined when the document is unknown, of an excluded language or not Arabic enough. */
  async get(uri: string, token?: CancellationToken): Promise<AnalysedDocument | undefined> {
    const known = this.open.get(uri);
    if (!known) return undefined;
    const settings = await this.settings.get(uri);
    const document = this.open.get(uri); // may have been closed or changed meanwhile
    if (!document) return undefined;
    if (token?.isCancellationRequested) throw new CancelledError();
    const optionsKey = analysisOptionsKey(settings);
    let entry = this.analyses.get(uri);
    if (!entry || entry.version !== document.version || entry.optionsKey !== optionsKey) {
      // Too little Arabic (an English note), or a language the settings exclude: not analysed at all.
      if (!isAnalysable(document.languageId, arabicRatio(document.getText()), settings)) return undefined;
      if (token) {
        await this.readIncoming();
        if (token.isCancellationRequested) throw new CancelledError();
        if (this.open.get(uri)?.version !== document.version) throw new CancelledError();
      }
      const version = document.version;
      const text = document.getText();
      const length = analysedLength(text, settings.maxDocumentSize);
      this.hooks.onAnalysis?.(uri, version);
      const analysis = analyzeArticle(length < text.length ? text.slice(0, length) : text, {
        extraReportingVerbs: settings.reportingVerbs,
        knownPeople: settings.people,
        isCancelled: () => token?.isCancellationRequested === true || this.open.get(uri)?.version !== version,
        reuse: this.reuseFor(uri, optionsKey),
      });
      entry = length < text.length ? { version, optionsKey, analysis, analysedUpTo: length } : { version, optionsKey, analysis };
      this.analyses.set(uri, entry);
    }
    if (!isAnalysable(document.languageId, entry.analysis.arabicRatio, settings)) return undefined;
    return entry.analysedUpTo === undefined
      ? { document, analysis: entry.analysis, settings }
      : { document, analysis: entry.analysis, settings, analysedUpTo: entry.analysedUpTo };
  }

  /** The document's reuse object, a new one when the options that shape the analysis changed. */
  private reuseFor(uri: string, optionsKey: string): AnalysisReuse {
    let entry = this.reuses.get(uri);
    if (!entry || entry.optionsKey !== optionsKey) {
      entry = { optionsKey, reuse: new AnalysisReuse() };
      this.reuses.set(uri, entry);
    }
    return entry.reuse;
  }

  /** Lets the connection read the messages that have arrived (a cancellation, a change) before a long task. */
  private readIncoming(): Promise<void> {
    return new Promise((resolve) => this.runtime.setTimeout(resolve, 0));
  }

  /** The analysis and the offset of a position inside it; undefined when either is missing. */
  async at(params: TextDocumentPositionParams, token: CancellationToken): Promise<{ ad: AnalysedDocument; offset: number } | undefined> {
    const ad = await this.get(params.textDocument.uri, token);
    if (!ad) return undefined;
    const offset = offsetOf(ad.document, params.position);
    return offset === undefined ? undefined : { ad, offset };
  }

  /** Every open document's analysis (those analysed). */
  async all(token: CancellationToken): Promise<AnalysedDocument[]> {
    const docs: AnalysedDocument[] = [];
    for (const document of this.open.all()) {
      const ad = await this.get(document.uri, token);
      if (ad) docs.push(ad);
    }
    return docs;
  }
}
