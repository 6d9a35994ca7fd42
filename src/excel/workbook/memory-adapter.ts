/**
 * The in-memory workbook: a `WorkbookPort` over plain arrays, used by unit tests and by the
 * browser harness (the built task pane running in Chromium without Excel).
 *
 * It behaves like the Office.js adapter where it matters for correctness: it refuses to write
 * over cells the user filled (only cells the add-in wrote itself may be overwritten), keeps
 * formulas apart from their cached values (so "値に固定" can be tested), and counts `flush` calls
 * (one per block, like a `context.sync`).
 */
import type { Block, CellFormat, CellValue, TableData, TableRef, WorkbookPort } from "./port";
import { OverwriteRefusedError, cellAddress } from "./port";

export { OverwriteRefusedError, cellAddress };

/** A rectangle of cells, 0-based. */
export interface CellRange {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface MemorySheet {
  name: string;
  hidden: boolean;
  values: CellValue[][];
  /** "r,c" → formula text (with leading "="). The cached value lives in `values`. */
  formulas: Map<string, string>;
  notes: Map<string, string>;
  formats: Map<string, CellFormat>;
  widths: Map<number, number>;
  /** "r,c" of cells the add-in wrote (writeBlock / appendRows); only those may be overwritten. */
  owned: Set<string>;
}

/** Serialisable snapshot (tests and the harness compare or transport it). */
export interface MemoryWorkbookJSON {
  activeSheet: string;
  sheets: {
    name: string;
    hidden: boolean;
    values: CellValue[][];
    formulas: Record<string, string>;
    notes: Record<string, string>;
    formats: Record<string, CellFormat>;
    owned: string[];
  }[];
}


const key = (r: number, c: number) => `${r},${c}`;
const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || v === "";


export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets = new Map<string, MemorySheet>();
  private active = "";
  private selected: CellRange | null = null;
  /** Number of `flush` calls (≈ `context.sync` round trips in Excel). */
  flushes = 0;

