/**
 * Katakana variants folded to one compare form, and romanisation (wanakana) so that katakana
 * queries can meet Latin list names through `phoneticKey`.
 *
 * Folds: hiragana → katakana; small kana → full size (キャノン = キヤノン); ヴァ/ヴィ/ヴェ/ヴォ → バ/ビ/ベ/ボ and ヴ → ブ, ヰ/ヱ/ヲ → イ/エ/オ,
 * ヂ/ヅ → ジ/ズ; the long-vowel mark ー and the middle dot ・ are dropped (コンピューター = コンピュータ).
 */
import { toRomaji } from "wanakana";

const SMALL: Record<string, string> = {
  ァ: "ア", ィ: "イ", ゥ: "ウ", ェ: "エ", ォ: "オ", ッ: "ツ", ャ: "ヤ", ュ: "ユ", ョ: "ヨ", ヮ: "ワ", ヵ: "カ", ヶ: "ケ",
  ヴ: "ブ", ヰ: "イ", ヱ: "エ", ヲ: "オ", ヂ: "ジ", ヅ: "ズ",
};
const VU: Record<string, string> = { ァ: "バ", ィ: "ビ", ェ: "ベ", ォ: "ボ" };
const LONG_OR_DOT = /[ー‐－―─・]/g;

export const KANA_CHAR = /[\p{Script=Katakana}\p{Script=Hiragana}ー]/u;

/** Hiragana → katakana (same offsets in Unicode). */
const HIRAGANA = /[\u3041-\u3096]/;
export function toKatakana(s: string): string {
  if (!HIRAGANA.test(s)) return s; // most runs are katakana or kanji: no per-character callback
  return s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** The compare form of katakana text: variants folded, ー and ・ dropped. */
export function foldKana(s: string): string {
  return toKatakana(s)
    .replace(LONG_OR_DOT, "")
    .replace(/ヴ([ァィェォ])/g, (_, v: string) => VU[v])
    .replace(/[ァィゥェォッャュョヮヵヶヴヰヱヲヂヅ]/g, (c) => SMALL[c] ?? c);
}

/** Romaji by katakana word: the same words (トレーディング, インターナショナル …) recur from cell to cell,
 *  and wanakana is the costliest step of a katakana query. Bounded: cleared when full. */
const romajiMemo = new Map<string, string>();
const ROMAJI_MEMO_MAX = 4096;

/** Empties the romaji memo (the benchmark measures distinct names with nothing remembered). */
export function clearRomajiMemo(): void {
  romajiMemo.clear();
}

/** Hepburn-ish romaji of katakana text as written (before folding: ッ and small kana matter here). */
export function romanize(s: string): string {
  let r = romajiMemo.get(s);
  if (r === undefined) {
    r = toRomaji(toKatakana(s).replace(/ー/g, "")).toLowerCase();
    if (romajiMemo.size >= ROMAJI_MEMO_MAX) romajiMemo.clear();
    romajiMemo.set(s, r);
  }
  return r;
}
