/**
 * Party screening throughput and latency, one core (issue 5), in one place for both ways the bench
 * runs it: in the bench's own process (under tsx) and in a child process running this file bundled
 * by esbuild with the CLI's settings (scripts/build-cli.mjs) — the engine as it ships: the CLI and
 * the add-in run bundles, never tsx's per-module loader.
 *
 * Two untimed passes over every query first (a sheet's first rows warm the runtime up; in the
 * bench's process they are the accuracy pass and a warm-up pass), then three timed passes. The
 * screener caches no query or result: each pass does every query's work again (only list-side
 * facts — the legal forms of a list name once shown — are remembered), so this is the throughput
 * on distinct names. The one query-side memo (romaji of katakana words, which recur across
 * different names) is emptied before each pass, so a pass meets each query's words as the first did.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createPartyScreener, registerPrebuiltLists, type PartyScreener } from "../src/core/parties";
import { clearRomajiMemo } from "../src/core/text";

export interface Throughput {
  /** Names per second over the three timed passes (wall time), per CPU second, and in the best pass. */
  perSec: number;
  perCpuSec: number;
  bestPassPerSec: number;
  p50Us: number;
  p99Us: number;
}

interface Query {
  query: string;
  country?: string;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** The timed passes (`warmUpPasses` untimed ones first). */
export function measureThroughput(screener: PartyScreener, queries: Query[], warmUpPasses: number): Throughput {
  for (let p = 0; p < warmUpPasses; p++) for (const q of queries) screener.screen(q.query, { country: q.country });
  const lat: number[] = [];
  const passes = 3;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bestPass = Infinity;
  for (let p = 0; p < passes; p++) {
    clearRomajiMemo();
    const tp = performance.now();
    for (const q of queries) {
      const s = performance.now();
      screener.screen(q.query, { country: q.country });
      lat.push(performance.now() - s);
    }
    bestPass = Math.min(bestPass, performance.now() - tp);
  }
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    perSec: (passes * queries.length) / (total / 1000),
    // per second of CPU this process used (GC and compiler threads included): on a shared machine
    // wall time also counts the time other processes held the core
    perCpuSec: (passes * queries.length) / ((cpu.user + cpu.system) / 1e6),
    bestPassPerSec: queries.length / (bestPass / 1000),
    p50Us: percentile(lat, 50) * 1000,
    p99Us: percentile(lat, 99) * 1000,
  };
}

/** Bundled child: `node <bundle> <repo root>` prints one JSON line. */
function child(root: string): void {
  const json = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8"))) : []);
  registerPrebuiltLists(json(join(root, "rules/party-index")));
  const lists = json(join(root, "rules/lists"));
  const queries: Query[] = readFileSync(join(root, "test/bench/parties/queries.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const screener = createPartyScreener(lists);
  process.stdout.write(JSON.stringify(measureThroughput(screener, queries, 2)) + "\n");
}

if (process.argv[2] === "--bundled-child" && process.argv[3]) child(process.argv[3]);
