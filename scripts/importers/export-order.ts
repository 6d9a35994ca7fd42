/**
 * Importer of 輸出貿易管理令 (昭和24年政令第378号) from e-Gov law XML → ExportOrderData:
 * the country tables (別表第二の四, 第三, 第三の二, 第四), the HS chapters of 別表第一 16項,
 * the small-value goods of 別表第三の三 and the goods of 別表第二の三. Pure: bytes in, data out.
 */
import countries from "i18n-iso-countries";
import ja from "i18n-iso-countries/langs/ja.json";
import { ExportOrderData, type CountryTable } from "../../src/core/data/schemas";
import { ImportError, expectCount, provenanceFor, type SourceFile } from "./common";
import { amendments, findAll, kanjiToNumber, kid, kids, lawNumber, parseLawXml, revisionFromFileName, sentenceText, textOf, type XNode } from "./egov-xml";
import { LAW_COUNTRY_NAMES } from "./law-country-names";

countries.registerLocale(ja);

export const EXPORT_ORDER_IMPORTER = "scripts/importers/export-order.ts";

/** The country tables we read, with the number of countries each has in the 2026-02-14 text. */
export const COUNTRY_TABLES: readonly { id: string; title: string; expected: number }[] = [
  { id: "別表第2の4", title: "別表第二の四", expected: 10 },
  { id: "別表第3", title: "別表第三", expected: 27 },
  { id: "別表第3の2", title: "別表第三の二", expected: 10 },
  { id: "別表第4", title: "別表第四", expected: 3 },
];

/** ISO 3166-1 alpha-2 of a country name as the law writes it, or undefined. */
export function lawCountryToIso2(lawName: string): string | undefined {
  return LAW_COUNTRY_NAMES[lawName] ?? countries.getAlpha2Code(lawName, "ja");
}

function appendixTables(law: XNode): Map<string, XNode> {
  const out = new Map<string, XNode>();
  for (const t of findAll(law, "AppdxTable")) {
    const title = textOf(kid(t, "AppdxTableTitle") ?? { tag: "", attrs: {}, children: [] }).trim();
    if (title) out.set(title, t);
  }
  return out;
}

function requireTable(tables: Map<string, XNode>, title: string): XNode {
  const t = tables.get(title);
  if (!t) throw new ImportError(`輸出令 XML has no ${title} (AppdxTable)`);
  return t;
}

/** A country table: one Item whose sentence lists the countries separated by 「、」. */
export function countryTable(tables: Map<string, XNode>, id: string, title: string): CountryTable {
  const t = requireTable(tables, title);
  const text = kids(t, "Item").map((i) => sentenceText(kid(i, "ItemSentence"))).join("、");
  const names = text.split("、").map((s) => s.trim()).filter(Boolean);
  const unmapped = names.filter((n) => !lawCountryToIso2(n));
  if (unmapped.length) throw new ImportError(`${title}: country names without an ISO code (add them to law-country-names.ts after review)`, unmapped);
  return {
    id,
    title,
    citation: `輸出貿易管理令${title}`,
    countries: names.map((lawName) => ({ lawName, iso2: lawCountryToIso2(lawName) })),
  };
}

/** The rows of 別表第一 as { 項 number as written, goods-column sentences }. */
function appendix1Rows(tables: Map<string, XNode>): { no: string; sentences: string[] }[] {
  const t = requireTable(tables, "別表第一");
  return findAll(t, "TableRow").map((row) => {
    const cols = kids(row, "TableColumn");
    return { no: textOf(cols[0] ?? { tag: "", attrs: {}, children: [] }).trim(), sentences: cols[1] ? kids(cols[1], "Sentence").map(textOf) : [] };
  });
}

