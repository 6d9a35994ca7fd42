/**
 * Parameter values from a spec: `key=value` pairs first, then free text, where a parameter's
 * value is the quantity written right after one of its synonyms ("CNOT error 0.01%") or right
 * before it ("40 qubits"). A number without the unit the parameter needs is never guessed: the
 * parameter stays unknown and a problem says so. Two different values for one parameter are a
 * contradiction: unknown, with a problem.
 */
import { reinterpret, scanMentions, unitAs, unitDef, toCanonical, type Interval, type Mention, type Quantity } from "../units";
import type { Values } from "./logic";
import { findWord, hasWord, type NormalisedSpec, type Word, type WordIndex } from "./normalise";
import type { ParamDef } from "./ruleset";

/** A parameter as the extractor needs it: synonyms already normalised and sorted. */
export interface ParamIndex {
  def: ParamDef;
  synonyms: Word[];
  negatives: Word[];
  implied: { word: Word; value: number; unless: Word[] }[];
}

export interface Extracted {
  values: Values;
  problems: string[];
  /** Parameters whose unit was missing or wrong (unknown, but mentioned). */
  ambiguous: Set<string>;
}

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
  // "40 qubits" read "s" as seconds? counts accept a unit-less reading
  if (p.quantity === "count" && m.raw.length === 1 && /^[a-zA-Z]+$/.test(m.unit)) return { lo: m.raw[0], hi: m.raw[0], loInc: true, hiInc: true };
  return undefined;
}

/** Apply `pick` (min/max of a range; a single value bounds it from one side). */
function picked(p: ParamDef, v: Interval, m: Mention): Interval {
  if (!p.pick) return v;
  if (m.isRange) {
    const x = p.pick === "min" ? v.lo : v.hi;
    return { lo: x, hi: x, loInc: true, hiInc: true };
  }
  // "operates at 4 K": the design minimum is at most 4 K, the maximum at least 4 K
  if (v.lo === v.hi) return p.pick === "min" ? { lo: -Infinity, hi: v.hi, loInc: false, hiInc: true } : { lo: v.lo, hi: Infinity, loInc: true, hiInc: false };
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

export function extract(spec: NormalisedSpec, params: ParamIndex[], skip: [number, number][], kv: Map<string, string>, synonyms?: WordIndex<ParamIndex>): Extracted {
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
      const f = fits(p.def, m);
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
  const mentions = scanMentions(spec.text, skip);
  const used = new Set<Mention>();
  // synonym hits, longest first so "繰返し位置決め精度" claims its span before "位置決め精度"
  const hits: { p: ParamIndex; start: number; end: number }[] = [];
  if (synonyms) {
    // one pass with the classifier's index of every synonym; keep this spec's parameters
    const wanted = new Set(params);
    synonyms.scan(spec.lower, (p, at, len) => {
      if (wanted.has(p)) hits.push({ p, start: at, end: at + len });
    });
  } else
    for (const p of params) {
      for (const syn of p.synonyms) {
        let at = findWord(spec.lower, syn);
        while (at >= 0) {
          hits.push({ p, start: at, end: at + syn.w.length });
          at = findWord(spec.lower, syn, at + syn.w.length);
        }
      }
    }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
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
    const m = nearest(spec.text, mentions, h.start, h.end, def.position, (mm) => fits(def, mm) !== undefined && (!used.has(mm) || def.pick !== undefined));
    if (!m) continue;
    const f = fits(def, m);
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
  const free = mentions.filter((m) => !used.has(m) && m.quantity);
  for (const p of params) {
    const fb = p.def.fallback;
    if (!fb || found.has(p.def.name) || ambiguous.has(p.def.name)) continue;
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

function nearest(text: string, mentions: Mention[], start: number, end: number, position: string, ok: (m: Mention) => boolean): Mention | undefined {
  if (position !== "before") {
    for (const m of mentions) {
      if (m.start < end) continue;
      if (m.start - end > AFTER_WINDOW) break;
      // (within AFTER_WINDOW any characters may stand between; a number among them ends the search)
      if (hasDigit(text, end, m.start)) break;
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
