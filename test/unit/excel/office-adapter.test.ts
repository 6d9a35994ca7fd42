/**
 * The Office.js workbook adapter against a workbook model built from office-addin-mock objects
 * (see fake-excel.ts): reading tables, block writes with notes/fills/widths, the audit append,
 * hidden sheets, freeze-to-values, and never writing over the user's data.
 */
jest.mock("office-addin-manifest", () => jest.requireActual("./__shims__/office-addin-manifest"));

import { FakeExcel } from "./fake-excel";
import { OfficeWorkbook, OverwriteRefusedError, charsToPoints } from "../../../src/excel/workbook/office-adapter";

const ORDERS = [
  ["注文番号", "品名", "仕向地", "需要者", "金額"],
  ["PO-1", "マシニングセンタ", "中国", "Acme Ltd", 1200000],
  ["PO-2", "ボールベアリング", "KR", "Beta Co", 50000],
  ["PO-3", "001", "US", "Gamma Inc", 0],
];

function setup(opts: { notes?: "1.18" | "1.10" | "none" } = {}) {
  const excel = new FakeExcel();
  excel.addSheet("受注", ORDERS, { at: { row: 2, col: 1 } }); // table at B3
  const level = opts.notes ?? "1.18";
  const supports = (_set: string, v: string) => (level === "1.18" ? true : level === "1.10" ? v === "1.10" : false);
  return { excel, port: new OfficeWorkbook({ run: excel.run, supports }) };
}

describe("reading", () => {
  test("the table around the selection: header, rows, position and types as the cells hold them", async () => {
    const { excel, port } = setup();
    excel.selection = { sheet: "受注", row: 4, col: 3, rows: 1, cols: 1 }; // D5, inside the table
    const t = await port.readTable();
    expect(t).toMatchObject({ sheet: "受注", headerRow: 2, firstCol: 1, headers: ORDERS[0] });
    expect(t.rows).toEqual(ORDERS.slice(1));
  });

  test("a sheet's used range, and the region around an anchor", async () => {
    const { excel, port } = setup();
    excel.addSheet("Other", [["x"], [1]], { at: { row: 10, col: 10 } });
    expect((await port.readTable({ sheet: "受注" })).rows).toHaveLength(3);
    const t = await port.readTable({ sheet: "Other", anchor: { row: 11, col: 10 } });
    expect(t).toMatchObject({ headerRow: 10, firstCol: 10, headers: ["x"], rows: [[1]] });
  });

  test("an empty sheet reads as an empty table, not an error", async () => {
    const { excel, port } = setup();
    excel.addSheet("Empty");
    expect(await port.readTable({ sheet: "Empty" })).toMatchObject({ headers: [], rows: [] });
  });

  test("a named Excel table", async () => {
    const { excel, port } = setup();
    excel.tables.set("Orders", { sheet: "受注", row: 2, col: 1, rows: 4, cols: 5 });
    const t = await port.readNamedTable("Orders");
    expect(t.headers).toEqual(ORDERS[0]);
    expect(t.rows[2]).toEqual(ORDERS[3]);
  });

  test("readBlock gives null for empty cells and for a sheet that does not exist", async () => {
    const { port } = setup();
    expect(await port.readBlock("受注", 2, 5, 2, 2)).toEqual([["金額", null], [1200000, null]]);
    expect(await port.readBlock("Nope", 0, 0, 1, 2)).toEqual([[null, null]]);
    expect(await port.sheetNames()).toEqual(["受注"]);
  });
});

describe("writing", () => {
  test("a block is written in one batch with calculation suspended: values, fills, bold, notes, widths", async () => {
    const { excel, port } = setup();
    const syncsBefore = excel.syncs;
    await port.writeBlock({
      sheet: "受注",
      row: 2,
      col: 6,
      values: [["判定", "理由"], ["許可要", "2025-10-09"], [null, "=not a formula"]],
      formats: [[{ bold: true, fill: "#D9E1F2" }, { bold: true, fill: "#D9E1F2" }], [{ fill: "#FFC7CE" }, null], [null, null]],
      notes: [[null, null], ["7項(1) 貨物等省令第6条", null], [null, null]],
      widths: [10, 26],
    });
    expect(excel.suspendCalls).toBe(1);
    expect(excel.syncs - syncsBefore).toBeLessThanOrEqual(4); // read-check, write, notes lookup, notes write
    expect(excel.value("受注", 3, 6)).toBe("許可要");
    expect(excel.cell("受注", 3, 7)).toMatchObject({ value: "2025-10-09", numberFormat: "@" }); // stays text
    expect(excel.cell("受注", 4, 7)).toMatchObject({ value: "=not a formula" });
    expect(excel.cell("受注", 4, 7)?.formula).toBeUndefined();
    expect(excel.cell("受注", 2, 6)).toMatchObject({ bold: true, fill: "#D9E1F2" });
    expect(excel.cell("受注", 3, 6)?.fill).toBe("#FFC7CE");
    expect(excel.cell("受注", 3, 7)?.fill).toBeUndefined();
    expect(excel.sheets.get("受注")!.notes.get("3,6")).toBe("7項(1) 貨物等省令第6条");
    expect(excel.sheets.get("受注")!.columnWidths.get(7)).toBe(charsToPoints(26));
  });

  test("never over the user's data: a value or formula in the target refuses the whole block", async () => {
    const { excel, port } = setup();
    await expect(port.writeBlock({ sheet: "受注", row: 3, col: 5, values: [["x", "y"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
    expect(excel.value("受注", 3, 5)).toBe(1200000);
    expect(excel.value("受注", 3, 6)).toBeNull(); // nothing of the block was written
    excel.setFormula("受注", 10, 0, "=SUM(F4:F6)", 1250000);
    await expect(port.writeBlock({ sheet: "受注", row: 10, col: 0, values: [[1]] })).rejects.toThrow(/受注!A11/);
  });

  test("cells the adapter wrote itself may be rewritten; allowOverwrite is the caller's explicit say", async () => {
    const { excel, port } = setup();
    await port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["要確認"]] });
    await port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["許可不要"]] });
    expect(excel.value("受注", 3, 6)).toBe("許可不要");
    await port.writeBlock({ sheet: "受注", row: 3, col: 5, values: [[999]], allowOverwrite: true } as never);
    expect(excel.value("受注", 3, 5)).toBe(999);
  });

  test("an existing note is replaced, not duplicated", async () => {
    const { excel, port } = setup();
    await port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["A"]], notes: [["first"]] });
    await port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["B"]], notes: [["second"]] });
    expect(excel.sheets.get("受注")!.notes.get("3,6")).toBe("second");
  });

  test("without the Notes API notes fall back to comments, and without either they are counted, values still written", async () => {
    const a = setup({ notes: "1.10" });
    await a.port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["許可要"]], notes: [["why"]] });
    expect(a.excel.comments).toEqual([{ sheet: "受注", row: 3, col: 6, text: "why" }]);
    const b = setup({ notes: "none" });
    await b.port.writeBlock({ sheet: "受注", row: 3, col: 6, values: [["許可要"]], notes: [["why"]] });
    expect(b.excel.value("受注", 3, 6)).toBe("許可要");
    expect(b.port.skippedNotes).toBe(1);
  });
});