/** 「第二五類から第四〇類まで、…又は第九五類」 → ["25", …, "40", …, "95"]. */
export function hsChaptersFromText(text: string): string[] {
  const out: number[] = [];
  const re = /第([〇一二三四五六七八九十]+)類(?:から第([〇一二三四五六七八九十]+)類まで)?/g;
  for (const m of text.matchAll(re)) {
    const from = kanjiToNumber(m[1]);
    const to = m[2] ? kanjiToNumber(m[2]) : from;
    if (from === undefined || to === undefined || to < from || to > 97) throw new ImportError(`unreadable HS chapter reference 「${m[0]}」`);
    for (let c = from; c <= to; c++) out.push(c);
  }
  return [...new Set(out)].sort((a, b) => a - b).map((c) => String(c).padStart(2, "0"));
}

/** 別表第一 16項(2): the 関税定率法 chapters of the catch-all for everything not in 1–15項. */
export function item16Chapters(tables: Map<string, XNode>): string[] {
  const row = appendix1Rows(tables).find((r) => kanjiToNumber(r.no) === 16);
  if (!row) throw new ImportError("別表第一 has no 一六 row");
  const s = row.sentences.find((x) => x.startsWith("（二）") && x.includes("関税定率法"));
  if (!s) throw new ImportError("別表第一 16項 has no （二） sentence naming 関税定率法 chapters");
  const scope = s.slice(0, s.indexOf("に該当する貨物") >= 0 ? s.indexOf("に該当する貨物") : undefined);
  return hsChaptersFromText(scope);
}

/**
 * 別表第一 item references in a sentence, e.g. 「別表第一の五の項（十四）若しくは（十八）、七の項（二）
 * …、八の項の中欄、…又は同表の一五の項の中欄」 → ["5項(14)", "5項(18)", "7項(2)", "8項", …, "15項"].
 */
export function appendix1Refs(text: string): string[] {
  const out: string[] = [];
  const re = /(?<!第)([〇一二三四五六七八九十]+(?:の[〇一二三四五六七八九十]+)?)の項((?:(?:、|若しくは|又は|及び)?（[〇一二三四五六七八九十の]+）)*)/g;
  for (const m of text.matchAll(re)) {
    const item = lawNumber(m[1]);
    if (!item) continue;
    const subs = [...m[2].matchAll(/（([〇一二三四五六七八九十の]+)）/g)].map((s) => lawNumber(s[1]));
    if (!subs.length) out.push(`${item}項`);
    for (const s of subs) if (s) out.push(`${item}項(${s})`);
  }
  return out;
}

function smallValueItems(tables: Map<string, XNode>): ExportOrderData["smallValueItems"] {
  const t = requireTable(tables, "別表第三の三");
  return kids(t, "Item").map((i) => {
    const text = sentenceText(kid(i, "ItemSentence"));
    const refs = appendix1Refs(text);
    if (!refs.length) throw new ImportError(`別表第三の三 item ${i.attrs.Num}: no 別表第一 reference found in 「${text.slice(0, 40)}…」`);
    return { no: i.attrs.Num ?? "", text, exportOrderItems: refs };
  });
}

/**
 * HS references the law writes against 関税定率法別表: 「第八四類」 → "84", 「第八四・五六項」 →
 * "84.56", 「第八五四二・三一号」 → "8542.31".
 */
export function hsRefsFromText(text: string): string[] {
  const out: string[] = [];
  const re = /第([〇一二三四五六七八九]{2})(?:([〇一二三四五六七八九]{2})?・([〇一二三四五六七八九]{2})(項|号)|類)/g;
  for (const m of text.matchAll(re)) {
    const a = String(kanjiToNumber(m[1])).padStart(2, "0");
    if (!m[4]) out.push(a);
    else if (m[4] === "項") out.push(`${a}.${String(kanjiToNumber(m[3])).padStart(2, "0")}`);
    else out.push(`${a}${String(kanjiToNumber(m[2] ?? "")).padStart(2, "0")}.${String(kanjiToNumber(m[3])).padStart(2, "0")}`);
  }
  return out;
}

const SUB_LEVELS = ["Subitem1", "Subitem2", "Subitem3", "Subitem4", "Subitem5", "Subitem6"];

