/**
 * A streaming .xlsx adapter of the workbook port, for large order files in the CLI.
 *
 * The full exceljs object model (exceljs-adapter.ts) builds a Cell object with its own style per
 * cell and keeps the whole zip model; on 100,000 rows that alone takes ~40 s and ~1 GB. This
 * adapter reads the file once with exceljs' streaming `WorkbookReader` into plain row arrays,
 * holds the session's writes in a sparse layer above them, and `save(path)` streams the whole
 * workbook out with `WorkbookWriter`, committing rows in order.
 *
 * Kept: every sheet (order, name, hidden state), every cell value (shared strings and rich text,
 * dates, booleans, errors), formulas with their cached results, the input's cell styles (number
 * formats, fonts, fills, borders, alignment — shared style models, so one reference per styled
 * cell).
 * NOT kept (use the full-model path, `--no-stream`, when these matter): merged cells, data
 * validation, conditional formatting, hyperlinks (the cell keeps its text), images, charts,
 * drawings, defined names, freeze panes and other sheet views, auto-filters, print setup, row
 * heights, the input's column widths (exceljs 4.4's streaming reader drops <cols>; widths this
 * session sets are written), the input's own cell notes, cells holding only an empty string (the
 * streaming writer leaves them empty), and shared formulas — a cell that only refers to another
 * cell's shared formula (`<f t="shared" si=…/>`) is written as its cached value.
 *
 * Same contract as the other adapters: the same readTable / readBlock answers as the exceljs
 * adapter on the same file, and it refuses to write over the user's data (as the in-memory
 * adapter does) unless the block allows it or this session wrote the cell.
 */
import ExcelJS from "exceljs";
import type { Block, CellFormat, CellValue, TableData, TableRef, WorkbookPort } from "../excel/workbook/port";
import { OverwriteRefusedError } from "../excel/workbook/port";
import { cellValue } from "../excel/workbook/exceljs-adapter";

/** A cell as read from the input (kept raw so the output writes it back with its type). */
type Raw = ExcelJS.CellValue;
type StyleModel = Partial<ExcelJS.Style>;
type SheetState = "visible" | "hidden" | "veryHidden";

/** Excel's column limit: cell keys r * MAX_COLS + c stay exact integers up to 2^34. */
const MAX_COLS = 16384;
const keyOf = (r: number, c: number) => r * MAX_COLS + c;

interface StreamSheet {
  name: string;
  state: SheetState;
  /** Input cells, 0-based and sparse: input[r]?.[c]. */
  input: (Raw[] | undefined)[];
  /** Input cell styles (exceljs shares one model per style id), only where the cell has one. */
  styles: (StyleModel[] | undefined)[];
  /** Cells this session wrote; `null` = written empty, a hole = not written (still the input's). */
  written: (CellValue[] | undefined)[];
  notes: Map<number, string>;
  /** Cell key → index into the workbook's interned formats. */
  formats: Map<number, number>;
  widths: (number | undefined)[];
}

export interface StreamSaveOptions {
  /** Shared-strings table in the output (smaller file, more memory while writing). */
  sharedStrings?: boolean;
}

/**
 * exceljs 4.4's streaming reader parses a worksheet as soon as it has the shared strings and the
 * workbook rels, and then reads `model.sheets` — which is undefined when the zip holds
 * xl/workbook.xml after that worksheet (entry order is the producer's choice; CI met it once on a
 * file exceljs wrote): "Cannot read properties of undefined (reading 'sheets')". Until
 * workbook.xml is read, its rels are reported missing, so the reader buffers such worksheets to
 * temporary files and parses them at the end, with the names and order it then knows.
 */
export function deferSheetsUntilWorkbookXml(reader: unknown): void {
  const r = reader as { model?: unknown; workbookRels?: unknown };
  let rels: unknown;
  Object.defineProperty(r, "workbookRels", {
    configurable: true,
    get: () => (r.model ? rels : undefined),
    set: (v: unknown) => {
      rels = v;
    },
  });
}

export class XlsxStreamWorkbook implements WorkbookPort {
  private readonly sheets: StreamSheet[] = [];
  private readonly formatList: CellFormat[] = [];
  private readonly formatIds = new Map<string, number>();

