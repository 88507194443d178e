/**
 * undersigned: reads campaign documents (press releases, open and joint
 * letters, NGO statements, news reports) and returns a typed model of them.
 *
 * @module
 */
export { parse, DEFAULT_MAX_LENGTH } from './parse.js';
export { parseMany, type BatchInput, type ParseManyOptions } from './batch.js';
export { ParseOptions } from './model/options.js';
export * from './model/index.js';
export { parseName, type NameParts } from './entities/names.js';
export { resolveCountry } from './entities/countries.js';
export { findDates, type FindDatesOptions } from './entities/dates.js';
