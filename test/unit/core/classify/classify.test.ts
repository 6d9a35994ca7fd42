/** createClassifier(...).classify: the JSON contract, summaries, catch-all, flags and input the engine must refuse. */
import { Classification } from "../../../../src/core/results";
import { createClassifier } from "../../../../src/core/classify";
import { load } from "./load";

const { classifier, tree, order, params } = load();
const AS_OF = "2026-06-01";
const classify = (spec: unknown, opts: { asOf?: string; hs?: string } = {}) => classifier.classify(spec as string, { asOf: AS_OF, ...opts });

describe("summary line for the cell", () => {
  test("該当 names the 輸出令 item and the 貨物等省令 citation", () => {
    expect(classify("極低温CMOS集積回路 動作温度 4 K").summary).toBe("該当 7項(1)（貨物等省令第6条第1号カ）");
  });
  test("every match is returned (2項 and 5項 overlap)", () => {
    const r = classify("carbon fibre 324 GPa, 7.0 GPa, 1.79 g/cm3");
    expect(r.summary).toBe("該当 5項(18)（貨物等省令第4条第15号ロ）、2項(17)（貨物等省令第1条第22号ロ（一））");
    expect(r.matches.filter((m) => m.match === "listed").map((m) => m.ruleId)).toEqual(["go:4:15:ロ", "go:1:22:ロ（一）"]);
  });
  test("非該当 carries the catch-all class", () => {
    expect(classify("GPU TPP 5999", { hs: "8542.31" }).summary).toBe("非該当（16項(1)）");
    expect(classify("GPU TPP 5999", { hs: "8542.90" }).summary).toBe("非該当（16項(2)）");
  });
  test("要確認 names what would decide it", () => {
    const r = classify("量子コンピュータ 物理量子ビット 40");
    expect(r.summary).toBe("要確認: Ｃ―ＮＯＴエラー");
    expect(r.missing).toEqual([{ param: "cnot_error", label: { ja: "Ｃ―ＮＯＴエラー", en: "C-NOT error" }, ruleId: "go:7:6:イ" }]);
  });
});

describe("the result follows the JSON contract", () => {
  test.each(["40 qubits, CNOT error 0.01%", "ボールペン", "", "炭素繊維 比弾性率 12,699,999 m 比強度 234,999 m"])("%s", (spec) => {
    const r = classify(spec);
    expect(Classification.safeParse(r).success).toBe(true);
    expect(r.rulesVersion).toContain(params.version);
    expect(r.asOf).toBe(AS_OF);
  });
  test("a listed match carries reasons in the law's words", () => {
    const m = classify("40 qubits, CNOT error 0.01%").matches[0];
    expect(m.reasons.join(" ")).toContain("〇・〇〇〇一以下");
  });
});

describe("never a silent 非該当", () => {
  test("an unrecognised spec is 要確認 (品目を特定できません)", () => {
    const r = classify("widget assembly rev B");
    expect(r.status).toBe("needs_review");
    expect(r.summary).toBe("要確認: 品目を特定できません");
  });
  test("a spec naming a goods clause by its text is 要確認 with that clause", () => {
    const r = classify("ガス遠心分離機用ロータ");
    expect(r.status).toBe("needs_review");
    expect(r.matches.some((m) => m.citation.startsWith("貨物等省令第1条第22号"))).toBe(true);
  });
  test("a number without the unit the rule needs is not guessed", () => {
    const r = classify("CMOS IC designed to operate at 4.5");
    expect(r.status).toBe("needs_review");
    expect(r.problems?.join(" ")).toContain("単位");
  });
  test("before the rules' basis date a 非該当 becomes 要確認", () => {
    const r = classify("GPU TPP 5999", { asOf: "2025-12-01" });
    expect(r.status).toBe("needs_review");
  });
  test("a rule not yet in force on 基準日 does not answer", () => {
    // 第7条第6号イ took effect 2024-09-08
    expect(classify("40 qubits, CNOT error 0.01%", { asOf: "2024-01-01" }).status).toBe("needs_review");
  });
});

