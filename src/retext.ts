/**
 * The unified plugin: `unified().use(retextEnglish).use(retextUndersigned)`.
 *
 * @module
 */
export {};
