/**
 * METI 外国ユーザーリスト (End User List) xlsx → ListData.
 *
 * Pure (bytes in, data out; exceljs `xlsx.load` works in the browser and in Node), so the build,
 * the CLI and the task pane's list import share it. Columns are found by their header text, not
 * position. Cell quirks tolerated (see shared/data/SOURCES.md): script names on a second line or
 * in trailing brackets, aliases one per `・` line with a bracketed script line after some, single
 * aliases without `・`, wrapped alias lines, `M、N`, `ミサイルM`, full-width `Ｎ`, trailing spaces.
 * Anything else unexpected is collected and refused as one ImportError — never dropped silently.
 */
import ExcelJS from "exceljs";
import { entryKey } from "../../src/core/data/entry-key";
import { ListData, type ListEntry, type ListName } from "../../src/core/data/schemas";
import { ImportError, expectCount, provenanceFor, type SourceFile } from "./common";
import { iso2FromBilingual } from "./list-country";

export const EUL_SHEET = "ユーザーリスト";
export const EUL_PUBLISHER = "経済産業省";
export const EUL_TITLE = "外国ユーザーリスト (End User List)";

/** What METI published about a revision; the importer checks the file against it. */
export interface EulRevision {
  dataDate: string;
  effective: string;
  counts?: Record<string, number>;
  notes?: string[];
}

/**
 * Revisions this importer knows, by the sha256 of the published file. Counts are those METI and
 * SOURCES.md state for the revision; a file not listed here is imported with structural checks
 * only and its dates taken from its file name (and said so in the provenance notes).
 */
export const KNOWN_EUL_REVISIONS: Record<string, EulRevision> = {
  // 20250929_4.xlsx: published 2025-09-29, applies from 2025-10-09 (cover notice 20250922貿局第1号).
  "27ff3c7a98d0103ef20222b9e9a58be12d9e89699ce5a5c99d1a386de41fbfc0": {
    dataDate: "2025-09-29",
    effective: "2025-10-09",
    counts: {
      entries: 835,
      countries: 15,
      withCW: 240,
      aliases: 1424,
      scriptNames: 204,
      "country:IR": 257,
      "country:KP": 154,
      "country:CN": 127,
      "country:PK": 103,
      "country:RU": 100,
      "country:AE": 29,
      "country:HK": 22,
      "country:SY": 19,
      "country:LB": 9,
      "country:TW": 5,
      "country:EG": 3,
      "country:AF": 2,
      "country:YE": 2,
      "country:IN": 2,
      "country:IL": 1,
    },
  },
};

export function eulAttribution(dataDate: string): string {
  const [y, m, d] = dataDate.split("-").map(Number);
  const reiwa = y >= 2019 ? `令和${y - 2018}年${m}月${d}日` : dataDate;
  return `出典：経済産業省「外国ユーザーリスト」（${reiwa}）を加工して作成`;
}

// ---------------------------------------------------------------------------------------------
// Cell parsing shared with the CSV importer of the 2025-01-31 revision

type Concern = NonNullable<ListEntry["concerns"]>[number];
const WMD_WORDS: Record<string, Concern> = { 生物: "B", 化学: "C", ミサイル: "M", 核: "N" };

/**
 * `懸念区分 Type of WMD` → codes. The Japanese words and the letter codes must agree (both are
 * printed); either alone is accepted. Returns a problem text for anything else.
 */
export function parseWmd(raw: string): { codes: Concern[]; problem?: string } {
  const text = raw.normalize("NFKC").trim();
  if (!text) return { codes: [] };
  const fromWords = new Set<Concern>();
  const rest = text.replace(/生物|化学|ミサイル|核/g, (w) => {
    fromWords.add(WMD_WORDS[w]);
    return " ";
  });
  const fromCodes = new Set<Concern>();
  const leftover = rest.replace(/\b[BCMN]\b/g, (c) => {
    fromCodes.add(c as Concern);
    return " ";
  });
  if (/[^\s,、/]/.test(leftover)) return { codes: [], problem: `unreadable Type of WMD "${raw}"` };
  if (fromWords.size && fromCodes.size && [...fromWords].sort().join() !== [...fromCodes].sort().join())
    return { codes: [], problem: `Type of WMD words and codes disagree in "${raw}"` };
  const all = fromCodes.size ? fromCodes : fromWords;
  return { codes: (["B", "C", "M", "N"] as Concern[]).filter((c) => all.has(c)) };
}

