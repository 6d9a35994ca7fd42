/* global Excel, Office */
/**
 * The Office.js adapter of the workbook port: the only module of the add-in that calls `Excel.run`.
 *
 * - Blocks are written in one batch each (values, number formats, fills, notes, widths) with
 *   calculation suspended until the batch's sync, so thousands of rows cost one round trip.
 * - It never writes over the user's work: a target cell holding a formula, or a value the adapter
 *   did not write itself in this session, refuses the whole block (nothing changes) unless the
 *   caller passes `allowOverwrite` for result columns it recognised as its own. The add-in's hidden
 *   store sheet is its own by definition.
 * - Notes use the Notes API (ExcelApi 1.18); older hosts get threaded comments (ExcelApi 1.10);
 *   without either the values are still written and `skippedNotes` counts what was left out.
 */
import type { Block, CellFormat, CellValue, TableData, TableRef, WorkbookPort } from "./port";
import { OverwriteRefusedError, cellAddress } from "./port";

export { OverwriteRefusedError, cellAddress };

/** A rectangle of cells, 0-based (same shape as the in-memory adapter's). */
export interface CellRange {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Defaults to `Excel.run`; tests pass a mock context. */
  run?: ExcelRun;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  supports?: (set: string, version: string) => boolean;
}



/** Excel column width (points) for a width in characters of the default font (7 px + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const HIDDEN = "Hidden";
const VISIBLE = "Visible";
const isEmpty = (v: unknown) => v === null || v === undefined || v === "";
const isFormula = (f: unknown) => typeof f === "string" && f.startsWith("=");
/** Formulas whose value depends on the add-in: they are what 値に固定 replaces. */
const ANPO_FORMULA = /(^|[^A-Za-z0-9_.])ANPO\./i;

