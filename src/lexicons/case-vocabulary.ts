/**
 * The vocabulary of cited cases: the instruments a state uses to pursue a
 * person abroad (Interpol notices, diffusions, extradition requests), the
 * verbs and nouns of what happens to the person (arrest, detention, charge,
 * sentence, extradition, deportation, release), what happens to a notice
 * (deleted, withdrawn, cancelled), and the words that make a mention
 * hypothetical ("could face extradition") or say a case is still running
 * ("remains valid", "continues to be detained").
 *
 * Each list is data: lower-case words or short phrases, compiled into
 * case-insensitive, word-bounded patterns once by `src/cases/triggers.ts`.
 */

/** Colours of Interpol notices: any of them makes the mechanism `red-notice`. */
export const NOTICE_COLOURS: readonly string[] = ['red', 'blue', 'yellow', 'green', 'black', 'orange', 'purple', 'silver'];

/** Words that, right after "Red Notice", make it the system and not one person's notice. */
export const NOTICE_GENERIC_NEXT: readonly string[] = [
  'system', 'systems', 'mechanism', 'process', 'regime', 'requests', 'database', 'databases', 'framework',
  'rules', 'policy', 'policies', 'channel', 'channels', 'abuse', 'abuses', 'reform', 'reforms', 'review',
];

/** Instruments read as an extradition request (mechanism `extradition-request`). */
export const EXTRADITION_REQUEST_PHRASES: readonly string[] = [
  'extradition request', 'extradition requests', 'extradition proceedings', 'extradition case', 'extradition hearing',
  'extradition warrant', 'extradition order', 'extradition process', 'request for extradition', 'request for his extradition',
  'request for her extradition', 'request for their extradition', 'requested his extradition', 'requested her extradition',
  'requested their extradition', 'requested the extradition', 'sought his extradition', 'sought her extradition',
  'sought the extradition', 'seeks his extradition', 'seeks her extradition', 'seeking his extradition', 'seeking her extradition',
  'request for the extradition', 'requests for the extradition', 'extradition bid', 'extradition demand', 'extradition application',
  'sought his return', 'sought her return', 'sought their return', 'seeking his return', 'seeking her return', 'requested his return',
  'requested her return', 'demanded his return', 'demanded her return',
];

/** Words before an extradition that say it was refused: the request existed, the prospect is over. */
export const REFUSAL_WORDS: readonly string[] = [
  'refused', 'refuses', 'refuse', 'rejected', 'rejects', 'reject', 'declined', 'declines', 'denied', 'denies', 'blocked', 'blocks',
  'halted', 'halts', 'dismissed', 'dismisses', 'turned down', 'overturned',
];

/** Words of extradition as an event or a prospect. */
export const EXTRADITION_WORDS: readonly string[] = ['extradition', 'extradited', 'extradite', 'extradites', 'extraditing'];

/** Pursuit without an instrument named: mechanism `arrest` with a pursuing state ("wanted by the Chinese government"). */
export const WANTED_PHRASES: readonly string[] = [
  'wanted by', 'sought by', 'wanted in', 'pursued by', 'hunted by', 'international wanted list', 'federal wanted list', 'national wanted list',
  'wanted list', 'most wanted list',
];

/** Other names of an Interpol notice (mechanism `red-notice`). */
export const NOTICE_PHRASES: readonly string[] = ["interpol's wanted list", 'interpol wanted list', 'interpol alert', 'international wanted persons alert', 'wanted persons alert'];

/** An arrest warrant: mechanism `arrest`. */
export const WARRANT_PHRASES: readonly string[] = ['arrest warrant', 'warrant for his arrest', 'warrant for her arrest', 'warrant for their arrest', 'warrant for the arrest'];

