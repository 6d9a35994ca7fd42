/**
 * Optimal string alignment distance (restricted Damerau–Levenshtein): an adjacent transposition
 * counts as ONE edit, which is what lifts single-typo recall (screening.md). Stops early once the
 * distance must exceed `max`, returning max + 1.
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
  return prev[m];
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
