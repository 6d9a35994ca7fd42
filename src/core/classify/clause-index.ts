/**
 * Recognition by the law's own words: every goods clause of 第1条〜第14条 contributes the item
 * names at the head of its text ("量子計算機又はその電子組立品若しくは部分品であって…" →
 * 量子計算機). A spec naming one of them is at least 要確認 with that clause — never a silent
 * 非該当. Terms are bucketed by their first two characters so a lookup is one pass over the spec.
 */
import type { ControlNode, ControlTree } from "../data/schemas";
import { normaliseWord } from "./normalise";

export interface ClauseHit {
  term: string;
  node: ControlNode;
  /** Position of the term in the (lower-cased) spec. */
  at: number;
}

/** Words too generic to name an item on their own. */
const GENERIC = new Set([
  "部分品",
  "附属品",
  "附属装置",
  "装置",
  "電子組立品",
  "もの",
  "材料",
  "物質",
  "製品",
  "設備",
  "機器",
  "試験装置",
  "製造用の装置",
  "測定装置",
  "制御装置",
  "部品",
  "プログラム",
  "技術",
  "削除",
]);

const SPLIT = /又はその|若しくはその|又は|若しくは|及び|並びに|、|これらの|その他の/;

function stripParens(text: string): string {
  let t = text;
  for (let k = 0; k < 4 && /（[^（）]*）/.test(t); k++) t = t.replace(/（[^（）]*）/g, "");
  return t;
}

/** Item names at the head of a clause text. */
export function headTerms(text: string): string[] {
  let t = text;
  // drop parentheticals, innermost first
  for (let k = 0; k < 4 && /（[^（）]*）/.test(t); k++) t = t.replace(/（[^（）]*）/g, "");
  const cut = t.search(/であって|であるもの|のうち|であり|に該当する|に用いられる|に使用する|用に設計|で、|をいう|とする/);
  if (cut >= 0) t = t.slice(0, cut);
  if (t.length > 60) return [];
  const parts = t.split(SPLIT);
  // "半導体素子、集積回路若しくは半導体物質の製造用の装置": the item is the equipment, the
  // coordinated nouns before it only say what it is for — keep the noun after the last の
  const last = parts[parts.length - 1];
  if (/用の|のための|を製造するための|に用いる/.test(last)) {
    const head = last.slice(last.lastIndexOf("の") + 1);
    return head.length >= 3 && !GENERIC.has(head) ? [normaliseWord(head)] : [];
  }
  const out: string[] = [];
  for (let part of parts) {
    part = part.replace(/^(その|これら|次に掲げる|次のいずれかに該当する)/, "").replace(/(のもの|もの)$/, "").trim();
    if (part.length < 3 || part.length > 24 || GENERIC.has(part)) continue;
    if (/[〇一二三四五六七八九][、・〇一二三四五六七八九]*(ミリ|ナノ|メートル|度|ヘルツ|ワット)/.test(part)) continue;
    if (/^(次の|前号|前各号|第[一二三四五六七八九十]+)/.test(part)) continue;
    out.push(normaliseWord(part));
  }
  return out;
}

/** Katakana names ("オシロスコープ") and kanji equipment names ("遠心分離機", "増幅器") anywhere in a clause. */
const KATAKANA = /[ァ-ヴー・]{5,}/g;
const KANJI_EQUIPMENT = /[一-龥]{2,}(?:器|機|鏡|炉|塔|計)(?![一-龥])/g;
const TOKEN_STOP = new Set(["プログラム", "パーセント", "メガヘルツ", "ギガヘルツ", "キロヘルツ", "ナノメートル", "マイクロメートル", "ミリメートル", "センチメートル", "キロメートル", "メートル", "キログラム", "ミリグラム", "キロワット", "メガワット", "ミリワット", "マイクロワット", "ワット", "ボルト", "キロボルト", "アンペア", "パスカル", "メガパスカル", "ギガパスカル", "キロパスカル", "ミリ秒", "マイクロ秒", "ナノ秒", "ピコ秒", "ヘルツ", "デシベル", "グレイ", "ビット", "バイト", "サンプリング", "テラ演算", "電子計算機", "コンピュータ", "コンピューター", "ソフトウェア", "ハードウェア", "システム", "モジュール", "ユニット", "デバイス", "アセンブリ",
  // generic kanji equipment words: "放電加工機" is not the 第1条第11号 "しごきスピニング加工機"
  "加工機", "工作機"]);

