/**
 * Parameter values from a spec: `key=value` pairs first, then free text, where a parameter's
 * value is the quantity written right after one of its synonyms ("CNOT error 0.01%") or right
 * before it ("40 qubits"). A number without the unit the parameter needs is never guessed: the
 * parameter stays unknown and a problem says so. Two different values for one parameter are a
 * contradiction: unknown, with a problem.
 */
import { reinterpret, scanMentions, unitAs, unitDef, toCanonical, type Interval, type Mention, type Quantity } from "../units";
import type { Values } from "./logic";
import { findWord, hasWord, PairFilter, type NormalisedSpec, type Word } from "./normalise";
import type { ParamDef } from "./ruleset";

/** A parameter as the extractor needs it: synonyms already normalised and sorted. */
export interface ParamIndex {
  def: ParamDef;
  synonyms: Word[];
  negatives: Word[];
  implied: { word: Word; value: number; unless: Word[] }[];
  /** PairFilter.slotOf each synonym (filled on first use) */
  synSlots?: Int32Array;
  /** order among all parameters of the classifier (which of two names for one span goes first) */
  rank?: number;
}

export interface Extracted {
  values: Values;
  problems: string[];
  /** Parameters whose unit was missing or wrong (unknown, but mentioned). */
  ambiguous: Set<string>;
}

/** the two-character sequences of the spec being read (extract is not re-entered) */
const PAIRS = new PairFilter();

const AFTER_WINDOW = 14;
const BEFORE_WINDOW = 3;

const DIMENSIONLESS = new Set<string>(["count", "ratio"]);

