/** US CSL (2022 fixture, not bundled) and MOF asset-freeze importers on the real files. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import type { ListData } from "../../../src/core/data/schemas";
import { toJson } from "../../../scripts/importers/common";
import { importListFile } from "../../../scripts/importers/detect";
import { firstDate, importMofFreeze, splitAliases, splitOriginalScript } from "../../../scripts/importers/mof-freeze";
import { CSL_2022_COUNTS, cslCountry, importUsCsl } from "../../../scripts/importers/us-csl";

const DATA = join(__dirname, "..", "..", "..", "..", "shared", "data", "lists");

describe("US Consolidated Screening List (2022 fixture)", () => {
  let csl: ListData;
  beforeAll(async () => {
    csl = await importUsCsl({ name: "consolidated_2022-05.csv", bytes: new Uint8Array(gunzipSync(readFileSync(join(DATA, "us-csl", "consolidated_2022-05.csv.gz")))) }, CSL_2022_COUNTS);
  }, 60_000);
  test("14,160 rows, 2,001 of them Entity List", () => {
    expect(csl.entries).toHaveLength(14160);
    expect(csl.entries.filter((e) => e.programme!.startsWith("Entity List (EL)"))).toHaveLength(2001);
    expect(csl.provenance.counts["source:EL"]).toBe(2001);
  });
  test("an Entity List row: `; and`-separated alt names, country from the address code, FR notice", () => {
    const e = csl.entries.find((x) => x.name === "140 Repair Plant JSC")!;
    expect(e.names.map((n) => n.value)).toEqual(["140 Repair Plant JSC", "Open Joint Stock Company 140 Repair Plant", "JSC 140 Repair Plant"]);
    expect(e.country).toEqual({ name: "BY", iso2: "BY" });
    expect(e.designation).toEqual({ notice: "87 FR 20299", date: "2022-04-07" });
  });
  test("an SDN individual with two nationalities gets no country (not clear)", () => {
    const e = csl.entries.find((x) => x.name.startsWith("'ABD AL-RAZZIQ"))!;
    expect(e.partyType).toBe("individual");
    expect(e.country).toBeUndefined();
    expect(e.names.filter((n) => n.kind === "alias").length).toBeGreaterThan(10);
  });
  test("dataDate is the latest start_date; version says so", () => {
    expect(csl.version).toBe("US-CSL 2022-04-21");
  });
  test("cslCountry: all addresses agree, or one nationality; otherwise none", () => {
    const row = (addresses: string, nationalities = "", citizenships = "") => ({ addresses, nationalities, citizenships });
    expect(cslCountry(row("Moscow, RU; St Petersburg, RU"))).toEqual({ name: "RU", iso2: "RU" });
    expect(cslCountry(row("Moscow, RU; Minsk, BY"))).toBeUndefined();
    expect(cslCountry(row("", "IR"))).toEqual({ name: "IR", iso2: "IR" });
    expect(cslCountry(row("", "CA; SD"))).toBeUndefined();
  });
  test("a gzipped CSL (first rows of the real file) is recognised through importListFile", async () => {
    const text = gunzipSync(readFileSync(join(DATA, "us-csl", "consolidated_2022-05.csv.gz"))).toString("utf8");
    const head = text.split("\n").slice(0, 4).join("\n") + "\n"; // 3 rows, none with a line break inside quotes
    const d = await importListFile({ name: "consolidated.csv.gz", bytes: new Uint8Array(gzipSync(head)) });
    expect(d.id).toBe("US-CSL");
    expect(d.entries.map((e) => e.name)).toEqual(["I. ASH", "'ABBAS, Rim", "'ABBAS, Yasir"]);
  });
});

describe("MOF asset-freeze list 2026-03-05 (暫定版)", () => {
  let mof: ListData;
  beforeAll(async () => {
    mof = await importMofFreeze({ name: "shisantouketsu20260305.xlsx", bytes: new Uint8Array(readFileSync(join(DATA, "mof-asset-freeze", "shisantouketsu20260305.xlsx"))) });
  }, 60_000);
  test("44 programmes; 3 lifted; deleted entries counted, not screened; the one nameless row named in notes", () => {
    const c = mof.provenance.counts;
    expect(c.programmes).toBe(44);
    expect(c.liftedProgrammes).toBe(3);
    expect(c.deleted).toBe(598);
    expect(c.noName).toBe(1);
    expect(mof.provenance.notes!.join("\n")).toMatch(/2\.タリバーン関係者等 row 276 \(告示番号 274\)/);
    expect(mof.provenance.notes!.join("\n")).toMatch(/暫定版/);
    // every screenable row + deleted + nameless = the numbered rows of the programme sheets
    expect(c.entries + c.deleted + c.noName).toBe(2876 + 598 + 1);
    expect(mof.entries.every((e) => !e.names.some((n) => /削除/.test(n.value)))).toBe(true);
  });
  test("per-programme counts of the big sheets", () => {
    const c = mof.provenance.counts;
    expect([c["programme:2"], c["deleted:2"], c["programme:28"], c["programme:29"], c["deleted:29"], c["programme:41"], c["deleted:41"]]).toEqual([480, 317, 369, 752, 7, 0, 5]);
  });
  test("provenance: 財務省, 2026-03-05", () => {
    expect(mof.version).toBe("MOF-FREEZE 2026-03-05");
    expect(mof.provenance.publisher).toBe("財務省");
  });
  test("individuals and entities from the programme titles", () => {
    const putin = mof.entries.find((e) => e.name === "Vladimir Putin")!;
    expect(putin).toMatchObject({ entryNo: "29-1", partyType: "individual", designation: { date: "2022-03-01" } });
    expect(putin.names).toContainEqual({ value: "ウラジーミル・プーチン", kind: "ja" });
    const aeoi = mof.entries.find((e) => e.entryNo === "20-1")!;
    expect(aeoi.partyType).toBe("entity");
    expect(aeoi.names.map((n) => n.value)).toEqual(expect.arrayContaining(["イラン原子力庁", "AEOI", "Sazeman-e Energy Atomi"]));
  });
  test("original script split off the English name; nationality → ISO", () => {
    const e = mof.entries.find((x) => x.name === "MOHAMED LAKHAL")!;
    expect(e.names[1]).toEqual({ value: "محمد لكحل", kind: "script" });
    expect(e.country?.iso2).toBe("TN");
  });
  test("alias labels are stripped: no name is a bare 別称/a.k.a., starts with a label or a closing bracket", () => {
    // 2026-03-05 used to yield 251 bare 別称 and fragments such as 別称）国家航空宇宙技術総局;
    // entry counts are unchanged by this (labels only ever produced extra names, never entries)
    const bundled = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "rules", "lists", "mof-freeze.json"), "utf8")) as ListData;
    const bad = (v: string) => /^[）)\]」』,，、:：]/.test(v) || /^[（(]?\s*(別称|別名|旧称)\s*\d*\s*([）)、，,：:]|$)/.test(v) || /^[af]\.?k\.?a\.?\s*:?$/i.test(v);
    for (const d of [mof, bundled]) {
      const names = d.entries.flatMap((e) => e.names.map((n) => n.value));
      expect(names.filter(bad)).toEqual([]);
      expect(names.length).toBeGreaterThan(13000);
    }
    const nata = mof.entries.find((e) => e.entryNo === "14-29")!;
    expect(nata.names).toEqual(expect.arrayContaining([
      { value: "国家航空宇宙技術総局", kind: "ja_alias" },
      { value: "ナショナル・エアロスペース・デベロップメント・アドミニストレーション", kind: "ja_alias" },
      { value: "NADA", kind: "alias" },
    ]));
    // （別称、…） lists: every alias a name, the label none
    const tekhmash = mof.entries.find((e) => e.entryNo === "28-13")!;
    expect(tekhmash.names.map((n) => n.value)).toEqual(expect.arrayContaining(["株式会社技術機械製造学術生産公団", "JSC SPC Techmash"]));
    expect(tekhmash.names.some((n) => /別称/.test(n.value))).toBe(false);
  });
  test("splitAliases: labels (別称）, 別名1）, 旧称：, （別称、, f.k.a.) start aliases; remarks and lead-ins are no names", () => {
    expect(splitAliases("（別称）国家航空宇宙技術総局；エヌ・エー・ティー・エー\nNATA\n（旧称）国家宇宙開発局").map((n) => n.value)).toEqual(["国家航空宇宙技術総局", "エヌ・エー・ティー・エー", "NATA", "国家宇宙開発局"]);
    expect(splitAliases("（別名1）ヤーセル\nYassir\n（別名2）アリ\nAli").map((n) => n.value)).toEqual(["ヤーセル", "Yassir", "アリ", "Ali"]);
    expect(splitAliases("別名：(a)サドゥディン(b)サドルッディン\n(f.k.a.: (a)Harakat-ul-Ansar (b)HUA)").map((n) => n.value)).toEqual(["サドゥディン", "サドルッディン", "Harakat-ul-Ansar", "HUA"]);
    expect(splitAliases("ミニストリー・オブ・ディフェンス、旧称：ミニストリー・オブ・ザ・ピープルズ・アームド・フォースィーズ（エム・ピー・エー・エフ）\nMINISTRY OF DEFENSE, f.k.a. MINISTRY OF THE PEOPLE’S ARMED FORCES (MPAF)").map((n) => n.value)).toEqual([
      "ミニストリー・オブ・ディフェンス",
      "ミニストリー・オブ・ザ・ピープルズ・アームド・フォースィーズ（エム・ピー・エー・エフ）",
      "MINISTRY OF DEFENSE",
      "MINISTRY OF THE PEOPLE’S ARMED FORCES (MPAF)",
    ]);
    expect(splitAliases("（旧称、公開株式会社テンプ、別称、株式会社テンプ・アヴィア）")).toEqual([
      { value: "公開株式会社テンプ", kind: "ja_alias" },
      { value: "株式会社テンプ・アヴィア", kind: "ja_alias" },
    ]);
    expect(splitAliases("KOMIDが調達活動を実施するために使用している別名。")).toEqual([]);
    expect(splitAliases("X Institute\n, the following three aliases:\n-JSC Alpha Institute\nand\n-Beta Institute").map((n) => n.value)).toEqual(["X Institute", "JSC Alpha Institute", "Beta Institute"]);
  });
  test("the bundled rules/lists/mof-freeze.json is this import", () => {
    expect(readFileSync(join(__dirname, "..", "..", "..", "rules", "lists", "mof-freeze.json"), "utf8")).toBe(toJson(mof));
  });
  test("cell helpers", () => {
    expect(firstDate("2002.4.20\n2008.12.19改訂")).toBe("2002-04-20");
    expect(firstDate(new Date("1952-10-07T00:00:00Z"))).toBe("1952-10-07");
    expect(firstDate("不明")).toBeUndefined();
    expect(splitOriginalScript("MOHAMED LAKHAL\n(original script: محمد لكحل)")).toEqual({ name: "MOHAMED LAKHAL", script: "محمد لكحل" });
    expect(splitAliases("(a)アル・シャバブ、(b)シャバーブ\n(a.k.a.: Shabaab; 不明)")).toEqual([
      { value: "アル・シャバブ", kind: "ja_alias" },
      { value: "シャバーブ", kind: "ja_alias" },
      { value: "Shabaab", kind: "alias" },
    ]);
    expect(splitAliases("Lased Ben Heni, born 5 Feb. 1969 in Tripoli")).toEqual([{ value: "Lased Ben Heni", kind: "alias" }]);
  });
});
