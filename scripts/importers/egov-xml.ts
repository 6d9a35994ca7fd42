/**
 * Reading e-Gov standard law XML (法令標準XML) for the law importers: a small ordered tree,
 * the text of sentences (ruby readings dropped), kanji numerals, and the revision id in file names.
 */
import { XMLParser } from "fast-xml-parser";
import { ImportError } from "./common";

/** One element of the law XML, children in document order; text nodes have tag "#text". */
export interface XNode {
  tag: string;
  attrs: Record<string, string>;
  children: XNode[];
  text?: string;
}

type Raw = Record<string, unknown>;

function convert(raw: Raw): XNode | undefined {
  if ("#text" in raw) {
    const text = String(raw["#text"]);
    // Indentation between elements is layout, not law text (the law's own spaces are U+3000).
    if (/^[ \t\r\n]*$/.test(text)) return undefined;
    return { tag: "#text", attrs: {}, children: [], text: text.replace(/[ \t]*[\r\n]+[ \t]*/g, "") };
  }
  const tag = Object.keys(raw).find((k) => k !== ":@");
  if (!tag) return undefined;
  const attrs = (raw[":@"] as Record<string, string> | undefined) ?? {};
  const children = ((raw[tag] as Raw[]) ?? []).map(convert).filter((n): n is XNode => n !== undefined);
  return { tag, attrs, children };
}

/** Parses law XML bytes; refuses anything that is not an e-Gov `<Law>` document. */
export function parseLawXml(bytes: Uint8Array): XNode {
  const xml = new TextDecoder("utf-8").decode(bytes);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
  });
  let raw: Raw[];
  try {
    raw = parser.parse(xml) as Raw[];
  } catch (e) {
    throw new ImportError(`not readable as XML: ${(e as Error).message}`);
  }
  const law = raw.map(convert).find((n) => n?.tag === "Law");
  if (!law) throw new ImportError("not an e-Gov law XML file (no <Law> root element)");
  return law;
}

export function kids(node: XNode, tag: string): XNode[] {
  return node.children.filter((c) => c.tag === tag);
}

export function kid(node: XNode, tag: string): XNode | undefined {
  return node.children.find((c) => c.tag === tag);
}

/** Depth-first search for elements with this tag (not descending into matches). */
export function findAll(node: XNode, tag: string, out: XNode[] = []): XNode[] {
  for (const c of node.children) {
    if (c.tag === tag) out.push(c);
    else findAll(c, tag, out);
  }
  return out;
}

/** Text content, ruby readings (<Rt>) left out: 「<Ruby>燐<Rt>りん</Rt></Ruby>」 reads 燐. */
export function textOf(node: XNode): string {
  if (node.tag === "#text") return node.text ?? "";
  if (node.tag === "Rt") return "";
  return node.children.map(textOf).join("");
}

/**
 * The sentence(s) of a …Sentence element: its <Sentence>s in order; <Column>s (e.g. a term and
 * its definition) joined with an ideographic space as e-Gov displays them.
 */
export function sentenceText(node: XNode | undefined): string {
  if (!node) return "";
  const cols = kids(node, "Column");
  if (cols.length) return cols.map((c) => kids(c, "Sentence").map(textOf).join("")).join("　");
  return kids(node, "Sentence").map(textOf).join("");
}

const DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Kanji numerals in both styles the law uses: 「二十五」 (with 十百千) and positional 「二五」,
 * 「一〇」, 「一、〇〇〇」 (the style of 別表 and 関税定率法 references). Full-width and ASCII
 * digits pass too. Returns undefined for anything else.
 */
export function kanjiToNumber(s: string): number | undefined {
  const t = s.replace(/[、,]/g, "").replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(t)) return Number(t);
  if (!t || ![...t].every((ch) => ch in DIGIT || ch in UNIT)) return undefined;
  if (![...t].some((ch) => ch in UNIT)) return Number([...t].map((ch) => DIGIT[ch]).join(""));
  let total = 0;
  let digit = -1;
  for (const ch of t) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else {
      total += (digit < 0 ? 1 : digit) * UNIT[ch];
      digit = -1;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** 「三の二」 → "3の2", 「十三」 → "13": a law number with its 枝番 in arabic digits. */
export function lawNumber(s: string): string | undefined {
  const parts = s.split("の").map(kanjiToNumber);
  return parts.every((p) => p !== undefined) ? parts.join("の") : undefined;
}

/** e-Gov Num attribute ("2_2", "12:13") as the law writes it: 「の」 for _, 「から」 … for :. */
export function numLabel(num: string): string {
  return num.replace(/_/g, "の");
}

/**
 * e-Gov file names carry the law id, the effective date and (for amended versions) the amending
 * law's id: 324CO0000000378_20260214_507CO0000000376.xml.
 */
export function revisionFromFileName(name: string): { revision: string; lawId: string; effective: string; amendId?: string } {
  const m = /^([0-9A-Z]+)_(\d{4})(\d{2})(\d{2})(?:_([0-9A-Z]+))?\.xml$/.exec(name);
  if (!m) throw new ImportError(`cannot read the law revision from the file name "${name}" (expected e-Gov form <lawId>_<yyyymmdd>[_<amendId>].xml)`);
  return { revision: name.replace(/\.xml$/, ""), lawId: m[1], effective: `${m[2]}-${m[3]}-${m[4]}`, amendId: m[5] };
}

const ERA_START: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

/** 「令和七年一一月一四日政令第三七六号」 → { date: "2025-11-14", no: 376 }. */
export function parseAmendLawNum(s: string): { date: string; no?: number } | undefined {
  const m = /^(明治|大正|昭和|平成|令和)([〇一二三四五六七八九十元]+)年([〇一二三四五六七八九十]+)月([〇一二三四五六七八九十]+)日.*?第([〇一二三四五六七八九十百千]+)号/.exec(s);
  if (!m) return undefined;
  const year = ERA_START[m[1]] + (m[2] === "元" ? 1 : (kanjiToNumber(m[2]) ?? NaN));
  const month = kanjiToNumber(m[3]);
  const day = kanjiToNumber(m[4]);
  if (!Number.isFinite(year) || month === undefined || day === undefined) return undefined;
  return { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, no: kanjiToNumber(m[5]) };
}

/** Dates of the amendments recorded in the supplementary provisions, in document order. */
export function amendments(law: XNode): { label: string; date: string; no?: number }[] {
  const body = kid(law, "LawBody");
  if (!body) return [];
  return kids(body, "SupplProvision")
    .map((s) => s.attrs.AmendLawNum)
    .filter((a): a is string => !!a)
    .flatMap((label) => {
      const p = parseAmendLawNum(label);
      return p ? [{ label, ...p }] : [];
    });
}
