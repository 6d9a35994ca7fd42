/** The index's lazily built channels and its one-edit (symmetric delete) neighbourhood. */
import { buildIndex, deletionIndexOf, ensurePhonetic } from "../../../../src/core/parties/name-index";
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
  it("indexes every one-letter deletion of a listed word, built only when first needed", () => {
    const fresh = buildIndex([list("METI-EUL", [e("Candid General Trading LLC")])]);
    expect(fresh.deletions).toBeUndefined();
    const del = deletionIndexOf(fresh);
    const candid = fresh.vocab.get("candid")!;
    for (const k of ["candid", "andid", "cndid", "cadid", "canid", "candd", "candi"]) expect(del.get(k)).toContain(candid);
    expect(del.get("cande")).toBeUndefined(); // a substitution is no deletion
  });
});

describe("katakana-reading channels", () => {
  it("are built on the first katakana query, not with the index", () => {
    const fresh = buildIndex([list("METI-EUL", [e("Candid General Trading LLC")])]);
    expect(fresh.phonGrams).toBeUndefined();
    expect(fresh.names[0].phon).toBe("");
    const q = prepareQuery("キャンディッド・ジェネラル・トレーディング", fresh, DEFAULT_CONFIG);
    expect([...candidates(q, fresh, DEFAULT_CONFIG)]).toContain(0);
    expect(fresh.names[0].phon.length).toBeGreaterThan(DEFAULT_CONFIG.phoneticMinLength);
    expect(ensurePhonetic(fresh).phonGrams.size).toBeGreaterThan(0);
  });
});
