import { describe, expect, test } from 'vitest';
import { scanContacts } from '../../src/entities/contacts.js';

// The address patterns are tried only where a match can start; these cases sit at the edges of those places.
describe('scanContacts where matches start', () => {
  test.for<[string, [string, string][]]>([
    ['x@y.org and mailto:a@b.net', [['email', 'x@y.org'], ['email', 'a@b.net']]],
    ['two.dots@sub.example.org.', [['email', 'two.dots@sub.example.org']]],
    ['a@b@c.org', [['email', 'b@c.org']]], // the run before an at sign stops at the one before it
    ['jane [at] example [dot] org, joe(at)example.org', [['email', 'jane@example.org'], ['email', 'joe@example.org']]],
    ['see example.org/a.b.c and visit ipac.global', [['url', 'example.org/a.b.c'], ['url', 'ipac.global']]],
    ['see a.b.c.example.org/x', [['url', 'a.b.c.example.org/x']]], // a host run with many dots starts once
    ['Follow @one and @two_x', [['url', '@one'], ['url', '@two_x']]],
  ])('%s', ([text, expected]) => {
    expect(scanContacts(text).map((c) => [c.type, c.value])).toEqual(expected);
  });

  test('each call returns fresh objects, though the last texts are remembered', () => {
    const text = 'Write to press@example.org';
    const first = scanContacts(text);
    first[0]!.span.start = 99;
    first.pop();
    expect(scanContacts(text)).toEqual([{ type: 'email', value: 'press@example.org', span: { start: 9, end: 26 }, text: 'press@example.org' }]);
  });
});