/** Event words, by event type. Noun forms count only when tied to a person ("his arrest", "the arrest of X"). */
export const EVENT_WORDS: Readonly<Record<'arrested' | 'detained' | 'charged' | 'sentenced' | 'deported' | 'released' | 'disappeared', readonly string[]>> = {
  arrested: ['arrested', 'arrest', 'arrests', 're-arrested', 'rearrested', 'apprehended', 'apprehension'],
  detained: [
    'picked up by', 'picked up at', 'picked up in', 'detained', 'detention', 'detaining', 'house arrest', 'under arrest', 'taken into custody', 'in custody', 'imprisoned', 'imprisonment', 'jailed',
    'incarcerated', 'incarceration', 'held incommunicado', 'held without', 'held in', 'held at', 'held by', 'held for',
    'being held', 'been held', 'was held', 'were held', 'is held', 'are held', 'remains held', 'remain held', 'in prison', 'in jail',
    // taken away or stopped by the authorities: a detention
    'taken from his home', 'taken from her home', 'taken from their home', 'taken from his house', 'taken from her house',
    'taken from his office', 'taken from her office', 'stopped at', 'stopped by police', 'stopped by border',
    // a court's order to hold the person ("ordered that she be held", "ordered him held"): a detention that goes on; triggers.ts keeps "be held" only after such an order
    'be held', 'ordered her held', 'ordered him held', 'ordered them held',
  ],
  charged: ['charged', 'indicted', 'accused of', 'charges against', 'prosecuted', 'indictment of', 'faces charges', 'facing charges', 'on charges of'],
  sentenced: ['sentenced', 'convicted', 'conviction'],
  deported: ['deported', 'deportation', 'deport', 'expelled', 'forcibly returned', 'refouled', 'refoulement'],
  released: ['released', 'release', 'freed', 'frees', 'freeing'],
  disappeared: ['disappeared', 'abducted', 'abduction', 'enforced disappearance', 'kidnapped'],
};

/** Noun forms among the event words: a person must be tied to them by "of", a possessive or a subject. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'arrest', 'arrests', 'apprehension', 'detention', 'imprisonment', 'incarceration', 'conviction', 'deportation',
  'release', 'abduction', 'enforced disappearance', 'refoulement', 'indictment of', 'charges against',
]);

/** Words after "held in" that make it a figure of speech or an event held somewhere, not a detention ("held in high regard"). */
export const HELD_IN_NOT_DETAINED: readonly string[] = ['high', 'great', 'low', 'regard', 'esteem', 'contempt', 'reserve', 'trust', 'check', 'place', 'common', 'mind', 'abeyance', 'suspense', 'person', 'public', 'private', 'camera', 'session', 'parallel', 'conjunction', 'partnership', 'cooperation', 'collaboration', 'honour', 'honor', 'memory'];

/** Words right before "release" that make it a publication, not a person freed ("press release"). */
export const RELEASE_NOT_AFTER: readonly string[] = [
  'press', 'news', 'media', 'immediate', 'public', 'joint', 'official', 'film', 'album', 'book', 'report', 'data', 'product',
  'software', 'version', 'general', 'earlier', 'wide', 'commercial', 'theatrical', 'digital', 'its', 'their', 'our',
];

/** What follows "released from" when nobody was held ("released from hospital", "released from his contract"). */
export const RELEASED_FROM_NOT: readonly string[] = ['hospital', 'care', 'contract', 'duty', 'duties', 'obligations', 'quarantine', 'isolation', 'office', 'team', 'club', 'label'];

/** Words around "conviction" that make it a belief, not a judgment ("a deep conviction that"). */
export const CONVICTION_AS_BELIEF_BEFORE: readonly string[] = ['strong', 'deep', 'deeply', 'firm', 'personal', 'moral', 'shared', 'common', 'our', 'my', 'your', 'sincere', 'heartfelt', 'political', 'religious'];

/** What follows "charged with" when it gives a task, not an offence ("charged with leading the review"). */
export const CHARGED_WITH_TASK: readonly string[] = [
  'task', 'tasks', 'responsibility', 'responsibilities', 'duty', 'mission', 'mandate', 'leading', 'overseeing', 'managing',
  'coordinating', 'developing', 'implementing', 'organising', 'organizing', 'ensuring', 'drafting', 'preparing', 'reviewing',
  'running', 'delivering', 'monitoring', 'investigating', 'examining', 'assessing', 'evaluating', 'supervising',
];

/** What follows "expelled from" when it is a membership, not a country ("expelled from the party"). */
export const EXPELLED_FROM_BODY: readonly string[] = [
  'party', 'university', 'school', 'college', 'union', 'association', 'organisation', 'organization', 'committee', 'parliament',
  'congress', 'club', 'team', 'league', 'church', 'group', 'movement', 'bar', 'guild', 'chamber', 'assembly', 'faculty', 'class',
];