/** `通常兵器 Conventional Weapons`: `通常兵器\nCW` or empty. */
export function parseCw(raw: string): { cw: boolean; problem?: string } {
  const text = raw.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (!text) return { cw: false };
  if (/^(通常兵器)?\s*CW$|^通常兵器$/.test(text)) return { cw: true };
  return { cw: false, problem: `unreadable Conventional Weapons "${raw}"` };
}

/** Letters of a writing system other than Latin: the "own script" of a name. */
const OWN_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Cyrillic}]/u;
export const hasOwnScript = (s: string) => OWN_SCRIPT.test(s);

const trimAll = (s: string) => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
/** A whole line in brackets; inner brackets allowed (`(朝鮮綾羅島貿易(総)会社)`). */
const bracketed = (s: string) => /^[（(].*[)）]$/.test(s);
const unbracket = (s: string) => trimAll(s.slice(1, -1));

/**
 * `企業名､組織名`: the English name, and its own-script form when given — on a second line in
 * brackets (`Air Koryo\n(高麗航空)`) or in trailing brackets on the same line. A bracketed Latin
 * abbreviation (`（KIPAS）`) stays part of the name. A name only in its own script is kind "script".
 */
export function parseEulName(raw: string): { name: string; names: ListName[] } {
  const lines = raw.split(/\r?\n/).map(trimAll).filter(Boolean);
  let script: string | undefined;
  if (lines.length > 1 && bracketed(lines[lines.length - 1]) && hasOwnScript(lines[lines.length - 1])) {
    script = unbracket(lines.pop()!);
  }
  let name = lines.join(" ");
  if (!script) {
    const m = /^(.*\S)\s*[（(]([^（()）]*)[)）]$/u.exec(name);
    if (m && hasOwnScript(m[2]) && !hasOwnScript(m[1])) {
      name = trimAll(m[1]);
      script = trimAll(m[2]);
    }
  }
  if (!script && hasOwnScript(name) && !/[A-Za-z]/.test(name)) return { name, names: [{ value: name, kind: "script" }] };
  const names: ListName[] = [{ value: name, kind: "primary" }];
  if (script) names.push({ value: script, kind: "script" });
  return { name, names };
}

/**
 * `別名 Also Known As`: one alias per `・` line; a bracketed line (or an unbracketed line in its
 * own script) after an alias is that alias's script form; another unbulleted Latin line continues
 * the alias above it (METI wraps long aliases). A cell without any `・` holds one alias per line.
 */
export function parseEulAliases(raw: string): ListName[] {
  const lines = raw.split(/\r?\n/).map(trimAll).filter(Boolean);
  const bulleted = lines.some((l) => /^[・･]/.test(l));
  const out: ListName[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (!bulleted) out.push({ value: line, kind: "alias" });
    else if (/^[・･]/.test(line)) out.push({ value: trimAll(line.slice(1)), kind: "alias" });
    else if (bracketed(line) && last) out.push({ value: unbracket(line), kind: "alias_script" });
    else if (hasOwnScript(line) && !/[A-Za-z]/.test(line)) out.push({ value: line, kind: "alias_script" });
    else if (last && last.kind === "alias") last.value = `${last.value} ${line}`;
    else out.push({ value: line, kind: "alias" });
  }
  return out.filter((n) => n.value.length > 0);
}

/** Key every entry; a second entry with the same identity gets `#2` (and a note), never dropped. */
export function assignKeys(list: string, entries: Omit<ListEntry, "key">[], notes: string[]): ListEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    let key = entryKey(list, e.country?.iso2 ?? e.country?.name, e.name);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) {
      notes.push(`entry ${e.entryNo} has the same country and name as an earlier entry; keyed ${key}#${n}`);
      key = `${key}#${n}`;
    }
    return { key, ...e } as ListEntry;
  });
}

