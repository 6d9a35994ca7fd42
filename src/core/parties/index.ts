/**
 * Party screening (=ANPO.ENDUSER_RISK): names in any script against every active list, with an
 * explanation per match and a reviewer's clearances. `createPartyScreener` builds the index once;
 * `screen` is cheap per cell and never throws on bad input.
 */
import type { ListData, ListEntry } from "../data/schemas";
import { normalizeName, type NormalizedName } from "../text";
import type { PartyMatch, PartyRisk, PartyStatus } from "../results";
import { resolveCountry } from "./country";
import { buildIndex, nameLegalForms, type PartyIndex } from "./name-index";
import { registeredPrebuilt } from "./prebuilt";
import { prepareQuery } from "./query";
import { scoreEntries } from "./matcher";
import { clearancesFor, isClearanceValid, recordClearance, type ClearanceResult, type ClearanceStore } from "./clearances";
import { summarize } from "./summary";
import { NOTHING_TO_MATCH, unscreenableReason } from "./input";
import { DEFAULT_CONFIG, type MatcherConfig } from "./tuning";

export type { MatcherConfig } from "./tuning";
export { DEFAULT_CONFIG } from "./tuning";
export type { Clearance, ClearanceStore, ClearanceRequest, ClearanceResult, ClearanceState } from "./clearances";
export { recordClearance, isClearanceValid, queryKey } from "./clearances";
export { entryFingerprint } from "./fingerprint";
export { registerPrebuiltLists, snapshotList, listFingerprint, type ListIndexSnapshot } from "./prebuilt";
export { resolveCountry } from "./country";
export { LIST_LABEL_JA, BAN_LISTS } from "./summary";

export interface ScreenOptions {
  /** ISO alpha-2/alpha-3 code or a country name in English or Japanese. */
  country?: string;
  clearances?: ClearanceStore;
  /** ISO date used for clearance expiry; defaults to today. */
  today?: string;
}

export interface PartyScreener {
  screen(name: string, opts?: ScreenOptions): PartyRisk;
  /** Records a clearance of `query` against one entry of the active lists. */
  recordClearance(
    store: ClearanceStore | undefined,
    req: { query: string; list: string; entryKey: string; reviewer: string; reason: string; date: string; expires?: string },
  ): ClearanceResult;
  /** The entry behind a match, for display and fingerprints. */
  entry(list: string, entryKey: string): ListEntry | undefined;
  readonly listsVersion: string;
  readonly config: MatcherConfig;
}

const KIND_LABEL: Record<string, string> = {
  primary: "name",
  script: "script name",
  alias: "alias",
  alias_script: "alias (script)",
  ja: "Japanese name",
  ja_alias: "Japanese alias",
  acronym: "acronym",
};