function hasDigit(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

function fits(p: ParamDef, m: Mention): Interval | "bare" | undefined {
  if (p.quantity === "flag") return undefined;
  if (!m.unit) return DIMENSIONLESS.has(p.quantity) ? m.value : "bare";
  if (m.quantity === p.quantity) return m.value;
  const d = unitAs(m.unit, p.quantity as Quantity);
  if (d) return reinterpret(m, d);
  // "12 s" (a plural read as seconds)? a count accepts that reading — never a length ("X軸1,500mm")
  if (p.quantity === "count" && m.raw.length === 1 && m.unit === "s") return { lo: m.raw[0], hi: m.raw[0], loInc: true, hiInc: true };
  return undefined;
}

/** Apply `pick` (min/max of a range; a single value bounds it from one side). */
function picked(p: ParamDef, v: Interval, m: Mention): Interval {
  if (!p.pick) return v;
  if (m.isRange) {
    const x = p.pick === "min" ? v.lo : v.hi;
    return { lo: x, hi: x, loInc: true, hiInc: true };
  }
  if (v.lo === v.hi && p.singleValue === "point") return v;
  // "operates at 4 K": the design minimum is at most 4 K, the maximum at least 4 K
  if (v.lo === v.hi) return p.pick === "min" ? { lo: -Infinity, hi: v.hi, loInc: false, hiInc: true } : { lo: v.lo, hi: Infinity, loInc: true, hiInc: false };
  // "出力周波数 最大 600 Hz", "up to 600 Hz": the top of the range is 600 (and "from −40 °C" its bottom)
  if (p.pick === "max" && v.lo === -Infinity && v.hiInc) return { lo: v.hi, hi: v.hi, loInc: true, hiInc: true };
  if (p.pick === "min" && v.hi === Infinity && v.loInc) return { lo: v.lo, hi: v.lo, loInc: true, hiInc: true };
  return v;
}

function close(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

function same(a: Interval, b: Interval): boolean {
  return close(a.lo, b.lo) && close(a.hi, b.hi);
}

/** Record one statement of a parameter (a repeated equal statement counts once). */
function put(found: Map<string, Interval[]>, name: string, v: Interval): void {
  const list = found.get(name);
  if (!list) found.set(name, [v]);
  else if (!list.some((x) => same(x, v))) list.push(v);
}

function intersect(a: Interval, b: Interval): Interval | undefined {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo > hi) return undefined;
  return { lo, hi, loInc: lo === a.lo ? a.loInc : b.loInc, hiInc: hi === a.hi ? a.hiInc : b.hiInc };
}

/**
 * `ranked`: every parameter has its `rank` (the classifier's order), and equal spans are taken in
 * that order whatever order `params` come in; otherwise in the order of `params`.
 */
export function extract(spec: NormalisedSpec, params: ParamIndex[], skip: [number, number][], kv: Map<string, string>, ranked = false): Extracted {
  const numbers = new Map<string, Interval>();
  const flags = new Map<string, boolean>();
  const problems: string[] = [];
  const ambiguous = new Set<string>();
  const conflicts = new Set<string>();
  const found = new Map<string, Interval[]>();

  // 1. key=value pairs (sheets that keep parameters in columns)
  if (kv.size) {
    for (const p of params) {
      const direct = kv.get(p.def.name);
      const raw = direct !== undefined ? { value: direct, unitKey: undefined } : firstKv(kv, p.def.name, p.synonyms);
      if (raw === undefined) continue;
      const { value, unitKey } = raw;
      if (p.def.quantity === "flag") {
        const v = value.trim().toLowerCase();
        if (/^(true|yes|y|1|はい|有|あり|○)$/.test(v)) flags.set(p.def.name, true);
        else if (/^(false|no|n|0|いいえ|無|なし|×)$/.test(v)) flags.set(p.def.name, false);
        continue;
      }
      const ms = scanMentions(value);
      const why = ms.length ? unreadableMentions(value, ms).get(ms[0]) : undefined;
      if (why) {
        problems.push(`${p.def.label.ja}（${p.def.name}）: ${why}`);
        ambiguous.add(p.def.name);
        continue;
      }
      if (ms.length !== 1) {
        problems.push(`${p.def.name}=${value}: 数値を読めません`);
        ambiguous.add(p.def.name);
        continue;
      }
      let m = ms[0];
      if (!m.unit && unitKey) {
        const d = unitDef(unitKey);
        if (d) m = { ...m, unit: unitKey, def: d, quantity: d.quantity, value: reinterpret(m, d) };
      }
      const f0 = fits(p.def, m);
      const f = f0 && f0 !== "bare" ? tolerance(value, m, p.def, f0) : f0;
      if (f === "bare" || f === undefined) {
        problems.push(`${p.def.label.ja}（${p.def.name}）: 単位がないか合いません（${value}）`);
        ambiguous.add(p.def.name);
        continue;
      }
      put(found, p.def.name, picked(p.def, f, m));
    }
  }

  // 2. free text (nothing to read when no candidate rule has a parameter)
  if (params.length === 0) return { values: { numbers, flags }, problems, ambiguous };
  // "位置決め精度(ISO 230/2 1988)=0.006mm": the standard's numbers are not quantities, and the
  // value after it still belongs to the synonym before it
  const standards = standardSpans(spec.text, spec.lower);
  const mentions = scanMentions(spec.text, standards.length ? [...skip, ...standards] : skip);
  const unreadable = unreadableMentions(spec.text, mentions);
  const used = new Set<Mention>();
  // synonym hits, longest first so "繰返し位置決め精度" claims its span before "位置決め精度"
  const hits: { p: ParamIndex; start: number; end: number; syn: number }[] = [];
  if (ranked) {
    // every occurrence (overlapping ones too) of this spec's parameters' synonyms; a tie (one
    // span, two names) goes by the classifier's order of parameters, then of synonyms
    PAIRS.load(spec.lower);
    for (const p of params) {
      const slots = (p.synSlots ??= Int32Array.from(p.synonyms, (x) => PairFilter.slotOf(x.w)));
      for (let si = 0; si < p.synonyms.length; si++) {
        if (!PAIRS.mayContainSlot(slots[si])) continue;
        const syn = p.synonyms[si];
        for (let at = findWord(spec.lower, syn); at >= 0; at = findWord(spec.lower, syn, at + 1)) hits.push({ p, start: at, end: at + syn.w.length, syn: si });
      }
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.p.rank! - b.p.rank! || a.syn - b.syn);
  } else
    for (const p of params) {
      for (const syn of p.synonyms) {
        let at = findWord(spec.lower, syn);
        while (at >= 0) {
          hits.push({ p, start: at, end: at + syn.w.length, syn: 0 });
          at = findWord(spec.lower, syn, at + syn.w.length);
        }
      }
    }
  if (!ranked) hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const claimed: [number, number][] = [];
  const flagSaid = new Map<string, boolean>();
  const flagConflicts = new Set<string>();
  for (const h of hits) {
    // a longer synonym owns its span; the same span may name several parameters (t_min, t_max)
    if (claimed.some(([a, b]) => h.start < b && h.end > a && !(a === h.start && b === h.end))) continue;
    claimed.push([h.start, h.end]);
    const def = h.p.def;
    if (def.quantity === "flag") {
      // "cold field emission=no", "no load port", "ロードポートなし": the words after (or before)
      // the synonym say the value; a bare mention says yes
      const said = flagValueAt(spec.lower, h.start, h.end);
      if (said === undefined) {
        if (!flagSaid.has(def.name)) flags.set(def.name, flags.get(def.name) === false ? false : true);
        continue;
      }
      const before = flagSaid.get(def.name);
      if (before !== undefined && before !== said) {
        // "cfe=yes … cfe=no": neither is trusted
        flags.delete(def.name);
        flagConflicts.add(def.name);
        continue;
      }
      flagSaid.set(def.name, said);
      if (!flagConflicts.has(def.name)) flags.set(def.name, said);
      continue;
    }
    const m = nearest(spec.text, mentions, h.start, h.end, def.position, standards, (mm) => fits(def, mm) !== undefined && (!used.has(mm) || def.pick !== undefined));
    if (!m) continue;
    const why = unreadable.get(m);
    if (why) {
      problems.push(`${def.label.ja}: ${why}`);
      ambiguous.add(def.name);
      used.add(m);
      continue;
    }
    const f0 = fits(def, m);
    const f = f0 && f0 !== "bare" ? tolerance(spec.text, m, def, f0) : f0;
    // (the number as written: "最大 599 Hz" is an upper bound, not a negative value)
    if (f && f !== "bare" && f === f0 && m.raw.some((x) => x < 0) && CANNOT_BE_NEGATIVE.has(def.quantity)) {
      problems.push(`${def.label.ja}: 負の値 ${m.raw.join("〜")} は判断できません（記号の誤入力？）`);
      ambiguous.add(def.name);
      used.add(m);
      continue;
    }
    if (f === "bare") {
      problems.push(`${def.label.ja}: 単位のない数値 ${m.raw.join("〜")} は判断できません（単位が必要: ${def.unit}）`);
      ambiguous.add(def.name);
      used.add(m);
      continue;
    }
    if (!f) continue;
    used.add(m);
    put(found, def.name, picked(def, f, m));
  }

  for (const name of flagConflicts) {
    const p = params.find((x) => x.def.name === name)!;
    problems.push(`${p.def.label.ja}: 矛盾する記載があります（あり／なし）`);
    ambiguous.add(name);
  }

  // flags negated by their own negative words ("bipolar")
  for (const p of params) {
    if (p.def.quantity !== "flag" || flagConflicts.has(p.def.name)) continue;
    for (const n of p.negatives) if (hasWord(spec.lower, n)) flags.set(p.def.name, false);
    if (p.def.absentMeansFalse && !flags.has(p.def.name)) flags.set(p.def.name, false);
  }

  // implied values ("ArF" → 193 nm)
  for (const p of params) {
    if (found.has(p.def.name)) continue;
    // the most specific word wins ("aes-256" over "aes"): implied is sorted longest first
    const im = p.implied.find((x) => hasWord(spec.lower, x.word) && !x.unless.some((u) => hasWord(spec.lower, u)));
    if (im) put(found, p.def.name, { lo: im.value, hi: im.value, loInc: true, hiInc: true });
  }

  // unlabelled values by quantity ("324 GPa, 7.0 GPa, 1.79 g/cm3")
  const free = mentions.filter((m) => !used.has(m) && m.quantity && !unreadable.has(m));
  for (const p of params) {
    const fb = p.def.fallback;
    if (!fb || found.has(p.def.name) || ambiguous.has(p.def.name)) continue;
    // an unreadable number of this quantity could be the one meant: not guessed
    if ([...unreadable.keys()].some((m) => m.quantity === p.def.quantity && !used.has(m))) {
      ambiguous.add(p.def.name);
      continue;
    }
    const cands = free.filter((m) => m.quantity === p.def.quantity && (!m.isRange || p.def.pick !== undefined));
    if (fb === "only" && cands.length === 1) put(found, p.def.name, picked(p.def, cands[0].value, cands[0]));
    if ((fb === "largest" || fb === "smallest") && cands.length === 2) {
      const [a, b] = cands[0].value.lo <= cands[1].value.lo ? cands : [cands[1], cands[0]];
      const m = fb === "largest" ? b : a;
      put(found, p.def.name, m.value);
    }
  }

  for (const [name, list] of found) {
    if (list.length === 1) {
      numbers.set(name, list[0]);
      continue;
    }
    // several statements: consistent bounds narrow the value; disjoint ones contradict
    let acc: Interval | undefined = list[0];
    for (const v of list.slice(1)) acc = acc && intersect(acc, v);
    const points = list.filter((v) => v.lo === v.hi);
    const several = params.find((x) => x.def.name === name)?.def.several;
    if (several && points.length === list.length) {
      // one value per axis: whether any axis reaches a bound is decided by the extreme one
      numbers.set(name, list.reduce((a, b) => ((several === "max" ? b.lo > a.lo : b.lo < a.lo) ? b : a)));
      continue;
    }
    if (!acc || points.length > 1) {
      conflicts.add(name);
      const p = params.find((x) => x.def.name === name)!;
      problems.push(`${p.def.label.ja}: 矛盾する値があります（${list.map(fmt).join(" / ")}）`);
    } else numbers.set(name, acc);
  }
  for (const c of conflicts) ambiguous.add(c);
  return { values: { numbers, flags }, problems, ambiguous };
}

// a value written after a flag's synonym: "=no", ": yes", "：なし", "なし", "無し", "有"
const FLAG_AFTER_SEP = /^\s*[=:：]\s*(?:(no|none|false|n|0|off|なし|無し|無|いいえ|×|不可|非対応)|(yes|true|y|1|on|あり|有り|有|はい|○|可|対応))(?![a-z0-9])/;
const FLAG_AFTER_JA = /^\s*(?:(なし|無し|いいえ|×|不可|非対応)|(あり|有り|はい|○))/;
const FLAG_BEFORE_NO = /(?:^|[^a-z0-9])(?:no|without|w\/o|non)[\s-]*$/;

/** The value a spec gives a flag at one mention of its synonym, or undefined for a bare mention. */
export function flagValueAt(lower: string, start: number, end: number): boolean | undefined {
  const after = lower.slice(end, end + 16);
  const m = FLAG_AFTER_SEP.exec(after) ?? FLAG_AFTER_JA.exec(after);
  if (m) return m[1] === undefined;
  if (FLAG_BEFORE_NO.test(lower.slice(Math.max(0, start - 10), start))) return false;
  return undefined;
}

function fmt(v: Interval): string {
  if (v.lo === v.hi) return String(+v.lo.toPrecision(6));
  return `${Number.isFinite(v.lo) ? +v.lo.toPrecision(6) : "−∞"}〜${Number.isFinite(v.hi) ? +v.hi.toPrecision(6) : "∞"}`;
}

function firstKv(kv: Map<string, string>, name: string, synonyms: Word[]): { value: string; unitKey?: string } | undefined {
  for (const [k, v] of kv) {
    // "wavelength_nm=193": the key's last part is a unit
    const us = k.lastIndexOf("_");
    if (us > 0 && k.slice(0, us) === name) return { value: v, unitKey: k.slice(us + 1) };
    if (synonyms.some((s) => s.w === k)) return { value: v };
  }
  return undefined;
}

function nearest(text: string, mentions: Mention[], start: number, end: number, position: string, standards: [number, number][], ok: (m: Mention) => boolean): Mention | undefined {
  if (position !== "before") {
    for (const m of mentions) {
      if (m.start < end) continue;
      // a standard named between synonym and value ("(ISO 230/2 1988)") neither counts nor stops
      const inStd = standards.length ? standardChars(standards, end, m.start) : 0;
      if (m.start - end - inStd > AFTER_WINDOW) break;
      // (within AFTER_WINDOW any characters may stand between; a number among them ends the search)
      if (inStd ? hasDigitOutside(text, end, m.start, standards) : hasDigit(text, end, m.start)) break;
      if (ok(m)) return m;
    }
  }
  if (position !== "after") {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      // "12ビット": the unit of the number may itself be the synonym
      if (m.start >= start || m.end > end) continue;
      if (start - m.end > BEFORE_WINDOW) break;
      if (ok(m)) return m;
    }
  }
  return undefined;
}

