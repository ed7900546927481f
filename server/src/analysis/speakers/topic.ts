// Who the text is talking about while the cues are read, for cues with no subject of their own
// (وأضاف، وتابع، مضيفاً، وقال سموه): the last speaker credited, the speakers named so far, and the last
// person named at all. An implicit subject agrees in gender with its verb (وأضاف is not the ministry;
// قالت is not the minister) when one of the last few speakers does.
import type { EntityDraft } from './entities';
import { normalize } from '../text';

export type Gender = 'm' | 'f';

/** How many of the latest speakers an implicit subject is looked for among. */
const RECENT_WINDOW = 6;

/** The gender of a reporting verb's subject from its (normalized) form: قالت / تقول / قائلة → f,
 *  قال / يقول / قائلاً → m; plural and dual forms → null. */
export function verbGender(form: string, lemma: string, participle: boolean): Gender | null {
  if (/(وا|ون|ان|تا)$/.test(form)) return null;
  if (participle) return form.endsWith('ه') ? 'f' : 'm';
  const past = normalize(lemma);
  if (form === past) return 'm';
  if (form.endsWith('ت') && !past.endsWith('ت')) return 'f';
  if (form.startsWith('ت') && !past.startsWith('ت')) return 'f';
  if (form.startsWith('ي')) return 'm';
  return null;
}

/** Grammatical gender where it is certain: a body whose head ends in ة, or a place, is feminine. Persons
 *  (حمزة is a man, سعاد a woman) and other bodies (broken plurals agree in the feminine) → null. */
export function entityGender(e: EntityDraft | undefined, places: ReadonlySet<string>): Gender | null {
  if (!e || e.type === 'person') return null;
  const head = e.head;
  return places.has(head) || places.has('ال' + head) || head.endsWith('ه') ? 'f' : null;
}

export class Topic {
  /** The entity the last cue was credited to (or the person a sentence opened with). */
  private lastAgent: number | null = null;
  /** The last person named anywhere, for an implicit cue before anyone has spoken. */
  private person: number | null = null;
  /** Speakers named so far, latest last, without immediate repeats. */
  private readonly recent: number[] = [];

  /** entities: the registry's list (read as it grows); places: for the gender of a place. */
  constructor(private readonly entities: readonly EntityDraft[], private readonly places: ReadonlySet<string>) {}

  get lastPerson(): number | null {
    return this.person;
  }

  /** A person is named (whether or not they speak). */
  named(person: number): void {
    this.person = person;
  }

  /** An entity becomes the topic: a cue's explicit subject, or a person who opens a sentence. */
  introduce(entity: number): void {
    this.lastAgent = entity;
    if (this.recent[this.recent.length - 1] !== entity) this.recent.push(entity);
  }

  /** A cue was credited to an entity (null: to nobody) without naming a new speaker. */
  credit(entity: number | null): void {
    if (entity !== null) this.lastAgent = entity;
  }

  /** Whom a cue with no subject of its own refers to when gender says nothing: the last speaker, else
   *  the last person named. */
  current(): number | null {
    return this.lastAgent ?? this.person;
  }

  /** The subject of an implicit cue whose verb has this gender: the latest of the last few speakers
   *  whose gender does not contradict it, else current(). */
  implicit(gender: Gender | null): number | null {
    if (gender) {
      const { recent } = this;
      for (let k = recent.length - 1; k >= 0 && k >= recent.length - RECENT_WINDOW; k--) {
        const g = entityGender(this.entities[recent[k]], this.places);
        if (g === null || g === gender) return recent[k];
      }
    }
    return this.current();
  }
}