/** Words that say a notice is no longer in force. */
export const DELETION_WORDS: readonly string[] = [
  'since-deleted', 'now-deleted', 'since deleted', 'now deleted', 'later deleted', 'since-cancelled', 'now-cancelled',
  'since-withdrawn', 'now-withdrawn', 'since-revoked', 'now-revoked',
  'deleted', 'deletion', 'cancelled', 'canceled', 'cancellation', 'withdrawn', 'withdrew', 'lifted', 'revoked', 'rescinded', 'removed', 'quashed', 'delete', 'cancel', 'withdraw', 'revoke', 'deletes', 'cancels', 'withdraws', 'revokes',
];

/** Words in the few words before a trigger that make it a prospect, a fear or a call, not a fact. */
export const HYPOTHETICAL_WORDS: readonly string[] = [
  'could', 'would', 'might', 'may', 'will', 'shall', 'must', 'should', 'can', 'cannot', "won't", "wouldn't",
  'likely', 'likelihood', 'unlikely', 'risk', 'risks', 'risking', 'face', 'faces', 'facing', 'fear', 'fears', 'feared',
  'threat', 'threatened', 'danger', 'prevent', 'preventing', 'avoid', 'potential', 'possible', 'possibly', 'imminent',
  'urge', 'urges', 'urged', 'call', 'calls', 'called', 'calling', 'seek', 'seeks', 'seeking', 'demand', 'demands', 'demanded',
  'ask', 'asks', 'asked', 'appeal', 'appeals', 'secure', 'ensure', 'fight', 'fights', 'fighting', 'fought', 'resist', 'resisting',
  'oppose', 'opposes', 'opposing', 'challenge', 'challenging', 'if', 'unless', 'whether', 'pending', 'possibility', 'prospect',
  'targeted', 'order', 'ordered', 'want', 'wants', 'wanted', 'intend', 'intends', 'plan', 'plans', 'planned', 'attempt', 'attempts',
];

/**
 * Verbs that ask for something: "We ask that he be released", "asked Spain for the arrest and extradition of X",
 * "asked the UAE to extradite him". What they govern is a request, not an event.
 */
export const REQUEST_VERBS: readonly string[] = [
  'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded', 'demanding',
  'request', 'requests', 'requested', 'requesting', 'insist', 'insists', 'insisted', 'recommend', 'recommends',
  'propose', 'proposes', 'require', 'requires', 'petitioned', 'pressed', 'applied', 'call', 'calls', 'called', 'appeal', 'appealed',
];

/** Nouns of a request that govern what follows "for": "the prosecutor's request for his arrest", "a motion for his detention". */
export const REQUEST_NOUNS: readonly string[] = ['request', 'requests', 'application', 'motion', 'petition', 'demand', 'demands', 'bid', 'appeal', 'call', 'calls', 'order'];

/** Words before a trigger that make a release real although it is a noun ("ordered the release of X"). */
export const RELEASE_DONE_BEFORE: readonly string[] = [
  'after', 'following', 'since', 'upon', 'until', 'on', 'ordered', 'orders', 'announced', 'announces', 'welcomed', 'welcomes',
  'celebrated', 'celebrates', 'confirmed', 'confirms', 'granted', 'grants', 'won', 'obtained', 'approved', 'approves', 'secured',
];

/** Words in the few words before a trigger that keep it a fact although a hypothetical word precedes ("continue to be detained"). */
export const ONGOING_WORDS: readonly string[] = [
  'remain', 'remains', 'remained', 'continue', 'continues', 'continued', 'still', 'currently', 'now', 'ongoing', 'serving',
  'being held', 'sits', 'languishes', 'languishing',
];

/** Words that say a notice or pursuit is still in force. */
export const IN_FORCE_PHRASES: readonly string[] = ['remains valid', 'remains in force', 'remains in place', 'still valid', 'still in force', 'still active', 'remains active'];