/** Quantities a spec cannot state below zero ("引張弾性率 -294 GPa" is a typing error). Pressure
 *  is not among them: gauge pressures are negative. */
const CANNOT_BE_NEGATIVE = new Set<string>(["length", "density", "frequency", "count", "mass", "power", "data_rate", "byte_rate", "sample_rate", "resistivity", "performance", "time"]);

/** "6.000", "1.234.567": one to three digits (not a lone 0), then dot-separated groups of three */
const DOT_GROUPED = /[-+]?[1-9]\d{0,2}(?:\.\d{3})+(?![\d.eE])/y;

const isDigitAt = (t: string, i: number): boolean => i >= 0 && i < t.length && t.charCodeAt(i) >= 0x30 && t.charCodeAt(i) <= 0x39;

/**
 * Numbers that cannot be read safely, with the reason: a comma as decimal mark ("1,5 mm",
 * "0,004 mm" — European style; "1,500 mm" stays a thousands separator), a dot as thousands
 * separator in a count ("TPP 6.000": 6,000 or 6?) and a value per measuring
 * length ("0.004 mm/300mm": not the value over the full travel the law asks for).
 */
function unreadableMentions(text: string, mentions: Mention[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  if (text.indexOf(",") < 0 && text.indexOf("/") < 0 && text.indexOf(".") < 0) return out;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const raw = text.slice(m.start, m.end);
    // "TPP 6.000", "2.000 個": a count with a dot before exactly three digits is 6,000 in
    // European notation (or 6 with three decimals, which a count never has): not guessed
    DOT_GROUPED.lastIndex = m.start;
    const dotted = (!m.unit || m.quantity === "count") && !m.isRange ? DOT_GROUPED.exec(text) : null;
    if (dotted) {
      out.set(m, `数値「${dotted[0]}」のピリオドが小数点か桁区切りか判断できません（桁区切りは「,」で記載してください）`);
      continue;
    }
    const euro = /^[-+−]?0,\d/.test(raw) || (text[m.end] === "," && isDigitAt(text, m.end + 1) && !/^,\d{3}(?!\d)/.test(text.slice(m.end, m.end + 5))) || (text[m.start - 1] === "," && isDigitAt(text, m.start - 2));
    if (euro) {
      out.set(m, `数値「${raw.trim()}」のコンマが小数点か桁区切りか判断できません（小数点は「.」で記載してください）`);
      continue;
    }
    const next = mentions[k + 1];
    if (m.quantity === "length" && next && next.quantity === "length" && /^\s*\/\s*$/.test(text.slice(m.end, next.start))) {
      out.set(m, `「${text.slice(m.start, next.end)}」は測定長あたりの値です（直線軸の全長についての値ではありません）`);
      out.set(next, `「${text.slice(m.start, next.end)}」は測定長あたりの値です`);
    }
  }
  return out;
}

