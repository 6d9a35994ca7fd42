/**
 * STEPS 1–6 — the licence question for the goods (or technology) themselves: listed items
 * (1–15項, with the small-value exemption), then the 16項 catch-all by HS scope and destination.
 */
import type { ExportOrderData } from "../data/schemas";
import type { Classification, DecisionInput, Destination } from "../results";
import { catchAll16, evaluateLetters, smallValueLetters, type CatchAllContext } from "./catch-all";
import { CITE } from "./citations";
import { f, verdictOf, type Finding } from "./findings";
import { appendix3_3, parseItemRef, smallValueEligibleItem, type ItemRef } from "./items";
import type { PartyView } from "./party";
import { TABLE_CONCERN, TABLE_GROUP_A, TABLE_UN_ARMS_EMBARGO } from "../destinations";

/** 輸出令第4条第1項第5号: 「総価額が百万円（別表第三の三に掲げる貨物にあつては、五万円）以下」. */
export const SMALL_VALUE_LIMIT_JPY = 1_000_000;
export const SMALL_VALUE_LIMIT_3_3_JPY = 50_000;

export interface GoodsContext {
  input: DecisionInput;
  classification: Classification;
  destination: Destination;
  party: PartyView;
  exportOrder: ExportOrderData;
  technology: boolean;
}

function catchAllContext(ctx: GoodsContext, citation: string): CatchAllContext & { groupA: boolean; technology: boolean } {
  const tables = ctx.destination.tables;
  return {
    input: ctx.input,
    party: ctx.party,
    embargo: tables.includes(TABLE_UN_ARMS_EMBARGO),
    groupA: tables.includes(TABLE_GROUP_A),
    technology: ctx.technology,
    citation,
  };
}

const yen = (n: number) => n.toLocaleString("ja-JP");