/** The distinct strings of two short lists, in order (a Set and two spreads per shown match cost more). */
function distinctOf(a: string[], b: string[]): string[] {
  if (!a.length && !b.length) return a;
  const out: string[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

export function createPartyScreener(lists: ListData[], config?: Partial<MatcherConfig>): PartyScreener {
  const cfg: MatcherConfig = { ...DEFAULT_CONFIG, ...(config ?? {}) };
  // bundled lists come normalised from rules:build when their snapshot matches (prebuilt.ts)
  const index: PartyIndex = buildIndex(lists ?? [], registeredPrebuilt);
  const listsVersion = (lists ?? []).map((l) => l.version).join("; ");
  // entry lookup by key is only needed for display and clearances: built on first use
  let byKeyMap: Map<string, ListEntry> | undefined;
  const byKey = {
    get(key: string): ListEntry | undefined {
      if (!byKeyMap) {
        byKeyMap = new Map();
        for (const e of index.entries) byKeyMap.set(`${e.list.id}\u0000${e.entry.key}`, e.entry);
      }
      return byKeyMap.get(key);
    },
  };

  function screen(name: string, opts?: ScreenOptions): PartyRisk {
    try {
      return screenUnsafe(name, opts);
    } catch (e) {
      // A defect, not a verdict: say so instead of a silent clear.
      return { status: "review", matches: [], notes: [`screening failed: ${(e as Error)?.message ?? e}`], summary: "要確認: 照合エラー", listsVersion };
    }
  }

  function screenUnsafe(name: string, opts?: ScreenOptions): PartyRisk {
    const notes: string[] = [];
    if (!lists?.length) notes.push("no lists loaded: screen incomplete");
    let norm: NormalizedName | undefined;
    const bad = unscreenableReason(name, cfg.maxInputLength, (s) => (norm = normalizeName(s)));
    if (bad) return { status: "clear", matches: [], notes: [bad, ...notes], summary: summarize("clear", [], [], true), listsVersion };

    let iso2: string | undefined;
    if (opts?.country !== undefined && opts.country !== null && String(opts.country).trim()) {
      iso2 = resolveCountry(String(opts.country));
      if (!iso2) notes.push(`country not recognised: "${opts.country}" (not used to qualify scores)`);
    }
    const q = prepareQuery(name, index, cfg, norm);
    if (!q.tokens.length && !q.grams.length) notes.push(`${NOTHING_TO_MATCH} after removing legal forms`);
    if (q.norm.cjk.length && !q.grams.some((g) => g.id !== undefined) && !q.phon)
      notes.push("no list name shares any character with this script name: checked, but spelling in Latin is advised");

    const today = opts?.clearances ? (opts.today ?? new Date().toISOString().slice(0, 10)) : "";
    const key = q.norm.key;
    const matches: PartyMatch[] = [];
    for (const s of scoreEntries(q, iso2, index, cfg)) {
      const ie = index.entries[s.entry];
      const nm = index.names[s.name];
      const why = [`${KIND_LABEL[nm.kind] ?? nm.kind} "${nm.value}": ${s.nameDetail}`];
      const legal = distinctOf(q.norm.legalForms, nameLegalForms(nm));
      if (legal.length) why.push(`legal form ignored: ${legal.join(", ")}`);
      if (s.countryDetail) why.push(s.countryDetail);
      const m: PartyMatch = {
        list: ie.list.id,
        entryNo: ie.entry.entryNo,
        entryKey: ie.entry.key,
        name: ie.entry.name,
        matchedName: nm.value,
        score: Math.round(s.score * 1000) / 1000,
        country: ie.entry.country?.name,
        concerns: ie.entry.concerns,
        why: why.join("; "),
      };
      for (const c of clearancesFor(opts?.clearances, key, ie.list.id, ie.entry.key)) {
        const state = isClearanceValid(c, ie.entry, today);
        if (state === "valid") {
          m.cleared = { by: c.reviewer, on: c.date, reason: c.reason };
          notes.push(`cleared by ${c.reviewer} on ${c.date}: ${ie.list.id} ${ie.entry.name} (${c.reason})`);
          break;
        }
        notes.push(
          state === "expired"
            ? `clearance by ${c.reviewer} on ${c.date} expired ${c.expires}: reopened`
            : `clearance by ${c.reviewer} on ${c.date} reopened: the list entry ${ie.entry.name} changed since`,
        );
      }
      matches.push(m);
    }
    const open = matches.filter((m) => !m.cleared);
    const status: PartyStatus = open.some((m) => m.score >= cfg.hitThreshold) ? "hit" : open.length ? "review" : "clear";
    return { status, matches, notes: notes.length ? notes : undefined, summary: summarize(status, open, notes, false), listsVersion };
  }

  return {
    screen,
    listsVersion,
    config: cfg,
    entry: (list, entryKey) => byKey.get(`${list}\u0000${entryKey}`),
    recordClearance(store, req) {
      const entry = byKey.get(`${req?.list}\u0000${req?.entryKey}`);
      if (!entry) return { ok: false, error: `no entry ${req?.entryKey} in ${req?.list}` };
      return recordClearance(store, { ...req, entry });
    },
  };
}
