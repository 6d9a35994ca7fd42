/**
 * Matching keys: a part number is written "ABC-123", "ＡＢＣ－１２３", "abc 123" across sheets and
 * 判定書; NFKC folds width, case is folded, and spaces and dash-like marks are dropped so these meet.
 * Spec text (the fallback key) keeps its words: only width, case and runs of spaces are folded.
 */
export function normalisePart(s: string | undefined | null): string {
  return String(s ?? "")
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−ー_]+/g, "");
}

export function normaliseSpec(s: string | undefined | null): string {
  return String(s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
