/**
 * One entry point for a list file a user hands us (CLI `lists import`, the task pane's list
 * import): recognise the format by content — never by file name alone — import it, and refuse
 * with an ImportError that says what is wrong (truncated workbook, wrong sheet, missing columns,
 * unknown CSV header, a PDF instead of its text, random bytes). Pure: bytes in, ListData out.
 */
import { ListData } from "../../src/core/data/schemas";
import { ImportError, type SourceFile } from "./common";
import { type DesignatedList, importMetiDesignated } from "./meti-designated";
import { EUL_SHEET, importMetiEulXlsx, loadWorkbook } from "./meti-eul";
import { EUL_CSV_COLUMNS, importMetiEulCsv } from "./meti-eul-csv";
import { MOF_INDEX_SHEET, importMofFreeze } from "./mof-freeze";
import { CSL_COLUMNS, gunzip, importUsCsl } from "./us-csl";

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const GZIP = [0x1f, 0x8b];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** The MOFA notice in a designated-entities extract names its list. */
const DESIGNATED_NOTICES: [RegExp, DesignatedList][] = [
  [/外務省告示第八十二号|外務省告示第82号/, "METI-RU"],
  [/外務省告示第百四号|外務省告示第104号/, "METI-BY"],
  [/外務省告示第四百四十七号|外務省告示第447号/, "METI-3RD"],
];

export type ListFormat = "meti-eul-xlsx" | "meti-eul-csv" | "mof-freeze-xlsx" | "us-csl-csv" | "meti-designated-txt";

async function importWorkbook(file: SourceFile): Promise<ListData> {
  const wb = await loadWorkbook(file);
  const names = wb.worksheets.map((w) => w.name);
  if (names.includes(EUL_SHEET)) return importMetiEulXlsx(file, wb);
  if (names.includes(MOF_INDEX_SHEET)) return importMofFreeze(file, wb);
  throw new ImportError(`${file.name}: a workbook without a known list sheet (sheets: ${names.join(", ") || "none"}; expected "${EUL_SHEET}" for METI's End User List or "${MOF_INDEX_SHEET}" for MOF's asset-freeze list)`);
}

function decodeText(file: SourceFile): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new ImportError(`${file.name}: unknown format — neither an .xlsx workbook nor UTF-8 text (CSV / extracted text)`);
  }
}

async function importText(file: SourceFile): Promise<ListData> {
  const text = decodeText(file);
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0];
  const header = firstLine.split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  if (header.includes("_id") && header.includes("source") && header.includes("entity_number")) {
    const missing = CSL_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) throw new ImportError(`${file.name}: US Consolidated Screening List header lacks columns`, missing);
    return importUsCsl(file);
  }
  if (header[0] === "no" && header.includes("country_ja")) {
    const missing = EUL_CSV_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length) throw new ImportError(`${file.name}: End User List CSV header lacks columns`, missing);
    return importMetiEulCsv(file);
  }
  if (/所\s*在\s*地/.test(text) && /外務省告示/.test(text)) {
    const hit = DESIGNATED_NOTICES.find(([re]) => re.test(text));
    if (!hit) throw new ImportError(`${file.name}: a designated-entities text without a known MOFA notice number`);
    return importMetiDesignated(hit[1], { text: file });
  }
  if (/特定団体/.test(text) && /所\s*在\s*地/.test(text))
    throw new ImportError(`${file.name}: an additions notice of designated entities, not the consolidated list — import METI's consolidated list (list_*_tokutei)`);
  if (firstLine.includes(",")) throw new ImportError(`${file.name}: unknown CSV header "${firstLine.slice(0, 120)}" (expected the US CSL consolidated.csv or the End User List CSV columns)`);
  throw new ImportError(`${file.name}: unknown list format`);
}

/** Recognise, import and validate a list file. Throws ImportError (only) when it cannot. */
export async function importListFile(file: SourceFile): Promise<ListData> {
  let data: ListData;
  try {
    const b = file.bytes;
    if (!b || b.length === 0) throw new ImportError(`${file.name}: empty file`);
    if (startsWith(b, GZIP)) data = await importListFile({ name: file.name.replace(/\.gz$/i, ""), bytes: await gunzip(b) });
    else if (startsWith(b, ZIP)) data = await importWorkbook(file);
    else if (startsWith(b, PDF)) throw new ImportError(`${file.name}: a PDF — extract its text first (pdftotext -layout) and import the .txt`);
    else data = await importText(file);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(`${file.name}: could not be read: ${(e as Error).message}`);
  }
  const checked = ListData.safeParse(data);
  if (!checked.success) throw new ImportError(`${file.name}: imported data fails the ListData schema`, checked.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`));
  if (checked.data.entries.length === 0) throw new ImportError(`${file.name}: no entries`);
  return checked.data;
}
