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
    const kana = toKatakana(s).replace(/ー/g, "");
    r = (plainKanaRomaji(kana) ?? toRomaji(kana)).toLowerCase();
    if (romajiMemo.size >= ROMAJI_MEMO_MAX) romajiMemo.clear();
    romajiMemo.set(s, r);
  }
  return r;
}

/** A node of wanakana's kana → romaji tree: its romaji under "", longer kana sequences under their next character. */
type RomajiNode = { [ch: string]: RomajiNode } & { ""?: string };
let romajiTree: RomajiNode | undefined;
let romajiTreeAsked = false;
/** wanakana's own Hepburn tree, taken once through its customRomajiMapping hook (returned unchanged). */
function hepburnTree(): RomajiNode | undefined {
  if (!romajiTreeAsked) {
    romajiTreeAsked = true;
    toRomaji("ア", {
      customRomajiMapping: ((map: RomajiNode) => (romajiTree = map)) as unknown as Record<string, string>,
    });
  }
  return romajiTree;
}

/** Whether a tree node has no continuation (only its own value). */
function isLeaf(node: RomajiNode | undefined): boolean {
  if (node) for (const k in node) if (k !== "") return false;
  return true;
}

/**
 * wanakana's toRomaji for text of plain katakana letters (ァ..ヴ, no ヵ ヶ ー ・), without its per-call
 * cost (~9 µs a word: option merging, a per-character reduce, a copied tree node per character):
 * katakana shifted to hiragana as wanakana does, then the same longest-match walk of the same tree
 * (its applyMapping: a chunk's romaji is its deepest node's value, or the kana itself where the
 * tree has none). Other text → undefined (wanakana runs). Checked against wanakana on every
 * string of up to two such letters and on random longer ones (test/unit/core/text/kana.test.ts).
 */
export function plainKanaRomaji(kana: string): string | undefined {
  let hira = "";
  for (let i = 0; i < kana.length; i++) {
    const c = kana.charCodeAt(i);
    if (c >= 0x30a1 && c <= 0x30f4) hira += String.fromCharCode(c - 0x60);
    else if (c >= 0x3041 && c <= 0x3094) hira += kana[i];
    else return undefined;
  }
  const root = hepburnTree();
  if (!root || typeof root !== "object") return undefined; // a wanakana without the hook: it romanises itself
  let out = "";
  let i = 0;
  while (i < hira.length) {
    const first = hira[i];
    let node: RomajiNode | undefined = root[first];
    let value = node?.[""] ?? first;
    let j = i + 1;
    for (;;) {
      if (j === hira.length) {
        out += value;
        return out;
      }
      const next: RomajiNode | undefined = isLeaf(node) ? undefined : node![hira[j]];
      if (next === undefined) break;
      value = next[""] ?? value + hira[j];
      node = next;
      j++;
    }
    out += value;
    i = j;
  }
  return out;
}
