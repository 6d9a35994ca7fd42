/**
 * Digit grouping as staff paste it: "6 000" (SI/ISO 31-0 space, also the no-break and narrow
 * no-break spaces of PDFs), "6'000" (Swiss), "6千" / "約1万" (kanji multipliers) are thousands;
 * "6.000" (European dot grouping) is 6,000 or 6 — never guessed. Each was read as 6 against
 * 第6条第1号ヨ「合計処理性能が六、〇〇〇以上」: a silent 非該当 (red team pend-ic-601/602/604,
 * pend-other-1203).
 */
import { readNumber } from "../../../../src/core/units/numbers";
import { load } from "./load";

const AS_OF = "2026-06-01";

describe("readNumber: thousands groups", () => {
  it.each([
    ["6 000", 6000],
    ["6\u00a0000", 6000],
    ["6\u202f000", 6000],
    ["6\u2009000", 6000],
    ["12 345 678", 12345678],
    ["6'000", 6000],
    ["6,000", 6000],
    ["6 000.5", 6000.5],
    ["6千", 6000],
    ["1.5万", 15000],
    ["2千個", 2000],
  ])("%j reads as %d", (s, v) => {
    expect(readNumber(s)?.value).toBe(v);
  });

  it.each([
    ["6 0000", 6], // a group of four digits is not a thousands group: the 6 stands alone
    ["6 00", 6],
    ["40 12", 40],
  ])("%j is not grouped (reads %d)", (s, v) => {
    expect(readNumber(s)?.value).toBe(v);
  });
});

describe("classify: grouped TPP and qubit counts at 第6条第1号ヨ / 第7条第6号イ", () => {
  let classify: (s: string) => ReturnType<ReturnType<typeof load>["classifier"]["classify"]>;
  beforeAll(() => {
    const { classifier } = load();
    classify = (s) => classifier.classify(s, { asOf: AS_OF });
  });

  // 六、〇〇〇以上: 6,000 is listed, 5,999 is not, in every grouping
  it.each(["GPU TPP 6 000", "GPU TPP 6\u202f000", "GPU TPP 6\u00a0000", "GPU TPP 6'000", "GPU TPP 6千", "GPU TPP 約1万"])("%j → 7項(1) 第6条第1号ヨ", (spec) => {
    const r = classify(spec);
    expect(r.status).toBe("listed");
    expect(r.matches.filter((m) => m.match === "listed").map((m) => m.citation)).toContain("貨物等省令第6条第1号ヨ");
  });

  it.each(["GPU TPP 5 999", "GPU TPP 5\u202f999"])("%j (below 六、〇〇〇) → not 第6条第1号ヨ", (spec) => {
    const r = classify(spec);
    expect(r.matches.some((m) => m.match === "listed" && m.citation === "貨物等省令第6条第1号ヨ")).toBe(false);
    expect((r.problems ?? []).join(" ")).toContain("5999");
  });

  it("'GPU TPP 6.000' (dot grouping) is 要確認 with the reason, never 非該当", () => {
    const r = classify("GPU TPP 6.000");
    expect(r.status).toBe("needs_review");
    expect((r.problems ?? []).join(" ")).toContain("6.000");
    expect(r.missing.some((m) => m.param === "tpp")).toBe(true);
  });

  it("a decimal with a unit is not dot grouping ('clock 1.500 GHz' is 1.5 GHz, no question asked)", () => {
    const r = classify("GPU TPP 6,000 clock 1.500 GHz");
    expect(r.status).toBe("listed");
    expect((r.problems ?? []).join(" ")).not.toContain("ピリオド");
  });

  it("'物理量子ビット 2 000 個' is 2,000 qubits; '2.000 個' is 要確認", () => {
    const grouped = classify("量子コンピュータ 物理量子ビット 2 000 個");
    expect(grouped.status).toBe("listed");
    expect(grouped.matches.some((m) => m.match === "listed" && m.exportOrderItem === "8項")).toBe(true);
    const dotted = classify("量子コンピュータ 物理量子ビット 2.000 個");
    expect(dotted.status).toBe("needs_review");
    expect((dotted.problems ?? []).join(" ")).toContain("2.000");
  });
});
