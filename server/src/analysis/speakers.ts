// Reporting cues and who they point to: the speaker stage's entry.
//
// A cue is a reporting verb (قال، أضاف، وصف …), a participle (مضيفاً) or an "according to" word (بحسب).
// Its subject is the noun phrase right after it (Arabic is verb-first): a person (with or without a
// role), an organization, a place speaking for its government, an unnamed source, a role or a definite
// noun that refers back (المتحدث، الوزارة، الدبلوماسي), or nothing — then the cue is implicit and its
// subject is the last one named (وأضاف، وتابع، مضيفاً، وقال سموه). A phrase before the verb is the
// subject when the verb carries no conjunction (ولكن المتحدث أقر).
//
// The stages, one module each under ./speakers/:
//   entities.ts — the document's entities and references back to them (EntityRegistry);
//   subjects.ts — the noun phrase that is a cue's subject (SubjectParser);
//   topic.ts    — whom an implicit cue refers to: recent speakers, gender agreement (Topic);
//   cues.ts     — the scan over tokens that finds the cues (CueScanner).
import type { Doc } from './document';
import type { Lexicon } from './lexicon';
import type { PeopleResult } from './people';
import { CueScanner, type Cue } from './speakers/cues';
import { EntityRegistry, type EntityDraft } from './speakers/entities';
import { SubjectParser } from './speakers/subjects';
import { Topic } from './speakers/topic';
import type { DocLines } from './reuse';

export type { Cue } from './speakers/cues';
export type { EntityDraft } from './speakers/entities';

export interface SpeakerResult {
  readonly entities: EntityDraft[];
  readonly cues: Cue[];
}

export function findSpeakers(doc: Doc, people: PeopleResult, lex: Lexicon, lines?: DocLines): SpeakerResult {
  const registry = new EntityRegistry(people, doc.tokens, lex);
  const topic = new Topic(registry.entities, lex.places);
  const subjects = new SubjectParser(doc, people, lex, registry, topic);
  const cues = new CueScanner(doc, people, lex, subjects, topic).scan(lines);
  return { entities: registry.entities, cues };
}
