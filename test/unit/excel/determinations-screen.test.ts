/**
 * Bulk screening with the 判定書マスタ on the real engine and bundled data: recorded determinations
 * stand in for the 該非判定 per part number, visibly (cell text, note, audit count), and never
 * for the end-user and destination checks.
 */
import { createEngine, type Engine } from "../../../src/core/engine";
import { loadBundledRuleData } from "../../../src/core/data/bundled";
import { determinationContext, type Determination } from "../../../src/core/determinations";
import { MemoryWorkbook } from "../../../src/excel/workbook/memory-adapter";
import { AUDIT_HEADERS, AUDIT_SHEET, guessMapping, loadLastRun, RESULT_HEADERS, screenTable, ScreenInputError, type ScreenRun } from "../../../src/excel/workbook/screen-table";
import { DETERMINATION_KEY, loadDeterminationStore, saveDeterminationStore } from "../../../src/excel/workbook/determination-store";
import { writeStore } from "../../../src/excel/workbook/store";

let engine: Engine;
let law: string;
beforeAll(() => {
  engine = createEngine(loadBundledRuleData());
  law = determinationContext(engine.data).lawRevision;
});

const now = new Date("2026-11-26T09:00:00Z");
const det = (over: Partial<Determination>): Determination => ({ part: "TS-100", status: "not_listed", reviewer: "山田", date: "2026-04-01", reference: "ABC-123", lawRevision: "2026-04-01", ...over });

const HEADER = ["受注番号", "品番", "品名", "HS", "金額(円)", "仕向地", "需要者"];
const rows = () => [
  HEADER,
  ["SO-1", "TS-100", "Tシャツ 綿100%", "6109.10", 50000, "米国", "Acme Corp"], // current 非該当
  ["SO-2", "ts－100", "Tシャツ 綿100%", "6109.10", 50000, "米国", "Acme Corp"], // same part, other spelling
  ["SO-3", "OLD-1", "ボルト M8", "7318.15", 50000, "米国", "Acme Corp"], // stale law revision
  ["SO-4", "EXP-1", "緑茶 500g", "0902.10", 50000, "米国", "Acme Corp"], // expired
  ["SO-5", "DUP-1", "ベアリング", "8482.10", 50000, "米国", "Acme Corp"], // conflicting
  ["SO-6", "MC-3", "3軸マシニングセンタ", "8457.10", 5000000, "米国", "Acme Corp"], // 該当
  ["SO-7", "TS-100", "Tシャツ 綿100%", "6109.10", 50000, "ロシア", "Admiralty Shipyard JSC"], // METI-RU designated
  ["SO-9", "BR-1", "ベアリング", "8482.10", 50000, "中国", "Beijing Institute of Technology"], // EUL (M) hit
  ["SO-8", "NONE-9", "Tシャツ 綿100%", "6109.10", 50000, "米国", "Acme Corp"], // no determination
];
const store = () => ({
  determinations: [
    det({}),
    det({ part: "OLD-1", reference: "OLD-1", date: "2020-01-10", lawRevision: "2020-01-10" }),
    det({ part: "EXP-1", reference: "EXP-1", expires: "2026-11-25" }),
    det({ part: "DUP-1", reference: "DUP-A" }),
    det({ part: "DUP-1", reference: "DUP-B", status: "listed", items: ["6項(1)"] }),
    det({ part: "BR-1", reference: "BR-1", hs: "8482.10" }),
    det({ part: "MC-3", reference: "MC-1", status: "listed", items: ["2項(12)"], citations: ["貨物等省令第1条第12号"] }),
  ],
});

describe("guessMapping", () => {
  it("maps 品番 / 型番 / Part No. / Model to part, and no longer to item", () => {
    expect(guessMapping(HEADER)).toMatchObject({ part: 1, item: 2 });
    expect(guessMapping(["型番", "品名", "仕向地", "需要者"]).part).toBe(0);
    expect(guessMapping(["Order No", "Part No.", "Description", "Destination", "Customer"])).toMatchObject({ id: 0, part: 1, item: 2 });
    expect(guessMapping(["Model", "Product", "Country", "Customer"])).toMatchObject({ part: 0, item: 1 });
    expect(guessMapping(["部品番号", "品名", "仕向地", "需要者"]).part).toBe(0);
  });
});

