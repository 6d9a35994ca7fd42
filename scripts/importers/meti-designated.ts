/**
 * METI's consolidated lists of export-ban designated entities (輸出等に係る禁止措置の対象となる団体,
 * Ukraine-related measures: Russia, Belarus, third countries) → ListData, from the `pdftotext
 * -layout` extracts beside METI's PDFs. These are outright bans (no catch-all judgement).
 *
 * Entry layouts seen in the files (one parser, line by line):
 *   <No.> <Japanese name>（別称、<ja aliases separated by 、 and 及び>）      ← may wrap over lines
 *   <English name>[, a.k.a., the following N aliases:]                        ← may wrap
 *   -<alias>; … ; and -<alias>.                                               ← wrapped aliases continue
 *   別称：<ja aliases; …> / <English aliases; …>                             ← the 2025 layout instead
 *   所在地：<address>                                                        ← to the end of the entry
 * An entry starts at a line beginning (at most 2 spaces in) with the next number; page breaks and
 * the title furniture (○ …, （別添…）, 指定日/最終更新日) are skipped. Every number 1..N must occur
 * once, the "following N aliases" must match the aliases read, and the additions published on
 * 2025-09-12 must be present and equal in the consolidated list — else ImportError.
 */
import { ListData, type ListEntry, type ListId, type ListName } from "../../src/core/data/schemas";
import { identityName } from "../../src/core/data/entry-key";
import { ImportError, provenanceFor, sha256Hex, type SourceFile } from "./common";
import { iso2FromEnglish } from "./list-country";
import { assignKeys } from "./meti-eul";

export type DesignatedList = "METI-RU" | "METI-BY" | "METI-3RD";

interface ListInfo {
  title: string;
  notice: string;
  fixedCountry?: { name: string; iso2: string };
}

/** The three MOFA notices METI consolidates (SOURCES.md). */
export const DESIGNATED: Record<DesignatedList, ListInfo> = {
  "METI-RU": { title: "輸出等に係る禁止措置の対象となるロシア連邦の団体", notice: "令和4年外務省告示第82号", fixedCountry: { name: "ロシア", iso2: "RU" } },
  "METI-BY": { title: "輸出等に係る禁止措置の対象となるベラルーシ共和国の団体", notice: "令和4年外務省告示第104号", fixedCountry: { name: "ベラルーシ", iso2: "BY" } },
  "METI-3RD": { title: "輸出等に係る禁止措置の対象となるロシア連邦及びベラルーシ共和国以外の国の団体", notice: "令和5年外務省告示第447号" },
};

const JA = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}、。「」]/u;
const FURNITURE = /^(○|（別添|指定日：|最終更新日：)/;
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

const toAscii = (s: string) => s.normalize("NFKC");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Join wrapped Japanese lines: no space, except between two Latin letters/digits. */
function joinJa(lines: string[]): string {
  return lines.reduce((acc, l) => (acc && /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(l) ? `${acc} ${l}` : acc + l), "");
}

/** Open brackets minus closed ones; METI mixes full- and half-width (`（啊咕…公司)`). */
function bracketDepth(s: string): number {
  return (s.match(/[（(]/g)?.length ?? 0) - (s.match(/[）)]/g)?.length ?? 0);
}

/** `所在地：`, also spaced out (`所 在 地 ：`) or with an ASCII colon. */
const ADDRESS = /^所\s*在\s*地\s*[：:]\s*/;
const BEKKO = /^別\s*称\s*[：:]\s*/;
/** An alias line: hyphen, en or em dash. */
const DASH = /^[-—–]/;
const isLabel = (l: string) => ADDRESS.test(l) || BEKKO.test(l);
/** An alias followed by another ends with `;`, `；`, `; and` or `and,` — but METI sometimes omits it. */
const endsAlias = (a: string) => /([;；]|\band,?)\s*$/i.test(a);

export interface DesignatedRaw {
  no: number;
  ja: string;
  jaAliases: string[];
  en: string;
  script?: string;
  aliases: string[];
  address: string;
  /** Stated alias count ("the following N aliases"), when given. */
  statedAliases?: number;
  /** For a designation written as a scope (国防省 … including all operating units …): the full text. */
  scope?: string;
}

/** Header dates: 指定日 (first designation) and 最終更新日 (last update), ISO. */
export function headerDates(text: string): { designated?: string; updated?: string } {
  const d = (label: string) => {
    const m = new RegExp(`${label}：\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日`).exec(text);
    return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : undefined;
  };
  return { designated: d("指定日"), updated: d("最終更新日") };
}

