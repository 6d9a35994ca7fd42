/**
 * The 2025-01-31 End User List as the *derived* CSV beside METI's PDF (`eul_20250131.csv`, see
 * SOURCES.md) → ListData. A previous revision, kept for re-check and diff tests — never bundled as
 * the active list. Columns: no, country_ja, country_en, name, name_ja, aliases (` | `),
 * wmd_codes, conventional_weapons, raw_type_of_wmd, raw_conventional.
 */
import type { ListData, ListEntry, ListName } from "../../src/core/data/schemas";
import { ImportError, sha256Hex, type SourceFile } from "./common";
import { iso2FromBilingual } from "./list-country";
import { csvRecords } from "./list-csv";
import { type EulRevision, finishEul, parseCw, parseWmd } from "./meti-eul";

export const EUL_CSV_COLUMNS = ["no", "country_ja", "country_en", "name", "name_ja", "aliases", "wmd_codes", "conventional_weapons", "raw_type_of_wmd", "raw_conventional"] as const;

/** The 2025-01-31 revision: 748 entries (METI's count), no conventional-weapons column yet. */
export const EUL_20250131: EulRevision = {
  dataDate: "2025-01-31",
  effective: "2025-01-31",
  counts: { entries: 748, withCW: 0 },
  notes: [
    "derived CSV of METI's PDF 20250131003-1.pdf (sha256 0e3557d4d728239ccacef234dcd43be19d02d288be972a6ed11b3a06fe31dba4); sha256 above is the CSV's",
    "effective date not stated in the derived file: taken as the publication date",
  ],
};

const KNOWN_CSV: Record<string, EulRevision> = {
  "19438e45cf6d29ac9d03f3036252b466814292c73370a98aadc8c61b0c44b558": EUL_20250131,
};

export async function importMetiEulCsv(file: SourceFile): Promise<ListData> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new ImportError(`${file.name}: not UTF-8 text`);
  }
  const { records } = csvRecords(text, file.name, EUL_CSV_COLUMNS);
  const problems: string[] = [];
  const raw: Omit<ListEntry, "key">[] = records.map((r, j) => {
    const where = `line ${j + 2} (No. ${r.no})`;
    const c = iso2FromBilingual(r.country_ja, r.country_en);
    if (c.conflict) problems.push(`${where}: country ${c.conflict}`);
    else if (!c.iso2) problems.push(`${where}: unknown country "${r.country_ja} / ${r.country_en}"`);
    const wmd = parseWmd(r.raw_type_of_wmd || r.wmd_codes.split("").join(","));
    if (wmd.problem) problems.push(`${where}: ${wmd.problem}`);
    if (r.wmd_codes && wmd.codes.join("") !== r.wmd_codes) problems.push(`${where}: wmd_codes ${r.wmd_codes} ≠ raw "${r.raw_type_of_wmd}"`);
    const cw = parseCw(r.raw_conventional || r.conventional_weapons);
    if (cw.problem) problems.push(`${where}: ${cw.problem}`);
    const names: ListName[] = [];
    const name = r.name.trim(), script = r.name_ja.trim();
    if (name) names.push({ value: name, kind: "primary" });
    if (script) names.push({ value: script, kind: "script" });
    if (!names.length) problems.push(`${where}: no name`);
    for (const a of r.aliases.split(" | ").map((x) => x.trim()).filter(Boolean)) names.push({ value: a, kind: "alias" });
    const concerns = [...wmd.codes, ...(cw.cw ? (["CW"] as const) : [])];
    if (!concerns.length) problems.push(`${where}: no concern`);
    return {
      entryNo: r.no,
      name: name || script || "?",
      names: names.length ? names : [{ value: "?", kind: "primary" }],
      country: { name: r.country_ja || r.country_en, ...(c.iso2 ? { iso2: c.iso2 } : {}) },
      concerns,
      partyType: "entity" as const,
    };
  });
  if (problems.length) throw new ImportError(`${file.name}: ${problems.length} unreadable row(s)`, problems);
  const bySha = KNOWN_CSV[await sha256Hex(file.bytes)];
  return finishEul(file, raw, { columns: "csv", revision: bySha, importer: "scripts/importers/meti-eul-csv.ts" });
}
