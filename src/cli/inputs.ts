/**
 * The inputs of a run: files, folders walked recursively, and globs, streamed
 * one at a time in a stable order so that a corpus of any size costs the same
 * memory. What cannot be listed becomes an entry with an error, so that it is
 * reported in the output rather than lost.
 */
import { lstat, opendir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileError, type FileError } from './read.js';

/** One input: a file to read, or a path that failed before it could be read. */
export type InputEntry = { path: string; source: string } | { source: string; error: FileError };

export interface ExpandOptions {
  /** Extensions (without the dot) that a folder walk keeps; files named explicitly are always read. */
  extensions: readonly string[];
  /** Folder names never entered. */
  skip?: readonly string[];
}

/** Folders a walk never enters: installed packages and version-control data. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.hg', '.svn'];

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands the inputs in order. A folder is walked depth first with its entries
 * sorted by name; a symbolic link to a folder is followed once (a link loop is
 * detected by device and inode); a glob is expanded with tinyglobby and sorted.
 * A path that does not exist becomes an error entry.
 */
export async function* expandInputs(inputs: readonly string[], options: ExpandOptions): AsyncGenerator<InputEntry> {
  const extensions = new Set(options.extensions.map((e) => e.replace(/^\./, '').toLowerCase()));
  const skip = new Set(options.skip ?? SKIPPED_FOLDERS);
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      if (GLOB_CHARS.test(input)) {
        yield* expandGlob(input, skip);
        continue;
      }
      yield { source: input, error: fileError(input, error) };
      continue;
    }
    if (info.isDirectory()) yield* walk(input, extensions, skip, new Set([`${info.dev}:${info.ino}`]));
    else yield { path: input, source: input };
  }
}

async function* expandGlob(pattern: string, skip: Set<string>): AsyncGenerator<InputEntry> {
  const { glob } = await import('tinyglobby');
  const ignore = [...skip].map((name) => `**/${name}/**`);
  const found = await glob(pattern, { ignore, onlyFiles: true, dot: false, followSymbolicLinks: true, absolute: isAbsolute(pattern) });
  found.sort();
  if (found.length === 0) yield { source: pattern, error: { code: 'file.no-match', message: `no file matches ${pattern}` } };
  for (const path of found) yield { path, source: path };
}

async function* walk(dir: string, extensions: Set<string>, skip: Set<string>, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: { name: string; kind: 'dir' | 'file' | 'link' | 'other' }[];
  try {
    names = [];
    const handle = await opendir(dir);
    for await (const entry of handle) {
      names.push({
        name: entry.name,
        kind: entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : entry.isSymbolicLink() ? 'link' : 'other',
      });
    }
  } catch (error) {
    yield { source: dir, error: fileError(dir, error) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, kind } of names) {
    const path = join(dir, name);
    if (kind === 'dir') {
      if (skip.has(name)) continue;
      let info;
      try {
        info = await lstat(path);
      } catch (error) {
        yield { source: path, error: fileError(path, error) };
        continue;
      }
      const key = `${info.dev}:${info.ino}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield* walk(path, extensions, skip, seen);
    } else if (kind === 'link') {
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        // A dangling link that looks like a document is reported; others are not ours.
        if (hasExtension(name, extensions)) yield { source: path, error: fileError(path, error) };
        continue;
      }
      if (info.isDirectory()) {
        if (skip.has(name)) continue;
        const key = `${info.dev}:${info.ino}`;
        if (seen.has(key)) continue;
        seen.add(key);
        yield* walk(path, extensions, skip, seen);
      } else if (hasExtension(name, extensions)) yield { path, source: path };
    } else if (kind === 'file' && hasExtension(name, extensions)) {
      yield { path, source: path };
    }
  }
}

function hasExtension(name: string, extensions: Set<string>): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.has(name.slice(dot + 1).toLowerCase());
}
