/**
 * How parameter values are read from the ways staff write them — and when they are not read:
 * contradictions, numbers without the unit, European decimal commas and values per measuring
 * length stay unknown with a problem, never a guess. Unit tests of extract() on hand-made
 * parameters, then the same cases through the real rules.
 */
import { extract, parseKv, type ParamIndex } from "../../../../src/core/classify/extract";
import { normaliseSpec, word } from "../../../../src/core/classify/normalise";
import { ParamDef } from "../../../../src/core/classify/ruleset";
import { load } from "./load";

function param(raw: Record<string, unknown>): ParamIndex {
  const def = ParamDef.parse(raw);
  return { def, synonyms: def.synonyms.map(word), negatives: [], implied: [] };
}
const acc = param({ name: "acc", quantity: "length", unit: "m", label: { ja: "位置決め精度", en: "accuracy" }, synonyms: ["位置決め精度", "accuracy"] });
const qubits = param({ name: "qubits", quantity: "count", unit: "1", label: { ja: "物理量子ビット", en: "qubits" }, synonyms: ["物理量子ビット", "qubits"] });
const tMin = param({ name: "t_min", quantity: "temperature", unit: "K", label: { ja: "動作温度（下限）", en: "t min" }, synonyms: ["動作温度"], pick: "min" });
const tMax = param({ name: "t_max", quantity: "temperature", unit: "K", label: { ja: "動作温度（上限）", en: "t max" }, synonyms: ["動作温度"], pick: "max" });
const angle = param({ name: "rot", quantity: "angle", unit: "deg", label: { ja: "回転軸の位置決め精度", en: "rotary accuracy" }, synonyms: ["回転軸の位置決め精度"] });

function read(text: string, params: ParamIndex[] = [acc]) {
  const spec = normaliseSpec(text);
  return extract(spec, params, [], parseKv(spec.text));
}
const value = (text: string, p: ParamIndex = acc) => read(text, [p]).values.numbers.get(p.def.name);
const point = (x: number) => ({ lo: x, hi: x, loInc: true, hiInc: true });
const close = (v: { lo: number; hi: number } | undefined, lo: number, hi = lo) => {
  expect(v).toBeDefined();
  expect(v!.lo).toBeCloseTo(lo, 12);
  expect(v!.hi).toBeCloseTo(hi, 12);
};

describe("micrometres as staff write them", () => {
  test.each([
    ["位置決め精度 4µm", "micro sign U+00B5"],
    ["位置決め精度 4 μm", "Greek mu U+03BC"],
    ["位置決め精度 ４μｍ", "full width"],
    ["位置決め精度 4um", "u for μ"],
    ["位置決め精度 4ミクロン", "ミクロン"],
    ["位置決め精度 4μ", "μ alone (old machining usage)"],
    ["位置決め精度 0.004mm", "mm"],
    ["位置決め精度 0.004 ｍｍ", "full-width mm"],
    ["acc=0.004mm", "key=value"],
  ])("%s (%s) = 4 µm", (text) => {
    close(value(text), 4e-6);
  });
});

describe("tolerances and per-length values", () => {
  test("±0.004mm is a band 0.004–0.008 mm wide: the value lies between", () => {
    close(value("位置決め精度 ±0.004mm"), 0.004e-3, 0.008e-3);
    close(value("位置決め精度 +/-0.002 mm"), 0.002e-3, 0.004e-3);
    close(value("acc=±0.004mm"), 0.004e-3, 0.008e-3);
  });
  test("0.004 mm/300mm is per measuring length, not over the full travel: unknown, said why", () => {
    const r = read("位置決め精度 0.004 mm/300mm");
    expect(r.values.numbers.has("acc")).toBe(false);
    expect(r.ambiguous.has("acc")).toBe(true);
    expect(r.problems.join(" ")).toContain("測定長あたり");
  });
  test("a standard between synonym and value is skipped (ISO 230/2 (1988))", () => {
    close(value("位置決め精度(ISO 230/2 1988)=0.006mm"), 0.006e-3);
    close(value("位置決め精度 ISO 230/2 (1988) 0.005 mm"), 0.005e-3);
    close(value("positioning accuracy (ISO230-2:2014) 3 µm", param({ ...acc.def, synonyms: ["positioning accuracy"] })), 3e-6);
  });
});

describe("decimal commas", () => {
  test.each(["位置決め精度 0,004 mm", "位置決め精度 1,5 µm", "acc=0,004 mm"])("%s is unreadable, never 4 mm or 5 µm", (text) => {
    const r = read(text);
    expect(r.values.numbers.has("acc")).toBe(false);
    expect(r.ambiguous.has("acc")).toBe(true);
    expect(r.problems.join(" ")).toContain("コンマ");
  });
  test("1,500 mm is a thousands separator", () => {
    close(value("位置決め精度 1,500 mm"), 1.5);
  });
});

