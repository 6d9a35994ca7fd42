/**
 * Importer of the 貨物等省令 (輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を
 * 定める省令, 平成3年通商産業省令第49号) from e-Gov law XML → ControlTree: every 条 / 項 / 号 /
 * イロハ… node of the main provision with its Num path, citation, own text, goods/technology kind and
 * the 輸出令別表第一 (goods) or 外為令別表 (technology) item it implements; plus the HS list of
 * 第十四条の二 (16項(1)). Pure: bytes in, data out.
 *
 * Which 項(n) a 号 implements: the article's opening sentence names the 項 and, where it says so,
 * the (n) (「輸出令別表第一の三の項（一）の経済産業省令で定める…」). Where it names only the 項
 * (第6条: 「七の項の経済産業省令で定める仕様のもの」), the 号 are matched to the (n) of that row of
 * 別表第一 by their wording (the 号 numbers do not follow the (n): 第6条第5号 セル → 7項(6),
 * 第7号 超電導電磁石 → 7項(5)). The matching is checked against the law text in the tests, and
 * the few 号 whose wording alone cannot decide are listed in REVIEWED_ITEMS with the reason.
 */
import { ControlTree, type ControlNode, type ControlNodeLevel } from "../../src/core/data/schemas";
import { ImportError, expectCount, provenanceFor, type SourceFile } from "./common";
import { amendments, findAll, kid, kids, lawNumber, parseLawXml, revisionFromFileName, sentenceText, textOf, type XNode } from "./egov-xml";
import { hsRefsFromText } from "./export-order";

export const CONTROL_TREE_IMPORTER = "scripts/importers/control-tree.ts";

/** Counts SOURCES.md states for the 2026-02-14 version (main provision only). */
export const EXPECTED = { articles: 32, paragraphs: 84, items: 538, subitems: 2663 };

const SUB_TAGS = ["Subitem1", "Subitem2", "Subitem3", "Subitem4", "Subitem5", "Subitem6"] as const;
const EMPTY: XNode = { tag: "", attrs: {}, children: [] };

/**
 * 号 whose 項(n) the wording cannot settle on its own, decided by reading both texts. Key: node id
 * (article/paragraph/item), value: the (n).
 */
export const REVIEWED_ITEMS: Readonly<Record<string, string>> = {
  "1/1/25": "20", // ほう素…濃縮されたほう素 = 2項(20)「ほう素一〇」 (wording shares little)
  "4/1/16": "19", // ほう素…硝酸グアニジン、ニトログアニジン又は五ふっ化よう素 = 5項(19) word for word
  "6/1/5": "6", // セル = 7項(6)「一次セル、二次セル又は太陽電池セル」
  "6/1/7_2": "6", // 太陽電池セル…宇宙用 = 7項(6) (太陽電池セル)
  "6/1/12": "13", // スペクトラムアナライザー = 7項(13)「周波数分析器」
  "6/1/26": "25", // シリコン、シリコン酸化物、ゲルマニウム… = 7項(25) (not (24) ふっ化物、水素化物又は塩化物)
  "14/1/1": "1", // 第四条第十五号ハ又はニの繊維を用いた成型品 = 15項(1)「無機繊維…を使用した成型品」
  "14/1/3": "3", // ネプツニウム二三七 = 15項(3)「核熱源物質」
  "14/1/8": "7", // パルス幅一〇〇ナノ秒以下のパルスレーダー断面積計測装置 = 15項(7)
  // The wording points at a wrong (n); the 項 is certain, the (n) left to review:
  "3/1/2": "", // 多段ロケットの各段… vs 4項(2)/(7)
  "4/1/13": "", // 非ふっ素化重合体 (5項(15)/(16)), not 5項(1)
  "8/1/8_2": "", // 伝送通信装置の設計用の装置: 9項(6) rather than 9項(1)
};

/** A wording match is taken only when it is clear: this close to the text, this far ahead of the next (n). */
const MIN_SCORE = 0.4;
const MIN_MARGIN = 0.1;

// ---------------------------------------------------------------------------------------------
// 輸出令 別表第一: the (n) of each 項, for matching 号 to them