/** Counts recorded in provenance and checked against a known revision. */
export function eulCounts(entries: ListEntry[]): Record<string, number> {
  const counts: Record<string, number> = {
    entries: entries.length,
    countries: new Set(entries.map((e) => e.country?.iso2 ?? e.country?.name)).size,
    withCW: entries.filter((e) => e.concerns?.includes("CW")).length,
    aliases: entries.reduce((n, e) => n + e.names.filter((x) => x.kind === "alias").length, 0),
    aliasScripts: entries.reduce((n, e) => n + e.names.filter((x) => x.kind === "alias_script").length, 0),
    scriptNames: entries.filter((e) => e.names.some((x) => x.kind === "script")).length,
  };
  for (const c of ["B", "C", "M", "N"] as const) counts[`concern:${c}`] = entries.filter((e) => e.concerns?.includes(c)).length;
  const byCountry = new Map<string, number>();
  for (const e of entries) {
    const k = e.country?.iso2 ?? e.country?.name ?? "?";
    byCountry.set(k, (byCountry.get(k) ?? 0) + 1);
  }
  for (const k of [...byCountry.keys()].sort()) counts[`country:${k}`] = byCountry.get(k)!;
  return counts;
}

/** Compare computed counts with a revision's published ones; every difference is reported. */
export function checkCounts(what: string, counts: Record<string, number>, expected: Record<string, number> | undefined): void {
  if (!expected) return;
  const problems = Object.entries(expected)
    .filter(([k, v]) => counts[k] !== v)
    .map(([k, v]) => `${k}: expected ${v}, got ${counts[k] ?? 0}`);
  if (problems.length) throw new ImportError(`count check failed for ${what}`, problems);
  expectCount(`${what} entries`, counts.entries, expected.entries);
}

/** Date from a METI file name such as `20250929_4.xlsx`. */
export function dateFromFileName(name: string): string | undefined {
  const m = /(20\d{2})(\d{2})(\d{2})/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

// ---------------------------------------------------------------------------------------------
// xlsx

type CellValue = ExcelJS.CellValue;

/** A cell's text: strings, rich text runs, formula results, hyperlinks — all as plain text. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result as CellValue);
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("error" in v) return "";
  }
  return String(v);
}

/** Load an xlsx, turning the zip/xml library's errors into an ImportError that says what happened. */
export async function loadWorkbook(file: SourceFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    const ab = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
    await wb.xlsx.load(ab);
  } catch (e) {
    throw new ImportError(`${file.name} is not a readable .xlsx workbook (truncated or damaged?): ${(e as Error).message}`);
  }
  return wb;
}

const EUL_COLUMNS = {
  no: /^No\.?$/i,
  country: /国名|Country/i,
  name: /企業名|Company/i,
  aliases: /別名|Also Known/i,
  wmd: /懸念区分|Type of WMD/i,
  cw: /通常兵器|Conventional/i,
} as const;
type EulColumn = keyof typeof EUL_COLUMNS;

/** Header row → column numbers; every column is required. */
function findEulColumns(ws: ExcelJS.Worksheet, fileName: string): Record<EulColumn, number> {
  const header = ws.getRow(1);
  const found: Partial<Record<EulColumn, number>> = {};
  header.eachCell((cell, col) => {
    const t = cellText(cell.value).replace(/\s+/g, " ").trim();
    for (const [k, re] of Object.entries(EUL_COLUMNS) as [EulColumn, RegExp][]) if (!found[k] && re.test(t)) found[k] = col;
  });
  const missing = (Object.keys(EUL_COLUMNS) as EulColumn[]).filter((k) => !found[k]);
  if (missing.length) throw new ImportError(`${fileName}: sheet ${EUL_SHEET} lacks columns`, missing.map((m) => `${m} (${EUL_COLUMNS[m].source})`));
  return found as Record<EulColumn, number>;
}

