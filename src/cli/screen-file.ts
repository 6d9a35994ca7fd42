/**
 * `anpo-screen screen IN -o OUT`: an order file (.xlsx, .csv, .jsonl) through the same table
 * screening as the task pane. The input file is never written to; the output gets the user's data
 * unchanged plus the result columns.
 *
 * Two .xlsx paths: the full exceljs model (keeps all of the user's formatting, merged cells,
 * validation…) for ordinary files, and the streaming adapter (xlsx-stream-workbook.ts: values,
 * formulas, cell styles and widths only) for large ones, where the full model would take minutes
 * and over a gigabyte. `stream` forces either; otherwise the file size decides.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { Engine } from "../core/engine";
import { ExcelJsWorkbook, cellValue } from "../excel/workbook/exceljs-adapter";
import { guessMapping, screenTable, ScreenInputError, VERDICT_STYLE, type ColumnMapping, type MappingField, type ScreenRun } from "../excel/workbook/screen-table";
import type { WorkbookPort } from "../excel/workbook/port";
import { UsageError } from "./args";
import { XlsxStreamWorkbook } from "./xlsx-stream-workbook";
import { parseCsv, toCsv } from "./csv";
import type { Io } from "./main";
import { readDeterminationMaster } from "./determination-master";

export interface ScreenFileOptions {
  input: string;
  output: string;
  sheet?: string;
  map: string[];
  summary: boolean;
  json: boolean;
  user?: string;
  /** true: streaming .xlsx path; false: full model; undefined: by file size (STREAM_ABOVE_BYTES). */
  stream?: boolean;
  /** 判定書マスタ (.csv / .xlsx) whose recorded determinations stand in for the engine's 該非判定. */
  determinations?: string;
}

/**
 * Above this input size the streaming path is used. Measured on generated order sheets
 * (bench/screen.bench.ts): ~42 bytes of zipped .xlsx per 8-column order row, so 1 MB ≈ 25,000
 * rows — where the full model already takes ~10 s and ~400 MB and grows linearly past the targets
 * (100,000 rows: 42 s / 1.1 GB for exceljs alone).
 */
export const STREAM_ABOVE_BYTES = 1_000_000;

const FORMATS = [".xlsx", ".csv", ".jsonl"];
const FIELDS: MappingField[] = ["id", "item", "spec", "hs", "quantity", "value", "country", "customer", "part"];

export async function screenFile(engine: Engine, o: ScreenFileOptions, io: Io): Promise<number> {
  const inExt = extname(o.input).toLowerCase();
  const outExt = extname(o.output).toLowerCase();
  if (!FORMATS.includes(inExt)) throw new UsageError(`unsupported input format ${inExt || "(none)"}: use .xlsx, .csv or .jsonl`);
  if (!FORMATS.includes(outExt)) throw new UsageError(`unsupported output format ${outExt || "(none)"}: use .xlsx, .csv or .jsonl`);
  if (!existsSync(o.input)) throw new UsageError(`cannot read input file: ${o.input} (not found)`);
  if (resolve(o.input) === resolve(o.output)) throw new UsageError("the output must be a new file: the input is never overwritten");

  // The master is read and checked in full before the order file is touched.
  const determinations = o.determinations ? await readDeterminationMaster(o.determinations) : undefined;
  const streaming = inExt === ".xlsx" && (o.stream ?? envStream() ?? statSync(o.input).size > STREAM_ABOVE_BYTES);
  const book = streaming ? await loadStreaming(o.input) : await loadFull(o.input, inExt);
  const names = await book.port.sheetNames();
  const sheet = o.sheet ?? book.firstVisible;
  if (!sheet || !names.includes(sheet)) throw new UsageError(o.sheet ? `no sheet named "${o.sheet}" in ${o.input}` : `${o.input} has no sheet`);
  const table = await book.port.readTable({ sheet });
  const mapping = applyMap(guessMapping(table.headers), table.headers, o.map);

  let run: ScreenRun;
  try {
    run = await screenTable(book.port, engine, { ref: { sheet }, mapping, determinations, user: o.user ?? "cli", addinVersion: "cli" });
  } catch (e) {
    if (e instanceof ScreenInputError) throw new UsageError(`${o.input}: ${e.message}`);
    throw e;
  }

  mkdirSync(dirname(resolve(o.output)), { recursive: true });
  if (outExt === ".xlsx") await book.save(o.output);
  else if (outExt === ".csv") writeFileSync(o.output, "\ufeff" + toCsv(book.rows(run.resultSheet)));
  else writeFileSync(o.output, run.results.map((r) => JSON.stringify({ row: r.row + 1, id: r.id, input: r.input, verdict: r.decision.verdict, summary: r.decision.summary, decision: r.decision })).join("\n") + "\n");

  if (o.json) io.out(JSON.stringify({ input: o.input, output: o.output, sheet: run.sheet, rows: run.rows, counts: run.counts, versions: run.versions, mapping: run.mapping, determinationsApplied: run.determinationsApplied }));
  else io.out(summaryTable(o, run, table.headers));
  return 0;
}

/** ANPO_STREAM=1 / 0 forces the streaming / full-model path (until main.ts passes --stream / --no-stream). */
function envStream(): boolean | undefined {
  const v = process.env.ANPO_STREAM;
  return v === "1" ? true : v === "0" ? false : undefined;
}

