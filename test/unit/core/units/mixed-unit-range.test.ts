/**
 * A range whose two ends carry their own units ("9 kHz～3.3 GHz", instrument datasheets) is read
 * end by end; read with the first unit it became 3.3 kHz–9 kHz and a 3 GHz signal generator's
 * band fell below every 第6条第13号 limb.
 */
import { scanMentions } from "../../../../src/core/units";

test.each([
  ["9 kHz～3.3 GHz", 9e3, 3.3e9],
  ["250 kHz to 120 GHz", 250e3, 120e9],
  ["10 MHz - 125 GHz", 10e6, 125e9],
  ["100 mK～4 K", 0.1, 4],
  ["2-15 GHz", 2e9, 15e9],
])("%s", (text, lo, hi) => {
  const [m] = scanMentions(text);
  expect(m.isRange).toBe(true);
  expect(m.value.lo).toBeCloseTo(lo, 6);
  expect(m.value.hi).toBeCloseTo(hi, 6);
});

// 第1条第8号ロ（一）四〇ボルトアンペア以上: VA and kVA read as counts of volt-amperes
test.each([
  ["5 kVA", 5000],
  ["2kVA", 2000],
  ["0.04 kVA", 40],
  ["39 VA", 39],
])("%s", (text, va) => {
  const [m] = scanMentions(text);
  expect(m.quantity).toBe("count");
  expect(m.value.lo).toBeCloseTo(va, 9);
});

// 第1条第32号 "一時間当たり二五〇グラム" (kg/h) and 第12条第10号の2 "四六・三キロメートル（二五ノット）" (m/s)
test.each([
  ["300 g/h", "mass_rate", 0.3],
  ["1.5 kg/h", "mass_rate", 1.5],
  ["25 kt", "speed", 12.8611],
  ["46.3 km/h", "speed", 12.8611],
  ["13 m/s", "speed", 13],
  ["25ノット", "speed", 12.8611],
])("%s", (text, q, v) => {
  const [m] = scanMentions(text);
  expect(m.quantity).toBe(q);
  expect(m.value.lo).toBeCloseTo(v, 3);
});

test("kN (force) is not read as knots", () => {
  expect(scanMentions("100 kN")[0].quantity).toBeUndefined();
});
