import { toRomaji } from "wanakana";
import { plainKanaRomaji, romanize } from "../../../../src/core/text/kana";

/** Plain katakana and hiragana letters: the text plainKanaRomaji takes on itself. */
const LETTERS: string[] = [];
for (let c = 0x30a1; c <= 0x30f4; c++) LETTERS.push(String.fromCharCode(c));
for (let c = 0x3041; c <= 0x3094; c++) LETTERS.push(String.fromCharCode(c));

describe("plainKanaRomaji: wanakana's toRomaji without its per-call cost", () => {
  it("equals wanakana on every string of one or two plain kana letters (28,392 strings)", () => {
    const differ: string[] = [];
    for (const a of LETTERS) {
      if (plainKanaRomaji(a) !== toRomaji(a)) differ.push(a);
      for (const b of LETTERS) if (plainKanaRomaji(a + b) !== toRomaji(a + b)) differ.push(a + b);
    }
    expect(differ).toEqual([]);
  });
  it("equals wanakana on 5,000 seeded random strings of 3–12 letters and on real readings", () => {
    let s = 5;
    const r = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const words = ["テピョンサン", "シッピング", "カンパニ", "インダストリーズ", "ヴォロディミル", "ッカ", "ンア", "キャノン", "ディフェンス"].map((w) => w.replace(/ー/g, ""));
    for (let t = 0; t < 5000; t++) {
      let w = "";
      for (let k = 3 + Math.floor(r() * 10); k > 0; k--) w += LETTERS[Math.floor(r() * LETTERS.length)];
      words.push(w);
    }
    expect(words.filter((w) => plainKanaRomaji(w) !== toRomaji(w))).toEqual([]);
  });
  it("leaves other text to wanakana (ー, ・, ヵ, ヶ, Latin, kanji)", () => {
    for (const w of ["コーヒー", "ア・イ", "ヵ", "ヶ月", "abc", "東京", "ア1"]) expect(plainKanaRomaji(w)).toBeUndefined();
    expect(plainKanaRomaji("")).toBe("");
  });
  it("romanize gives wanakana's romaji, lower-cased, ー dropped", () => {
    expect(romanize("シッピング")).toBe("shippingu");
    expect(romanize("コーヒー")).toBe(toRomaji("コヒ").toLowerCase());
  });
});
