/**
 * What the task pane can do, as plain async functions. Components receive these as props and
 * never touch Office.js, the engine or storage themselves (STYLE.md §1): `createActions` binds
 * them to a workbook port (Office.js in Excel, the in-memory workbook in tests and the harness),
 * the engine, and browser storage for imported lists.
 */
import type { Engine } from "../../core/engine";
import { ListId, type ListData, type ListEntry } from "../../core/data/schemas";
import type { Clearance } from "../../core/parties";
import { entryFingerprint } from "../../core/parties/fingerprint";
import type { PartyMatch, Verdict } from "../../core/results";
import type { WorkbookPort } from "../workbook/port";
import { guessMapping, loadLastRun, loadReviewStore, saveReviewStore, screenTable, undecidedParts, type ColumnMapping, type ReviewStore, type ScreenRun, type StoredRun, type UndecidedPart } from "../workbook/screen-table";
import { recheck as recheckTable, type RecheckChange } from "../workbook/recheck";
import { ListStore, type KeyValueStore } from "./list-store";
import { determinationContext, findDeterminations, recordDetermination, type DeterminationStore } from "../../core/determinations";
import { loadDeterminationStore, saveDeterminationStore } from "../workbook/determination-store";

/** Optional port members the task pane uses when the adapter offers them. */
export interface TaskpanePort extends WorkbookPort {
  select?(range: { sheet: string; row: number; col: number; rows?: number; cols?: number }): Promise<void>;
  freezeFormulas?(range?: undefined, note?: string): Promise<number>;
}

export interface TableInfo {
  sheet: string;
  headers: string[];
  rows: number;
  mapping: ColumnMapping;
}

export interface RunSummary {
  sheet: string;
  resultSheet: string;
  rows: number;
  counts: Record<Verdict, number>;
  clearancesApplied: number;
  /** Rows classified by a recorded 判定書 instead of the rule engine. */
  determinationsApplied?: number;
  seconds: number;
  cancelled: boolean;
  /** 0-based sheet row of the first row per verdict (jump-to-row). */
  firstRow: Partial<Record<Verdict, number>>;
}

export interface ReviewItem {
  /** Unique per row and entry. */
  id: string;
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  customer: string;
  country: string;
  status: "hit" | "review";
  list: string;
  entryNo: string;
  entryKey: string;
  name: string;
  matchedName: string;
  score: number;
  why: string;
  decision?: { kind: "cleared" | "confirmed"; by: string; on: string; reason: string; expires?: string };
}

export interface ReviewDecisionInput {
  kind: "confirm" | "clear";
  reviewer: string;
  reason: string;
  expires?: string;
}

/**
 * A part (or, without a part column, a spec) whose 該非判定 the engine left 要確認 in the last run:
 * the reviewer can record the company's 判定書 for it, and a re-screen applies it.
 */
export interface ClassificationItem {
  /** Unique per part / spec. */
  id: string;
  sheet: string;
  /** 0-based sheet rows with this part. */
  rows: number[];
  part?: string;
  spec: string;
  hs?: string;
  /** The classification cell text (要確認: …). */
  summary: string;
  /** Determinations already recorded for it (stale, expired or in conflict when the row is still 要確認). */
  recorded: { reference: string; status: "listed" | "not_listed"; reviewer: string; date: string; lawRevision: string }[];
}

export interface DeterminationInput {
  status: "listed" | "not_listed";
  /** 輸出令別表第1 items of a 該当 determination, e.g. "7項(1)" (several separated by ・ or ,). */
  items?: string;
  hs?: string;
  reference: string;
  reviewer: string;
  expires?: string;
}

export interface RecheckView {
  since: string;
  /** Sheet of the re-checked table. */
  sheet: string;
  changes: RecheckChange[];
}

export interface ListInfo {
  id: string;
  version: string;
  title: string;
  publisher: string;
  date: string;
  effective: string;
  entries: number;
  source: "bundled" | "imported";
  ageDays: number;
  previousVersion?: string;
}

export interface ListsView {
  rulesVersion: string;
  lists: ListInfo[];
}

export interface ImportPreview {
  id: string;
  title: string;
  version: string;
  entries: number;
  added: number;
  removed: number;
  changed: number;
  /** A few lines naming what changed, for the reader to check before activating. */
  examples: string[];
}

