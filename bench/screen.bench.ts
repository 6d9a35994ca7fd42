/**
 * End-to-end screening of a generated 100,000-row order workbook with the CLI (targets: ≤ 30 s on
 * this 2-core machine, peak RSS ≤ 1 GB), beside exceljs reading and writing the same file alone —
 * the floor — so the ratio shows what screening itself costs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BenchRow } from "./run";
import { makeOrders, writeOrdersXlsx } from "../scripts/make-examples";

const ROWS = Number(process.env.ANPO_BENCH_ROWS ?? 100_000);

export default async function screenBench(): Promise<BenchRow[]> {
  const dir = "/tmp/anpo-bench";
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `orders-${ROWS}.xlsx`);
  await writeOrdersXlsx(input, makeOrders(ROWS, 7));

  // Floor: exceljs alone, in a child process like the CLI, so RSS compares fairly.
  const floorScript = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(${JSON.stringify(input)});await w.xlsx.writeFile(${JSON.stringify(join(dir, "floor.xlsx"))});process.stderr.write("maxrss="+process.resourceUsage().maxRSS+"\\n")})()`;
  const floor = timed(process.execPath, ["-e", floorScript]);
  const cli = timed(process.execPath, [join(__dirname, "..", "bin", "anpo-screen.js"), "screen", input, "-o", join(dir, "out.xlsx")], { ANPO_REPORT_RSS: "1" });
  void ExcelJS;
  const suite = `screen ${ROWS.toLocaleString("en-US")} rows`;
  return [
    { suite, metric: "exceljs read+write (floor)", value: floor.seconds, unit: "s" },
    { suite, metric: "anpo-screen screen (end to end)", value: cli.seconds, unit: "s", target: "≤ 30", ok: cli.ok && cli.seconds <= 30 },
    { suite, metric: "ratio to floor", value: cli.seconds / floor.seconds, unit: "×" },
    { suite, metric: "throughput", value: Math.round(ROWS / cli.seconds), unit: "rows/s" },
    { suite, metric: "peak RSS floor", value: floor.rssMb, unit: "MB" },
    { suite, metric: "peak RSS screen", value: cli.rssMb, unit: "MB", target: "≤ 1024", ok: cli.rssMb <= 1024 },
  ];
}

function timed(cmd: string, args: string[], env: Record<string, string> = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(" ")} failed: ${r.stderr.slice(0, 400)}`);
  const m = /maxrss=(\d+)/.exec(r.stderr);
  return { seconds, rssMb: m ? Math.round(Number(m[1]) / 1024) : NaN, ok: r.status === 0 };
}
