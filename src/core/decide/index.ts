/** Licence decision — PLACEHOLDER until issue 6 lands: always `review`, never a silent 許可不要. */
import type { ExportOrderData } from "../data/schemas";
import type { Classification, Decision, DecisionInput, Destination, PartyRisk } from "../results";

export function decide(
  _input: DecisionInput,
  parts: { classification: Classification; party: PartyRisk; destination: Destination },
  _exportOrder: ExportOrderData,
): Decision {
  return { verdict: "review", reasons: [{ code: "engine_incomplete", text: "判定エンジン未実装", citation: "" }], ...parts, summary: "要確認: 判定エンジン未実装" };
}
