/**
 * Result types of the engine — the CLI's JSON contract (DESIGN.md "Results"). The zod schemas are
 * the single source of truth: types are inferred from them and the CLI validates what it prints.
 */
import { z } from "zod";
import { ListId } from "./data/schemas";

export const Localised = z.object({ ja: z.string(), en: z.string() });
export type Localised = z.infer<typeof Localised>;

// --- Classification (該非判定) ------------------------------------------------------------------

export const ClassificationStatus = z.enum(["listed", "not_listed", "needs_review"]);
export type ClassificationStatus = z.infer<typeof ClassificationStatus>;

export const RuleMatch = z.object({
  ruleId: z.string(),
  /** 輸出令別表第1 item, e.g. "7項(1)". */
  exportOrderItem: z.string(),
  /** 貨物等省令 citation, e.g. "貨物等省令第6条第1号カ". */
  citation: z.string(),
  title: Localised,
  reasons: z.array(z.string()),
  /** "listed" when every condition holds; "possible" when the item is recognised but undecided. */
  match: z.enum(["listed", "possible"]).optional(),
});
export type RuleMatch = z.infer<typeof RuleMatch>;

export const MissingParam = z.object({ param: z.string(), label: Localised, ruleId: z.string() });
export type MissingParam = z.infer<typeof MissingParam>;

export const CatchAllClass = z.enum(["16(1)", "16(2)", "outside", "unknown"]);
export type CatchAllClass = z.infer<typeof CatchAllClass>;

export const Classification = z.object({
  status: ClassificationStatus,
  matches: z.array(RuleMatch),
  missing: z.array(MissingParam),
  catchAll: CatchAllClass,
  flags: z.array(z.string()),
  /** Problems with the input itself (empty, contradictory values, unparsed units…). */
  problems: z.array(z.string()).optional(),
  /** Japanese one-line summary for the cell. */
  summary: z.string().optional(),
  rulesVersion: z.string(),
  asOf: z.string(),
});
export type Classification = z.infer<typeof Classification>;

// --- Party screening ---------------------------------------------------------------------------

export const PartyStatus = z.enum(["hit", "review", "clear"]);
export type PartyStatus = z.infer<typeof PartyStatus>;

export const PartyMatch = z.object({
  list: ListId,
  entryNo: z.string(),
  /** Stable entry identity (see ListEntry.key). */
  entryKey: z.string().optional(),
  name: z.string(),
  matchedName: z.string(),
  score: z.number().min(0).max(1),
  country: z.string().optional(),
  concerns: z.array(z.string()).optional(),
  why: z.string(),
  /** Set when a reviewer's clearance applies to this match. */
  cleared: z.object({ by: z.string(), on: z.string(), reason: z.string() }).optional(),
});
export type PartyMatch = z.infer<typeof PartyMatch>;

export const PartyRisk = z.object({
  status: PartyStatus,
  matches: z.array(PartyMatch),
  /** Why the screen is incomplete or trivially clear (e.g. "nothing to match"). */
  notes: z.array(z.string()).optional(),
  summary: z.string().optional(),
  listsVersion: z.string(),
});
export type PartyRisk = z.infer<typeof PartyRisk>;

// --- Destination -------------------------------------------------------------------------------

export const Destination = z.object({
  status: z.enum(["resolved", "needs_review"]),
  input: z.string(),
  iso2: z.string().optional(),
  name: Localised.optional(),
  /** Display group: "A" (別表第3), "D" (別表第3の2 / 別表第4), "other". */
  group: z.enum(["A", "D", "other"]).optional(),
  /** Exact 別表 memberships, e.g. ["別表第3の2", "別表第4"]. */
  tables: z.array(z.string()),
  notes: z.array(z.string()).optional(),
  summary: z.string().optional(),
  rulesVersion: z.string(),
});
export type Destination = z.infer<typeof Destination>;

// --- Decision ----------------------------------------------------------------------------------

export const Verdict = z.enum(["prohibited", "license_required", "review", "no_license"]);
export type Verdict = z.infer<typeof Verdict>;

export const Reason = z.object({ code: z.string(), text: z.string(), citation: z.string() });
export type Reason = z.infer<typeof Reason>;

export const Decision = z.object({
  verdict: Verdict,
  reasons: z.array(Reason),
  classification: Classification,
  party: PartyRisk,
  destination: Destination,
  summary: z.string().optional(),
});
export type Decision = z.infer<typeof Decision>;

export const DecisionInput = z.object({
  spec: z.string(),
  country: z.string(),
  customer: z.string(),
  hs: z.string().optional(),
  valueJpy: z.number().optional(),
  /** Informed by METI (インフォーム) that a licence is needed. */
  informed: z.boolean().optional(),
  /** Exporter knows of WMD use (用途要件). */
  knownWmdUse: z.boolean().optional(),
  /** Exporter knows of military (conventional weapons) use. */
  knownMilitaryUse: z.boolean().optional(),
  transaction: z.enum(["goods", "technology"]).optional(),
  asOf: z.string().optional(),
  /** 明らかガイドライン answered for WMD: true = use clearly unrelated to WMD development, false = not clear. */
  clearlyUnrelatedWmd: z.boolean().optional(),
  /** 明らかガイドライン answered for conventional weapons (not available for 16項(1) to 別表第3の2, ⑲). */
  clearlyUnrelatedConventional: z.boolean().optional(),
  /** Exporter knows the end user develops/developed WMD (おそれ省令 第2号・第3号), besides the End User List. */
  endUserWmdActivity: z.boolean().optional(),
  /** Exporter knows the end user develops/manufactures conventional weapons (通常兵器の需要者要件). */
  endUserMilitaryActivity: z.boolean().optional(),
  /** Confirmed that a Ukraine destination is outside the 告示 area of Donetsk/Luhansk (輸出令第2条第1項第1号の5). */
  outsideUkraineBanArea: z.boolean().optional(),
});
export type DecisionInput = z.infer<typeof DecisionInput>;
