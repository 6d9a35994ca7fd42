/**
 * The add-in's own data inside the workbook: a hidden sheet `AnpoData` holding JSON documents by
 * key (the last screening run, reviewers' decisions). Kept in the workbook so it travels with the
 * file to the auditor; split into chunks because an Excel cell holds at most 32,767 characters.
 */
import type { CellValue, WorkbookPort } from "./port";

export const STORE_SHEET = "AnpoData";
const CHUNK = 30000;
const HEADER = ["key", "part", "json"];

export async function readStore<T>(port: WorkbookPort, key: string): Promise<T | undefined> {
  const docs = await readAll(port);
  const text = docs.get(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${STORE_SHEET}: the stored "${key}" is damaged (invalid JSON)`);
  }
}

export async function writeStore(port: WorkbookPort, key: string, value: unknown): Promise<void> {
  const docs = await readAll(port);
  const before = docs.size ? countRows(docs) : 0;
  docs.set(key, JSON.stringify(value));
  const rows: CellValue[][] = [HEADER];
  for (const [k, text] of [...docs.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = 0, part = 0; i < text.length || part === 0; i += CHUNK, part++) rows.push([k, part, text.slice(i, i + CHUNK)]);
  }
  // Blank the rows a shorter document no longer uses, so no stale chunk survives.
  for (let r = rows.length; r < before + 1; r++) rows.push([null, null, null]);
  await port.ensureSheet(STORE_SHEET, { hidden: true });
  // The store sheet is the add-in's own: every cell on it is ours to rewrite.
  await port.writeBlock({ sheet: STORE_SHEET, row: 0, col: 0, values: rows, allowOverwrite: true });
}

async function readAll(port: WorkbookPort): Promise<Map<string, string>> {
  const docs = new Map<string, string>();
  if (!(await port.sheetNames()).includes(STORE_SHEET)) return docs;
  const table = await port.readTable({ sheet: STORE_SHEET });
  const parts = new Map<string, string[]>();
  for (const [k, part, json] of table.rows) {
    if (typeof k !== "string" || !k) continue;
    const list = parts.get(k) ?? [];
    list[Number(part)] = String(json ?? "");
    parts.set(k, list);
  }
  for (const [k, list] of parts) docs.set(k, list.join(""));
  return docs;
}

function countRows(docs: Map<string, string>): number {
  let n = 0;
  for (const text of docs.values()) n += Math.max(1, Math.ceil(text.length / CHUNK));
  return n;
}
