/**
 * 判定書マスタ as a table (CSV / XLSX rows): headers in Japanese or English, one determination per
 * row. Every row is validated; the caller refuses the whole file when any row fails (never
 * half-applied), so errors carry the file's line numbers.
 */
import { FIELD_LABELS, recordDetermination } from "./record";
import { emptyDeterminationStore, type Determination } from "./schema";

type Field = keyof Determination;

/** Header words per field, compared after NFKC, case and spacing folding. */
export const MASTER_HEADERS: Record<Field, string[]> = {
  part: ["品番", "型番", "部品番号", "part", "part no", "part no.", "part number", "model", "model no", "model no."],
  spec: ["仕様", "品名", "spec", "specification", "description"],
  status: ["該非", "該非判定", "判定", "判定結果", "status", "determination", "result"],
  items: ["項番", "該当項番", "輸出令項番", "items", "item", "export order item"],
  citations: ["根拠条項", "根拠", "省令条項", "citation", "citations"],
  catchAll: ["キャッチオール区分", "キャッチオール", "16項", "catch-all", "catchall", "catch all"],
  hs: ["hsコード", "hs", "hs code", "統計品目番号"],
  reviewer: ["判定者", "担当者", "reviewer", "determined by"],
  date: ["判定日", "date", "determined on"],
  reference: ["判定書番号", "判定書no", "判定書no.", "判定書", "reference", "ref", "ref."],
  lawRevision: ["改正基準日", "法令基準日", "基準日", "law revision", "law date"],
  rulesVersion: ["ルール版", "rules version"],
  expires: ["有効期限", "期限", "expires", "expiry", "valid until"],
  note: ["備考", "note", "notes"],
};

export interface MasterRowError {
  /** 1-based line (row) of the file. */
  line: number;
  messages: string[];
}
export interface MasterParse {
  determinations: Determination[];
  errors: MasterRowError[];
  /** Column index per field found in the header. */
  columns: Partial<Record<Field, number>>;
}

const fold = (s: unknown) => String(s ?? "").normalize("NFKC").toLowerCase().replace(/[\s_]+/g, " ").trim();

function mapHeaders(headers: unknown[]): Partial<Record<Field, number>> {
  const norm = headers.map(fold);
  const cols: Partial<Record<Field, number>> = {};
  for (const [field, words] of Object.entries(MASTER_HEADERS) as [Field, string[]][]) {
    const i = norm.findIndex((h, j) => words.includes(h) && !Object.values(cols).includes(j));
    if (i >= 0) cols[field] = i;
  }
  return cols;
}

