/**
 * `--determinations FILE`: the company's 判定書マスタ as CSV or XLSX (first sheet, header on the
 * first row). Every row is checked before anything is applied; any bad row refuses the whole file
 * with its line numbers (exit 1) — a master is never half-applied.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { parseMasterRows, type DeterminationStore } from "../core/determinations";
import { cellValue } from "../excel/workbook/exceljs-adapter";
import { UsageError } from "./args";
import { parseCsv } from "./csv";

/** Lines of errors shown before "… and N more". */
const SHOWN = 20;

export async function readDeterminationMaster(path: string): Promise<DeterminationStore> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new UsageError(`--determinations ${path}: use a .csv or .xlsx 判定書マスタ`);
  if (!existsSync(path)) throw new UsageError(`--determinations ${path}: not found`);
  let rows: unknown[][];
  try {
    rows = ext === ".csv" ? parseCsv(readFileSync(path, "utf8").replace(/^\ufeff/, "")) : await xlsxRows(path);
  } catch (e) {
    throw new UsageError(`--determinations ${path}: cannot read (${(e as Error).message.split("\n")[0]})`);
  }
  const parsed = parseMasterRows(rows);
  if (parsed.errors.length) {
    const lines = parsed.errors.slice(0, SHOWN).map((e) => `  line ${e.line}: ${e.messages.join("; ")}`);
    if (parsed.errors.length > SHOWN) lines.push(`  … and ${parsed.errors.length - SHOWN} more`);
    throw new UsageError(`--determinations ${path}: ${parsed.errors.length} bad row(s), nothing applied\n${lines.join("\n")}`);
  }
  return { determinations: parsed.determinations };
}

async function xlsxRows(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets.find((w) => w.state === "visible") ?? wb.worksheets[0];
  if (!ws) return [];
  const rows: unknown[][] = [];
  // Keep empty rows so positions are the sheet's line numbers.
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const vals: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      vals.push(cellValue(row.getCell(c).value));
    }
    rows.push(vals);
  }
  return rows;
}
