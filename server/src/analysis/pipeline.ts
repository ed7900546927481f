// The engine's stages up to the choice of speakers, in order: tokens and quote marks → the document's
// structure → persons → reporting cues and their subjects → kinds → the speaker candidates. analyzeArticle
// runs them and then builds the Analysis; the training scripts read the same stages.
import type { AnalysisOptions } from './types';
import { CancelledError } from './types';
import { indexCues, type CueIndex } from './cue-index';
import { buildDoc, type Doc } from './document';
import { classifyKinds, type KindDecision } from './kinds';
import { lexiconFor } from './lexicon';
import { findPeople, type PeopleResult } from './people';
import { pairQuotes, type Pairing } from './quotes';
import { findSpeakers, type SpeakerResult } from './speakers';
import { speakerContext } from './speaker-choice/choose';
import type { CandidateContext } from './speaker-choice/candidates';
import { tokenize, tokenizeLines } from './tokens';

export interface Stages {
  readonly doc: Doc;
  readonly pairing: Pairing;
  readonly people: PeopleResult;
  readonly speakers: SpeakerResult;
  readonly cueIndex: CueIndex;
  readonly kinds: readonly KindDecision[];
  readonly speakerContext: CandidateContext;
}

export function check(options: AnalysisOptions): void {
  if (options.isCancelled?.()) throw new CancelledError();
}

export function runStages(text: string, options: AnalysisOptions = {}): Stages {
  const lex = lexiconFor(options.extraReportingVerbs ?? []);
  // With a reuse object, the per-line results of the document's last analysis are read back.
  const lines = options.reuse?.begin(text, JSON.stringify([options.extraReportingVerbs ?? [], options.knownPeople ?? []]));
  const tokens = lines ? tokenizeLines(text, lines) : tokenize(text);
  const pairing = pairQuotes(text, lines);
  check(options);
  const doc = buildDoc(text, tokens, pairing.pairs, lines);
  const people = findPeople(text, tokens, lex, options.knownPeople ?? [], lines);
  check(options);
  const speakers = findSpeakers(doc, people, lex, lines);
  const cueIndex = indexCues(doc, speakers.cues);
  const kinds = classifyKinds(doc, people, cueIndex, lex);
  const context = speakerContext(doc, kinds, cueIndex, people, speakers.entities);
  options.reuse?.end();
  return { doc, pairing, people, speakers, cueIndex, kinds, speakerContext: context };
}
