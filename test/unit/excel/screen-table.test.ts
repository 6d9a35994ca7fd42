/**
 * Table screening through the port, on the in-memory workbook with a stand-in engine: placement of
 * the result columns (never over user data), fills and notes per verdict, the audit row, the stored
 * run, and re-check after a list change. The real engines are exercised in the CLI tests.
 */
import { MemoryWorkbook } from "../../../src/excel/workbook/memory-adapter";
import { AUDIT_SHEET, guessMapping, loadLastRun, RESULT_HEADERS, screenTable, ScreenInputError, VERDICT_STYLE } from "../../../src/excel/workbook/screen-table";
import { recheck } from "../../../src/excel/workbook/recheck";
import type { Engine, RuleData } from "../../../src/core/engine";
import type { ListData } from "../../../src/core/data/schemas";
import type { Classification, Decision, DecisionInput, Destination, PartyRisk, Verdict } from "../../../src/core/results";

function list(names: { key: string; name: string; aliases?: string[]; concerns?: ("B" | "C" | "M" | "N" | "CW")[] }[], version: string): ListData {
  return {
    id: "METI-EUL",
    version,
    provenance: { publisher: "経済産業省", title: "外国ユーザーリスト", dataDate: version.slice(-10), effective: version.slice(-10), sourceFile: "x.xlsx", sha256: "0".repeat(64), importer: "test", importerVersion: "1", counts: {} },
    entries: names.map((n, i) => ({
      key: n.key,
      entryNo: String(i + 1),
      name: n.name,
      names: [{ value: n.name, kind: "primary" as const }, ...(n.aliases ?? []).map((a) => ({ value: a, kind: "alias" as const }))],
      concerns: n.concerns ?? ["M"],
      partyType: "entity" as const,
    })),
  };
}

/** A stand-in engine: a customer matching a list name or alias is a hit → review; "Banned" → prohibited. */
function fakeEngine(lists: ListData[]): Engine {
  const data = { lists } as unknown as RuleData;
  const party = (customer: string): PartyRisk => {
    if (customer === "Boom") throw new Error("engine defect");
    const hits = lists.flatMap((l) => l.entries.filter((e) => e.names.some((n) => n.value === customer)).map((e) => ({ l, e })));
    return { status: hits.length ? "hit" : "clear", matches: hits.map(({ l, e }) => ({ list: l.id, entryNo: e.entryNo, entryKey: e.key, name: e.name, matchedName: customer, score: 1, why: "exact" })), listsVersion: l0(lists) };
  };
  const classify = (): Classification => ({ status: "not_listed", matches: [], missing: [], catchAll: "16(2)", flags: [], rulesVersion: "rules-test", asOf: "2026-11-25", summary: "非該当（16項(2)）" });
  const destination = (country: string): Destination => ({ status: "resolved", input: country, iso2: "CN", group: "other", tables: [], rulesVersion: "rules-test", summary: "一般" });
  const decideFrom = (input: DecisionInput, parts: { classification: Classification; party: PartyRisk; destination: Destination }): Decision => {
    const verdict: Verdict = input.customer === "Banned" ? "prohibited" : parts.party.matches.length ? "review" : input.spec.includes("listed") ? "license_required" : "no_license";
    return { verdict, reasons: [{ code: verdict, text: `reason ${verdict}`, citation: "外為法48条1項" }], ...parts, summary: VERDICT_STYLE[verdict].ja };
  };
  return {
    data,
    classify,
    party,
    destination,
    decideFrom,
    decide: (input) => decideFrom(input, { classification: classify(), party: party(input.customer), destination: destination(input.country) }),
    versions: () => ({ rulesVersion: "rules-test", listsVersion: l0(lists), lists: lists.map((l) => ({ id: l.id, title: "", publisher: "", date: "", effective: "", entries: l.entries.length, sha256: l.provenance.sha256 })), tables: {}, controlTree: { revision: "", articles: 0, nodes: 0 } }),
  };
}
const l0 = (lists: ListData[]) => lists.map((l) => l.version).join("; ");

