/**
 * What the party screening means for the decision. A match counts as a hit only when the screener
 * said "hit" and no reviewer cleared it; under "review" every uncleared match is a possible hit.
 */
import type { PartyMatch, PartyRisk } from "../results";
import { isNothingToMatch } from "../parties/input";

export const DESIGNATED_LISTS = ["METI-RU", "METI-BY", "METI-3RD"] as const;
export const WMD_CONCERNS = ["B", "C", "M", "N"] as const;

export interface PartyView {
  hits: PartyMatch[];
  possible: PartyMatch[];
  /** Concern codes of End User List hits (B/C/M/N/CW). */
  eulConcerns: Set<string>;
  eulHits: PartyMatch[];
  incomplete: boolean;
  /** Why no name was screened (the customer cell was empty, a placeholder such as 不明, or only a
   *  legal form), or undefined when one was. A licence decision cannot clear an unscreened end user. */
  unscreened?: string;
}

export function viewParty(party: PartyRisk): PartyView {
  const open = (party.matches ?? []).filter((m) => !m.cleared);
  const hits = party.status === "hit" ? open : [];
  const possible = party.status === "review" ? open : [];
  const eulHits = hits.filter((m) => m.list === "METI-EUL");
  const eulConcerns = new Set(eulHits.flatMap((m) => (m.concerns ?? []).map((c) => c.normalize("NFKC").trim().toUpperCase())));
  const unscreened = party.status === "clear" && !(party.matches ?? []).length ? (party.notes ?? []).find(isNothingToMatch) : undefined;
  return { hits, possible, eulConcerns, eulHits, incomplete: party.status === "review" && open.length === 0, unscreened };
}

/** "外国ユーザーリスト B,M" style label of the WMD codes. */
export function eulLabel(codes: readonly string[]): string {
  return `外国ユーザーリスト ${codes.join(",")}`;
}
