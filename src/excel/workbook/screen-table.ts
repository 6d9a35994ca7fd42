/**
 * Screening a whole order table through the workbook port — the same code for the task pane
 * (Office.js adapter), the CLI (exceljs adapter) and the tests (in-memory adapter).
 *
 * One run: read the table → map columns by header → decide every row (memoised per distinct
 * spec / customer / destination, since order sheets repeat) → write the result columns to the
 * right of the table, or on a new sheet when those cells hold user data → fills, notes, legend →
 * append an audit row → store the run in the workbook so a later re-check can compare.
 */
import { orderId, orderTotalReason, orderTotals, type OrderTotal } from "./order-totals";
import type { Engine } from "../../core/engine";
import type { ClearanceStore } from "../../core/parties";
import type { Classification, Decision, Destination, PartyRisk, Verdict } from "../../core/results";
import type { Block, CellFormat, CellValue, TableData, TableRef, WorkbookPort } from "./port";
import { readStore, writeStore } from "./store";
import { applyDetermination, appliedDetermination, determinationContext, determinationIndex, type DeterminationStore } from "../../core/determinations";
import { loadDeterminationStore } from "./determination-store";

/** Column indexes (0-based, within the table) of the fields a row is screened on. */
export interface ColumnMapping {
  id?: number;
  item?: number;
  spec?: number;
  hs?: number;
  quantity?: number;
  value?: number;
  country?: number;
  customer?: number;
  /** 型番/品番: the key to the 判定書マスタ. */
  part?: number;
}
export type MappingField = keyof ColumnMapping;

/** Header words per field, Japanese and English, most specific first. */
const HEADER_WORDS: Record<MappingField, string[]> = {
  id: ["受注番号", "注文番号", "受注no", "order no", "order id", "order", "no."],
  item: ["品名", "品目", "製品名", "item", "product", "description"],
  spec: ["仕様", "スペック", "spec", "specification", "規格"],
  hs: ["hsコード", "hs code", "hs", "統計品目番号", "関税番号"],
  quantity: ["数量", "qty", "quantity"],
  value: ["金額", "価額", "value", "amount", "price"],
  country: ["仕向地", "仕向国", "仕向け地", "destination", "country", "国"],
  customer: ["需要者", "顧客", "取引先", "customer", "end user", "enduser", "consignee", "客先"],
  part: ["品番", "型番", "部品番号", "part no.", "part no", "part number", "model no.", "model no", "model"],
};

export const RESULT_HEADERS = ["判定", "該非・項番", "根拠", "需要者照合", "仕向地区分", "要確認事項", "チェック日時", "データ版"] as const;

export const VERDICT_STYLE: Record<Verdict, { ja: string; en: string; fill: string }> = {
  prohibited: { ja: "輸出禁止", en: "Prohibited", fill: "#F4B6B6" },
  license_required: { ja: "許可要", en: "Licence required", fill: "#FCD5B4" },
  review: { ja: "要確認", en: "Review", fill: "#FFF2CC" },
  no_license: { ja: "許可不要", en: "No licence", fill: "#E2EFDA" },
};

export const AUDIT_SHEET = "Anpo監査ログ";
export const AUDIT_HEADERS = [
  "日時", "利用者", "アドイン版", "操作", "シート", "行数", "輸出禁止", "許可要", "要確認", "許可不要",
  "適用クリアランス", "ルール版", "リスト版", "リストsha256",
  // Added last so audit sheets written before the 判定書マスタ keep their columns.
  "適用判定書",
];

function normHeader(h: string): string {
  return h.normalize("NFKC").toLowerCase().replace(/[\s_()（）・:：]+/g, " ").trim();
}

/** Map columns by their header text (exact word first, then containment). */
export function guessMapping(headers: string[]): ColumnMapping {
  const norm = headers.map((h) => normHeader(String(h ?? "")));
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  // Two passes: exact header matches win over headers that merely contain a word.
  for (const exact of [true, false]) {
    for (const field of Object.keys(HEADER_WORDS) as MappingField[]) {
      if (mapping[field] !== undefined) continue;
      for (const word of HEADER_WORDS[field]) {
        const i = norm.findIndex((h, j) => !taken.has(j) && h !== "" && (exact ? h === word : h.includes(word)));
        if (i >= 0) {
          mapping[field] = i;
          taken.add(i);
          break;
        }
      }
    }
  }
  return mapping;
}

