/**
 * Every quantity mentioned in a spec, in one left-to-right pass: a number (or a range of two),
 * an optional comparator written before it ("<", "≤", "up to", "max") or after it (以下, 未満,
 * 以上, 超, を超える), and an optional unit. Values are converted to canonical units; a number
 * with no unit is kept as bare, so that the caller can refuse to guess its unit.
 *
 * Input must already be normalised (NFKC; see classify/normalise.ts).
 */
import { readNumber } from "./numbers";
import { readUnit, toCanonical, type Quantity, type UnitDef } from "./quantities";

/** A closed/open interval in canonical units; a point value has lo === hi, both inclusive. */
export interface Interval {
  lo: number;
  hi: number;
  loInc: boolean;
  hiInc: boolean;
}

export interface Mention {
  start: number;
  end: number;
  /** Raw numbers as written (one, or two for a range). */
  raw: number[];
  /** Unit symbol as matched, or undefined for a bare number. */
  unit?: string;
  def?: UnitDef;
  quantity?: Quantity;
  /** What the spec says about the value, in canonical units (bare numbers: raw units). */
  value: Interval;
  isRange: boolean;
}

const PREFIX_CMP: [string, Cmp][] = [
  ["<=", "<="],
  [">=", ">="],
  ["≤", "<="],
  ["≦", "<="],
  ["≥", ">="],
  ["≧", ">="],
  ["<", "<"],
  [">", ">"],
  ["up to", "<="],
  ["max.", "<="],
  ["max", "<="],
  ["最大", "<="],
  ["less than", "<"],
  ["below", "<"],
  ["under", "<"],
  ["more than", ">"],
  ["over", ">"],
  ["above", ">"],
  ["at least", ">="],
  ["min.", ">="],
  ["最小", ">="],
];
/** Last characters of the prefix comparators (lower and upper case). */
const PREFIX_LAST = new Uint8Array(0x10000);
for (const [w] of PREFIX_CMP) for (const c of [w[w.length - 1], w[w.length - 1].toUpperCase()]) PREFIX_LAST[c.charCodeAt(0)] = 1;
/** "3A001", "4E001": letters then a digit right after a number (a part number or an ECCN), within 6 characters. */
const GLUED_CODE = /[A-Za-z]{1,5}\d/y;

const SUFFIX_CMP: [string, Cmp][] = [
  ["を超える", ">"],
  ["以下", "<="],
  ["未満", "<"],
  ["以上", ">="],
  ["超", ">"],
  ["or less", "<="],
  ["or more", ">="],
  ["max", "<="],
  ["以内", "<="],
];
type Cmp = "<" | "<=" | ">" | ">=";

const RANGE_SEP = ["〜", "~", "～", "–", "—", "-", "to", "から", "…"];

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 0x20 || s.charCodeAt(i) === 0x3000)) i++;
  return i;
}

