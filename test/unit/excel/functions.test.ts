/**
 * ANPO.* custom functions through a stand-in `CustomFunctions` global, on an engine built from the
 * real End User List (rules/lists/meti-eul.json) and a minimal law stand-in (the law importers'
 * output is not what these wrappers are about: every expectation is taken from the engine itself).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine, type Engine, type RuleData } from "../../../src/core/engine";
import { ListData, type Provenance } from "../../../src/core/data/schemas";

// The bundled loader needs every rules file; these tests install their own engine instead.
jest.mock("../../../src/core/data/bundled", () => ({
  loadBundledRuleData: () => {
    throw new Error("bundled data must not be loaded by these tests");
  },
}));

class StandInError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: StandInError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

import * as fns from "../../../src/excel/functions/functions";
import { setActiveLists, setEngine, getEngine } from "../../../src/excel/engine-instance";
import { cellMemo, LISTS_HEADER, partySummary } from "../../../src/excel/functions/cell-results";

const provenance = (title: string): Provenance => ({
  publisher: "テスト",
  title,
  dataDate: "2026-02-14",
  effective: "2026-02-14",
  sourceFile: "stand-in.xml",
  sha256: "0".repeat(64),
  importer: "test",
  importerVersion: "1",
  counts: {},
});

let eul: ListData;
let data: RuleData;
let engine: Engine;

beforeAll(() => {
  eul = ListData.parse(JSON.parse(readFileSync(join(__dirname, "../../../rules/lists/meti-eul.json"), "utf8")));
  data = {
    exportOrder: { provenance: provenance("輸出貿易管理令"), revision: "stand-in", tables: {}, item16Chapters: [], smallValueItems: [], approvalGoodsRuBy: [] },
    controlTree: { provenance: provenance("貨物等省令"), revision: "stand-in", nodes: [], item16_1Hs: [] },
    params: { version: "2026-01-01", rules: [] },
    lists: [eul],
  };
  engine = createEngine(data);
});

beforeEach(() => {
  setEngine(engine);
});

/** Runs a function expecting an Excel error; returns it. */
function excelError(run: () => unknown): StandInError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(StandInError);
    return e as StandInError;
  }
  throw new Error("expected an Excel error");
}

describe("ANPO.ENDUSER_RISK", () => {
  test("an End User List entry named exactly is a hit on METI-EUL with its entry number", () => {
    const entry = eul.entries.find((e) => e.country?.iso2 === "IR")!;
    expect(fns.enduserRisk(entry.name, "IR", "status")).toBe("hit");
    expect(String(fns.enduserRisk(entry.name, "IR", "list"))).toContain("METI-EUL");
    expect(fns.enduserRisk(entry.name, "IR", "entry")).toBe(engine.party(entry.name, { country: "IR" }).matches[0].entryNo);
    expect(fns.enduserRisk(entry.name, "IR", "score")).toBe(1);
    expect(fns.enduserRisk(entry.name, "IR", "version")).toBe("METI-EUL 2025-09-29");
  });

  test("the default is the summary, which names the hit in Japanese and the list entry", () => {
    const entry = eul.entries[0];
    const summary = String(fns.enduserRisk(entry.name));
    expect(summary).toBe(partySummary(engine.party(entry.name)));
    expect(summary).toMatch(/^該当/);
    expect(summary).toContain(entry.name);
  });

  test("without an engine summary the cell composes one: status in Japanese, list, entry and score", () => {
    const entry = eul.entries[0];
    const { summary: _omit, ...bare } = engine.party(entry.name);
    expect(partySummary(bare)).toMatch(new RegExp(`^該当あり METI-EUL ${bare.matches[0].entryNo} .+ \\(100%\\)$`));
  });

  test("an unknown name is never a silent clear while the engine says otherwise", () => {
    const expected = engine.party("Kawasaki Trading Co.", {}).status;
    expect(fns.enduserRisk("Kawasaki Trading Co.", null as unknown as string, "status")).toBe(expected);
    if (expected !== "clear") expect(fns.enduserRisk("Kawasaki Trading Co.")).not.toMatch(/該当なし/);
  });

  test("an empty name is #N/A with a message; a boolean name is #VALUE!", () => {
    const empty = excelError(() => fns.enduserRisk("  "));
    expect(empty.code).toBe("#N/A");
    expect(empty.message).toContain("name");
    expect(excelError(() => fns.enduserRisk(true as unknown as string)).code).toBe("#VALUE!");
  });
});