export interface ScreenOptions {
  ref?: TableRef;
  mapping?: ColumnMapping;
  clearances?: ClearanceStore;
  /**
   * Recorded 判定書 besides those stored in the workbook (the CLI's --determinations file); both
   * apply, and where they disagree on a part the row says so.
   */
  determinations?: DeterminationStore;
  /** The reviewer / user name recorded in the audit log. */
  user?: string;
  now?: Date;
  /** Rows per write (one `sync` in Excel). */
  blockSize?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  addinVersion?: string;
  /** Cell notes on the 判定 column (default true). */
  notes?: boolean;
  /** Store the run in the workbook for re-check (default true). */
  store?: boolean;
  /** What the audit log calls this run (default スクリーニング). */
  auditAction?: string;
}

export interface RowResult {
  /** 0-based sheet row of the data row. */
  row: number;
  id?: string;
  input: { spec: string; country: string; customer: string; hs?: string; valueJpy?: number; part?: string };
  decision: Decision;
}

export interface ScreenRun {
  sheet: string;
  /** Where the result columns were written. */
  resultSheet: string;
  resultCol: number;
  rows: number;
  counts: Record<Verdict, number>;
  results: RowResult[];
  cancelled: boolean;
  clearancesApplied: number;
  /** Rows whose classification was taken from a recorded 判定書. */
  determinationsApplied: number;
  startedAt: string;
  finishedAt: string;
  versions: { rulesVersion: string; listsVersion: string };
  mapping: ColumnMapping;
}

/** What a run leaves in the workbook for re-check: compact per-row facts. */
export interface StoredRun {
  at: string;
  sheet: string;
  headerRow: number;
  resultSheet: string;
  resultCol: number;
  rulesVersion: string;
  listsVersion: string;
  lists: { id: string; version: string; sha256: string }[];
  rows: { r: number; id?: string; v: Verdict; keys: string[]; c: string; n: string }[];
  /** Parts whose 該非判定 stayed 要確認 (for recording 判定書 after the pane is reopened). */
  undecided?: UndecidedPart[];
}

/** A part (or, without a part column, a spec) the engine left 要確認 and no 判定書 decided. */
export interface UndecidedPart {
  part?: string;
  spec: string;
  hs?: string;
  /** The classification cell text. */
  summary: string;
  /** 0-based sheet rows. */
  rows: number[];
}

/** Parts kept for the review list, so the stored run stays small; the sheet's 要確認 cells still show the rest. */
export const UNDECIDED_LIMIT = 500;

export function undecidedParts(results: readonly RowResult[]): UndecidedPart[] {
  const byKey = new Map<string, UndecidedPart>();
  for (const r of results) {
    const c = r.decision.classification;
    if (c.status !== "needs_review" || appliedDetermination(c)) continue;
    const key = r.input.part ? `p:${r.input.part}` : `s:${r.input.spec}`;
    const known = byKey.get(key);
    if (known) known.rows.push(r.row);
    else if (byKey.size < UNDECIDED_LIMIT) byKey.set(key, { ...(r.input.part ? { part: r.input.part } : {}), spec: r.input.spec, ...(r.input.hs ? { hs: r.input.hs } : {}), summary: c.summary ?? c.status, rows: [r.row] });
  }
  return [...byKey.values()];
}

export const RUN_KEY = "lastRun";
export const REVIEW_KEY = "reviews";

export class ScreenInputError extends Error {}

