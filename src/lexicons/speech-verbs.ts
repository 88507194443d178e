/**
 * Verbs and phrases of reported speech that attribute a direct quotation to
 * its speaker ('"…," said X', 'X added: "…"'), in their common tenses, and
 * the words that may stand between a speaker and the verb.
 */

export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'added', 'adds', 'stated', 'states', 'told', 'tells', 'explained', 'explains', 'noted', 'notes',
  'argued', 'argues', 'warned', 'warns', 'urged', 'urges', 'declared', 'declares', 'commented', 'comments', 'remarked', 'remarks',
  'continued', 'continues', 'concluded', 'concludes', 'insisted', 'insists', 'wrote', 'writes', 'asked', 'asks', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'claimed', 'claims', 'observed', 'observes', 'announced', 'announces',
  'replied', 'replies', 'responded', 'responds', 'tweeted', 'tweets', 'posted', 'posts', 'testified', 'testifies', 'pointed', 'affirmed',
  'confirmed', 'confirms', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'recalled', 'recalls', 'demanded', 'demands', 'called',
]);

/** Adverbs that may sit between the speaker and the verb ("IPAC also said"). */
export const SPEECH_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'further', 'then', 'later', 'previously', 'recently', 'once', 'publicly', 'separately', 'repeatedly', 'earlier', 'today', 'yesterday', 'has', 'have', 'had',
]);

/** Nouns that name an anonymous speaker ("a spokesperson for the ministry said"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'spokespersons', 'official', 'officials', 'statement', 'representative', 'source', 'sources',
  'minister', 'ministry', 'embassy', 'government', 'police', 'lawyer', 'lawyers', 'attorney', 'counsel', 'family', 'wife', 'husband', 'son', 'daughter',
]);

/** Pronouns that point back to the last named speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'He', 'She', 'They']);
