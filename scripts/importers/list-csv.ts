/**
 * RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF rows;
 * a UTF-8 BOM is dropped. Returns rows of raw strings; an unterminated quote is an error (a cut
 * file), not a guess.
 */
import { ImportError } from "./common";

export function parseCsv(text: string, fileName = "CSV"): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let quoteStart = 0;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteStart = i;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r" && s[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (quoted) throw new ImportError(`${fileName}: unterminated quoted field starting at character ${quoteStart} (truncated file?)`);
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header row; a row with a different number of fields is a problem. */
export function csvRecords(text: string, fileName: string, required: readonly string[]): { header: string[]; records: Record<string, string>[] } {
  const rows = parseCsv(text, fileName);
  if (rows.length === 0) throw new ImportError(`${fileName}: empty file`);
  const header = rows[0].map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportError(`${fileName}: header lacks columns`, missing);
  const problems: string[] = [];
  const records: Record<string, string>[] = [];
  rows.slice(1).forEach((r, j) => {
    if (r.length === 1 && r[0] === "") return; // blank line
    if (r.length !== header.length) problems.push(`line ${j + 2}: ${r.length} fields, header has ${header.length}`);
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = r[k] ?? ""));
    records.push(rec);
  });
  if (problems.length) throw new ImportError(`${fileName}: rows do not match the header (truncated or mis-quoted?)`, problems);
  return { header, records };
}
