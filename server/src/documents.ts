// The open documents and their analyses: one cached Analysis per document, kept while its version and the
// settings that shape the analysis stay the same.
import { TextDocuments, type CancellationToken, type TextDocumentPositionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError, analyzeArticle, arabicRatio, type Analysis } from './analysis';
import { analysisOptionsKey, isAnalysable } from './config';
import { offsetOf, type AnalysedDocument } from './features/common';
import type { WorkspaceSettings } from './settings';

interface CacheEntry {
  readonly version: number;
  readonly optionsKey: string;
  readonly analysis: Analysis;
}

export class AnalysedDocuments {
  readonly open = new TextDocuments(TextDocument);
  private readonly analyses = new Map<string, CacheEntry>(); // by uri; the version is checked on use

  constructor(private readonly settings: WorkspaceSettings) {
    this.open.onDidClose((event) => {
      this.analyses.delete(event.document.uri);
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
      const version = document.version;
      const analysis = analyzeArticle(document.getText(), {
        extraReportingVerbs: settings.reportingVerbs,
        knownPeople: settings.people,
        isCancelled: () => token?.isCancellationRequested === true || this.open.get(uri)?.version !== version,
      });
      entry = { version, optionsKey, analysis };
      this.analyses.set(uri, entry);
    }
    if (!isAnalysable(document.languageId, entry.analysis.arabicRatio, settings)) return undefined;
    return { document, analysis: entry.analysis, settings };
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
