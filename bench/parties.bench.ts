/**
 * Party screening benchmark (issue 5): recall per kind of variation, false positives on clean and
 * near-miss names, throughput on one core, p99 latency and index build time, on the labelled set
 * test/bench/parties/queries.jsonl (built from the real lists by generate.ts) — and fuse.js, what
 * most JS projects reach for, on the same queries as a baseline.
 *
 * Recalled = the expected entry is among the matches and the status is not clear (an alert a
 * person would see). False positive = a clean / near-miss query with status hit or review.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Fuse from "fuse.js";
import type { BenchRow } from "./run";
import type { ListData } from "../src/core/data/schemas";
import { createPartyScreener, registerPrebuiltLists, type ListIndexSnapshot } from "../src/core/parties";
import type { BenchQuery } from "../test/bench/parties/generate";
import { normalizeName } from "../src/core/text";
import { measureThroughput, type Throughput } from "./parties-throughput";
import { runBundled } from "./bundled-child";
import { gunzip, importUsCsl } from "../scripts/importers/us-csl";

const ROOT = join(__dirname, "..");
const TARGET_RECALL: Record<string, number> = {
  exact: 0.995, case_punct: 0.995, legal_form: 0.995, word_order: 0.995, alias: 0.995, typo: 0.97, kanji: 0.95, katakana: 0.9, wrong_country: 0.995,
};
const TARGET_FP: Record<string, number> = { clean: 0.005, near_miss: 0.05 };

function loadLists(): ListData[] {
  const dir = join(ROOT, "rules/lists");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ListData);
}

/** The prebuilt snapshots the add-in bundle registers (src/core/parties/bundled-index.ts). */
function loadSnapshots(): ListIndexSnapshot[] {
  const dir = join(ROOT, "rules/party-index");
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8"))) : [];
}

/** A user's `lists import` of the US CSL (2022 copy in shared/: 14,160 entries) — indexed at run time. */
async function loadCsl(): Promise<ListData | undefined> {
  const file = join(ROOT, "../shared/data/lists/us-csl/consolidated_2022-05.csv.gz");
  if (!existsSync(file)) return undefined;
  return importUsCsl({ name: "consolidated_2022-05.csv", bytes: await gunzip(new Uint8Array(readFileSync(file))) });
}

type ColdMode = "prebuilt" | "runtime" | "prebuilt+csl";

/**
 * One index build in THIS fresh process, the way a user meets it: the lists are loaded (as the
 * bundle loads them), then the first createPartyScreener and the first screen are timed.
 */
async function coldChild(mode: ColdMode): Promise<void> {
  const lists = loadLists();
  let snapshotMs = 0;
  if (mode !== "runtime") {
    const t = performance.now();
    registerPrebuiltLists(loadSnapshots());
    snapshotMs = performance.now() - t;
  }
  if (mode === "prebuilt+csl") {
    const csl = await loadCsl();
    if (!csl) return void process.stdout.write(JSON.stringify({ skipped: true }) + "\n");
    lists.push(csl);
  }
  const names = lists.reduce((a, l) => a + l.entries.reduce((b, e) => b + e.names.length, 0), 0);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const screener = createPartyScreener(lists);
  const buildMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const t1 = performance.now();
  screener.screen("Beihang University", { country: "CN" });
  const firstMs = performance.now() - t1;
  process.stdout.write(JSON.stringify({ names, lists: lists.length, snapshotMs, buildMs, buildCpuMs: (cpu.user + cpu.system) / 1000, firstMs }) + "\n");
}

/** Runs coldChild in a fresh Node process (tsx, like `npm run bench`) and returns what it measured. */
function coldRun(mode: ColdMode): { names: number; lists: number; snapshotMs: number; buildMs: number; buildCpuMs: number; firstMs: number; skipped?: boolean } | undefined {
  const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--cold", mode], { cwd: ROOT, encoding: "utf8" });
  const line = r.stdout?.trim().split("\n").pop();
  try {
    return line ? JSON.parse(line) : undefined;
  } catch {
    return undefined;
  }
}

