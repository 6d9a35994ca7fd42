/**
 * The licence decision (=ANPO.SCREEN / `anpo-screen decide`) following control-list.md §3.2 with
 * the catch-all as revised 2025-10-09: the sanctions layer first (prohibited), then the goods
 * (listed items, small-value exemption, 16項 catch-all), each step a Finding with its citation.
 * The verdict is the most severe finding; the cell one-liner comes from the decisive finding.
 * Missing or unsure inputs give `review` naming what to confirm — never a silent 許可不要.
 */
import type { ExportOrderData } from "../data/schemas";
import type { Classification, Decision, DecisionInput, Destination, PartyRisk, Reason, Verdict } from "../results";
import { f, verdictOf, type Finding } from "./findings";
import { goodsFindings } from "./goods";
import { MESSAGES, SUMMARIES } from "./messages";
import { viewParty } from "./party";
import { sanctionsFindings } from "./sanctions";

export { MESSAGES, SUMMARIES, type ReasonCode } from "./messages";
export { SMALL_VALUE_LIMIT_JPY, SMALL_VALUE_LIMIT_3_3_JPY } from "./goods";

const VERDICT_LINE: Record<Verdict, string> = { prohibited: "輸出禁止", license_required: "許可要", review: "要確認", no_license: "許可不要" };

function toReason(x: Finding): Reason {
  return { code: x.code, text: MESSAGES[x.code](x.params ?? {}), citation: x.citation };
}

function summaryOf(verdict: Verdict, findings: readonly Finding[]): string {
  if (verdict === "no_license") return VERDICT_LINE.no_license;
  const decisive = findings.find((x) => x.verdict === verdict && SUMMARIES[x.code]);
  return decisive ? SUMMARIES[decisive.code]!(decisive.params ?? {}) : VERDICT_LINE[verdict];
}

export function decide(
  input: DecisionInput,
  parts: { classification: Classification; party: PartyRisk; destination: Destination },
  exportOrder: ExportOrderData,
): Decision {
  try {
    const party = viewParty(parts.party);
    const technology = input.transaction === "technology";
    const iso2 = parts.destination.status === "resolved" ? parts.destination.iso2 : undefined;
    const findings: Finding[] = [
      ...sanctionsFindings({ input, iso2, classification: parts.classification, party, exportOrder, technology }),
      ...goodsFindings({ input, classification: parts.classification, destination: parts.destination, party, exportOrder, technology }),
    ];
    // Every goods path ends in a finding; an empty verdict would be an engine gap, so say "review".
    const verdict = verdictOf(findings) ?? "review";
    if (!verdictOf(findings)) findings.push(f("classification_needs_review", "review", "判定エンジン"));
    // Order reasons by severity so the decisive ones come first; info last.
    const rank = (x: Finding) => (x.verdict === "info" ? 9 : ["prohibited", "license_required", "review", "no_license"].indexOf(x.verdict));
    const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
    return { verdict, reasons: ordered.map(toReason), ...parts, summary: summaryOf(verdict, ordered) };
  } catch (e) {
    // Bad input never throws out of the public API.
    const text = `判定中に入力を解釈できませんでした: ${e instanceof Error ? e.message : String(e)}`;
    return { verdict: "review", reasons: [{ code: "input_invalid", text, citation: "" }], ...parts, summary: "要確認: 入力" };
  }
}