  /** Read an .xlsx file with the streaming reader. Errors from a damaged file are rethrown as is. */
  static async fromFile(path: string): Promise<XlsxStreamWorkbook> {
    const wb = new XlsxStreamWorkbook();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: "cache",
      // Styles are needed to tell dates from numbers (a date is a number with a date format).
      styles: "cache",
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    deferSheetsUntilWorkbookXml(reader);
    const read: StreamSheet[] = [];
    let stringsFixed = false;
    for await (const wsr of reader) {
      if (!stringsFixed) {
        // An empty shared string (<si><t/></si>) comes back as null; the full model reads "".
        const ss = (reader as unknown as { sharedStrings?: unknown[] }).sharedStrings;
        if (ss) for (let i = 0; i < ss.length; i++) if (ss[i] === null) ss[i] = "";
        stringsFixed = true;
      }
      const ws = wsr as unknown as { name: string; state?: SheetState; columns: { width?: number }[] | null } & AsyncIterable<ExcelJS.Row>;
      const sheet = emptySheet(ws.name, ws.state ?? "visible");
      for await (const row of ws) readRow(sheet, row);
      // Where a reader gives column widths (exceljs 4.4's does not: it loses <cols>), keep them.
      ws.columns?.forEach((col, i) => {
        if (col.width !== undefined && Number.isFinite(col.width)) sheet.widths[i] = col.width;
      });
      read.push(sheet);
    }
    // The zip may hold the sheets in any order: the workbook's own order is in workbook.xml.
    const order: { name: string }[] = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [];
    const rank = (name: string) => {
      const i = order.findIndex((s) => s.name === name);
      return i < 0 ? order.length : i;
    };
    wb.sheets.push(...read.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i).map((x) => x.s));
    return wb;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readTable(ref?: TableRef): Promise<TableData> {
    const s = ref?.sheet ? this.find(ref.sheet) : this.sheets.find((w) => w.state === "visible");
    if (!s) throw new Error(ref?.sheet ? `sheet not found: ${ref.sheet}` : "the workbook has no visible sheet");
    const last = lastRow(s);
    // The header is the first row with a cell; the table spans that row's cells (as exceljs-adapter).
    let headerRow = -1;
    let firstCol = Infinity;
    let lastCol = -1;
    for (let r = 0; r <= last && headerRow < 0; r++) {
      const width = rowWidth(s, r);
      for (let c = 0; c < width; c++) {
        if (valueAt(s, r, c) === null) continue;
        headerRow = r;
        firstCol = Math.min(firstCol, c);
        lastCol = Math.max(lastCol, c);
      }
    }
    if (headerRow < 0) return { sheet: s.name, headerRow: 0, firstCol: 0, headers: [], rows: [] };
    const width = lastCol - firstCol + 1;
    const headers = Array.from({ length: width }, (_, i) => String(valueAt(s, headerRow, firstCol + i) ?? ""));
    const rows: CellValue[][] = [];
    let trailingEmpty = 0;
    for (let r = headerRow + 1; r <= last; r++) {
      const values: CellValue[] = new Array(width);
      let empty = true;
      for (let i = 0; i < width; i++) {
        const v = valueAt(s, r, firstCol + i);
        values[i] = v;
        if (v !== null && v !== "") empty = false;
      }
      if (empty) {
        trailingEmpty++;
        continue;
      }
      // An empty row inside the table is kept as empty rows so row numbers stay true.
      for (; trailingEmpty > 0; trailingEmpty--) rows.push(Array(width).fill(null));
      rows.push(values);
    }
    return { sheet: s.name, headerRow, firstCol, headers, rows };
  }

