/**
 * Runs labelled classify cases (JSONL, same shape as test/fixtures/classify/*.jsonl) against the
 * current rules (YAML compiled live, as the tests do) and prints each case's result vs its label.
 *   npx tsx scripts/try-cases.ts FILE.jsonl [...]   (--fails: only wrong cases; --json: JSONL out)
 * Used by the red team to sort cases into fixtures (right) and classify-pending (wrong).
 */
import { readFileSync } from "node:fs";
import { load } from "../test/unit/core/classify/load";
import { AS_OF, score, type LabelledCase } from "../test/unit/core/classify/cases";

const args = process.argv.slice(2);
const onlyFails = args.includes("--fails");
const asJson = args.includes("--json");
const files = args.filter((a) => !a.startsWith("--"));
const { classifier } = load();

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