/**
 * "±0.004mm": a tolerance. Whether the band it states is 0.004 or 0.008 mm wide is not said —
 * the value lies in between (ISO 230-2 accuracy and repeatability are widths of a band).
 */
function tolerance(text: string, m: Mention, def: ParamDef, v: Interval): Interval {
  if (def.quantity !== "length" && def.quantity !== "angle") return v;
  // "+/-0.004": the minus read as the number's sign belongs to the ±
  const lead = text.slice(Math.max(0, m.start - 3), m.start + (text[m.start] === "-" ? 1 : 0)).replace(/\s+$/, "");
  if (!/(±|\+\/-|\+-)$/.test(lead) || v.lo !== v.hi) return v;
  const x = Math.abs(v.lo);
  return { lo: x, hi: 2 * x, loInc: true, hiInc: true };
}

// ISO 230/2 (1988), ISO230-2:2014, JIS B 6336-4, IEC 60068-2-6, ASTM D3039 — with brackets around
const STANDARD = /[(（]?\b(?:iso|jis|iec|astm|din|vdi)[ \u3000]*(?:[a-z][ \u3000]*)?\d+(?:[ \u3000]*[/\-:.][ \u3000]*\d+)*(?:[ \u3000]*[(（]\d{4}[)）]|[ \u3000]*[:：][ \u3000]*\d{4}|[ \u3000]+(?:19|20)\d{2}(?!\d))?[)）]?/g;
const MAY_NAME_STANDARD = /iso|jis|iec|astm|din|vdi/;