/** 別表第二の三 (goods needing an export approval), every 号 and sub-item with its own sentence. */
function approvalGoods(tables: Map<string, XNode>): ExportOrderData["approvalGoodsRuBy"] {
  const t = requireTable(tables, "別表第二の三");
  const out: ExportOrderData["approvalGoodsRuBy"] = [];
  const walk = (node: XNode, level: number, path: string[], label: string) => {
    const tag = level === 0 ? "Item" : SUB_LEVELS[level - 1];
    const num = node.attrs.Num ?? "";
    const title = textOf(kid(node, `${tag}Title`) ?? { tag: "", attrs: {}, children: [] }).trim();
    const here = [...path, num];
    const citation = level === 0 ? `${label}第${title}号` : `${label}${title}`;
    const text = sentenceText(kid(node, `${tag}Sentence`));
    const entry: ExportOrderData["approvalGoodsRuBy"][number] = { path: here.join("/"), citation: `輸出貿易管理令別表第二の三${citation}`, text, hs: hsRefsFromText(text) };
    // 第一号 is 「別表第一の一から一五までの項の中欄に掲げる貨物」: the list-controlled goods themselves.
    if (level === 0 && /^別表第一の/.test(text)) entry.listed = true;
    out.push(entry);
    const childTag = SUB_LEVELS[level];
    if (childTag) for (const c of kids(node, childTag)) walk(c, level + 1, here, citation);
  };
  for (const item of kids(t, "Item")) walk(item, 0, [], "");
  return out;
}

/** Imports the 輸出令 XML file. Throws ImportError (never returns partial data) on any count mismatch. */
export async function importExportOrder(file: SourceFile): Promise<ExportOrderData> {
  const rev = revisionFromFileName(file.name);
  const law = parseLawXml(file.bytes);
  const title = textOf(kid(kid(law, "LawBody") ?? law, "LawTitle") ?? law).trim();
  if (title !== "輸出貿易管理令") throw new ImportError(`expected 輸出貿易管理令, got 「${title}」`);
  const tables = appendixTables(law);

  const countryTables: Record<string, CountryTable> = {};
  for (const spec of COUNTRY_TABLES) {
    const table = countryTable(tables, spec.id, spec.title);
    expectCount(`輸出令${spec.title} countries`, table.countries.length, spec.expected);
    countryTables[spec.id] = table;
  }
  const chapters = item16Chapters(tables);
  const small = smallValueItems(tables);
  const approval = approvalGoods(tables);

  // The data's own date: promulgation of the amending order named in the revision id.
  const amendNo = rev.amendId ? Number(rev.amendId.slice(-10)) : undefined;
  const amendment = amendments(law).find((a) => amendNo !== undefined && a.no === amendNo && a.label.includes("政令"));

  const data: ExportOrderData = {
    provenance: await provenanceFor(file, {
      publisher: "e-Gov法令検索 (デジタル庁)",
      title: `${title} (昭和24年政令第378号)`,
      dataDate: amendment?.date ?? rev.effective,
      effective: rev.effective,
      importer: EXPORT_ORDER_IMPORTER,
      counts: {
        ...Object.fromEntries(Object.values(countryTables).map((t) => [t.id, t.countries.length])),
        item16Chapters: chapters.length,
        smallValueItems: small.length,
        approvalGoodsRuBy: approval.length,
      },
      notes: [
        amendment ? `最終改正: ${amendment.label}` : "amending order not found in the supplementary provisions; dataDate = effective date",
        "別表第二の三 gives no HS codes in the order itself (they are in the 経済産業省令 it delegates to); hs lists are empty unless the text names 関税定率法 headings.",
      ],
    }),
    revision: rev.revision,
    tables: countryTables,
    item16Chapters: chapters,
    smallValueItems: small,
    approvalGoodsRuBy: approval,
  };
  return ExportOrderData.parse(data);
}