describe("bad input", () => {
  test.each([
    ["empty", ""],
    ["whitespace", "  \n\t "],
    ["Excel error", "#DIV/0!"],
    ["formula", "=A1&B1"],
    ["binary", "\u0000\u0001\u0002\u0003\u0004\u0005abc"],
    ["1 MB", "量子".repeat(500_000)],
    ["punctuation only", "・・・---"],
  ])("%s → 要確認 with a reason", (_n, spec) => {
    const r = classify(spec);
    expect(r.status).toBe("needs_review");
    expect(r.problems?.length).toBeGreaterThan(0);
  });
  test.each([undefined, null, 42, {}, ["a"]])("non-string %p never throws", (spec) => {
    const r = classify(spec);
    expect(r.status).toBe("needs_review");
  });
  test("an unreadable 基準日 is reported, today is used", () => {
    const r = classifier.classify("40 qubits, CNOT error 0.01%", { asOf: "yesterday" });
    expect(r.problems?.join(" ")).toContain("基準日");
    expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  test("contradictory values are named", () => {
    const r = classify("server APP 80 WT APP 60 WT");
    expect(r.status).toBe("needs_review");
    expect(r.problems?.join(" ")).toContain("矛盾");
  });
  test("an invalid rule set gives 要確認, not an exception", () => {
    const c = createClassifier({ controlTree: tree, exportOrder: order, params: { version: "x", rules: [{ id: 1 }] } as never });
    expect(c.classify("40 qubits, CNOT error 0.01%").status).toBe("needs_review");
  });
});

describe("catch-all class", () => {
  test.each([
    ["8542.31", "16(1)"],
    ["854231", "16(1)"],
    ["8542.90", "16(2)"],
    ["8456.11", "16(1)"],
    ["6815.10", "16(2)"],
    ["0101.21", "outside"],
    ["85", "unknown"],
  ])("HS %s → %s", (hs, cls) => expect(classify("GPU TPP 5999", { hs }).catchAll).toBe(cls));
  test("an HS code written in the spec is found", () => expect(classify("GPU TPP 5999 HSコード: 8542.31").catchAll).toBe("16(1)"));
  test("without an HS code the class is unknown", () => expect(classify("GPU TPP 5999").catchAll).toBe("unknown"));
  test("the HS code is not read as a parameter value", () => {
    expect(classify("炭素繊維 比弾性率 12,699,999 m 比強度 234,999 m HS 6815.10").status).toBe("not_listed");
  });
});

describe("prior-report families (官民対話スキーム)", () => {
  test("goods of a family are flagged and the reason says why", () => {
    const r = classify("carbon fibre 324 GPa, 7.0 GPa, 1.79 g/cm3");
    expect(r.flags).toContain("prior_report_family:carbon_fiber");
    expect(r.matches[0].reasons.join(" ")).toContain("事前報告");
  });
  test.each([
    ["band saw 金属切断用", []],
    ["circular saw blade 305mm", []],
    ["heat resist coating", []],
    ["SAWフィルタ 2.4GHz", ["prior_report_family:saw_baw_filter"]],
    ["ArF resist", ["prior_report_family:photoresist"]],
  ])("only the family's own words flag it (red team: a saw is not a SAW filter): %s", (spec, flags) => {
    expect(classify(spec).flags.filter((f) => f.startsWith("prior_report_family:"))).toEqual(flags);
  });
  test("a family flag alone never makes an item 非該当", () => {
    const r = classify("MLCC 0402 1uF");
    expect(r.flags).toEqual(["prior_report_family:mlcc"]);
    expect(r.status).toBe("needs_review");
  });
  test("before the scheme started (2024-12-30) there is no flag", () => {
    expect(classify("MLCC 0402 1uF", { asOf: "2024-12-29" }).flags).toEqual([]);
  });
});
