/**
 * What the case stages pass to each other: triggers found in a sentence, the
 * people they are tied to, and the evidence gathered for each person before
 * it becomes a `CitedCase`.
 */
import type { CountryMention } from '../entities/countries.js';
import type { CaseEventType, Mechanism } from '../model/case.js';
import type { DateMention } from '../model/date.js';
import type { Mention } from '../model/span.js';
import type { Sentence } from '../text/sentences.js';

/**
 * What a trigger names: an instrument (`notice`, `diffusion`,
 * `extradition-request`, `warrant`), a pursuit (`wanted`), a prospect or fact
 * of extradition (`extradition`), an event (`event`), or the end of a notice
 * (`deletion`).
 */
export type TriggerKind = 'notice' | 'diffusion' | 'extradition-request' | 'extradition' | 'wanted' | 'warrant' | 'event' | 'deletion';

/** Event words that are not event types of the model but still make a case (a disappearance). */
export type TriggerEvent = CaseEventType | 'disappeared';

export interface Trigger {
  readonly kind: TriggerKind;
  /** For `event` and a factual `extradition`: the event it names. */
  readonly event: TriggerEvent | null;
  /** Offsets over `doc.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A noun ("arrest", "detention") rather than a verb ("arrested"). */
  readonly noun: boolean;
  /** A prospect, fear or call ("could face extradition", "must be released"), not a fact. */
  readonly hypothetical: boolean;
  /** Said to be still running ("remains in detention", "continue to be detained"). */
  readonly ongoing: boolean;
  /** Refused or rejected ("refused to extradite", "rejected the extradition request"). */
  readonly refused: boolean;
  /** Asked for by a request ("asked Spain for the arrest and extradition of X", "we ask that he be released"). */
  readonly requested: boolean;
  readonly sentence: Sentence;
}

/** One piece of evidence of a person's case: the mechanism a trigger names and the state it names as pursuer. */
export interface Evidence {
  readonly mechanism: Mechanism;
  readonly requestingState: CountryMention | null;
  readonly at: number;
}

/** An event as read from one trigger, before the events of a case are merged. */
export interface DraftEvent {
  readonly type: CaseEventType;
  /** Where it happened, when the text says so; filled from the case when it does not. */
  country: CountryMention | null;
  /** True when `country` was read from the text, not inferred. */
  explicit: boolean;
  date: DateMention | null;
  readonly mentions: Mention[];
  readonly at: number;
  /** Read from "in custody": the state of someone arrested, not an event of its own when an arrest is told. */
  weak?: boolean;
}

/** Everything read about one person's case across the document. */
export interface CaseDraft {
  /** Index of the person in the people list. */
  readonly person: number;
  readonly mentions: Mention[];
  readonly evidence: Evidence[];
  readonly events: DraftEvent[];
  /** Something says the case is still running (held, wanted, notice in force, release called for). */
  active: boolean;
  /** An extradition was refused ("Kazakhstan refused to extradite X"): a prospect that is over. */
  refused: boolean;
  duration: Mention | null;
  /** The duration was read beside a notice (it beats one read beside a detention). */
  durationOfNotice: boolean;
  readonly first: number;
}
