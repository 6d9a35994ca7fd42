/**
 * Classification (該非判定) — PLACEHOLDER until issue 4 lands: answers `needs_review` for every
 * spec (never a silent 非該当), so the rest of the product can be built and tested end to end.
 */
import type { ControlTree, ExportOrderData } from "../data/schemas";
import type { Classification } from "../results";

export interface ClassifyRuleSet {
  version: string;
  rules: unknown[];
}

export interface Classifier {
  classify(spec: string, opts?: { asOf?: string; hs?: string }): Classification;
}

export function createClassifier(data: { controlTree: ControlTree; params: ClassifyRuleSet; exportOrder: ExportOrderData }): Classifier {
  const rulesVersion = `貨物等省令 ${data.controlTree.provenance.effective} / params ${data.params.version}`;
  return {
    classify(_spec, opts) {
      return {
        status: "needs_review",
        matches: [],
        missing: [],
        catchAll: "unknown",
        flags: [],
        problems: ["classification rules not loaded"],
        summary: "要確認: 判定ルール未実装",
        rulesVersion,
        asOf: opts?.asOf ?? new Date().toISOString().slice(0, 10),
      };
    },
  };
}