  async readBlock(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    const s = this.require(sheet);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => valueAt(s, row + r, col + c)));
  }

  async writeBlock(block: Block): Promise<void> {
    const s = this.require(block.sheet);
    // Check the whole block first: a refused write changes nothing.
    if (!block.allowOverwrite) {
      block.values.forEach((vals, i) =>
        vals.forEach((_v, j) => {
          const r = block.row + i;
          const c = block.col + j;
          if (s.written[r]?.[c] !== undefined) return;
          const raw = s.input[r]?.[c];
          if (isFormula(raw)) throw new OverwriteRefusedError(block.sheet, r, c);
          const v = raw === undefined ? null : cellValue(raw);
          if (v !== null && v !== "") throw new OverwriteRefusedError(block.sheet, r, c);
        }),
      );
    }
    block.values.forEach((vals, i) => {
      const r = block.row + i;
      const w = (s.written[r] ??= []);
      vals.forEach((v, j) => {
        const c = block.col + j;
        w[c] = v ?? null;
        const k = keyOf(r, c);
        const note = block.notes?.[i]?.[j];
        if (note) s.notes.set(k, note);
        else if (block.notes) s.notes.delete(k);
        const fmt = block.formats?.[i]?.[j];
        if (fmt) s.formats.set(k, this.formatId(fmt));
        else if (block.formats) s.formats.delete(k);
      });
    });
    block.widths?.forEach((w, i) => {
      s.widths[block.col + i] = w;
    });
  }

  async ensureSheet(name: string, opts?: { hidden?: boolean }): Promise<void> {
    let s = this.find(name);
    if (!s) {
      s = emptySheet(name, "visible");
      this.sheets.push(s);
    }
    if (opts?.hidden) s.state = "hidden";
  }

  async appendRows(sheet: string, header: string[], rows: CellValue[][]): Promise<void> {
    await this.ensureSheet(sheet);
    const s = this.require(sheet);
    let next = usedRowCount(s) === 0 ? 0 : lastRow(s) + 1;
    if (next === 0) {
      await this.writeBlock({ sheet, row: 0, col: 0, values: [header], formats: [header.map(() => ({ bold: true }))], allowOverwrite: true });
      next = 1;
    }
    if (rows.length) await this.writeBlock({ sheet, row: next, col: 0, values: rows, allowOverwrite: true });
  }

  async flush(): Promise<void> {}

  isVisible(name: string): boolean {
    return this.find(name)?.state === "visible";
  }

  /** Every cell value of a sheet as the port reads it (for CSV output), rows from the first. */
  sheetValues(name: string): CellValue[][] {
    const s = this.require(name);
    const out: CellValue[][] = [];
    for (let r = 0, last = lastRow(s); r <= last; r++) {
      const width = rowWidth(s, r);
      out.push(Array.from({ length: width }, (_, c) => valueAt(s, r, c)));
    }
    return out;
  }

  /** Note and format of a cell (for tests comparing adapters). */
  cellExtras(sheet: string, row: number, col: number): { note?: string; format?: CellFormat } {
    const s = this.require(sheet);
    const k = keyOf(row, col);
    const f = s.formats.get(k);
    return { note: s.notes.get(k), format: f === undefined ? undefined : this.formatList[f] };
  }

  /** Stream the whole workbook to `path`: the input's sheets and cells with this session's writes. */
  async save(path: string, opts: StreamSaveOptions = {}): Promise<void> {
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: opts.sharedStrings ?? false });
    const styleOf = styleCache(this.formatList);
    for (const s of this.sheets) {
      const ws = writer.addWorksheet(s.name, { state: s.state });
      // Column definitions go out before the first row (they precede <sheetData>).
      if (s.widths.length) ws.columns = Array.from({ length: s.widths.length }, (_, i) => (s.widths[i] === undefined ? {} : { width: s.widths[i] })) as Partial<ExcelJS.Column>[];
      for (let r = 0, last = lastRow(s); r <= last; r++) {
        const width = rowWidth(s, r);
        if (width === 0) continue;
        const input = s.input[r];
        const written = s.written[r];
        const styles = s.styles[r];
        let row: ExcelJS.Row | undefined;
        for (let c = 0; c < width; c++) {
          const w = written?.[c];
          const raw = w !== undefined ? w : input?.[c];
          const k = keyOf(r, c);
          const fmt = s.formats.get(k);
          const note = s.notes.get(k);
          const base = styles?.[c];
          if ((raw === undefined || raw === null) && fmt === undefined && note === undefined && base === undefined) continue;
          row ??= ws.getRow(r + 1);
          const cell = row.getCell(c + 1);
          if (raw !== undefined && raw !== null) cell.value = outputValue(raw);
          // Always a shared style model: exceljs' writer caches style ids by object identity, and
          // a fresh {} per cell (its default) costs a style-XML render per cell. Never the
          // fill/font setters: they would mutate the shared model.
          cell.style = styleOf(base, fmt) as ExcelJS.Style;
          if (note !== undefined) cell.note = note;
        }
        row?.commit();
      }
      ws.commit();
    }
    await writer.commit();
  }

  private formatId(f: CellFormat): number {
    const k = `${f.fill ?? ""}|${f.bold ? 1 : 0}|${f.fontColor ?? ""}`;
    let id = this.formatIds.get(k);
    if (id === undefined) {
      id = this.formatList.length;
      this.formatList.push({ ...f });
      this.formatIds.set(k, id);
    }
    return id;
  }

  private find(name: string): StreamSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private require(name: string): StreamSheet {
    const s = this.find(name);
    if (!s) throw new Error(`sheet not found: ${name}`);
    return s;
  }
}

