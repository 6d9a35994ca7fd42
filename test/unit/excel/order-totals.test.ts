/**
 * 総価額 across the rows of one order (輸出令第4条第1項第5号: 総価額が百万円以下): rows that share an
 * order number are judged on their sum, so splitting a contract into lines never earns the
 * small-value exemption; a missing value leaves the total unknown. Real engine, real tables.
 */
import { MemoryWorkbook } from "../../../src/excel/workbook/memory-adapter";
import { screenTable } from "../../../src/excel/workbook/screen-table";
import { orderTotals } from "../../../src/excel/workbook/order-totals";
import type { CellValue } from "../../../src/excel/workbook/port";
import { loadBundledRuleData } from "../../../src/core/data/bundled";
import { createEngine, type Engine } from "../../../src/core/engine";

const HEADERS = ["受注番号", "品名", "仕様", "金額(円)", "仕向地", "需要者"];
// 8項 (第7条第6号イ), eligible for the small-value exemption (5〜13項)
const QC = "量子コンピュータ 物理量子ビット 40 / CNOT error 0.01%";
let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadBundledRuleData());
});

async function run(rows: (string | number | null)[][]) {
  const port = MemoryWorkbook.fromRows([HEADERS, ...rows]);
  return screenTable(port, engine, { now: new Date("2026-11-26T00:00:00Z") });
}

describe("order totals for the small-value exemption", () => {
  // 8項 may be 別表第3の3 (告示): ≤ ¥50,000 is exempt either way, above it the engine asks.
  it("judges each line alone when order numbers differ (¥30,000 each → exempt)", async () => {
    const r = await run([
      ["SO-1", "QC", QC, 30_000, "タイ", "Siam Instruments Co., Ltd."],
      ["SO-2", "QC", QC, 30_000, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    expect(r.results.map((x) => x.decision.verdict)).toEqual(["no_license", "no_license"]);
    expect(r.results.every((x) => x.decision.reasons.some((c) => c.code === "small_value_exempt"))).toBe(true);
  });

  it("sums the lines of one order: 2 × ¥600,000 = ¥1,200,000 > 百万円 → licence, reason names the total", async () => {
    const r = await run([
      ["SO-1", "QC", QC, 600_000, "タイ", "Siam Instruments Co., Ltd."],
      ["ＳＯ-1", "QC", QC, 600_000, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    for (const x of r.results) {
      expect(x.decision.verdict).toBe("license_required");
      const reason = x.decision.reasons.find((c) => c.code === "order_total");
      expect(reason?.text).toContain("1,200,000円");
      expect(reason?.text).toContain("この行 600,000円");
    }
  });

  it("keeps the exemption at exactly 五万円 over two lines (以下) and asks above it", async () => {
    const at = await run([
      ["SO-7", "QC", QC, 25_000, "タイ", "Siam Instruments Co., Ltd."],
      ["SO-7", "QC", QC, 25_000, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    expect(at.results.map((x) => x.decision.verdict)).toEqual(["no_license", "no_license"]);
    const above = await run([
      ["SO-8", "QC", QC, 30_000, "タイ", "Siam Instruments Co., Ltd."],
      ["SO-8", "QC", QC, 30_000, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    expect(above.results.map((x) => x.decision.verdict)).toEqual(["review", "review"]);
    expect(above.results[0].decision.reasons.map((c) => c.code)).toEqual(expect.arrayContaining(["small_value_notice_check", "order_total"]));
  });

  it("does not exempt an order with a line whose value is missing", async () => {
    const r = await run([
      ["SO-9", "QC", QC, 100_000, "タイ", "Siam Instruments Co., Ltd."],
      ["SO-9", "ケーブル", "付属ケーブル", null, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    const first = r.results[0].decision;
    expect(first.verdict).toBe("license_required");
    expect(first.reasons.find((c) => c.code === "order_total")?.text).toContain("金額のない行");
  });

  it("adds no order reason where the small-value test played no part", async () => {
    const r = await run([
      ["SO-3", "ボールペン", "油性 0.7mm", 300, "タイ", "Siam Instruments Co., Ltd."],
      ["SO-3", "ノート", "A4 方眼", 200, "タイ", "Siam Instruments Co., Ltd."],
    ]);
    expect(r.results.flatMap((x) => x.decision.reasons).some((c) => c.code === "order_total")).toBe(false);
  });
});

describe("orderTotals", () => {
  const value = (cells: CellValue[]) => (typeof cells[1] === "number" ? cells[1] : undefined);
  it("groups by the NFKC order number and keeps only orders of several rows", () => {
    const t = orderTotals([["A", 1], ["Ａ", 2], ["B", 5], [null, 7], ["", 9]], 0, value);
    expect([...t.values()]).toEqual([{ id: "A", rows: 2, totalJpy: 3 }]);
  });
  it("has no totals without an order-number column", () => {
    expect(orderTotals([["A", 1], ["A", 2]], undefined, value).size).toBe(0);
  });
});

describe("rowInput", () => {
  it("classifies a sheet that names its goods only by 品番 on the part number", async () => {
    const { guessMapping, rowInput } = await import("../../../src/excel/workbook/screen-table");
    const m = guessMapping(["品番", "仕向地", "需要者"]);
    expect(rowInput(["XC7VX690T", "中国", "Acme"], m)).toMatchObject({ spec: "XC7VX690T", part: "XC7VX690T" });
    const withSpec = guessMapping(["品番", "仕様", "仕向地"]);
    expect(rowInput(["P-1", "CMOS IC", "中国"], withSpec).spec).toBe("CMOS IC");
  });
});
