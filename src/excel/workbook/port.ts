/**
 * The workbook port: everything Anpo Screen reads from or writes to a workbook goes through this
 * interface. Three adapters implement it — Office.js (Excel), exceljs (CLI) and in-memory (tests
 * and the browser harness) — so the screening code and the task pane never know which host runs.
 *
 * Coordinates are 0-based (row, column) on a named sheet. Adapters must refuse to write into a
 * cell that holds user data unless the caller owns it (`writeBlock` with `allowOverwrite` only for
 * result columns the add-in wrote itself, recognised by their header).
 */

export type CellValue = string | number | boolean | null;

/** A table as read from the workbook: the header row and the data rows below it. */
export interface TableData {
  sheet: string;
  /** 0-based row index of the header row. */
  headerRow: number;
  /** 0-based column index of the first column. */
  firstCol: number;
  headers: string[];
  /** Data rows (without the header), each as long as `headers`. */
  rows: CellValue[][];
}

/** Where to look for the table: a sheet (its used range) or the region around a cell. */
export interface TableRef {
  sheet?: string;
  /** A cell inside the table; the adapter expands to the current region. */
  anchor?: { row: number; col: number };
}

export interface CellFormat {
  /** Fill colour as #RRGGBB. */
  fill?: string;
  bold?: boolean;
  fontColor?: string;
}

/** A rectangular block of values written in one go (one `sync` in Excel). */
export interface Block {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  /** Optional per-cell notes (same shape as values; null = none). */
  notes?: (string | null)[][];
  /** Optional per-cell formats (same shape as values; null = none). */
  formats?: (CellFormat | null)[][];
  /** Column widths in characters for the block's columns. */
  widths?: number[];
  /**
   * The caller owns these cells although this session did not write them: result columns of an
   * earlier run, recognised by their headers. Adapters refuse any other write over user data.
   */
  allowOverwrite?: boolean;
}

export interface WorkbookPort {
  /** Names of the sheets in workbook order. */
  sheetNames(): Promise<string[]>;
  /** Read the table at `ref` (default: the active/first sheet's used range). */
  readTable(ref?: TableRef): Promise<TableData>;
  /** Values of a rectangle (for checking that the cells are empty before writing). */
  readBlock(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]>;
  /** Write a block; the caller has already checked it does not cover user data. */
  writeBlock(block: Block): Promise<void>;
  /** Create a sheet if it does not exist; `hidden` for the add-in's own store. */
  ensureSheet(name: string, opts?: { hidden?: boolean }): Promise<void>;
  /** Append rows below the last used row of a sheet (creating it with `header` when new). */
  appendRows(sheet: string, header: string[], rows: CellValue[][]): Promise<void>;
  /** Batch boundary: adapters that buffer (Office.js) flush here. */
  flush(): Promise<void>;
}

/** Thrown by every adapter when a write would cover a cell holding the user's data. */
export class OverwriteRefusedError extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly col: number,
  ) {
    super(`refused to overwrite user data at ${sheet}!${cellAddress(row, col)}`);
    this.name = "OverwriteRefusedError";
  }
}

/** "A1"-style address of a 0-based cell (for messages and notes). */
export function cellAddress(row: number, col: number): string {
  let c = col + 1;
  let letters = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    c = Math.floor((c - 1) / 26);
  }
  return `${letters}${row + 1}`;
}
