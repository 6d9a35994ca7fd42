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

/** Item names at the head of a clause text. */
export function headTerms(text: string): string[] {
  let t = text;
  // drop parentheticals, innermost first
  for (let k = 0; k < 4 && /（[^（）]*）/.test(t); k++) t = t.replace(/（[^（）]*）/g, "");
  const cut = t.search(/であって|であるもの|のうち|であり|に該当する|に用いられる|に使用する|用に設計|で、|をいう|とする/);
  if (cut >= 0) t = t.slice(0, cut);
  if (t.length > 60) return [];
  const out: string[] = [];
  for (let part of t.split(SPLIT)) {
    part = part.replace(/^(その|これら|次に掲げる|次のいずれかに該当する)/, "").replace(/(のもの|もの)$/, "").trim();
    if (part.length < 3 || part.length > 24 || GENERIC.has(part)) continue;
    if (/[〇一二三四五六七八九][、・〇一二三四五六七八九]*(ミリ|ナノ|メートル|度|ヘルツ|ワット)/.test(part)) continue;
    if (/^(次の|前号|前各号|第[一二三四五六七八九十]+)/.test(part)) continue;
    out.push(normaliseWord(part));
  }
  return out;
}

export interface ClauseIndex {
  find(lower: string): ClauseHit[];
  size: number;
}

export function buildClauseIndex(tree: ControlTree): ClauseIndex {
  const buckets = new Map<string, { term: string; nodes: ControlNode[] }[]>();
  let size = 0;
  for (const node of tree.nodes) {
    if (node.kind !== "goods") continue;
    const article = node.id.split("/")[0];
    if (!/^(1[0-4]|[1-9])(_\d+)?$/.test(article) || article === "14_2") continue;
    if (node.level === "article" || node.level === "paragraph") continue;
    for (const term of headTerms(node.text)) {
      const key = term.slice(0, 2);
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
  return {
    size,
    find(lower) {
      const hits: ClauseHit[] = [];
      const seenTerm = new Set<string>();
      for (let i = 0; i + 1 < lower.length; i++) {
        const list = buckets.get(lower.slice(i, i + 2));
        if (!list) continue;
        for (const e of list) {
          if (seenTerm.has(e.term) || !lower.startsWith(e.term, i)) continue;
          seenTerm.add(e.term);
          for (const node of e.nodes) hits.push({ term: e.term, node });
          break;
        }
      }
      return hits;
    },
  };
}
