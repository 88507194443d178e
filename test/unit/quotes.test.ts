import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/entities/quotes.js';
import { normalise } from '../../src/text/normalise.js';
import { segment } from '../../src/text/segment.js';
import { makeDocumentText } from '../../src/text/document-text.js';
import type { Person } from '../../src/model/entities.js';

function quotes(input: string, people: Person[] = []) {
  const norm = normalise(input);
  const { lines, blocks } = segment(norm.text);
  const doc = makeDocumentText(norm, lines, blocks, { source: null, referenceDate: null, dateOrder: null, maxLength: 1e6 });
  return { doc, found: findQuotes(doc, people) };
}

const person = (name: string): Person => ({ name, mentions: [] });

describe('findQuotes', () => {
  test.for<[string, string, string | null]>([
    ['"We will not stop here," said Jane Doe.', 'We will not stop here', 'Jane Doe'], // verb then speaker after the quotation
    ['"We will not stop here," Jane Doe said.', 'We will not stop here', 'Jane Doe'], // speaker then verb after
    ['Jane Doe said: "We will not stop here."', 'We will not stop here.', 'Jane Doe'], // before, with a colon
    ['Jane Doe, director of Example Watch, said: "We will not stop here."', 'We will not stop here.', 'Jane Doe'], // an appositive is cut
    ['The group also said the ministry "has a long history of abuse".', 'has a long history of abuse', 'The group'], // a partial quotation, adverb dropped
    ['According to Example Watch, "the notice was withdrawn last week".', 'the notice was withdrawn last week', 'Example Watch'],
    ['A spokesperson for the Ministry said, "We do not comment on cases."', 'We do not comment on cases.', 'A spokesperson for the Ministry'], // an anonymous speaker
    ['Jane Doe said: "We will not stop here.\n\n"Nor will we rest," she added.', 'We will not stop here.', 'Jane Doe'], // a paragraph left open runs on into the next
    ['Jane Doe said: "We will not stop here.\n\n"Nor will we rest," she added.', 'Nor will we rest', 'Jane Doe'], // a pronoun is the speaker named last
    ["The rapporteur, John Roe said that 'nothing here connects him to any crime'.", 'nothing here connects him to any crime', 'John Roe'], // single marks
    ['"This is not over," Doe said.', 'This is not over', 'Jane Doe'], // a surname gets the known full name
    ['Doe made the following comment. "We will not stop here."', 'We will not stop here.', 'Jane Doe'], // announced in the sentence before
  ])('%s', ([input, text, speaker]) => {
    const { doc, found } = quotes(input, [person('Jane Doe')]);
    const q = found.find((x) => x.text === text);
    expect(q?.speaker ?? null).toBe(speaker);
    expect(doc.text.slice(q!.span.start, q!.span.end)).toBe(q!.text);
  });

  test('paragraphs of one statement keep their speaker', () => {
    const { found } = quotes('Jane Doe, chair of the board, said:\n\n"The first point stands."\n\n"The second point stands too."');
    expect(found.map((q) => q.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
  });
});

describe('findQuotes negatives', () => {
  test.for<[string]>([
    ['They call it a "terrorist" group.'], // scare quotes: too short to be a quotation
    ["The organisers' plans and the members' votes."], // plural possessives are not quotation marks
    ['No quotation here at all.'],
  ])('%s', ([input]) => {
    expect(quotes(input).found).toEqual([]);
  });
});

describe('findQuotes on hostile input', () => {
  // Each must return without throwing, and in time that grows with the input, not its square.
  test.for<[string, string]>([
    ['quote marks', '"a b c" said X. '.repeat(10_000)],
    ['apostrophes', "'a b c' ".repeat(20_000)],
    ['unclosed', `"${'word '.repeat(50_000)}`],
  ])('%s', ([, input]) => {
    const t = performance.now();
    expect(() => quotes(input)).not.toThrow();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
