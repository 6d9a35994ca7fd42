/**
 * One normalisation pass per spec: NFKC (full-width digits and letters → ASCII, ℃ → °C,
 * µ → μ, ㎚ → nm), superscript exponents → "10^-4", and a lower-cased twin of the same length
 * (ASCII letters only) so that keyword positions and unit positions line up.
 */
import { normaliseExponents } from "../units";

export interface NormalisedSpec {
  /** NFKC text, case kept (units are case-sensitive: mW vs MW). */
  text: string;
  /** Same length as `text`, ASCII A–Z lower-cased. */
  lower: string;
}

export function normaliseSpec(raw: string): NormalisedSpec {
  let text = raw.normalize("NFKC");
  text = normaliseExponents(text);
  // the dashes staff paste between numbers and the law's "―" in "Ｃ―ＮＯＴ"
  text = text.replace(/[‐‑‒―−]/g, (c) => (c === "−" ? "-" : "-")).replace(/[\t\r\n]+/g, " ");
  return { text, lower: lowerAscii(text) };
}

export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Normalise a rule keyword the same way as specs, so both sides compare alike. */
export function normaliseWord(w: string): string {
  return normaliseSpec(w).lower;
}

const ALNUM = /[a-z0-9]/;

/** A keyword prepared for search: ASCII words match only at word boundaries ("sem" ≠ "semiconductor"). */
export interface Word {
  w: string;
  left: boolean;
  right: boolean;
}

export function word(raw: string): Word {
  const w = normaliseWord(raw);
  return { w, left: ALNUM.test(w[0] ?? ""), right: ALNUM.test(w[w.length - 1] ?? "") };
}

/** Index of `k` in `hay` from `from` respecting ASCII word boundaries, or -1. */
export function findWord(hay: string, k: Word, from = 0): number {
  let at = hay.indexOf(k.w, from);
  while (at >= 0) {
    const okL = !k.left || at === 0 || !ALNUM.test(hay[at - 1]);
    const end = at + k.w.length;
    const okR = !k.right || end >= hay.length || !ALNUM.test(hay[end]);
    if (okL && okR) return at;
    at = hay.indexOf(k.w, at + 1);
  }
  return -1;
}

export function hasWord(hay: string, k: Word): boolean {
  return findWord(hay, k) >= 0;
}
