/**
 * Small builders of the classifier's and the party screener's results, so decision tests do not
 * depend on those engines; destinations come from the real resolver on the real 輸出令 tables.
 */
import type { ListId } from "../../../../src/core/data/schemas";
import type { CatchAllClass, Classification, PartyMatch, PartyRisk } from "../../../../src/core/results";

export function listed(...items: string[]): Classification {
  return {
    status: "listed",
    matches: items.map((it) => ({ ruleId: `rule:${it}`, exportOrderItem: it, citation: "貨物等省令(test)", title: { ja: it, en: it }, reasons: [], match: "listed" as const })),
    missing: [],
    catchAll: "outside",
    flags: [],
    rulesVersion: "test",
    asOf: "2026-02-14",
  };
}

export function notListed(catchAll: CatchAllClass): Classification {
  return { status: "not_listed", matches: [], missing: [], catchAll, flags: [], rulesVersion: "test", asOf: "2026-02-14" };
}

export function undecided(catchAll: CatchAllClass, ...missing: string[]): Classification {
  return {
    status: "needs_review",
    matches: [],
    missing: missing.map((m) => ({ param: m, label: { ja: m, en: m }, ruleId: "rule:x" })),
    catchAll,
    flags: [],
    rulesVersion: "test",
    asOf: "2026-02-14",
  };
}

export const clear: PartyRisk = { status: "clear", matches: [], listsVersion: "test" };

function match(list: ListId, name: string, concerns?: string[], extra?: Partial<PartyMatch>): PartyMatch {
  return { list, entryNo: "1", name, matchedName: name, score: 1, concerns, why: "exact", ...extra };
}

export function hit(list: ListId, name = "Listed Co.", concerns?: string[], extra?: Partial<PartyMatch>): PartyRisk {
  return { status: "hit", matches: [match(list, name, concerns, extra)], listsVersion: "test" };
}

export function possible(list: ListId, name = "Maybe Co.", concerns?: string[]): PartyRisk {
  return { status: "review", matches: [match(list, name, concerns, { score: 0.8 })], listsVersion: "test" };
}

export const eul = (...concerns: string[]) => hit("METI-EUL", "EUL Institute", concerns);