function validValue(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/** Listed items: licence everywhere (48条1項) unless the small-value exemption is established. */
function listedFindings(ctx: GoodsContext, refs: ItemRef[]): Finding[] {
  const items = [...new Set(refs.map((r) => r.raw))].join("・");
  if (ctx.technology) return [f("listed_item", "license_required", CITE.technology, { items, law: "外為法25条1項" })];
  const licence = f("listed_item", "license_required", `${CITE.listGoods} ${items}`, { items, law: "外為法48条1項" });
  const asInfo: Finding = { ...licence, verdict: "info" };
  const value = validValue(ctx.input.valueJpy);
  const notApplicable = (detail: string) => [licence, f("small_value_not_applicable", "info", CITE.smallValue, { detail })];

  const ineligible = refs.filter((r) => !smallValueEligibleItem(r));
  if (ineligible.length) return value === undefined ? [licence] : notApplicable(`${ineligible.map((r) => r.raw).join("・")} は対象外（5〜13項・15項のみ）`);
  if (ctx.destination.tables.includes(TABLE_CONCERN)) return value === undefined ? [licence] : notApplicable("仕向地が別表第4の地域");
  if (ctx.destination.status !== "resolved") return [licence];
  if (value === undefined) return [licence, f("small_value_no_value", "info", CITE.smallValue)];

  const membership = refs.map((r) => appendix3_3(r, ctx.exportOrder));
  const limit = membership.includes("member") ? SMALL_VALUE_LIMIT_3_3_JPY : SMALL_VALUE_LIMIT_JPY;
  if (value > limit) return notApplicable(`総価額 ${yen(value)}円 が ${yen(limit)}円 を超える`);
  if (limit === SMALL_VALUE_LIMIT_JPY && value > SMALL_VALUE_LIMIT_3_3_JPY && membership.includes("possible")) {
    const possible = refs.filter((_, i) => membership[i] === "possible").map((r) => r.raw).join("・");
    return [asInfo, f("small_value_notice_check", "review", CITE.smallValue, { value: yen(value), items: possible })];
  }
  const cc = catchAllContext(ctx, `${CITE.smallValue}（第4条第1項第3号を準用）`);
  const letters = smallValueLetters(cc.groupA, cc.embargo, ctx.destination.iso2);
  const cond = evaluateLetters(cc, "listed", letters);
  if (cond.state === "met") return [licence, ...cond.findings.map((x) => ({ ...x, verdict: "info" as const })), f("small_value_not_applicable", "info", CITE.smallValue, { detail: "キャッチオール要件に該当" })];
  if (cond.state === "unknown") return [asInfo, ...cond.findings];
  return [asInfo, f("small_value_exempt", "no_license", CITE.smallValue, { items, value: yen(value), limit: yen(limit) })];
}

type Scope = "16(1)" | "16(2)" | "outside";

/** Which 16項 scopes the goods may be in, from the classification and, when it is unsure, the HS code. */
function scopeCandidates(ctx: GoodsContext): Scope[] {
  const c = ctx.classification.catchAll;
  if (c === "16(1)" || c === "16(2)" || c === "outside") return [c];
  const hs = (ctx.input.hs ?? "").normalize("NFKC").replace(/[^0-9]/g, "");
  if (hs.length >= 2) return ctx.exportOrder.item16Chapters.includes(hs.slice(0, 2)) ? ["16(1)", "16(2)"] : ["outside"];
  return ["16(1)", "16(2)", "outside"];
}

function scopeFindings(ctx: GoodsContext, scope: Scope): Finding[] {
  if (scope === "outside") return [f("outside_item16", "no_license", CITE.item16Scope, { hs: ctx.input.hs })];
  const base = ctx.technology ? CITE.technology : scope === "16(1)" ? CITE.catchAll16_1 : CITE.catchAll16_2;
  return catchAll16(catchAllContext(ctx, base), scope);
}

/** Not listed (or not yet known): the catch-all, deciding across the possible 16項 scopes. */
function catchAllFindings(ctx: GoodsContext): Finding[] {
  if (ctx.destination.status !== "resolved") return [];
  const candidates = scopeCandidates(ctx);
  const results = candidates.map((s) => ({ scope: s, findings: scopeFindings(ctx, s) }));
  const verdicts = new Set(results.map((r) => verdictOf(r.findings)));
  if (verdicts.size === 1) return results[0].findings;
  const detail = `16項(1)/(2)/対象外の別で結論が変わります: ${results.map((r) => `${r.scope === "outside" ? "対象外" : `${r.scope}`}→${verdictOf(r.findings)}`).join("、")}`;
  return [f("hs_needed", "review", `${CITE.item16Scope}、貨物等省令第14条の2`, { detail }), ...results.flatMap((r) => r.findings.filter((x) => x.verdict !== "no_license").map((x) => ({ ...x, verdict: "info" as const })))];
}

export function goodsFindings(ctx: GoodsContext): Finding[] {
  const cls = ctx.classification;
  const out: Finding[] = [];
  if (ctx.destination.status !== "resolved") {
    out.push(f("destination_unresolved", "review", CITE.destinationScope, { detail: ctx.destination.notes?.join("、") ?? ctx.destination.input }));
  }
  const listedRefs = cls.matches.filter((m) => m.match !== "possible").map((m) => parseItemRef(m.exportOrderItem)).filter((r): r is ItemRef => !!r);
  if (cls.status === "listed" && listedRefs.length) return [...out, ...listedFindings(ctx, listedRefs)];

  if (cls.status !== "not_listed") {
    const missing = [...new Set(cls.missing.map((m) => m.label.ja))].join("、") || undefined;
    out.push(f("classification_needs_review", "review", "貨物等省令（該非判定）", { missing }));
    // A licence the catch-all requires holds whether or not the item turns out listed.
    const ca = catchAllFindings(ctx);
    if (verdictOf(ca) === "license_required") out.push(...ca);
    else out.push(...ca.map((x) => ({ ...x, verdict: "info" as const })));
    return out;
  }
  return [...out, ...catchAllFindings(ctx)];
}
