// Adversarial inputs: the shapes of text that make NLP tools hang, blow up
// their memory or backtrack (see issue "Robustness"). One table, used twice:
// test/robustness.test.ts parses each at a small size and checks the output is
// valid; bench/run.mjs times each at its full size and at a quarter of it, and
// checks the cost grows linearly (four times the input, at most six times the
// time). All text here is written for this table: fictional names, invented
// sentences.

/** Words for generated text (capitalised, for names and titled runs). */
const CAPS = ['Alder', 'Birch', 'Cedar', 'Dahlia', 'Elm', 'Fern', 'Grove', 'Hazel', 'Iris', 'Juniper', 'Kestrel', 'Linden', 'Maple', 'Nettle', 'Oak', 'Poplar'];
const LOWER = ['the', 'committee', 'wrote', 'to', 'ministers', 'about', 'a', 'notice', 'and', 'asked', 'for', 'its', 'review', 'without', 'delay', 'again'];
const ORGS = ['Harbour Trust', 'Coastal Rights Watch', 'Northern Press Union', 'Valley Legal Aid', 'Open Archive Society'];
const PLACES = ['Australia', 'Canada', 'Germany', 'Morocco', 'Japan', 'European Parliament', 'United Kingdom'];

/** Mixed scripts: Chinese, Arabic, Uyghur (Arabic script), Cyrillic, with Latin between. */
const MIXED = [
  '我们呼吁立即释放被拘留的记者。',
  'نطالب بالإفراج عن جميع المدافعين عن حقوق الإنسان.',
  'بىز ھەممە كىشىلىك ھوقۇق قوغدىغۇچىلارنى قويۇپ بېرىشنى تەلەپ قىلىمىز.',
  'Мы призываем освободить всех задержанных журналистов.',
  'Signed: Dr Alder Fern (Kazakhstan), 王小明, Иван Петров.',
];

/** Repeats `unit` (a function of the index, or a string) until `size` characters, cut at `size`. */
function fill(size, unit) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const piece = typeof unit === 'string' ? unit : unit(i);
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, size);
}

/** `count` words joined by spaces, from `list`. */
function words(count, list) {
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = list[(i * 7 + (i >> 4)) % list.length];
  return out.join(' ');
}

/**
 * The table. `size` is the full size in the unit of `make` (characters, words,
 * lines or levels); `testSize` keeps the test suite fast.
 * @type {{ name: string, why: string, unit: string, size: number, testSize: number, make: (n: number) => string }[]}
 */
export const ADVERSARIAL = [
  {
    name: 'one-char',
    why: '10 MB of one character: one line, one block, one word',
    unit: 'chars',
    size: 10_000_000,
    testSize: 200_000,
    make: (n) => 'a'.repeat(n),
  },
  {
    name: 'no-whitespace',
    why: '1 MB without a space or line break: names, brackets and commas glued together',
    unit: 'chars',
    size: 1_000_000,
    testSize: 100_000,
    make: (n) => fill(n, (i) => `${CAPS[i % 16]}${CAPS[(i * 5) % 16]}(${PLACES[i % 7].replace(/ /g, '')}),Dr.`),
  },
  {
    name: 'capitalised-words',
    why: '100,000 capitalised words in a row: one endless name',
    unit: 'words',
    size: 100_000,
    testSize: 10_000,
    make: (n) => words(n, CAPS),
  },
  {
    name: 'open-brackets',
    why: '100,000 opening brackets',
    unit: 'chars',
    size: 100_000,
    testSize: 20_000,
    make: (n) => '('.repeat(n),
  },
  {
    name: 'dots',
    why: '". " repeated to 200 KB: compromise runs out of memory on it',
    unit: 'chars',
    size: 200_000,
    testSize: 40_000,
    make: (n) => '. '.repeat(Math.ceil(n / 2)).slice(0, n),
  },
  {
    name: 'nul',
    why: '1 MB of NUL characters',
    unit: 'chars',
    size: 1_000_000,
    testSize: 100_000,
    make: (n) => '\u0000'.repeat(n),
  },
  {
    name: 'long-sentence',
    why: 'one unpunctuated sentence of 16,000 words: compromise is quadratic in sentence length',
    unit: 'words',
    size: 16_000,
    testSize: 4_000,
    make: (n) => words(n, LOWER),
  },
  {
    name: 'signatory-list',
    why: 'a 50,000-line signatory list under a letter',
    unit: 'lines',
    size: 50_000,
    testSize: 2_000,
    make: (n) => {
      const lines = ['Dear Ministers,', '', 'We write to ask for the review of a notice.', '', 'Sincerely,', ''];
      for (let i = 0; i < n; i++) {
        const given = CAPS[i % 16];
        const family = CAPS[(i * 7 + (i >> 4)) % 16];
        lines.push(i % 3 === 0 ? `Dr ${given} ${family} MP (${PLACES[i % 7]})` : i % 3 === 1 ? `${given} ${family}, Director, ${ORGS[i % 5]}` : `${given} ${family}-${CAPS[(i >> 3) % 16].toLowerCase()}, ${PLACES[(i >> 2) % 7]}`);
      }
      return lines.join('\n');
    },
  },
  {
    name: 'nested-brackets',
    why: '5,000 levels of nested brackets around a name',
    unit: 'levels',
    size: 5_000,
    testSize: 5_000,
    make: (n) => `${'('.repeat(n)}Senator Alder Fern (Canada)${')'.repeat(n)}`,
  },
  {
    name: 'lone-surrogates',
    why: '100,000 lone surrogates (broken UTF-16)',
    unit: 'chars',
    size: 100_000,
    testSize: 20_000,
    make: (n) => '\udc00'.repeat(n >> 1) + '\ud800'.repeat(n - (n >> 1)),
  },
  {
    name: 'mixed-scripts',
    why: 'Chinese, Arabic, Uyghur in Arabic script and Cyrillic, 1 MB, in lines',
    unit: 'chars',
    size: 1_000_000,
    testSize: 100_000,
    make: (n) => fill(n, (i) => `${MIXED[i % MIXED.length]}${i % 3 === 2 ? '\n\n' : i % 2 ? '\n' : ' '}`),
  },
];
