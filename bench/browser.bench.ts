/**
 * The add-in's speed in the browser harness (built dist/ in headless Chromium, in-memory
 * workbook): 10,000 ANPO.ENDUSER_RISK calls through the associated custom function, and a
 * 10,000-row screening run through the task pane's own action. Needs `npm run build` first.
 */
import type { BenchRow } from "./run";
import { openHarness } from "../test/browser/harness";
import { buildOrderTable, COL } from "../test/browser/order-table";

const SUITE = "browser";

/** A distinct made-up word per index (no list entry is spelled like this). */
function syllables(i: number): string {
  const sy = ["ka", "mo", "ri", "ta", "ne", "su", "yo", "hi", "ru", "zo"];
  let w = "";
  for (let n = i + 1000; n > 0; n = Math.floor(n / 10)) w += sy[n % 10];
  return w[0].toUpperCase() + w.slice(1);
}

interface PageHarness {
  __ANPO_FUNCTIONS__: Record<string, (...a: unknown[]) => unknown>;
  __ANPO_HARNESS__: {
    actions: {
      readTable(): Promise<{ mapping: unknown }>;
      screen(m: unknown, p: () => void, s: AbortSignal): Promise<{ rows: number; counts: Record<string, number> }>;
    };
  };
}

export default async function browserBench(): Promise<BenchRow[]> {
  const table = await buildOrderTable(10_000);
  const h = await openHarness(table.rows);
  try {
    // Realistic: the sheet's own customers (they repeat, so the per-argument memo helps), and
    // cold: 10,000 distinct names, each a full match against every list.
    const sheet = table.rows.slice(1).map((r) => [String(r[COL.customer] ?? ""), String(r[COL.country] ?? "")]);
    const distinct = Array.from({ length: 10_000 }, (_v, i) => [`${syllables(i)} ${["Trading", "Industries", "Machinery", "Electronics"][i % 4]} Co., Ltd.`, ["中国", "タイ", "ドイツ", "イラン", "米国"][i % 5]]);
    const timeCalls = (args: string[][]) =>
      h.page.evaluate((args) => {
        const fn = (window as unknown as PageHarness).__ANPO_FUNCTIONS__["ENDUSER_RISK"];
        if (!fn) throw new Error("ENDUSER_RISK was not associated by the functions bundle");
        const t0 = performance.now();
        let hits = 0;
        for (const [name, country] of args) {
          // An error value (empty or unusable name) is thrown, as Excel expects: count it, go on.
          try {
            if (fn(name, country, "status") === "hit") hits++;
          } catch {
            /* an Excel error value for this cell */
          }
        }
        return { ms: performance.now() - t0, hits };
      }, args);
    const calls = await timeCalls(sheet);
    const cold = await timeCalls(distinct);
    const run = await h.page.evaluate(async () => {
      const a = (window as unknown as PageHarness).__ANPO_HARNESS__.actions;
      const { mapping } = await a.readTable();
      const t0 = performance.now();
      const s = await a.screen(mapping, () => undefined, new AbortController().signal);
      return { ms: performance.now() - t0, rows: s.rows };
    });
    return [
      { suite: SUITE, metric: "ENDUSER_RISK × 10,000 cells (order sheet)", value: calls.ms / 1000, unit: "s", target: "≤ 2", ok: calls.ms <= 2000 },
      { suite: SUITE, metric: "  of which status hit", value: calls.hits, unit: "cells" },
      { suite: SUITE, metric: "ENDUSER_RISK × 10,000 distinct names", value: cold.ms / 1000, unit: "s", target: "≤ 2", ok: cold.ms <= 2000 },
      { suite: SUITE, metric: `task pane screening × ${run.rows.toLocaleString("en-US")} rows`, value: run.ms / 1000, unit: "s", target: "≤ 5", ok: run.ms <= 5000 },
    ];
  } finally {
    await h.close();
  }
}