describe("ranges", () => {
  test("−40〜+125℃ gives both ends (full-width tilde, minus sign and plus)", () => {
    const r = read("動作温度 −40〜+125℃", [tMin, tMax]);
    close(r.values.numbers.get("t_min"), 233.15);
    close(r.values.numbers.get("t_max"), 398.15);
  });
  test("-55 to 125 °C", () => {
    const r = read("動作温度 -55 to 125 °C", [tMin, tMax]);
    close(r.values.numbers.get("t_min"), 218.15);
    close(r.values.numbers.get("t_max"), 398.15);
  });
});

describe("contradictions and missing units", () => {
  test("two different qubit counts: unknown, the conflict named", () => {
    const r = read("物理量子ビット 40 / 物理量子ビット 120", [qubits]);
    expect(r.values.numbers.has("qubits")).toBe(false);
    expect(r.problems.join(" ")).toContain("矛盾する値があります（40 / 120）");
  });
  test("the same count twice is one statement", () => {
    expect(read("物理量子ビット 40, 40 qubits", [qubits]).values.numbers.get("qubits")).toEqual(point(40));
  });
  test("a length with no unit is not guessed", () => {
    const r = read("位置決め精度 0.004");
    expect(r.values.numbers.has("acc")).toBe(false);
    expect(r.problems.join(" ")).toContain("単位のない数値 0.004");
  });
  test("a length is never a count (X軸1,500mm after 軸)", () => {
    const axes = param({ name: "axes", quantity: "count", unit: "1", label: { ja: "軸数", en: "axes" }, synonyms: ["軸"] });
    expect(read("同時5軸制御 X軸1,500mm", [axes]).values.numbers.get("axes")).toEqual(point(5));
  });
  test("an angle in degrees and in arc-seconds", () => {
    close(value("回転軸の位置決め精度 0.002°", angle), 0.002);
    close(value("回転軸の位置決め精度 0.0027 度", angle), 0.0027);
    close(value('回転軸の位置決め精度 10"', angle), 10 / 3600);
  });
});

describe("through the real rules", () => {
  const { classifier } = load();
  const classify = (s: string) => classifier.classify(s, { asOf: "2026-06-01" });
  test("contradictory qubit counts → 要確認 naming the conflict", () => {
    const r = classify("量子コンピュータ 物理量子ビット 40 / 物理量子ビット 120 CNOT error 0.01%");
    expect(r.status).toBe("needs_review");
    expect(r.problems?.join(" ")).toContain("矛盾");
  });
  test("±0.004 mm at a 〇・〇〇六ミリメートル未満 threshold → 要確認, ±0.002 mm → 該当", () => {
    expect(classify("3軸立形マシニングセンタ 回転軸 0 位置決め精度 ±0.004mm").status).toBe("needs_review");
    expect(classify("3軸立形マシニングセンタ 回転軸 0 位置決め精度 ±0.002mm").status).toBe("listed");
  });
  test("0,004 mm is never read as 4 mm (which would be a silent 非該当)", () => {
    const r = classify("3軸立形マシニングセンタ 回転軸 0 位置決め精度 0,004 mm");
    expect(r.status).toBe("needs_review");
  });
});

describe("negative values", () => {
  test("a negative length is a typing error, not a value", () => {
    const r = read("位置決め精度 -0.004 mm");
    expect(r.values.numbers.has("acc")).toBe(false);
    expect(r.problems.join(" ")).toContain("負の値");
  });
  test("an upper bound is not negative (最大 599 Hz, up to 0.004 mm)", () => {
    expect(value("位置決め精度 最大 0.004 mm")).toEqual({ lo: -Infinity, hi: 0.004e-3, loInc: false, hiInc: true });
    expect(value("accuracy up to 0.004 mm")).toEqual({ lo: -Infinity, hi: 0.004e-3, loInc: false, hiInc: true });
  });
});

describe("comparisons with one-sided values (logic.compare)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { compare } = require("../../../../src/core/classify/logic") as typeof import("../../../../src/core/classify/logic");
  const upTo = (x: number) => ({ lo: -Infinity, hi: x, loInc: false, hiInc: true });
  const atLeast = (x: number) => ({ lo: x, hi: Infinity, loInc: true, hiInc: false });
  test("'≤ 0.01' against '< 0.006' is open, never FALSE (the value may be 0.001)", () => {
    expect(compare(upTo(0.01), "<", 0.006)).toBe("UNKNOWN");
    expect(compare(upTo(0.01), "<=", 0.006)).toBe("UNKNOWN");
  });
  test("'≤ 599' against '≥ 600' is FALSE; '≤ 0.004' against '< 0.006' is TRUE", () => {
    expect(compare(upTo(599), ">=", 600)).toBe("FALSE");
    expect(compare(upTo(0.004), "<", 0.006)).toBe("TRUE");
  });
  test("'≥ 5' against '≤ 10' and '> 10' is open; against '≥ 4' TRUE", () => {
    expect(compare(atLeast(5), "<=", 10)).toBe("UNKNOWN");
    expect(compare(atLeast(5), ">", 10)).toBe("UNKNOWN");
    expect(compare(atLeast(5), ">=", 4)).toBe("TRUE");
  });
});
