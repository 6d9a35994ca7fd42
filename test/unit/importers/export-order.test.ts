/**
 * The 輸出令 importer on the real e-Gov file (../shared/data/law): country tables, 16項 scope,
 * 別表第三の三 and 別表第二の三, and that the bundled rules/law/export-order.json is its output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ImportError, toJson } from "../../../scripts/importers/common";
import { kanjiToNumber, parseAmendLawNum, parseLawXml } from "../../../scripts/importers/egov-xml";
import { appendix1Refs, hsChaptersFromText, hsRefsFromText, importExportOrder, lawCountryToIso2 } from "../../../scripts/importers/export-order";
import { EXPORT_ORDER_FILE } from "../../../scripts/importers/law-steps";
import type { ExportOrderData } from "../../../src/core/data/schemas";

const DATA = join(__dirname, "../../../../shared/data");
const ROOT = join(__dirname, "../../..");
const file = { name: EXPORT_ORDER_FILE.split("/").pop()!, bytes: new Uint8Array(readFileSync(join(DATA, EXPORT_ORDER_FILE))) };

let data: ExportOrderData;
beforeAll(async () => {
  data = await importExportOrder(file);
});

const isos = (id: string) => data.tables[id].countries.map((c) => c.iso2);

describe("country tables", () => {
  test("counts as the law has them: 別表第3 27, 第3の2 10, 第4 3, 第2の4 10", () => {
    expect(data.tables["別表第3"].countries).toHaveLength(27);
    expect(data.tables["別表第3の2"].countries).toHaveLength(10);
    expect(data.tables["別表第4"].countries).toHaveLength(3);
    expect(data.tables["別表第2の4"].countries).toHaveLength(10);
    expect(data.provenance.counts["別表第3"]).toBe(27);
  });

  test("every law name maps to a distinct ISO code within its table", () => {
    for (const t of Object.values(data.tables)) {
      for (const c of t.countries) expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(new Set(isos(t.id)).size).toBe(t.countries.length);
    }
  });

  test("names are kept exactly as written; the ones the library spells differently map via law-country-names", () => {
    const names = data.tables["別表第3"].countries.map((c) => c.lawName);
    expect(names).toContain("英国");
    expect(names).toContain("アメリカ合衆国");
    expect(data.tables["別表第3"].countries.find((c) => c.lawName === "英国")?.iso2).toBe("GB");
    expect(data.tables["別表第3の2"].countries.find((c) => c.lawName === "北朝鮮")?.iso2).toBe("KP");
    expect(data.tables["別表第3の2"].countries.find((c) => c.lawName === "中央アフリカ")?.iso2).toBe("CF");
    expect(lawCountryToIso2("グレートブリテン及び北アイルランド連合王国")).toBe("GB");
    expect(lawCountryToIso2("チェコ共和国")).toBe("CZ");
    expect(lawCountryToIso2("どこでもない国")).toBeUndefined();
  });

  test("Korea is in 別表第3 (restored in 2023); Iran, Iraq, North Korea form 別表第4", () => {
    expect(isos("別表第3")).toContain("KR");
    expect(isos("別表第3")).toEqual(expect.arrayContaining(["US", "GB", "DE", "FR", "AU", "CA", "NZ", "AR"]));
    expect([...isos("別表第4")].sort()).toEqual(["IQ", "IR", "KP"]);
    expect(isos("別表第3の2")).toEqual(["AF", "CF", "CD", "IQ", "LB", "LY", "KP", "SO", "SS", "SD"]);
    expect(isos("別表第2の4")).toEqual(expect.arrayContaining(["CN", "IN", "TR", "AE", "TH"]));
  });

  test("citations name the 輸出令 table", () => {
    expect(data.tables["別表第3の2"].citation).toBe("輸出貿易管理令別表第三の二");
  });
});

describe("別表第一 16項 scope", () => {
  test("HS chapters 25–40, 54–59, 63, 68–93, 95 derived from the text", () => {
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i).padStart(2, "0"));
    expect(data.item16Chapters).toEqual([...range(25, 40), ...range(54, 59), "63", ...range(68, 93), "95"]);
  });

  test("chapter 84 (machinery) is in scope, 94 (furniture) and 24 (tobacco) are not", () => {
    expect(data.item16Chapters).toContain("84");
    expect(data.item16Chapters).not.toContain("94");
    expect(data.item16Chapters).not.toContain("24");
  });

  test("chapter ranges read both numeral styles and refuse nonsense", () => {
    expect(hsChaptersFromText("第二十五類から第二十七類まで又は第九五類")).toEqual(["25", "26", "27", "95"]);
    expect(() => hsChaptersFromText("第九〇類から第八〇類まで")).toThrow(ImportError);
  });
});

describe("別表第三の三 and 別表第二の三", () => {
  test("small-value goods keep the text and list the 別表第一 items it refers to", () => {
    expect(data.smallValueItems).toHaveLength(1);
    const refs = data.smallValueItems[0].exportOrderItems;
    expect(refs[0]).toBe("5項(14)");
    expect(refs).toEqual(expect.arrayContaining(["5項(18)", "7項(2)", "7項(15)", "8項", "10項(9の2)", "13項(5)", "15項"]));
    expect(refs).toHaveLength(21);
    expect(data.smallValueItems[0].text).toContain("経済産業大臣が告示で定めるもの");
  });

  test("別表第一 references: the table's own 第一 is not read as an item number", () => {
    expect(appendix1Refs("別表第一の三の二の項（一）若しくは（九の二）又は同表の一五の項の中欄")).toEqual(["3の2項(1)", "3の2項(9の2)", "15項"]);
  });

  test("別表第二の三: every 号 and sub-item with its citation; 第一号 refers to the list-controlled goods", () => {
    const first = data.approvalGoodsRuBy[0];
    expect(first).toMatchObject({ path: "1", citation: "輸出貿易管理令別表第二の三第一号", listed: true });
    const boiler = data.approvalGoodsRuBy.find((a) => a.citation === "輸出貿易管理令別表第二の三第二の二号（４０）");
    expect(boiler?.text).toContain("ボイラー及び機械類");
    expect(data.approvalGoodsRuBy.filter((a) => a.listed)).toHaveLength(1);
    expect(new Set(data.approvalGoodsRuBy.map((a) => a.path)).size).toBe(data.approvalGoodsRuBy.length);
  });

  test("HS references are parsed when a text writes them (the 2026 order itself gives none)", () => {
    expect(hsRefsFromText("関税定率法別表第八四・五六項及び第八五四二・三一号並びに第九〇類")).toEqual(["84.56", "8542.31", "90"]);
    expect(data.approvalGoodsRuBy.every((a) => a.hs.length === 0)).toBe(true);
  });
});

describe("provenance and determinism", () => {
  test("revision, dates and sha256 of the source file", () => {
    expect(data.revision).toBe("324CO0000000378_20260214_507CO0000000376");
    expect(data.provenance).toMatchObject({ effective: "2026-02-14", dataDate: "2025-11-14", sourceFile: file.name });
    expect(data.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the same file imports to byte-identical JSON, equal to the committed rules/law/export-order.json", async () => {
    const again = await importExportOrder(file);
    expect(toJson(again)).toBe(toJson(data));
    expect(readFileSync(join(ROOT, "rules/law/export-order.json"), "utf8")).toBe(toJson(data));
  });

  test("bad input is refused with an ImportError, never half-imported", async () => {
    await expect(importExportOrder({ name: file.name, bytes: new TextEncoder().encode("<Law><LawBody><LawTitle>輸出貿易管理令</LawTitle></LawBody></Law>") })).rejects.toThrow(ImportError);
    await expect(importExportOrder({ name: "whatever.xml", bytes: file.bytes })).rejects.toThrow(/file name/);
    expect(() => parseLawXml(new TextEncoder().encode("<html/>"))).toThrow(ImportError);
  });
});

describe("numerals", () => {
  test("kanji numerals in both styles", () => {
    expect(kanjiToNumber("二十五")).toBe(25);
    expect(kanjiToNumber("二五")).toBe(25);
    expect(kanjiToNumber("一〇")).toBe(10);
    expect(kanjiToNumber("一、〇〇〇")).toBe(1000);
    expect(kanjiToNumber("百二")).toBe(102);
    expect(kanjiToNumber("１２")).toBe(12);
    expect(kanjiToNumber("イ")).toBeUndefined();
    expect(parseAmendLawNum("令和七年一一月一四日経済産業省令第七二号")).toEqual({ date: "2025-11-14", no: 72 });
  });
});
