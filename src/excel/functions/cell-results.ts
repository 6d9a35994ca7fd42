/**
 * The Office-free half of the ANPO.* custom functions: checking cell arguments, choosing one
 * `field` of a result, composing the cell's summary text, and the memo. `functions.ts` only wraps
 * these in `CustomFunctions.Error`; jest tests this module directly.
 *
 * A cell never shows a silent "clear": an incomplete answer stays 要確認 in the summary, and input
 * the engine cannot read becomes an Excel error with a message (#VALUE! / #N/A), never a throw.
 */
import type { Classification, Decision, Destination, PartyRisk } from "../../core/results";
import type { Engine, VersionInfo } from "../../core/engine";

export type CellScalar = string | number | boolean;

/** Why a cell cannot show a result; mapped to an Excel error code by the caller. */
export class CellInputError extends Error {
  constructor(
    readonly code: "invalidValue" | "notAvailable",
    message: string,
  ) {
    super(message);
    this.name = "CellInputError";
  }
}

// --- Arguments ----------------------------------------------------------------------------------

/** An omitted optional argument arrives as null or undefined (or "" from an empty cell). */
function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A required text argument: strings and numbers (a part number typed as a number) are text. */
export function requiredText(v: unknown, what: string): string {
  if (isBlank(v)) throw new CellInputError("notAvailable", `${what}が空です (empty ${what})`);
  return optionalText(v, what) as string;
}

export function optionalText(v: unknown, what: string): string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  throw new CellInputError("invalidValue", `${what}は文字列で指定してください (${what} must be text, got ${describe(v)})`);
}

/** Excel date serials (1900 system) as the cell passes them: 25569 is 1970-01-01. */
const EXCEL_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** `as_of`: an ISO date text (yyyy-mm-dd, also yyyy/mm/dd) or an Excel date serial. */
export function optionalDate(v: unknown, what = "as_of"): string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "number" && Number.isFinite(v) && v >= 1 && v < 2958466) {
    return new Date(Math.round((Math.floor(v) - EXCEL_EPOCH_SERIAL) * MS_PER_DAY)).toISOString().slice(0, 10);
  }
  if (typeof v === "string") {
    const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(v.normalize("NFKC").trim());
    if (m) {
      const iso = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
      const d = new Date(`${iso}T00:00:00Z`);
      if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso) return iso;
    }
  }
  throw new CellInputError("invalidValue", `${what}は日付 (yyyy-mm-dd) で指定してください (${what} must be a date, got ${describe(v)})`);
}

/** `value_jpy`: a non-negative amount in yen; text such as "1,200,000" or "¥50,000" is accepted. */
export function optionalAmount(v: unknown, what = "value_jpy"): number | undefined {
  if (isBlank(v)) return undefined;
  let n: number = NaN;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const t = v.normalize("NFKC").replace(/[,\s¥円]/g, "");
    if (/^\d+(\.\d+)?$/.test(t)) n = Number(t);
  }
  if (!Number.isFinite(n) || n < 0) throw new CellInputError("invalidValue", `${what}は0以上の金額で指定してください (${what} must be a non-negative amount, got ${describe(v)})`);
  return n;
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 30 ? v.slice(0, 30) + "…" : v);
  if (Array.isArray(v)) return "a range";
  return typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v;
}

// --- Fields -------------------------------------------------------------------------------------

type FieldTable<T> = Record<string, (r: T) => CellScalar>;

const join = (xs: (string | undefined)[]): string => xs.filter((x): x is string => !!x).join("; ");
const unique = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

export const CLASSIFICATION_STATUS_JA: Record<Classification["status"], string> = { listed: "該当", not_listed: "非該当", needs_review: "要確認" };
export const PARTY_STATUS_JA: Record<PartyRisk["status"], string> = { hit: "該当あり", review: "要確認", clear: "該当なし" };
export const VERDICT_JA: Record<Decision["verdict"], string> = { prohibited: "輸出禁止", license_required: "許可要", review: "要確認", no_license: "許可不要" };

export function classificationSummary(c: Classification): string {
  if (c.summary) return c.summary;
  const items = unique(c.matches.map((m) => m.exportOrderItem));
  const missing = unique(c.missing.map((m) => m.label.ja));
  const parts = [CLASSIFICATION_STATUS_JA[c.status]];
  if (items.length) parts.push(items.join(", "));
  if (missing.length) parts.push(`不足: ${missing.join(", ")}`);
  return parts.join(" ");
}

