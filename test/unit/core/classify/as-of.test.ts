/**
 * 基準日 (as_of): thresholds are those of the 2026-02-14 text (rules/params/index.yaml basisDate).
 * A rule answers only from its effectiveFrom; before the basis date no 非該当 is given. Boundary
 * dates: the day before and the day of each effective date.
 */
import { load } from "./load";

const { params, classifier } = load();
const classify = (spec: string, asOf: string) => classifier.classify(spec, { asOf });
const basis = params.basisDate;

function dayBefore(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

test("the basis date is the law text's date", () => {
  expect(basis).toBe("2026-02-14");
  expect(params.lawRevision).toContain("20260214");
});

describe("a 非該当 needs the basis date", () => {
  const below = "量子コンピュータ 物理量子ビット 33 CNOT error 0.01%"; // 第7条第6号イ (一) needs 34
  test("on the basis date: 非該当", () => {
    expect(classify(below, basis).status).toBe("not_listed");
  });
  test("the day before: 要確認 with the reason", () => {
    const r = classify(below, dayBefore(basis));
    expect(r.status).toBe("needs_review");
    expect(r.summary).toContain(`基準日 ${dayBefore(basis)} は判定ルールの基準日 ${basis} より前`);
  });
});

describe("a rule answers from its effectiveFrom", () => {
  const qc = "量子コンピュータ 物理量子ビット 40 CNOT error 0.01%";
  const from = params.rules.find((r) => r.id === "go:7:6:イ")!.effectiveFrom;
  test("from the day it took effect: 該当, with a note that the basis date is later", () => {
    const r = classify(qc, from);
    expect(r.status).toBe("listed");
    expect(r.problems?.join(" ")).toContain("判定ルールの基準日");
  });
  test("the day before: not 該当, 要確認 naming the effective date", () => {
    const r = classify(qc, dayBefore(from));
    expect(r.status).toBe("needs_review");
    expect(r.matches.some((m) => m.match === "listed")).toBe(false);
    expect(r.summary).toBe(`要確認: 貨物等省令第7条第6号イの判定ルールは ${from} 施行の規定によります（基準日 ${dayBefore(from)} には未施行）: 基準日当時の規定で確認してください`);
  });
  test("every rule: the day before its effectiveFrom it never answers 該当", () => {
    for (const rule of params.rules) {
      for (const t of rule.tests.filter((x) => x.expect === "TRUE").slice(0, 1)) {
        const r = classify(t.spec, dayBefore(rule.effectiveFrom));
        expect({ id: rule.id, listedBy: r.matches.filter((m) => m.match === "listed" && m.ruleId === rule.id).length }).toEqual({ id: rule.id, listedBy: 0 });
      }
    }
  });
  test("a later threshold (oscilloscope 第6条第9号, 2026-02-14 text) is not applied to 2025", () => {
    const r = classify("sampling oscilloscope 3 dB bandwidth 70 GHz noise 1 %", "2025-06-01");
    expect(r.status).toBe("needs_review");
    expect(r.problems?.join(" ")).toContain("2026-02-14 施行の規定");
  });
});
