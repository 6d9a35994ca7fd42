/**
 * =ANPO.CLASSIFY throughput on one core, in one place for both ways the bench runs it: in the
 * bench's own process (under tsx) and in a child process running this file bundled by esbuild with
 * the CLI's settings (scripts/build-cli.mjs) — the engine as it ships (see parties-throughput.ts).
 *
 * 2,000 untimed specs first, then five passes of 10,000; the best pass counts. "On one core" is
 * specs per CPU-second of the process (all its threads, GC helpers included): on a shared machine
 * wall time also measures the neighbours.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createClassifier, type Classifier } from "../src/core/classify";
import { ControlTree, ExportOrderData } from "../src/core/data/schemas";
import { AS_OF, readCases } from "../test/unit/core/classify/cases";


export interface ClassifyThroughput {
  /** Specs per CPU second and per wall second in the best pass, and the mean CPU latency there. */
  perCpuSec: number;
  perSec: number;
  meanCpuUs: number;
}

export function measureClassify(classifier: Classifier, specs: string[]): ClassifyThroughput {
  for (let i = 0; i < 2000; i++) classifier.classify(specs[i % specs.length], { asOf: AS_OF });
  const perPass = 10_000;
  let secs = Infinity;
  let cpuSecs = Infinity;
  for (let p = 0; p < 5; p++) {
    const start = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < perPass; i++) classifier.classify(specs[i % specs.length], { asOf: AS_OF });
    const cpu = process.cpuUsage(cpu0);
    secs = Math.min(secs, (performance.now() - start) / 1000);
    cpuSecs = Math.min(cpuSecs, (cpu.user + cpu.system) / 1e6);
  }
  return { perCpuSec: perPass / cpuSecs, perSec: perPass / secs, meanCpuUs: (cpuSecs / perPass) * 1e6 };
}

/** The classifier over the bundled rules of the repository at `root`. */
export function repoClassifier(root: string): Classifier {
  const read = (p: string) => JSON.parse(readFileSync(join(root, p), "utf8"));
  return createClassifier({
    controlTree: ControlTree.parse(read("rules/law/control-tree.json")),
    exportOrder: ExportOrderData.parse(read("rules/law/export-order.json")),
    params: read("rules/params.json"),
  });
}

/** The labelled specs (test/fixtures/classify), realistic ones only (the 20,000-character bad-input case is measured apart). */
export const benchSpecs = (root: string): string[] => readCases(root).filter((c) => c.spec.length < 500).map((c) => c.spec);

/** Bundled child: `node <bundle> --bundled-child <repo root>` prints one JSON line. */
if (process.argv[2] === "--bundled-child" && process.argv[3]) {
  const root = process.argv[3];
  process.stdout.write(JSON.stringify(measureClassify(repoClassifier(root), benchSpecs(root))) + "\n");
}
