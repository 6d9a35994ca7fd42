/** Numbers and units as staff type them, converted to canonical units. */
import { convert, normaliseExponents, parseLegalNumber, readNumber, scanMentions, unitAs } from "../../../../src/core/units";

const one = (s: string) => {
  const ms = scanMentions(s.normalize("NFKC"));
  expect(ms).toHaveLength(1);
  return ms[0];
};

describe("readNumber", () => {
  test.each([
    ["1,234.5", 1234.5],
    ["1e-4", 0.0001],
    ["1E5", 100000],
    ["10^-4", 0.0001],
    ["1.2×10^-4", 0.00012],
    ["3 x 10^3", 3000],
    ["-55", -55],
    [".5", 0.5],
  ])("%s = %d", (s, v) => {
    expect(readNumber(s, 0)?.value).toBeCloseTo(v, 12);
  });
  test("superscript exponents", () => expect(readNumber(normaliseExponents("1×10⁻⁴"), 0)?.value).toBe(0.0001));
  test("a thousands separator is not a decimal point", () => expect(readNumber("14,650,000", 0)?.value).toBe(14650000));
});

describe("parseLegalNumber (kanji numerals of the 貨物等省令)", () => {
  test.each([
    ["一四、六五〇、〇〇〇", 14650000],
    ["〇・〇〇〇一", 0.0001],
    ["二六八・六五", 268.65],
    ["三四", 34],
  ])("%s", (s, v) => expect(parseLegalNumber(s)).toBe(v));
  test("multipliers are refused, not guessed", () => expect(parseLegalNumber("五〇兆")).toBeUndefined());
});

describe("beam energy and current (第6条第17号ロ: キロ電子ボルト, ミリアンペア)", () => {
  test.each([
    ["20 keV", 20e3 * 1.602176634e-19, "energy"],
    ["1 MeV", 1e6 * 1.602176634e-19, "energy"],
    ["10 mA", 0.01, "current"],
    ["3 kA", 3000, "current"],
    ["500 アンペア", 500, "current"],
  ])("%s → %f (%s)", (text, value, quantity) => {
    const m = one(text);
    expect(m.quantity).toBe(quantity);
    expect(m.value.lo).toBeCloseTo(value, 25);
  });
  test("a bare A is a JIS 呼び径, unless a current is asked for", () => {
    expect(one("50A").quantity).toBe("nominal_size");
    expect(unitAs("A", "current")).toEqual({ quantity: "current", factor: 1 });
  });
});

describe("conversion to canonical units", () => {
  test.each([
    ["0.0009 mm", 9e-7, "length"],
    ["0.9 µm", 9e-7, "length"],
    ["0.9 um", 9e-7, "length"],
    ["900 nm", 9e-7, "length"],
    ["4 インチ", 0.1016, "length"],
    ["4.5 K", 4.5, "temperature"],
    ["-268.65 °C", 4.5, "temperature"],
    ["-268.65℃", 4.5, "temperature"],
    ["100 mK", 0.1, "temperature"],
    ["2 GHz", 2e9, "frequency"],
    ["600 μW", 6e-4, "power"],
    ["30 dBm", 1, "power"],
    ["0 dBm", 0.001, "power"],
    ["324 GPa", 3.24e11, "pressure"],
    ["1 Torr", 133.322368, "pressure"],
    ["100 Pa", 100, "pressure"],
    ["1.79 g/cm3", 1790, "density"],
    ["10,000 Ω·cm", 100, "resistivity"],
    ["100 Ω·m", 100, "resistivity"],
    ["10 kΩ·cm", 100, "resistivity"],
    ["500 Gbps", 5e11, "data_rate"],
    ["1.3 GS/s", 1.3e9, "sample_rate"],
    ["1.3 ギガサンプリング毎秒", 1.3e9, "sample_rate"],
    ["2 ms", 0.002, "time"],
    ["48 h", 172800, "time"],
    ["21 kV", 21000, "voltage"],
    ["0.01%", 1e-4, "ratio"],
    ["100 ppm", 1e-4, "ratio"],
    ["100 ppb", 1e-7, "ratio"],
    ["2 arcsec", 2 / 3600, "angle"],
    ["80 実効テラ演算", 80, "performance"],
  ])("%s", (s, v, q) => {
    const m = one(s);
    expect(m.quantity).toBe(q);
    expect(m.value.lo).toBeCloseTo(v as number, 9);
  });
  test("MW and mW are different units", () => {
    expect(convert(1, "MW")?.value).toBe(1e6);
    expect(convert(1, "mW")?.value).toBe(1e-3);
  });
  test("度 is °C for a temperature and degrees for an angle", () => {
    expect(unitAs("度", "angle")?.factor).toBe(1);
    expect(unitAs("度", "temperature")?.offset).toBe(273.15);
  });
  test("零下 makes the number negative", () => expect(one("零下268.65度").value.lo).toBeCloseTo(4.5, 9));
});

describe("comparators and ranges in the spec", () => {
  test("以下 after the unit is an upper bound", () => {
    const m = one("0.5 mK以下");
    expect(m.value).toEqual({ lo: -Infinity, hi: 0.0005, loInc: false, hiInc: true });
  });
  test("< before the number is a strict upper bound", () => expect(one("< 0.1 K").value).toMatchObject({ hi: 0.1, hiInc: false }));
  test("up to", () => expect(one("up to 15 GHz").value).toMatchObject({ hi: 1.5e10, hiInc: true }));
  test("未満 and 超", () => {
    const lt = one("30 nm未満").value;
    expect(lt.hi).toBeCloseTo(3e-8, 15);
    expect(lt.hiInc).toBe(false);
    expect(one("21 kV超").value).toMatchObject({ lo: 21000, loInc: false });
  });
  test.each([
    ["−40〜125℃", 233.15, 398.15],
    ["-55 to 125 °C", 218.15, 398.15],
    ["2-15 GHz", 2e9, 1.5e10],
    ["2 GHz〜15 GHz", 2e9, 1.5e10],
  ])("range %s", (s, lo, hi) => {
    const m = one(s);
    expect(m.isRange).toBe(true);
    expect(m.value.lo).toBeCloseTo(lo, 6);
    expect(m.value.hi).toBeCloseTo(hi, 6);
  });
  test("a part number is not a quantity", () => expect(scanMentions("3A001 H100").length).toBe(0));
  test("a bare number keeps no unit", () => expect(one("1500").unit).toBeUndefined());
});
