/**
 * Letters a scanner read for digits. In a run of two to four characters that
 * holds a digit, "l" and "I" stand for 1 and "O" and "o" for 0 ("l7
 * September l987", "(O3) 9654 22lO"). The repair keeps the text's length, so
 * every span found on the repaired text holds on the original.
 */

/** A run of digits and the letters a scanner confuses with them, standing alone. */
const OCR_DIGITS = /(?<![\p{L}\p{N}])[\dlIOo]{2,4}(?![\p{L}\p{N}])/gu;
const DIGIT = /\d/;
const LOOKALIKE = /[lIOo]/;

/** The text with lookalike letters read as digits inside runs that hold a digit. Same length. */
export function readOcrDigits(text: string): string {
  if (!LOOKALIKE.test(text)) return text;
  return text.replace(OCR_DIGITS, (run) => (DIGIT.test(run) && LOOKALIKE.test(run) ? run.replace(/[lI]/g, '1').replace(/[Oo]/g, '0') : run));
}
