/**
 * Post-nominals: letters written after a personal name ("MP", "MEP", "QC",
 * "PhD", "OBE", "Jr"), in the form the model records. A membership of a
 * legislature also says which legislature and which country: MEP → European
 * Parliament → EU, MdB → Bundestag → DE, TD → Dáil Éireann → IE.
 */

/** A post-nominal that means membership of a legislature. */
export interface LegislaturePostNominal {
  /** As the model records it. */
  readonly form: string;
  readonly legislature: string;
  /** ISO 3166-1 alpha-2 code, or "EU". */
  readonly country: string;
  /** English short name of the country. */
  readonly countryName: string;
}

/** Memberships of a legislature. "MP" alone names no country: many parliaments use it. */
export const LEGISLATURE_POST_NOMINALS: readonly LegislaturePostNominal[] = [
  { form: 'MEP', legislature: 'European Parliament', country: 'EU', countryName: 'European Union' },
  { form: 'MdEP', legislature: 'European Parliament', country: 'EU', countryName: 'European Union' },
  { form: 'MdB', legislature: 'Bundestag', country: 'DE', countryName: 'Germany' },
  { form: 'MdL', legislature: 'Landtag', country: 'DE', countryName: 'Germany' },
  { form: 'MdA', legislature: 'Abgeordnetenhaus', country: 'DE', countryName: 'Germany' },
  { form: 'MdNR', legislature: 'Nationalrat', country: 'AT', countryName: 'Austria' },
  { form: 'TD', legislature: 'Dáil Éireann', country: 'IE', countryName: 'Ireland' },
  { form: 'MSP', legislature: 'Scottish Parliament', country: 'GB', countryName: 'United Kingdom' },
  { form: 'MS', legislature: 'Senedd Cymru', country: 'GB', countryName: 'United Kingdom' },
  { form: 'AM', legislature: 'National Assembly for Wales', country: 'GB', countryName: 'United Kingdom' },
  { form: 'MLA', legislature: 'Legislative Assembly', country: '', countryName: '' },
  { form: 'MHK', legislature: 'House of Keys', country: 'IM', countryName: 'Isle of Man' },
  { form: 'MPP', legislature: 'Legislative Assembly of Ontario', country: 'CA', countryName: 'Canada' },
  { form: 'MNA', legislature: 'National Assembly', country: '', countryName: '' },
  { form: 'MHA', legislature: 'House of Assembly', country: '', countryName: '' },
  { form: 'MP', legislature: 'Parliament', country: '', countryName: '' },
  { form: 'MK', legislature: 'Knesset', country: 'IL', countryName: 'Israel' },
  { form: 'MLC', legislature: 'Legislative Council', country: '', countryName: '' },
];

/** Other post-nominals: honours, degrees, professional and generational suffixes. */
export const OTHER_POST_NOMINALS: readonly string[] = [
  // generational
  'Jr', 'Jnr', 'Sr', 'Snr', 'II', 'III', 'IV', 'V',
  // legal rank
  'QC', 'KC', 'SC', 'SAN', 'Esq', 'JP', 'DL', 'PC',
  // honours
  'KG', 'KT', 'GCB', 'KCB', 'CB', 'OM', 'GCMG', 'KCMG', 'CMG', 'GCVO', 'KCVO', 'CVO', 'LVO', 'MVO', 'GBE', 'KBE', 'DBE', 'CBE', 'OBE', 'MBE', 'BEM',
  'CH', 'FRS', 'FBA', 'FRSE', 'FRSA', 'FMedSci', 'FREng', 'AC', 'AO', 'AM', 'OAM', 'CC', 'OC', 'CM', 'ONZM', 'MNZM', 'KNZM', 'DNZM', 'CNZM',
  // degrees
  'PhD', 'Ph.D', 'DPhil', 'MD', 'DDS', 'DMD', 'JD', 'LLM', 'LLB', 'LLD', 'MBA', 'MPA', 'MPH', 'MSc', 'MA', 'BA', 'BSc', 'MSW', 'EdD', 'DSc', 'DLitt', 'MPhil', 'RN', 'CPA', 'PE',
];