/** The workbook behind the port, whichever path reads it, and how to write it back out. */
interface LoadedBook {
  port: WorkbookPort;
  firstVisible?: string;
  save(path: string): Promise<void>;
  rows(sheet: string): unknown[][];
}

async function loadFull(path: string, ext: string): Promise<LoadedBook> {
  const wb = await loadWorkbook(path, ext);
  return {
    port: new ExcelJsWorkbook(wb),
    firstVisible: wb.worksheets.find((w) => w.state === "visible")?.name,
    save: async (out) => {
      await wb.xlsx.writeFile(out);
    },
    rows: (name) => sheetRows(wb.getWorksheet(name)!),
  };
}

async function loadStreaming(path: string): Promise<LoadedBook> {
  let wb: XlsxStreamWorkbook;
  try {
    wb = await XlsxStreamWorkbook.fromFile(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split("\n")[0]}`);
  }
  const tables = await wb.sheetNames();
  let firstVisible: string | undefined;
  for (const name of tables) if (firstVisible === undefined && wb.isVisible(name)) firstVisible = name;
  return { port: wb, firstVisible, save: (out) => wb.save(out), rows: (name) => wb.sheetValues(name) };
}

async function loadWorkbook(path: string, ext: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    if (ext === ".xlsx") {
      await wb.xlsx.readFile(path);
      return wb;
    }
    const text = readFileSync(path, "utf8");
    const ws = wb.addWorksheet("Orders");
    if (ext === ".csv") for (const r of parseCsv(text)) ws.addRow(r.map(numberish));
    else {
      const objs = text.split(/\r?\n/).filter((l) => l.trim()).map((l, i) => {
        try {
          const v = JSON.parse(l);
          if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
          return v as Record<string, unknown>;
        } catch (e) {
          throw new UsageError(`${path}: line ${i + 1} is not a JSON object (${(e as Error).message})`);
        }
      });
      const header = [...new Set(objs.flatMap((o) => Object.keys(o)))];
      ws.addRow(header);
      for (const o of objs) ws.addRow(header.map((h) => (o[h] === undefined || o[h] === null ? null : typeof o[h] === "object" ? JSON.stringify(o[h]) : (o[h] as string | number | boolean))));
    }
    return wb;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${path}: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** CSV cells are text; keep amounts numeric so 金額 compares as a number. */
function numberish(s: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(s.trim()) && !/^0\d/.test(s.trim()) ? Number(s) : s;
}

function applyMap(guess: ColumnMapping, headers: string[], maps: string[]): ColumnMapping {
  const m = { ...guess };
  for (const spec of maps) {
    const i = spec.indexOf("=");
    const field = spec.slice(0, i) as MappingField;
    const header = spec.slice(i + 1);
    if (i < 1 || !FIELDS.includes(field)) throw new UsageError(`--map needs field=Header with field one of ${FIELDS.join(", ")}; got: ${spec}`);
    const col = headers.findIndex((h) => h.trim() === header.trim());
    if (col < 0) throw new UsageError(`--map ${spec}: no column headed "${header}" (headers: ${headers.join(", ")})`);
    for (const k of FIELDS) if (m[k] === col) delete m[k];
    m[field] = col;
  }
  return m;
}

function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const vals: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      vals[col - 1] = cellValue(cell.value);
    });
    rows.push(vals);
  });
  return rows;
}

function summaryTable(o: ScreenFileOptions, run: ScreenRun, headers: string[]): string {
  const lines: string[] = [];
  const mapped = Object.entries(run.mapping).map(([k, i]) => `${k}=${headers[i as number]}`).join(", ");
  lines.push(`Anpo Screen: ${o.input} (sheet ${run.sheet}, ${run.rows} rows) → ${o.output}`);
  lines.push(`columns: ${mapped}`);
  lines.push("");
  lines.push("判定 (verdict)            件数");
  for (const v of ["prohibited", "license_required", "review", "no_license"] as const) {
    const s = VERDICT_STYLE[v];
    lines.push(`${pad(`${s.ja} (${s.en})`, 24)} ${String(run.counts[v]).padStart(5)}`);
  }
  lines.push(`${pad("合計 (total)", 24)} ${String(run.rows).padStart(5)}`);
  if (o.determinations || run.determinationsApplied) lines.push(`判定書を適用した行 (rows classified by a recorded determination): ${run.determinationsApplied}`);
  if (o.summary) {
    lines.push("");
    for (const v of ["prohibited", "license_required", "review"] as const) {
      const rows = run.results.filter((r) => r.decision.verdict === v).slice(0, 5);
      if (!rows.length) continue;
      lines.push(`${VERDICT_STYLE[v].ja} — first ${rows.length}:`);
      for (const r of rows) lines.push(`  row ${r.row + 1}${r.id ? ` ${r.id}` : ""}: ${(r.decision.summary ?? "").slice(0, 100)}`);
    }
  }
  lines.push("");
  lines.push(`rules: ${run.versions.rulesVersion}`);
  lines.push(`lists: ${run.versions.listsVersion}`);
  return lines.join("\n");
}

function pad(s: string, n: number): string {
  // East Asian characters take two columns in a terminal.
  const w = [...s].reduce((a, c) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  return s + " ".repeat(Math.max(0, n - w));
}