const HEADERS = ["受注番号", "品名", "仕様", "HS", "数量", "金額(円)", "仕向地", "需要者"];
function orders(): MemoryWorkbook {
  return MemoryWorkbook.fromRows([
    HEADERS,
    ["SO-1", "ボルト", "M8", "7318.15", 10, 1200, "中国", "Good Co"],
    ["SO-2", "装置", "listed item", "8486.20", 1, 5e9, "中国", "Acme Trading"],
    ["SO-3", "装置", "listed item", "8486.20", 1, 5e9, "ロシア", "Banned"],
    ["SO-4", "ボルト", "M8", "7318.15", 10, 1200, "中国", "Old Name Ltd"],
  ], "受注一覧");
}

describe("guessMapping", () => {
  it("maps Japanese and English headers, exact words before containment", () => {
    expect(guessMapping(HEADERS)).toEqual({ id: 0, item: 1, spec: 2, hs: 3, quantity: 4, value: 5, country: 6, customer: 7 });
    expect(guessMapping(["Order No", "Description", "Destination", "End user", "Amount (JPY)"])).toEqual({ id: 0, item: 1, country: 2, customer: 3, value: 4 });
  });
});

describe("screenTable", () => {
  const lists = [list([{ key: "k-acme", name: "Acme Trading" }], "METI-EUL 2025-01-31")];

  it("writes the result columns right of the table with fills, notes and an audit row", async () => {
    const wb = orders();
    const run = await screenTable(wb, fakeEngine(lists), { now: new Date("2026-11-25T09:00:00Z"), user: "山田" });
    expect(run.resultSheet).toBe("受注一覧");
    expect(run.resultCol).toBe(8);
    expect(RESULT_HEADERS.map((_, j) => wb.value("受注一覧", 0, 8 + j))).toEqual([...RESULT_HEADERS]);
    expect(run.counts).toEqual({ prohibited: 1, license_required: 0, review: 1, no_license: 2 });
    expect(wb.value("受注一覧", 3, 8)).toBe("輸出禁止");
    expect(wb.format("受注一覧", 3, 8)?.fill).toBe(VERDICT_STYLE.prohibited.fill);
    expect(wb.note("受注一覧", 3, 8)).toContain("外為法48条1項");
    expect(wb.value("受注一覧", 1, 0)).toBe("SO-1"); // the user's data is untouched
    const audit = await wb.readTable({ sheet: AUDIT_SHEET });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].slice(1, 10)).toEqual(["山田", "", "スクリーニング", "受注一覧", 4, 1, 0, 1, 2]);
  });

  it("writes on a new sheet when the cells right of the table hold user data", async () => {
    const wb = orders();
    wb.setValues("受注一覧", 2, 10, [["メモ: 至急"]]);
    const run = await screenTable(wb, fakeEngine(lists));
    expect(run.resultSheet).toBe("受注一覧_判定");
    expect(wb.value("受注一覧", 2, 10)).toBe("メモ: 至急");
    expect(wb.value("受注一覧_判定", 0, 1)).toBe("判定");
    expect(wb.value("受注一覧_判定", 3, 0)).toBe(4); // sheet row number of SO-3
    expect(wb.value("受注一覧_判定", 3, 1)).toBe("輸出禁止");
  });

  it("re-running overwrites its own result columns, not the user's", async () => {
    const wb = orders();
    await screenTable(wb, fakeEngine(lists));
    const again = await screenTable(wb, fakeEngine(lists));
    expect(again.resultCol).toBe(8);
    expect(again.resultSheet).toBe("受注一覧");
  });

  it("recognises its result columns by header in a later session (no ownership record)", async () => {
    const wb = orders();
    await screenTable(wb, fakeEngine(lists));
    const json = wb.toJSON();
    const reopened = MemoryWorkbook.fromJSON({ ...json, sheets: json.sheets.map((s) => ({ ...s, owned: [] })) });
    const again = await screenTable(reopened, fakeEngine(lists));
    expect(again.resultSheet).toBe("受注一覧");
    expect(reopened.value("受注一覧", 3, 8)).toBe("輸出禁止");
  });

  it("keeps going when the engine fails on one row, and marks that row for review", async () => {
    const wb = orders();
    wb.setValues("受注一覧", 4, 7, [["Boom"]]);
    const run = await screenTable(wb, fakeEngine(lists));
    expect(run.rows).toBe(4);
    expect(wb.value("受注一覧", 4, 8)).toBe("要確認");
    expect(String(wb.value("受注一覧", 4, 10))).toContain("内部エラー");
  });

  it("refuses a table without the columns it needs, naming them", async () => {
    const wb = MemoryWorkbook.fromRows([["A", "B"], [1, 2]], "S");
    await expect(screenTable(wb, fakeEngine(lists))).rejects.toThrow(ScreenInputError);
    await expect(screenTable(wb, fakeEngine(lists))).rejects.toThrow(/仕向地.*需要者/);
  });

  it("stops between blocks when cancelled and stores no run", async () => {
    const wb = orders();
    const ctl = new AbortController();
    const run = await screenTable(wb, fakeEngine(lists), { blockSize: 1, signal: ctl.signal, onProgress: (d) => d >= 2 && ctl.abort() });
    expect(run.cancelled).toBe(true);
    expect(run.rows).toBe(2);
    expect(await loadLastRun(wb)).toBeUndefined();
  });
});

