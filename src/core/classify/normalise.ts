/**
 * One normalisation pass per spec: NFKC (full-width digits and letters → ASCII, ℃ → °C,
 * µ → μ, ㎚ → nm), superscript exponents → "10^-4", and a lower-cased twin of the same length
 * so that keyword positions and unit positions line up.
 */
import { normaliseExponents } from "../units";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const DASH_OR_BREAK = /[‐‑‒―−\t\r\n]/;

export interface NormalisedSpec {
  /** NFKC text, case kept (units are case-sensitive: mW vs MW). */
  text: string;
  /** Same length as `text`, lower-cased. */
  lower: string;
}

export function normaliseSpec(raw: string): NormalisedSpec {
  // NFKC changes nothing in printable ASCII: skip it there
  // exponents before NFKC: NFKC turns "10⁵" into "105" (a silent 非該当 on 10⁵ Ω·cm)
  // (printable ASCII has neither the dashes nor tabs and newlines replaced below)
  if (PRINTABLE_ASCII.test(raw)) return { text: raw, lower: lowerAscii(raw) };
  let text = normaliseExponents(raw.indexOf("１０") >= 0 ? raw.replace(/１０(?=[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺])/g, "10") : raw).normalize("NFKC");
  // the dashes staff paste between numbers and the law's "―" in "Ｃ―ＮＯＴ"
  // (most specs have none: one test instead of two replacing passes)
  if (DASH_OR_BREAK.test(text)) text = text.replace(/[‐‑‒―−]/g, (c) => (c === "−" ? "-" : "-")).replace(/[\t\r\n]+/g, " ");
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
    const okL = !k.left || at === 0 || !isAlnum(hay.charCodeAt(at - 1));
    const end = at + k.w.length;
    const okR = !k.right || end >= hay.length || !isAlnum(hay.charCodeAt(end));
    if (okL && okR) return at;
    at = hay.indexOf(k.w, at + 1);
  }
  return -1;
}

export function hasWord(hay: string, k: Word): boolean {
  return findWord(hay, k) >= 0;
}

/**
 * Many keywords found in one pass over a spec: a trie of the keywords, walked from each position
 * where some keyword starts. Its edges (node, code unit) → node live in one open-addressing hash
 * table of typed arrays, so a step of the walk is a few array reads. Hits at one position come
 * longest first, equal lengths in the order added. Returns each hit's payload and position.
 */
export class WordIndex<T> {
  /** per node (0 = the root): the entries ending there, in the order added */
  private readonly out: ({ k: Word; payload: T }[] | undefined)[] = [undefined];
  // edge table: slot → from node + 1 (0 = empty), code unit, to node
  private edgeFrom = new Int32Array(1024);
  private edgeChar = new Uint16Array(1024);
  private edgeTo = new Int32Array(1024);
  private edges = 0;
  /** code units that start some word (1: only words that need a left word boundary, 2: others
   * too): every other position, and mid-word ASCII positions of 1, are skipped at once */
  private readonly starts = new Uint8Array(0x10000);
  /** one-character keywords, by code unit; and the first two code units of longer ones, hashed:
   * a position neither starts is skipped before any walk */
  private readonly single = new Uint8Array(0x10000);
  private readonly pairBits = new Uint8Array(0x10000);
  /** scratch: the keyword-ending nodes on the path walked from one position */
  private ends: Int32Array = new Int32Array(16);

  add(k: Word, payload: T): void {
    if (!k.w) return;
    let node = 0;
    for (let j = 0; j < k.w.length; j++) {
      const c = k.w.charCodeAt(j);
      let to = this.child(node, c);
      if (to < 0) {
        to = this.out.length;
        this.out.push(undefined);
        this.link(node, c, to);
      }
      node = to;
    }
    (this.out[node] ??= []).push({ k, payload });
    const c0 = k.w.charCodeAt(0);
    this.starts[c0] = Math.max(this.starts[c0], k.left ? 1 : 2);
    if (k.w.length === 1) this.single[c0] = 1;
    else this.pairBits[pairSlot(c0, k.w.charCodeAt(1))] = 1;
  }

  private child(node: number, c: number): number {
    const mask = this.edgeFrom.length - 1;
    for (let h = slot(node, c, mask); ; h = (h + 1) & mask) {
      const f = this.edgeFrom[h];
      if (f === 0) return -1;
      if (f === node + 1 && this.edgeChar[h] === c) return this.edgeTo[h];
    }
  }