function interval(v: number, cmp?: Cmp): Interval {
  switch (cmp) {
    case "<":
      return { lo: -Infinity, hi: v, loInc: false, hiInc: false };
    case "<=":
      return { lo: -Infinity, hi: v, loInc: false, hiInc: true };
    case ">":
      return { lo: v, hi: Infinity, loInc: false, hiInc: false };
    case ">=":
      return { lo: v, hi: Infinity, loInc: true, hiInc: false };
    default:
      return { lo: v, hi: v, loInc: true, hiInc: true };
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** [A-Za-z0-9_] */
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Scan `s` for quantities. `skip` marks spans (e.g. an HS code) that are not quantities. */
export function scanMentions(s: string, skip: [number, number][] = []): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < s.length) {
    // char codes, not one-letter strings and regexes: this loop visits every character of every spec
    const c = s.charCodeAt(i);
    const minus = c === 0x2d || c === 0x2212;
    if (!(isDigit(c) || c === 0x2e || minus) || (c === 0x2e && !isDigit(s.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    // a digit glued to a preceding letter is part of a name ("3A001", "H100"), not a quantity
    if (i > 0 && c !== 0x2d && isWordChar(s.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    if (minus && !(isDigit(s.charCodeAt(i + 1)) || s.charCodeAt(i + 1) === 0x2e)) {
      i++;
      continue;
    }
    const inSkip = skip.length ? skip.find(([a, b]) => i >= a && i < b) : undefined;
    if (inSkip) {
      i = inSkip[1];
      continue;
    }
    const m = readMention(s, i);
    if (!m) {
      i++;
      continue;
    }
    out.push(m);
    i = Math.max(m.end, i + 1);
  }
  return out;
}

function readMention(s: string, start: number): Mention | undefined {
  const n1 = readNumber(s, start);
  if (!n1) return undefined;
  // "3A001", "4E001": a number glued to letters and digits is a part number or an ECCN
  GLUED_CODE.lastIndex = n1.end;
  if (GLUED_CODE.test(s)) return undefined;
  let v1 = n1.value;
  // 零下 / マイナス before the number: negative (the law's way of writing below-zero °C)
  let negate = false;
  if (s.startsWith("零下", start - 2) || s.startsWith("マイナス", start - 4)) negate = true;
  if (negate) v1 = -Math.abs(v1);
  let i = n1.end;
  const j = skipSpaces(s, i);
  let u1 = readUnit(s, j);
  if (u1) i = u1.end;
  // range: "2-15 GHz", "−40〜125℃", "2 to 15GHz"
  let v2: number | undefined;
  // "9 kHz～3.3 GHz": each end keeps its own unit
  let u2def: UnitDef | undefined;
  let k = skipSpaces(s, i);
  for (const sep of RANGE_SEP) {
    if (!s.startsWith(sep, k)) continue;
    const after = skipSpaces(s, k + sep.length);
    // "-" directly followed by a digit after a unitless number could be a minus: accept as range
    // only if the second number reads cleanly
    const n2 = readNumber(s, after);
    if (!n2) break;
    let v = n2.value;
    if (s.startsWith("零下", after - 2)) v = -Math.abs(v);
    const j2 = skipSpaces(s, n2.end);
    const u2 = readUnit(s, j2);
    if (u1 && u2 && u1.def.quantity !== u2.def.quantity) break;
    if (!u1 && !u2 && sep === "-") break; // "8542-31", part numbers: not a range
    v2 = v;
    u2def = u2?.def;
    i = u2 ? u2.end : n2.end;
    // "2-15 GHz": the unit after the range applies to both ends; "2 GHz to 15": the first's does
    if (!u1 && u2) u1 = u2;
    break;
  }
  const unit = u1;
  // prefix comparator (look back a few characters)
  let cmp: Cmp | undefined;
  // most numbers have no comparator before them: look only when the last character before the
  // number (spaces skipped) can end one
  let b = start - 1;
  while (b >= 0 && (s.charCodeAt(b) === 0x20 || s.charCodeAt(b) === 0x3000)) b--;
  const before = b >= 0 && PREFIX_LAST[s.charCodeAt(b)] === 1 ? s.slice(Math.max(0, start - 10), start).trimEnd() : "";
  if (before) for (const [w, op] of PREFIX_CMP) {
    if (before.endsWith(w)) {
      cmp = op;
      break;
    }
  }
  // suffix comparator
  k = skipSpaces(s, i);
  for (const [w, op] of SUFFIX_CMP) {
    if (s.startsWith(w, k)) {
      cmp = op;
      i = k + w.length;
      break;
    }
  }
  let value: Interval;
  if (v2 !== undefined) {
    const a = unit ? toCanonical(v1, unit.def) : v1;
    const d2 = u2def ?? unit?.def;
    const b = d2 ? toCanonical(v2, d2) : v2;
    value = { lo: Math.min(a, b), hi: Math.max(a, b), loInc: true, hiInc: true };
  } else value = interval(unit ? toCanonical(v1, unit.def) : v1, cmp);
  return {
    start: negate ? start - (s.startsWith("零下", start - 2) ? 2 : 4) : start,
    end: i,
    raw: v2 === undefined ? [v1] : [v1, v2],
    unit: unit?.symbol,
    def: unit?.def,
    quantity: unit?.def.quantity,
    value,
    isRange: v2 !== undefined,
  };
}

/** Re-read a mention's raw numbers in another unit (e.g. "度" as an angle). */
export function reinterpret(m: Mention, def: UnitDef): Interval {
  const vals = m.raw.map((x) => toCanonical(x, def));
  if (vals.length === 2) return { lo: Math.min(...vals), hi: Math.max(...vals), loInc: true, hiInc: true };
  const v = vals[0];
  // keep the comparator shape of the original interval
  const o = m.value;
  if (o.lo === -Infinity) return { lo: -Infinity, hi: v, loInc: false, hiInc: o.hiInc };
  if (o.hi === Infinity) return { lo: v, hi: Infinity, loInc: o.loInc, hiInc: false };
  return { lo: v, hi: v, loInc: true, hiInc: true };
}