  /** A workbook with one sheet holding `rows` (first row = header) from A1. */
  static fromRows(rows: CellValue[][], sheet = "Sheet1"): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    wb.addSheet(sheet);
    wb.setValues(sheet, 0, 0, rows);
    return wb;
  }

  static fromJSON(json: MemoryWorkbookJSON): MemoryWorkbook {
    const wb = new MemoryWorkbook();
    for (const s of json.sheets) {
      const sheet = wb.addSheet(s.name, { hidden: s.hidden });
      sheet.values = s.values.map((r) => [...r]);
      sheet.formulas = new Map(Object.entries(s.formulas));
      sheet.notes = new Map(Object.entries(s.notes));
      sheet.formats = new Map(Object.entries(s.formats));
      sheet.owned = new Set(s.owned);
    }
    if (json.activeSheet && wb.sheets.has(json.activeSheet)) wb.active = json.activeSheet;
    return wb;
  }

  toJSON(): MemoryWorkbookJSON {
    return {
      activeSheet: this.active,
      sheets: [...this.sheets.values()].map((s) => ({
        name: s.name,
        hidden: s.hidden,
        values: s.values.map((r) => [...r]),
        formulas: Object.fromEntries(s.formulas),
        notes: Object.fromEntries(s.notes),
        formats: Object.fromEntries(s.formats),
        owned: [...s.owned],
      })),
    };
  }

  // --- test / harness helpers (not part of the port) ---------------------------------------

  addSheet(name: string, opts?: { hidden?: boolean }): MemorySheet {
    const existing = this.sheets.get(name);
    if (existing) return existing;
    const sheet: MemorySheet = { name, hidden: !!opts?.hidden, values: [], formulas: new Map(), notes: new Map(), formats: new Map(), widths: new Map(), owned: new Set() };
    this.sheets.set(name, sheet);
    if (!this.active && !sheet.hidden) this.active = name;
    return sheet;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.get(name);
  }

  /** Type user data (not owned by the add-in). */
  setValues(sheet: string, row: number, col: number, values: CellValue[][]): void {
    const s = this.requireSheet(sheet);
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        this.put(s, row + i, col + j, v);
        s.owned.delete(key(row + i, col + j));
        s.formulas.delete(key(row + i, col + j));
      }),
    );
  }

  /** A user formula with the value Excel last computed for it. */
  setFormula(sheet: string, row: number, col: number, formula: string, value: CellValue): void {
    const s = this.requireSheet(sheet);
    this.put(s, row, col, value);
    s.formulas.set(key(row, col), formula.startsWith("=") ? formula : `=${formula}`);
    s.owned.delete(key(row, col));
  }

  value(sheet: string, row: number, col: number): CellValue {
    return this.sheets.get(sheet)?.values[row]?.[col] ?? null;
  }
  formula(sheet: string, row: number, col: number): string | undefined {
    return this.sheets.get(sheet)?.formulas.get(key(row, col));
  }
  note(sheet: string, row: number, col: number): string | undefined {
    return this.sheets.get(sheet)?.notes.get(key(row, col));
  }
  format(sheet: string, row: number, col: number): CellFormat | undefined {
    return this.sheets.get(sheet)?.formats.get(key(row, col));
  }
  width(sheet: string, col: number): number | undefined {
    return this.sheets.get(sheet)?.widths.get(col);
  }

  /** Bounding box of the non-empty cells of a sheet, or null when it is empty. */
  usedRange(sheet: string): CellRange | null {
    const s = this.sheets.get(sheet);
    if (!s) return null;
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    s.values.forEach((r, i) => {
      if (!r) return;
      r.forEach((v, j) => {
        if (isEmpty(v)) return;
        if (top < 0) top = i;
        bottom = i;
        left = Math.min(left, j);
        right = Math.max(right, j);
      });
    });
    if (top < 0) return null;
    return { sheet, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  activeSheet(): string {
    return this.active;
  }

  // --- selection (optional port members used by the task pane) ---------------------------

  /** The selected range (default: A1 of the active sheet). */
  async getSelection(): Promise<CellRange> {
    return this.selected ?? { sheet: this.active, row: 0, col: 0, rows: 1, cols: 1 };
  }

  /** Select a range and activate its sheet (jump-to-row). */
  async select(range: { sheet: string; row: number; col: number; rows?: number; cols?: number }): Promise<void> {
    this.requireSheet(range.sheet);
    this.active = range.sheet;
    this.selected = { sheet: range.sheet, row: range.row, col: range.col, rows: range.rows ?? 1, cols: range.cols ?? 1 };
  }

  /**
   * 値に固定: replace every `=ANPO.` formula in `range` (default: the selection) by its value and
   * add a note saying which data version computed it and when. Returns how many cells changed.
   */
  async freezeFormulas(range?: CellRange, note?: string): Promise<number> {
    const r = range ?? (await this.getSelection());
    const s = this.requireSheet(r.sheet);
    let n = 0;
    for (const [k, f] of [...s.formulas]) {
      const [row, col] = k.split(",").map(Number);
      if (row < r.row || row >= r.row + r.rows || col < r.col || col >= r.col + r.cols) continue;
      if (!/^=\s*ANPO\./i.test(f)) continue;
      s.formulas.delete(k);
      if (note) s.notes.set(k, s.notes.has(k) ? `${s.notes.get(k)}\n${note}` : note);
      n++;
    }
    return n;
  }

  // --- WorkbookPort ----------------------------------------------------------------------

  async sheetNames(): Promise<string[]> {
    return [...this.sheets.keys()];
  }

  async readTable(ref?: TableRef): Promise<TableData> {
    const sheetName = ref?.sheet ?? this.active;
    const s = this.requireSheet(sheetName);
    const box = ref?.anchor ? this.currentRegion(s, ref.anchor.row, ref.anchor.col) : this.usedRange(sheetName);
    if (!box) return { sheet: sheetName, headerRow: 0, firstCol: 0, headers: [], rows: [] };
    const grid = this.grid(s, box);
    const [head, ...rows] = grid;
    return {
      sheet: sheetName,
      headerRow: box.row,
      firstCol: box.col,
      headers: head.map((v) => (v === null ? "" : String(v))),
      rows,
    };
  }

  async readBlock(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    const s = this.sheets.get(sheet);
    if (!s) return Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
    return this.grid(s, { sheet, row, col, rows, cols });
  }

  async writeBlock(block: Block & { allowOverwrite?: boolean }): Promise<void> {
    const s = this.requireSheet(block.sheet);
    // Check the whole block first: a refused write changes nothing.
    if (!block.allowOverwrite) {
      block.values.forEach((r, i) =>
        r.forEach((_v, j) => {
          const row = block.row + i;
          const col = block.col + j;
          if (!isEmpty(s.values[row]?.[col]) && !s.owned.has(key(row, col))) throw new OverwriteRefusedError(block.sheet, row, col);
          if (s.formulas.has(key(row, col))) throw new OverwriteRefusedError(block.sheet, row, col);
        }),
      );
    }
    block.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const row = block.row + i;
        const col = block.col + j;
        const k = key(row, col);
        this.put(s, row, col, v);
        s.formulas.delete(k);
        s.owned.add(k);
        const note = block.notes?.[i]?.[j];
        if (note) s.notes.set(k, note);
        else if (block.notes) s.notes.delete(k);
        const fmt = block.formats?.[i]?.[j];
        if (fmt) s.formats.set(k, { ...fmt });
        else if (block.formats) s.formats.delete(k);
      }),
    );
    block.widths?.forEach((w, j) => s.widths.set(block.col + j, w));
  }

  async ensureSheet(name: string, opts?: { hidden?: boolean }): Promise<void> {
    const s = this.addSheet(name, opts);
    if (opts?.hidden !== undefined) s.hidden = opts.hidden;
  }

  async appendRows(sheet: string, header: string[], rows: CellValue[][]): Promise<void> {
    this.addSheet(sheet);
    const used = this.usedRange(sheet);
    let next = used ? used.row + used.rows : 0;
    if (!used) {
      await this.writeBlock({ sheet, row: 0, col: 0, values: [header], formats: [header.map(() => ({ bold: true }))] });
      next = 1;
    }
    if (rows.length) await this.writeBlock({ sheet, row: next, col: 0, values: rows });
  }

  async flush(): Promise<void> {
    this.flushes++;
  }

  // --- internals -------------------------------------------------------------------------

  private requireSheet(name: string): MemorySheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet named "${name}"`);
    return s;
  }

  private put(s: MemorySheet, row: number, col: number, v: CellValue): void {
    while (s.values.length <= row) s.values.push([]);
    const r = s.values[row];
    while (r.length <= col) r.push(null);
    r[col] = v === undefined ? null : v;
  }

  private grid(s: MemorySheet, box: CellRange): CellValue[][] {
    const out: CellValue[][] = [];
    for (let i = 0; i < box.rows; i++) {
      const src = s.values[box.row + i];
      const line: CellValue[] = new Array(box.cols);
      for (let j = 0; j < box.cols; j++) line[j] = src?.[box.col + j] ?? null;
      out.push(line);
    }
    return out;
  }

  /** Excel's CurrentRegion: grow the box while any cell just outside an edge is non-empty. */
  private currentRegion(s: MemorySheet, row: number, col: number): CellRange | null {
    const filled = (r: number, c: number) => r >= 0 && c >= 0 && !isEmpty(s.values[r]?.[c]);
    let top = row;
    let bottom = row;
    let left = col;
    let right = col;
    let grew = true;
    const anyIn = (r0: number, r1: number, c0: number, c1: number) => {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (filled(r, c)) return true;
      return false;
    };
    while (grew) {
      grew = false;
      // Each edge grows as far as it can before the next is tried (linear in the region's size).
      while (top > 0 && anyIn(top - 1, top - 1, left - 1, right + 1)) {
        top--;
        grew = true;
      }
      while (anyIn(bottom + 1, bottom + 1, left - 1, right + 1)) {
        bottom++;
        grew = true;
      }
      while (left > 0 && anyIn(top - 1, bottom + 1, left - 1, left - 1)) {
        left--;
        grew = true;
      }
      while (anyIn(top - 1, bottom + 1, right + 1, right + 1)) {
        right++;
        grew = true;
      }
    }
    if (!anyIn(top, bottom, left, right)) return null;
    return { sheet: s.name, row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}
