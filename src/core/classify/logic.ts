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

/*
 * The same evaluation on a compiled tree: one node shape (no `"all" in node` probes over four
 * shapes, which made evaluation megamorphic), results as small integers. Built once per rule.
 */
export const T = 1;
export const F = 0;
export const U = 2;
const TRI: Tri[] = ["FALSE", "TRUE", "UNKNOWN"];

export const ALL = 0;
export const ANY = 1;
export const NOT = 2;
export const FLAG = 3;
export const CMP = 4;

export class CNode {
  constructor(
    readonly kind: number,
    readonly kids: CNode[],
    /** the parameter of a flag or cmp leaf ("" otherwise) */
    readonly name: string,
    readonly op: Op,
    readonly t: number,
    /** the rule's own node (the law's literal for reasons) */
    readonly src: LogicNode,
  ) {}
  /** a cmp leaf's reason around the value: "label " … " vs law" (set by the classifier) */
  head = "";
  tail = "";
}

export function compileLogic(n: LogicNode): CNode {
  if ("all" in n) return new CNode(ALL, n.all.map(compileLogic), "", "==", 0, n);
  if ("any" in n) return new CNode(ANY, n.any.map(compileLogic), "", "==", 0, n);
  if ("not" in n) return new CNode(NOT, [compileLogic(n.not)], "", "==", 0, n);
  if ("flag" in n) return new CNode(FLAG, [], n.flag, "==", 0, n);
  return new CNode(CMP, [], n.cmp[0], n.cmp[1], n.cmp[2], n);
}

function compareC(v: Interval, op: Op, t: number): number {
  const r = compare(v, op, t);
  return r === "TRUE" ? T : r === "FALSE" ? F : U;
}

/** `evaluate` on a compiled tree; `forceParam` (or "") takes `forceValue` where it is unknown. */
export function evaluateC(n: CNode, values: Values, forceParam: string, forceValue: number): number {
  switch (n.kind) {
    case ALL: {
      let unknown = false;
      for (const c of n.kids) {
        const r = evaluateC(c, values, forceParam, forceValue);
        if (r === F) return F;
        if (r === U) unknown = true;
      }
      return unknown ? U : T;
    }
    case ANY: {
      let unknown = false;
      for (const c of n.kids) {
        const r = evaluateC(c, values, forceParam, forceValue);
        if (r === T) return T;
        if (r === U) unknown = true;
      }
      return unknown ? U : F;
    }
    case NOT: {
      const r = evaluateC(n.kids[0], values, forceParam, forceValue);
      return r === T ? F : r === F ? T : U;
    }
    case FLAG: {
      const f = values.flags.get(n.name);
      if (f !== undefined) return f ? T : F;
      return forceParam === n.name ? forceValue : U;
    }
    default: {
      const v = values.numbers.get(n.name);
      if (v) {
        const r = compareC(v, n.op, n.t);
        return r !== U || forceParam !== n.name ? r : forceValue;
      }
      return forceParam === n.name ? forceValue : U;
    }
  }
}

function evaluateRuleN(logic: CNode, exclusions: CNode[], values: Values, forceParam: string, forceValue: number): number {
  const base = evaluateC(logic, values, forceParam, forceValue);
  if (base === F) return F;
  let excl = F;
  for (const e of exclusions) {
    const r = evaluateC(e, values, forceParam, forceValue);
    if (r === T) return F;
    if (r === U) excl = U;
  }
  return base === T && excl === F ? T : U;
}

/** `evaluateRule` on compiled trees. */
export function evaluateRuleC(logic: CNode, exclusions: CNode[], values: Values): Tri {
  return TRI[evaluateRuleN(logic, exclusions, values, "", U)];
}

/** The leaves of each parameter in a rule's trees (to see whether forcing it can matter). */
export type LeavesByParam = Map<string, CNode[]>;

export function leavesByParam(trees: CNode[]): LeavesByParam {
  const out: LeavesByParam = new Map();
  const walk = (n: CNode): void => {
    if (n.kind === FLAG || n.kind === CMP) {
      const l = out.get(n.name);
      if (l) l.push(n);
      else out.set(n.name, [n]);
    } else for (const k of n.kids) walk(k);
  };
  trees.forEach(walk);
  return out;
}

/** Forcing p changes no leaf: every leaf of p already has its value from the spec. */
function forceIgnored(leaves: CNode[] | undefined, values: Values): boolean {
  if (!leaves) return true;
  for (const l of leaves) {
    if (l.kind === FLAG) {
      if (values.flags.get(l.name) === undefined) return false;
    } else {
      const v = values.numbers.get(l.name);
      if (!v || compareC(v, l.op, l.t) === U) return false;
    }
  }
  return true;
}

/** `whatDecides` on compiled trees (a parameter whose leaves are all decided cannot flip it). */
export function whatDecidesC(logic: CNode, exclusions: CNode[], values: Values, params: string[], leaves: LeavesByParam): string[] {
  const out: string[] = [];
  for (const p of params) {
    if (forceIgnored(leaves.get(p), values)) continue;
    const t = evaluateRuleN(logic, exclusions, values, p, T);
    const f = evaluateRuleN(logic, exclusions, values, p, F);
    if (t !== f) out.push(p);
  }
  if (out.length === 0) return params.filter((p) => !values.numbers.has(p) && !values.flags.has(p));
  return out;
}
