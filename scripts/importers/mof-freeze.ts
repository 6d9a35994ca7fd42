/**
 * 財務省 list of persons and entities under asset-freeze measures (外為法 資産凍結等の措置) xlsx →
 * ListData. Sheet `一覧` names the programmes; each programme has its own sheet (`N.<short name>`)
 * whose header row starts `告示日付, 告示番号, 日本語表記, 英語表記, …` with differing columns after
 * that — so columns are found by header text. MOF marks this file 暫定版 (provisional).
 *
 * Deleted entries (告示日付 with 削除) and programmes lifted as a whole (【解除】 sheets) are kept
 * out of screening but counted in provenance.counts; a numbered row without any name is counted as
 * `noName` and named in the notes — nothing is dropped silently.
 */
import type ExcelJS from "exceljs";
import { entryKey } from "../../src/core/data/entry-key";
import { ListData, type ListEntry, type ListName } from "../../src/core/data/schemas";
import { ImportError, provenanceFor, sha256Hex, type SourceFile } from "./common";
import { iso2FromJapanese } from "./list-country";
import { cellText, checkCounts, dateFromFileName, loadWorkbook } from "./meti-eul";

export const MOF_INDEX_SHEET = "一覧";

/** Known files by sha256: dates and the counts this importer established on them. */
const KNOWN_MOF: Record<string, { dataDate: string; counts?: Record<string, number> }> = {};

const JA = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const EMPTY = /^(不明|なし|無し|-|－|―|n\/a)$/i;
const squash = (s: string) => s.replace(/[\s\u3000]+/g, " ").trim();

/** `2002.4.20\n2008.12.19改訂…` or an Excel date → the first date, ISO. */
export function firstDate(v: ExcelJS.CellValue): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const m = /(\d{4})\s*[.．/年]\s*(\d{1,2})\s*[.．/月]\s*(\d{1,2})/.exec(cellText(v).normalize("NFKC"));
  return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : undefined;
}

/** `MOHAMED LAKHAL\n(original script: محمد لكحل)` → name and its script form. */
export function splitOriginalScript(raw: string): { name: string; script?: string } {
  const m = /^([\s\S]*?)\s*[（(]\s*original script\s*[:：]\s*([^)）]*)[)）]?\s*$/i.exec(raw);
  return m ? { name: squash(m[1]), script: squash(m[2]) || undefined } : { name: squash(raw) };
}

/**
 * Labels MOF writes before aliases, never names themselves: `（別称）`, `（別名1）`, `別名：`, `旧称：`,
 * `（別称、…` and `a.k.a.` / `f.k.a.`. Each one starts a new alias, so it becomes a separator.
 */
const JA_LABEL = /[（(]?\s*(?:別称|別名|旧称)\s*\d*\s*(?:[）)、，,：:]|(?=\n)|$)/g;
const EN_LABEL = /,?\s*\b(?:[af]\.k\.a\.?|also known as|formerly known as)\s*[:：]?/gi;

/** Brackets at either end that have no partner inside the piece (left over from a split). */
function trimUnpaired(p: string): string {
  const open = /[（(]/g, close = /[）)]/g;
  let t = p.trim();
  for (let changed = true; changed && t; ) {
    const opens = t.match(open)?.length ?? 0, closes = t.match(close)?.length ?? 0;
    const head = /^[）)]/.test(t) || (/^[（(]/.test(t) && opens > closes);
    const tail = !head && (/[（(]$/.test(t) || (/[）)]$/.test(t) && closes > opens));
    changed = head || tail;
    if (head) t = t.slice(1).trim();
    else if (tail) t = t.slice(0, -1).trim();
  }
  return t;
}

/**
 * Identifying particulars the Taliban/ISIL sheets write among aliases — birth date and place,
 * passport and ID numbers, where and when they were issued, nationality, any date with a year —
 * never part of a name.
 */
