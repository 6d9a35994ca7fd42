/**
 * The harness's order sheet: the project's own realistic generator (`makeOrders` in
 * scripts/make-examples.ts — the demo's headers, parts on both sides of their thresholds,
 * incomplete specs, real clean companies, listed customers spelled the way orders spell them),
 * with rows appended for the re-check scenario: customers added to the End User List in the
 * 2025-09-29 revision, and customers on both revisions, written as the list writes them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ListData, type ListEntry } from "../../src/core/data/schemas";
import { diffLists } from "../../src/core/data/list-diff";
import { importMetiEulCsv } from "../../scripts/importers/meti-eul-csv";
import { makeOrders, ORDER_HEADERS, type OrderRow } from "../../scripts/make-examples";
import type { CellValue } from "../../src/excel/workbook/port";

export const SHARED = join(__dirname, "../../../shared/data");
export const OLD_EUL = join(SHARED, "lists/meti-eul/eul_20250131.csv");
export const NEW_EUL = join(SHARED, "lists/meti-eul/20250929_4.xlsx");
export const HEADERS: string[] = [...ORDER_HEADERS];
export const COL = { customer: ORDER_HEADERS.indexOf("需要者"), country: ORDER_HEADERS.indexOf("仕向地") };

/** Appended rows: entries new in 2025-09-29 (the re-check must list them) and entries on both. */
const NEW_ROWS = 12;
const STABLE_ROWS = 4;

export interface OrderTable {
  rows: CellValue[][];
  /** 0-based sheet rows whose customer is an entry added in the 2025-09-29 revision. */
  newEntryRows: number[];
  /** 0-based sheet rows whose customer is on both revisions. */
  stableHitRows: number[];
  older: ListData;
  newer: ListData;
}

/** `n` data rows in all: the generator's, then the appended list customers. */
export async function buildOrderTable(n = 1000, seed = 20251009): Promise<OrderTable> {
  const newer = ListData.parse(JSON.parse(readFileSync(join(__dirname, "../../rules/lists/meti-eul.json"), "utf8")));
  const older = await importMetiEulCsv({ name: "eul_20250131.csv", bytes: new Uint8Array(readFileSync(OLD_EUL)) });
  const diff = diffLists(older, newer);
  const addedKeys = new Set(diff.added.map((e) => e.key));
  const oldKeys = new Set(older.entries.map((e) => e.key));
  const added = diff.added.slice(0, NEW_ROWS);
  const stable = newer.entries.filter((e) => oldKeys.has(e.key) && !addedKeys.has(e.key)).filter((_e, i) => i % 25 === 0).slice(0, STABLE_ROWS);
  const generated = makeOrders(n - added.length - stable.length, seed);
  const rows: CellValue[][] = [HEADERS, ...generated.map((o) => ORDER_HEADERS.map((h) => o[h]))];
  const newEntryRows: number[] = [];
  const stableHitRows: number[] = [];
  // An order for an ordinary part, so the customer is what the re-check turns on.
  const template = generated.find((o) => o.HS === "8482.10") ?? generated[0];
  const append = (e: ListEntry, i: number): number => {
    const order: OrderRow = { ...template, 受注番号: `SO-2026-L${String(i + 1).padStart(5, "0")}`, 仕向地: e.country?.name ?? "", 需要者: e.name };
    rows.push(ORDER_HEADERS.map((h) => order[h]));
    return rows.length - 1;
  };
  added.forEach((e, i) => newEntryRows.push(append(e, i)));
  stable.forEach((e, i) => stableHitRows.push(append(e, added.length + i)));
  return { rows, newEntryRows, stableHitRows, older, newer };
}