/** Split the text into numbered entry blocks; numbers must run on from the first one without gaps. */
export function entryBlocks(text: string, fileName: string): { no: number; lines: string[] }[] {
  const lines = text.replace(/\f/g, "\n").split(/\r?\n/);
  const blocks: { no: number; lines: string[] }[] = [];
  for (const line of lines) {
    const m = /^\s{0,2}([0-9０-９]+)\s+(\S.*)$/.exec(line);
    const n = m ? Number(toAscii(m[1])) : NaN;
    const next = blocks.length ? blocks[blocks.length - 1].no + 1 : undefined;
    if (m && (next === undefined ? JA.test(m[2]) || /^[A-Z]/.test(m[2]) : n === next)) {
      blocks.push({ no: n, lines: [m[2].trim()] });
      continue;
    }
    const t = line.trim();
    if (!t || FURNITURE.test(t) || !blocks.length) continue;
    blocks[blocks.length - 1].lines.push(t);
  }
  if (!blocks.length) throw new ImportError(`${fileName}: no numbered entries found (not a METI designated-entities text?)`);
  return blocks;
}

const cleanAlias = (s: string) => squash(s.replace(/^[-—–]\s*/, "").replace(/(?:[;；,]\s*)?(?:\band\b)?\s*,?\s*$/i, ""));

/**
 * A `-` line is usually a new alias, but a hyphenated word can wrap onto a line of its own
 * (`-…Institute of Solid` / `-State Physics…`). When there are more dash lines than the aliases
 * the entry states, join an ASCII-hyphen line to the one above it when that one has no separator.
 */
function mergeHyphenWraps(lines: string[], stated: number | undefined): string[] {
  const out = [...lines];
  for (let j = out.length - 1; stated !== undefined && out.length > stated && j > 0; j--) {
    if (out[j].startsWith("-") && !endsAlias(out[j - 1])) out.splice(j - 1, 2, out[j - 1] + out[j]);
  }
  return out;
}

