/** A finding is one step's answer: a reason code with its parameters, citation and verdict impact. */
import type { Verdict } from "../results";
import type { Params, ReasonCode } from "./messages";

export interface Finding {
  code: ReasonCode;
  /** "info" explains without moving the verdict. */
  verdict: Verdict | "info";
  citation: string;
  params?: Params;
}

const RANK: Record<Verdict, number> = { no_license: 0, review: 1, license_required: 2, prohibited: 3 };

export function worst(a: Verdict, b: Verdict): Verdict {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The most severe verdict among findings; undefined when none moves the verdict. */
export function verdictOf(findings: readonly Finding[]): Verdict | undefined {
  let v: Verdict | undefined;
  for (const f of findings) if (f.verdict !== "info") v = v ? worst(v, f.verdict) : f.verdict;
  return v;
}

export const f = (code: ReasonCode, verdict: Finding["verdict"], citation: string, params?: Params): Finding => ({ code, verdict, citation, params });