export function partySummary(p: PartyRisk): string {
  if (p.summary) return p.summary;
  const top = p.matches[0];
  const head = PARTY_STATUS_JA[p.status];
  return top ? `${head} ${top.list} ${top.entryNo} ${top.name} (${Math.round(top.score * 100)}%)` : join([head, ...(p.notes ?? [])]);
}

export function destinationSummary(d: Destination): string {
  if (d.summary) return d.summary;
  if (d.status !== "resolved") return join(["要確認", ...(d.notes ?? [])]);
  return `${d.name?.ja ?? d.iso2 ?? d.input}${d.tables.length ? " " + d.tables.join(", ") : ""}`;
}

export function decisionSummary(d: Decision): string {
  if (d.summary) return d.summary;
  return `${VERDICT_JA[d.verdict]}: ${join(d.reasons.map((r) => r.text))}`;
}

export const CLASSIFY_FIELDS: FieldTable<Classification> = {
  summary: classificationSummary,
  status: (c) => c.status,
  status_ja: (c) => CLASSIFICATION_STATUS_JA[c.status],
  item: (c) => unique(c.matches.map((m) => m.exportOrderItem)).join(", "),
  citation: (c) => unique(c.matches.map((m) => m.citation)).join(", "),
  title: (c) => unique(c.matches.map((m) => m.title.ja)).join("; "),
  missing: (c) => unique(c.missing.map((m) => m.label.ja)).join(", "),
  reason: (c) => join(c.matches.flatMap((m) => m.reasons).concat(c.problems ?? [])),
  catch_all: (c) => c.catchAll,
  flags: (c) => c.flags.join(", "),
  problems: (c) => join(c.problems ?? []),
  version: (c) => c.rulesVersion,
  as_of: (c) => c.asOf,
};

export const PARTY_FIELDS: FieldTable<PartyRisk> = {
  summary: partySummary,
  status: (p) => p.status,
  status_ja: (p) => PARTY_STATUS_JA[p.status],
  list: (p) => unique(p.matches.map((m) => m.list)).join(", "),
  entry: (p) => p.matches[0]?.entryNo ?? "",
  name: (p) => p.matches[0]?.name ?? "",
  matched: (p) => p.matches[0]?.matchedName ?? "",
  score: (p) => p.matches.reduce((best, m) => Math.max(best, m.score), 0),
  country: (p) => p.matches[0]?.country ?? "",
  concerns: (p) => unique(p.matches.flatMap((m) => m.concerns ?? [])).join(", "),
  reason: (p) => join(p.matches.map((m) => m.why).concat(p.notes ?? [])),
  count: (p) => p.matches.length,
  notes: (p) => join(p.notes ?? []),
  version: (p) => p.listsVersion,
};

export const DESTINATION_FIELDS: FieldTable<Destination> = {
  summary: destinationSummary,
  status: (d) => d.status,
  iso2: (d) => d.iso2 ?? "",
  name: (d) => d.name?.ja ?? "",
  name_en: (d) => d.name?.en ?? "",
  group: (d) => d.group ?? "",
  tables: (d) => d.tables.join(", "),
  notes: (d) => join(d.notes ?? []),
  version: (d) => d.rulesVersion,
};

export const DECISION_FIELDS: FieldTable<Decision> = {
  summary: decisionSummary,
  verdict: (d) => d.verdict,
  verdict_ja: (d) => VERDICT_JA[d.verdict],
  reason: (d) => join(d.reasons.map((r) => r.text)),
  codes: (d) => d.reasons.map((r) => r.code).join(", "),
  citation: (d) => unique(d.reasons.map((r) => r.citation)).join(", "),
  classification: (d) => classificationSummary(d.classification),
  item: (d) => CLASSIFY_FIELDS.item(d.classification),
  party: (d) => partySummary(d.party),
  destination: (d) => destinationSummary(d.destination),
  group: (d) => d.destination.group ?? "",
  tables: (d) => d.destination.tables.join(", "),
};

