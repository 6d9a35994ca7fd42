/**
 * 第6条第17号: a specific rule that answers FALSE must not stand alone as 非該当 while other 各号 of
 * its equipment family are not encoded. Every keyword of those rules must also reach the catch-all
 * go:6:17:sme (要確認), in the forms staff write (plurals, hyphens, katakana variants). Families whose
 * 各号 are all encoded (exposure ヘ（一）・ヲ, imprint ヘ（二）・テ, mask writers ヘ（三）, anneal ユ・ク,
 * cleaning ケ・メ・マ・ヤ, patterned-wafer inspection ミ, EUV mask inspection フ, pellicle making ル, mask
 * multilayers ム, pattern shaping サ, SEM 第17号の2) are answered by their rules alone and are checked by
 * the labelled cases instead.
 */
import { load } from "./load";

const { classifier, params } = load();
const AS_OF = "2026-06-01";
const CATCH_ALL = "go:6:17:sme";
// words that are SME only next to a wafer word have their own catch-all with that requireAny
const CATCH_ALL_WAFER = "go:6:17:sme-wafer";
const ALONE = new Set(
  ["ヲ", "ヘ（一）", "ヘ（二）", "テ", "ヘ（三）", "ユ", "ク", "ケ", "メ", "マ", "ヤ", "ミ", "フ", "ル", "ム", "サ"].map((x) => `go:6:17:${x}`),
);

const partial = params.rules.filter((r) => r.node.startsWith("6/1/17/") && !ALONE.has(r.id));
const newRule = (x: string) => `go:6:17:${x}`;

test("the partial-family rules are the ones this test means (a new 第17号 rule must be placed in one group)", () => {
  expect(partial.map((r) => r.id).sort()).toEqual(
    ["ア（一）", "ア（二）", "ア（三）", "イ（一）", "イ（二）", "イ（三）", "ウ", "オ", "カ（一）", "カ（二）", "キ（一）", "キ（二）", "キ（三）", "キ（五）", "キ（四）", "コ", "シ（一）", "シ（二）", "ソ", "タ", "ツ", "ナ", "ネ", "ノ", "ヘ（四）", "ホ", "ヨ", "ラ（一）", "ラ（二）", "レ（一）", "レ（九）", "レ（二）", "レ（十）", "ロ（二）", "ロ（三）", "ロ（四）", "ロ（五）", "ワ", "ヰ"].map(newRule).sort(),
  );
});

// (a keyword that is also the rule's notKeyword — "wet etcher" for the dry-etch rules — only has to reach the catch-all)
const cases = partial.flatMap((r) => r.keywords.map((k) => [r.id, `${k} ${r.requireAny[0] ?? ""}`.trim(), r.notKeywords.includes(k)] as const));

test.each(cases)("%s keyword «%s» also reaches the 第17号 catch-all (never 非該当 alone)", (id, spec, refused) => {
  const r = classifier.classify(spec, { asOf: AS_OF });
  const ids = r.matches.map((m) => m.ruleId);
  expect(ids.includes(CATCH_ALL) || ids.includes(CATCH_ALL_WAFER)).toBe(true);
  if (!refused) expect(ids).toContain(id);
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
