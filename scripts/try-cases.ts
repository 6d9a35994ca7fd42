/**
 * Runs labelled classify cases (JSONL, same shape as test/fixtures/classify/*.jsonl) against the
 * current rules (YAML compiled live, as the tests do) and prints each case's result vs its label.
 *   npx tsx scripts/try-cases.ts FILE.jsonl [...]   (--fails: only wrong cases; --json: JSONL out)
 * Used by the red team to sort cases into fixtures (right) and classify-pending (wrong).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "../test/unit/core/classify/load";
import { createClassifier, type Classifier, type ClassifyRuleSet } from "../src/core/classify";
import { ControlTree, ExportOrderData } from "../src/core/data/schemas";
import { AS_OF, score, type LabelledCase } from "../test/unit/core/classify/cases";

const args = process.argv.slice(2);
const onlyFails = args.includes("--fails");
const asJson = args.includes("--json");
const files = args.filter((a) => !a.startsWith("--"));
const classifier = loadClassifier();

/** The live YAML as the tests compile it; while someone's YAML is mid-edit, the last rules/params.json. */
function loadClassifier(): Classifier {
  try {
    return load().classifier;
  } catch (e) {
    console.error(`# rules/params/*.yaml do not compile (${(e as Error).message.slice(0, 120)}…) — using rules/params.json`);
    const root = join(__dirname, "..");
    const json = (f: string): unknown => JSON.parse(readFileSync(join(root, f), "utf8"));
    return createClassifier({
      controlTree: ControlTree.parse(json("rules/law/control-tree.json")),
      exportOrder: ExportOrderData.parse(json("rules/law/export-order.json")),
      params: json("rules/params.json") as ClassifyRuleSet,
    });
  }
}

let total = 0;
let wrong = 0;
let wrongNotListed = 0;
for (const file of files) {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledCase);
  for (const c of cases) {
    total++;
    let problems: string[];
    let got: string;
    try {
      const r = classifier.classify(c.spec, { asOf: AS_OF, hs: c.hs });
      problems = score(c, r);
      const hits = r.matches.filter((m) => m.match === "listed").map((m) => m.citation);
      const cands = r.matches.filter((m) => m.match !== "listed").map((m) => m.citation);
      got = `${r.status} listed[${hits.join(",")}] cand[${cands.join(",")}] missing[${r.missing.map((m) => m.param).join(",")}] catchAll=${r.catchAll}`;
    } catch (e) {
      problems = [`THREW ${(e as Error).message}`];
      got = "exception";
    }
    if (problems.length) {
      wrong++;
      if (got.startsWith("not_listed") && c.expect.status !== "not_listed") wrongNotListed++;
    }
    if (onlyFails && !problems.length) continue;
    if (asJson) console.log(JSON.stringify({ id: c.id, ok: !problems.length, problems, got }));
    else console.log(`${problems.length ? "WRONG" : "ok   "} ${c.id} [${c.expect.status}] ${c.spec.slice(0, 70)}\n      got ${got}${problems.length ? `\n      ${problems.join("; ")}` : ""}`);
  }
}
console.log(`# ${total} cases, ${wrong} wrong, ${wrongNotListed} wrong 非該当`);