/** Spans of the spec that name a standard. */
export function standardSpans(text: string, lower: string): [number, number][] {
  if (!MAY_NAME_STANDARD.test(lower)) return [];
  const out: [number, number][] = [];
  STANDARD.lastIndex = 0;
  for (const m of lower.matchAll(STANDARD)) out.push([m.index!, m.index! + m[0].length]);
  return out;
}

function standardChars(spans: [number, number][], from: number, to: number): number {
  let n = 0;
  for (const [a, b] of spans) n += Math.max(0, Math.min(b, to) - Math.max(a, from));
  return n;
}

function hasDigitOutside(text: string, from: number, to: number, spans: [number, number][]): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && !spans.some(([a, b]) => i >= a && i < b)) return true;
  }
  return false;
}

/** Canonical value of `value unit` — used by the rule compiler to check thresholds. */
export function canonical(value: number, unit: string): number | undefined {
  const d = unitDef(unit);
  return d ? toCanonical(value, d) : undefined;
}

/** kv map from a spec made of `key=value` pairs separated by ; | newline. */
export function parseKv(text: string): Map<string, string> {
  const kv = new Map<string, string>();
  if (!text.includes("=")) return kv;
  for (const part of text.split(/[;|\n]|,(?=\s*[A-Za-z_][\w]*\s*=)/)) {
    const eqAt = part.indexOf("=");
    if (eqAt <= 0) continue;
    const k = part.slice(0, eqAt).trim().toLowerCase();
    const v = part.slice(eqAt + 1).trim();
    if (/^[a-z_][a-z0-9_]*$/.test(k) && v) kv.set(k, v);
  }
  return kv;
}