export interface Appendix1Sub {
  /** "1", "8の2" */
  sub: string;
  text: string;
  /** The (n)'s own words and each of its numbered lines (１ 数値制御を行うことができる工作機械 …). */
  parts: string[];
}

/** 別表第一 rows: 項 ("7", "3の2") → its (n) with their goods text (numbered １２… lines appended). */
export function appendix1Subs(exportOrderLaw: XNode): Map<string, Appendix1Sub[]> {
  const table = findAll(exportOrderLaw, "AppdxTable").find((t) => textOf(kid(t, "AppdxTableTitle") ?? EMPTY).trim() === "別表第一");
  if (!table) throw new ImportError("輸出令 XML has no 別表第一");
  const out = new Map<string, Appendix1Sub[]>();
  for (const row of findAll(table, "TableRow")) {
    const cols = kids(row, "TableColumn");
    const item = lawNumber(textOf(cols[0] ?? EMPTY).trim());
    if (!item || !cols[1]) continue;
    const subs: Appendix1Sub[] = [];
    for (const s of kids(cols[1], "Sentence").map(textOf)) {
      const m = /^（([〇一二三四五六七八九十の]+)）　?(.*)$/.exec(s);
      const sub = m ? lawNumber(m[1]) : undefined;
      if (m && sub) subs.push({ sub, text: m[2], parts: [m[2]] });
      else if (subs.length) {
        subs[subs.length - 1].text += `　${s}`;
        subs[subs.length - 1].parts.push(s.replace(/^[０-９の]+　/, ""));
      }
    }
    out.set(item, subs);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching a 号's wording to the (n) of its 項

/** Parenthetical asides (「（四の項の中欄に掲げるものを除く。）」) do not name the goods. */
function withoutAsides(s: string): string {
  let prev = "";
  let t = s;
  while (t !== prev) {
    prev = t;
    t = t.replace(/（[^（）]*）/g, "");
  }
  return t;
}

/** Character bigrams of the kanji/katakana runs: the content words of a legal sentence. */
function contentBigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of withoutAsides(s).match(/[\p{Script=Han}\p{Script=Katakana}ー々]+/gu) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

export interface SubMatch {
  sub: string;
  score: number;
  runnerUp: number;
}

/** The name of the goods a 号 defines: its words before 「であって」/「のうち」 (the specification follows). */
export function goodsHead(text: string): string {
  return withoutAsides(text).split(/であ[っつ]て|のうち|であり/)[0];
}

/**
 * The (n) whose wording is closest to the 号's goods name: weighted Dice overlap of content bigrams
 * (weights favour words rare among the 項's (n)); each numbered line of an (n) counts on its own;
 * a small bonus when the 号 and (n) carry the same number (they often do).
 */
export function matchSub(text: string, subs: Appendix1Sub[], sameNumber?: string): SubMatch | undefined {
  if (!subs.length) return undefined;
  const parts = subs.flatMap((s) => s.parts.map((p) => ({ sub: s.sub, grams: contentBigrams(goodsHead(p)) })));
  const df = new Map<string, number>();
  for (const p of parts) for (const b of p.grams) df.set(b, (df.get(b) ?? 0) + 1);
  const weight = (b: string) => Math.log(1 + parts.length / (df.get(b) ?? 0.5));
  const mine = contentBigrams(goodsHead(text));
  let mineTotal = 0;
  for (const b of mine) mineTotal += weight(b);
  const best = new Map<string, number>();
  for (const p of parts) {
    let total = 0;
    let hit = 0;
    for (const b of p.grams) {
      total += weight(b);
      if (mine.has(b)) hit += weight(b);
    }
    const score = (total + mineTotal ? (2 * hit) / (total + mineTotal) : 0) + (sameNumber === p.sub ? 0.1 : 0);
    if (score > (best.get(p.sub) ?? -1)) best.set(p.sub, score);
  }
  const scored = [...best].map(([sub, score]) => ({ sub, score }));
  scored.sort((a, b) => b.score - a.score);
  return { sub: scored[0].sub, score: scored[0].score, runnerUp: scored[1]?.score ?? 0 };
}

// ---------------------------------------------------------------------------------------------
// The tree

/** 「輸出令別表第一の七の項（一）」 / 「外為令別表の二の項（一）」 → { item: "7", sub: "1" }. */
export function tableRef(sentence: string): { item: string; sub?: string } | undefined {
  const m = /別表(?:第一)?の([〇一二三四五六七八九十]+(?:の[〇一二三四五六七八九十]+)?)の項(?:（([〇一二三四五六七八九十の]+)）)?/.exec(sentence);
  const item = m ? lawNumber(m[1]) : undefined;
  if (!m || !item) return undefined;
  const sub = m[2] ? lawNumber(m[2]) : undefined;
  return { item, sub };
}

const formatItem = (item: string, sub?: string) => (sub ? `${item}項(${sub})` : `${item}項`);

/** Article Num "2_2" → 「第2条の2」. */
function articleLabel(num: string): string {
  const [a, b] = num.split("_");
  return b ? `第${a}条の${b}` : `第${a}条`;
}

/** Item Num "10_2" → 「第10号の2」; "12:13" with title 「十二及び十三」 → 「第12号及び第13号」. */
function itemLabel(num: string, title: string): string {
  const one = (n: string) => {
    const [a, ...rest] = n.split("_");
    return `第${a}号${rest.map((r) => `の${r}`).join("")}`;
  };
  if (!num.includes(":")) return one(num);
  const [from, to] = num.split(":");
  return title.includes("から") ? `${one(from)}から${one(to)}まで` : `${one(from)}及び${one(to)}`;
}

/** The node's own words: its sentence(s) and any formula lists attached to it (not its children). */
function ownText(node: XNode, sentenceTag: string): string {
  const lists = kids(node, "List").map((l) => sentenceText(kid(l, "ListSentence")));
  return [sentenceText(kid(node, sentenceTag)), ...lists].join("");
}

const GOODS_ARTICLE_LAST = 14.2; // 第1条〜第14条の2 are goods (輸出令別表第一); 第15条〜 technology (外為令別表)
const articleOrder = (num: string) => {
  const [a, b] = num.split("_").map(Number);
  return a + (b ? b / 10 : 0);
};

interface Walk {
  nodes: ControlNode[];
  subs: Map<string, Appendix1Sub[]>;
  /** 号 left at the 項 because their wording matches no (n) clearly. */
  unmatched: string[];
}

function subitemNodes(w: Walk, parent: XNode, parentNode: ControlNode, depth: number): number {
  const tag = SUB_TAGS[depth];
  if (!tag) return 0;
  let count = 0;
  for (const s of kids(parent, tag)) {
    const num = s.attrs.Num ?? "";
    const title = textOf(kid(s, `${tag}Title`) ?? EMPTY).trim();
    const node: ControlNode = {
      id: `${parentNode.id}/${num}`,
      parent: parentNode.id,
      level: tag.toLowerCase() as ControlNodeLevel,
      citation: `${parentNode.citation}${title}`,
      text: ownText(s, `${tag}Sentence`),
      exportOrderItem: parentNode.exportOrderItem,
      kind: parentNode.kind,
    };
    w.nodes.push(node);
    count += 1 + subitemNodes(w, s, node, depth + 1);
  }
  return count;
}

function itemFor(w: Walk, id: string, text: string, ref: { item: string; sub?: string } | undefined, sameNumber: string | undefined, kind: ControlNode["kind"]): string | undefined {
  if (!ref) return undefined;
  if (ref.sub || kind !== "goods") return formatItem(ref.item, ref.sub);
  if (id in REVIEWED_ITEMS) return formatItem(ref.item, REVIEWED_ITEMS[id] || undefined);
  const subs = w.subs.get(ref.item) ?? [];
  if (!subs.length) return formatItem(ref.item);
  const m = matchSub(text, subs, sameNumber);
  // Unclear wording stays at the 項 ("7項"): certain as far as it goes, and the (n) left to review.
  if (!m || m.score < MIN_SCORE || m.score - m.runnerUp < MIN_MARGIN) {
    w.unmatched.push(id);
    return formatItem(ref.item);
  }
  return formatItem(ref.item, m.sub);
}

function articleNodes(w: Walk, article: XNode, counts: Record<string, number>): void {
  const num = article.attrs.Num ?? "";
  const kind: ControlNode["kind"] = articleOrder(num) <= GOODS_ARTICLE_LAST ? "goods" : "technology";
  const cite = `貨物等省令${articleLabel(num)}`;
  const paragraphs = kids(article, "Paragraph");
  const firstRef = tableRef(sentenceText(kid(paragraphs[0] ?? EMPTY, "ParagraphSentence")));
  const articleNode: ControlNode = {
    id: num,
    parent: null,
    level: "article",
    citation: cite,
    text: textOf(kid(article, "ArticleCaption") ?? EMPTY),
    exportOrderItem: firstRef ? formatItem(firstRef.item) : undefined,
    kind,
  };
  w.nodes.push(articleNode);
  let count = 1;
  for (const p of paragraphs) {
    const pnum = p.attrs.Num ?? "";
    const pid = `${num}/${pnum}`;
    const ptext = ownText(p, "ParagraphSentence");
    const explicit = tableRef(ptext);
    // A 項 that names no table item (第13条第8項) implements an (n) of the article's 項.
    const pref = explicit ?? (firstRef ? { item: firstRef.item } : undefined);
    const pItem = explicit ? formatItem(explicit.item, explicit.sub) : itemFor(w, pid, ptext, pref, undefined, kind);
    const pnode: ControlNode = {
      id: pid,
      parent: num,
      level: "paragraph",
      citation: paragraphs.length > 1 ? `${cite}第${pnum}項` : cite,
      text: ptext,
      exportOrderItem: pItem,
      kind,
    };
    w.nodes.push(pnode);
    count++;
    // Where the 項 names only the table item, each 号 is matched to its (n).
    const perItem = kind === "goods" && explicit !== undefined && !explicit.sub;
    for (const it of kids(p, "Item")) {
      const inum = it.attrs.Num ?? "";
      const title = textOf(kid(it, "ItemTitle") ?? EMPTY).trim();
      const text = ownText(it, "ItemSentence");
      const id = `${pid}/${inum}`;
      const deleted = text === "削除";
      const item = deleted ? undefined : perItem ? itemFor(w, id, text, pref, lawNumber(title.replace(/及び.*|から.*/, "")), kind) : pItem;
      const node: ControlNode = {
        id,
        parent: pid,
        level: "item",
        citation: `${pnode.citation}${itemLabel(inum, title)}`,
        text,
        exportOrderItem: item,
        kind,
      };
      w.nodes.push(node);
      count += 1 + subitemNodes(w, it, node, 0);
    }
  }
  counts[articleLabel(num)] = count;
}

// ---------------------------------------------------------------------------------------------
// 第十四条の二: the HS headings of 16項(1)

/**
 * Each 号 of 第十四条の二 lists headings 「第八四・五六項」 / subheadings 「第八八〇二・六〇号」; a
 * following 「（…を除く。）」 excludes, 「（…に係るものに限る。）」 limits the heading before it.
 */
export function item16_1Hs(article: XNode, cite: string): ControlTree["item16_1Hs"] {
  const out: ControlTree["item16_1Hs"] = [];
  for (const p of kids(article, "Paragraph"))
    for (const it of kids(p, "Item")) {
      const text = ownText(it, "ItemSentence");
      const citation = `${cite}${itemLabel(it.attrs.Num ?? "", "")}`;
      // The law's name for the tariff schedule is defined in 第一号; drop it so 「第五十四号」 is not read.
      const body = text.replace(/^関税定率法（[^）]*）別表（[^）]*）/, "").replace(/^関税率表/, "");
      const re = /第[〇一二三四五六七八九]{2}(?:[〇一二三四五六七八九]{2})?・[〇一二三四五六七八九]{2}(?:項|号)(（[^（）]*）)?/g;
      for (const m of body.matchAll(re)) {
        const [hs] = hsRefsFromText(m[0].replace(/（.*$/, ""));
        const aside = m[1] ?? "";
        const entry: ControlTree["item16_1Hs"][number] = { hs, excludes: aside.endsWith("を除く。）") ? hsRefsFromText(aside) : [], text, citation };
        if (aside.endsWith("に限る。）")) entry.limitedTo = hsRefsFromText(aside);
        out.push(entry);
      }
    }
  return out;
}

/**
 * Imports the 貨物等省令 XML; `exportOrder` is the 輸出令 XML whose 別表第一 gives the (n) the 号 are
 * matched to. Throws ImportError on any count mismatch.
 */
export async function importControlTree(file: SourceFile, exportOrder: SourceFile): Promise<ControlTree> {
  const rev = revisionFromFileName(file.name);
  const law = parseLawXml(file.bytes);
  const body = kid(law, "LawBody") ?? EMPTY;
  const title = textOf(kid(body, "LawTitle") ?? EMPTY).trim();
  if (!title.startsWith("輸出貿易管理令別表第一及び外国為替令別表の規定に基づき貨物又は技術を定める省令"))
    throw new ImportError(`expected the 貨物等省令, got 「${title}」`);
  const main = kid(body, "MainProvision");
  if (!main) throw new ImportError("貨物等省令 XML has no MainProvision");

  const w: Walk = { nodes: [], subs: appendix1Subs(parseLawXml(exportOrder.bytes)), unmatched: [] };
  const perArticle: Record<string, number> = {};
  const articles = kids(main, "Article");
  for (const a of articles) articleNodes(w, a, perArticle);

  const count = (level: (l: ControlNodeLevel) => boolean) => w.nodes.filter((n) => level(n.level)).length;
  const counts = {
    articles: count((l) => l === "article"),
    paragraphs: count((l) => l === "paragraph"),
    items: count((l) => l === "item"),
    subitems: count((l) => l.startsWith("subitem")),
  };
  expectCount("貨物等省令 articles", counts.articles, EXPECTED.articles);
  expectCount("貨物等省令 paragraphs", counts.paragraphs, EXPECTED.paragraphs);
  expectCount("貨物等省令 items (号)", counts.items, EXPECTED.items);
  expectCount("貨物等省令 sub-items", counts.subitems, EXPECTED.subitems);
  if (new Set(w.nodes.map((n) => n.id)).size !== w.nodes.length) throw new ImportError("duplicate node ids in the 貨物等省令 tree");

  const a14_2 = articles.find((a) => a.attrs.Num === "14_2");
  if (!a14_2) throw new ImportError("貨物等省令 has no 第十四条の二");
  const hs = item16_1Hs(a14_2, "貨物等省令第14条の2");

  // The data's own date: the last amendment promulgated on or before the effective date.
  const last = amendments(law).filter((a) => a.date <= rev.effective).pop();
  const tree: ControlTree = {
    provenance: await provenanceFor(file, {
      publisher: "e-Gov法令検索 (デジタル庁)",
      title: `${title} (平成3年通商産業省令第49号, 貨物等省令)`,
      dataDate: last?.date ?? rev.effective,
      effective: rev.effective,
      importer: CONTROL_TREE_IMPORTER,
      counts: { ...counts, nodes: w.nodes.length, item16_1Hs: hs.length, itemsAtItemOnly: w.unmatched.length, ...perArticle },
      notes: [
        last ? `最終改正: ${last.label}` : "no amendment found in the supplementary provisions; dataDate = effective date",
        `号 → 輸出令別表第一 (n) matched by wording against ${exportOrder.name}; reviewed exceptions: ${Object.keys(REVIEWED_ITEMS).length}; left at the 項 for review: ${w.unmatched.join(", ")}`,
        "Ruby characters (e.g. 口蹄疫's 蹄) stand at the end of their sentence in this XML file, not in place; text keeps the file's order.",
      ],
    }),
    revision: rev.revision,
    nodes: w.nodes,
    item16_1Hs: hs,
  };
  return ControlTree.parse(tree);
}
