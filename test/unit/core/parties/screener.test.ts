import { createPartyScreener, DEFAULT_CONFIG } from "../../../../src/core/parties";
import { PartyRisk } from "../../../../src/core/results";
import { e, list } from "./factory";

const eul = list("METI-EUL", [
  e("Candid General Trading LLC", { aliases: ["Candid Trading LLC"], iso2: "AE", concerns: ["M"] }),
  e("Pegasus General Trading FZE", { aliases: ["Pegasus"], iso2: "AE", concerns: ["M", "N"] }),
  e("Beijing University of Aeronautics and Astronautics (BUAA)", { script: "北京航空航天大学", aliases: ["Beihang University"], iso2: "CN", concerns: ["M", "CW"] }),
  e("Iran Aircraft Industries (IACI)", { iso2: "IR", concerns: ["M", "N"] }),
  e("Korea General Trading Corporation", { iso2: "KP", concerns: ["M"] }),
  e("Sharif University of Technology", { iso2: "IR", concerns: ["M", "N", "CW"] }),
  e("China North Industries Group Corporation Limited", { aliases: ["NORINCO"], iso2: "CN", concerns: ["C", "M"] }),
  e("Harbin Institute of Technology", { iso2: "CN", concerns: ["M"] }),
  e("Emirates General Trading", { iso2: "AE", concerns: ["N"] }),
  e("Global Technology Trading Company", { iso2: "HK", concerns: ["M"] }),
]);
const ru = list("METI-RU", [e("Federal Security Service (FSB)", { ja: "連邦保安庁", iso2: "RU", no: "6" }), e("Admiralty Shipyard JSC", { ja: "株式会社アドミラルティ造船所", iso2: "RU", no: "1" })]);
const screener = createPartyScreener([eul, ru]);
const top = (name: string, country?: string) => screener.screen(name, { country }).matches[0];

describe("createPartyScreener.screen: matching", () => {
  it("hits on an exact name and says which name matched and why", () => {
    const r = screener.screen("Candid General Trading LLC");
    expect(r.status).toBe("hit");
    expect(r.matches[0]).toMatchObject({ list: "METI-EUL", name: "Candid General Trading LLC", score: 1, concerns: ["M"] });
    expect(r.matches[0].why).toContain("words agree: candid, general, trading");
    expect(r.summary).toBe("該当: 外国ユーザーリスト（M）Candid General Trading LLC 1.00");
    expect(r.listsVersion).toBe("METI-EUL test; METI-RU test");
    expect(() => PartyRisk.parse(r)).not.toThrow();
  });

  it("ignores legal forms, case, punctuation, width and word order", () => {
    for (const q of ["candid general trading", "CANDID GENERAL TRADING L.L.C.", "Candid General Trading Co., Ltd.", "Ｃａｎｄｉｄ Ｇｅｎｅｒａｌ Ｔｒａｄｉｎｇ", "Trading Candid General"])
      expect(screener.screen(q).status).toBe("hit");
    expect(top("Technology University of Sharif")?.name).toBe("Sharif University of Technology");
  });

  it("tolerates one typo, counting a transposition as one edit", () => {
    const r = screener.screen("Cnadid General Trading");
    expect(r.matches[0].name).toBe("Candid General Trading LLC");
    expect(r.matches[0].why).toContain("cnadid≈candid");
    expect(r.matches[0].score).toBeLessThan(1);
  });

  it("matches aliases, script names (both Chinese forms) and acronyms given in parentheses", () => {
    expect(top("Beihang University")?.matchedName).toBe("Beihang University");
    expect(top("北京航空航天大學")?.matchedName).toBe("北京航空航天大学");
    expect(top("NORINCO")?.name).toBe("China North Industries Group Corporation Limited");
    expect(screener.screen("IACI").status).toBe("review"); // a short acronym is worth a look, not a hit
  });

  it("meets Latin names from katakana, with or without ・ and in half-width", () => {
    expect(top("キャンディッド・ジェネラル・トレーディング")?.name).toBe("Candid General Trading LLC");
    expect(top("ｲﾗﾝ･ｴｱｸﾗﾌﾄ･ｲﾝﾀﾞｽﾄﾘｰｽﾞ")?.name).toBe("Iran Aircraft Industries (IACI)");
    expect(top("イランエアクラフトインダストリーズ")?.name).toBe("Iran Aircraft Industries (IACI)");
  });

  it("reads katakana as staff write it: オブ/アンド/ザ and katakana legal forms have no counterpart in a list name", () => {
    // each was clear before: a missed listed customer
    for (const [q, name] of [
      ["ハルビン・インスティテュート・オブ・テクノロジー", "Harbin Institute of Technology"],
      ["シャリフ・ユニバーシティ・オブ・テクノロジー", "Sharif University of Technology"],
      ["キャンディッド・ジェネラル・トレーディング・カンパニー", "Candid General Trading LLC"],
      ["キャンディッドジェネラルトレーディングカンパニー", "Candid General Trading LLC"],
    ]) {
      const r = screener.screen(q);
      expect([q, r.status, r.matches[0]?.name]).toEqual([q, "review", name]);
    }
    expect(top("キャンディッド・ジェネラル・トレーディング・カンパニー").why).toContain("legal form ignored: カンパニー");
  });

  it("reports export-ban lists as 禁止 with the entry number, on Japanese names too", () => {
    const r = screener.screen("連邦保安庁");
    expect(r.status).toBe("hit");
    expect(r.summary).toBe("禁止: ロシア特定団体 No.6 連邦保安庁 1.00");
    expect(screener.screen("アドミラルティ造船所株式会社").matches[0].list).toBe("METI-RU");
  });

  it("treats country as a qualifier: a wrong country lowers the score a little and never hides a match", () => {
    const home = top("Candid General Trading", "AE");
    const abroad = top("Candid General Trading", "HK");
    expect(home.score).toBe(1);
    expect(abroad.score).toBeCloseTo(1 - DEFAULT_CONFIG.countryMismatchPenalty, 5);
    expect(abroad.why).toContain("HK ≠ AE");
    expect(top("Candid General Trading", "アラブ首長国連邦")?.why).toContain("AE agrees");
    expect(top("Candid General Trading", "United Arab Emirates")?.why).toContain("AE agrees");
  });

  it("says when a country is not recognised", () => {
    expect(screener.screen("Candid General Trading", { country: "Atlantis" }).notes?.join()).toContain("country not recognised");
  });

  it("does not alert on names that share only generic or one distinctive word", () => {
    for (const q of ["Toyota Tsusho Corporation", "Pegasus Logistics", "General Trading Company", "Harbin Electric Machinery", "トヨタ自動車株式会社", "Tokyo Institute of Technology"])
      expect([q, screener.screen(q).status]).toEqual([q, "clear"]);
    expect(screener.screen("Toyota Tsusho Corporation").summary).toBe("該当なし");
  });
});