export async function screenTable(port: WorkbookPort, engine: Engine, opts: ScreenOptions = {}): Promise<ScreenRun> {
  const started = opts.now ?? new Date();
  const table = trimToHeader(await port.readTable(opts.ref));
  const mapping = opts.mapping ?? guessMapping(table.headers);
  checkMapping(table, mapping);
  // Before anything is written: a damaged 判定書マスタ in the workbook stops the run (bad input).
  const stored = await loadDeterminationStore(port).catch((e: Error) => {
    throw new ScreenInputError(e.message);
  });
  const dataCols = dataWidth(table);
  const target = await placeResults(port, table, dataCols);
  const determinations = { determinations: [...stored.determinations, ...(opts.determinations?.determinations ?? [])] };
  const decideRow = memoisedDecider(engine, opts.clearances, determinations, (opts.now ?? new Date()).toISOString().slice(0, 10));
  const totals = orderTotals(table.rows, mapping.id, (cells) => rowInput(cells, mapping).valueJpy);
  const versions = engine.versions();
  const blockSize = opts.blockSize ?? 2000;
  const counts: Record<Verdict, number> = { prohibited: 0, license_required: 0, review: 0, no_license: 0 };
  const results: RowResult[] = [];
  let cancelled = false;
  let clearancesApplied = 0;
  let determinationsApplied = 0;
  const stamp = started.toISOString().replace("T", " ").slice(0, 19);
  const version = `${versions.rulesVersion} | ${versions.listsVersion}`;

  // Header row of the result columns (bold, with the legend as a note on 判定).
  await port.writeBlock({
    sheet: target.sheet,
    row: target.headerRow,
    col: target.col,
    values: [target.newSheet ? ["行", ...RESULT_HEADERS] : [...RESULT_HEADERS]],
    formats: [Array(RESULT_HEADERS.length + (target.newSheet ? 1 : 0)).fill({ bold: true, fill: "#D9E1F2" })],
    notes: [[legendNote(), ...Array(RESULT_HEADERS.length - 1 + (target.newSheet ? 1 : 0)).fill(null)]],
    widths: target.newSheet ? [8, 10, 26, 40, 30, 22, 30, 19, 40] : [10, 26, 40, 30, 22, 30, 19, 40],
    allowOverwrite: target.ours,
  });

  for (let start = 0; start < table.rows.length; start += blockSize) {
    if (opts.signal?.aborted) {
      cancelled = true;
      break;
    }
    const slice = table.rows.slice(start, start + blockSize);
    const values: CellValue[][] = [];
    const notes: (string | null)[][] = [];
    const formats: (CellFormat | null)[][] = [];
    slice.forEach((cells, i) => {
      const row = table.headerRow + 1 + start + i;
      const input = rowInput(cells, mapping);
      if (!input.spec && !input.part && !input.customer && !input.country) {
        values.push(Array(RESULT_HEADERS.length + (target.newSheet ? 1 : 0)).fill(null));
        notes.push(Array(values[values.length - 1].length).fill(null));
        formats.push(Array(values[values.length - 1].length).fill(null));
        return;
      }
      const id = mapping.id !== undefined ? str(cells[mapping.id]) : undefined;
      const decision = decideWithOrderTotal(decideRow, input, totals.get(orderId(id)));
      counts[decision.verdict]++;
      clearancesApplied += decision.party.matches.filter((m) => m.cleared).length;
      if (appliedDetermination(decision.classification)) determinationsApplied++;
      results.push({ row, id, input, decision });
      const out = resultCells(decision, stamp, version);
      const style = VERDICT_STYLE[decision.verdict];
      values.push(target.newSheet ? [row + 1, ...out] : out);
      const noteRow: (string | null)[] = Array(out.length).fill(null);
      if (opts.notes !== false) noteRow[0] = decisionNote(decision);
      const fmtRow: (CellFormat | null)[] = Array(out.length).fill(null);
      fmtRow[0] = { fill: style.fill, bold: decision.verdict !== "no_license" };
      notes.push(target.newSheet ? [null, ...noteRow] : noteRow);
      formats.push(target.newSheet ? [null, ...fmtRow] : fmtRow);
    });
    const block: Block = { sheet: target.sheet, row: target.firstDataRow + start, col: target.col, values, notes, formats, allowOverwrite: target.ours };
    await port.writeBlock(block);
    await port.flush();
    opts.onProgress?.(Math.min(start + blockSize, table.rows.length), table.rows.length);
    // Let the UI breathe between blocks (progress bar, Cancel).
    await Promise.resolve();
  }

  const finished = opts.now ?? new Date();
  const run: ScreenRun = {
    sheet: table.sheet,
    resultSheet: target.sheet,
    resultCol: target.col,
    rows: results.length,
    counts,
    results,
    cancelled,
    clearancesApplied,
    determinationsApplied,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    versions: { rulesVersion: versions.rulesVersion, listsVersion: versions.listsVersion },
    mapping,
  };
  await appendAudit(port, engine, run, {
    user: opts.user,
    addinVersion: opts.addinVersion,
    action: opts.auditAction ?? (cancelled ? "スクリーニング(中断)" : "スクリーニング"),
  });
  if (opts.store !== false && !cancelled) await writeStore(port, RUN_KEY, storedRun(run, table, engine));
  await port.flush();
  return run;
}