export function nameTokens(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(KATAKANA)) {
    // without a final long-vowel mark: "スペクトラムアナライザー" also finds "スペクトラムアナライザ"
    const w = m[0].replace(/^・|・$/g, "").replace(/ー$/, "");
    if (w.length >= 5 && !TOKEN_STOP.has(w) && ![...TOKEN_STOP].some((u) => w.endsWith(u) && w.length - u.length < 3)) out.add(normaliseWord(w));
  }
  for (const m of text.matchAll(KANJI_EQUIPMENT)) if (m[0].length >= 3 && !TOKEN_STOP.has(m[0])) out.add(normaliseWord(m[0]));
  return [...out];
}

/** A sub-clause that only names the material of its parent item. */
const MADE_OF = /(を用いた|で構成された|で作られた|で製造された|で内張りされた)もの$/;

/** "…を用いたもの" with no item of its own before であって ("無線送信機…であって、…を用いたもの" is an item). */
function madeOfOnly(text: string): boolean {
  if (!MADE_OF.test(text)) return false;
  const at = text.indexOf("であって");
  return at < 0 || !/(装置|機|器|計|品|体)$/.test(text.slice(0, at));
}

export interface ClauseIndex {
  find(lower: string): ClauseHit[];
  size: number;
}

export function buildClauseIndex(tree: ControlTree): ClauseIndex {
  // keyed by the first two UTF-16 code units as one small integer: no substring per position
  const buckets = new Map<number, { term: string; nodes: ControlNode[] }[]>();
  let size = 0;
  for (const node of tree.nodes) {
    if (node.kind !== "goods") continue;
    const article = node.id.split("/")[0];
    if (!/^(1[0-4]|[1-9])(_\d+)?$/.test(article) || article === "14_2") continue;
    if (node.level === "article" || node.level === "paragraph") continue;
    // a bare value of a list ("レーザー" as a heat source, "チタン又はチタン合金" as a wetted
    // material) names a property of its parent, not an item
    if (node.level !== "item" && !/であって|もの|装置|機器/.test(stripParens(node.text))) continue;
    // "…ステンレス鋼…を用いたもの", "研磨したステンレス鋼又はチタンで構成されたもの": what the
    // parent item is made of, not an item — a stainless plate is not the parent's pump or vessel
    if (node.level !== "item" && madeOfOnly(stripParens(node.text))) continue;
    for (const term of [...headTerms(node.text), ...nameTokens(node.text)]) {
      if (term.length < 2) continue;
      const key = term.charCodeAt(0) * 0x10000 + term.charCodeAt(1);
      const list = buckets.get(key) ?? [];
      const e = list.find((x) => x.term === term);
      if (e) e.nodes.push(node);
      else {
        list.push({ term, nodes: [node] });
        size++;
      }
      buckets.set(key, list);
    }
  }
  for (const list of buckets.values()) list.sort((a, b) => b.term.length - a.term.length);
  // the pairs that start a term, hashed into a bit table: most positions fail there, before the
  // Map (whose keys above 2^30 are heap numbers, slow to hash)
  const pairSeen = new Uint8Array(1 << 16);
  for (const k of buckets.keys()) pairSeen[pairHash(Math.floor(k / 0x10000), k % 0x10000)] = 1;
  const parents = new Map(tree.nodes.map((n) => [n.id, n.parent]));
  let asciiFree = true;
  for (const k of buckets.keys()) if (Math.floor(k / 0x10000) < 0x80 && k % 0x10000 < 0x80) asciiFree = false;
  return {
    size,
    find(lower) {
      const hits: ClauseHit[] = [];
      let seenTerm: Set<string> | undefined;
      let c1 = lower.charCodeAt(0);
      for (let i = 0; i + 1 < lower.length; i++) {
        const c0 = c1;
        c1 = lower.charCodeAt(i + 1);
        // no term starts with two ASCII characters (checked at build): skip those pairs unhashed
        if ((c0 < 0x80 && c1 < 0x80 && asciiFree) || pairSeen[pairHash(c0, c1)] === 0) continue;
        const list = buckets.get(c0 * 0x10000 + c1);
        if (!list) continue;
        for (const e of list) {
          if (seenTerm?.has(e.term) || !lower.startsWith(e.term, i)) continue;
          (seenTerm ??= new Set()).add(e.term);
          for (const node of e.nodes) hits.push({ term: e.term, node, at: i });
          break;
        }
      }
      // one clause per term: drop a hit whose ancestor clause is hit by the same term
      if (hits.length < 2) return hits;
      const hitIds = new Set(hits.map((h) => `${h.term}\u0000${h.node.id}`));
      return hits.filter((h) => {
        for (let p = h.node.parent; p; p = parents.get(p) ?? null) if (hitIds.has(`${h.term}\u0000${p}`)) return false;
        return true;
      });
    },
  };
}

function pairHash(c0: number, c1: number): number {
  return (Math.imul(c0, 0x9e3779b1) ^ c1) & 0xffff;
}
