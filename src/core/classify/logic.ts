/**
 * Three-valued (Kleene) evaluation of a rule's logic: TRUE / FALSE / UNKNOWN, where a parameter
 * the spec does not state is UNKNOWN — never FALSE. `whatDecides` names the unknown parameters
 * whose value could flip an UNKNOWN result (each forced both ways while the others stay unknown).
 */
import type { Interval } from "../units";
import type { LogicNode, Op } from "./ruleset";

export type Tri = "TRUE" | "FALSE" | "UNKNOWN";

export interface Values {
  numbers: Map<string, Interval>;
  flags: Map<string, boolean>;
}

/** Relative tolerance so that 0.0009 mm read from a spec equals the law's 〇・〇〇〇九ミリメートル. */
function eq(a: number, b: number): boolean {
  // an open end (±∞) equals nothing finite: with it, "≤ 0.01 mm" read as "< 0.006 mm" was FALSE
  // (−∞ "≥" any threshold) — a silent 非該当 where the value may be 0.001 mm
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function ge(x: number, t: number): boolean {
  return x > t || eq(x, t);
}

function le(x: number, t: number): boolean {
  return x < t || eq(x, t);
}

// no closures per call: compare runs for every threshold of every candidate rule
export function compare(v: Interval, op: Op, t: number): Tri {
  switch (op) {
    case ">=":
      if (ge(v.lo, t)) return "TRUE";
      if (v.hi < t && !eq(v.hi, t)) return "FALSE";
      if (eq(v.hi, t) && !v.hiInc) return "FALSE";
      return "UNKNOWN";
    case ">":
      if (v.lo > t && !eq(v.lo, t)) return "TRUE";
      if (eq(v.lo, t) && !v.loInc) return "TRUE";
      if (le(v.hi, t)) return "FALSE";
      return "UNKNOWN";
    case "<=":
      if (le(v.hi, t)) return "TRUE";
      if (v.lo > t && !eq(v.lo, t)) return "FALSE";
      if (eq(v.lo, t) && !v.loInc) return "FALSE";
      return "UNKNOWN";
    case "<":
      if (v.hi < t && !eq(v.hi, t)) return "TRUE";
      if (eq(v.hi, t) && !v.hiInc) return "TRUE";
      if (ge(v.lo, t)) return "FALSE";
      return "UNKNOWN";
    case "==":
      if (eq(v.lo, t) && eq(v.hi, t)) return "TRUE";
      if (v.hi < t || v.lo > t) return "FALSE";
      return "UNKNOWN";
  }
}

/** Forced leaf values for one parameter, used by whatDecides. */
type Force = { param: string; value: Tri } | undefined;

export function evaluate(node: LogicNode, values: Values, force?: Force): Tri {
  if ("all" in node) {
    let unknown = false;
    for (const c of node.all) {
      const r = evaluate(c, values, force);
      if (r === "FALSE") return "FALSE";
      if (r === "UNKNOWN") unknown = true;
    }
    return unknown ? "UNKNOWN" : "TRUE";
  }
  if ("any" in node) {
    let unknown = false;
    for (const c of node.any) {
      const r = evaluate(c, values, force);
      if (r === "TRUE") return "TRUE";
      if (r === "UNKNOWN") unknown = true;
    }
    return unknown ? "UNKNOWN" : "FALSE";
  }
  if ("not" in node) {
    const r = evaluate(node.not, values, force);
    return r === "TRUE" ? "FALSE" : r === "FALSE" ? "TRUE" : "UNKNOWN";
  }
  if ("flag" in node) {
    const f = values.flags.get(node.flag);
    if (f !== undefined) return f ? "TRUE" : "FALSE";
    return force && force.param === node.flag ? force.value : "UNKNOWN";
  }
  const [param, op, t] = node.cmp;
  const v = values.numbers.get(param);
  if (v) {
    const r = compare(v, op, t);
    if (r !== "UNKNOWN" || !force || force.param !== param) return r;
    return force.value;
  }
  return force && force.param === param ? force.value : "UNKNOWN";
}

/** Parameters used by a logic tree, in order of first use. */
export function paramsOf(node: LogicNode, out: string[] = []): string[] {
  if ("all" in node) node.all.forEach((c) => paramsOf(c, out));
  else if ("any" in node) node.any.forEach((c) => paramsOf(c, out));
  else if ("not" in node) paramsOf(node.not, out);
  else if ("flag" in node) {
    if (!out.includes(node.flag)) out.push(node.flag);
  } else if (!out.includes(node.cmp[0])) out.push(node.cmp[0]);
  return out;
}

/** Rule value = logic AND NOT(any exclusion). */
export function evaluateRule(logic: LogicNode, exclusions: LogicNode[], values: Values, force?: Force): Tri {
  const base = evaluate(logic, values, force);
  if (base === "FALSE") return "FALSE";
  let excl: Tri = "FALSE";
  for (const e of exclusions) {
    const r = evaluate(e, values, force);
    if (r === "TRUE") {
      excl = "TRUE";
      break;
    }
    if (r === "UNKNOWN") excl = "UNKNOWN";
  }
  if (excl === "TRUE") return "FALSE";
  if (base === "TRUE" && excl === "FALSE") return "TRUE";
  return "UNKNOWN";
}

/** The unknown parameters whose value could decide an UNKNOWN rule. */
export function whatDecides(logic: LogicNode, exclusions: LogicNode[], values: Values, params: string[]): string[] {
  const out: string[] = [];
  for (const p of params) {
    const t = evaluateRule(logic, exclusions, values, { param: p, value: "TRUE" });
    const f = evaluateRule(logic, exclusions, values, { param: p, value: "FALSE" });
    if (t !== f) out.push(p);
  }
  // nothing single flips it (several unknowns together decide): name them all
  if (out.length === 0) return params.filter((p) => !values.numbers.has(p) && !values.flags.has(p));
  return out;
}
