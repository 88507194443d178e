/**
 * Named days of the English-speaking calendar that fix a date: fixed-date
 * days (month, day), days defined as the nth weekday of a month (n = -1 for
 * the last), and days counted from Easter Sunday. Where British and American
 * usage differ ("Mother's Day"), the entry names both rules: the caller
 * picks the British one for day-first documents.
 */

export type HolidayRule =
  | { kind: 'fixed'; m: number; d: number }
  | { kind: 'nth'; m: number; weekday: number; n: number }
  | { kind: 'easter'; offset: number };

export interface Holiday {
  readonly names: readonly string[];
  readonly rule: HolidayRule;
  /** The British rule where it differs. */
  readonly uk?: HolidayRule;
}

export const HOLIDAYS: readonly Holiday[] = [
  { names: ["new year's day", 'new years day'], rule: { kind: 'fixed', m: 1, d: 1 } },
  { names: ["new year's eve", 'new years eve'], rule: { kind: 'fixed', m: 12, d: 31 } },
  { names: ["valentine's day", 'valentines day', "st valentine's day"], rule: { kind: 'fixed', m: 2, d: 14 } },
  { names: ["st patrick's day", "saint patrick's day", 'st patricks day'], rule: { kind: 'fixed', m: 3, d: 17 } },
  { names: ['halloween', "hallowe'en"], rule: { kind: 'fixed', m: 10, d: 31 } },
  { names: ['guy fawkes day', 'guy fawkes night', 'bonfire night'], rule: { kind: 'fixed', m: 11, d: 5 } },
  { names: ['remembrance day', 'armistice day', 'veterans day'], rule: { kind: 'fixed', m: 11, d: 11 } },
  { names: ['christmas day'], rule: { kind: 'fixed', m: 12, d: 25 } },
  { names: ['christmas eve'], rule: { kind: 'fixed', m: 12, d: 24 } },
  { names: ['boxing day'], rule: { kind: 'fixed', m: 12, d: 26 } },
  { names: ['independence day'], rule: { kind: 'fixed', m: 7, d: 4 } },
  { names: ['human rights day'], rule: { kind: 'fixed', m: 12, d: 10 } },
  { names: ["international women's day", 'international womens day'], rule: { kind: 'fixed', m: 3, d: 8 } },
  { names: ['world press freedom day'], rule: { kind: 'fixed', m: 5, d: 3 } },
  { names: ["mother's day", 'mothers day'], rule: { kind: 'nth', m: 5, weekday: 0, n: 2 }, uk: { kind: 'easter', offset: -21 } },
  { names: ['mothering sunday'], rule: { kind: 'easter', offset: -21 } },
  { names: ["father's day", 'fathers day'], rule: { kind: 'nth', m: 6, weekday: 0, n: 3 } },
  { names: ['martin luther king day', 'martin luther king jr day', 'mlk day'], rule: { kind: 'nth', m: 1, weekday: 1, n: 3 } },
  { names: ["presidents' day", 'presidents day', "washington's birthday"], rule: { kind: 'nth', m: 2, weekday: 1, n: 3 } },
  { names: ['memorial day'], rule: { kind: 'nth', m: 5, weekday: 1, n: -1 } },
  { names: ['labor day', 'labour day'], rule: { kind: 'nth', m: 9, weekday: 1, n: 1 } },
  { names: ['thanksgiving', 'thanksgiving day'], rule: { kind: 'nth', m: 11, weekday: 4, n: 4 } },
  { names: ['early may bank holiday', 'may day bank holiday'], rule: { kind: 'nth', m: 5, weekday: 1, n: 1 } },
  { names: ['spring bank holiday'], rule: { kind: 'nth', m: 5, weekday: 1, n: -1 } },
  { names: ['august bank holiday', 'summer bank holiday', 'late summer bank holiday'], rule: { kind: 'nth', m: 8, weekday: 1, n: -1 } },
  { names: ['easter sunday', 'easter day'], rule: { kind: 'easter', offset: 0 } },
  { names: ['easter monday'], rule: { kind: 'easter', offset: 1 } },
  { names: ['good friday'], rule: { kind: 'easter', offset: -2 } },
  { names: ['maundy thursday', 'holy thursday'], rule: { kind: 'easter', offset: -3 } },
  { names: ['palm sunday'], rule: { kind: 'easter', offset: -7 } },
  { names: ['ash wednesday'], rule: { kind: 'easter', offset: -46 } },
  { names: ['shrove tuesday', 'pancake day', 'mardi gras'], rule: { kind: 'easter', offset: -47 } },
  { names: ['ascension day'], rule: { kind: 'easter', offset: 39 } },
  { names: ['whitsunday', 'whit sunday', 'pentecost', 'pentecost sunday'], rule: { kind: 'easter', offset: 49 } },
  { names: ['whit monday', 'whitmonday'], rule: { kind: 'easter', offset: 50 } },
];