/** Nouns that make a country the agent of an arrest or detention ("Thai authorities", "by the Nigerian military"). */
export const AGENT_NOUNS: readonly string[] = [
  'authorities', 'authority', 'police', 'government', 'military', 'army', 'officials', 'officers', 'forces', 'security',
  'court', 'courts', 'judge', 'judges', 'prosecutor', 'prosecutors', 'immigration', 'intelligence', 'state', 'regime',
  'ministry', 'border', 'customs', 'service', 'services', 'gendarmerie', 'navy', 'guards', 'agents', 'junta', 'troops',
];

/** Words that tie a country to a person rather than to an event ("a Bahrain-born man", "a Swedish national"). */
export const COUNTRY_OF_PERSON_NEXT: readonly string[] = ['-born', ' national', ' citizen', ' citizens', ' nationals', ' passport', ' resident', ' residents', ' native'];
export const COUNTRY_OF_PERSON_BEFORE: readonly string[] = ['residing in', 'living in', 'based in', 'resident in', 'resident of', 'citizen of', 'national of', 'native of', 'born in', 'fled', 'from', 'moved to', 'to'];

/** Words that end the clause a trigger sits in: what follows them speaks of something else. */
export const CLAUSE_BREAKS: readonly string[] = [
  'following', 'after', 'before', 'because', 'since', 'while', 'when', 'where', 'who', 'whom', 'which', 'but', 'although',
  'though', 'whereas', 'on the basis of', 'based on', 'pursuant to', 'stems from', 'due to',
];

/** Words a case subject may stand behind before its verb ("Dolkun Isa, himself subject to", "Hasan, who was"). */
export const SUBJECT_GAP_WORDS: readonly string[] = [
  'who', 'whom', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'being', 'be', 'remains', 'remained', 'remain',
  'continues', 'continue', 'continued', 'to', 'still', 'also', 'later', 'then', 'subsequently', 'reportedly', 'allegedly',
  'initially', 'recently', 'currently', 'originally', 'now', 'first', 'again', 'himself', 'herself', 'themselves', 'both', 'all',
  'of', 'subject', 'the', 'a', 'an', 'in', 'under', 'interpol', 'international', 'once', 'twice', 'briefly', 'wrongfully',
  'arbitrarily', 'unlawfully', 'illegally', 'formally', 'finally', 'eventually', 'ultimately', 'since', 'et', 'al',
  // a stay in detention: "who had spent six weeks in custody"
  'spent', 'spending', 'hours', 'days', 'weeks', 'months', 'years', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'several', 'many', 'few',
];

/** Words that never sit between a subject and its verb: speech, a new clause, another party. */
export const SUBJECT_GAP_STOPS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'adds', 'warned', 'warns', 'noted', 'notes', 'wrote',
  'writes', 'argued', 'argues', 'claimed', 'claims', 'and', 'or', 'but', 'with', 'that', 'than', 'because', 'while', 'when',
  'whose', 'by', 'for', 'from', 'against', 'on', 'at', 'coincides', 'coincided', 'met', 'meets', 'visited', 'visits',
  'signed', 'signs', 'called', 'calls', 'urged', 'urges', 'asked', 'asks', 'thanked', 'welcomed', 'praised', 'condemned',
  // another subject
  'he', 'she', 'they', 'we', 'i', 'it', 'you',
];

/** Plural words that point back to a group of people just named. */
export const GROUP_PRONOUNS: readonly string[] = [
  'they', 'them', 'these individuals', 'these people', 'these men', 'these women', 'these citizens', 'these activists',
  'these journalists', 'the group', 'this group', 'both', 'all of them', 'both of them', 'the two', 'the three', 'the four', 'the five',
];

/**
 * Capitalised words of institutions, laws and places that, in the prose of
 * cases, stand next to names without being part of one ("Human Rights Watch
 * staff", "the Penal Code", "Evin Prison"): a guessed name holding one is no name.
 */
