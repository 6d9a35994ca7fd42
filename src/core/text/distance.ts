/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein): an adjacent transposition
 * counts as ONE edit, which is what lifts single-typo recall (screening.md). A distance above
 * `max` is returned as max + 1 (the row form stops early once it must exceed it).
 */
// three reusable rows: distances run millions of times, and JS runs one at a time
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function osaDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  // one side fits a 32-bit word: the bit-parallel form, one pass over the other side
  const fast = n <= 32 ? bitParallelOsa(a, b) : m <= 32 ? bitParallelOsa(b, a) : -1;
  if (fast >= 0) return fast > max ? max + 1 : fast;
  return osaDistanceRows(a, b, max);
}

/** Per-letter position masks of the pattern (ASCII letters; cleared after each use). */
const peq = new Int32Array(128);

/**
 * OSA distance by Hyyrö's bit-parallel form of Myers' algorithm with transpositions (Hyyrö 2001,
 * "A bit-vector algorithm for computing Levenshtein and Damerau edit distances"): the pattern's
 * column of the DP table as two bit vectors, one step per text character — O(|text|) instead of
 * O(|pattern|·|text|). Pattern of 1..32 UTF-16 units below 128; −1 when another letter occurs
 * (the row form handles those).
 */
function bitParallelOsa(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return -1;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c >= 128) {
      for (let k = 0; k < i; k++) peq[pattern.charCodeAt(k)] = 0;
      return -1;
    }
    peq[c] |= 1 << i;
  }
  const top = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let pmPrev = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const pm = peq[text.charCodeAt(j)];
    const tr = (((~d0 & pm) << 1) & pmPrev);
    d0 = ((((pm & vp) + vp) | 0) ^ vp) | pm | vn | tr;
    const hp = vn | ~(d0 | vp);
    const hn = d0 & vp;
    if (hp & top) score++;
    else if (hn & top) score--;
    const x = (hp << 1) | 1;
    vn = x & d0;
    vp = (hn << 1) | ~(x | d0);
    pmPrev = pm;
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return score;
}

/** The row-by-row OSA table (any length, any letters), stopping once a row exceeds `max`. */
function osaDistanceRows(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (rows[0].length < m + 1) rows = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  let prev2 = rows[0];
  let prev = rows[1];
  let cur = rows[2];
  for (let j = 0; j <= m; j++) prev[j] = j;
  let ap = 0; // a's previous character (i − 2), read once per row
  for (let i = 1; i <= n; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    let bp = 0;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      // min(deletion, insertion, substitution) without Math.min's argument handling
      let v = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (ins < v) v = ins;
      const sub = prev[j - 1] + (ai === bj ? 0 : 1);
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ai === bp && ap === bj) {
        const tr = prev2[j - 2] + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
      bp = bj;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
    ap = ai;
  }
  return prev[m] > max ? max + 1 : prev[m];
}

/** 1 − distance / longer length, in 0..1. */
export function osaSimilarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - osaDistance(a, b) / len;
}

/**
 * Whether a and b are at most one OSA edit apart (substitution, insertion, deletion or adjacent
 * transposition) — the same answer as osaDistance(a, b, 1) <= 1, in one pass and without
 * allocating, because typo search runs it on every word of a bucket.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 1) return false;
  let i = 0;
  while (i < n && i < m && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n || i === m) return true; // equal, or one extra char at the end
  if (n === m)
    return restEqual(a, b, i + 1, i + 1) || (i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && restEqual(a, b, i + 2, i + 2));
  return n > m ? restEqual(a, b, i + 1, i) : restEqual(a, b, i, i + 1);
}

/** Whether a from `ai` and b from `bi` are the same text (a function, not a closure per call: typo search runs millions). */
function restEqual(a: string, b: string, ai: number, bi: number): boolean {
  const n = a.length;
  if (n - ai !== b.length - bi) return false;
  for (; ai < n; ai++, bi++) if (a.charCodeAt(ai) !== b.charCodeAt(bi)) return false;
  return true;
}
