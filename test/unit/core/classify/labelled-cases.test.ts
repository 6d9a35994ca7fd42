/**
 * The labelled set (test/fixtures/classify/*.jsonl, ≥ 150 cases written from the 貨物等省令
 * text): listed, just below and exactly at thresholds, missing information, prior-report families,
 * catch-all classes, unrecognised items and bad input. Each case names its bucket.
 */
import { Classification } from "../../../../src/core/results";
import { AS_OF, readCases, score } from "./cases";
import { load } from "./load";

const { classifier } = load();
const cases = readCases();

test("the labelled set is large enough and covers every bucket", () => {
  expect(cases.length).toBeGreaterThanOrEqual(150);
  const buckets = new Set(cases.map((c) => c.bucket));
  for (const b of ["listed", "below", "at", "missing", "prior_report", "bad_input", "catch_all", "unrecognised"]) expect(buckets).toContain(b);
});

test.each(cases.map((c) => [`${c.id} [${c.bucket}] ${c.spec.slice(0, 80)}`, c] as const))("%s", (_name, c) => {
  const r = classifier.classify(c.spec, { asOf: AS_OF, hs: c.hs });
  expect(Classification.safeParse(r).success).toBe(true);
  expect({ id: c.id, problems: score(c, r) }).toEqual({ id: c.id, problems: [] });
});