describe("screenTable with recorded determinations", () => {
  let wb: MemoryWorkbook;
  let run: ScreenRun;
  const byId = (id: string) => run.results.find((r) => r.id === id)!;
  const cell = (id: string, header: (typeof RESULT_HEADERS)[number]) => wb.value("Sheet1", byId(id).row, run.resultCol + RESULT_HEADERS.indexOf(header));

  beforeAll(async () => {
    wb = MemoryWorkbook.fromRows(rows());
    await saveDeterminationStore(wb, store());
    run = await screenTable(wb, engine, { now, user: "tester" });
  });

  it("applies a current 非該当 by part number, naming the 判定書 in the cell and the note", () => {
    for (const id of ["SO-1", "SO-2"]) {
      expect(byId(id).decision.classification.status).toBe("not_listed");
      expect(cell(id, "該非・項番")).toBe("非該当（判定書 ABC-123, 山田 2026-04-01）");
    }
    expect(byId("SO-1").input.part).toBe("TS-100");
    // 6109 (衣類) is in 16項's chapters, to the US (別表第3, グループA) no inform → 許可不要
    expect(byId("SO-1").decision.verdict).toBe("no_license");
    expect(wb.note("Sheet1", byId("SO-1").row, run.resultCol)).toMatch(/判定書 ABC-123 を適用/);
  });

  it("without a determination the row stays as the engine says (要確認)", () => {
    expect(byId("SO-8").decision.verdict).toBe("review");
    expect(byId("SO-8").decision.classification.summary).toBe(engine.classify("Tシャツ 綿100%", { hs: "6109.10" }).summary);
  });

  it("a determination under an older law revision → 要確認 判定書の再確認が必要（改正後）", () => {
    expect(law > "2020-01-10").toBe(true);
    expect(byId("SO-3").decision.verdict).toBe("review");
    expect(String(cell("SO-3", "該非・項番"))).toMatch(/判定書の再確認が必要（改正後）: OLD-1/);
    expect(String(cell("SO-3", "要確認事項"))).toMatch(/判定書の再確認が必要（改正後）/);
  });

  it("an expired determination → 要確認", () => {
    expect(byId("SO-4").decision.verdict).toBe("review");
    expect(String(cell("SO-4", "該非・項番"))).toMatch(/判定書の有効期限切れ: EXP-1/);
  });

  it("conflicting determinations for one part → 要確認 naming both", () => {
    expect(byId("SO-5").decision.verdict).toBe("review");
    const text = String(cell("SO-5", "該非・項番"));
    expect(text).toContain("DUP-A（非該当）");
    expect(text).toContain("DUP-B（該当 6項(1)）");
  });

  it("a 該当 determination → 許可要 with its items and citation", () => {
    const d = byId("SO-6").decision;
    expect(d.verdict).toBe("license_required");
    expect(cell("SO-6", "判定")).toBe("許可要");
    expect(cell("SO-6", "該非・項番")).toBe("該当 2項(12)（判定書 MC-1, 山田 2026-04-01）");
    expect(String(cell("SO-6", "根拠"))).toContain("2項(12)");
  });

  it("end-user checks still decide: a 非該当 判定書 stands in for the classification only", () => {
    const banned = byId("SO-7").decision;
    expect(banned.classification.status).toBe("not_listed");
    expect(banned.verdict).toBe("prohibited");
    expect(cell("SO-7", "判定")).toBe("輸出禁止");
    // 16項 goods to an End User List (M) customer: the catch-all question stays open
    const eul = byId("SO-9").decision;
    expect(eul.classification.status).toBe("not_listed");
    expect(eul.party.status).toBe("hit");
    expect(eul.verdict).toBe("review");
    expect(eul.reasons.map((r) => r.code)).toContain("wmd_user_confirm");
  });

  it("the stored run keeps the parts still undecided (stale, expired, in conflict, or without a 判定書) for the review list", async () => {
    const stored = await loadLastRun(wb);
    expect(stored?.undecided?.map((u) => [u.part, u.rows.length])).toEqual([
      ["OLD-1", 1],
      ["EXP-1", 1],
      ["DUP-1", 1],
      ["NONE-9", 1],
    ]);
  });

  it("the audit log counts the rows that used a determination", () => {
    expect(run.determinationsApplied).toBe(5); // SO-1, SO-2, SO-6, SO-7, SO-9
    const audit = wb.sheet(AUDIT_SHEET)!.values;
    expect(audit[0]).toEqual(AUDIT_HEADERS);
    expect(audit[1][AUDIT_HEADERS.indexOf("適用判定書")]).toBe(5);
  });
});

describe("the store and options", () => {
  it("the workbook store round-trips and refuses a damaged document", async () => {
    const wb = MemoryWorkbook.fromRows(rows());
    expect(await loadDeterminationStore(wb)).toEqual({ determinations: [] });
    await saveDeterminationStore(wb, store());
    expect((await loadDeterminationStore(wb)).determinations).toHaveLength(7);
    await expect(saveDeterminationStore(wb, { determinations: [{ part: "X" } as Determination] })).rejects.toThrow();
  });

  it("a damaged store in the workbook stops the run as bad input, naming it", async () => {
    const wb = MemoryWorkbook.fromRows(rows());
    await writeStore(wb, DETERMINATION_KEY, { determinations: [{ part: "X", status: "maybe" }] });
    await expect(loadDeterminationStore(wb)).rejects.toThrow(/AnpoData: the stored "determinations" is damaged/);
    await expect(screenTable(wb, engine, { now })).rejects.toBeInstanceOf(ScreenInputError);
  });

  it("determinations given as an option (the CLI's master) apply beside the workbook's", async () => {
    const wb = MemoryWorkbook.fromRows(rows().slice(0, 2));
    const run = await screenTable(wb, engine, { now, determinations: { determinations: [det({})] } });
    expect(run.results[0].decision.classification.summary).toBe("非該当（判定書 ABC-123, 山田 2026-04-01）");
    expect(run.determinationsApplied).toBe(1);
  });

  it("a sheet without a part column is screened as before, with 0 determinations applied", async () => {
    const wb = MemoryWorkbook.fromRows([["品名", "仕向地", "需要者"], ["Tシャツ 綿100%", "米国", "Acme Corp"]]);
    await saveDeterminationStore(wb, store());
    const run = await screenTable(wb, engine, { now });
    expect(run.determinationsApplied).toBe(0);
    expect(run.results[0].decision.verdict).toBe("review");
  });
});
