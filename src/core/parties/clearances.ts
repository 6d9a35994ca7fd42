/**
 * False-positive memory: a reviewer records that a query name is NOT a given list entry. Plain,
 * serialisable data so the task pane can keep the store inside the workbook. A clearance covers
 * every spelling of the query that normalises the same, for that one entry only; it lapses after
 * its expiry date and reopens as soon as the entry's names, aliases, codes or country change
 * (its fingerprint no longer matches).
 */
import type { ListEntry } from "../data/schemas";
import { normalizeName } from "../text";
import { entryFingerprint } from "./fingerprint";

export interface Clearance {
  /** The query as the reviewer saw it. */
  query: string;
  /** Its normalised key: the clearance applies to every query with this key (computed from
   *  `query` when absent, so hand-made clearances work too). */
  queryKey?: string;
  list: string;
  entryKey: string;
  /** entryFingerprint(entry) when cleared; a different fingerprint reopens the clearance. */
  entryFingerprint: string;
  reviewer: string;
  reason: string;
  /** ISO date of the decision. */
  date: string;
  /** Last ISO date on which the clearance still applies (inclusive). */
  expires?: string;
}
export interface ClearanceStore {
  clearances: Clearance[];
}

export interface ClearanceRequest {
  query: string;
  list: string;
  entry: ListEntry;
  reviewer: string;
  reason: string;
  date: string;
  expires?: string;
}

export type ClearanceResult = { ok: true; store: ClearanceStore; clearance: Clearance } | { ok: false; error: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function queryKey(query: string): string {
  return normalizeName(query).key;
}

/** Returns a new store with the clearance added (replacing an earlier one for the same query and entry). */
export function recordClearance(store: ClearanceStore | undefined, req: ClearanceRequest): ClearanceResult {
  const key = typeof req?.query === "string" ? queryKey(req.query) : "";
  if (!key) return { ok: false, error: "query has nothing to match" };
  if (!req.entry?.key) return { ok: false, error: "unknown list entry" };
  if (!req.reviewer?.trim()) return { ok: false, error: "reviewer is required" };
  if (!req.reason?.trim()) return { ok: false, error: "reason is required" };
  if (!ISO_DATE.test(req.date ?? "")) return { ok: false, error: "date must be yyyy-mm-dd" };
  if (req.expires !== undefined && (!ISO_DATE.test(req.expires) || req.expires < req.date))
    return { ok: false, error: "expires must be yyyy-mm-dd, not before date" };
  const clearance: Clearance = {
    query: req.query,
    queryKey: key,
    list: req.list,
    entryKey: req.entry.key,
    entryFingerprint: entryFingerprint(req.entry),
    reviewer: req.reviewer.trim(),
    reason: req.reason.trim(),
    date: req.date,
    ...(req.expires ? { expires: req.expires } : {}),
  };
  const rest = (store?.clearances ?? []).filter((c) => !((c.queryKey ?? queryKey(c.query)) === key && c.list === req.list && c.entryKey === req.entry.key));
  return { ok: true, store: { clearances: [...rest, clearance] }, clearance };
}

export type ClearanceState = "valid" | "expired" | "entry_changed";

/** Whether a clearance still applies to the entry as it is now, on `today` (ISO date). */
export function isClearanceValid(c: Clearance, entry: ListEntry, today: string): ClearanceState {
  if (c.entryFingerprint !== entryFingerprint(entry)) return "entry_changed";
  if (c.expires && today > c.expires) return "expired";
  return "valid";
}

/** The clearances of `store` that concern this query key and entry. */
export function clearancesFor(store: ClearanceStore | undefined, key: string, list: string, entryKey: string): Clearance[] {
  const all = Array.isArray(store?.clearances) ? store.clearances : [];
  return all.filter((c) => c && c.list === list && c.entryKey === entryKey && (c.queryKey ?? queryKey(String(c.query ?? ""))) === key);
}