function checkMapping(table: TableData, mapping: ColumnMapping): void {
  if (table.headers.length === 0) throw new ScreenInputError("表が見つかりません (no table: the sheet is empty)");
  const missing: string[] = [];
  if (mapping.spec === undefined && mapping.item === undefined && mapping.part === undefined) missing.push("品名/仕様 (spec)");
  if (mapping.country === undefined) missing.push("仕向地 (destination)");
  if (mapping.customer === undefined) missing.push("需要者 (customer)");
  if (missing.length) throw new ScreenInputError(`列が見つかりません: ${missing.join(", ")} — map the columns by header or with --map`);
  for (const [field, i] of Object.entries(mapping)) {
    if (i !== undefined && (i < 0 || i >= table.headers.length)) throw new ScreenInputError(`column for ${field} is outside the table`);
  }
}

/** The table is the run of non-empty header cells; a used range may reach further (notes, memos). */
function trimToHeader(t: TableData): TableData {
  const end = t.headers.findIndex((h) => String(h ?? "").trim() === "");
  if (end < 0) return t;
  return { ...t, headers: t.headers.slice(0, end), rows: t.rows.map((r) => r.slice(0, end)) };
}

/** Table width without result columns of an earlier run (those are ours to overwrite). */
function dataWidth(table: TableData): number {
  const h = table.headers;
  for (let i = 0; i + RESULT_HEADERS.length <= h.length; i++) {
    if (RESULT_HEADERS.every((r, j) => h[i + j] === r)) return i;
  }
  return h.length;
}

interface Target {
  /** The result columns already hold our earlier results (recognised by header): ours to overwrite. */
  ours: boolean;
  sheet: string;
  headerRow: number;
  firstDataRow: number;
  col: number;
  newSheet: boolean;
}

/** Right of the table when those cells are empty (or hold our own earlier results), else a new sheet. */
async function placeResults(port: WorkbookPort, table: TableData, dataCols: number): Promise<Target> {
  const col = table.firstCol + dataCols;
  const height = table.rows.length + 1;
  const existing = await port.readBlock(table.sheet, table.headerRow, col, height, RESULT_HEADERS.length);
  const ours = RESULT_HEADERS.every((h, j) => existing[0]?.[j] === h);
  const empty = existing.every((r) => r.every((v) => v === null || v === ""));
  if (ours || empty) return { ours, sheet: table.sheet, headerRow: table.headerRow, firstDataRow: table.headerRow + 1, col, newSheet: false };
  const names = await port.sheetNames();
  let name = `${table.sheet}_判定`.slice(0, 31);
  for (let i = 2; names.includes(name); i++) name = `${table.sheet.slice(0, 24)}_判定${i}`;
  await port.ensureSheet(name);
  return { ours: false, sheet: name, headerRow: 0, firstDataRow: table.headerRow + 1, col: 0, newSheet: true };
}

function str(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).trim();
}

export function rowInput(cells: CellValue[], m: ColumnMapping): RowResult["input"] {
  const item = m.item !== undefined ? str(cells[m.item]) : "";
  const spec = m.spec !== undefined ? str(cells[m.spec]) : "";
  const valueCell = m.value !== undefined ? cells[m.value] : undefined;
  const value = typeof valueCell === "number" ? valueCell : valueCell ? Number(String(valueCell).normalize("NFKC").replace(/[,円¥\s]/g, "")) : NaN;
  const hs = m.hs !== undefined ? str(cells[m.hs]) : "";
  const part = m.part !== undefined ? str(cells[m.part]) : "";
  return {
    // A sheet that names its goods only by 品番 still gets them classified (and never an empty spec).
    spec: [item, spec].filter(Boolean).join(" / ") || part,
    country: m.country !== undefined ? str(cells[m.country]) : "",
    customer: m.customer !== undefined ? str(cells[m.customer]) : "",
    hs: hs || undefined,
    valueJpy: Number.isFinite(value) ? value : undefined,
    ...(part ? { part } : {}),
  };
}

