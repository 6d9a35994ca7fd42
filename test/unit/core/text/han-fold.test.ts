import { Converter } from "opencc-js";
import { foldHan } from "../../../../src/core/text";

describe("foldHan (table generated from opencc-js jp → cn)", () => {
  it("folds every Han character exactly as opencc-js does, one character at a time", () => {
    // the table must not drift from opencc-js: regenerate with scripts/importers/han-fold.ts
    const convert = Converter({ from: "jp", to: "cn" });
    const han = /\p{Script=Han}/u;
    const differ: string[] = [];
    let checked = 0;
    for (let cp = 0; cp <= 0x3ffff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!han.test(ch)) continue;
      checked++;
      const o = convert(ch);
      const want = [...o].length === 1 ? o : ch;
      if (foldHan(ch) !== want) differ.push(`${ch}→${foldHan(ch)} (opencc ${want})`);
    }
    expect(checked).toBeGreaterThan(90000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it("folds traditional and shinjitai forms inside mixed text, astral characters included", () => {
    expect(foldHan("北京航空航天大學")).toBe("北京航空航天大学");
    expect(foldHan("國際 Trading 廣州")).toBe("国际 Trading 广州");
    expect(foldHan("イラン電子工業")).toBe("イラン电子工业");
    expect(foldHan("𠵾㗲x")).toBe("𠵾𠵾x");
    expect(foldHan("no han here")).toBe("no han here");
  });
});