describe("recheck", () => {
  it("lists the rows whose verdict changed with the list change behind each", async () => {
    const before = list([{ key: "k-acme", name: "Acme Trading" }, { key: "k-old", name: "Old Name Ltd" }], "METI-EUL 2025-01-31");
    const after = list([{ key: "k-acme", name: "Acme Trading" }, { key: "k-good", name: "Good Company", aliases: ["Good Co"] }], "METI-EUL 2025-09-29");
    const wb = orders();
    await screenTable(wb, fakeEngine([before]));
    const stored = await loadLastRun(wb);
    expect(stored?.rows.map((r) => r.v)).toEqual(["no_license", "review", "prohibited", "review"]);

    const r = await recheck(wb, fakeEngine([after]), { previousLists: [before] });
    expect(r.changes.map((c) => [c.row, c.before, c.after])).toEqual([
      [1, "no_license", "review"],
      [4, "review", "no_license"],
    ]);
    expect(r.changes[0].explanations[0]).toMatch(/^新規掲載: METI-EUL No.2 Good Company/);
    expect(r.changes[1].explanations[0]).toMatch(/掲載削除または名称変更: k-old/);
    expect(wb.note("受注一覧", 1, 8)).toContain("再チェックで変更: 許可不要 → 要確認");
    expect(wb.format("受注一覧", 1, 8)?.fontColor).toBe("#C00000");
    const audit = await wb.readTable({ sheet: AUDIT_SHEET });
    expect(audit.rows.map((row) => row[3])).toEqual(["スクリーニング", "再チェック"]);
  });

  it("names a new alias of an existing entry", async () => {
    const before = list([{ key: "k-acme", name: "Acme Trading" }], "v1");
    const after = list([{ key: "k-acme", name: "Acme Trading", aliases: ["Good Co"] }], "v2");
    const wb = orders();
    await screenTable(wb, fakeEngine([before]));
    const r = await recheck(wb, fakeEngine([after]), { previousLists: [before] });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].explanations[0]).toBe("METI-EUL No.1 Acme Trading（M）: 別名追加: Good Co");
  });
});

describe("screenTable on the real engine", () => {
  it("gives every row of the demo sheet exactly the decision engine.decide gives it alone (memos change nothing)", async () => {
    const { ExcelJsWorkbook } = await import("../../../src/excel/workbook/exceljs-adapter");
    const { loadBundledRuleData } = await import("../../../src/core/data/bundled");
    const { createEngine } = await import("../../../src/core/engine");
    const engine = createEngine(loadBundledRuleData());
    const port = await ExcelJsWorkbook.fromFile(`${__dirname}/../../../examples/orders.xlsx`);
    const run = await screenTable(port, engine, { now: new Date("2026-11-25T00:00:00Z") });
    expect(run.rows).toBe(240);
    for (const r of run.results) {
      const alone = engine.decide({ spec: r.input.spec, country: r.input.country, customer: r.input.customer, hs: r.input.hs, valueJpy: r.input.valueJpy });
      expect([r.row, r.decision.verdict, r.decision.reasons]).toEqual([r.row, alone.verdict, alone.reasons]);
    }
  }, 60_000);
});