/** End User List workbook → ListData (validated; counts checked when the revision is known). */
export async function importMetiEulXlsx(file: SourceFile, wb?: ExcelJS.Workbook): Promise<ListData> {
  const book = wb ?? (await loadWorkbook(file));
  const ws = book.getWorksheet(EUL_SHEET);
  if (!ws) throw new ImportError(`${file.name}: no sheet "${EUL_SHEET}" (sheets: ${book.worksheets.map((w) => w.name).join(", ")})`);
  const col = findEulColumns(ws, file.name);
  const problems: string[] = [];
  const raw: Omit<ListEntry, "key">[] = [];
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const get = (k: EulColumn) => cellText(row.getCell(col[k]).value);
    const country = get("country"), nameCell = get("name");
    if (!trimAll(country) && !trimAll(nameCell) && !trimAll(get("aliases"))) return; // blank row
    const where = `row ${r}`;
    if (!trimAll(nameCell)) problems.push(`${where}: no name`);
    const [cJa, ...cEnParts] = country.split(/\r?\n/).map(trimAll).filter(Boolean);
    const cEn = cEnParts.join(" ");
    const c = iso2FromBilingual(cJa ?? "", cEn);
    if (c.conflict) problems.push(`${where}: country ${c.conflict}`);
    else if (!c.iso2) problems.push(`${where}: unknown country "${country}"`);
    const wmd = parseWmd(get("wmd"));
    const cw = parseCw(get("cw"));
    for (const p of [wmd.problem, cw.problem]) if (p) problems.push(`${where}: ${p}`);
    const concerns: Concern[] = [...wmd.codes, ...(cw.cw ? (["CW"] as Concern[]) : [])];
    if (!wmd.problem && !cw.problem && concerns.length === 0) problems.push(`${where}: neither a WMD concern nor CW`);
    const { name, names } = parseEulName(nameCell);
    const shown = cellText(row.getCell(col.no).value).trim();
    raw.push({
      entryNo: /^\d+$/.test(shown) ? shown : String(r - 1),
      name: name || "?",
      names: [...names, ...parseEulAliases(get("aliases"))],
      country: { name: cJa ?? cEn, ...(c.iso2 ? { iso2: c.iso2 } : {}) },
      concerns,
      partyType: "entity",
    });
  });
  if (problems.length) throw new ImportError(`${file.name}: ${problems.length} unreadable row(s) in ${EUL_SHEET}`, problems);
  if (raw.length === 0) throw new ImportError(`${file.name}: sheet ${EUL_SHEET} has no entries (truncated?)`);
  return finishEul(file, raw, { columns: "xlsx" });
}

/** Keys, counts, provenance and schema validation — shared by the xlsx and CSV forms. */
export async function finishEul(
  file: SourceFile,
  raw: Omit<ListEntry, "key">[],
  opts: { columns: "xlsx" | "csv"; revision?: EulRevision; extraNotes?: string[]; importer?: string },
): Promise<ListData> {
  const notes: string[] = [];
  const entries = assignKeys("METI-EUL", raw, notes);
  const counts = eulCounts(entries);
  const prov0 = await provenanceFor(file, {
    publisher: EUL_PUBLISHER,
    title: EUL_TITLE,
    dataDate: "",
    effective: "",
    importer: opts.importer ?? "scripts/importers/meti-eul.ts",
    counts,
  });
  const known = opts.revision ?? KNOWN_EUL_REVISIONS[prov0.sha256];
  const dataDate = known?.dataDate ?? dateFromFileName(file.name);
  if (!dataDate) throw new ImportError(`${file.name}: unknown End User List revision and no date (yyyymmdd) in its file name`);
  if (!known) notes.push(`revision not known to the importer: dates taken from the file name (${dataDate}); effective date assumed equal — check METI's notice`);
  checkCounts(`${file.name} (End User List ${dataDate})`, counts, known?.counts);
  notes.push("entryNo is the row number METI shows (No. = ROW()-1): it moves between revisions; key is the stable identity");
  const data = {
    id: "METI-EUL" as const,
    version: `METI-EUL ${dataDate}`,
    provenance: {
      ...prov0,
      dataDate,
      effective: known?.effective ?? dataDate,
      attribution: eulAttribution(dataDate),
      notes: [...(known?.notes ?? []), ...(opts.extraNotes ?? []), ...notes],
    },
    entries,
  };
  const parsed = ListData.safeParse(data);
  if (!parsed.success) throw new ImportError(`${file.name}: result fails the ListData schema`, parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  return parsed.data;
}
