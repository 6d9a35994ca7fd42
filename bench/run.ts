/**
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) and prints one
 * table of figures. Each suite default-exports an async function returning rows. Benchmarks
 * measure; they never fail a build — targets are shown beside the figures for people to read.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

export interface BenchRow {
  suite: string;
  metric: string;
  value: number | string;
  unit?: string;
  /** The target as text, e.g. "≥ 20,000" — shown, not enforced. */
  target?: string;
  /** Whether the figure meets the target, when it has one. */
  ok?: boolean;
}
export type BenchSuite = () => Promise<BenchRow[]>;

async function main() {
  const only = process.argv.slice(2);
  const dir = __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const rows: BenchRow[] = [];
  for (const f of files) {
    const mod = await import(join(dir, f));
    const suite: BenchSuite = mod.default;
    process.stderr.write(`running ${f} …\n`);
    try {
      rows.push(...(await suite()));
    } catch (e) {
      rows.push({ suite: f.replace(".bench.ts", ""), metric: "ERROR", value: String((e as Error).message) });
    }
  }
  printTable(rows);
}

function fmt(v: number | string): string {
  if (typeof v === "string") return v;
  if (Number.isInteger(v)) return v.toLocaleString("en-US");
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
}

function printTable(rows: BenchRow[]) {
  const table = rows.map((r) => [r.suite, r.metric, fmt(r.value), r.unit ?? "", r.target ?? "", r.ok === undefined ? "" : r.ok ? "ok" : "MISS"]);
  const head = ["suite", "metric", "value", "unit", "target", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of table) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
