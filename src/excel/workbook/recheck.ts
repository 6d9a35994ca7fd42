/**
 * Re-check after a list update: screen the same table again with the active data and report the
 * rows whose verdict or list matches changed since the stored run — each with the list change
 * behind it (a new entry, a new alias, changed concern codes, a delisting). Changed rows are
 * marked in the sheet (note + red font on 判定) so the compliance officer can walk through them.
 */
import type { Engine } from "../../core/engine";
import type { ListData, ListEntry } from "../../core/data/schemas";
import type { ClearanceStore } from "../../core/parties";
import type { Verdict } from "../../core/results";
import type { WorkbookPort } from "./port";
import { loadLastRun, screenTable, VERDICT_STYLE, type ScreenRun, type StoredRun } from "./screen-table";

export interface RecheckChange {
  row: number;
  id?: string;
  customer: string;
  country: string;
  before: Verdict;
  after: Verdict;
  /** Entry keys matched now but not before, and the reverse. */
  added: string[];
  removed: string[];
  /** One sentence per list change behind the difference. */
  explanations: string[];
}

export interface RecheckResult {
  previous: StoredRun;
  run: ScreenRun;
  changes: RecheckChange[];
}

export class NoPreviousRunError extends Error {
  constructor() {
    super("前回のスクリーニング記録がありません (no stored run in this workbook: screen it first)");
  }
}

export async function recheck(
  port: WorkbookPort,
  engine: Engine,
  opts: { previousLists?: ListData[]; clearances?: ClearanceStore; now?: Date; user?: string; addinVersion?: string } = {},
): Promise<RecheckResult> {
  const previous = await loadLastRun(port);
  if (!previous) throw new NoPreviousRunError();
  const run = await screenTable(port, engine, {
    ref: { sheet: previous.sheet },
    clearances: opts.clearances,
    now: opts.now,
    user: opts.user,
    addinVersion: opts.addinVersion,
    auditAction: "再チェック",
  });
  const before = new Map(previous.rows.map((r) => [r.r, r]));
  const current = indexEntries(engine.data.lists);
  const prior = opts.previousLists ? indexEntries(opts.previousLists) : undefined;
  const changes: RecheckChange[] = [];
  for (const res of run.results) {
    const old = before.get(res.row);
    const keys = res.decision.party.matches.filter((m) => !m.cleared).map((m) => m.entryKey ?? `${m.list}:${m.entryNo}`);
    const added = keys.filter((k) => !old?.keys.includes(k));
    const removed = (old?.keys ?? []).filter((k) => !keys.includes(k));
    const verdictBefore = old?.v ?? "review";
    if (old && verdictBefore === res.decision.verdict && added.length === 0 && removed.length === 0) continue;
    const explanations = [
      ...added.map((k) => explainAdded(k, current, prior, previous.listsVersion)),
      ...removed.map((k) => explainRemoved(k, current)),
    ];
    if (!old) explanations.push("前回の記録にない行です (row not in the stored run)");
    if (explanations.length === 0) explanations.push(`判定根拠の変更（ルール版 ${previous.rulesVersion} → ${run.versions.rulesVersion}）`);
    changes.push({ row: res.row, id: res.id, customer: res.input.customer, country: res.input.country, before: verdictBefore, after: res.decision.verdict, added, removed, explanations });
  }
  for (const c of changes) {
    await port.writeBlock({
      sheet: run.resultSheet,
      row: run.resultSheet === run.sheet ? c.row : c.row - previous.headerRow,
      col: run.resultCol + (run.resultSheet === run.sheet ? 0 : 1),
      values: [[VERDICT_STYLE[c.after].ja]],
      notes: [[`再チェックで変更: ${VERDICT_STYLE[c.before].ja} → ${VERDICT_STYLE[c.after].ja}\n${c.explanations.join("\n")}`]],
      formats: [[{ fill: VERDICT_STYLE[c.after].fill, bold: true, fontColor: "#C00000" }]],
      allowOverwrite: true,
    });
  }
  await port.flush();
  return { previous, run, changes };
}

function indexEntries(lists: ListData[]): Map<string, { list: ListData; entry: ListEntry }> {
  const m = new Map<string, { list: ListData; entry: ListEntry }>();
  for (const list of lists) for (const entry of list.entries) m.set(entry.key, { list, entry });
  return m;
}

function describe(e: ListEntry, list: ListData): string {
  return `${list.id} No.${e.entryNo} ${e.name}${e.concerns?.length ? `（${e.concerns.join(",")}）` : ""}`;
}

function explainAdded(
  key: string,
  current: Map<string, { list: ListData; entry: ListEntry }>,
  prior: Map<string, { list: ListData; entry: ListEntry }> | undefined,
  priorVersion: string,
): string {
  const now = current.get(key);
  if (!now) return `新たに一致: ${key}`;
  const was = prior?.get(key);
  if (prior && !was) return `新規掲載: ${describe(now.entry, now.list)}（${now.list.version}）`;
  if (was) {
    const oldNames = new Set(was.entry.names.map((n) => n.value));
    const newNames = now.entry.names.filter((n) => !oldNames.has(n.value)).map((n) => n.value);
    const codesBefore = (was.entry.concerns ?? []).join(",");
    const codesAfter = (now.entry.concerns ?? []).join(",");
    const parts: string[] = [];
    if (newNames.length) parts.push(`別名追加: ${newNames.join(" / ")}`);
    if (codesBefore !== codesAfter) parts.push(`懸念区分変更: ${codesBefore || "なし"} → ${codesAfter || "なし"}`);
    if (parts.length) return `${describe(now.entry, now.list)}: ${parts.join("; ")}`;
    return `新たに一致: ${describe(now.entry, now.list)}（照合条件の変更）`;
  }
  return `新たに一致: ${describe(now.entry, now.list)}（前回 ${priorVersion}）`;
}

function explainRemoved(key: string, current: Map<string, { list: ListData; entry: ListEntry }>): string {
  const now = current.get(key);
  if (!now) return `掲載削除または名称変更: ${key}`;
  return `一致しなくなりました: ${describe(now.entry, now.list)}`;
}
