import type { ExportOrderData } from "../../../../src/core/data/schemas";
import { createDestinationResolver, destinationKey, type DestinationResolver } from "../../../../src/core/destinations";
import { DESTINATION_ALIASES, AMBIGUOUS_DESTINATIONS } from "../../../../src/core/destinations/aliases";
import { Destination } from "../../../../src/core/results";
import { loadExportOrder } from "./export-order-data";

let eo: ExportOrderData;
let r: DestinationResolver;
beforeAll(async () => {
  eo = await loadExportOrder();
  r = createDestinationResolver(eo);
});

const iso = (s: string) => r.resolve(s).iso2;

describe("resolving what staff type", () => {
  test.each([
    ["US", "US"], ["USA", "US"], ["U.S.", "US"], ["U.S.A.", "US"], ["米国", "US"], ["アメリカ", "US"], ["アメリカ合衆国", "US"], ["United States", "US"],
    ["UK", "GB"], ["英国", "GB"], ["イギリス", "GB"], ["United Kingdom", "GB"], ["GBR", "GB"],
    ["韓国", "KR"], ["大韓民国", "KR"], ["South Korea", "KR"], ["Republic of Korea", "KR"], ["ROK", "KR"], ["KOR", "KR"],
    ["北朝鮮", "KP"], ["DPRK", "KP"], ["North Korea", "KP"], ["朝鮮民主主義人民共和国", "KP"],
    ["中国", "CN"], ["中華人民共和国", "CN"], ["PRC", "CN"], ["China", "CN"],
    ["台湾", "TW"], ["Taiwan", "TW"], ["香港", "HK"], ["Hong Kong", "HK"], ["マカオ", "MO"], ["Macau", "MO"], ["Macao", "MO"],
    ["UAE", "AE"], ["アラブ首長国連邦", "AE"], ["Türkiye", "TR"], ["Turkey", "TR"], ["Turkiye", "TR"], ["トルコ", "TR"],
    ["Czechia", "CZ"], ["Czech Republic", "CZ"], ["チェコ", "CZ"], ["ロシア", "RU"], ["Russia", "RU"], ["イラン", "IR"], ["中央アフリカ", "CF"],
  ])("%s → %s", (input, code) => {
    expect(iso(input)).toBe(code);
  });

  test("full-width letters, spaces and case do not matter", () => {
    expect(iso("ＵＳＡ")).toBe("US");
    expect(iso("  south   KOREA ")).toBe("KR");
    expect(iso("ｈｏｎｇ ｋｏｎｇ")).toBe("HK");
    expect(iso("de")).toBe("DE");
  });

  test("Hong Kong, Taiwan and Macau are separate regions, not China", () => {
    const codes = ["香港", "台湾", "マカオ", "中国"].map(iso);
    expect(new Set(codes).size).toBe(4);
    for (const s of ["HK", "TW", "MO"]) expect(r.resolve(s).tables).toEqual([]);
    expect(r.resolve("CN").tables).toEqual(["別表第2の4"]);
  });

  test("unknown, empty and ambiguous input is needs_review, never 'other'", () => {
    for (const s of ["", "   ", "Atlantis", "xyz", "Korea", "Congo", "コンゴ", "ZZ"]) {
      const d = r.resolve(s);
      expect(d.status).toBe("needs_review");
      expect(d.group).toBeUndefined();
      expect(d.iso2).toBeUndefined();
      expect(d.summary).toMatch(/^要確認/);
    }
  });

  test("bad input types never throw", () => {
    expect(r.resolve(undefined as unknown as string).status).toBe("needs_review");
    expect(r.resolve(42 as unknown as string).status).toBe("needs_review");
  });
});

describe("memberships from the imported 輸出令 tables", () => {
  test("every country of every imported table resolves by its law name to its own iso2 and membership", () => {
    for (const t of Object.values(eo.tables)) {
      for (const c of t.countries) {
        const d = r.resolve(c.lawName);
        expect(d.iso2).toBe(c.iso2);
        expect(d.tables).toContain(t.id);
      }
    }
  });

  test("Group A is exactly 別表第3 (27) and includes Korea", () => {
    expect(eo.tables["別表第3"].countries).toHaveLength(27);
    const kr = r.resolve("韓国");
    expect(kr.group).toBe("A");
    expect(kr.tables).toEqual(["別表第3"]);
  });

  test("Iraq is both 別表第3の2 and 別表第4 (group D)", () => {
    const d = r.resolve("Iraq");
    expect(d.group).toBe("D");
    expect(d.tables).toEqual(expect.arrayContaining(["別表第3の2", "別表第4"]));
    expect(d.tables).toHaveLength(2);
  });

  test("North Korea: D with both tables and the all-goods ban in notes", () => {
    const d = r.resolve("北朝鮮");
    expect(d.group).toBe("D");
    expect(d.tables).toEqual(expect.arrayContaining(["別表第3の2", "別表第4"]));
    expect(d.notes?.join()).toMatch(/第2条第1項第1号の2/);
  });

  test("Iran is 別表第4 only; Afghanistan 別表第3の2 only", () => {
    expect(r.resolve("Iran").tables).toEqual(["別表第4"]);
    expect(r.resolve("AFG").tables).toEqual(["別表第3の2"]);
    expect(r.resolve("AFG").group).toBe("D");
  });

  test("別表第2の4 countries are 'other' with the 第1号の8 note", () => {
    const d = r.resolve("UAE");
    expect(d.group).toBe("other");
    expect(d.tables).toEqual(["別表第2の4"]);
    expect(d.notes?.join()).toMatch(/第2条第1項第1号の8/);
  });

  test("Russia and Belarus are 'other' but carry the 別表第2の3 measures", () => {
    for (const s of ["RU", "BY"]) {
      const d = r.resolve(s);
      expect(d.group).toBe("other");
      expect(d.notes?.join()).toMatch(/別表第2の3/);
    }
  });

  test("law name is the Japanese display name where the law names the country", () => {
    expect(r.resolve("GB").name?.ja).toBe("英国");
    expect(r.resolve("KP").name?.ja).toBe("北朝鮮");
    expect(r.resolve("TW").name).toEqual({ ja: "台湾", en: "Taiwan" });
  });

  test("results satisfy the Destination schema and carry the rules version", () => {
    for (const s of ["US", "", "Iraq", "Korea"]) {
      const d = Destination.parse(r.resolve(s));
      expect(d.rulesVersion).toBe(`輸出令 ${eo.provenance.effective}`);
    }
  });
});

describe("alias table hygiene", () => {
  test("every alias and ambiguous key is already in normalised form", () => {
    for (const k of [...Object.keys(DESTINATION_ALIASES), ...Object.keys(AMBIGUOUS_DESTINATIONS)]) expect(destinationKey(k)).toBe(k);
  });
  test("every alias points at a valid ISO code", () => {
    for (const [k, code] of Object.entries(DESTINATION_ALIASES)) {
      expect(r.resolve(code).status).toBe("resolved");
      expect(iso(k)).toBe(code);
    }
  });
});
