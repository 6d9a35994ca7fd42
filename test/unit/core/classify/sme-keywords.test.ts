/**
 * 第6条第17号: a specific rule that answers FALSE must not stand alone as 非該当 while other 各号 of
 * its equipment family are not encoded. Every keyword of those rules must also reach the catch-all
 * go:6:17:sme (要確認), in the forms staff write (plurals, hyphens, katakana variants). Families whose
 * 各号 are all encoded (exposure ヘ（一）・ヲ, imprint ヘ（二）・テ, anneal ユ・ク, cleaning ケ・メ・マ・ヤ,
 * SEM 第17号の2) are answered by their rules alone and are checked by the labelled cases instead.
 */
import { load } from "./load";

const { classifier, params } = load();
const AS_OF = "2026-06-01";
const CATCH_ALL = "go:6:17:sme";
const ALONE = new Set(["go:6:17:ヲ", "go:6:17:ヘ（一）", "go:6:17:ヘ（二）", "go:6:17:テ", "go:6:17:ユ", "go:6:17:ク", "go:6:17:ケ", "go:6:17:メ", "go:6:17:マ", "go:6:17:ヤ"]);

const partial = params.rules.filter((r) => r.node.startsWith("6/1/17/") && !ALONE.has(r.id));

test("the partial-family rules are the ones this test means (a new 第17号 rule must be placed in one group)", () => {
  expect(partial.map((r) => r.id).sort()).toEqual(
    ["go:6:17:ア（一）", "go:6:17:ア（二）", "go:6:17:ウ", "go:6:17:カ（一）", "go:6:17:カ（二）", "go:6:17:キ（二）", "go:6:17:キ（五）", "go:6:17:キ（四）", "go:6:17:シ（二）", "go:6:17:タ", "go:6:17:ネ", "go:6:17:ミ", "go:6:17:ヨ", "go:6:17:ヰ"].sort(),
  );
});

const cases = partial.flatMap((r) => r.keywords.map((k) => [r.id, `${k} ${r.requireAny[0] ?? ""}`.trim()] as const));

test.each(cases)("%s keyword «%s» also reaches the 第17号 catch-all (never 非該当 alone)", (id, spec) => {
  const r = classifier.classify(spec, { asOf: AS_OF });
  expect(r.matches.map((m) => m.ruleId)).toEqual(expect.arrayContaining([id, CATCH_ALL]));
  expect(r.status).not.toBe("not_listed");
});

test.each([
  "nanoimprint lithography tool",
  "wet etchers for 300 mm",
  "ALD system, 300 mm",
  "deposition tool for 300 mm wafers",
  "plasma etchers",
  "ion implanters",
  "Si epitaxial reactor",
  "EUV pellicle manufacturing equipment",
  "coater/developer for EUV resist",
  "ウエットエッチャー",
  "ドライエッチャー",
  "RIE装置",
])("common phrasing «%s» is recognised as 第6条第17号, never silently cleared", (spec) => {
  const r = classifier.classify(spec, { asOf: AS_OF });
  expect(r.status).not.toBe("not_listed");
  expect(r.matches.some((m) => m.citation.startsWith("貨物等省令第6条第17号"))).toBe(true);
});
