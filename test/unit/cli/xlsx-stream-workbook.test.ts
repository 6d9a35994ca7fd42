/**
 * The streaming .xlsx adapter against the full-model exceljs adapter on the same file: the same
 * table is read, the same screening run writes the same cells, and what `save` streams out reads
 * back with the input's cells (dates, formulas, styles, widths, hidden sheets) kept.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XlsxStreamWorkbook, deferSheetsUntilWorkbookXml } from "../../../src/cli/xlsx-stream-workbook";
import { ExcelJsWorkbook, cellValue } from "../../../src/excel/workbook/exceljs-adapter";
import { OverwriteRefusedError } from "../../../src/excel/workbook/port";
import { AUDIT_SHEET, RESULT_HEADERS, screenTable } from "../../../src/excel/workbook/screen-table";
import { STORE_SHEET } from "../../../src/excel/workbook/store";
import { loadEngine } from "../../../src/cli/load";
import type { Engine } from "../../../src/core/engine";

const dir = mkdtempSync(join(tmpdir(), "anpo-stream-"));
const input = join(dir, "orders.xlsx");
const NOW = new Date("2026-03-01T09:00:00Z");
let engine: Engine;

/** A small order file with what real sheets carry: a title row, a date, a formula, a gap, a memo sheet. */
async function writeInput(path: string) {
  const wb = new ExcelJS.Workbook();
  const memo = wb.addWorksheet("メモ");
  memo.getCell("A1").value = "社内メモ";
  const ws = wb.addWorksheet("受注");
  ws.getCell("A1").value = "受注一覧 2026年3月";
  ws.getRow(3).values = ["受注番号", "品名", "仕様", "金額(円)", "仕向地", "需要者", "受注日"];
  ws.getRow(3).font = { bold: true };
  const rows: ExcelJS.CellValue[][] = [
    ["SO-1", "ArF液浸露光装置", "光源波長 193nm NA 1.35 重ね合わせ精度 2.0nm", 6_500_000_000, "中国", "Shanghai Micro Electronics Equipment", new Date(Date.UTC(2026, 2, 1))],
    ["SO-2", "炭素繊維", "引張弾性率 230GPa 引張強度 4.9GPa 密度 1.80g/cm3", { formula: "2*900000", result: 1_800_000 }, "タイ", "Thai Union Group", new Date(Date.UTC(2026, 2, 2))],
    [null, null, null, null, null, null, null],
    ["SO-4", "ボールペン", "", 1200, "北朝鮮", "Korea Ryonbong General Corporation", "2026-03-04"],
    ["SO-5", "量子コンピュータ", "127 qubits, CNOT error 0.8%", 350_000_000, "Iran", "Sharif University of Technology", null],
  ];
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = r;
  });
  ws.getCell("G4").numFmt = "yyyy/mm/dd";
  ws.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getColumn(3).width = 44;
  const hidden = wb.addWorksheet("控え", { state: "hidden" });
  hidden.getCell("B2").value = 42;
  await wb.xlsx.writeFile(path);
}

/** Every cell of every sheet of a saved file: value, note and fill, keyed by sheet!address. */
async function cellsOf(path: string): Promise<Map<string, { v: unknown; note?: string; fill?: string; bold?: boolean }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, { v: unknown; note?: string; fill?: string; bold?: boolean }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const fill = cell.fill && cell.fill.type === "pattern" ? (cell.fill.fgColor?.argb ?? undefined) : undefined;
        const note = typeof cell.note === "string" ? cell.note : cell.note?.texts?.map((t) => t.text).join("");
        // A cell holding only "" looks empty in Excel; the streaming writer leaves it out.
        if (cell.value === "" && !note && !fill) return;
        out.set(`${ws.name}!${cell.address}`, { v: cellValue(cell.value), note, fill, bold: cell.font?.bold || undefined });
      }),
    );
  }
  return out;
}

// Loading the rules and writing the input take seconds on a loaded CI machine: not a timing test.
beforeAll(async () => {
  engine = loadEngine();
  await writeInput(input);
}, 60_000);

describe("XlsxStreamWorkbook reads like the exceljs adapter", () => {
  let stream: XlsxStreamWorkbook;
  let full: ExcelJsWorkbook;
  beforeAll(async () => {
    stream = await XlsxStreamWorkbook.fromFile(input);
    full = await ExcelJsWorkbook.fromFile(input);
  });

  test("sheet names in workbook order, hidden ones included", async () => {
    expect(await stream.sheetNames()).toEqual(["メモ", "受注", "控え"]);
    expect(await stream.sheetNames()).toEqual(await full.sheetNames());
  });

  test("readTable: same header row, columns, values (date as ISO day, formula as its result)", async () => {
    const t = await stream.readTable({ sheet: "受注" });
    expect(t).toEqual(await full.readTable({ sheet: "受注" }));
    // The title in A1 is the first non-empty row, as in the exceljs adapter.
    expect(t.headerRow).toBe(0);
    expect(await stream.readTable()).toEqual(await full.readTable());
  });

  test("readBlock over data, gaps and beyond the used range", async () => {
    for (const [r, c, h, w] of [[0, 0, 9, 9], [2, 3, 3, 4], [5, 0, 1, 7], [50, 50, 2, 2]] as const) {
      expect(await stream.readBlock("受注", r, c, h, w)).toEqual(await full.readBlock("受注", r, c, h, w));
    }
    const b = await stream.readBlock("受注", 3, 3, 2, 4);
    expect(b[0]).toEqual([6_500_000_000, "中国", "Shanghai Micro Electronics Equipment", "2026-03-01"]);
    expect(b[1][0]).toBe(1_800_000);
  });

  test("unknown sheet is an error, not a silent empty table", async () => {
    await expect(stream.readTable({ sheet: "nope" })).rejects.toThrow(/sheet not found/);
  });
});