describe("sheets", () => {
  test("ensureSheet creates a hidden store sheet once; the hidden sheet is the add-in's own to rewrite", async () => {
    const { excel, port } = setup();
    await port.ensureSheet("AnpoData", { hidden: true });
    await port.ensureSheet("AnpoData", { hidden: true });
    expect(excel.sheets.get("AnpoData")!.visibility).toBe("Hidden");
    excel.sheets.get("AnpoData")!.cells.set("0,0", { value: "from an earlier session" });
    await port.writeBlock({ sheet: "AnpoData", row: 0, col: 0, values: [["key", "part", "json"]] });
    expect(excel.value("AnpoData", 0, 0)).toBe("key");
  });

  test("appendRows writes a bold header on a new sheet, then appends below the last row", async () => {
    const { excel, port } = setup();
    await port.appendRows("監査", ["日時", "操作"], [["2026-03-01 10:00", "スクリーニング"]]);
    await port.appendRows("監査", ["日時", "操作"], [["2026-03-02 11:00", "値に固定"], ["2026-03-02 11:05", "再確認"]]);
    expect(excel.cell("監査", 0, 0)).toMatchObject({ value: "日時", bold: true });
    expect([1, 2, 3].map((r) => excel.value("監査", r, 1))).toEqual(["スクリーニング", "値に固定", "再確認"]);
    expect(excel.value("監査", 4, 0)).toBeNull();
  });

  test("recalculate asks Excel for a full recalculation (ANPO results depend on the lists, which Excel cannot see)", async () => {
    const { excel, port } = setup();
    await port.recalculate();
    expect(excel.calculations).toEqual(["Full"]);
  });

  test("select activates the sheet and selects the row; getSelection reads it back", async () => {
    const { excel, port } = setup();
    excel.addSheet("Two");
    await port.select({ sheet: "Two", row: 7, col: 0, cols: 3 });
    expect(excel.active).toBe("Two");
    expect(await port.getSelection()).toEqual({ sheet: "Two", row: 7, col: 0, rows: 1, cols: 3 });
  });
});

describe("freezeFormulas (値に固定)", () => {
  test("replaces ANPO formulas in the range by their values with a note; other formulas stay", async () => {
    const { excel, port } = setup();
    excel.setFormula("受注", 3, 6, "=ANPO.CLASSIFY(C4)", "要確認");
    excel.setFormula("受注", 4, 6, '=IF(C5="","",ANPO.ENDUSER_RISK(E5,D5))', "該当なし");
    excel.setFormula("受注", 5, 6, "=SUM(F4:F5)", 1250000);
    excel.sheets.get("受注")!.notes.set("4,6", "reviewed by 山田");
    const n = await port.freezeFormulas({ sheet: "受注", row: 3, col: 6, rows: 3, cols: 1 }, "値に固定 2026-03-01 / METI-EUL 2025-09-29");
    expect(n).toBe(2);
    expect(excel.cell("受注", 3, 6)).toMatchObject({ value: "要確認" });
    expect(excel.cell("受注", 3, 6)?.formula).toBeUndefined();
    expect(excel.cell("受注", 4, 6)?.formula).toBeUndefined();
    expect(excel.cell("受注", 5, 6)?.formula).toBe("=SUM(F4:F5)");
    const notes = excel.sheets.get("受注")!.notes;
    expect(notes.get("3,6")).toBe("値に固定 2026-03-01 / METI-EUL 2025-09-29");
    expect(notes.get("4,6")).toBe("reviewed by 山田\n値に固定 2026-03-01 / METI-EUL 2025-09-29");
    expect(notes.has("5,6")).toBe(false);
  });

  test("defaults to the selection and returns 0 when there is nothing to freeze", async () => {
    const { excel, port } = setup();
    excel.setFormula("受注", 3, 6, "=ANPO.LISTS()", "種別 kind");
    excel.selection = { sheet: "受注", row: 3, col: 6, rows: 1, cols: 1 };
    expect(await port.freezeFormulas()).toBe(1);
    expect(await port.freezeFormulas()).toBe(0);
  });
});
