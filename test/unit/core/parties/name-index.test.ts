/** The index's lazily built channels and its one-edit (symmetric delete) neighbourhood. */
import { buildIndex, ensurePhonetic, typoBucketKey, typoBucketsOf } from "../../../../src/core/parties/name-index";
import { prepareQuery } from "../../../../src/core/parties/query";
import { candidates } from "../../../../src/core/parties/matcher";
import { DEFAULT_CONFIG } from "../../../../src/core/parties/tuning";
import { e, list } from "./factory";

const index = buildIndex([
  list("METI-EUL", [
    e("Astronautics Research Institute", { iso2: "IR" }),
    e("Astronomics Trading", { iso2: "AE" }),
    e("Candid General Trading LLC", { iso2: "AE" }),
  ]),
]);
const near = (word: string) => prepareQuery(word, index, DEFAULT_CONFIG).tokens[0].near.map((id) => index.vocabText[id]);

describe("one-edit neighbourhood of a query word", () => {
  it("finds substitution, transposition, insertion and deletion, one edit each", () => {
    expect(near("astronautias")).toEqual(["astronautics"]); // substitution
    expect(near("astronuatics")).toEqual(["astronautics"]); // adjacent transposition
    expect(near("astronauticks")).toEqual(["astronautics"]); // one letter more
    expect(near("astronautcs")).toEqual(["astronautics"]); // one letter less
  });
  it("two edits are no neighbour; a listed word is not its own neighbour", () => {
    expect(near("astronuatcs")).toEqual([]);
    expect(near("candid")).toEqual([]);
  });
  it("keeps words shorter than typoMinLength out", () => {
    expect(near("lld")).toEqual([]);
  });
  it("keeps each listed word in its first-two and last-two letter buckets, built only when first needed", () => {
    const fresh = buildIndex([list("METI-EUL", [e("Candid General Trading LLC")])]);
    expect(fresh.typoBuckets).toBeUndefined();
    const buckets = typoBucketsOf(fresh);
    const candid = fresh.vocab.get("candid")!;
    const code = (s: string, i: number) => s.charCodeAt(i);
    expect(buckets.get(typoBucketKey(code("ca", 0), code("ca", 1), 0, 6))).toContain(candid);
    expect(buckets.get(typoBucketKey(code("id", 0), code("id", 1), 1, 6))).toContain(candid);
    expect(buckets.get(typoBucketKey(code("ca", 0), code("ca", 1), 0, 7))).toBeUndefined(); // another length
  });
  it("finds a typo that keeps only the first two letters, or only the last two", () => {
    expect(near("astronautxcz")).toEqual([]); // two edits
    expect(near("xstronautics")).toEqual(["astronautics"]); // first letter wrong: found by the last two
    expect(near("astronauticz")).toEqual(["astronautics"]); // last letter wrong: found by the first two
  });
});

describe("katakana-reading channels", () => {
  it("are built on the first katakana query, not with the index", () => {
    const fresh = buildIndex([list("METI-EUL", [e("Candid General Trading LLC")])]);
    expect(fresh.phonGrams).toBeUndefined();
    expect(fresh.names[0].phon).toBe("");
    const q = prepareQuery("キャンディッド・ジェネラル・トレーディング", fresh, DEFAULT_CONFIG);
    expect(candidates(q, fresh, DEFAULT_CONFIG)).toContain(0);
    expect(fresh.names[0].phon.length).toBeGreaterThan(DEFAULT_CONFIG.phoneticMinLength);
    expect(ensurePhonetic(fresh).phonGrams.size).toBeGreaterThan(0);
  });
});

describe("names' term ids in flat buffers (what the candidate bound reads)", () => {
  const cjk = buildIndex([
    list("METI-EUL", [e("Candid General Trading LLC", { iso2: "AE" }), e("北京航空航天大学 (Beihang University)", { iso2: "CN" }), e("Astronautics Research Institute", { iso2: "IR" })]),
  ]);
  it("hold, name by name, exactly each name's token and bigram ids", () => {
    const slice = (start: Int32Array, ids: Int32Array, ni: number) => [...ids.subarray(start[ni], start[ni + 1])];
    expect(cjk.names.length).toBeGreaterThan(3); // parenthesis variants are names too
    for (const nm of cjk.names) {
      expect(slice(cjk.nameTokenStart, cjk.nameTokens, nm.id)).toEqual(nm.tokens);
      expect(slice(cjk.nameGramStart, cjk.nameGrams, nm.id)).toEqual(nm.grams);
    }
    expect(cjk.nameGrams.length).toBe(cjk.names.reduce((a, nm) => a + nm.grams.length, 0));
    expect(cjk.nameGrams.length).toBeGreaterThan(0);
  });
});