describe("createPartyScreener.screen: thresholds (以上 — a score equal to the threshold reaches it)", () => {
  const typo = top("Cnadid General Trading").score; // below 1, the fixed point of these cases
  const at = (cfg: Partial<typeof DEFAULT_CONFIG>) => createPartyScreener([eul, ru], cfg).screen("Cnadid General Trading").status;
  it("hit at score ≥ hitThreshold", () => {
    expect(at({ hitThreshold: typo })).toBe("hit");
    expect(at({ hitThreshold: typo + 0.001 })).toBe("review");
  });
  it("review at score ≥ reviewThreshold, clear below", () => {
    expect(at({ hitThreshold: 1.01, reviewThreshold: typo })).toBe("review");
    expect(at({ hitThreshold: 1.01, reviewThreshold: typo + 0.001 })).toBe("clear");
  });
});

describe("createPartyScreener.screen: weak katakana readings follow the settings", () => {
  // readings that cannot reach reviewThreshold are not computed exactly (speed): the floor must
  // move with the setting, never hide a reading the setting makes count
  const q = "キャンデッド・ジャネラル・トラベル"; // reads ≈ 0.65 like Candid General Trading (idf of these two lists)
  it("stays clear at the default thresholds", () => {
    expect(screener.screen(q).status).toBe("clear");
  });
  it("is shown, with the same similarity, when reviewThreshold is lowered", () => {
    const m = createPartyScreener([eul, ru], { reviewThreshold: 0.5 }).screen(q).matches[0];
    expect(m?.name).toBe("Candid General Trading LLC");
    expect(m.why).toContain("sounds like it (0.65)");
    expect(m.score).toBeCloseTo(0.65 * DEFAULT_CONFIG.phoneticFactor, 2);
  });
});

describe("createPartyScreener.screen: katakana written as one word, and English spellings", () => {
  const s = createPartyScreener([
    list("METI-EUL", [
      e("Korea Red Cross Hospital", { iso2: "KP" }),
      e("Scientific Research Institute for Mechanical Engineering", { iso2: "RU" }),
      e("Pyongyang Technical University", { iso2: "KP" }),
      e("NPO High Precision Systems JSC", { iso2: "RU" }),
      e("Sharif University of Technology", { iso2: "IR" }),
      e("Khala Afarin Pars", { iso2: "IR" }),
    ]),
  ]);
  it.each([
    ["コリアレッドクロスホスピタル", "Korea Red Cross Hospital"], // no ・: read as the whole name in one word
    ["ピョンヤン・テクニカル・ユニバーシティ", "Pyongyang Technical University"], // ng closing a syllable = ン
    ["NPOハイ・プレシジョン・システムズ", "NPO High Precision Systems JSC"], // Latin words read with the katakana; high; -sion
    ["シャリフ工科大学", "Sharif University of Technology"], // 工科大学 read as university (of) technology
    ["ハラ・アファリン・パルス", "Khala Afarin Pars"], // kh = ハ
    ["サイエンティフィック・リサーチ・インスティテュート・フォー・メカニカル・エンジニアリング", "Scientific Research Institute for Mechanical Engineering"], // フォー = for; mech; research
  ])("%s alerts on %s (was clear)", (q, name) => {
    const r = s.screen(q);
    expect([r.status, r.matches[0]?.name]).toEqual(["review", name]);
  });
  it("reads kanji beside katakana only when every kanji is one it knows, and says how it read them", () => {
    expect(s.screen("シャリフ工科大学").matches[0].why).toContain('katakana read as "sharifu university technology"');
    expect(s.screen("シャリフ航空大学").status).toBe("clear"); // 航空 is not read: シャリフ alone is too short to count
  });
});

