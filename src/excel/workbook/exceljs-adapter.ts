/**
 * The exceljs adapter of the workbook port, for the CLI (.xlsx files on disk) and Node tests.
 * It works on an in-memory exceljs Workbook; loading and saving the file is the caller's job.
 */
import ExcelJS from "exceljs";
import type { Block, CellValue, TableData, TableRef, WorkbookPort } from "./port";

export class ExcelJsWorkbook implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<ExcelJsWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return new ExcelJsWorkbook(wb);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readTable(ref?: TableRef): Promise<TableData> {
    const ws = ref?.sheet ? this.workbook.getWorksheet(ref.sheet) : this.workbook.worksheets.find((w) => w.state === "visible");
    if (!ws) throw new Error(ref?.sheet ? `sheet not found: ${ref.sheet}` : "the workbook has no visible sheet");
    // The header is the first non-empty row; the table spans the header's columns.
    let headerRow = -1;
    let firstCol = Infinity;
    let lastCol = -1;
    ws.eachRow({ includeEmpty: false }, (row, rowNo) => {
      if (headerRow >= 0) return;
      row.eachCell({ includeEmpty: false }, (cell, colNo) => {
        if (cellValue(cell.value) === null) return;
        headerRow = rowNo - 1;
        firstCol = Math.min(firstCol, colNo - 1);
        lastCol = Math.max(lastCol, colNo - 1);
      });
    });
    if (headerRow < 0) return { sheet: ws.name, headerRow: 0, firstCol: 0, headers: [], rows: [] };
    const width = lastCol - firstCol + 1;
    const header = ws.getRow(headerRow + 1);
    const headers = Array.from({ length: width }, (_, i) => String(cellValue(header.getCell(firstCol + i + 1).value) ?? ""));
    const rows: CellValue[][] = [];
    let trailingEmpty = 0;
    for (let r = headerRow + 2; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const values = Array.from({ length: width }, (_, i) => cellValue(row.getCell(firstCol + i + 1).value));
      if (values.every((v) => v === null || v === "")) {
        trailingEmpty++;
        continue;
      }
      // An empty row inside the table is kept as empty rows so row numbers stay true.
      for (; trailingEmpty > 0; trailingEmpty--) rows.push(Array(width).fill(null));
      rows.push(values);
    }
    return { sheet: ws.name, headerRow, firstCol, headers, rows };
  }

  async readBlock(sheet: string, row: number, col: number, rows: number, cols: number): Promise<CellValue[][]> {
    const ws = this.sheet(sheet);
    return Array.from({ length: rows }, (_, r) => {
      const xrow = ws.getRow(row + r + 1);
      return Array.from({ length: cols }, (_, c) => cellValue(xrow.getCell(col + c + 1).value));
    });
  }

  async writeBlock(block: Block): Promise<void> {
    const ws = this.sheet(block.sheet);
    block.values.forEach((vals, r) => {
      const xrow = ws.getRow(block.row + r + 1);
      vals.forEach((v, c) => {
        const cell = xrow.getCell(block.col + c + 1);
        cell.value = v;
        const note = block.notes?.[r]?.[c];
        if (note) cell.note = note;
        const fmt = block.formats?.[r]?.[c];
        if (fmt?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + fmt.fill.replace("#", "").toUpperCase() } };
        if (fmt?.bold || fmt?.fontColor) cell.font = { bold: fmt.bold, color: fmt.fontColor ? { argb: "FF" + fmt.fontColor.replace("#", "") } : undefined };
      });
    });
    block.widths?.forEach((w, i) => {
      ws.getColumn(block.col + i + 1).width = w;
    });
  }

  async ensureSheet(name: string, opts?: { hidden?: boolean }): Promise<void> {
    const ws = this.workbook.getWorksheet(name) ?? this.workbook.addWorksheet(name);
    if (opts?.hidden) ws.state = "hidden";
  }

  async appendRows(sheet: string, header: string[], rows: CellValue[][]): Promise<void> {
    await this.ensureSheet(sheet);
    const ws = this.sheet(sheet);
    if (ws.actualRowCount === 0) {
      ws.addRow(header).font = { bold: true };
    }
    for (const r of rows) ws.addRow(r);
  }

  async flush(): Promise<void> {}

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`sheet not found: ${name}`);
    return ws;
  }
}

/** exceljs cell values come as rich text, formulas, hyperlinks, dates, errors: flatten to a plain value. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as { result?: unknown }).result;
      if (r === undefined || r === null) return null;
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      if (typeof r === "object" && r && "error" in r) return String((r as { error: unknown }).error);
      return r as CellValue;
    }
    if ("text" in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}
