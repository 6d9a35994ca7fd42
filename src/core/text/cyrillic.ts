/** Cyrillic → Latin (simplified BGN/PCGN-like), so ООО Арсенал and OOO Arsenal compare as one. */
const MAP: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ў: "u", ї: "yi", є: "ye", ґ: "g",
};
const CYR = /[\u0400-\u04ff]/;

/** Transliterates lower-case Cyrillic letters; everything else passes through. */
export function transliterateCyrillic(s: string): string {
  if (!CYR.test(s)) return s;
  let out = "";
  for (const ch of s) out += MAP[ch] ?? ch;
  return out;
}