function loadQueries(): BenchQuery[] {
  return readFileSync(join(ROOT, "test/bench/parties/queries.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

interface Outcome {
  alert: boolean;
  found: boolean;
}

function accuracyRows(suite: string, queries: BenchQuery[], outcomes: Outcome[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const kinds = [...new Set(queries.map((q) => q.kind))];
  for (const kind of kinds) {
    const idx = queries.map((q, i) => [q, i] as const).filter(([q]) => q.kind === kind);
    if (kind in TARGET_FP) {
      const fp = idx.filter(([, i]) => outcomes[i].alert).length / idx.length;
      rows.push({ suite, metric: `false positives ${kind} (n=${idx.length})`, value: fp * 100, unit: "%", target: `≤ ${TARGET_FP[kind] * 100} %`, ok: fp <= TARGET_FP[kind] });
    } else {
      const recall = idx.filter(([, i]) => outcomes[i].alert && outcomes[i].found).length / idx.length;
      const t = TARGET_RECALL[kind];
      rows.push({ suite, metric: `recall ${kind} (n=${idx.length})`, value: recall * 100, unit: "%", target: t ? `≥ ${t * 100} %` : undefined, ok: t ? recall >= t : undefined });
    }
  }
  return rows;
}

/** The expected entry, or another entry carrying exactly the same name. */
function accepts(q: BenchQuery, list: string, entryKey: string): boolean {
  return [q.expect, ...(q.also ?? [])].some((x) => x && x.list === list && x.entryKey === entryKey);
}


function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export default async function partiesBench(): Promise<BenchRow[]> {
  const lists = loadLists();
  const queries = loadQueries();
  const rows: BenchRow[] = [];
  const nNames = lists.reduce((a, l) => a + l.entries.reduce((b, e) => b + e.names.length, 0), 0);

  // index build in a fresh runtime (a child process each), as the add-in ships (bundled lists with
  // their rules:build snapshots), with nothing prebuilt, and with a user-imported US CSL on top
  const fresh = (mode: ColdMode) => {
    const runs = [coldRun(mode), coldRun(mode), coldRun(mode)].filter((r) => r && !r.skipped) as NonNullable<ReturnType<typeof coldRun>>[];
    return runs.length ? runs.sort((a, b) => a.buildMs - b.buildMs)[Math.floor(runs.length / 2)] : undefined; // median of three
  };
  const pre = fresh("prebuilt");
  if (pre) {
    rows.push({ suite: "parties", metric: `index build, fresh runtime, bundled lists with prebuilt snapshots (${pre.lists} lists, ${pre.names.toLocaleString("en-US")} names; median of 3)`, value: pre.buildMs, unit: "ms", target: "≤ 300", ok: pre.buildMs <= 300 });
    rows.push({ suite: "parties", metric: "  same, CPU time", value: pre.buildCpuMs, unit: "ms" });
    rows.push({ suite: "parties", metric: "  same, loading the snapshots (rules/party-index JSON, at bundle load)", value: pre.snapshotMs, unit: "ms" });
    rows.push({ suite: "parties", metric: "  same, first screen after the build", value: pre.firstMs, unit: "ms" });
  }
  const rt = fresh("runtime");
  if (rt) {
    rows.push({ suite: "parties", metric: `index build, fresh runtime, every name normalised at run time (no snapshots)`, value: rt.buildMs, unit: "ms" });
    rows.push({ suite: "parties", metric: "  same, CPU time", value: rt.buildCpuMs, unit: "ms" });
  }
  const csl = fresh("prebuilt+csl");
  if (csl) {
    rows.push({ suite: "parties", metric: `index build, fresh runtime, bundled (prebuilt) + user-imported US CSL 2022 at run time (${csl.names.toLocaleString("en-US")} names)`, value: csl.buildMs, unit: "ms" });
    rows.push({ suite: "parties", metric: "  same, CPU time", value: csl.buildCpuMs, unit: "ms" });
  }
  registerPrebuiltLists(loadSnapshots());
  createPartyScreener(lists);
  let t = performance.now();
  const buildCpu0 = process.cpuUsage();
  const screener = createPartyScreener(lists);
  const warmBuild = performance.now() - t;
  const buildCpu = process.cpuUsage(buildCpu0);
  rows.push({ suite: "parties", metric: `index build, again in this process (prebuilt, ${nNames.toLocaleString("en-US")} names)`, value: warmBuild, unit: "ms" });
  rows.push({ suite: "parties", metric: "  same, CPU time", value: (buildCpu.user + buildCpu.system) / 1000, unit: "ms" });

  const outcomes: Outcome[] = queries.map((q) => {
    const r = screener.screen(q.query, { country: q.country });
    const alert = r.status !== "clear";
    const found = r.matches.some((m) => accepts(q, m.list, m.entryKey ?? ""));
    return { alert, found };
  });
  rows.push(...accuracyRows("parties", queries, outcomes));

  rows.push(...heldOutRows(screener, lists));

  // throughput and latency (bench/parties-throughput.ts): the engine bundled as it ships, in a
  // child process; then the same passes in this process, under tsx
  const bundled = runBundled<Throughput>(join(__dirname, "parties-throughput.ts"), ROOT);
  const here = measureThroughput(screener, queries, 1); // (the accuracy pass above was the first warm-up)
  const head = bundled ?? here;
  const how = bundled ? "bundled as the CLI ships it (esbuild)" : "under tsx (bundling failed)";
  rows.push({ suite: "parties", metric: `throughput (one core, engine ${how})`, value: Math.round(head.perSec), unit: "names/s", target: "≥ 20,000", ok: head.perSec >= 20000 });
  rows.push({ suite: "parties", metric: "  same, per CPU second (GC and compiler threads included)", value: Math.round(head.perCpuSec), unit: "names/s" });
  rows.push({ suite: "parties", metric: "  same, best of the 3 passes", value: Math.round(head.bestPassPerSec), unit: "names/s" });
  rows.push({ suite: "parties", metric: "  latency p50 / p99", value: `${head.p50Us.toFixed(1)} / ${head.p99Us.toFixed(0)}`, unit: "µs" });
  if (bundled) {
    rows.push({ suite: "parties", metric: "throughput, same passes under tsx (the bench's loader: each import a getter call until optimised)", value: Math.round(here.perSec), unit: "names/s" });
    rows.push({ suite: "parties", metric: "  latency p50 / p99", value: `${here.p50Us.toFixed(1)} / ${here.p99Us.toFixed(0)}`, unit: "µs" });
  }

  // baseline: fuse.js over every name, default-ish options, alert when anything scores ≤ 0.3
  const docs = lists.flatMap((l) => l.entries.flatMap((e) => e.names.map((n) => ({ value: n.value, list: l.id, key: e.key }))));
  t = performance.now();
  const fuse = new Fuse(docs, { keys: ["value"], includeScore: true, threshold: 0.3, ignoreLocation: true });
  rows.push({ suite: "fuse.js", metric: "index build", value: performance.now() - t, unit: "ms" });
  const sample = queries.filter((_, i) => i % 12 === 0); // fuse scans every name per query (~1 s each here): a twelfth of the set keeps the run short
  const flat: number[] = [];
  const t1 = performance.now();
  const fuseOut = sample.map((q) => {
    const s = performance.now();
    const res = fuse.search(q.query, { limit: 5 });
    flat.push(performance.now() - s);
    return { alert: res.length > 0, found: res.some((r) => accepts(q, r.item.list, r.item.key)) };
  });
  const fuseTotal = performance.now() - t1;
  rows.push(...accuracyRows("fuse.js", sample, fuseOut).map((r) => ({ ...r, target: undefined, ok: undefined })));
  rows.push({ suite: "fuse.js", metric: `throughput (one core, n=${sample.length})`, value: Math.round(sample.length / (fuseTotal / 1000)), unit: "names/s" });
  rows.push({ suite: "fuse.js", metric: "latency p99", value: percentile(flat, 99) * 1000, unit: "µs" });
  return rows;
}

/**
 * Small sets written after the labelled set, reported apart from it: how the katakana figures
 * generalise to names no one tuned for. A reading is found when its entry — or an entry of another
 * list with the same name — alerts. Each file's header says whether it was tuned on.
 */
function heldOutRows(screener: ReturnType<typeof createPartyScreener>, lists: ListData[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const dir = join(ROOT, "test/bench/parties");
  const lines = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")) : []);
  const key = (s: string) => normalizeName(s).key;
  const known = new Set(lists.flatMap((l) => l.entries.flatMap((e) => e.names.map((n) => n.value))));
  const readingRecall = (file: string, label: string) => {
    const readings = lines(file).map((l) => l.split("\t"));
    if (!readings.length) return;
    let found = 0;
    for (const [, name, reading] of readings) {
      if (!known.has(name)) continue;
      const r = screener.screen(reading);
      if (r.status !== "clear" && r.matches.some((m) => key(m.name) === key(name))) found++;
    }
    rows.push({ suite: "parties", metric: `recall katakana, ${label} (n=${readings.length})`, value: (found / readings.length) * 100, unit: "%" });
  };
  readingRecall("katakana-readings-2.tsv", "second set (tuned on)");
  readingRecall("katakana-readings-3.tsv", "third set (tuned on)");
  readingRecall("katakana-readings-4.tsv", "fourth set (development: tuned on)");
  readingRecall("katakana-readings-5.tsv", "fifth set (development: tuned on)");
  readingRecall("heldout-katakana.tsv", "held out, never tuned on");
  const cleanAlerts = (file: string, label: string) => {
    const clean = lines(file);
    if (!clean.length) return;
    const alerting = (country?: string) => (clean.filter((q) => screener.screen(q, { country }).status !== "clear").length / clean.length) * 100;
    rows.push({ suite: "parties", metric: `alerts on Japanese names in katakana, ${label} (n=${clean.length}): country JP given`, value: alerting("JP"), unit: "%" });
    rows.push({ suite: "parties", metric: "  same, no country given", value: alerting(undefined), unit: "%" });
  };
  cleanAlerts("clean-katakana-2.txt", "second set (tuned on)");
  cleanAlerts("heldout-clean-katakana.txt", "held out, never tuned on");
  return rows;
}

/**
 * Every answer in full (status, matches with list, entry, score and why, notes, summary) for the
 * labelled queries plus ~370 other names (list names as written, their first halves, with two
 * letters swapped, a few odd cells), one JSON line each: dump before and after a speed change and
 * diff — a faster matcher must give the same answers.
 *   npx tsx bench/parties.bench.ts --dump before.jsonl
 */
function dumpAnswers(file: string): void {
  registerPrebuiltLists(loadSnapshots());
  const lists = loadLists();
  const screener = createPartyScreener(lists);
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const all = lists.flatMap((l) => l.entries.flatMap((e) => e.names.map((n) => n.value)));
  const pick = () => all[Math.floor(rand() * all.length)];
  const extra: { query: string; country?: string }[] = [];
  for (let i = 0; i < 150; i++) extra.push({ query: pick() });
  for (let i = 0; i < 100; i++) {
    const w = pick().split(/\s+/);
    extra.push({ query: w.slice(0, Math.max(1, Math.floor(w.length / 2))).join(" ") });
  }
  for (let i = 0; i < 100; i++) {
    const v = pick();
    const p = Math.floor(rand() * (v.length - 1));
    extra.push({ query: v.slice(0, p) + v[p + 1] + v[p] + v.slice(p + 2), country: "CN" });
  }
  for (const query of ["Global Trading LLC", "Al Noor General Trading", "Sunrise Industrial Co., Ltd.", "未定", "", "株式会社日立製作所", "トヨタ自動車", "ソニーグループ", "Samsung Electronics", "Tsinghua University", "Mohammad Ali Trading", "ア", "A", "研究所", "Co Ltd", "International Trading Company Limited"])
    extra.push({ query, country: "JP" });
  const lines = [...loadQueries(), ...extra].map((q) => JSON.stringify({ q: q.query, c: q.country, r: screener.screen(q.query, { country: q.country }) }));
  writeFileSync(file, lines.join("\n") + "\n");
  process.stdout.write(`${lines.length} answers written to ${file}\n`);
}

if (require.main === module && process.argv[2] === "--cold") void coldChild(process.argv[3] as ColdMode);
if (require.main === module && process.argv[2] === "--dump") dumpAnswers(process.argv[3] ?? "parties-answers.jsonl");
/** The held-out rows alone (seconds, not minutes): npx tsx bench/parties.bench.ts --heldout */
if (require.main === module && process.argv[2] === "--heldout") {
  registerPrebuiltLists(loadSnapshots());
  const lists = loadLists();
  for (const r of heldOutRows(createPartyScreener(lists), lists)) process.stdout.write(`${r.metric}: ${Number(r.value).toFixed(1)} ${r.unit}\n`);
}
