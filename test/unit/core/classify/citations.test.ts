/**
 * Clauses quoted by number in a spec, including the numbers of earlier texts (old 該非判定書):
 * read on the real control tree and the formerCitations table of rules/params/index.yaml.
 */
import { buildCitationIndex, citeNumber } from "../../../../src/core/classify/citations";
import { normaliseSpec } from "../../../../src/core/classify/normalise";
import { load } from "./load";

const { tree, params, classifier } = load();
const index = buildCitationIndex(tree, params.formerCitations);
const find = (s: string) => index.find(normaliseSpec(s).text);
const classify = (spec: string, asOf = "2026-06-01") => classifier.classify(spec, { asOf });

describe("clause numbers as staff write them", () => {
  test.each([
    ["第6条第1号カ", "貨物等省令第6条第1号カ"],
    ["6条1号カ", "貨物等省令第6条第1号カ"],
    ["第６条第１号カ", "貨物等省令第6条第1号カ"],
    ["第六条第一号カ", "貨物等省令第6条第1号カ"],
    ["第6条 第1号 力", "貨物等省令第6条第1号カ"], // METI's PDF: kanji 力 for カ
    ["貨物等省令第7条第6号イ", "貨物等省令第7条第6号イ"],
    ["第6条第17号の2イ（九）", "貨物等省令第6条第17号の2イ"], // no （九）: the deepest existing clause
    ["第1条第14号ロ（一）", "貨物等省令第1条第14号ロ（一）"],
    ["第十九条第三項第七号", "貨物等省令第19条第3項第7号"],
  ])("%s → %s", (quoted, citation) => {
    expect(find(quoted).map((r) => r.node.citation)).toContain(citation);
  });
  test("kanji numerals", () => {
    expect([citeNumber("十七"), citeNumber("六"), citeNumber("二十"), citeNumber("一七"), citeNumber("百二")]).toEqual([17, 6, 20, 17, 102]);
  });
  test("a katakana word after the number is not a sub-clause letter (イオン注入)", () => {
    expect(find("第6条第17号イオン注入装置").map((r) => r.node.citation)).toEqual(["貨物等省令第6条第17号"]);
  });
  test("another law's numbers are not the 貨物等省令's (輸出令第4条第1項第5号)", () => {
    expect(find("輸出令第4条第1項第5号 少額特例")).toEqual([]);
  });
  test("no citation, no work", () => {
    expect(find("5軸マシニングセンタ 位置決め精度 0.004mm")).toEqual([]);
  });
});

describe("former numbers (改正前の番号) from rules/params/index.yaml", () => {
  test("every entry points at a clause of today's text", () => {
    const ids = new Set(tree.nodes.map((n) => n.id));
    expect(params.formerCitations.length).toBeGreaterThanOrEqual(2);
    for (const f of params.formerCitations) {
      expect(ids.has(f.current)).toBe(true);
      expect(f.source).not.toBe("");
    }
  });
  test("old SEM number 第6条第17号の4 reads as today's 第6条第17号の2イ, and today's 17号の4 too", () => {
    const r = find("第6条第17号の4");
    expect(r.map((x) => [x.node.citation, x.former?.former ?? null])).toEqual([
      ["貨物等省令第6条第17号の2イ", "第6条第17号の4"],
      ["貨物等省令第6条第17号の4", null],
    ]);
  });
  test("a quoted current letter is not read as the old clause (第6条第17号の2イ ≠ old 17号の2 pellicle)", () => {
    expect(find("第6条第17号の2イ").map((x) => x.former)).toEqual([undefined]);
  });
});

describe("classify with a quoted clause number", () => {
  test("SEM with its 2024 number: the current clause, reason 旧 第6条第17号の4（改正前の番号）", () => {
    const r = classify("走査型電子顕微鏡 半導体画像取得用 第6条第17号の4");
    expect(r.status).toBe("needs_review");
    const sem = r.matches.find((m) => m.citation === "貨物等省令第6条第17号の2イ");
    expect(sem?.reasons[0]).toMatch(/^旧 第6条第17号の4（改正前の番号、2024-09-08 施行/);
    // the words settle which reading: not also today's mask blank
    expect(r.matches.some((m) => m.citation === "貨物等省令第6条第17号の4")).toBe(false);
  });
  test("the old number alone: both readings, never 非該当", () => {
    const r = classify("第6条第17号の4 該当品");
    expect(r.status).toBe("needs_review");
    expect(r.matches.map((m) => m.citation)).toEqual(expect.arrayContaining(["貨物等省令第6条第17号の2イ", "貨物等省令第6条第17号の4"]));
    expect(r.missing.some((m) => m.param === "clause_requirements" && m.ruleId === "cite:6/1/17_4")).toBe(true);
  });
  test("EUV pellicle with its 2024 number 第6条第17号の2 → 第6条第17号の3ホ", () => {
    const r = classify("EUVペリクル 第6条第17号の2");
    expect(r.status).toBe("needs_review");
    const m = r.matches.find((x) => x.citation === "貨物等省令第6条第17号の3ホ");
    expect(m?.reasons[0]).toContain("旧 第6条第17号の2（改正前の番号");
    expect(r.matches.some((x) => x.citation.startsWith("貨物等省令第6条第17号の2"))).toBe(false);
  });
  test("a quoted clause makes its rule a candidate even without the item's words", () => {
    const r = classify("第7条第6号イ 物理量子ビット 40 CNOT error 0.01%");
    expect(r.status).toBe("listed");
    expect(r.matches[0].reasons[0]).toContain("貨物等省令第7条第6号イ");
  });
});
