/**
 * The diff shown before an imported list becomes active: counts plus a few named examples, so the
 * user can see that the file is the revision they meant (e.g. "追加 87 件" for a METI update).
 */
import { diffLists } from "../../core/data/list-diff";
import type { ListData, ListEntry } from "../../core/data/schemas";
import type { DiffCounts } from "./actions";

const EXAMPLES = 8;
const label = (e: ListEntry) => `No.${e.entryNo} ${e.name}${e.country ? `（${e.country.iso2 ?? e.country.name}）` : ""}`;

export function diffCounts(before: ListData | undefined, after: ListData): DiffCounts {
  if (!before) return { added: after.entries.length, removed: 0, changed: 0, examples: after.entries.slice(0, EXAMPLES).map((e) => `追加: ${label(e)}`) };
  const d = diffLists(before, after);
  const examples = [
    ...d.added.map((e) => `追加: ${label(e)}`),
    ...d.changed.map((c) => `変更 (${c.fields.join(", ")}): ${label(c.after)}`),
    ...d.removed.map((e) => `削除: ${label(e)}`),
  ].slice(0, EXAMPLES);
  return { added: d.added.length, removed: d.removed.length, changed: d.changed.length, examples };
}
