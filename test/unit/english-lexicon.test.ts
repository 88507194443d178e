import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isDemonym, isOrgWord, isPlacePhrase, wordKind } from '../../src/nlp/lexicon.js';

const root = join(import.meta.dirname, '..', '..');

describe("compromise's lexicon, compiled into the parser", () => {
  test('the compiled file matches the installed compromise', () => {
    // exits 1 (and the call throws) when src/lexicons/english-lexicon.generated.ts is stale
    execFileSync(process.execPath, [join(root, 'scripts', 'build-lexicon.mjs'), '--check'], { cwd: root });
  });

  test.for([
    // [word, kind, why]
    ['Marco', 'given', 'a given name'],
    ['Executive', 'common', 'an ordinary English word'],
    ['Italian', 'demonym', 'a demonym'],
    ['zzqxv', 'unknown', 'not in the lexicon'],
  ] as const)('%s is %s (%s)', ([word, kind]) => {
    expect(wordKind(word)).toBe(kind);
  });

  test('phrases and head words', () => {
    expect(isPlacePhrase('Hong Kong')).toBe(true);
    expect(isPlacePhrase('Executive Committee')).toBe(false);
    expect(isDemonym('Chinese')).toBe(true);
    expect(isOrgWord('Institute')).toBe(true);
    expect(isOrgWord('Marco')).toBe(false);
  });
});

describe('the core runs anywhere', () => {
  const files = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.startsWith('cli') && f !== 'node.ts');
  test.for(files)('%s imports no node: module and does not load compromise', (file) => {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/from ['"]compromise/);
  });
});
