/** A one-line factory of list entries for the party tests (nomenklatura's tests/matching/factory.py habit). */
import type { ListData, ListEntry, ListId, NameKind } from "../../../../src/core/data/schemas";

let n = 0;
export function e(name: string, opts: { aliases?: string[]; script?: string; ja?: string; iso2?: string; concerns?: ListEntry["concerns"]; no?: string } = {}): ListEntry {
  n++;
  const names: { value: string; kind: NameKind }[] = [{ value: name, kind: "primary" }];
  if (opts.script) names.push({ value: opts.script, kind: "script" });
  if (opts.ja) names.push({ value: opts.ja, kind: "ja" });
  for (const a of opts.aliases ?? []) names.push({ value: a, kind: "alias" });
  return {
    key: `${opts.iso2 ?? "XX"}|${name.toLowerCase()}`,
    entryNo: opts.no ?? String(n),
    name,
    names,
    country: opts.iso2 ? { name: opts.iso2, iso2: opts.iso2 } : undefined,
    concerns: opts.concerns,
    partyType: "entity",
  };
}

export function list(id: ListId, entries: ListEntry[]): ListData {
  return {
    id,
    version: `${id} test`,
    provenance: { publisher: "test", title: id, dataDate: "2025-01-01", effective: "2025-01-01", sourceFile: "test", sha256: "0".repeat(64), importer: "test", importerVersion: "0", counts: {} },
    entries,
  };
}
