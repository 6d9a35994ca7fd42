/**
 * =ANPO.CLASSIFY: accuracy on the labelled set (test/fixtures/classify/*.jsonl) and throughput
 * on one core (bench/classify-throughput.ts: the same specs, repeated; the bundled rules) — on the
 * engine bundled as the CLI ships it, in a child process, and again in this process under tsx.
 */
import { join } from "node:path";
import type { BenchRow } from "./run";
import { readCases, score, AS_OF } from "../test/unit/core/classify/cases";
import { benchSpecs, measureClassify, repoClassifier, type ClassifyThroughput } from "./classify-throughput";
import { runBundled } from "./bundled-child";

const ROOT = join(__dirname, "..");


export default async function classifyBench(): Promise<BenchRow[]> {
  const t0 = performance.now();
  const classifier = repoClassifier(ROOT);
  const setupMs = performance.now() - t0;
  const cases = readCases();
  let correct = 0;
  let silentWrongNonListed = 0;
  for (const c of cases) {
    const r = classifier.classify(c.spec, { asOf: AS_OF, hs: c.hs });
    if (score(c, r).length === 0) correct++;
    if (r.status === "not_listed" && c.expect.status !== "not_listed") silentWrongNonListed++;
  }
  const bundled = runBundled<ClassifyThroughput>(join(__dirname, "classify-throughput.ts"), ROOT);
  const here = measureClassify(classifier, benchSpecs(ROOT));
  const head = bundled ?? here;
  const how = bundled ? "engine bundled as the CLI ships it (esbuild)" : "under tsx (bundling failed)";
  const big = "炭素繊維 ".repeat(200_000);
  const b0 = performance.now();
  classifier.classify(big, { asOf: AS_OF });
  const bigMs = performance.now() - b0;
  const rows: BenchRow[] = [
    { suite: "classify", metric: "accuracy (labelled set)", value: (100 * correct) / cases.length, unit: `% of ${cases.length}`, target: "100", ok: correct === cases.length },
    { suite: "classify", metric: "wrong 非該当 (labelled set)", value: silentWrongNonListed, unit: "cases", target: "0", ok: silentWrongNonListed === 0 },
    { suite: "classify", metric: `throughput (one core, CPU time, best of 5 passes, ${how})`, value: Math.round(head.perCpuSec), unit: "specs/s", target: "≥ 20,000", ok: head.perCpuSec >= 20_000 },
    { suite: "classify", metric: "  same, wall clock", value: Math.round(head.perSec), unit: "specs/s" },
    { suite: "classify", metric: "  mean latency (CPU)", value: head.meanCpuUs, unit: "µs/spec" },
  ];
  if (bundled) rows.push({ suite: "classify", metric: "throughput, same passes under tsx (the bench's loader)", value: Math.round(here.perCpuSec), unit: "specs/s" });
  rows.push({ suite: "classify", metric: "1 MB spec", value: bigMs, unit: "ms" }, { suite: "classify", metric: "createClassifier", value: setupMs, unit: "ms" });
  return rows;
}
