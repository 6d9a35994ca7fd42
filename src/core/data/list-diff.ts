/**
 * What changed between two revisions of one list — the basis of "re-check after a list update".
 *
 * Entries are matched by their stable `key` (list + country + primary name), never by row number
 * (the End User List renumbers every revision). An entry whose primary name changed gets a new
 * key; it is still recognised as the same entry when it stays in the same country and shares a
 * name with the old one (its old name kept as an alias, or an alias in common) — reported as
 * changed with field "name", not as one removal plus one addition. Names compare by identity
 * (NFKC, case, punctuation and spacing ignored), so a re-wrapped line is not a change. Pure.
 */
import { identityName } from "./entry-key";
import type { ListData, ListEntry, NameKind } from "./schemas";

export type DiffField = "name" | "aliases" | "country" | "concerns" | "address";

export interface EntryChange {
  /** The newer entry's key (the older's is `before.key`; they differ for a renamed entry). */
  key: string;
  before: ListEntry;
  after: ListEntry;
  fields: DiffField[];
  aliasesAdded: string[];
  aliasesRemoved: string[];
  concernsBefore: string[];
  concernsAfter: string[];
}

export interface ListDiff {
  added: ListEntry[];
  removed: ListEntry[];
  changed: EntryChange[];
  unchanged: number;
}

const MAIN_KINDS: ReadonlySet<NameKind> = new Set(["primary", "script", "ja"]);

const mainNames = (e: ListEntry) => new Set(e.names.filter((n) => MAIN_KINDS.has(n.kind)).map((n) => identityName(n.value)).concat(identityName(e.name)));
const aliasValues = (e: ListEntry) => e.names.filter((n) => !MAIN_KINDS.has(n.kind));
const allNames = (e: ListEntry) => new Set(e.names.map((n) => identityName(n.value)).concat(identityName(e.name)));
const countryOf = (e: ListEntry) => e.country?.iso2 ?? (e.country ? identityName(e.country.name) : "");
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const sortedConcerns = (e: ListEntry) => [...(e.concerns ?? [])].sort();

/** The differences of one matched pair (empty fields = unchanged). */
export function compareEntries(before: ListEntry, after: ListEntry): EntryChange {
  const fields: DiffField[] = [];
  if (!sameSet(mainNames(before), mainNames(after))) fields.push("name");
  const oldAliases = new Set(aliasValues(before).map((n) => identityName(n.value)));
  const newAliases = new Set(aliasValues(after).map((n) => identityName(n.value)));
  const aliasesAdded = [...new Set(aliasValues(after).filter((n) => !oldAliases.has(identityName(n.value))).map((n) => n.value))];
  const aliasesRemoved = [...new Set(aliasValues(before).filter((n) => !newAliases.has(identityName(n.value))).map((n) => n.value))];
  if (aliasesAdded.length || aliasesRemoved.length) fields.push("aliases");
  if (countryOf(before) !== countryOf(after)) fields.push("country");
  const concernsBefore = sortedConcerns(before), concernsAfter = sortedConcerns(after);
  if (concernsBefore.join() !== concernsAfter.join()) fields.push("concerns");
  if (identityName(before.address ?? "") !== identityName(after.address ?? "")) fields.push("address");
  return { key: after.key, before, after, fields, aliasesAdded, aliasesRemoved, concernsBefore, concernsAfter };
}

/**
 * Pair up entries left over after key matching: same country and at least one name in common,
 * most names in common first; each entry pairs at most once, ties stay unpaired (honest: shown as
 * removed + added rather than guessed).
 */
function pairRenamed(olds: ListEntry[], news: ListEntry[]): [ListEntry, ListEntry][] {
  const candidates: { o: ListEntry; n: ListEntry; common: number }[] = [];
  const oldNames = new Map(olds.map((o) => [o, allNames(o)]));
  for (const n of news) {
    const nn = allNames(n);
    for (const o of olds) {
      if (countryOf(o) !== countryOf(n)) continue;
      const common = [...oldNames.get(o)!].filter((x) => x && nn.has(x)).length;
      if (common > 0) candidates.push({ o, n, common });
    }
  }
  candidates.sort((a, b) => b.common - a.common);
  const usedO = new Set<ListEntry>(), usedN = new Set<ListEntry>();
  const pairs: [ListEntry, ListEntry][] = [];
  for (const c of candidates) {
    if (usedO.has(c.o) || usedN.has(c.n)) continue;
    const rivals = candidates.filter((x) => x !== c && x.common === c.common && !usedO.has(x.o) && !usedN.has(x.n) && (x.o === c.o || x.n === c.n));
    if (rivals.length) continue; // ambiguous: leave both sides unpaired
    usedO.add(c.o);
    usedN.add(c.n);
    pairs.push([c.o, c.n]);
  }
  return pairs;
}

export function diffLists(older: ListData, newer: ListData): ListDiff {
  const oldByKey = new Map(older.entries.map((e) => [e.key, e]));
  const newKeys = new Set(newer.entries.map((e) => e.key));
  const changed: EntryChange[] = [];
  let unchanged = 0;
  const unmatchedNew: ListEntry[] = [];
  for (const n of newer.entries) {
    const o = oldByKey.get(n.key);
    if (!o) {
      unmatchedNew.push(n);
      continue;
    }
    const c = compareEntries(o, n);
    if (c.fields.length) changed.push(c);
    else unchanged++;
  }
  const unmatchedOld = older.entries.filter((e) => !newKeys.has(e.key));
  const renamed = pairRenamed(unmatchedOld, unmatchedNew);
  const pairedO = new Set(renamed.map(([o]) => o)), pairedN = new Set(renamed.map(([, n]) => n));
  for (const [o, n] of renamed) {
    const c = compareEntries(o, n);
    if (!c.fields.includes("name")) c.fields.unshift("name"); // the key changed: the name did, if only in form
    changed.push(c);
  }
  return {
    added: unmatchedNew.filter((e) => !pairedN.has(e)),
    removed: unmatchedOld.filter((e) => !pairedO.has(e)),
    changed,
    unchanged,
  };
}
