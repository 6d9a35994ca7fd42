import { MemoryWorkbook, OverwriteRefusedError, cellAddress } from "../../../../src/excel/workbook/memory-adapter";

const orders = () =>
  MemoryWorkbook.fromRows([
    ["品名", "仕向地", "需要者"],
    ["工作機械", "中国", "ABC Co."],
    ["ポンプ", "イラン", "XYZ"],
  ]);

describe("MemoryWorkbook", () => {
  test("readTable returns the used range with the first row as headers", async () => {
    const wb = orders();
    const t = await wb.readTable();
    expect(t).toEqual({
      sheet: "Sheet1",
      headerRow: 0,
      firstCol: 0,
      headers: ["品名", "仕向地", "需要者"],
      rows: [
        ["工作機械", "中国", "ABC Co."],
        ["ポンプ", "イラン", "XYZ"],
      ],
    });
  });

  test("readTable with an anchor expands to the current region, not the whole sheet", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("S");
    wb.setValues("S", 0, 0, [["title"]]);
    wb.setValues("S", 2, 1, [
      ["a", "b"],
      [1, 2],
      [3, null],
    ]);
    wb.setValues("S", 10, 5, [["far away"]]);
    const t = await wb.readTable({ sheet: "S", anchor: { row: 3, col: 2 } });
    expect(t.headerRow).toBe(2);
    expect(t.firstCol).toBe(1);
    expect(t.headers).toEqual(["a", "b"]);
    expect(t.rows).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  test("writeBlock writes values, notes, formats and widths beside the table", async () => {
    const wb = orders();
    await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 3, values: [["判定"], ["要確認"]], notes: [[null], ["理由"]], formats: [[{ bold: true }], [{ fill: "#FFEB9C" }]], widths: [12] });
    expect(wb.value("Sheet1", 1, 3)).toBe("要確認");
    expect(wb.note("Sheet1", 1, 3)).toBe("理由");
    expect(wb.note("Sheet1", 0, 3)).toBeUndefined();
    expect(wb.format("Sheet1", 1, 3)).toEqual({ fill: "#FFEB9C" });
    expect(wb.width("Sheet1", 3)).toBe(12);
  });

  test("writeBlock refuses to cover user data and changes nothing when it refuses", async () => {
    const wb = orders();
    await expect(wb.writeBlock({ sheet: "Sheet1", row: 2, col: 1, values: [["x", "y"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
    await expect(wb.writeBlock({ sheet: "Sheet1", row: 2, col: 3, values: [["new"]] })).resolves.toBeUndefined();
    await expect(wb.writeBlock({ sheet: "Sheet1", row: 2, col: 2, values: [["over"], ["below"]] })).rejects.toThrow("Sheet1!C3");
    expect(wb.value("Sheet1", 2, 2)).toBe("XYZ");
    expect(wb.value("Sheet1", 3, 2)).toBeNull();
  });

  test("cells the add-in wrote may be rewritten (a re-run replaces its own columns)", async () => {
    const wb = orders();
    await wb.writeBlock({ sheet: "Sheet1", row: 1, col: 3, values: [["許可要"]] });
    await wb.writeBlock({ sheet: "Sheet1", row: 1, col: 3, values: [["許可不要"]] });
    expect(wb.value("Sheet1", 1, 3)).toBe("許可不要");
  });

  test("a formula cell counts as user data", async () => {
    const wb = orders();
    wb.setFormula("Sheet1", 1, 4, "=ANPO.ENDUSER_RISK(C2,B2)", "clear");
    await expect(wb.writeBlock({ sheet: "Sheet1", row: 1, col: 4, values: [["x"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
  });

  test("appendRows creates the sheet with a header once, then appends below the last row", async () => {
    const wb = orders();
    await wb.appendRows("Anpo監査ログ", ["日時", "件数"], [["2026-01-01", 2]]);
    await wb.appendRows("Anpo監査ログ", ["日時", "件数"], [["2026-01-02", 3]]);
    const log = await wb.readTable({ sheet: "Anpo監査ログ" });
    expect(log.headers).toEqual(["日時", "件数"]);
    expect(log.rows).toEqual([
      ["2026-01-01", 2],
      ["2026-01-02", 3],
    ]);
  });

  test("ensureSheet can hide the add-in's store and keeps the active sheet visible", async () => {
    const wb = orders();
    await wb.ensureSheet("_anpo", { hidden: true });
    expect(wb.sheet("_anpo")?.hidden).toBe(true);
    expect(await wb.sheetNames()).toEqual(["Sheet1", "_anpo"]);
    expect(wb.activeSheet()).toBe("Sheet1");
  });

  test("freezeFormulas replaces only ANPO formulas inside the range and notes why", async () => {
    const wb = orders();
    wb.setFormula("Sheet1", 1, 3, "=ANPO.CLASSIFY(A2)", "要確認");
    wb.setFormula("Sheet1", 2, 3, "=SUM(1,2)", 3);
    wb.setFormula("Sheet1", 5, 3, "=ANPO.CLASSIFY(A6)", "x");
    const n = await wb.freezeFormulas({ sheet: "Sheet1", row: 0, col: 0, rows: 4, cols: 5 }, "値に固定 v1");
    expect(n).toBe(1);
    expect(wb.formula("Sheet1", 1, 3)).toBeUndefined();
    expect(wb.value("Sheet1", 1, 3)).toBe("要確認");
    expect(wb.note("Sheet1", 1, 3)).toBe("値に固定 v1");
    expect(wb.formula("Sheet1", 2, 3)).toBe("=SUM(1,2)");
    expect(wb.formula("Sheet1", 5, 3)).toBe("=ANPO.CLASSIFY(A6)");
  });

  test("select moves the selection that freezeFormulas defaults to", async () => {
    const wb = orders();
    wb.setFormula("Sheet1", 1, 3, "=anpo.screen(A2,B2,C2)", "許可要");
    await wb.select({ sheet: "Sheet1", row: 1, col: 3 });
    expect(await wb.getSelection()).toEqual({ sheet: "Sheet1", row: 1, col: 3, rows: 1, cols: 1 });
    expect(await wb.freezeFormulas()).toBe(1);
  });

  test("toJSON / fromJSON round-trip keeps ownership, notes and hidden sheets", async () => {
    const wb = orders();
    await wb.writeBlock({ sheet: "Sheet1", row: 1, col: 3, values: [["許可要"]], notes: [["n"]] });
    await wb.ensureSheet("_anpo", { hidden: true });
    const copy = MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())));
    expect(copy.toJSON()).toEqual(wb.toJSON());
    await expect(copy.writeBlock({ sheet: "Sheet1", row: 1, col: 3, values: [["x"]] })).resolves.toBeUndefined();
    await expect(copy.writeBlock({ sheet: "Sheet1", row: 1, col: 2, values: [["x"]] })).rejects.toBeInstanceOf(OverwriteRefusedError);
  });

  test("readBlock of a missing sheet or empty area gives nulls", async () => {
    const wb = orders();
    expect(await wb.readBlock("Sheet1", 0, 3, 2, 2)).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(await wb.readBlock("nope", 0, 0, 1, 1)).toEqual([[null]]);
  });

  test("cellAddress spells columns like Excel", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(9, 25)).toBe("Z10");
    expect(cellAddress(0, 26)).toBe("AA1");
    expect(cellAddress(0, 701)).toBe("ZZ1");
    expect(cellAddress(0, 702)).toBe("AAA1");
  });
});