export interface TaskpaneActions {
  readTable(): Promise<TableInfo>;
  screen(mapping: ColumnMapping, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<RunSummary>;
  jumpTo(sheet: string, row: number): Promise<void>;
  reviewItems(): Promise<ReviewItem[]>;
  decideReview(item: ReviewItem, input: ReviewDecisionInput): Promise<void>;
  classificationItems(): Promise<ClassificationItem[]>;
  /** Validate and store a 判定書 for the item's part in the workbook; refused with the problems named. */
  recordDetermination(item: ClassificationItem, input: DeterminationInput): Promise<void>;
  recheck(): Promise<RecheckView>;
  lists(): Promise<ListsView>;
  previewImport(file: { name: string; bytes: Uint8Array }): Promise<ImportPreview>;
  activateImport(): Promise<string>;
  discardImport(): void;
  restorePrevious(id: string): Promise<string>;
  getUser(): string;
  setUser(name: string): void;
  freeze(): Promise<number>;
}

/** Counts of a list diff; the lists helper's `diffLists` result is read through this shape. */
export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  examples: string[];
}

export interface ActionDeps {
  port: TaskpanePort;
  /** The engine over the active data (re-read after lists change). */
  engine: () => Engine;
  setActiveLists: (lists: ListData[]) => void;
  /** Lists bundled with the add-in (rules/). */
  bundledLists: ListData[];
  storage: KeyValueStore;
  importListFile: (file: { name: string; bytes: Uint8Array }) => Promise<ListData>;
  diffLists: (before: ListData | undefined, after: ListData) => DiffCounts;
  addinVersion: string;
  now?: () => Date;
}

const USER_KEY = "anpo.user";
const DAY = 86_400_000;