function emptySheet(name: string, state: SheetState): StreamSheet {
  return { name, state, input: [], styles: [], written: [], notes: new Map(), formats: new Map(), widths: [] };
}

function readRow(sheet: StreamSheet, row: ExcelJS.Row): void {
  const r = row.number - 1;
  let vals: Raw[] | undefined;
  let styles: StyleModel[] | undefined;
  // The reader's cells as they were parsed (eachCell with includeEmpty would create the holes).
  const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (!cell) continue;
    const v = cell.value;
    if (v !== null && v !== undefined) (vals ??= [])[c] = v;
    const st = cell.style;
    // Cells without a style id get a fresh empty object from exceljs: keep only real styles.
    if (st && (st.numFmt || st.font || st.fill || st.border || st.alignment || st.protection)) (styles ??= [])[c] = st;
  }
  if (vals) sheet.input[r] = vals;
  if (styles) sheet.styles[r] = styles;
}

function isFormula(raw: Raw | undefined): boolean {
  return typeof raw === "object" && raw !== null && !(raw instanceof Date) && ("formula" in raw || "sharedFormula" in raw);
}

/** The value a cell reads as: this session's write, else the input's value (flattened). */
function valueAt(s: StreamSheet, r: number, c: number): CellValue {
  const w = s.written[r]?.[c];
  if (w !== undefined) return w;
  const raw = s.input[r]?.[c];
  return raw === undefined ? null : cellValue(raw);
}

function rowWidth(s: StreamSheet, r: number): number {
  return Math.max(s.input[r]?.length ?? 0, s.written[r]?.length ?? 0, s.styles[r]?.length ?? 0);
}

function lastRow(s: StreamSheet): number {
  return Math.max(s.input.length, s.written.length, s.styles.length) - 1;
}

function usedRowCount(s: StreamSheet): number {
  let n = 0;
  for (let r = 0, last = lastRow(s); r <= last; r++) {
    const width = rowWidth(s, r);
    for (let c = 0; c < width; c++) {
      if (valueAt(s, r, c) !== null) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** A shared-formula follower carries no formula text of its own: write its cached value. */
function outputValue(raw: Raw): Raw {
  if (typeof raw === "object" && raw !== null && !(raw instanceof Date) && "formula" in raw && !raw.formula) {
    const result = (raw as { result?: Raw }).result;
    return result === undefined ? null : result;
  }
  return raw;
}

/**
 * One style object per (input style, format) pair, so exceljs' writer finds it in its WeakMap
 * instead of re-deriving the style XML for every cell.
 */
function styleCache(formats: CellFormat[]) {
  const NO_STYLE: StyleModel = {};
  const plain = new Map<number, StyleModel>();
  const merged = new WeakMap<StyleModel, Map<number, StyleModel>>();
  const toStyle = (base: StyleModel | undefined, f: CellFormat): StyleModel => {
    const style: StyleModel = { ...(base ?? {}) };
    if (f.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(f.fill) } };
    if (f.bold || f.fontColor) style.font = { ...(base?.font ?? {}), bold: f.bold, color: f.fontColor ? { argb: argb(f.fontColor) } : base?.font?.color };
    return style;
  };
  return (base: StyleModel | undefined, fmt: number | undefined): StyleModel => {
    if (fmt === undefined) return base ?? NO_STYLE;
    if (base === undefined) {
      let st = plain.get(fmt);
      if (!st) plain.set(fmt, (st = toStyle(undefined, formats[fmt])));
      return st;
    }
    let byFmt = merged.get(base);
    if (!byFmt) merged.set(base, (byFmt = new Map()));
    let st = byFmt.get(fmt);
    if (!st) byFmt.set(fmt, (st = toStyle(base, formats[fmt])));
    return st;
  };
}

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}
