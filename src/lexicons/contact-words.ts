/**
 * Words of press contacts: the top-level domains that make a bare
 * "name.tld" a web address (generic ones and every country code is
 * accepted: see `isTopLevelDomain`), the labels that announce a phone number
 * or a web address, and the platforms whose handles ("@name") are addresses.
 */

/** Generic top-level domains met in campaign documents (country codes are checked apart). */
export const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'int', 'mil', 'info', 'biz', 'global', 'io', 'eu', 'asia', 'africa', 'online', 'site', 'website',
  'ngo', 'ong', 'foundation', 'earth', 'world', 'news', 'media', 'press', 'app', 'dev', 'tech', 'digital', 'network', 'social', 'community',
  'international', 'law', 'legal', 'rights', 'democrat', 'vote', 'report', 'blog', 'today', 'live', 'tv', 'fm', 'me', 'ly', 'gle', 'page', 'xyz',
]);

/** Two-letter labels that end a domain: ISO 3166-1 country codes plus "uk". */
export const isTopLevelDomain = (tld: string, countryCodes: ReadonlySet<string>): boolean =>
  GENERIC_TLDS.has(tld) || (tld.length === 2 && (countryCodes.has(tld.toUpperCase()) || tld === 'uk'));

/** Words just before a bare domain that make it an address ("visit ipac.global", "see example.org"). */
export const URL_CUES: ReadonlySet<string> = new Set([
  'at', 'visit', 'see', 'website', 'web', 'site', 'online', 'via', 'on', 'from', 'url', 'www', 'go', 'to', 'or', 'and', 'page', 'read', 'here',
]);

/** Labels before a phone number ("Tel:", "M:", "call"). Lower case, without the colon. */
export const PHONE_CUES: ReadonlySet<string> = new Set([
  'phone', 'tel', 'telephone', 'ph', 'p', 'm', 'mob', 'mobile', 'cell', 'fax', 'facsimile', 'f', 't', 'call', 'on', 'contact', 'whatsapp', 'signal', 'hotline',
]);
