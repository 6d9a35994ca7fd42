/**
 * Party screening — PLACEHOLDER until issue 5 lands: exact normalised-name lookup only, and it
 * says so in `notes` (an incomplete screen is never a plain "clear").
 */
import type { ListData } from "../data/schemas";
import type { PartyRisk } from "../results";

export interface MatcherConfig {
  hitThreshold: number;
  reviewThreshold: number;
}

/** Reviewers' decisions that a query name is not a given list entry. Plain data: serialisable. */
export interface Clearance {
  query: string;
  list: string;
  entryKey: string;
  /** Fingerprint of the entry's names/codes when cleared; a change reopens the clearance. */
  entryFingerprint: string;
  reviewer: string;
  reason: string;
  date: string;
  expires?: string;
}
export interface ClearanceStore {
  clearances: Clearance[];
}

export interface PartyScreener {
  screen(name: string, opts?: { country?: string; clearances?: ClearanceStore; today?: string }): PartyRisk;
}

export function createPartyScreener(lists: ListData[], _config?: Partial<MatcherConfig>): PartyScreener {
  const listsVersion = lists.map((l) => l.version).join("; ");
  const norm = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  const index = new Map<string, { list: ListData; i: number; name: string }[]>();
  for (const list of lists)
    list.entries.forEach((e, i) => {
      for (const n of e.names) {
        const k = norm(n.value);
        index.set(k, [...(index.get(k) ?? []), { list, i, name: n.value }]);
      }
    });
  return {
    screen(name) {
      const hits = index.get(norm(name)) ?? [];
      return {
        status: hits.length ? "hit" : "review",
        matches: hits.map(({ list, i, name: matched }) => {
          const e = list.entries[i];
          return { list: list.id, entryNo: e.entryNo, entryKey: e.key, name: e.name, matchedName: matched, score: 1, country: e.country?.name, concerns: e.concerns, why: "exact name" };
        }),
        notes: ["placeholder matcher: exact names only"],
        listsVersion,
      };
    },
  };
}
