/** CSV output (RFC 4180 quoting). Reading uses the importers' parser (scripts/importers/list-csv.ts). */
export { parseCsv } from "../../scripts/importers/list-csv";

export function toCsvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(toCsvField).join(",")).join("\r\n") + "\r\n";
}
