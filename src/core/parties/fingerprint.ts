/**
 * An entry's fingerprint: a hash of what identifies it (names and aliases with their kinds,
 * concern codes, country). A clearance stores it; when METI adds an alias or changes a name the
 * fingerprint changes and the clearance reopens. Addresses and remarks are left out on purpose:
 * a changed address rarely makes a cleared name suspicious again (screening.md).
 */
import type { ListEntry } from "../data/schemas";

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function entryFingerprint(entry: ListEntry): string {
  const parts = [
    `name=${entry.name}`,
    ...entry.names.map((n) => `${n.kind}=${n.value}`).sort(),
    `concerns=${[...(entry.concerns ?? [])].sort().join(",")}`,
    `country=${entry.country?.iso2 ?? entry.country?.name ?? ""}`,
  ].join("\n");
  return fnv1a(parts, 0x811c9dc5).toString(16).padStart(8, "0") + fnv1a(parts, 0x01234567).toString(16).padStart(8, "0");
}
