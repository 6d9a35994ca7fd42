/**
 * Citations written in a spec: "第6条第17号の4", "6条17号の2イ", "貨物等省令 第六条第一号カ",
 * "第6条 第1号 力" (METI's PDFs have the kanji 力 for the kana カ). Old 該非判定書 quote the
 * numbers of the text in force when they were written; a renumbered clause (SEM for IC imaging:
 * 第6条第17号の4 of the 2024-09-08 text, now 第6条第17号の2イ) is recognised as the current
 * clause from the rule data's table of former citations, each entry with its source.
 *
 * A quoted number can be both a current clause and a former one (today's 第6条第17号の4 is the
 * EUV mask blank): both readings are returned and the caller says so.
 */
import type { ControlNode, ControlTree } from "../data/schemas";
import type { FormerCitation } from "./ruleset";

export interface CitationReading {
  /** The citation as the spec wrote it (normalised). */
  quoted: string;
  /** The current clause it names. */
  node: ControlNode;
  /** Set when the quoted number is a former one of `node`. */
  former?: FormerCitation;
  /** Position of the quote in the spec. */
  at: number;
}

const KANJI: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "十七" → 17, "六" → 6, "17" → 17 (positional kanji "一七" too). */
export function citeNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇一二三四五六七八九十百]+$/.test(s)) return undefined;
  if (!/[十百]/.test(s)) return Number([...s].map((c) => KANJI[c]).join(""));
  let total = 0;
  let cur = 0;
  for (const c of s) {
    if (c === "百") {
      total += (cur || 1) * 100;
      cur = 0;
    } else if (c === "十") {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = KANJI[c];
  }
  return total + cur;
}

const IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン";
const N = "(\\d+|[〇一二三四五六七八九十百]+)";
const SP = "[ \\u3000]*";
// 条(の n)? (第 n 項)? 第 n 号 (の n)? (kana)? ((一))? — "第" optional, spaces between parts allowed
const CITE = new RegExp(
  `(?:貨物等省令${SP})?第?${SP}${N}${SP}条(?:${SP}の${SP}${N})?(?:${SP}第?${SP}${N}${SP}項)?${SP}第?${SP}${N}${SP}号(?:${SP}の${SP}${N})?(?:${SP}([${IROHA}力]{1,2})(?![ァ-ヴー]))?(?:${SP}[(（]([〇一二三四五六七八九十]+)[)）])?`,
  "g",
);

/** The citation key both sides are compared on: "第6条第17号の2イ（一）" in Arabic numerals, no spaces. */
export function citeKey(article: number, articleBranch: number | undefined, paragraph: number | undefined, item: number, itemBranch: number | undefined, kana?: string, sub?: string): string {
  let k = `第${article}条${articleBranch !== undefined ? `の${articleBranch}` : ""}`;
  if (paragraph !== undefined) k += `第${paragraph}項`;
  k += `第${item}号${itemBranch !== undefined ? `の${itemBranch}` : ""}`;
  if (kana) k += kana;
  if (kana && sub) k += `（${sub}）`;
  return k;
}

const OTHER_LAW = /(輸出令|貿易管理令|外為令|為替令|外為法|貿易法|政令|別表|通達|告示)[ \u3000]*$/;

export interface CitationIndex {
  /** Every clause citation in `text` (NFKC-normalised spec text), current and former readings. */
  find(text: string): CitationReading[];
}

export function buildCitationIndex(tree: ControlTree, formers: readonly FormerCitation[]): CitationIndex {
  // current citations by key: the control tree writes "貨物等省令第6条第17号の2イ（一）"
  const byKey = new Map<string, ControlNode>();
  for (const n of tree.nodes) {
    if (n.level === "article" || n.level === "paragraph") continue;
    const key = n.citation.replace(/^貨物等省令/, "");
    if (!byKey.has(key)) byKey.set(key, n);
  }
  const nodesById = new Map(tree.nodes.map((n) => [n.id, n]));
  const formerByKey = new Map<string, { f: FormerCitation; node: ControlNode }[]>();
  for (const f of formers) {
    const node = nodesById.get(f.current);
    if (!node) continue; // the compiler checks this; a stale entry must not throw here
    const key = f.former.replace(/^貨物等省令/, "");
    formerByKey.set(key, [...(formerByKey.get(key) ?? []), { f, node }]);
  }

  return {
    find(text) {
      // most specs quote no clause: "号" is the one character every citation has
      if (text.indexOf("号") < 0) return [];
      const out: CitationReading[] = [];
      for (const m of text.matchAll(CITE)) {
        const article = citeNumber(m[1]);
        const item = citeNumber(m[4]);
        if (article === undefined || item === undefined) continue;
        const artBranch = m[2] !== undefined ? citeNumber(m[2]) : undefined;
        const para = m[3] !== undefined ? citeNumber(m[3]) : undefined;
        const itemBranch = m[5] !== undefined ? citeNumber(m[5]) : undefined;
        const kana = m[6]?.replace(/力/g, "カ");
        // the longest citation that exists: "第6条第17号の2イ（九）" falls back to "…イ"
        const keys = [citeKey(article, artBranch, para, item, itemBranch, kana, m[7]), citeKey(article, artBranch, para, item, itemBranch, kana), citeKey(article, artBranch, para, item, itemBranch)];
        // 第1項 is not written for single-paragraph articles; staff sometimes write it anyway
        if (para === 1) keys.push(citeKey(article, artBranch, undefined, item, itemBranch, kana), citeKey(article, artBranch, undefined, item, itemBranch));
        const at = m.index ?? 0;
        // "輸出令第4条第1項第5号", "外為令別表…": another law's numbers, not the 貨物等省令's
        if (OTHER_LAW.test(text.slice(Math.max(0, at - 8), at))) continue;
        const quoted = m[0].replace(/[ \u3000]/g, "");
        // a former number is matched exactly as the old text wrote it (its own sub-letters follow
        // the current clause's): "第6条第17号の4" = the whole old clause
        // at the depth it was quoted ("第6条第17号の2イ" is not the old 第17号の2 itself)
        const formerHits = formerByKey.get(kana ? keys[1] : keys[2]) ?? [];
        for (const { f, node } of formerHits) out.push({ quoted, node, former: f, at });
        const current = keys.map((k) => byKey.get(k)).find((n) => n !== undefined);
        if (current) out.push({ quoted, node: current, at });
      }
      return out;
    },
  };
}
