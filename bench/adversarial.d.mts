/** One adversarial input: see adversarial.mjs. */
export interface AdversarialInput {
  /** A short identifier. */
  readonly name: string;
  /** What the input is and why it is hard. */
  readonly why: string;
  /** What `size` counts: chars, words, lines or levels. */
  readonly unit: string;
  /** The full size, used by the benchmark. */
  readonly size: number;
  /** A smaller size that keeps the test suite fast. */
  readonly testSize: number;
  /** Builds the input at a size. */
  make(n: number): string;
}
export declare const ADVERSARIAL: readonly AdversarialInput[];