/** Japanese names users may type for a field (full-width and case are normalised first). */
const FIELD_ALIASES: Record<string, string> = {
  概要: "summary",
  状態: "status",
  判定: "status",
  項番: "item",
  該当項: "item",
  根拠: "citation",
  条項: "citation",
  不足: "missing",
  理由: "reason",
  スコア: "score",
  グループ: "group",
  別表: "tables",
  結論: "verdict",
  許可要否: "verdict",
  版: "version",
};

/** Picks one field of a result; an unknown field is #VALUE! naming the valid ones. */
export function selectField<T>(result: T, field: unknown, table: FieldTable<T>): CellScalar {
  const name = optionalText(field, "field");
  if (name === undefined) return table.summary(result);
  const key = name.normalize("NFKC").toLowerCase().replace(/[\s-]+/g, "_");
  const resolved = FIELD_ALIASES[key] ?? key;
  const pick = Object.prototype.hasOwnProperty.call(table, resolved) ? table[resolved] : undefined;
  if (!pick) throw new CellInputError("invalidValue", `不明な field "${name}" (unknown field; use one of: ${Object.keys(table).join(", ")})`);
  return pick(result);
}

// --- LISTS() ------------------------------------------------------------------------------------

export const LISTS_HEADER = ["種別 kind", "ID", "版 version", "名称 title", "発行 publisher", "データ日付 date", "施行日 effective", "件数 entries", "sha256"];

/** The active list and rule versions as a 2-D array (header first) for a spilled range. */
export function versionsTable(v: VersionInfo, ruleSources: { id: string; title: string; publisher: string; date: string; effective: string; count: number; sha256: string }[]): CellScalar[][] {
  const rows: CellScalar[][] = [LISTS_HEADER];
  for (const l of v.lists) rows.push(["list", l.id, `${l.id} ${l.date}`, l.title, l.publisher, l.date, l.effective, l.entries, l.sha256]);
  for (const r of ruleSources) rows.push(["rules", r.id, `${r.id} ${r.effective}`, r.title, r.publisher, r.date, r.effective, r.count, r.sha256]);
  return rows;
}

/** The provenance of the engine's rule data (law XML and parameter rules) as LISTS() rows. */
export function ruleSourcesOf(engine: Engine): Parameters<typeof versionsTable>[1] {
  const { controlTree, exportOrder, params } = engine.data;
  const v = engine.versions();
  return [
    { id: "貨物等省令", p: controlTree.provenance, count: v.controlTree.nodes },
    { id: "輸出令", p: exportOrder.provenance, count: Object.values(v.tables).reduce((a, b) => a + b, 0) },
  ]
    .map(({ id, p, count }) => ({ id, title: p.title, publisher: p.publisher, date: p.dataDate, effective: p.effective, count, sha256: p.sha256 }))
    .concat([{ id: "params", title: "パラメータ規則 (parameter rules)", publisher: "Anpo Screen", date: params.version, effective: params.version, count: params.rules.length, sha256: "" }]);
}

// --- Memo ---------------------------------------------------------------------------------------

/** A small LRU: recalculation of a filled-down column asks for the same arguments many times. */
export class LruMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(readonly capacity = 500) {}

  get size(): number {
    return this.map.size;
  }

  getOrCompute(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) {
      // Refresh recency: Map iteration order is insertion order.
      this.map.delete(key);
      this.map.set(key, hit as V);
      return hit as V;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}

/** One memo for every function of the runtime; cleared whenever the engine's data changes. */
export const cellMemo = new LruMemo<unknown>(1000);

export function memoKey(fn: string, args: unknown[]): string {
  return JSON.stringify([fn, ...args.map((a) => (a === undefined ? null : a))]);
}

// --- Running a cell -----------------------------------------------------------------------------

/** Makes the host's error value (CustomFunctions.Error in Excel, a stand-in in tests). */
export type ErrorFactory = (code: CellInputError["code"], message: string) => unknown;

/**
 * Runs one cell's computation: bad input becomes the Excel error the factory makes; an unexpected
 * engine failure becomes #N/A with its message, so nothing is ever thrown raw into Excel.
 */
export function runCell<T>(compute: () => T, makeError: ErrorFactory): T {
  try {
    return compute();
  } catch (e) {
    if (e instanceof CellInputError) throw makeError(e.code, e.message);
    throw makeError("notAvailable", `Anpo Screen 内部エラー (internal error): ${e instanceof Error ? e.message : String(e)}`);
  }
}