/** A row of a multi-row order is judged on the order's 総価額; the reason says so when it mattered. */
function decideWithOrderTotal(decideRow: (input: RowResult["input"]) => Decision, input: RowResult["input"], total: OrderTotal | undefined): Decision {
  if (!total) return decideRow(input);
  const d = decideRow({ ...input, valueJpy: total.totalJpy });
  if (!d.reasons.some((r) => r.code.startsWith("small_value"))) return d;
  return { ...d, reasons: [...d.reasons, orderTotalReason(total, input.valueJpy)] };
}

/**
 * Decide rows with memos on the parts: specs, customers and destinations repeat across a sheet, so
 * each distinct spec is classified once, each distinct customer screened once per destination, and
 * only the cheap decision step runs per row.
 */
function memoisedDecider(engine: Engine, clearances: ClearanceStore | undefined, determinations: DeterminationStore, today: string) {
  const classifications = new Map<string, Classification>();
  // A recorded 判定書 stands in for the classification step only; parties and destinations as before.
  const findFor = determinationIndex(determinations);
  const ctx = determinations.determinations.length ? determinationContext(engine.data, today) : undefined;
  const destinations = new Map<string, Destination>();
  const parties = new Map<string, PartyRisk>();
  const decisions = new Map<string, Decision>();
  return (input: RowResult["input"]): Decision => {
    const key = JSON.stringify([input.spec, input.country, input.customer, input.hs ?? "", input.valueJpy ?? "", input.part ?? ""]);
    let d = decisions.get(key);
    if (d) return d;
    try {
      const ck = `${input.hs ?? ""}\u0000${input.spec}\u0000${input.part ?? ""}`;
      let classification = classifications.get(ck);
      if (!classification) {
        classification = engine.classify(input.spec, { hs: input.hs });
        const found = ctx ? findFor({ part: input.part, spec: input.spec }) : [];
        if (found.length) classification = applyDetermination(classification, found, ctx!);
        classifications.set(ck, classification);
      }
      let destination = destinations.get(input.country);
      if (!destination) destinations.set(input.country, (destination = engine.destination(input.country)));
      const country = destination.iso2 ?? input.country;
      const pk = `${country}\u0000${input.customer}`;
      let party = parties.get(pk);
      if (!party) parties.set(pk, (party = engine.party(input.customer, { country, clearances })));
      d = engine.decideFrom({ spec: input.spec, country: input.country, customer: input.customer, hs: input.hs, valueJpy: input.valueJpy }, { classification, party, destination });
    } catch (e) {
      // An engine defect on one row must not lose the others: the row says so and needs review.
      d = engineErrorDecision(engine, input, e as Error);
    }
    decisions.set(key, d);
    return d;
  };
}

function engineErrorDecision(engine: Engine, input: RowResult["input"], e: Error): Decision {
  const v = engine.versions();
  const asOf = new Date().toISOString().slice(0, 10);
  return {
    verdict: "review",
    reasons: [{ code: "engine_error", text: `判定できませんでした（内部エラー: ${e.message}）`, citation: "" }],
    classification: { status: "needs_review", matches: [], missing: [], catchAll: "unknown", flags: [], problems: [e.message], rulesVersion: v.rulesVersion, asOf },
    party: { status: "review", matches: [], notes: ["not screened: internal error"], listsVersion: v.listsVersion },
    destination: { status: "needs_review", input: input.country, tables: [], rulesVersion: v.rulesVersion },
    summary: "要確認: 内部エラー",
  };
}

