/**
 * Recording and finding determinations. A record is validated in full and refused with every
 * problem named (Japanese, with the field) — an incomplete 判定書 never enters the store.
 */
import type { z } from "zod";
import { crossFieldProblems, Determination, type DeterminationStore } from "./schema";
import { normalisePart, normaliseSpec } from "./normalise";

/** Japanese field names for messages (the master file's headers use the same words). */
export const FIELD_LABELS: Record<string, string> = {
  part: "品番",
  spec: "仕様",
  status: "該非",
  items: "項番",
  citations: "根拠条項",
  catchAll: "キャッチオール区分",
  hs: "HSコード",
  reviewer: "判定者",
  date: "判定日",
  reference: "判定書番号",
  lawRevision: "改正基準日",
  rulesVersion: "ルール版",
  expires: "有効期限",
  note: "備考",
};

export function issueMessages(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const field = FIELD_LABELS[String(i.path[0] ?? "")] ?? String(i.path.join(".") || "判定書");
    const msg = i.code === "invalid_type" && i.input === undefined ? "がありません" : `: ${i.message}`;
    return `${field}${msg}`;
  });
}

export type RecordResult = { ok: true; store: DeterminationStore; determination: Determination } | { ok: false; errors: string[] };

/** Validate and add a determination; one with the same 判定書番号 and key replaces the earlier one. */
export function recordDetermination(store: DeterminationStore, input: unknown): RecordResult {
  const parsed = Determination.safeParse(input);
  if (!parsed.success) {
    const errors = issueMessages(parsed.error);
    // The schema stops before cross-field checks when a field fails; add them so all show at once.
    const draft = input && typeof input === "object" ? (input as Parameters<typeof crossFieldProblems>[0]) : {};
    for (const p of crossFieldProblems(draft)) {
      const line = `${FIELD_LABELS[p.path] ?? p.path}: ${p.message}`;
      if (!errors.includes(line)) errors.push(line);
    }
    return { ok: false, errors };
  }
  const d = parsed.data;
  const key = keyOf(d);
  const rest = store.determinations.filter((x) => !(x.reference === d.reference && keyOf(x) === key));
  return { ok: true, store: { determinations: [...rest, d] }, determination: d };
}

function keyOf(d: Determination): string {
  return d.part ? `p:${normalisePart(d.part)}` : `s:${normaliseSpec(d.spec)}`;
}

/**
 * Determinations that speak for a row: by part number when the determination has one (the row
 * must carry the same part), else by its spec text equal to the row's spec.
 */
export function findDeterminations(store: DeterminationStore | undefined, row: { part?: string; spec?: string }): Determination[] {
  if (!store?.determinations.length) return [];
  const part = normalisePart(row.part);
  const spec = normaliseSpec(row.spec);
  return store.determinations.filter((d) => (d.part ? part !== "" && normalisePart(d.part) === part : spec !== "" && normaliseSpec(d.spec) === spec));
}

/** Index for bulk screening: one pass over the store, then lookups per row. */
export function determinationIndex(store: DeterminationStore | undefined): (row: { part?: string; spec?: string }) => Determination[] {
  const byPart = new Map<string, Determination[]>();
  const bySpec = new Map<string, Determination[]>();
  for (const d of store?.determinations ?? []) {
    const [map, k] = d.part ? [byPart, normalisePart(d.part)] : [bySpec, normaliseSpec(d.spec)];
    map.set(k, [...(map.get(k) ?? []), d]);
  }
  return (row) => {
    const part = normalisePart(row.part);
    const spec = normaliseSpec(row.spec);
    return [...(part ? (byPart.get(part) ?? []) : []), ...(spec ? (bySpec.get(spec) ?? []) : [])];
  };
}
