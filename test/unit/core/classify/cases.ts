/**
 * The labelled set test/fixtures/classify/*.jsonl (one file per area, ids unique across files) and
 * how a result is scored against it (tests and bench).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Classification } from "../../../../src/core/results";

export interface LabelledCase {
  id: string;
  bucket: string;
  spec: string;
  hs?: string;
  note?: string;
  expect: { status: Classification["status"]; items?: string[]; citations?: string[]; missing?: string[]; catchAll?: string; flags?: string[] };
}

export const AS_OF = "2026-06-01";

/** The labelled cases, from the repository at `root` (a bundled bench child has no __dirname of its own). */
export function readCases(root = join(__dirname, "..", "..", "..", "..")): LabelledCase[] {
  const dir = join(root, "test", "fixtures", "classify");
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort();
  const cases = files.flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LabelledCase),
  );
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.id)) throw new Error(`labelled case id ${c.id} appears twice`);
    seen.add(c.id);
  }
  return cases;
}

/** Differences between a result and its label (empty = correct). */
export function score(c: LabelledCase, r: Classification): string[] {
  const out: string[] = [];
  const e = c.expect;
  if (r.status !== e.status) out.push(`status ${r.status} ≠ ${e.status}`);
  const listed = r.matches.filter((m) => m.match === "listed");
  if (e.status === "listed") {
    const got = [...new Set(listed.map((m) => m.exportOrderItem))].sort();
    const want = [...new Set(e.items ?? [])].sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`items ${got.join(",")} ≠ ${want.join(",")}`);
  }
  for (const cit of e.citations ?? []) if (!r.matches.some((m) => m.citation === cit)) out.push(`no match citing ${cit}`);
  for (const p of e.missing ?? []) if (!r.missing.some((m) => m.param === p)) out.push(`missing lacks ${p}`);
  if (e.catchAll && r.catchAll !== e.catchAll) out.push(`catchAll ${r.catchAll} ≠ ${e.catchAll}`);
  for (const f of e.flags ?? []) if (!r.flags.includes(f)) out.push(`flags lack ${f}`);
  return out;
}