describe("ANPO.CLASSIFY", () => {
  test("status, summary and fields come from the engine's classification", () => {
    const spec = "5軸マシニングセンタ 位置決め精度 4µm";
    const c = engine.classify(spec, { asOf: "2026-03-01" });
    expect(fns.classify(spec, "status", "2026-03-01")).toBe(c.status);
    expect(fns.classify(spec, "as_of", "2026-03-01")).toBe("2026-03-01");
    expect(fns.classify(spec, "version", "2026-03-01")).toBe(c.rulesVersion);
    expect(fns.classify(spec, "catch_all", "2026-03-01")).toBe(c.catchAll);
  });

  test("an undecided classification reads 要確認 in the cell, never 非該当", () => {
    const spec = "gadget without parameters";
    if (engine.classify(spec).status === "needs_review") expect(String(fns.classify(spec))).toMatch(/要確認/);
    expect(String(fns.classify(spec))).not.toMatch(/^非該当/);
  });

  test("as_of accepts an Excel date serial and yyyy/m/d, and refuses impossible dates", () => {
    expect(fns.classify("x", "as_of", 46082)).toBe("2026-03-01"); // 46082 = 2026-03-01 in Excel's 1900 system
    expect(fns.classify("x", "as_of", "2026/3/1")).toBe("2026-03-01");
    expect(excelError(() => fns.classify("x", "as_of", "2026-02-30")).code).toBe("#VALUE!");
    expect(excelError(() => fns.classify("x", "as_of", "tomorrow")).code).toBe("#VALUE!");
  });

  test("field names are case- and width-insensitive and accept Japanese names", () => {
    const status = engine.classify("x").status;
    expect(fns.classify("x", "STATUS")).toBe(status);
    expect(fns.classify("x", "ｓｔａｔｕｓ")).toBe(status);
    expect(fns.classify("x", "状態")).toBe(status);
  });

  test("an unknown field is #VALUE! listing the valid fields", () => {
    const err = excelError(() => fns.classify("x", "colour"));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("colour");
    expect(err.message).toContain("citation");
  });

  test("a number is read as the spec text (part numbers typed as numbers)", () => {
    expect(fns.classify(12345 as unknown as string, "status")).toBe(engine.classify("12345").status);
  });

  test("an empty spec is #N/A, a range is #VALUE!", () => {
    expect(excelError(() => fns.classify("")).code).toBe("#N/A");
    expect(excelError(() => fns.classify([["a"]] as unknown as string)).code).toBe("#VALUE!");
  });
});

describe("ANPO.DESTINATION", () => {
  test("fields come from the destination resolver", () => {
    const d = engine.destination("Iran");
    expect(fns.destination("Iran", "status")).toBe(d.status);
    expect(fns.destination("Iran", "tables")).toBe(d.tables.join(", "));
    expect(fns.destination("Iran", "group")).toBe(d.group ?? "");
  });

  test("an unresolved destination reads 要確認", () => {
    if (engine.destination("Atlantis").status === "needs_review") expect(String(fns.destination("Atlantis"))).toMatch(/要確認/);
  });
});

describe("ANPO.SCREEN", () => {
  test("verdict and reasons come from the engine's decision", () => {
    const entry = eul.entries.find((e) => e.country?.iso2 === "CN")!;
    const d = engine.decide({ spec: "ball bearing", country: "CN", customer: entry.name, valueJpy: 50000 });
    expect(fns.screen("ball bearing", "CN", entry.name, undefined, 50000, "verdict")).toBe(d.verdict);
    expect(fns.screen("ball bearing", "CN", entry.name, undefined, "¥50,000", "codes")).toBe(d.reasons.map((r) => r.code).join(", "));
    expect(String(fns.screen("ball bearing", "CN", entry.name))).not.toBe("");
  });

  test("missing required arguments are #N/A; a negative amount is #VALUE!", () => {
    expect(excelError(() => fns.screen("x", "", "ACME")).code).toBe("#N/A");
    expect(excelError(() => fns.screen("x", "CN", "")).code).toBe("#N/A");
    expect(excelError(() => fns.screen("x", "CN", "ACME", undefined, -1)).code).toBe("#VALUE!");
    expect(excelError(() => fns.screen("x", "CN", "ACME", undefined, "many")).code).toBe("#VALUE!");
  });
});

describe("ANPO.LISTS", () => {
  test("spills a header and one row per list and rule source, with entry counts and sha256", () => {
    const rows = fns.lists();
    expect(rows[0]).toEqual(LISTS_HEADER);
    const eulRow = rows.find((r) => r[1] === "METI-EUL")!;
    expect(eulRow[2]).toBe("METI-EUL 2025-09-29");
    expect(eulRow[7]).toBe(835);
    expect(eulRow[8]).toBe(eul.provenance.sha256);
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(["貨物等省令", "輸出令", "params"]));
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([LISTS_HEADER.length]));
  });
});

describe("memo and engine changes", () => {
  test("repeated calls with the same arguments reuse one engine result, whatever the field", () => {
    const spy = jest.spyOn(engine, "party");
    const entry = eul.entries[1];
    fns.enduserRisk(entry.name, "IR", "status");
    fns.enduserRisk(entry.name, "IR", "list");
    fns.enduserRisk(entry.name, "IR");
    expect(spy).toHaveBeenCalledTimes(1);
    fns.enduserRisk(entry.name, "KP");
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });

  test("setActiveLists rebuilds the engine, clears the memo and changes the answers", () => {
    const entry = eul.entries[2];
    expect(fns.enduserRisk(entry.name, undefined, "status")).toBe("hit");
    expect(cellMemo.size).toBeGreaterThan(0);
    const without = { ...eul, version: "METI-EUL test", entries: eul.entries.filter((e) => e.key !== entry.key) };
    setActiveLists([without]);
    expect(cellMemo.size).toBe(0);
    expect(getEngine()).not.toBe(engine);
    expect(fns.enduserRisk(entry.name, undefined, "version")).toBe("METI-EUL test");
    expect(fns.enduserRisk(entry.name, undefined, "status")).toBe(getEngine().party(entry.name).status);
  });

  test("an engine failure becomes #N/A with its message instead of a raw throw", () => {
    const broken = { ...engine, classify: () => { throw new Error("boom"); } };
    setEngine(broken);
    const err = excelError(() => fns.classify("anything"));
    expect(err.code).toBe("#N/A");
    expect(err.message).toContain("boom");
  });
});