describe("createPartyScreener.screen: short names in katakana (weak evidence: the country decides)", () => {
  const short = createPartyScreener([list("METI-EUL", [e("Kepler Corporation", { iso2: "PK" }), e("Denise Company", { iso2: "IR" }), e("Pegasus", { iso2: "AE" }), e("Samina Pvt. Ltd.", { iso2: "PK" }), e("Faratech", { iso2: "IR" })])]);
  it("meets a listed name whose consonants are all equal, at the review threshold", () => {
    const r = short.screen("ケプラー・コーポレーション");
    expect(r.status).toBe("review");
    expect(r.matches[0]).toMatchObject({ name: "Kepler Corporation", score: DEFAULT_CONFIG.shortReadingScore });
    expect(r.matches[0].why).toContain("has the same consonants (a short name: weak evidence)");
    expect(short.screen("ケプラー", { country: "PK" }).status).toBe("review");
  });
  it("drops it when another country is given, and never by similarity alone", () => {
    expect(short.screen("デンソー", { country: "JP" }).status).toBe("clear"); // DNS = Denise, JP ≠ IR
    expect(short.screen("ケプナー").status).toBe("clear"); // KPN: one consonant away is not enough for a short name
  });
  it("asks the first vowel too: equal consonants with another vowel are another name", () => {
    expect(short.screen("サミナ").matches[0]?.name).toBe("Samina Pvt. Ltd.");
    expect(short.screen("シマノ").status).toBe("clear"); // S M N, but shi- is not sa-
    expect(short.screen("ファラテック").matches[0]?.name).toBe("Faratech"); // ファ romanised fua: a counts
    expect(short.screen("フェローテック").status).toBe("clear"); // F R T K, but fe- is not fa-
  });
  it("reads only names that are katakana alone", () => {
    expect(short.screen("ペガサス").status).toBe("review");
    expect(short.screen("ペガサス航空").status).toBe("clear");
  });
});

describe("createPartyScreener.screen: list names that say little", () => {
  const s = createPartyScreener([list("MOF-FREEZE", [e("SUN PERSON", { ja: "サン" }), e("UNNAMED GROUP", { script: "不明" }), e("OOO MG", { iso2: "RU" })])]);
  it("a list name of one or two Chinese/Japanese characters is weak evidence even when equal: review, never a hit", () => {
    const r = s.screen("サン");
    expect(r.status).toBe("review");
    expect(r.matches[0]).toMatchObject({ name: "SUN PERSON", score: DEFAULT_CONFIG.shortAcronymScore });
    expect(r.matches[0].why).toContain("a name of 2 characters: weak evidence");
    expect(s.screen("MG LLC").status).toBe("hit"); // a two-letter Latin company name stays a name
  });
  it("does not index the placeholder 不明 (unknown) the source writes for a missing name", () => {
    expect(s.screen("不明").status).toBe("clear");
  });
});

describe("createPartyScreener.screen: bad input never throws", () => {
  const bad: unknown[] = ["", "   ", "12345", "x".repeat(10000), "😀😀😀", "\u0000\u0001\u0002", '=HYPERLINK("http://x","y")', "#N/A", "#VALUE!", "A", "北", null, undefined, 42, {}, "不明", "未定", "N/A", "TBD", "ー"];
  it.each(bad.map((b) => [String(b).slice(0, 20), b]))("%s → clear with a note", (_label, input) => {
    const r = screener.screen(input as string);
    expect(r.status).toBe("clear");
    expect(r.matches).toEqual([]);
    expect(r.notes?.[0]).toMatch(/^nothing to match/);
    expect(r.summary).toContain("該当なし");
  });
  it("an empty list set says the screen is incomplete", () => {
    const r = createPartyScreener([]).screen("Candid General Trading");
    expect(r.status).toBe("clear");
    expect(r.notes).toContain("no lists loaded: screen incomplete");
  });
});

describe("createPartyScreener: index hygiene", () => {
  it("does not index list labels left behind as names (a bare 別称)", () => {
    const withLabel = e("Kremny PJSC", { ja: "公共株式会社クレムニー", aliases: ["別称"], iso2: "RU" });
    const s = createPartyScreener([list("MOF-FREEZE", [withLabel])]);
    expect(s.screen("別称").status).toBe("clear");
    expect(s.screen("公共株式会社クレムニー").status).toBe("hit");
  });
});