const LEGISLATURES = new Map(LEGISLATURE_POST_NOMINALS.map((p) => [p.form.toLowerCase(), p]));
const CANON = new Map<string, string>();
for (const p of LEGISLATURE_POST_NOMINALS) CANON.set(keyOf(p.form), p.form);
for (const p of OTHER_POST_NOMINALS) if (!CANON.has(keyOf(p))) CANON.set(keyOf(p), p.replace(/\./gu, ''));

/** Every post-nominal, as the model records it. */
export const POST_NOMINALS: readonly string[] = [...new Set(CANON.values())];

/**
 * Short forms that are also ordinary words or initials: read as post-nominals
 * only when written in capitals or with full stops after a name ("AM", "MA",
 * "PC", "V", "MS", "CC"). Mixed-case forms such as "MdB" must match exactly.
 */
const CASE_SENSITIVE = new Set(['am', 'ma', 'pc', 'v', 'ms', 'cc', 'ac', 'ao', 'cm', 'oc', 'ch', 'pe', 'ba', 'md', 'jd', 'mp', 'td', 'sc', 'dl', 'jp', 'ii', 'iv', 'mk', 'om', 'cb', 'kg', 'kt', 'rn']);

function keyOf(s: string): string {
  return s.toLowerCase().replace(/\./gu, '').trim();
}

/**
 * The canonical post-nominal a token stands for ("M.P." → "MP", "Ph.D." →
 * "PhD", "jr." → "Jr"), or null. Two-letter forms that are also words must
 * be in capitals.
 */
export function canonicalPostNominal(token: string): string | null {
  let cut = token.length;
  while (cut > 0 && (token[cut - 1] === '.' || token[cut - 1] === ',' || token[cut - 1] === ';')) cut--;
  const bare = token.slice(0, cut);
  const key = keyOf(bare);
  const canon = CANON.get(key);
  if (!canon) return null;
  if (CASE_SENSITIVE.has(key) && bare.replace(/\./gu, '') !== canon) return null;
  // MdB, MdEP, MdL: exact spelling, so that "MDB" (a bank) is not a member of the Bundestag
  if (/^Md/u.test(canon) && bare.replace(/\./gu, '') !== canon) return null;
  return canon;
}

/** True when `token` is a post-nominal. */
export function isPostNominal(token: string): boolean {
  return canonicalPostNominal(token) !== null;
}

/** The legislature a post-nominal implies, or null ("MEP" → European Parliament, EU). */
export function legislatureOf(postNominal: string): LegislaturePostNominal | null {
  const canon = canonicalPostNominal(postNominal);
  return canon ? (LEGISLATURES.get(canon.toLowerCase()) ?? null) : null;
}

/**
 * The country a post-nominal implies ("MEP" → EU, "MdB" → DE, "TD" → IE),
 * or null when it names none ("MP", "PhD").
 */
export function countryOfPostNominal(postNominal: string): { code: string; name: string } | null {
  const l = legislatureOf(postNominal);
  return l && l.country ? { code: l.country, name: l.countryName } : null;
}

/**
 * Splits trailing post-nominals off a name: "Jane Doe MP" → name "Jane Doe",
 * postNominals ["MP"]; "John Smith, Jr., PhD" → "John Smith", ["Jr", "PhD"].
 * Returns the length of the name part within `text` so spans can follow.
 */
export function splitPostNominals(text: string): { name: string; nameEnd: number; postNominals: string[] } {
  const found: string[] = [];
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  for (;;) {
    let s = end;
    while (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== ',') s--;
    if (s === 0) break;
    const canon = canonicalPostNominal(text.slice(s, end));
    if (!canon) break;
    found.unshift(canon);
    end = s;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  }
  return { name: text.slice(0, end), nameEnd: end, postNominals: found };
}
