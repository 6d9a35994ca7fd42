/**
 * Derived quantities (比弾性率 = E/(ρ·g), λ·0.25/NA …) as small arithmetic formulas over
 * parameter names: + - * / parentheses, numbers and log2(…). Compiled once to a closure; evaluated over
 * intervals at their corners, which is exact for the monotonic formulas the law uses.
 */
import type { Interval } from "../units";

type Fn = (env: Record<string, number>) => number;

export interface CompiledExpr {
  inputs: string[];
  fn: Fn;
}

export function compileExpr(src: string): CompiledExpr {
  const toks = src.match(/\d+(?:\.\d+)?(?:e[-+]?\d+)?|[a-z_][a-z0-9_]*|[-+*/()]/gi) ?? [];
  if (toks.join("") !== src.replace(/\s+/g, "")) throw new Error(`bad formula: ${src}`);
  let i = 0;
  const inputs = new Set<string>();
  const peek = () => toks[i];
  const atom = (): Fn => {
    const t = toks[i++];
    if (t === undefined) throw new Error(`formula ends early: ${src}`);
    if (t === "(") {
      const e = sum();
      if (toks[i++] !== ")") throw new Error(`missing ) in ${src}`);
      return e;
    }
    if (t === "-") {
      const a = atom();
      return (env) => -a(env);
    }
    if (/^\d/.test(t)) {
      const v = Number(t);
      return () => v;
    }
    // log2(…): 第6条第1号ル's FFT bound (N·log₂N)/20,480 — monotonic, so corner evaluation stays exact
    if (t === "log2" && peek() === "(") {
      const a = atom();
      return (env) => Math.log2(a(env));
    }
    if (/^[a-z_]/i.test(t)) {
      inputs.add(t);
      return (env) => env[t];
    }
    throw new Error(`unexpected ${t} in ${src}`);
  };
  const product = (): Fn => {
    let a = atom();
    while (peek() === "*" || peek() === "/") {
      const op = toks[i++];
      const l = a;
      const r = atom();
      a = op === "*" ? (env) => l(env) * r(env) : (env) => l(env) / r(env);
    }
    return a;
  };
  const sum = (): Fn => {
    let a = product();
    while (peek() === "+" || peek() === "-") {
      const op = toks[i++];
      const l = a;
      const r = product();
      a = op === "+" ? (env) => l(env) + r(env) : (env) => l(env) - r(env);
    }
    return a;
  };
  const fn = sum();
  if (i !== toks.length) throw new Error(`trailing tokens in ${src}`);
  return { inputs: [...inputs], fn };
}

/** Evaluate over intervals (finite corners only); undefined when an input is unknown or unbounded. */
export function evalExpr(e: CompiledExpr, values: Map<string, Interval>): Interval | undefined {
  const ivs = e.inputs.map((n) => values.get(n));
  if (ivs.some((v) => !v || !Number.isFinite(v.lo) || !Number.isFinite(v.hi))) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  const n = e.inputs.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const env: Record<string, number> = {};
    for (let k = 0; k < n; k++) env[e.inputs[k]] = mask & (1 << k) ? ivs[k]!.hi : ivs[k]!.lo;
    const v = e.fn(env);
    if (!Number.isFinite(v)) return undefined;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { lo, hi, loInc: true, hiInc: true };
}