export function createActions(deps: ActionDeps): TaskpaneActions {
  const now = deps.now ?? (() => new Date());
  const store = new ListStore(deps.storage);
  let lastRun: ScreenRun | undefined;
  let pending: ListData | undefined;
  let user = deps.storage.getSync?.(USER_KEY) ?? "";

  const activeLists = async () => store.effective(deps.bundledLists);
  const apply = async () => deps.setActiveLists(await activeLists());

  return {
    async readTable() {
      const t = await deps.port.readTable();
      return { sheet: t.sheet, headers: t.headers, rows: t.rows.length, mapping: guessMapping(t.headers) };
    },

    async screen(mapping, onProgress, signal) {
      const started = Date.now();
      const reviews = await loadReviewStore(deps.port);
      const run = await screenTable(deps.port, deps.engine(), {
        mapping,
        clearances: reviews,
        user,
        now: now(),
        onProgress,
        signal,
        addinVersion: deps.addinVersion,
      });
      lastRun = run;
      const firstRow: Partial<Record<Verdict, number>> = {};
      for (const r of run.results) if (firstRow[r.decision.verdict] === undefined) firstRow[r.decision.verdict] = r.row;
      return {
        sheet: run.sheet,
        resultSheet: run.resultSheet,
        rows: run.rows,
        counts: run.counts,
        clearancesApplied: run.clearancesApplied,
        determinationsApplied: run.determinationsApplied,
        seconds: (Date.now() - started) / 1000,
        cancelled: run.cancelled,
        firstRow,
      };
    },

    async jumpTo(sheet, row) {
      await deps.port.select?.({ sheet, row, col: 0 });
    },

    async reviewItems() {
      const reviews = await loadReviewStore(deps.port);
      if (lastRun) return itemsFromRun(lastRun, reviews);
      // Reopened pane or workbook: rebuild from the run stored in the workbook, so reviewers
      // continue where they left off instead of facing an empty list until the next run.
      const stored = await loadLastRun(deps.port);
      return stored ? itemsFromStoredRun(stored, reviews, deps.engine()) : [];
    },

    async decideReview(item, input) {
      if (!input.reviewer.trim() || !input.reason.trim()) throw new Error("reviewer and reason are required");
      const reviews = await loadReviewStore(deps.port);
      const date = now().toISOString().slice(0, 10);
      const same = (c: { query: string; entryKey: string }) => c.query === item.customer && c.entryKey === item.entryKey;
      reviews.clearances = reviews.clearances.filter((c) => !same(c));
      reviews.confirmations = reviews.confirmations.filter((c) => !same(c));
      if (input.kind === "clear") {
        const entry = findEntry(deps.engine().data.lists, item.entryKey);
        const clearance: Clearance = {
          query: item.customer,
          list: item.list,
          entryKey: item.entryKey,
          entryFingerprint: entry ? entryFingerprint(entry) : "",
          reviewer: input.reviewer.trim(),
          reason: input.reason.trim(),
          date,
          ...(input.expires ? { expires: input.expires } : {}),
        };
        reviews.clearances.push(clearance);
      } else {
        reviews.confirmations.push({ query: item.customer, list: item.list, entryKey: item.entryKey, reviewer: input.reviewer.trim(), reason: input.reason.trim(), date });
      }
      await saveReviewStore(deps.port, reviews);
      await deps.port.flush();
    },

    async classificationItems() {
      const store = await loadDeterminationStore(deps.port);
      if (lastRun) return classificationItemsOf(lastRun.sheet, undecidedParts(lastRun.results), store);
      // Reopened pane or workbook: the parts the stored run left undecided.
      const stored = await loadLastRun(deps.port);
      return stored ? classificationItemsOf(stored.sheet, stored.undecided ?? [], store) : [];
    },

    async recordDetermination(item, input) {
      const engine = deps.engine();
      const store = await loadDeterminationStore(deps.port);
      const date = now().toISOString().slice(0, 10);
      const items = (input.items ?? "").normalize("NFKC").split(/[,、・\s]+/).map((x) => x.trim()).filter(Boolean);
      const r = recordDetermination(store, {
        ...(item.part ? { part: item.part } : { spec: item.spec }),
        status: input.status,
        ...(items.length ? { items } : {}),
        ...(input.hs?.trim() ? { hs: input.hs.trim() } : {}),
        reference: input.reference,
        reviewer: input.reviewer,
        date,
        // Recorded now, against the law text the engine carries.
        lawRevision: determinationContext(engine.data, date).lawRevision,
        rulesVersion: engine.versions().rulesVersion,
        ...(input.expires ? { expires: input.expires } : {}),
      });
      if (!r.ok) throw new Error(r.errors.join("、"));
      await saveDeterminationStore(deps.port, r.store);
      await deps.port.flush();
    },

    async recheck() {
      const reviews = await loadReviewStore(deps.port);
      const previousLists = await store.previousLists(deps.bundledLists);
      const result = await recheckTable(deps.port, deps.engine(), { previousLists, clearances: reviews, now: now(), user, addinVersion: deps.addinVersion });
      lastRun = result.run;
      return { since: result.previous.at, sheet: result.run.sheet, changes: result.changes };
    },

    async lists() {
      const engine = deps.engine();
      const lists = await activeLists();
      const imported = await store.importedIds();
      const today = now().getTime();
      const infos: ListInfo[] = [];
      for (const l of lists) {
        const previous = await store.previous(l.id);
        infos.push({
          id: l.id,
          version: l.version,
          title: l.provenance.title,
          publisher: l.provenance.publisher,
          date: l.provenance.dataDate,
          effective: l.provenance.effective,
          entries: l.entries.length,
          source: imported.includes(l.id) ? "imported" : "bundled",
          ageDays: Math.floor((today - Date.parse(l.provenance.dataDate)) / DAY),
          previousVersion: previous?.version,
        });
      }
      return { rulesVersion: engine.versions().rulesVersion, lists: infos };
    },

    async previewImport(file) {
      const list = await deps.importListFile(file);
      const current = (await activeLists()).find((l) => l.id === list.id);
      const diff = deps.diffLists(current, list);
      pending = list;
      return { id: list.id, title: list.provenance.title, version: list.version, entries: list.entries.length, ...diff };
    },

    async activateImport() {
      if (!pending) throw new Error("nothing to activate: import a file first");
      const current = (await activeLists()).find((l) => l.id === pending!.id);
      await store.activate(pending, current);
      const version = pending.version;
      pending = undefined;
      await apply();
      return version;
    },

    discardImport() {
      pending = undefined;
    },

    async restorePrevious(id) {
      const restored = await store.restore(id);
      await apply();
      return restored.version;
    },

    getUser: () => user,
    setUser(name) {
      user = name.trim();
      void deps.storage.set(USER_KEY, user);
    },

    async freeze() {
      if (!deps.port.freezeFormulas) throw new Error("this workbook adapter cannot freeze formulas");
      const v = deps.engine().versions();
      const stamp = now().toISOString().replace("T", " ").slice(0, 19);
      const n = await deps.port.freezeFormulas(undefined, `値に固定 ${stamp}${user ? ` (${user})` : ""}\n${v.rulesVersion} | ${v.listsVersion}`);
      await deps.port.flush();
      return n;
    },
  };
}

function findEntry(lists: ListData[], key: string): ListEntry | undefined {
  return findListed(lists, key)?.entry;
}

const matchKey = (m: PartyMatch) => m.entryKey ?? `${m.list}:${m.entryNo}`;

/** A reviewer's earlier decision on this customer and entry, if any (a clearance wins). */
function decisionFor(reviews: ReviewStore, customer: string, entryKey: string): ReviewItem["decision"] {
  const cleared = reviews.clearances.find((c) => c.query === customer && c.entryKey === entryKey);
  if (cleared) return { kind: "cleared", by: cleared.reviewer, on: cleared.date, reason: cleared.reason, expires: cleared.expires };
  const confirmed = reviews.confirmations.find((c) => c.query === customer && c.entryKey === entryKey);
  return confirmed ? { kind: "confirmed", by: confirmed.reviewer, on: confirmed.date, reason: confirmed.reason } : undefined;
}

