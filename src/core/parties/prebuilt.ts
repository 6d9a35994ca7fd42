/**
 * Prebuilt list indexes: each bundled list's names already normalised to terms at
 * `npm run rules:build` (scripts/importers/party-index.ts → rules/party-index/*.json), so the first
 * ENDUSER_RISK call in a fresh runtime interns terms instead of normalising ~20,000 names.
 *
 * A snapshot is used only for the list it was built from: same id, version and fingerprint (a hash
 * of every name, its kind and the entry's country). Any other list — a user's `lists import`, a
 * newer list revision, a list edited in place — is normalised at run time as before, so a stale or
 * missing snapshot costs speed, never a wrong answer. The unit test rebuilds the snapshots from the
 * bundled lists and compares, so a changed normaliser cannot ship with stale snapshots either.
 */
import type { ListData } from "../data/schemas";
import { resolveCountry } from "./country";
import { cjkGramKeys, forEachListName, gramText, GRAM_PREFIX, KIND_CODES, wordTokens, type PrebuiltList, type PrebuiltLookup } from "./name-index";

export const SNAPSHOT_FORMAT = 1;

export interface ListIndexSnapshot extends PrebuiltList {
  format: number;
  list: string;
  version: string;
  fingerprint: string;
}

/** FNV-1a (two seeds → 64 bits) over what the index reads of a list: entries, countries, names and
 *  kinds (~600,000 characters on the first call, so no intermediate strings). */
export function listFingerprint(list: ListData): string {
  const h = new Int32Array([0x811c9dc5, 0x01234567]);
  hashText(h, String(list?.entries?.length ?? 0));
  for (const e of list?.entries ?? []) {
    hashText(h, e.country?.iso2 ?? "");
    hashText(h, e.country?.name ?? "");
    hashText(h, String(e.names?.length ?? 0));
    for (const n of e.names ?? []) {
      hashText(h, n.kind);
      hashText(h, n.value);
    }
  }
  return (h[0] >>> 0).toString(16).padStart(8, "0") + (h[1] >>> 0).toString(16).padStart(8, "0");
}

/** Adds one text and a separator no text contains (so ["ab","c"] and ["a","bc"] differ) to both hashes. */
function hashText(h: Int32Array, s: string): void {
  let h1 = h[0];
  let h2 = h[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  h[0] = Math.imul(h1 ^ 0xffff, 0x01000193);
  h[1] = Math.imul(h2 ^ 0xffff, 0x01000193);
}

/** The snapshot of one list: what buildIndex would derive from it, in the order it would. */
export function snapshotList(list: ListData): ListIndexSnapshot {
  const terms: string[] = [];
  const termIndex = new Map<string, number>();
  const term = (t: string) => {
    let i = termIndex.get(t);
    if (i === undefined) {
      termIndex.set(t, (i = terms.length));
      terms.push(t);
    }
    return i;
  };
  const names: number[][] = [];
  const values: Record<string, string> = {};
  const keys: Record<string, string> = {};
  forEachListName(list, (v) => {
    const i = names.length;
    const tokens = [...new Set(wordTokens(v.norm))].map(term);
    const grams = cjkGramKeys(v.norm).map((k) => term(GRAM_PREFIX + gramText(k)));
    names.push([v.entry, v.written, KIND_CODES.indexOf(v.kind), tokens.length, ...tokens, ...grams]);
    if (v.value !== list.entries[v.entry].names[v.written].value) values[i] = v.value;
    if (v.kind === "acronym") keys[i] = v.norm.key;
  });
  return {
    format: SNAPSHOT_FORMAT,
    list: list.id,
    version: list.version,
    fingerprint: listFingerprint(list),
    iso2: list.entries.map((e) => e.country?.iso2 ?? resolveCountry(e.country?.name) ?? ""),
    terms,
    names,
    values,
    keys,
  };
}

let registered: ListIndexSnapshot[] = [];

/** Makes snapshots available to every screener created afterwards (the bundle registers its own). */
export function registerPrebuiltLists(snapshots: ListIndexSnapshot[]): void {
  const usable = (snapshots ?? []).filter((s) => s?.format === SNAPSHOT_FORMAT && Array.isArray(s.names) && Array.isArray(s.terms));
  registered = [...registered.filter((r) => !usable.some((s) => s.list === r.list && s.fingerprint === r.fingerprint)), ...usable];
}

/** The registered snapshot built from exactly this list, if any. */
export const registeredPrebuilt: PrebuiltLookup = (list) => {
  if (!registered.length) return undefined;
  const candidates = registered.filter((s) => s.list === list.id && s.version === list.version);
  if (!candidates.length) return undefined;
  const fp = listFingerprint(list);
  return candidates.find((s) => s.fingerprint === fp && s.iso2.length === list.entries.length);
};
