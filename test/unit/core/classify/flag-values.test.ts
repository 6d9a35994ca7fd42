/**
 * Flags written with a value: "cold field emission=no" must read as no (it read as yes because the
 * synonym alone counts as a mention), "no load port" / "ロードポートなし" as no, "=yes" / "：あり"
 * as yes; a bare mention stays yes, and contradictory statements leave the flag unknown.
 */
import { flagValueAt } from "../../../../src/core/classify/extract";
import { normaliseSpec } from "../../../../src/core/classify/normalise";
import { load } from "./load";

function at(spec: string, synonym: string): boolean | undefined {
  const { lower } = normaliseSpec(spec);
  const s = lower.indexOf(synonym);
  if (s < 0) throw new Error(`${synonym} not in ${spec}`);
  return flagValueAt(lower, s, s + synonym.length);
}

describe("flagValueAt", () => {
  test.each([
    ["cold field emission=no", false],
    ["cold field emission = No", false],
    ["cold field emission: false", false],
    ["cold field emission=0", false],
    ["cold field emission=なし", false],
    ["cold field emission=無", false],
    ["cold field emission：なし", false],
    ["cold field emissionなし", false],
    ["cold field emission 無し", false],
    ["no cold field emission source", false],
    ["without cold field emission", false],
    ["cold field emission=yes", true],
    ["cold field emission=TRUE", true],
    ["cold field emission=1", true],
    ["cold field emission=あり", true],
    ["cold field emission=有", true],
    ["cold field emission：あり", true],
    ["cold field emissionあり", true],
    ["cold field emission source", undefined],
    ["cold field emission, 300 mm", undefined],
    ["cold field emission=none", false],
    ["cold field emission=nominal", undefined],
    ["cold field emission=10 nm", undefined],
    ["piano cold field emission", undefined],
  ] as const)("%s → %s", (spec, want) => {
    expect(at(spec, "cold field emission")).toBe(want);
  });
});

describe("flags with values through a real rule (第6条第17号ミ（二）３ ビーム冷陰極電界放出型)", () => {
  const { classifier } = load();
  const base = "パターン付きウエハー欠陥検査装置 300 mm 欠陥サイズ 15 nm, 電子ビーム分解能 2 nm, 電子ビーム源の数 1, 光源波長 450 nm";
  test("a bare mention is yes", () => {
    expect(classifier.evaluateRule("go:6:17:ミ", `${base}, cold field emission`).value).toBe("TRUE");
  });
  test.each([`${base}, cold field emission=no`, `${base}; cold field emission: no`, `${base}, 冷陰極電界放出なし`, `${base}, no cold field emission`, `${base}, cold_fe=no`, `${base}, CFE=なし`])("%s is no", (spec) => {
    expect(classifier.evaluateRule("go:6:17:ミ", spec).value).toBe("FALSE");
  });
  test.each([`${base}, cold field emission=yes`, `${base}, 冷陰極電界放出：あり`, `${base}, cold_fe=1`])("%s is yes", (spec) => {
    expect(classifier.evaluateRule("go:6:17:ミ", spec).value).toBe("TRUE");
  });
  test("unstated stays unknown and names the flag", () => {
    const r = classifier.evaluateRule("go:6:17:ミ", base);
    expect(r.value).toBe("UNKNOWN");
    expect(r.missing).toContain("cold_fe");
  });
  test("yes and no for one flag contradict: unknown with a problem, never FALSE", () => {
    const r = classifier.evaluateRule("go:6:17:ミ", `${base}, cold field emission=yes, cold field emission=no`);
    expect(r.value).toBe("UNKNOWN");
    expect(r.problems.join(" ")).toMatch(/矛盾/);
  });
  test("a negated exclusion flag does not exclude (SEMI load port = no)", () => {
    const sem = "SEM ステージ位置決め精度 20 nm, レーザー干渉計によるステージ位置計測, 視野の位置校正, 画素数 250,000,000, 取得時の視野の重なり 3%, 結合時の視野の重なり 40 nm, 加速電圧 30 kV";
    expect(classifier.evaluateRule("go:6:17の2:イ", `${sem}, load port=no`).value).toBe("TRUE");
    expect(classifier.evaluateRule("go:6:17の2:イ", `${sem}, ロードポートなし`).value).toBe("TRUE");
    expect(classifier.evaluateRule("go:6:17の2:イ", `${sem}, FOUP load port`).value).toBe("FALSE");
  });
});
