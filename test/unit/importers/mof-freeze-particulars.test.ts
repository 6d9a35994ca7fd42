/**
 * MOF asset-freeze aliases without identifying particulars: the Taliban/ISIL sheets write birth
 * dates and places, passport numbers and where they were issued among the aliases; they are no
 * names (a name screen against "1955年に" or "アフガニスタン" is noise, and it hides the real alias).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ListData } from "../../../src/core/data/schemas";
import { importMofFreeze, splitAliases, withoutParticulars } from "../../../scripts/importers/mof-freeze";

const FILE = join(__dirname, "../../../../shared/data/lists/mof-asset-freeze/shisantouketsu20260305.xlsx");
const PARTICULAR = /旅券|出生|生年月日|発行|有効期限|[\d０-９]{4}\s*年|\b(?:DOB|POB|born|passport)\b/i;

describe("withoutParticulars / splitAliases", () => {
  it("cuts particulars written after a name at the bracket, comma or space where they begin", () => {
    expect(withoutParticulars("Iadena Mohammad, DOB: 01 Jan.1969. POB: Badakhshan.")).toBe("Iadena Mohammad");
    expect(withoutParticulars("Mohammad Ishaq Akhund born in 1963")).toBe("Mohammad Ishaq Akhund");
    expect(withoutParticulars("サイフ・アル・アドル（生年月日：１９６３年４月１１日。出生地：エジプト")).toBe("サイフ・アル・アドル");
  });
  it("drops pieces that are particulars through and through", () => {
    for (const p of ["アフガニスタン旅券番号：OR1961825", "1955年に", "カブールの中央旅券部門で", "2003年12月20日に発行", "有効期限：2017年1月10日", "11 Apr. 1960 b)11 Apr. 1963.", "１９６０年４月１１日"])
      expect(withoutParticulars(p)).toBe("");
  });
  it("keeps names with numbers that are part of the name", () => {
    expect(withoutParticulars("Military Unit 20924")).toBe("Military Unit 20924");
    expect(withoutParticulars("連邦国家機関軍事ユニット25969")).toBe("連邦国家機関軍事ユニット25969");
  });
  it("a bracketed note between two names separates them", () => {
    expect(splitAliases("アブデル・イラー・サブリ（南アフリカ旅券434021161と関連を有する偽名。）Abd al-Muhsin").map((n) => n.value)).toEqual(["アブデル・イラー・サブリ", "Abd al-Muhsin"]);
    expect(splitAliases("モハメド・アワーニー（1970年2月5日チュニジア国チュニスにて出生）").map((n) => n.value)).toEqual(["モハメド・アワーニー"]);
  });
});

(existsSync(FILE) ? describe : describe.skip)("the real MOF file (2026-03-05)", () => {
  let mof: ListData;
  beforeAll(async () => {
    mof = await importMofFreeze({ name: "shisantouketsu20260305.xlsx", bytes: new Uint8Array(readFileSync(FILE)) });
  }, 60_000);
  it("keeps every entry and leaves no alias that is a birth, passport or issue particular", () => {
    expect(mof.entries.length).toBe(2876);
    const left = mof.entries.flatMap((e) => e.names.filter((n) => n.kind.endsWith("alias") && PARTICULAR.test(n.value)).map((n) => n.value));
    expect(left).toEqual([]);
  });
  it("keeps the names the particulars were glued to", () => {
    const all = new Set(mof.entries.flatMap((e) => e.names.map((n) => n.value)));
    expect(all.has("アフタール・モハマド")).toBe(true);
    expect(all.has("ハッジ・グラブ・グル")).toBe(true);
    expect(all.has("サイフ・アル・アドル")).toBe(true);
  });
});
