/**
 * Reading a document from a file: the bytes decoded whatever their encoding,
 * and every way a read can fail turned into a stable error code.
 *
 * Node-only (the command line, its workers and `undersigned/node`).
 */
import { closeSync, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import type { Diagnostic } from '../model/entities.js';

/** Why a file could not be read. `code` is stable; `message` is for people. */
export interface FileError {
  code: string;
  message: string;
}

/** What `readDocument` returns: the decoded text, or why there is none. */
export type ReadResult = { ok: true; text: string; diagnostics: Diagnostic[] } | { ok: false; error: FileError };

/** The error record a failed input becomes in the output. */
export interface ErrorRecord {
  source: string;
  error: FileError;
}

/** How many leading bytes are looked at to tell text from binary. */
const SNIFF_BYTES = 8192;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Windows-1252 code points of the bytes 0x80–0x9F (the rest is Latin-1). Node's
 * own 'windows-1252' TextDecoder reads these bytes as C1 controls, so the
 * table is applied here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes (a superset of Latin-1's printable characters). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - offset);
    for (let i = 0; i < n; i++) {
      const b = bytes[offset + i]!;
      codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, n)));
  }
  return parts.join('');
}

/**
 * Decodes the bytes of a text file. UTF-8 (with or without a byte-order mark)
 * as it is; UTF-16 by its byte-order mark, or without one when every other
 * byte is NUL; otherwise, when the bytes are not valid UTF-8, Windows-1252
 * (a superset of Latin-1 for printable text). Returns null for binary data.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; diagnostics: Diagnostic[] } | null {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const bom = utf16.bom ? ' (byte-order mark)' : ' (no byte-order mark; guessed from its NUL bytes)';
    return {
      text: new TextDecoder(utf16.label, { ignoreBOM: false }).decode(bytes),
      diagnostics: [{ code: 'input.encoding', message: `the file was decoded as ${utf16.label.toUpperCase()}${bom}` }],
    };
  }
  if (looksBinary(bytes)) return null;
  try {
    return { text: utf8Fatal.decode(bytes), diagnostics: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      diagnostics: [{ code: 'input.encoding', message: 'the file is not valid UTF-8; it was decoded as Windows-1252 (Latin-1)' }],
    };
  }
}

function utf16Encoding(bytes: Uint8Array): { label: 'utf-16le' | 'utf-16be'; bom: boolean } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', bom: true };
  // Without a byte-order mark: text in the Latin range, in UTF-16, has a NUL in
  // every other byte and printable characters in the others.
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 16) return null;
  const pairs = n / 2;
  let evenNul = 0;
  let oddNul = 0;
  let evenText = 0;
  let oddText = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) evenNul++;
    else if (isTextByte(even)) evenText++;
    if (odd === 0) oddNul++;
    else if (isTextByte(odd)) oddText++;
  }
  if (evenNul === 0 && oddNul >= pairs * 0.7 && evenText >= pairs * 0.9) return { label: 'utf-16le', bom: false };
  if (oddNul === 0 && evenNul >= pairs * 0.7 && oddText >= pairs * 0.9) return { label: 'utf-16be', bom: false };
  return null;
}

function isTextByte(b: number): boolean {
  return b >= 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Binary: a NUL byte, or many control bytes other than whitespace, near the start. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * Reads and decodes one file. Never throws: a missing, unreadable, binary or
 * oversized file, a directory or a dangling link comes back as an error.
 * `maxBytes` bounds what is read (a larger file is refused, not truncated).
 */
export function readDocument(path: string, maxBytes = 80_000_000): ReadResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return fail(stat.isDirectory() ? 'file.is-directory' : 'file.not-a-file', stat.isDirectory() ? 'it is a directory' : 'it is not a regular file');
    }
    if (stat.size > maxBytes) return fail('file.too-large', `it has ${stat.size} bytes, more than the ${maxBytes} this run reads`);
    const bytes = readAll(fd, stat.size, maxBytes);
    if (bytes === null) return fail('file.too-large', `it grew past the ${maxBytes} bytes this run reads`);
    const decoded = decodeBytes(bytes);
    if (decoded === null) return fail('file.binary', 'it looks like binary data, not text');
    if (bytes.length === 0) decoded.diagnostics.push({ code: 'input.empty', message: 'the file is empty' });
    return { ok: true, text: decoded.text, diagnostics: decoded.diagnostics };
  } catch (error) {
    return { ok: false, error: fileError(path, error) };
  } finally {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // already closed or gone: nothing to release
      }
    }
  }
}

function readAll(fd: number, size: number, maxBytes: number): Uint8Array | null {
  // Read to the end rather than trusting the size: the file may change under us.
  let buffer = Buffer.allocUnsafe(Math.max(size, 4096));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (buffer.length >= maxBytes) return null;
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  return buffer.subarray(0, length);
}

function fail(code: string, message: string): ReadResult {
  return { ok: false, error: { code, message } };
}

const ERRNO_CODES: Record<string, string> = {
  ENOENT: 'file.not-found',
  ENOTDIR: 'file.not-found',
  EACCES: 'file.permission-denied',
  EPERM: 'file.permission-denied',
  EISDIR: 'file.is-directory',
  ELOOP: 'file.link-loop',
  EMFILE: 'file.too-many-open',
  ENFILE: 'file.too-many-open',
  EIO: 'file.io-error',
};

/** The stable code and a message for an error thrown by a file-system call. */
export function fileError(path: string, error: unknown): FileError {
  const errno = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  let code = ERRNO_CODES[errno] ?? 'file.read-error';
  let reason = error instanceof Error ? error.message : String(error);
  if (errno === 'ENOENT' && isSymlink(path)) {
    code = 'file.dangling-link';
    reason = 'it is a symbolic link to a file that does not exist';
  }
  return { code, message: reason };
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