/** Parse rows (first = header) into determinations; `firstLine` is the header's line in the file. */
export function parseMasterRows(rows: unknown[][], firstLine = 1): MasterParse {
  const [header = [], ...data] = rows;
  const columns = mapHeaders(header);
  const errors: MasterRowError[] = [];
  const missing = (["status", "reviewer", "date", "reference"] as Field[]).filter((f) => columns[f] === undefined);
  if (columns.part === undefined && columns.spec === undefined) missing.unshift("part");
  if (missing.length) {
    const names = missing.map((f) => MASTER_HEADERS[f][0]).join("、");
    return { determinations: [], errors: [{ line: firstLine, messages: [`列がありません: ${names}（見出し: ${header.map(String).join(", ")}）`] }], columns };
  }
  let store = emptyDeterminationStore();
  data.forEach((cells, i) => {
    const line = firstLine + 1 + i;
    if (cells.every((c) => fold(c) === "")) return;
    const cell = (f: Field) => (columns[f] === undefined ? undefined : cells[columns[f]!]);
    const problems: string[] = [];
    const reported = new Set<string>();
    const text = (f: Field) => {
      const v = cell(f);
      const s = v instanceof Date ? isoOf(v) : String(v ?? "").trim();
      return s === "" ? undefined : s;
    };
    const date = (f: Field) => {
      const v = cell(f);
      if (v === null || v === undefined || String(v).trim() === "") return undefined;
      const d = parseDate(v);
      if (!d) {
        problems.push(`${MASTER_HEADERS[f][0]}: 日付として読めません（${String(v)}）`);
        reported.add(FIELD_LABELS[f]);
      }
      return d ?? "invalid";
    };
    const status = parseStatus(text("status"));
    if (text("status") !== undefined && !status) {
      problems.push(`該非: 「該当」か「非該当」で書いてください（${text("status")}）`);
      reported.add(FIELD_LABELS.status);
    }
    const catchAllRaw = text("catchAll");
    const catchAll = parseCatchAll(catchAllRaw);
    if (catchAllRaw !== undefined && !catchAll) problems.push(`キャッチオール区分: 16(1)・16(2)・対象外 のいずれかで書いてください（${catchAllRaw}）`);
    if (catchAllRaw !== undefined && !catchAll) reported.add(FIELD_LABELS.catchAll);
    const candidate = {
      part: text("part"),
      spec: text("spec"),
      status,
      items: splitList(text("items")).map(normaliseItem),
      citations: splitList(text("citations")),
      catchAll,
      hs: text("hs"),
      reviewer: text("reviewer"),
      date: date("date"),
      reference: text("reference"),
      // 改正基準日 left empty: the law in force on 判定日 (the date the determination was made).
      lawRevision: date("lawRevision") ?? date("date"),
      expires: date("expires"),
      note: text("note"),
    };
    for (const k of ["items", "citations"] as const) if (!candidate[k].length) delete (candidate as Record<string, unknown>)[k];
    const r = recordDetermination(store, candidate);
    if (reported.has(FIELD_LABELS.date) && candidate.lawRevision === "invalid") reported.add(FIELD_LABELS.lawRevision);
    // A value already reported as unreadable is not reported again by the schema.
    if (!r.ok) problems.push(...r.errors.filter((e) => ![...reported].some((label) => e.startsWith(`${label}:`) || e.startsWith(`${label}が`))));
    if (problems.length) errors.push({ line, messages: [...new Set(problems)] });
    else if (r.ok) store = r.store;
  });
  return { determinations: store.determinations, errors, columns };
}

function splitList(s: string | undefined): string[] {
  return s ? s.normalize("NFKC").split(/[,、，;；\/／・\n]+/).map((x) => x.trim()).filter(Boolean) : [];
}

/** "７項（１）", "7項 (1)", "7(1)" → "7項(1)"; anything else is left for validation to refuse. */
function normaliseItem(s: string): string {
  const t = s.normalize("NFKC").replace(/\s+/g, "");
  const m = /^(\d+(?:の\d+)?)項?(?:\((\d+(?:の\d+)?)\))?$/.exec(t);
  return m ? `${m[1]}項${m[2] ? `(${m[2]})` : ""}` : t;
}

function parseStatus(s: string | undefined): Determination["status"] | undefined {
  const t = fold(s).replace(/\s/g, "");
  if (["該当", "該", "listed", "controlled", "yes"].includes(t)) return "listed";
  if (["非該当", "非該", "notlisted", "not_listed", "notcontrolled", "no"].includes(t)) return "not_listed";
  return undefined;
}

function parseCatchAll(s: string | undefined): Determination["catchAll"] {
  const t = fold(s).replace(/[\s項]/g, "");
  if (t === "16(1)") return "16(1)";
  if (t === "16(2)") return "16(2)";
  if (["対象外", "outside", "16対象外", "非対象"].includes(t)) return "outside";
  return undefined;
}

function isoOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** A Date cell, an Excel serial day, or "2026-04-01" / "2026/4/1" / "2026.4.1" / "2026年4月1日". */
function parseDate(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : isoOf(v);
  if (typeof v === "number") {
    if (!Number.isInteger(v) || v < 1 || v > 2958465) return undefined;
    return isoOf(new Date(Date.UTC(1899, 11, 30) + v * 86400000));
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(String(v).normalize("NFKC").trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return isoOf(date);
}