describe("the same screening run through both adapters", () => {
  let streamCells: Awaited<ReturnType<typeof cellsOf>>;
  let fullCells: Awaited<ReturnType<typeof cellsOf>>;
  beforeAll(async () => {
    // A table whose header is row 3: read it from a sheet where the title is gone.
    const opts = { ref: { sheet: "受注" }, now: NOW, user: "test", addinVersion: "test" };
    const stream = await XlsxStreamWorkbook.fromFile(input);
    await stream.writeBlock({ sheet: "受注", row: 0, col: 0, values: [[null]], allowOverwrite: true });
    const runS = await screenTable(stream, engine, opts);
    await stream.save(join(dir, "stream.xlsx"));
    const full = await ExcelJsWorkbook.fromFile(input);
    await full.writeBlock({ sheet: "受注", row: 0, col: 0, values: [[null]], allowOverwrite: true });
    const runF = await screenTable(full, engine, opts);
    await full.workbook.xlsx.writeFile(join(dir, "full.xlsx"));
    expect(runS.counts).toEqual(runF.counts);
    streamCells = await cellsOf(join(dir, "stream.xlsx"));
    fullCells = await cellsOf(join(dir, "full.xlsx"));
  });

  test("every cell value, note, fill and bold is the same", () => {
    expect([...streamCells.keys()].sort()).toEqual([...fullCells.keys()].sort());
    for (const [addr, cell] of fullCells) expect([addr, streamCells.get(addr)]).toEqual([addr, cell]);
  });

  test("the results are really there: verdicts with fills and notes beside the table", () => {
    expect(streamCells.get("受注!H3")?.v).toBe(RESULT_HEADERS[0]);
    expect(streamCells.get("受注!H4")).toMatchObject({ v: "許可要", fill: "FFFCD5B4", bold: true });
    expect(streamCells.get("受注!H4")?.note).toMatch(/^許可要/);
    expect(streamCells.get("受注!H7")?.v).toBe("輸出禁止");
    expect(streamCells.has("受注!H6")).toBe(false);
    expect(streamCells.get(`${AUDIT_SHEET}!A1`)).toMatchObject({ v: "日時", bold: true });
  });
});

describe("save keeps the input's cells", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const s = await XlsxStreamWorkbook.fromFile(input);
    await s.ensureSheet(STORE_SHEET, { hidden: true });
    await s.writeBlock({ sheet: STORE_SHEET, row: 0, col: 0, values: [["key"]], widths: [30] });
    await s.save(join(dir, "kept.xlsx"), { sharedStrings: true });
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "kept.xlsx"));
  });

  test("formula with its cached result, date with its number format, fill", () => {
    const ws = wb.getWorksheet("受注")!;
    expect(ws.getCell("D5").value).toEqual({ formula: "2*900000", result: 1_800_000 });
    expect(ws.getCell("G4").value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(ws.getCell("G4").numFmt).toBe("yyyy/mm/dd");
    expect(ws.getCell("B4").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(ws.getCell("A3").font?.bold).toBe(true);
    // Widths the run sets are written (the input's own are not: the streaming reader drops them).
    expect(wb.getWorksheet(STORE_SHEET)!.getColumn(1).width).toBe(30);
  });

  test("sheet order and hidden state, new sheets appended", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["メモ", "visible"],
      ["受注", "visible"],
      ["控え", "hidden"],
      [STORE_SHEET, "hidden"],
    ]);
    expect(wb.getWorksheet("控え")!.getCell("B2").value).toBe(42);
  });
});

describe("writes over user data are refused", () => {
  test("a value or formula cell of the input is not overwritten; own cells and allowOverwrite are", async () => {
    const s = await XlsxStreamWorkbook.fromFile(input);
    await expect(s.writeBlock({ sheet: "受注", row: 3, col: 5, values: [["x", "y"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
    await expect(s.writeBlock({ sheet: "受注", row: 4, col: 3, values: [["x"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
    // A refused block changes nothing.
    expect(await s.readBlock("受注", 3, 5, 1, 2)).toEqual([["Shanghai Micro Electronics Equipment", "2026-03-01"]]);
    await s.writeBlock({ sheet: "受注", row: 3, col: 7, values: [["ours"]] });
    await s.writeBlock({ sheet: "受注", row: 3, col: 7, values: [["ours again"]] });
    await s.writeBlock({ sheet: "受注", row: 3, col: 5, values: [["caller owns it"]], allowOverwrite: true });
    expect(await s.readBlock("受注", 3, 5, 1, 3)).toEqual([["caller owns it", "2026-03-01", "ours again"]]);
  });
});

describe("a file whose zip holds xl/workbook.xml after its worksheets", () => {
  // exceljs's stream reader parses a worksheet at once when it has the shared strings and the
  // workbook rels, reading model.sheets of a workbook.xml it may not have read yet ("Cannot read
  // properties of undefined (reading 'sheets')": seen once in CI on a file exceljs wrote). The
  // reader is told the rels are missing until workbook.xml is read, so it buffers such sheets.
  test("the workbook rels are withheld from the reader until workbook.xml is read", () => {
    const reader: { model?: unknown; workbookRels?: unknown } = {};
    deferSheetsUntilWorkbookXml(reader);
    reader.workbookRels = [{ Id: "rId1" }];
    expect(reader.workbookRels).toBeUndefined();
    reader.model = { sheets: [] };
    expect(reader.workbookRels).toEqual([{ Id: "rId1" }]);
  });
});