/** Excel's empty cell is ""; the port's is null. */
function fromExcel(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** A text starting with "=" would become a formula: a leading apostrophe keeps it text. */
function toExcel(v: CellValue): string | number | boolean {
  if (v === null) return "";
  if (typeof v === "string" && v.startsWith("=")) return `'${v}`;
  return v;
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly supports: (set: string, version: string) => boolean;
  /** "sheet\u0000r,c" of cells written by this adapter in this session. */
  private readonly owned = new Set<string>();
  /** Notes that could not be written because the host has no notes or comments API. */
  skippedNotes = 0;

  constructor(opts: OfficeWorkbookOptions = {}) {
    this.run = opts.run ?? ((batch) => Excel.run(batch));
    this.supports = opts.supports ?? ((set, version) => Office.context.requirements.isSetSupported(set, version));
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /**
   * The table at `ref`: the region around `anchor` on `sheet`, else the sheet's used range; with no
   * ref, the region around the user's selection (what "select the table, press one button" means).
   */
  async readTable(ref?: TableRef): Promise<TableData> {
    return this.run(async (context) => {
      let range: Excel.Range;
      if (ref?.sheet) {
        const ws = context.workbook.worksheets.getItem(ref.sheet);
        range = ref.anchor ? ws.getCell(ref.anchor.row, ref.anchor.col).getSurroundingRegion() : ws.getUsedRangeOrNullObject(true);
      } else {
        range = context.workbook.getSelectedRange().getSurroundingRegion();
      }
      return readRange(context, range, ref?.sheet);
    });
  }

  /** The data of a named Excel table (ListObject), header row included. */
  async readNamedTable(name: string): Promise<TableData> {
    return this.run(async (context) => readRange(context, context.workbook.tables.getItem(name).getRange()));
  }

  async readBlock(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject || rows <= 0 || cols <= 0) return Array.from({ length: Math.max(rows, 0) }, () => Array<CellValue>(Math.max(cols, 0)).fill(null));
      const range = ws.getRangeByIndexes(row, col, rows, cols);
      range.load("values");
      await context.sync();
      return range.values.map((r) => r.map(fromExcel));
    });
  }

  async writeBlock(block: Block & { allowOverwrite?: boolean }): Promise<void> {
    const height = block.values.length;
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (height === 0 || width === 0) return;
    const values = block.values.map((r) => Array.from({ length: width }, (_, j) => toExcel(r[j] ?? null)));
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(block.sheet);
      const range = ws.getRangeByIndexes(block.row, block.col, height, width);
      range.load("values, formulas");
      ws.load("visibility");
      await context.sync();
      // Check the whole block first: a refused write changes nothing.
      if (!block.allowOverwrite && ws.visibility === VISIBLE) this.checkNotUserData(block, range.values, range.formulas);

      context.workbook.application.suspendApiCalculationUntilNextSync();
      // Text stays text ("2026-03-01", "001"); other cells get General so numbers stay numbers.
      range.numberFormat = values.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));
      range.values = values;
      applyFormats(ws, block, height, width);
      block.widths?.forEach((w, j) => {
        ws.getRangeByIndexes(0, block.col + j, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(w);
      });
      await context.sync();
      if (block.notes) await this.writeNotes(context, ws, block);
    });
    for (let i = 0; i < height; i++) for (let j = 0; j < width; j++) this.owned.add(`${block.sheet}\u0000${block.row + i},${block.col + j}`);
  }

  async ensureSheet(name: string, opts?: { hidden?: boolean }): Promise<void> {
    await this.run(async (context) => {
      let ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (ws.isNullObject) ws = context.workbook.worksheets.add(name);
      if (opts?.hidden !== undefined) ws.visibility = opts.hidden ? HIDDEN : VISIBLE;
      await context.sync();
    });
  }

  async appendRows(sheet: string, header: string[], rows: CellValue[][]): Promise<void> {
    await this.ensureSheet(sheet);
    const next = await this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load("rowIndex, rowCount");
      await context.sync();
      return used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    });
    // Below the last used row every cell is empty: nothing of the user's can be covered.
    if (next === 0) {
      await this.writeBlock({ sheet, row: 0, col: 0, values: [header], formats: [header.map(() => ({ bold: true }))] });
      if (rows.length) await this.writeBlock({ sheet, row: 1, col: 0, values: rows });
    } else if (rows.length) {
      await this.writeBlock({ sheet, row: next, col: 0, values: rows });
    }
  }

  /** Every method commits its own batch; nothing is buffered between calls. */
  async flush(): Promise<void> {}

  // --- optional members used by the task pane ------------------------------------------------

  /** The selected range. */
  async getSelection(): Promise<CellRange> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("rowIndex, columnIndex, rowCount, columnCount");
      // The selection is always on the active sheet.
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return { sheet: ws.name, row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
    });
  }

  /** Select a range and activate its sheet (jump-to-row). */
  async select(target: { sheet: string; row: number; col: number; rows?: number; cols?: number }): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(target.sheet);
      ws.activate();
      ws.getRangeByIndexes(target.row, target.col, target.rows ?? 1, target.cols ?? 1).select();
      await context.sync();
    });
  }

  /**
   * Recalculates the workbook fully: Excel does not know that ANPO.* results depend on the lists,
   * so after a list import the task pane calls this to refresh every formula with the new version.
   */
  async recalculate(): Promise<void> {
    await this.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  }

  /**
   * 値に固定: replace every formula using ANPO.* in `range` (default: the selection) by its current
   * value, adding `note` (data version and time) to each frozen cell. Returns how many changed.
   */
  async freezeFormulas(target?: CellRange, note?: string): Promise<number> {
    const r = target ?? (await this.getSelection());
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(r.sheet);
      const range = ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
      range.load("values, formulas");
      await context.sync();
      const frozen: { row: number; col: number }[] = [];
      range.formulas.forEach((line, i) =>
        line.forEach((f, j) => {
          if (!isFormula(f) || !ANPO_FORMULA.test(String(f))) return;
          const cell = range.getCell(i, j);
          cell.values = [[toExcel(fromExcel(range.values[i][j]))]];
          frozen.push({ row: r.row + i, col: r.col + j });
        }),
      );
      if (!frozen.length) return 0;
      await context.sync();
      if (note) {
        const notes = Array.from({ length: r.rows }, () => Array<string | null>(r.cols).fill(null));
        for (const f of frozen) notes[f.row - r.row][f.col - r.col] = note;
        await this.writeNotes(context, ws, { sheet: r.sheet, row: r.row, col: r.col, values: [], notes }, { append: true });
      }
      return frozen.length;
    });
  }

  // --- internals -----------------------------------------------------------------------------

  private checkNotUserData(block: Block, values: unknown[][], formulas: unknown[][]): void {
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        const row = block.row + i;
        const col = block.col + j;
        if (isFormula(formulas[i]?.[j])) throw new OverwriteRefusedError(block.sheet, row, col);
        if (!isEmpty(v) && !this.owned.has(`${block.sheet}\u0000${row},${col}`)) throw new OverwriteRefusedError(block.sheet, row, col);
      }),
    );
  }

  /**
   * Notes of a block: replace (or with `append`, extend) an existing note, else add one. Falls back
   * to threaded comments on hosts without the Notes API, and to nothing (counted) without either.
   */
  private async writeNotes(context: Excel.RequestContext, ws: Excel.Worksheet, block: Block, opts: { append?: boolean } = {}): Promise<void> {
    const wanted: { cell: Excel.Range; address: string; text: string }[] = [];
    block.notes?.forEach((line, i) =>
      line.forEach((text, j) => {
        if (text) wanted.push({ cell: ws.getCell(block.row + i, block.col + j), address: cellAddress(block.row + i, block.col + j), text });
      }),
    );
    if (!wanted.length) return;
    if (this.supports("ExcelApi", "1.18")) {
      const existing = wanted.map((w) => {
        const note = ws.notes.getItemOrNullObject(w.address);
        note.load("content");
        return note;
      });
      await context.sync();
      wanted.forEach((w, k) => {
        const note = existing[k];
        if (note.isNullObject) ws.notes.add(w.cell, w.text);
        else note.content = opts.append && note.content ? `${note.content}\n${w.text}` : w.text;
      });
      await context.sync();
    } else if (this.supports("ExcelApi", "1.10")) {
      try {
        for (const w of wanted) context.workbook.comments.add(w.cell, w.text);
        await context.sync();
      } catch {
        // A cell that already has a comment rejects the batch; the values are written regardless.
        this.skippedNotes += wanted.length;
      }
    } else {
      this.skippedNotes += wanted.length;
    }
  }
}