function item(sheet: string, row: number, customer: string, country: string, status: ReviewItem["status"], m: PartyMatch, reviews: ReviewStore): ReviewItem {
  const entryKey = matchKey(m);
  return {
    id: `${row}|${entryKey}`,
    sheet,
    row,
    customer,
    country,
    status,
    list: m.list,
    entryNo: m.entryNo,
    entryKey,
    name: m.name,
    matchedName: m.matchedName,
    score: m.score,
    why: m.why,
    decision: decisionFor(reviews, customer, entryKey),
  };
}

/** Every hit / review match of a run made in this session (cleared ones included, with their decision). */
function itemsFromRun(run: ScreenRun, reviews: ReviewStore): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const r of run.results) {
    const party = r.decision.party;
    if (party.status === "clear") continue;
    for (const m of party.matches) items.push(item(run.sheet, r.row, r.input.customer, r.input.country, party.status, m, reviews));
  }
  return items;
}

/**
 * The review list of a stored run. The workbook keeps per row only the entry keys still open
 * (cleared matches are left out) and the customer and country, so the keys a reviewer decided on
 * come back from the review store, and the match details (score, why) from screening the customer
 * again — the same call `decide` makes. A stored key the active lists no longer match stays listed
 * as 要確認 with the list entry, never silently dropped.
 */
function itemsFromStoredRun(run: StoredRun, reviews: ReviewStore, engine: Engine): ReviewItem[] {
  const decided = new Map<string, Set<string>>();
  for (const c of [...reviews.clearances, ...reviews.confirmations]) {
    const keys = decided.get(c.query) ?? new Set<string>();
    keys.add(c.entryKey);
    decided.set(c.query, keys);
  }
  const memo = new Map<string, ReturnType<Engine["party"]>>();
  const screen = (customer: string, country: string) => {
    const k = `${customer}\u0000${country}`;
    let p = memo.get(k);
    if (!p) {
      const dest = engine.destination(country);
      p = engine.party(customer, { country: dest.iso2 ?? country });
      memo.set(k, p);
    }
    return p;
  };
  const items: ReviewItem[] = [];
  for (const row of run.rows) {
    const wanted = new Set([...row.keys, ...(decided.get(row.c) ?? [])]);
    if (wanted.size === 0) continue;
    const party = screen(row.c, row.n);
    const status: ReviewItem["status"] = party.status === "hit" ? "hit" : "review";
    const found = new Set<string>();
    for (const m of party.matches) {
      if (!wanted.has(matchKey(m))) continue;
      found.add(matchKey(m));
      items.push(item(run.sheet, row.r, row.c, row.n, status, m, reviews));
    }
    // Matched when the run was made but not by the active lists (updated since): still to review.
    for (const key of row.keys) {
      if (found.has(key)) continue;
      const hit = findListed(engine.data.lists, key);
      // Entry keys start with the list id (see ListEntry.key).
      const list = hit?.list.id ?? ListId.safeParse(key.split(/[|:]/)[0]).data;
      if (!list) continue; // not a key this add-in wrote; nothing a reviewer could decide on
      const m: PartyMatch = { list, entryNo: hit?.entry.entryNo ?? "", entryKey: key, name: hit?.entry.name ?? key, matchedName: "", score: 0, why: STALE_WHY };
      items.push(item(run.sheet, row.r, row.c, row.n, "review", m, reviews));
    }
  }
  return items;
}

/** One review card per part the run left 要確認, with the 判定書 already recorded for it (stale, expired or in conflict). */
function classificationItemsOf(sheet: string, parts: UndecidedPart[], store: DeterminationStore): ClassificationItem[] {
  return parts.map((p) => ({
    id: p.part ? `part:${p.part}` : `spec:${p.spec}`,
    sheet,
    rows: p.rows,
    ...(p.part ? { part: p.part } : {}),
    spec: p.spec,
    ...(p.hs ? { hs: p.hs } : {}),
    summary: p.summary,
    recorded: findDeterminations(store, { part: p.part, spec: p.spec }).map((d) => ({ reference: d.reference, status: d.status, reviewer: d.reviewer, date: d.date, lawRevision: d.lawRevision })),
  }));
}

const STALE_WHY = "前回の実行で一致（現在のリストでは一致せず、再チェックで確認してください）";

function findListed(lists: ListData[], key: string): { list: ListData; entry: ListEntry } | undefined {
  for (const list of lists) for (const entry of list.entries) if (entry.key === key) return { list, entry };
  return undefined;
}