  private link(node: number, c: number, to: number): void {
    if ((this.edges + 1) * 2 > this.edgeFrom.length) this.grow();
    const mask = this.edgeFrom.length - 1;
    let h = slot(node, c, mask);
    while (this.edgeFrom[h] !== 0) h = (h + 1) & mask;
    this.edgeFrom[h] = node + 1;
    this.edgeChar[h] = c;
    this.edgeTo[h] = to;
    this.edges++;
  }

  private grow(): void {
    const [from, ch, to] = [this.edgeFrom, this.edgeChar, this.edgeTo];
    this.edgeFrom = new Int32Array(from.length * 2);
    this.edgeChar = new Uint16Array(from.length * 2);
    this.edgeTo = new Int32Array(from.length * 2);
    this.edges = 0;
    for (let h = 0; h < from.length; h++) if (from[h] !== 0) this.link(from[h] - 1, ch[h], to[h]);
  }

  /** Calls `hit` for every keyword occurrence (word boundaries respected for ASCII words). */
  scan(hay: string, hit: (payload: T, at: number, len: number) => void): void {
    const n = hay.length;
    const starts = this.starts;
    const out = this.out;
    const from = this.edgeFrom;
    const chars = this.edgeChar;
    const tos = this.edgeTo;
    const mask = from.length - 1;
    const single = this.single;
    const pairBits = this.pairBits;
    let prevAlnum = false;
    for (let i = 0; i < n; i++) {
      const c0 = hay.charCodeAt(i);
      const s = starts[c0];
      const midWord = prevAlnum;
      prevAlnum = isAlnum(c0);
      if (s === 0 || (s === 1 && midWord)) continue;
      if (single[c0] === 0 && (i + 1 >= n || pairBits[pairSlot(c0, hay.charCodeAt(i + 1))] === 0)) continue;
      // walk from the root; the deepest node that ends keywords is remembered by depth
      // (the nodes on the path that end keywords are kept in a reused stack: longest comes last)
      let node = 0;
      let nEnds = 0;
      const ends = this.ends;
      for (let j = i; j < n; j++) {
        const c = hay.charCodeAt(j);
        let h = slot(node, c, mask);
        let f = from[h];
        while (f !== 0 && !(f === node + 1 && chars[h] === c)) {
          h = (h + 1) & mask;
          f = from[h];
        }
        if (f === 0) break;
        node = tos[h];
        if (out[node] !== undefined) {
          if (nEnds === ends.length) this.ends = growInt32(ends);
          this.ends[nEnds++] = node;
        }
      }
      if (nEnds === 0) continue;
      const leftOk = !midWord;
      const endNodes = this.ends;
      // longest first
      for (let e = nEnds - 1; e >= 0; e--) {
        const o = out[endNodes[e]]!;
        for (let q = 0; q < o.length; q++) {
          const k = o[q].k;
          if (k.left && !leftOk) continue;
          const end = i + k.w.length;
          if (k.right && end < n && isAlnum(hay.charCodeAt(end))) continue;
          hit(o[q].payload, i, k.w.length);
        }
      }
    }
  }
}

function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function slot(node: number, c: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & mask;
}

/**
 * Which two-character sequences a text contains, hashed into a table stamped per text (no
 * clearing): a word whose first two characters never occur cannot occur, and its indexOf is
 * skipped. False positives only cost the search; a word is never skipped when present.
 */
export class PairFilter {
  private readonly stamp = new Uint32Array(1 << 16);
  private gen = 0;

  /** Take `hay` as the text asked about (until the next load). */
  load(hay: string): void {
    if (++this.gen === 0xffffffff) {
      this.stamp.fill(0);
      this.gen = 1;
    }
    const g = this.gen;
    const stamp = this.stamp;
    for (let i = 0; i + 1 < hay.length; i++) stamp[pairSlot(hay.charCodeAt(i), hay.charCodeAt(i + 1))] = g;
  }

  /** False only when `w` (two or more characters) cannot occur in the loaded text. */
  mayContain(w: string): boolean {
    return w.length < 2 || this.stamp[pairSlot(w.charCodeAt(0), w.charCodeAt(1))] === this.gen;
  }

  /** `mayContain` for a word's precomputed `slotOf` (−1: shorter than two characters). */
  mayContainSlot(slot: number): boolean {
    return slot < 0 || this.stamp[slot] === this.gen;
  }

  /** The table slot of a word's first two characters, or −1. */
  static slotOf(w: string): number {
    return w.length < 2 ? -1 : pairSlot(w.charCodeAt(0), w.charCodeAt(1));
  }
}

function pairSlot(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ c1) & 0xffff;
}