/** Loads a range as a table: first row the header, trailing empty rows dropped. */
async function readRange(context: Excel.RequestContext, range: Excel.Range, sheetHint?: string): Promise<TableData> {
  range.load("values, rowIndex, columnIndex");
  const ws = range.worksheet;
  ws.load("name");
  await context.sync();
  if (range.isNullObject) return { sheet: sheetHint ?? "", headerRow: 0, firstCol: 0, headers: [], rows: [] };
  const grid = range.values.map((r) => r.map(fromExcel));
  while (grid.length > 1 && grid[grid.length - 1].every((v) => v === null)) grid.pop();
  const [head = [], ...rows] = grid;
  return { sheet: ws.name, headerRow: range.rowIndex, firstCol: range.columnIndex, headers: head.map((v) => (v === null ? "" : String(v))), rows };
}

/** Fills and fonts, one range per run of equal formats along a row (fewer proxies than per cell). */
function applyFormats(ws: Excel.Worksheet, block: Block, height: number, width: number): void {
  if (!block.formats) return;
  const same = (a: CellFormat | null | undefined, b: CellFormat | null | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (let i = 0; i < height; i++) {
    const line = block.formats[i] ?? [];
    for (let j = 0; j < width; ) {
      const fmt = line[j];
      let k = j + 1;
      while (k < width && same(line[k], fmt)) k++;
      if (fmt) {
        const format = ws.getRangeByIndexes(block.row + i, block.col + j, 1, k - j).format;
        if (fmt.fill) format.fill.color = fmt.fill;
        if (fmt.bold !== undefined) format.font.bold = fmt.bold;
        if (fmt.fontColor) format.font.color = fmt.fontColor;
      }
      j = k;
    }
  }
}
