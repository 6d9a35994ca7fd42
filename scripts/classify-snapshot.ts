/**
 * Answer snapshot of =ANPO.CLASSIFY: every labelled spec (test/fixtures/classify), every pending
 * spec (test/fixtures/classify-pending) and every golden test spec of rules/params.json, run
 * through classify() — and each golden spec also through evaluateRule() of its rule — written as
 * one canonical JSON line per spec. Two snapshots from the same rule data must be identical
 * after an engine change that is meant only to make it faster (`diff` them).
 *   npx tsx scripts/classify-snapshot.ts OUT.jsonl [--params FILE]   (default rules/params.json)
 * Take the baseline with a copy of rules/params.json (others change it while you work) and pass
 * the same copy afterwards, so only the code differs.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createClassifier, type ClassifyRuleSet } from "../src/core/classify";
import { ControlTree, ExportOrderData } from "../src/core/data/schemas";
import type { Classification } from "../src/core/results";

const AS_OF = "2026-06-01";
const root = join(__dirname, "..");
const args = process.argv.slice(2);
const pIdx = args.indexOf("--params");
const paramsFile = pIdx >= 0 ? args[pIdx + 1] : join(root, "rules/params.json");
const out = args.find((a, i) => !a.startsWith("--") && (pIdx < 0 || i !== pIdx + 1));
if (!out) {
  console.error("usage: tsx scripts/classify-snapshot.ts OUT.jsonl [--params FILE]");
  process.exit(2);
}

const json = (f: string): unknown => JSON.parse(readFileSync(f, "utf8"));
const params = json(paramsFile) as ClassifyRuleSet & { rules: { id: string; tests?: { spec: string }[] }[] };
const classifier = createClassifier({
  controlTree: ControlTree.parse(json(join(root, "rules/law/control-tree.json"))),
  exportOrder: ExportOrderData.parse(json(join(root, "rules/law/export-order.json"))),
  params,
});

/** Everything a classification decides, in a fixed key order (rulesVersion/asOf are inputs). */
function canonical(r: Classification): unknown {
  return {
    status: r.status,
    summary: r.summary,
    catchAll: r.catchAll,
    flags: r.flags,
    matches: r.matches.map((m) => ({ ruleId: m.ruleId, item: m.exportOrderItem, citation: m.citation, match: m.match, title: m.title, reasons: m.reasons })),
    missing: r.missing.map((m) => ({ param: m.param, ruleId: m.ruleId, label: m.label })),
    problems: r.problems,
  };
}

const lines: string[] = [];
for (const dir of ["test/fixtures/classify", "test/fixtures/classify-pending"]) {
  for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith(".jsonl")).sort()) {
    for (const l of readFileSync(join(root, dir, f), "utf8").split("\n")) {
      if (!l.trim()) continue;
      const c = JSON.parse(l) as { id: string; spec: string; hs?: string };
      lines.push(JSON.stringify({ src: `${dir}/${f}`, id: c.id, spec: c.spec.slice(0, 200), result: canonical(classifier.classify(c.spec, { asOf: AS_OF, hs: c.hs })) }));
    }
  }
}
for (const rule of params.rules) {
  (rule.tests ?? []).forEach((t, i) => {
    lines.push(JSON.stringify({ src: "params", id: `${rule.id}#${i}`, spec: t.spec, rule: classifier.evaluateRule(rule.id, t.spec), result: canonical(classifier.classify(t.spec, { asOf: AS_OF })) }));
  });
}
writeFileSync(out, lines.join("\n") + "\n");
console.error(`${lines.length} specs → ${out}`);