export function resultCells(d: Decision, stamp: string, version: string): CellValue[] {
  const c = d.classification;
  const missing = [
    ...c.missing.map((m) => m.label.ja),
    ...d.reasons.filter((r) => d.verdict === "review" && r.code !== "ok").map((r) => r.text),
  ];
  return [
    VERDICT_STYLE[d.verdict].ja,
    c.summary ?? c.status,
    d.reasons.map((r) => (r.citation ? `${r.text}（${r.citation}）` : r.text)).join("; "),
    d.party.summary ?? d.party.status,
    d.destination.summary ?? (d.destination.group ? `${d.destination.group} ${d.destination.tables.join(",")}` : d.destination.status),
    [...new Set(missing)].join("; "),
    stamp,
    version,
  ];
}

function decisionNote(d: Decision): string {
  const lines = [`${VERDICT_STYLE[d.verdict].ja}: ${d.summary ?? ""}`.trim()];
  const ref = appliedDetermination(d.classification);
  if (ref) lines.push(`該非: ${d.classification.summary ?? ""}（ルール判定に代えて判定書 ${ref} を適用）`);
  for (const r of d.reasons) lines.push(`・${r.text}${r.citation ? `（${r.citation}）` : ""}`);
  const m = d.party.matches[0];
  if (m) lines.push(`需要者: ${m.list} No.${m.entryNo} ${m.name} (${m.score.toFixed(2)}) ${m.why}`);
  return lines.join("\n").slice(0, 2000);
}

function legendNote(): string {
  return ["凡例 (legend):", ...Object.values(VERDICT_STYLE).map((s) => `${s.fill} ${s.ja} / ${s.en}`)].join("\n");
}

async function appendAudit(
  port: WorkbookPort,
  engine: Engine,
  run: ScreenRun,
  meta: { user?: string; addinVersion?: string; action: string },
): Promise<void> {
  const v = engine.versions();
  await port.appendRows(AUDIT_SHEET, AUDIT_HEADERS, [
    [
      run.startedAt.replace("T", " ").slice(0, 19),
      meta.user ?? "",
      meta.addinVersion ?? "",
      meta.action,
      run.sheet,
      run.rows,
      run.counts.prohibited,
      run.counts.license_required,
      run.counts.review,
      run.counts.no_license,
      run.clearancesApplied,
      v.rulesVersion,
      v.listsVersion,
      v.lists.map((l) => `${l.id}:${l.sha256.slice(0, 12)}`).join(" "),
      run.determinationsApplied ?? 0,
    ],
  ]);
}

function storedRun(run: ScreenRun, table: TableData, engine: Engine): StoredRun {
  const v = engine.versions();
  return {
    at: run.startedAt,
    sheet: run.sheet,
    headerRow: table.headerRow,
    resultSheet: run.resultSheet,
    resultCol: run.resultCol,
    rulesVersion: v.rulesVersion,
    listsVersion: v.listsVersion,
    lists: engine.data.lists.map((l) => ({ id: l.id, version: l.version, sha256: l.provenance.sha256 })),
    rows: run.results.map((r) => ({
      r: r.row,
      id: r.id,
      v: r.decision.verdict,
      keys: r.decision.party.matches.filter((m) => !m.cleared).map((m) => m.entryKey ?? `${m.list}:${m.entryNo}`),
      c: r.input.customer,
      n: r.input.country,
    })),
    undecided: undecidedParts(run.results),
  };
}

export async function loadLastRun(port: WorkbookPort): Promise<StoredRun | undefined> {
  return readStore<StoredRun>(port, RUN_KEY);
}

// --- Reviewers' decisions ------------------------------------------------------------------------

export interface Confirmation {
  query: string;
  list: string;
  entryKey: string;
  reviewer: string;
  reason: string;
  date: string;
}
export interface ReviewStore extends ClearanceStore {
  confirmations: Confirmation[];
}

export async function loadReviewStore(port: WorkbookPort): Promise<ReviewStore> {
  const s = await readStore<ReviewStore>(port, REVIEW_KEY);
  return { clearances: s?.clearances ?? [], confirmations: s?.confirmations ?? [] };
}

export async function saveReviewStore(port: WorkbookPort, store: ReviewStore): Promise<void> {
  await writeStore(port, REVIEW_KEY, store);
}

export { appendAudit };
