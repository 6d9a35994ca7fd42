import { osaDistance, withinOneEdit } from "../../../../src/core/text";

/** The textbook OSA table, kept deliberately naive: what the fast forms must agree with. */
function referenceOsa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** Seeded pairs over a small alphabet (many repeats, so transpositions and ties are common). */
function pairs(count: number, alphabet: string, maxLen: number): [string, string][] {
  let s = 11;
  const r = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join("");
  const out: [string, string][] = [];
  for (let t = 0; t < count; t++) {
    const a = word(Math.floor(r() * (maxLen + 1)));
    let b = word(Math.floor(r() * (maxLen + 1)));
    if (t % 2) {
      // a near copy: one or two adjacent swaps and maybe one substitution
      const arr = [...a];
      for (let k = 0; k < 2; k++) {
        const i = Math.floor(r() * (arr.length - 1));
        if (i >= 0) [arr[i], arr[i + 1]] = [arr[i + 1], arr[i]];
      }
      if (arr.length && r() < 0.5) arr[Math.floor(r() * arr.length)] = alphabet[0];
      b = arr.join("");
    }
    out.push([a, b]);
  }
  return out;
}

describe("osaDistance (bit-parallel up to 32 letters, row table beyond)", () => {
  it("equals the textbook OSA table on 3,000 seeded pairs of 0..40 letters", () => {
    for (const [a, b] of pairs(3000, "ABCD", 40)) expect([a, b, osaDistance(a, b)]).toEqual([a, b, referenceOsa(a, b)]);
  });
  it("equals it at the 32/33-letter edge of the bit-parallel form and with letters beyond ASCII", () => {
    const p32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF";
    const cases: [string, string][] = [
      [p32, p32.slice(0, 31) + "X"],
      [p32, "BA" + p32.slice(2)],
      [p32 + "G", p32],
      [p32 + "GH", "X" + p32],
      ["ABCD", p32 + p32],
      ["şirket", "sirket"],
      ["ロステック", "ロステク"],
    ];
    for (const [a, b] of cases) {
      expect(osaDistance(a, b)).toBe(referenceOsa(a, b));
      expect(osaDistance(b, a)).toBe(referenceOsa(a, b));
    }
  });
  it("with a bound: exact up to it, bound + 1 beyond (never less than the bound when the distance exceeds it)", () => {
    for (const [a, b] of pairs(1500, "ABC", 40)) {
      const d = referenceOsa(a, b);
      for (const max of [0, 1, 2, 4]) expect(osaDistance(a, b, max)).toBe(d <= max ? d : max + 1);
    }
  });
  it("withinOneEdit agrees with distance ≤ 1", () => {
    for (const [a, b] of pairs(2000, "AB", 8)) expect(withinOneEdit(a, b)).toBe(referenceOsa(a, b) <= 1);
  });
});
