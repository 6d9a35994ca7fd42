/** Units of 第2条第2項 (chemical plant: 容量, 伝熱面積, 吐出し量, 呼び径) and 第9条第10号 (laser pulse energy). */
import { scanMentions } from "../../../../src/core/units";

const one = (s: string) => {
  const ms = scanMentions(s.normalize("NFKC"));
  expect(ms).toHaveLength(1);
  return ms[0];
};

test.each([
  ["50 mJ", 0.05, "energy"],
  ["1.5 J", 1.5, "energy"],
  ["2 kJ", 2000, "energy"],
  ["5 ミリジュール", 0.005, "energy"],
  ["0.1 m3", 0.1, "volume"],
  ["0.1 m³", 0.1, "volume"],
  ["100 L", 0.1, "volume"],
  ["5 kL", 5, "volume"],
  ["20 立方メートル", 20, "volume"],
  ["0.15 m2", 0.15, "area"],
  ["1500 cm2", 0.15, "area"],
  ["20 平方メートル", 20, "area"],
  ["10 m3/h", 10, "flow_rate"],
  ["10 m³/h", 10, "flow_rate"],
  ["0.6 立方メートル毎時", 0.6, "flow_rate"],
  ["10 L/min", 0.6, "flow_rate"],
  ["5 m3/min", 300, "flow_rate"],
  ["50A", 50, "nominal_size"],
  ["30wt%", 0.3, "ratio"],
  ["30 wt.%", 0.3, "ratio"],
  ["12 重量%", 0.12, "ratio"],
])("%s", (s, v, q) => {
  const m = one(s);
  expect(m.quantity).toBe(q);
  expect(m.value.lo).toBeCloseTo(v as number, 12);
});

test("a flow rate is not read as a volume and an hour", () => expect(scanMentions("吐出量 0.6 m3/h")).toHaveLength(1));
test("a part number with A is still not a quantity", () => expect(scanMentions("3A001")).toHaveLength(0));
test("an inch B size is not read (3/8B must not become 8B)", () => expect(scanMentions("3/8B").every((m) => m.quantity !== "nominal_size")).toBe(true));
test("1,000 W stays a power", () => expect(one("1,000 W").quantity).toBe("power"));
