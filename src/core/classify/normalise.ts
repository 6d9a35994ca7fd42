/**
 * One normalisation pass per spec: NFKC (full-width digits and letters → ASCII, ℃ → °C,
 * µ → μ, ㎚ → nm), superscript exponents → "10^-4", and a lower-cased twin of the same length
 * so that keyword positions and unit positions line up.
 */
import { normaliseExponents } from "../units";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export interface NormalisedSpec {
  /** NFKC text, case kept (units are case-sensitive: mW vs MW). */
  text: string;
  /** Same length as `text`, lower-cased. */
  lower: string;
}

export function normaliseSpec(raw: string): NormalisedSpec {
  // NFKC changes nothing in printable ASCII: skip it there
  // exponents before NFKC: NFKC turns "10⁵" into "105" (a silent 非該当 on 10⁵ Ω·cm)
  let text = PRINTABLE_ASCII.test(raw) ? raw : normaliseExponents(raw.replace(/１０(?=[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺])/g, "10")).normalize("NFKC");
  // the dashes staff paste between numbers and the law's "―" in "Ｃ―ＮＯＴ"
  text = text.replace(/[‐‑‒―−]/g, (c) => (c === "−" ? "-" : "-")).replace(/[\t\r\n]+/g, " ");
  return { text, lower: lowerAscii(text) };
}

export function lowerAscii(s: string): string {
  // toLowerCase is fast; keep it when it kept every position (it does unless e.g. "İ" occurs)
  const l = s.toLowerCase();
  return l.length === s.length ? l : s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Normalise a rule keyword the same way as specs, so both sides compare alike. */
export function normaliseWord(w: string): string {
  return normaliseSpec(w).lower;
}

const ALNUM = /[a-z0-9]/;

/** ALNUM on a char code (no one-letter string per test in the scan loop). */
function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

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

/**
 * Many keywords found in one pass over a spec: keywords are bucketed by their first character
 * and checked only where that character occurs. Returns each hit's payload and position.
 */
export class WordIndex<T> {
  /** by the first two UTF-16 code units as one small integer; one-character words apart */
  private readonly pairs = new Map<number, { k: Word; payload: T }[]>();
  private readonly singles = new Map<number, { k: Word; payload: T }[]>();
  /** code units that start some word (1: only words that need a left word boundary, 2: others
   * too): every other position, and mid-word ASCII positions of 1, are skipped without hashing */
  private readonly starts = new Uint8Array(0x10000);

  add(k: Word, payload: T): void {
    if (!k.w) return;
    const c0 = k.w.charCodeAt(0);
    const map = k.w.length >= 2 ? this.pairs : this.singles;
    const key = k.w.length >= 2 ? c0 * 0x10000 + k.w.charCodeAt(1) : c0;
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push({ k, payload });
    list.sort((a, b) => b.k.w.length - a.k.w.length);
    this.starts[c0] = Math.max(this.starts[c0], k.left ? 1 : 2);
  }

  /** Calls `hit` for every keyword occurrence (word boundaries respected for ASCII words). */
  scan(hay: string, hit: (payload: T, at: number, len: number) => void): void {
    const n = hay.length;
    const starts = this.starts;
    const hasSingles = this.singles.size > 0;
    let prevAlnum = false;
    for (let i = 0; i < n; i++) {
      const c0 = hay.charCodeAt(i);
      const s = starts[c0];
      const midWord = prevAlnum;
      prevAlnum = isAlnum(c0);
      if (s === 0 || (s === 1 && midWord)) continue;
      if (i + 1 < n) {
        const pair = this.pairs.get(c0 * 0x10000 + hay.charCodeAt(i + 1));
        if (pair) this.check(hay, i, pair, hit);
      }
      if (hasSingles) {
        const single = this.singles.get(c0);
        if (single) this.check(hay, i, single, hit);
      }
    }
  }

  private check(hay: string, i: number, list: { k: Word; payload: T }[], hit: (payload: T, at: number, len: number) => void): void {
    for (const { k, payload } of list) {
      if (k.w.length > 2 && !hay.startsWith(k.w, i)) continue;
      if (k.left && i > 0 && isAlnum(hay.charCodeAt(i - 1))) continue;
      const end = i + k.w.length;
      if (k.right && end < hay.length && isAlnum(hay.charCodeAt(end))) continue;
      hit(payload, i, k.w.length);
    }
  }
}
