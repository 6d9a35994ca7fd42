/**
 * Units of the quantities the 貨物等省令 uses, and conversion to one canonical unit per quantity
 * (SI, except angle in degrees and ratio as a plain fraction). No units library is installed in
 * this project; the table below is small, explicit and tested at every entry.
 *
 * Unit symbols are matched case-sensitively first ("MW" ≠ "mW", "MPa" ≠ "mPa"); a
 * case-insensitive match is used only when it cannot be confused with another unit.
 */

export type Quantity =
  | "length"
  | "temperature"
  | "frequency"
  | "power"
  | "pressure"
  | "density"
  | "resistivity"
  | "data_rate"
  | "byte_rate"
  | "sample_rate"
  | "time"
  | "voltage"
  | "ratio"
  | "count"
  | "angle"
  | "mass"
  | "decibel"
  | "performance"
  | "dose"
  | "dose_rate"
  | "fluence"
  | "energy"
  | "volume"
  | "area"
  | "flow_rate"
  | "nominal_size"
  | "mass_rate"
  | "speed"
  | "current";

export const CANONICAL_UNIT: Record<Quantity, string> = {
  length: "m",
  temperature: "K",
  frequency: "Hz",
  power: "W",
  pressure: "Pa",
  density: "kg/m3",
  resistivity: "Ω·m",
  data_rate: "bit/s",
  byte_rate: "B/s",
  sample_rate: "Sa/s",
  time: "s",
  voltage: "V",
  ratio: "1",
  count: "1",
  angle: "deg",
  mass: "kg",
  decibel: "dB",
  performance: "WT",
  dose: "Gy",
  dose_rate: "Gy/s",
  fluence: "n/cm2",
  energy: "J",
  volume: "m3",
  area: "m2",
  flow_rate: "m3/h",
  nominal_size: "A",
  mass_rate: "kg/h",
  speed: "m/s",
  current: "A",
};

export interface UnitDef {
  quantity: Quantity;
  /** canonical = value × factor + offset; dBm uses `log`. */
  factor: number;
  offset?: number;
  /** dBm → W */
  dbm?: boolean;
}

const SI: [string, string, number][] = [
  ["T", "テラ", 1e12],
  ["G", "ギガ", 1e9],
  ["M", "メガ", 1e6],
  ["k", "キロ", 1e3],
  ["", "", 1],
  ["m", "ミリ", 1e-3],
  ["μ", "マイクロ", 1e-6],
  ["n", "ナノ", 1e-9],
  ["p", "ピコ", 1e-12],
];

function prefixed(q: Quantity, symbols: string[], jaWords: string[], base = 1, only?: string[]): [string, UnitDef][] {
  const out: [string, UnitDef][] = [];
  for (const [p, ja, f] of SI) {
    if (only && !only.includes(p)) continue;
    for (const s of symbols) out.push([p + s, { quantity: q, factor: f * base }]);
    for (const w of jaWords) out.push([ja + w, { quantity: q, factor: f * base }]);
    if (p === "μ") for (const s of symbols) out.push(["u" + s, { quantity: q, factor: f * base }]);
  }
  return out;
}

