/**
 * The 判定書マスタ kept in the workbook (AnpoData, beside the reviewers' decisions), so recorded
 * determinations travel with the file and a re-screen applies them. A damaged or hand-edited
 * document is refused by the schema rather than half-applied.
 */
import { DeterminationStore, emptyDeterminationStore } from "../../core/determinations";
import type { WorkbookPort } from "./port";
import { readStore, STORE_SHEET, writeStore } from "./store";

export const DETERMINATION_KEY = "determinations";

export async function loadDeterminationStore(port: WorkbookPort): Promise<DeterminationStore> {
  const raw = await readStore<unknown>(port, DETERMINATION_KEY);
  if (raw === undefined) return emptyDeterminationStore();
  const parsed = DeterminationStore.safeParse(raw);
  if (!parsed.success) throw new Error(`${STORE_SHEET}: the stored "${DETERMINATION_KEY}" is damaged (${parsed.error.issues[0]?.message ?? "invalid"})`);
  return parsed.data;
}

export async function saveDeterminationStore(port: WorkbookPort, store: DeterminationStore): Promise<void> {
  await writeStore(port, DETERMINATION_KEY, DeterminationStore.parse(store));
}