const PARTICULARS = /生年月日|出生|旅券|発行|国籍|身分証|ID番号|有効期限|[\d０-９]{4}\s*年|\b(?:DOB|POB|born|passport)\b/i;
/** A piece that starts with a date (`1965年に…`, `2003年12月20日に発行`, `11 Apr. 1960`) is a particular, not a name. */
const DATE_FIRST = /^[\d０-９]{1,4}\s*(?:[年.．/-]|[A-Z][a-z]{2}\.?\s)/i;

/**
 * A piece without its particulars: cut where they begin after the name (`Iadena Mohammad, DOB: …`,
 * `Mohammad Ishaq Akhund born in 1963`, `サイフ・アル・アドル（生年月日：…`); a piece that IS
 * particulars (`アフガニスタン旅券番号：OR1961825`, `1955年に`) becomes empty.
 */
export function withoutParticulars(piece: string): string {
  if (DATE_FIRST.test(piece)) return "";
  const m = PARTICULARS.exec(piece);
  if (!m) return piece;
  const before = piece.slice(0, m.index);
  // the name ends at the last separator before the particular: an opening bracket, a comma, or
  // (before an English keyword) a space; with none, the whole piece is a particular
  const sep = Math.max(before.lastIndexOf("（"), before.lastIndexOf("("), before.lastIndexOf(","), before.lastIndexOf("，"), /^[a-z]/i.test(m[0]) ? before.lastIndexOf(" ") : -1);
  if (sep < 0) return "";
  const name = before.slice(0, sep).replace(/[\s,，、]+$/, "").trim();
  return name.length >= 2 && !DATE_FIRST.test(name) ? name : "";
}

/**
 * An alias cell → names. MOF writes lists as `(a)…(b)…`, `；`/`;`/`、` or one per line, Japanese and
 * English mixed, English often wrapped in `(a.k.a.: …)`, Japanese after a label such as `（別称）`.
 * Bracketed trailing notes with digits (`（1969年2月5日…出生）`) are not part of a name, nor is a
 * sentence (`…使用している別名。`: a remark about the name, not an alias).
 */
export function splitAliases(raw: string): ListName[] {
  const text = raw
    .replace(EN_LABEL, "\n")
    .replace(JA_LABEL, "\n")
    .replace(/original script\s*[:：]/gi, "\n")
    // a bracketed note of particulars between two names separates them (`X（…旅券…）Abd al-Muhsin`)
    .replace(/[（(][^（()）]*[)）]/g, (m) => (PARTICULARS.test(m) ? "\n" : m));
  const pieces = text.split(/\n|[；;、]|\s*[（(][a-z]{1,2}[)）]\s*/);
  const out: ListName[] = [];
  const seen = new Set<string>();
  for (let p of pieces) {
    p = squash(p)
      .replace(/[（(][^（()）]*\d[^（()）]*[)）]\s*$/, "")
      // identifying particulars written after a name are not part of it
      .replace(/(,\s*born\b|,?\s*son of\b|\s*[（(]\s*(DOB|Previously|formerly|以前)).*$/i, "")
      .replace(/^[\s,，、\-－]+|[\s,，]+$/g, "");
    p = withoutParticulars(p);
    p = trimUnpaired(p);
    // a lead-in (`, the following three aliases:`) or a bare conjunction between aliases is no name
    if (p.length < 2 || EMPTY.test(p) || /[。:：]$/.test(p) || /^(and|or|及び|並びに)$/i.test(p) || seen.has(p)) continue;
    seen.add(p);
    out.push({ value: p, kind: JA.test(p) ? "ja_alias" : "alias" });
  }
  return out;
}

interface SheetColumns {
  date: number;
  no: number;
  ja: number;
  en: number;
  aliases: number[];
  nationality?: number;
  address?: number;
  dob?: number;
  other?: number;
}

/** Header row (the first whose first cell is 告示日付) and its columns. */
function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: SheetColumns } | undefined {
  let found: { row: number; cols: SheetColumns } | undefined;
  ws.eachRow((row, r) => {
    if (found || r > 12) return;
    const texts = (row.values as ExcelJS.CellValue[]).map((v) => squash(cellText(v)));
    if (!texts[1]?.startsWith("告示日付")) return;
    const at = (re: RegExp) => texts.findIndex((t, i) => i > 0 && re.test(t));
    const opt = (re: RegExp) => (at(re) > 0 ? at(re) : undefined);
    found = {
      row: r,
      cols: {
        date: 1,
        no: at(/^告示番号/),
        ja: at(/^日本語表記/),
        en: at(/^英語表記/),
        // 「確定に十分でない別名」 (aliases too weak to identify) are left out of the names.
        aliases: texts.map((t, i) => (i > 0 && /別名|別称|旧称|以前の/.test(t) && !/確定に十分でない/.test(t) ? i : -1)).filter((i) => i > 0),
        nationality: opt(/^国籍/),
        address: opt(/住所|所在地/),
        dob: opt(/^生年月日/),
        other: opt(/^その他の情報|^詳細/),
      },
    };
  });
  return found;
}

