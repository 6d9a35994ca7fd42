/**
 * 補完的輸出規制 (catch-all) as the law writes it since 2025-10-09, for 16項 goods and for the
 * small-value exemption of listed goods. 輸出令第4条第1項第3号 names four cases:
 *   イ WMD おそれ (核兵器等の開発等; 経済産業省令 = おそれ省令: 用途要件 and 需要者要件)
 *   ロ WMD インフォーム
 *   ハ conventional おそれ (別表第1の1の項の貨物の開発等; 通常兵器の省令: 用途・需要者)
 *   ニ conventional インフォーム
 * Which apply depends on the goods and the destination (第3号: 16項(1) all four; 第4号: 16項(2),
 * ハ only for 別表第3の2; 第5号: small-value, see `smallValueLetters`). Group A (別表第3) is
 * 輸出令第1条第3項 + 第4条第2項第3号: a licence only on an inform.
 */
import type { DecisionInput } from "../results";
import { CITE } from "./citations";
import { f, type Finding } from "./findings";
import type { PartyView } from "./party";
import { eulLabel, WMD_CONCERNS } from "./party";

export type Letter = "イ" | "ロ" | "ハ" | "ニ";
export type CondState = "met" | "not_met" | "unknown";
export type GoodsClass = "16(1)" | "16(2)" | "listed";

export interface CatchAllContext {
  input: DecisionInput;
  party: PartyView;
  /** Destination in 別表第3の2 (UN arms embargo). */
  embargo: boolean;
  citation: string;
}

interface Cond {
  state: CondState;
  findings: Finding[];
}

const none: Cond = { state: "not_met", findings: [] };

function informCond(ctx: CatchAllContext): Cond {
  return ctx.input.informed === true ? { state: "met", findings: [f("inform", "license_required", `${ctx.citation}（ロ・ニ: インフォーム）`)] } : none;
}

/** イ: WMD 用途要件 (knownWmdUse) and 需要者要件 (End User List B/C/M/N or known activity). */
function wmdObjective(ctx: CatchAllContext): Cond {
  const cite = `${ctx.citation}（イ）、${CITE.wmdOrdinance}`;
  if (ctx.input.knownWmdUse === true) return { state: "met", findings: [f("wmd_use", "license_required", `${cite}第1号`)] };
  const codes = WMD_CONCERNS.filter((c) => ctx.party.eulConcerns.has(c));
  const signals: string[] = [];
  if (codes.length) signals.push(`需要者が${eulLabel(codes)}に掲載`);
  if (ctx.input.endUserWmdActivity === true) signals.push("需要者が大量破壊兵器等の開発等を行う（行った）ことを知っている");
  if (!signals.length) return none;
  const params = { detail: signals.join("、"), short: codes.length ? eulLabel(codes) : "大量破壊兵器等の開発等" };
  const userCite = `${cite}第2号・第3号、${CITE.clearGuideline}`;
  if (ctx.input.clearlyUnrelatedWmd === true) return none;
  if (ctx.input.clearlyUnrelatedWmd === false) return { state: "met", findings: [f("wmd_user", "license_required", userCite, params)] };
  return { state: "unknown", findings: [f("wmd_user_confirm", "review", userCite, params)] };
}

/** ハ: conventional 用途要件 and 需要者要件 (End User List CW or known activity); ⑲ for 16項(1) to 別表第3の2. */
function convObjective(ctx: CatchAllContext, cls: GoodsClass): Cond {
  const cite = `${ctx.citation}（ハ）、${CITE.convOrdinance}`;
  if (ctx.input.knownMilitaryUse === true) return { state: "met", findings: [f("conv_use", "license_required", `${cite}第1号`)] };
  const signals: string[] = [];
  const cw = ctx.party.eulConcerns.has("CW");
  if (cw) signals.push("需要者が外国ユーザーリスト（通常兵器 CW）に掲載");
  if (ctx.input.endUserMilitaryActivity === true) signals.push("需要者が通常兵器の開発等を行うことを知っている");
  if (!signals.length) return none;
  const params = { detail: signals.join("、"), short: cw ? eulLabel(["CW"]) : "通常兵器の開発等" };
  const userCite = `${cite}第2号・第3号、${CITE.clearGuideline}`;
  if (ctx.embargo && cls === "16(1)") {
    return { state: "met", findings: [f("conv_user_no_clear_escape", "license_required", `${userCite}、${CITE.guideline19}`, params)] };
  }
  if (ctx.input.clearlyUnrelatedConventional === true) return none;
  if (ctx.input.clearlyUnrelatedConventional === false) return { state: "met", findings: [f("conv_user", "license_required", userCite, params)] };
  const extra = ctx.embargo ? "別表第3の2向けでは、通常兵器のおそれの強い貨物例に当たる貨物も「明らか」による除外はできません" : undefined;
  return { state: "unknown", findings: [f("conv_user_confirm", "review", userCite, { ...params, extra })] };
}

export function evaluateLetters(ctx: CatchAllContext, cls: GoodsClass, letters: readonly Letter[]): { state: CondState; findings: Finding[] } {
  const conds: Cond[] = [];
  if (letters.includes("ロ") || letters.includes("ニ")) conds.push(informCond(ctx));
  if (letters.includes("イ")) conds.push(wmdObjective(ctx));
  if (letters.includes("ハ")) conds.push(convObjective(ctx, cls));
  const findings = conds.flatMap((c) => c.findings);
  const state: CondState = conds.some((c) => c.state === "met") ? "met" : conds.some((c) => c.state === "unknown") ? "unknown" : "not_met";
  return { state, findings };
}

/** Letters of 第4条第1項第3号/第4号 that apply to 16項 goods going to a non-Group-A destination. */
export function item16Letters(cls: "16(1)" | "16(2)", embargo: boolean): Letter[] {
  return cls === "16(1)" || embargo ? ["イ", "ロ", "ハ", "ニ"] : ["イ", "ロ", "ニ"];
}

/**
 * 第4条第1項第5号: Group A → 第3号ロ・ニ; elsewhere → イ・ロ・ニ; 別表第3の2 except イラク and
 * 北朝鮮 (named in the 号 itself) → イ〜ニ.
 */
export function smallValueLetters(groupA: boolean, embargo: boolean, iso2: string | undefined): Letter[] {
  if (groupA) return ["ロ", "ニ"];
  if (embargo && iso2 !== "IQ" && iso2 !== "KP") return ["イ", "ロ", "ハ", "ニ"];
  return ["イ", "ロ", "ニ"];
}

/** The catch-all for 16項 goods (or technology for 16項 goods) to one destination. */
export function catchAll16(ctx: CatchAllContext & { groupA: boolean; technology: boolean }, cls: "16(1)" | "16(2)"): Finding[] {
  if (ctx.groupA) {
    const cite = ctx.technology ? `${CITE.technology}（グループA向けインフォーム）` : CITE.groupAInform;
    return ctx.input.informed === true ? [f("group_a_inform", "license_required", cite)] : [f("group_a_no_inform", "no_license", cite)];
  }
  const letters = item16Letters(cls, ctx.embargo);
  const r = evaluateLetters(ctx, cls, letters);
  const out = [...r.findings];
  if (!letters.includes("ハ") && (ctx.input.knownMilitaryUse === true || ctx.party.eulConcerns.has("CW") || ctx.input.endUserMilitaryActivity === true)) {
    out.push(f("conv_objective_not_applicable", "info", CITE.catchAll16_2));
  }
  if (r.state === "not_met") out.push(f("catch_all_not_met", "no_license", ctx.citation, { scope: cls === "16(1)" ? "16項(1)" : "16項(2)" }));
  return out;
}
