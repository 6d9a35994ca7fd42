/**
 * The add-in's speed in the browser harness (built dist/ in headless Chromium, in-memory
 * workbook): 10,000 ANPO.ENDUSER_RISK calls through the associated custom function, and a
 * 10,000-row screening run through the task pane's own action. Needs `npm run build` first.
 */
import type { BenchRow } from "./run";
import { openHarness } from "../test/browser/harness";
import { buildOrderTable } from "../test/browser/order-table";

const SUITE = "browser";

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
    const calls = await h.page.evaluate(() => {
      const w = window as unknown as PageHarness;
      const fn = w.__ANPO_FUNCTIONS__["ENDUSER_RISK"];
      if (!fn) throw new Error("ENDUSER_RISK was not associated by the functions bundle");
      const rows = (window as unknown as { __ANPO_HARNESS__: { rows: unknown[][] } }).__ANPO_HARNESS__.rows.slice(1);
      const t0 = performance.now();
      let hits = 0;
      for (let i = 0; i < 10_000; i++) {
        const r = rows[i % rows.length];
        if (String(fn(r[6], r[5])).startsWith("hit")) hits++;
      }
      return { ms: performance.now() - t0, hits };
    });
    const run = await h.page.evaluate(async () => {
      const a = (window as unknown as PageHarness).__ANPO_HARNESS__.actions;
      const { mapping } = await a.readTable();
      const t0 = performance.now();
      const s = await a.screen(mapping, () => undefined, new AbortController().signal);
      return { ms: performance.now() - t0, rows: s.rows };
    });
    return [
      { suite: SUITE, metric: "ENDUSER_RISK × 10,000 cells", value: calls.ms / 1000, unit: "s", target: "≤ 2", ok: calls.ms <= 2000 },
      { suite: SUITE, metric: "ENDUSER_RISK hits among them", value: calls.hits, unit: "cells" },
      { suite: SUITE, metric: `task pane screening × ${run.rows.toLocaleString("en-US")} rows`, value: run.ms / 1000, unit: "s", target: "≤ 5", ok: run.ms <= 5000 },
    ];
  } finally {
    await h.close();
  }
}