export const NOT_NAME_WORDS: readonly string[] = [
  'Human', 'Rights', 'Freedom', 'Freedoms', 'Democracy', 'Democratic', 'Justice', 'Peace', 'Liberty', 'Amnesty', 'Defenders', 'Reporters',
  'Borders', 'Press', 'Media', 'News', 'Interpol', 'INTERPOL', 'Europol', 'Red', 'Notice', 'Notices', 'Diffusion', 'Security', 'State',
  'States', 'National', 'Federal', 'Republic', 'Kingdom', 'United', 'Nations', 'European', 'Supreme', 'Constitutional', 'Revolutionary',
  'Prison', 'Airport', 'Police', 'Court', 'Law', 'Act', 'Code', 'Penal', 'Criminal', 'Civil', 'Public', 'Prosecutor', 'Prosecution',
  'General', 'Office', 'Ministry', 'Interior', 'Foreign', 'Affairs', 'Home', 'Immigration', 'Border', 'Service', 'Guard', 'Guards',
  'Army', 'Military', 'Intelligence', 'Agency', 'Department', 'Embassy', 'Consulate', 'Commission', 'Committee', 'Council', 'Control',
  'Files', 'Special', 'Rapporteur', 'Working', 'Group', 'Arbitrary', 'Detention', 'Uyghur', 'Uyghurs', 'Tibetan', 'Kurdish', 'Rohingya',
  'Muslim', 'Christian', 'Jewish', 'Shia', 'Sunni', 'Islamic', 'Party', 'Communist', 'Government', 'Administration', 'Parliament',
];

/**
 * Nouns that describe a person in the prose of cases ("a Uyghur student was
 * deported", "the journalist remains in detention"): a trigger whose subject
 * is such a description, with nobody named, is about the person the text
 * names next (after "a") or last (after "the").
 */
export const PERSON_NOUNS: readonly string[] = [
  'student', 'activist', 'journalist', 'dissident', 'blogger', 'lawyer', 'man', 'woman', 'national', 'citizen', 'refugee',
  'asylum seeker', 'musician', 'singer', 'writer', 'poet', 'academic', 'scholar', 'researcher', 'defender', 'politician',
  'businessman', 'businesswoman', 'imam', 'teacher', 'doctor', 'physician', 'artist', 'satirist', 'cartoonist', 'critic',
  'opponent', 'reporter', 'editor', 'publisher', 'filmmaker', 'footballer', 'athlete', 'player', 'father', 'mother', 'son',
  'daughter', 'husband', 'wife', 'brother', 'sister', 'resident', 'exile', 'historian', 'engineer', 'worker', 'leader',
];

/**
 * Nouns of places where people are held or pass through, after a name that is
 * then a place, not a person ("the Padinska Skela detention unit", "Port
 * Hedland detention centre", "Mageragere Prison").
 */
export const FACILITY_NOUNS: readonly string[] = [
  'prison', 'prisons', 'jail', 'gaol', 'detention', 'unit', 'centre', 'center', 'camp', 'colony', 'facility', 'penitentiary',
  'airport', 'station', 'border', 'checkpoint', 'court', 'courthouse', 'police', 'precinct', 'hospital', 'compound', 'base',
  'barracks', 'island', 'port', 'harbour', 'harbor', 'district', 'province', 'region', 'city', 'town', 'village', 'street', 'square',
];

/**
 * Nouns of outlets and pages before or beside a name that is then the
 * outlet's, not a person's ("the outlet Nasha Dumka", "the Facebook page Dan
 * Oan", "Dan Oan, a Facebook page").
 */
export const MEDIA_NOUNS: readonly string[] = [
  'outlet', 'outlets', 'newspaper', 'paper', 'daily', 'weekly', 'magazine', 'journal', 'website', 'site', 'portal', 'page', 'channel',
  'account', 'blog', 'podcast', 'broadcaster', 'radio', 'television', 'tv', 'agency', 'publication', 'group', 'movement', 'party',
];

/**
 * Head nouns of laws and legal texts: a name right before one is the law's, not
 * a person's ("charged under the Computer Misuse Act", "the Public Order Law").
 */
export const LAW_NOUNS: readonly string[] = ['act', 'law', 'laws', 'code', 'decree', 'ordinance', 'bill', 'statute', 'regulation', 'regulations', 'amendment', 'proclamation'];

/** Labels that open a photo credit or caption line: what follows names who took the picture, not whom a case is about. */
export const CREDIT_LABELS: readonly string[] = ['photo', 'photos', 'photograph', 'photo credit', 'picture', 'image', 'credit', 'credits', 'pictured', 'caption', 'illustration', 'video'];
