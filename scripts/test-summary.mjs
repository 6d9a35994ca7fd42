// Prints one closing line over all jest projects' JSON results (test-results/*.json):
// "tests: N passed, N failed" — the plain form CI reads.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const dir = "test-results";
let passed = 0, failed = 0, skipped = 0;
if (existsSync(dir)) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const r = JSON.parse(readFileSync(`${dir}/${f}`, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed || passed === 0 ? 1 : 0);