const ENTRIES: [string, UnitDef][] = [
  // length
  ...prefixed("length", ["m"], ["メートル"], 1, ["k", "", "m", "μ", "n", "p"]),
  ["cm", { quantity: "length", factor: 1e-2 }],
  ["センチメートル", { quantity: "length", factor: 1e-2 }],
  ["ミクロン", { quantity: "length", factor: 1e-6 }],
  ["micron", { quantity: "length", factor: 1e-6 }],
  ["microns", { quantity: "length", factor: 1e-6 }],
  // "0.9μ": machining specs still write μ alone for ミクロン (μm)
  ["μ", { quantity: "length", factor: 1e-6 }],
  ["Å", { quantity: "length", factor: 1e-10 }],
  ["inch", { quantity: "length", factor: 0.0254 }],
  ["in.", { quantity: "length", factor: 0.0254 }],
  ["インチ", { quantity: "length", factor: 0.0254 }],
  // temperature: 貨物等省令 writes Celsius as 度 ("零下二六八・六五度")
  ["°C", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["°c", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["℃", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["度C", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["度", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["degC", { quantity: "temperature", factor: 1, offset: 273.15 }],
  ["°F", { quantity: "temperature", factor: 5 / 9, offset: 273.15 - (32 * 5) / 9 }],
  ["K", { quantity: "temperature", factor: 1 }],
  ["mK", { quantity: "temperature", factor: 1e-3 }],
  ["ケルビン", { quantity: "temperature", factor: 1 }],
  ["ミリケルビン", { quantity: "temperature", factor: 1e-3 }],
  // frequency
  ...prefixed("frequency", ["Hz"], ["ヘルツ"]),
  // power
  ...prefixed("power", ["W"], ["ワット"]),
  ["dBm", { quantity: "power", factor: 1, dbm: true }],
  // pressure / stress / modulus
  ...prefixed("pressure", ["Pa"], ["パスカル"]),
  ["Torr", { quantity: "pressure", factor: 133.322368 }],
  ["torr", { quantity: "pressure", factor: 133.322368 }],
  ["mTorr", { quantity: "pressure", factor: 0.133322368 }],
  ["bar", { quantity: "pressure", factor: 1e5 }],
  ["mbar", { quantity: "pressure", factor: 100 }],
  ["atm", { quantity: "pressure", factor: 101325 }],
  ["psi", { quantity: "pressure", factor: 6894.757 }],
  ["ksi", { quantity: "pressure", factor: 6894757 }],
  ["msi", { quantity: "pressure", factor: 6894757000 }],
  // older Japanese fibre and steel data sheets: kgf/mm² (1 kgf = 9.80665 N)
  ...["kgf/mm2", "kgf/mm²", "kgf/mm^2", "kg/mm2", "kg/mm²"].map((u): [string, UnitDef] => [u, { quantity: "pressure", factor: 9.80665e6 }]),
  ["N/mm2", { quantity: "pressure", factor: 1e6 }],
  ["N/mm^2", { quantity: "pressure", factor: 1e6 }],
  // density
  ["g/cm3", { quantity: "density", factor: 1000 }],
  ["g/cm^3", { quantity: "density", factor: 1000 }],
  ["g/cc", { quantity: "density", factor: 1000 }],
  ["g/ml", { quantity: "density", factor: 1000 }],
  ["g/mL", { quantity: "density", factor: 1000 }],
  ["kg/m3", { quantity: "density", factor: 1 }],
  ["kg/m^3", { quantity: "density", factor: 1 }],
  // resistivity: Ω·cm is 1/100 of Ω·m
  ...resistivity(),
  // data rates (bits) and byte rates
  ...prefixed("data_rate", ["bps", "bit/s", "b/s", "bit/sec"], ["ビット毎秒", "ビット/秒"], 1, ["T", "G", "M", "k", ""]),
  ...prefixed("byte_rate", ["B/s", "byte/s", "Bps"], ["バイト毎秒"], 1, ["T", "G", "M", "k", ""]),
  // sample rates
  ...prefixed("sample_rate", ["S/s", "SPS", "sps", "Sa/s", "samples/s"], ["サンプリング毎秒", "サンプル毎秒"], 1, ["G", "M", "k", ""]),
  // time
  ["s", { quantity: "time", factor: 1 }],
  ["sec", { quantity: "time", factor: 1 }],
  ["秒", { quantity: "time", factor: 1 }],
  ["ms", { quantity: "time", factor: 1e-3 }],
  ["ミリ秒", { quantity: "time", factor: 1e-3 }],
  ["μs", { quantity: "time", factor: 1e-6 }],
  ["us", { quantity: "time", factor: 1e-6 }],
  ["マイクロ秒", { quantity: "time", factor: 1e-6 }],
  ["ns", { quantity: "time", factor: 1e-9 }],
  ["ナノ秒", { quantity: "time", factor: 1e-9 }],
  ["ps", { quantity: "time", factor: 1e-12 }],
  ["min", { quantity: "time", factor: 60 }],
  ["分", { quantity: "time", factor: 60 }],
  ["h", { quantity: "time", factor: 3600 }],
  ["hours", { quantity: "time", factor: 3600 }],
  ["hour", { quantity: "time", factor: 3600 }],
  ["hrs", { quantity: "time", factor: 3600 }],
  ["時間", { quantity: "time", factor: 3600 }],
  // voltage
  ...prefixed("voltage", ["V"], ["ボルト"], 1, ["M", "k", "", "m"]),
  // ratios
  ["%", { quantity: "ratio", factor: 1e-2 }],
  ["パーセント", { quantity: "ratio", factor: 1e-2 }],
  ["ppm", { quantity: "ratio", factor: 1e-6 }],
  // by weight, as the law's 全重量 (第2条第1項 mixtures): "30wt%" is not 30 WT of 実効テラ演算
  ...["wt%", "wt.%", "w/w%", "mass%", "重量%", "質量%", "重量パーセント", "質量パーセント"].map((s): [string, UnitDef] => [s, { quantity: "ratio", factor: 1e-2 }]),
  ["ppb", { quantity: "ratio", factor: 1e-9 }],
  // resolution / key length in bits (a count; "ビット毎秒" and "bit/s" are longer and win)
  ["bit", { quantity: "count", factor: 1 }],
  ["bits", { quantity: "count", factor: 1 }],
  ["ビット", { quantity: "count", factor: 1 }],
  // apparent power in volt-amperes (第1条第8号 周波数変換器 "四〇ボルトアンペア以上"): a count of VA,
  // kept apart from W since VA ≥ W and the law states VA
  ["VA", { quantity: "count", factor: 1 }],
  ["kVA", { quantity: "count", factor: 1e3 }],
  ["ボルトアンペア", { quantity: "count", factor: 1 }],
  ["キロボルトアンペア", { quantity: "count", factor: 1e3 }],
  // angle
  ["°", { quantity: "angle", factor: 1 }],
  ["deg", { quantity: "angle", factor: 1 }],
  ["arcsec", { quantity: "angle", factor: 1 / 3600 }],
  ["″", { quantity: "angle", factor: 1 / 3600 }],
  ["\"", { quantity: "angle", factor: 1 / 3600 }],
  ["arcmin", { quantity: "angle", factor: 1 / 60 }],
  // mass
  ["kg", { quantity: "mass", factor: 1 }],
  ["g", { quantity: "mass", factor: 1e-3 }],
  // decibel (noise figure, gain)
  ["dB", { quantity: "decibel", factor: 1 }],
  ["デシベル", { quantity: "decibel", factor: 1 }],
  // 加重最高性能 (APP) in 実効テラ演算 (Weighted TeraFLOPS)
  ["WT", { quantity: "performance", factor: 1 }],
  ["実効テラ演算", { quantity: "performance", factor: 1 }],
  // radiation hardness (第6条第1号イ, 第7条第1号ロ: シリコン換算の吸収線量, 中性子束). rad = 0.01 Gy;
  // no "Mrad"/"rad/s" (milliradian, rad/s angular speed would fold onto them)
  ...prefixed("dose", ["Gy", "Gy(Si)", "Gy (Si)", "Gy(si)"], ["グレイ"], 1, ["M", "k", ""]),
  ...prefixed("dose", ["rad(Si)", "rad (Si)", "rad(si)"], [], 0.01, ["M", "k", ""]),
  ["rad", { quantity: "dose", factor: 0.01 }],
  ["krad", { quantity: "dose", factor: 10 }],
  ...prefixed("dose_rate", ["Gy/s", "Gy(Si)/s", "Gy (Si)/s", "Gy/sec", "Gy(Si)/sec"], ["グレイ毎秒", "グレイ/秒"], 1, ["M", "k", ""]),
  ...prefixed("dose_rate", ["rad(Si)/s", "rad (Si)/s", "rad(Si)/sec"], [], 0.01, ["M", "k", ""]),
  ...["n/cm2", "n/cm^2", "n/cm²", "neutrons/cm2", "neutrons/cm^2", "n·cm-2", "n/㎠", "個/cm2", "個/平方センチメートル"].map((s): [string, UnitDef] => [s, { quantity: "fluence", factor: 1 }]),
  // pulse energy (第9条第10号 lasers: "一パルス当たり五〇ミリジュール")
  ...prefixed("energy", ["J"], ["ジュール"], 1, ["k", "", "m", "μ", "n"]),
  // beam energy of ion implanters (第6条第17号ロ "二〇キロ電子ボルト"): 1 eV = 1.602176634e-19 J (SI, exact)
  ...prefixed("energy", ["eV"], ["電子ボルト"], 1.602176634e-19, ["G", "M", "k", ""]),
  // current (第6条第17号ロ "一〇ミリアンペア"); a bare "A" is the JIS nominal size (呼び径 50A) unless a
  // current is asked for (REINTERPRET below)
  ...prefixed("current", ["A"], [], 1, ["k", "m", "μ"]),
  ...prefixed("current", [], ["アンペア"], 1, ["k", "", "m", "μ"]),
  // volume, area, volumetric flow (第2条第2項 chemical plant: 容量, 伝熱面積, 吐出し量)
  ["m3", { quantity: "volume", factor: 1 }],
  ["立方メートル", { quantity: "volume", factor: 1 }],
  ["L", { quantity: "volume", factor: 1e-3 }],
  ["kL", { quantity: "volume", factor: 1 }],
  ["キロリットル", { quantity: "volume", factor: 1 }],
  ["ℓ", { quantity: "volume", factor: 1e-3 }],
  ["リットル", { quantity: "volume", factor: 1e-3 }],
  ["m2", { quantity: "area", factor: 1 }],
  ["平方メートル", { quantity: "area", factor: 1 }],
  ["cm2", { quantity: "area", factor: 1e-4 }],
  ...flowRates(),
  // 呼び径 (JIS nominal size, 第2条第2項第7号 "呼び径が一〇Ａ超"): the A series in mm. No inch
  // B series: its sizes are fractions ("3/8B", "1-1/2B") that numbers are not read as, and "8B" of
  // "3/8B" must not become 200 A — a B size stays unread (要確認).
  ["A", { quantity: "nominal_size", factor: 1 }],
  // production rate by mass (第1条第32号 ふっ素製造用電解槽 "一時間当たり二五〇グラム"), in kg/h
  ...["g/h", "g/hr", "g/hour", "グラム毎時", "グラム/時"].map((u): [string, UnitDef] => [u, { quantity: "mass_rate", factor: 1e-3 }]),
  ...["kg/h", "kg/hr", "kg/hour", "キログラム毎時", "キログラム/時"].map((u): [string, UnitDef] => [u, { quantity: "mass_rate", factor: 1 }]),
  // speed (第12条第10号の2 "一時間当たり四六・三キロメートル（二五ノット）" gusts), in m/s
  ["m/s", { quantity: "speed", factor: 1 }],
  ["km/h", { quantity: "speed", factor: 1 / 3.6 }],
  ["kt", { quantity: "speed", factor: 1852 / 3600 }],
  ["knots", { quantity: "speed", factor: 1852 / 3600 }],
  ["ノット", { quantity: "speed", factor: 1852 / 3600 }],
];

/** Volumetric flow in m³/h, the law's own unit (吐出し量 "一時間につき〇・六立方メートル"): m³ or litres per hour, minute or second. */
function flowRates(): [string, UnitDef][] {
  const out: [string, UnitDef][] = [];
  const per: [string[], number][] = [
    [["/h", "/hr", "/hour", "毎時", "/時"], 1],
    [["/min", "毎分", "/分"], 60],
    [["/s", "/sec", "毎秒"], 3600],
  ];
  const volumes: [string, number][] = [["m3", 1], ["立方メートル", 1], ["L", 1e-3], ["ℓ", 1e-3], ["リットル", 1e-3]];
  for (const [vol, f] of volumes) for (const [suffixes, perHour] of per) for (const sfx of suffixes) out.push([vol + sfx, { quantity: "flow_rate", factor: f * perHour }]);
  return out;
}

function resistivity(): [string, UnitDef][] {
  const out: [string, UnitDef][] = [];
  const ohm = ["Ω", "ohm", "Ohm", "オーム"];
  const sep = ["·", "・", "-", "*", " ", "", "⋅"];
  for (const o of ohm)
    for (const s of sep) {
      out.push([`${o}${s}cm`, { quantity: "resistivity", factor: 1e-2 }]);
      out.push([`${o}${s}m`, { quantity: "resistivity", factor: 1 }]);
      out.push([`k${o}${s}cm`, { quantity: "resistivity", factor: 10 }]);
      out.push([`M${o}${s}cm`, { quantity: "resistivity", factor: 1e4 }]);
      out.push([`m${o}${s}cm`, { quantity: "resistivity", factor: 1e-5 }]);
    }
  out.push(["オームセンチメートル", { quantity: "resistivity", factor: 1e-2 }]);
  out.push(["オームメートル", { quantity: "resistivity", factor: 1 }]);
  return out;
}

/** Exact symbol → unit. */
const EXACT = new Map<string, UnitDef>(ENTRIES);
/** lower-case symbol → unit, only where unambiguous. */
const FOLDED = new Map<string, UnitDef>();
{
  const seen = new Map<string, UnitDef | null>();
  for (const [sym, def] of ENTRIES) {
    const k = sym.toLowerCase();
    const prev = seen.get(k);
    if (prev === undefined) seen.set(k, def);
    else if (prev !== null && (prev.quantity !== def.quantity || prev.factor !== def.factor || prev.offset !== def.offset)) seen.set(k, null);
  }
  for (const [k, d] of seen) if (d) FOLDED.set(k, d);
}
/** Longest symbol first, bucketed by the lower-cased first character. */
interface UnitEntry {
  sym: string;
  lower: string;
  exact?: UnitDef;
  folded?: UnitDef;
  /** ends with an ASCII letter: must not run on into a word ("m" of "mode") */
  wordy: boolean;
  /** the lower-cased second code unit when it is ASCII, else −1 (a quick no before startsWith) */
  second: number;
}
const BY_FIRST = new Map<string, UnitEntry[]>();
let MAX_LEN = 0;
for (const sym of new Set([...EXACT.keys(), ...FOLDED.keys()])) {
  const lower = sym.toLowerCase();
  const second = lower.length >= 2 && lower.charCodeAt(1) < 0x80 ? lower.charCodeAt(1) : -1;
  const e: UnitEntry = { sym, lower, exact: EXACT.get(sym), folded: FOLDED.get(lower), wordy: /[A-Za-z]$/.test(sym), second };
  const list = BY_FIRST.get(lower[0]) ?? [];
  list.push(e);
  BY_FIRST.set(lower[0], list);
  MAX_LEN = Math.max(MAX_LEN, sym.length);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.sym.length - a.sym.length);
/** BY_FIRST by the code unit itself (each code unit's lower case looked up once, here, not per read) */
const BY_CODE: (UnitEntry[] | undefined)[] = [];
for (let c = 0; c < 0x10000; c++) BY_CODE.push(BY_FIRST.get(String.fromCharCode(c).toLowerCase()));

/** Letters after which a unit match would be the start of a longer word ("m" in "mode"): [A-Za-z]. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The unit symbol starting at s[i] (longest first; exact case before folded case), or undefined. */
export function readUnit(s: string, i: number): { def: UnitDef; symbol: string; end: number } | undefined {
  if (i >= s.length) return undefined;
  const list = BY_CODE[s.charCodeAt(i)];
  if (!list) return undefined;
  let window: string | undefined;
  // both first characters ASCII: lower-casing is per character there, so an entry whose second
  // character differs cannot match (a non-ASCII pair takes the full comparison: "K" lower-cases to "k")
  const c0 = s.charCodeAt(i);
  const c1 = i + 1 < s.length ? s.charCodeAt(i + 1) : -1;
  const quick = c0 < 0x80 && c1 >= 0 && c1 < 0x80;
  const lc1 = c1 >= 0x41 && c1 <= 0x5a ? c1 + 0x20 : c1;
  for (const e of list) {
    if (quick && e.second >= 0 && e.second !== lc1) continue;
    let def: UnitDef | undefined;
    if (e.exact && s.startsWith(e.sym, i)) def = e.exact;
    else if (e.folded) {
      window ??= s.slice(i, i + MAX_LEN).toLowerCase();
      if (window.startsWith(e.lower)) def = e.folded;
    }
    if (!def) continue;
    const end = i + e.sym.length;
    if (e.wordy && end < s.length && isAsciiLetter(s.charCodeAt(end))) continue;
    return { def, symbol: e.sym, end };
  }
  return undefined;
}

export function unitDef(symbol: string): UnitDef | undefined {
  return EXACT.get(symbol) ?? FOLDED.get(symbol.toLowerCase());
}

/** Value in the unit's canonical unit. */
export function toCanonical(value: number, def: UnitDef): number {
  if (def.dbm) return 10 ** ((value - 30) / 10);
  return value * def.factor + (def.offset ?? 0);
}

/** Symbols whose meaning depends on the quantity asked for: the law's "度" is °C for
 *  temperatures but degrees for angles (第5条第2号ホ(二) "〇・〇〇三度"). */
const REINTERPRET: Record<string, Partial<Record<Quantity, UnitDef>>> = {
  度: { angle: { quantity: "angle", factor: 1 } },
  "°": { temperature: { quantity: "temperature", factor: 1, offset: 273.15 } },
  s: { count: { quantity: "count", factor: 1 } },
  A: { current: { quantity: "current", factor: 1 } },
  // 第6条第8号 "角度の変換誤差の絶対値が一秒以下": 秒 of arc when an angle is asked
  秒: { angle: { quantity: "angle", factor: 1 / 3600 } },
};

/** The unit for `symbol` read as `quantity`, when the symbol can mean that. */
export function unitAs(symbol: string, quantity: Quantity): UnitDef | undefined {
  const d = unitDef(symbol);
  if (d?.quantity === quantity) return d;
  return REINTERPRET[symbol]?.[quantity];
}

/** Convert a value with a unit symbol to canonical, or undefined when the symbol is unknown. */
export function convert(value: number, symbol: string): { value: number; quantity: Quantity } | undefined {
  const d = unitDef(symbol);
  return d ? { value: toCanonical(value, d), quantity: d.quantity } : undefined;
}