/** One entry block → its parts, or a problem. */
export function parseBlock(block: { no: number; lines: string[] }): DesignatedRaw | string {
  const { no, lines } = block;
  let i = 0;
  const ja: string[] = [lines[i++]];
  while (i < lines.length && !isLabel(lines[i])) {
    // Japanese if a bracket is still open, or Japanese appears outside brackets (an English name may
    // carry its script form in trailing brackets), or the line opens a Japanese bracket (`（別称、…`).
    const before = lines[i].split(/[（(]/)[0];
    if (bracketDepth(ja.join("")) > 0 || JA.test(before) || (/^[（(]/.test(lines[i]) && JA.test(lines[i]))) ja.push(lines[i++]);
    else break;
  }
  const en: string[] = [];
  while (i < lines.length && !DASH.test(lines[i]) && !isLabel(lines[i])) en.push(lines[i++]);
  const aliases: string[] = [];
  const jaAliases: string[] = [];
  while (i < lines.length && DASH.test(lines[i])) {
    aliases.push(lines[i++]);
    while (i < lines.length && !isLabel(lines[i]) && !DASH.test(lines[i])) aliases[aliases.length - 1] += ` ${lines[i++]}`;
  }
  if (i < lines.length && BEKKO.test(lines[i])) {
    const jaPart: string[] = [], enPart: string[] = [];
    lines[i] = lines[i].replace(BEKKO, "");
    while (i < lines.length && !ADDRESS.test(lines[i])) (JA.test(lines[i]) ? jaPart : enPart).push(lines[i++]);
    jaAliases.push(...joinJa(jaPart).split(/;\s*/));
    aliases.push(...squash(enPart.join(" ")).split(/;\s*/));
  }
  if (i >= lines.length || !ADDRESS.test(lines[i])) return `entry ${no}: no 所在地 line`;
  const address = squash(lines.slice(i).join(" ").replace(ADDRESS, "")).replace(/\.$/, "");

  let jaText = squash(joinJa(ja));
  const bekko = jaText.search(/[（(]別称[、,､]/);
  if (bekko >= 0) {
    const inner = jaText.slice(bekko + 4).replace(/[）)]\s*$/, "");
    jaAliases.push(...inner.split(/、|､|及び/));
    jaText = jaText.slice(0, bekko).trim();
  }
  let enText = squash(en.join(" "));
  let statedAliases: number | undefined;
  // ", a.k.a., the following N aliases:" — also seen without "a.k.a." and as "the follow N aliases".
  const aka = /,?\s*(?:a\.k\.a\.?,?\s*)?(?:the\s+)?follow(?:ing)?\s+(\w+)\s+alias(?:es)?:?\s*$/i.exec(enText);
  if (aka) {
    statedAliases = /^\d+$/.test(aka[1]) ? Number(aka[1]) : NUMBER_WORDS.indexOf(aka[1].toLowerCase());
    enText = enText.slice(0, aka.index).trim();
  }
  let script: string | undefined;
  const sc = /^(.*[A-Za-z.)])\s*（([^（）]*\p{Script=Han}[^（）]*)）$/u.exec(enText);
  if (sc) {
    enText = sc[1].trim();
    script = sc[2].trim();
  }
  // A ministry designated with everything under it is written as sentences: the name is the part
  // before the scope ("…, including …" / "国防省（…を含む）。…"); the full text goes to remarks.
  let scope: string | undefined;
  if (/。/.test(jaText) && /, including /.test(enText)) {
    scope = `${jaText} / ${enText}`;
    jaText = jaText.split(/[（(]/)[0].trim();
    enText = enText.split(/, including /)[0].replace(/^The\s+/, "").trim();
  }
  if (!jaText) return `entry ${no}: no Japanese name`;
  if (!enText) return `entry ${no}: no English name`;
  const cleaned = mergeHyphenWraps(aliases, statedAliases).map(cleanAlias).filter(Boolean);
  if (cleaned.length) cleaned[cleaned.length - 1] = cleaned[cleaned.length - 1].replace(/\.$/, "");
  return {
    no,
    ja: jaText,
    jaAliases: jaAliases.map((a) => squash(a)).filter(Boolean),
    en: enText,
    ...(script ? { script } : {}),
    aliases: cleaned,
    address,
    ...(statedAliases !== undefined ? { statedAliases } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** Country of a third-country entry: the last part of its first address (Hong Kong → HK). */
export function countryFromAddress(address: string): { name: string; iso2?: string } | undefined {
  const first = address.split(/;\s*(?:and\s+)?/)[0];
  const parts = first.split(",").map((p) => squash(p).replace(/\.$/, "")).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return undefined;
  const iso2 = iso2FromEnglish(last);
  if (iso2 === "CN" && parts.some((p) => /^Hong Kong$/i.test(p))) return { name: "Hong Kong", iso2: "HK" };
  return iso2 ? { name: last, iso2 } : undefined;
}

function decode(file: SourceFile): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new ImportError(`${file.name}: not UTF-8 text`);
  }
}

/** Parse a whole text into raw entries; every block must parse and stated alias counts must match. */
export function parseDesignatedText(text: string, fileName: string): DesignatedRaw[] {
  const problems: string[] = [];
  const out: DesignatedRaw[] = [];
  for (const b of entryBlocks(text, fileName)) {
    const r = parseBlock(b);
    if (typeof r === "string") problems.push(r);
    else {
      if (r.statedAliases !== undefined && r.statedAliases !== r.aliases.length) problems.push(`entry ${r.no}: states ${r.statedAliases} aliases, read ${r.aliases.length}`);
      out.push(r);
    }
  }
  if (problems.length) throw new ImportError(`${fileName}: unreadable entries`, problems);
  return out;
}

function toEntry(list: DesignatedList, r: DesignatedRaw, problems: string[]): Omit<ListEntry, "key"> {
  const info = DESIGNATED[list];
  const country = info.fixedCountry ?? countryFromAddress(r.address);
  if (!country) problems.push(`entry ${r.no}: no country in address "${r.address.slice(0, 80)}"`);
  const names: ListName[] = [
    { value: r.en, kind: "primary" },
    ...(r.script ? [{ value: r.script, kind: "script" as const }] : []),
    { value: r.ja, kind: "ja" },
    ...r.aliases.map((value) => ({ value, kind: "alias" as const })),
    ...r.jaAliases.map((value) => ({ value, kind: "ja_alias" as const })),
  ];
  const first = r.address.split(/;\s*(?:and\s+)?/).map((a) => countryFromAddress(a)?.iso2).filter(Boolean);
  const many = [...new Set(first)];
  return {
    entryNo: String(r.no),
    name: r.en,
    names,
    ...(country ? { country } : {}),
    partyType: "entity",
    address: r.address,
    programme: info.title,
    designation: { notice: info.notice },
    ...(r.scope ? { remarks: r.scope } : list === "METI-3RD" && many.length > 1 ? { remarks: `addresses in ${many.join(", ")}` } : {}),
  };
}

export interface DesignatedInput {
  /** The `pdftotext -layout` extract of the consolidated list. */
  text: SourceFile;
  /** The PDF the text was extracted from (its sha256 goes in provenance). */
  pdf?: SourceFile;
  /** Extracts of addition notices whose entries must appear, equal, in the consolidated list. */
  additions?: { text: SourceFile; pdf?: SourceFile }[];
  /** The highest number the list is known to have (count check 1..N). */
  expectedLast?: number;
}

const sameNames = (a: DesignatedRaw, b: DesignatedRaw) =>
  identityName(a.en) === identityName(b.en) &&
  identityName(a.ja) === identityName(b.ja) &&
  [...a.aliases, ...a.jaAliases].map(identityName).sort().join("|") === [...b.aliases, ...b.jaAliases].map(identityName).sort().join("|") &&
  identityName(a.address) === identityName(b.address);

export async function importMetiDesignated(list: DesignatedList, input: DesignatedInput): Promise<ListData> {
  const text = decode(input.text);
  const raws = parseDesignatedText(text, input.text.name);
  const problems: string[] = [];
  const nos = raws.map((r) => r.no);
  const last = input.expectedLast ?? Math.max(...nos);
  for (let n = 1; n <= last; n++) if (nos.filter((x) => x === n).length !== 1) problems.push(`number ${n} occurs ${nos.filter((x) => x === n).length} times`);
  if (nos.length !== last) problems.push(`${nos.length} entries for numbers 1..${last}`);
  const notes: string[] = [];
  let additionsChecked = 0;
  for (const add of input.additions ?? []) {
    const addRaws = parseDesignatedText(decode(add.text), add.text.name);
    for (const a of addRaws) {
      const c = raws.find((r) => r.no === a.no);
      if (!c) problems.push(`${add.text.name}: entry ${a.no} missing from the consolidated list`);
      else if (!sameNames(a, c)) problems.push(`${add.text.name}: entry ${a.no} differs from the consolidated list`);
      else additionsChecked++;
    }
    const addSha = add.pdf ? `; PDF ${add.pdf.name} sha256 ${await sha256Hex(add.pdf.bytes)}` : "";
    notes.push(`additions ${add.text.name} (sha256 ${await sha256Hex(add.text.bytes)}${addSha}): entries ${addRaws.map((r) => r.no).join(", ")} present and equal`);
  }
  const raw = raws.map((r) => toEntry(list, r, problems));
  if (problems.length) throw new ImportError(`${input.text.name}: ${list} fails its checks`, problems);
  const entries = assignKeys(list, raw, notes);
  const dates = headerDates(text);
  if (!dates.updated) throw new ImportError(`${input.text.name}: no 最終更新日 in the header`);
  const info = DESIGNATED[list];
  const counts: Record<string, number> = {
    entries: entries.length,
    lastNumber: last,
    aliases: entries.reduce((n, e) => n + e.names.filter((x) => x.kind === "alias").length, 0),
    jaAliases: entries.reduce((n, e) => n + e.names.filter((x) => x.kind === "ja_alias").length, 0),
    additionsChecked,
  };
  const byCountry = new Map<string, number>();
  for (const e of entries) byCountry.set(e.country?.iso2 ?? "?", (byCountry.get(e.country?.iso2 ?? "?") ?? 0) + 1);
  for (const k of [...byCountry.keys()].sort()) counts[`country:${k}`] = byCountry.get(k)!;
  const prov = await provenanceFor(input.text, {
    publisher: "経済産業省",
    title: `${info.title}（${info.notice}）`,
    dataDate: dates.updated,
    effective: dates.updated,
    importer: "scripts/importers/meti-designated.ts",
    counts,
    attribution: `出典：経済産業省「${info.title}」（最終更新日 ${dates.updated}）を加工して作成`,
    notes: [
      `text extracted with pdftotext -layout from ${input.pdf?.name ?? "METI's PDF"}${input.pdf ? ` (sha256 ${await sha256Hex(input.pdf.bytes)})` : ""}; sha256 above is the extract's`,
      ...(dates.designated ? [`指定日 ${dates.designated}; 最終更新日 ${dates.updated}`] : []),
      "outright export bans (輸出等に係る禁止措置), not catch-all information",
      ...notes,
    ],
  });
  const data = { id: list as ListId, version: `${list} ${dates.updated}`, provenance: prov, entries };
  const parsed = ListData.safeParse(data);
  if (!parsed.success) throw new ImportError(`${input.text.name}: result fails the ListData schema`, parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`));
  return parsed.data;
}
