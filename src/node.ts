/**
 * Node-only helpers: files and a worker pool.
 *
 * @module
 */
export {};
