/**
 * The context words that decide whether a country word in running text names
 * the country: place names that contain a country name but are not the
 * country, nouns that make a demonym designate the state, verbs that make a
 * capital stand for its government, and titles that make an ambiguous name a
 * person's.
 */

/** Places and phrases that contain a country word but do not name the country. */
export const COUNTRY_BLOCKERS: readonly string[] = [
  'New Jersey', 'New Mexico', 'Mexico City', 'New England', 'New South Wales', 'New Guinea', 'British Columbia',
  'Latin America', 'Latin American', 'South America', 'South American', 'North America', 'North American',
  'Central America', 'Central American', 'Indian Ocean', 'American Indian', 'Indian Country', 'West Indies', 'West Indian',
  'Washington Post', 'Washington State', 'Washington state', 'George Washington', 'Guinea pig', 'Turkish delight',
  'French fries', 'Dutch courage', 'Georgia State', 'Kuwait City', 'Panama City', 'Guatemala City', 'Jersey City',
  'Atlanta Georgia', 'Irish Sea', 'English Channel', 'South China Sea', 'East China Sea', 'Arabian Sea',
  'Persian Gulf', 'Arabian Gulf', 'Gulf of Mexico', 'Red Sea', 'China Sea', 'Sea of Japan', 'Korean Peninsula',
  'Sinai Peninsula', 'Horn of Africa', 'Middle East', 'Far East',
  'Mount Lebanon', 'Lake Victoria', 'Victoria Falls', 'Victoria State', 'Saint Helena Bay',
  'Jordan River', 'Rio Grande', 'Grand Turk', 'Jordan Valley', 'East Asian', 'Southeast Asian',
  'South Asian', 'New York', 'Old English', 'Middle English', 'Chinese New Year', 'Great Lakes',
  // A people, in most texts, more than the nationals of a state.
  'Palestinians',
  'Niger Delta', 'Niger River', 'Gulf of Guinea', 'Guinea worm', 'Turkey Creek', 'Jordan Peterson',
  'American Indians', 'Latin Americans', 'South Americans', 'North Americans', 'Central Americans', 'West Indians',
  'University of Georgia', 'Georgia Tech', 'Georgia State University', 'State of Georgia', 'Georgia Institute of Technology',
];

/**
 * Nouns after a demonym that make it a language, a cuisine or an ancestry
 * rather than the state ("English translation", "Chinese characters", "of
 * Chinese descent").
 */
export const NON_STATE_NOUNS: ReadonlySet<string> = new Set([
  'language', 'languages', 'translation', 'translations', 'translator', 'version', 'versions', 'text', 'texts', 'speaker', 'speakers', 'speaking',
  'food', 'foods', 'cuisine', 'restaurant', 'restaurants', 'dish', 'dishes', 'wine', 'wines', 'cheese', 'tea', 'coffee', 'breakfast',
  'characters', 'character', 'script', 'alphabet', 'literature', 'poetry', 'class', 'classes', 'course', 'courses', 'lessons', 'teacher', 'teachers',
  'subtitles', 'edition', 'word', 'words', 'name', 'names', 'accent', 'dialect', 'dialects', 'style', 'descent', 'origin', 'origins', 'heritage',
  'ancestry', 'ethnicity', 'ethnic', 'proverb', 'saying', 'idiom', 'grammar', 'spelling', 'pronunciation', 'shepherd', 'shepherds', 'breed',
]);

/**
 * Nouns after a demonym that make it designate the state: its government,
 * institutions, officials and nationals ("Chinese government", "Moroccan
 * authorities", "Italian Senate", "German Bundestag", "Chinese citizens").
 */
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'government', 'governments', 'govt', 'state', 'states', 'authorities', 'authority', 'regime', 'administration', 'officials', 'official',
  'ministry', 'ministries', 'minister', 'ministers', 'ministerial', 'embassy', 'embassies', 'consulate', 'consulates', 'consul', 'ambassador', 'ambassadors', 'diplomat', 'diplomats', 'diplomatic', 'mission', 'delegation',
  'parliament', 'parliamentary', 'parliamentarian', 'parliamentarians', 'senate', 'senator', 'senators', 'congress', 'congressional', 'assembly', 'bundestag', 'bundesrat', 'duma', 'knesset', 'diet', 'storting', 'riksdag', 'folketing', 'sejm', 'cortes', 'majlis', 'legislature', 'lawmakers', 'legislators', 'mp', 'mps', 'mep', 'meps', 'deputies', 'deputy',
  'president', 'presidency', 'prime', 'premier', 'chancellor', 'king', 'queen', 'monarchy', 'crown', 'foreign', 'interior', 'cabinet',
  'police', 'military', 'army', 'navy', 'forces', 'troops', 'intelligence', 'security', 'courts', 'court', 'judiciary', 'judicial', 'judges', 'prosecutor', 'prosecutors', 'prosecution',
  'law', 'laws', 'legislation', 'constitution', 'constitutional', 'citizen', 'citizens', 'citizenship', 'national', 'nationals', 'nationality', 'passport', 'passports', 'residents',
  'territory', 'soil', 'border', 'borders', 'jurisdiction', 'request', 'requests', 'extradition', 'counterparts', 'counterpart', 'side', 'leadership', 'leaders', 'leader', 'party', 'communist',
  'agencies', 'agency', 'department', 'departments', 'bureau', 'office', 'commission', 'council', 'republic', 'kingdom', 'federation', 'union', 'economy', 'market', 'people', 'public',
  'company', 'companies', 'firm', 'firms', 'universities', 'university', 'media', 'press', 'television', 'newspaper', 'newspapers',
]);

/** Verbs and words after a capital that make it stand for the government ("Beijing said", "Moscow denies"). */
export const CAPITAL_ACTS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does',
  'denied', 'denies', 'deny', 'claimed', 'claims', 'insisted', 'insists', 'accused', 'accuses', 'rejected', 'rejects', 'responded', 'responds',
  'demanded', 'demands', 'requested', 'requests', 'sought', 'seeks', 'uses', 'used', 'issued', 'issues', 'wants', 'wanted', 'pressured', 'pressures',
  'condemned', 'condemns', 'warned', 'warns', 'announced', 'announces', 'declared', 'declares', 'continues', 'continued', 'refused', 'refuses',
  'abuses', 'abused', 'targets', 'targeted', 'persecutes', 'persecuted', 'sanctioned', 'sanctions', 'protested', 'protests',
]);

/** Titles that make the next word a person's name ("Mr Jordan", "Dr Chad"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'senator', 'sen', 'rep', 'hon', 'rev', 'father', 'sister', 'brother', 'judge', 'justice',
]);