/** Programme titles from 一覧: number → title. */
function programmeTitles(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow((row) => {
    const [no, title] = [cellText(row.getCell(1).value).trim(), squash(cellText(row.getCell(2).value))];
    if (/^\d+$/.test(no) && title) out.set(no, title);
  });
  return out;
}

function partyTypeOf(title: string, dob: string | undefined): ListEntry["partyType"] {
  const suffix = /（([^（）]*(?:（[^（）]*）[^（）]*)*)）\s*$/.exec(title)?.[1] ?? "";
  if (/^個人/.test(suffix)) return "individual";
  if (/団体|銀行/.test(suffix)) return "entity";
  if (dob && !EMPTY.test(dob)) return "individual";
  return "unknown";
}

export async function importMofFreeze(file: SourceFile, wb?: ExcelJS.Workbook): Promise<ListData> {
  const book = wb ?? (await loadWorkbook(file));
  const index = book.getWorksheet(MOF_INDEX_SHEET);
  if (!index) throw new ImportError(`${file.name}: no sheet "${MOF_INDEX_SHEET}" (not MOF's asset-freeze workbook?)`);
  const titles = programmeTitles(index);
  if (!titles.size) throw new ImportError(`${file.name}: sheet ${MOF_INDEX_SHEET} lists no programmes`);
  const problems: string[] = [];
  const notes: string[] = [];
  const entries: ListEntry[] = [];
  const counts: Record<string, number> = { entries: 0, programmes: titles.size, liftedProgrammes: 0, deleted: 0, noName: 0 };
  const seen = new Map<string, number>();
  for (const [no, title] of titles) {
    const ws = book.worksheets.find((w) => w.name.startsWith(`${no}.`));
    if (!ws) {
      problems.push(`programme ${no} (${title.slice(0, 30)}…) has no sheet`);
      continue;
    }
    if (/【解除】/.test(ws.name) || /^【解除】/.test(title)) {
      counts.liftedProgrammes++;
      notes.push(`programme ${no} lifted (【解除】): ${squash(cellText(ws.getRow(2).getCell(1).value)) || title}`);
      continue;
    }
    const header = findHeader(ws);
    if (!header) {
      problems.push(`sheet ${ws.name}: no header row starting 告示日付`);
      continue;
    }
    const { cols } = header;
    if (cols.no < 0 || cols.ja < 0 || cols.en < 0) {
      problems.push(`sheet ${ws.name}: header lacks 告示番号/日本語表記/英語表記`);
      continue;
    }
    const short = ws.name.replace(/^\d+\./, "").trim();
    let kept = 0, deleted = 0;
    ws.eachRow((row, r) => {
      if (r <= header.row) return;
      const get = (c: number | undefined) => (c === undefined ? "" : cellText(row.getCell(c).value));
      const dateCell = get(cols.date), num = squash(get(cols.no));
      const ja = squash(get(cols.ja)), enRaw = get(cols.en);
      if (!dateCell.trim() && !num && !ja && !enRaw.trim()) return; // blank row
      if (/削除/.test(dateCell)) {
        deleted++;
        return;
      }
      const en = splitOriginalScript(enRaw);
      if (!ja && !en.name) {
        counts.noName++;
        notes.push(`sheet ${ws.name} row ${r} (告示番号 ${num || "?"}): no name in either language — not screenable, left out`);
        return;
      }
      const names: ListName[] = [];
      if (en.name) names.push({ value: en.name, kind: "primary" });
      if (en.script) names.push({ value: en.script, kind: "script" });
      if (ja) names.push({ value: ja, kind: "ja" });
      for (const c of cols.aliases) names.push(...splitAliases(get(c)).filter((n) => !names.some((x) => x.value === n.value)));
      const nat = squash(get(cols.nationality));
      const iso2 = nat && !/[、,;；/]/.test(nat) ? iso2FromJapanese(nat.replace(/国$/, "")) ?? iso2FromJapanese(nat) : undefined;
      const primary = en.name || ja;
      let key = entryKey(`MOF-FREEZE:${short}`, iso2, primary);
      const dup = (seen.get(key) ?? 0) + 1;
      seen.set(key, dup);
      if (dup > 1) key = `${key}#${dup}`;
      const date = firstDate(row.getCell(cols.date).value);
      const address = squash(get(cols.address));
      const other = squash(get(cols.other));
      entries.push({
        key,
        entryNo: `${no}-${num || r}`,
        name: primary,
        names,
        ...(iso2 ? { country: { name: nat, iso2 } } : {}),
        partyType: partyTypeOf(title, squash(get(cols.dob))),
        ...(address && !EMPTY.test(address) ? { address } : {}),
        programme: `${no}. ${title}`,
        ...(date ? { designation: { date } } : {}),
        ...(other && !EMPTY.test(other) ? { remarks: other } : {}),
      });
      kept++;
    });
    counts[`programme:${no}`] = kept;
    if (deleted) counts[`deleted:${no}`] = deleted;
    counts.deleted += deleted;
  }
  if (problems.length) throw new ImportError(`${file.name}: MOF asset-freeze workbook not as expected`, problems);
  counts.entries = entries.length;
  counts.individuals = entries.filter((e) => e.partyType === "individual").length;
  counts.organisations = entries.filter((e) => e.partyType === "entity").length;
  const sha = await sha256Hex(file.bytes);
  const known = KNOWN_MOF[sha];
  checkCounts(file.name, counts, known?.counts);
  const dataDate = known?.dataDate ?? dateFromFileName(file.name);
  if (!dataDate) throw new ImportError(`${file.name}: no date (yyyymmdd) in the file name of MOF's list`);
  const data = {
    id: "MOF-FREEZE" as const,
    version: `MOF-FREEZE ${dataDate}`,
    provenance: await provenanceFor(file, {
      publisher: "財務省",
      title: "外為法に基づく資産凍結等の措置の対象者リスト",
      dataDate,
      effective: dataDate,
      importer: "scripts/importers/mof-freeze.ts",
      counts,
      attribution: `出典：財務省「資産凍結等対象者リスト」（${dataDate}）を加工して作成`,
      notes: [
        "MOF marks this file 暫定版 (provisional): the MOFA notices (外務省告示) are authoritative",
        "deleted entries (削除) and lifted programmes (【解除】) are not screened; see counts.deleted / liftedProgrammes",
        "「確定に十分でない別名」 (aliases MOF deems too weak to identify) are not used as names",
        "country only from a single 国籍 value",
        ...notes,
      ],
    }),
    entries,
  };
  const parsed = ListData.safeParse(data);
  if (!parsed.success) throw new ImportError(`${file.name}: result fails the ListData schema`, parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`));
  return parsed.data;
}
