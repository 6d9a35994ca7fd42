/** METI export-ban designated entities (Russia, Belarus, third countries) from the real pdftotext extracts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ListData, ListEntry } from "../../../src/core/data/schemas";
import { ImportError, toJson } from "../../../scripts/importers/common";
import { countryFromAddress, importMetiDesignated, parseBlock, type DesignatedList } from "../../../scripts/importers/meti-designated";

const DIR = join(__dirname, "..", "..", "..", "..", "shared", "data", "lists", "meti-designated");
const RULES = join(__dirname, "..", "..", "..", "rules", "lists");
const file = (base: string) => ({ text: { name: `${base}.txt`, bytes: new Uint8Array(readFileSync(join(DIR, `${base}.txt`))) }, pdf: { name: `${base}.pdf`, bytes: new Uint8Array(readFileSync(join(DIR, `${base}.pdf`))) } });

const lists: Record<string, ListData> = {};
const no = (l: ListData, n: number): ListEntry => l.entries.find((e) => e.entryNo === String(n))!;
const names = (e: ListEntry, kind: string) => e.names.filter((n) => n.kind === kind).map((n) => n.value);

beforeAll(async () => {
  lists.ru = await importMetiDesignated("METI-RU", { ...file("list_russia_tokutei"), expectedLast: 561, additions: [file("20250912list_russia_tokutei")] });
  lists.by = await importMetiDesignated("METI-BY", { ...file("list_belarus_tokutei"), expectedLast: 27 });
  lists.third = await importMetiDesignated("METI-3RD", { ...file("list_daisangoku_tokutei"), expectedLast: 56, additions: [file("20250912list_daisangoku_tokutei")] });
}, 60_000);

describe.each([
  ["ru", "METI-RU", 561, "2025-09-12", "令和4年外務省告示第82号"],
  ["by", "METI-BY", 27, "2022-07-05", "令和4年外務省告示第104号"],
  ["third", "METI-3RD", 56, "2025-09-12", "令和5年外務省告示第447号"],
])("%s list", (k, id, last, updated, notice) => {
  test(`numbers 1..${last} each once`, () => {
    expect(lists[k].id).toBe(id);
    expect(lists[k].entries.map((e) => Number(e.entryNo))).toEqual(Array.from({ length: last as number }, (_, i) => i + 1));
  });
  test("provenance: 経済産業省, the MOFA notice, last update date, the extract's and the PDF's sha256", () => {
    const p = lists[k].provenance;
    expect(p.publisher).toBe("経済産業省");
    expect(p.title).toContain(notice as string);
    expect(p.dataDate).toBe(updated);
    expect(lists[k].version).toBe(`${id} ${updated}`);
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.notes!.join(" ")).toMatch(/\.pdf \(sha256 [0-9a-f]{64}\)/);
    expect(lists[k].entries.every((e) => e.designation?.notice === notice)).toBe(true);
  });
  test("every entry has an English primary, a Japanese name and an address; keys are unique", () => {
    for (const e of lists[k].entries) {
      expect(names(e, "primary")).toHaveLength(1);
      expect(names(e, "ja")).toHaveLength(1);
      expect(e.address).toBeTruthy();
      expect(e.name).not.toMatch(/a\.k\.a|follow|所在地|別称/);
    }
    expect(new Set(lists[k].entries.map((e) => e.key)).size).toBe(lists[k].entries.length);
  });
  test("the bundled rules file is this import", () => {
    const out = { ru: "meti-ru", by: "meti-by", third: "meti-3rd" }[k as string];
    expect(readFileSync(join(RULES, `${out}.json`), "utf8")).toBe(toJson(lists[k]));
  });
});

describe("entry layouts", () => {
  test("names, ja aliases, a.k.a. aliases and address of a plain entry (Russia 6, FSB)", () => {
    const fsb = no(lists.ru, 6);
    expect(fsb.name).toBe("Federal Security Service (FSB)");
    expect(names(fsb, "ja")).toEqual(["連邦保安庁"]);
    expect(names(fsb, "alias")).toEqual(["Federalnaya Sluzhba Bezopasnosti"]);
    expect(fsb.country).toEqual({ name: "ロシア", iso2: "RU" });
    expect(fsb.address).toMatch(/^Ulitsa Kuznetskiy Most, Dom 22, Moscow 107031, Russia; and Lubyanskaya Ploschad/);
  });

  test("entry 23 (国防省 with all its units) keeps the name short and the scope in remarks", () => {
    const mod = no(lists.ru, 23);
    expect(mod.name).toBe("Ministry of Defence of the Russian Federation");
    expect(names(mod, "ja")).toEqual(["国防省"]);
    expect(mod.remarks).toMatch(/地上軍.*national guard/s);
  });

  test("(別称、… 及び …) becomes ja aliases; wrapped over lines", () => {
    const e = no(lists.ru, 74);
    expect(names(e, "ja_alias")).toEqual(["マシュプリボリントルグ・ヴォルナ", "マシュプリボリントルグウェーブ"]);
    expect(names(e, "alias")).toEqual(["Mashpriborintorg-Volna", "Mashpriborintorg Wave"]);
  });

  test("a hyphenated word wrapped onto a dash line is not an extra alias (Russia 346 states three)", () => {
    expect(names(no(lists.ru, 346), "alias")).toEqual([
      "ISSP",
      "Institute of Solid-State Physics of the Academy of Sciences SSSR",
      "Federal State Budgetary Institution of Science Institute of Solid-State Physics N.A. Yu. A. Osipyan of the Russian Academy of Sciences",
    ]);
  });

  test("the 2025 layout (別称： ja; … / English; …) and 所 在 地 spaced out", () => {
    const e = no(lists.ru, 560);
    expect(e.name).toBe("Alfa Machinery Group");
    expect(names(e, "ja_alias")).toEqual(["AMG 社", "有限会社 AMG"]);
    expect(names(e, "alias")).toEqual(["LLC Company AMG", "Kompaniya AMG"]);
    expect(no(lists.ru, 73).address).toMatch(/^8 Nikolayeva Street/);
  });

  test("third countries: country from the address, Hong Kong as HK, the same name in two countries kept apart", () => {
    expect(no(lists.third, 1).country).toEqual({ name: "Armenia", iso2: "AM" });
    expect(no(lists.third, 2).country?.iso2).toBe("SY");
    expect(no(lists.third, 3).country?.iso2).toBe("AE");
    expect(no(lists.third, 2).key).not.toBe(no(lists.third, 3).key);
    expect(no(lists.third, 23).country?.iso2).toBe("HK");
    expect(no(lists.third, 48).names.slice(0, 2)).toEqual([
      { value: "Ele Technology Co LTD", kind: "primary" },
      { value: "深圳市易络电子有限公司", kind: "script" },
    ]);
    const byCountry: Record<string, number> = {};
    for (const e of lists.third.entries) byCountry[e.country!.iso2!] = (byCountry[e.country!.iso2!] ?? 0) + 1;
    expect(byCountry).toEqual({ AE: 4, AM: 1, CN: 10, HK: 21, IN: 1, KG: 2, KZ: 2, SY: 1, TH: 1, TR: 10, UZ: 3 });
  });

  test("the 2025-09-12 additions (Russia 560–561, third countries 48–56) are present and equal", () => {
    expect(lists.ru.provenance.counts.additionsChecked).toBe(2);
    expect(lists.third.provenance.counts.additionsChecked).toBe(9);
  });

  test("countryFromAddress", () => {
    expect(countryFromAddress("Room 1, Kowloon, Hong Kong, China; and 2 Road, Shenzhen, China")).toEqual({ name: "Hong Kong", iso2: "HK" });
    expect(countryFromAddress("Damascus, Syria.")).toEqual({ name: "Syria", iso2: "SY" });
    expect(countryFromAddress("Somewhere, Atlantis")).toBeUndefined();
  });

  test("a block without 所在地 is a problem, not a silent entry", () => {
    expect(parseBlock({ no: 9, lines: ["株式会社テスト", "Test JSC"] })).toBe("entry 9: no 所在地 line");
  });
});

describe("refusals", () => {
  const base = file("list_belarus_tokutei");
  const cut = (text: string): { name: string; bytes: Uint8Array } => ({ name: "cut.txt", bytes: new TextEncoder().encode(text) });
  const full = new TextDecoder().decode(base.text.bytes);

  test("a truncated extract fails the 1..N check", async () => {
    const half = full.slice(0, full.indexOf("\n15 ") > 0 ? full.indexOf("\n15 ") : Math.floor(full.length / 2));
    await expect(importMetiDesignated("METI-BY", { text: cut(half), expectedLast: 27 })).rejects.toThrow(ImportError);
  });

  test("a stated alias count that does not match the aliases read is refused", async () => {
    const broken = full.replace("the following one alias:", "the following two aliases:");
    await expect(importMetiDesignated("METI-BY", { text: cut(broken), expectedLast: 27 })).rejects.toThrow(/states 2 aliases, read 1/);
  });

  test("an addition that differs from the consolidated list is refused", async () => {
    const ru = file("list_russia_tokutei");
    const add = file("20250912list_russia_tokutei");
    const changed = { name: add.text.name, bytes: new TextEncoder().encode(new TextDecoder().decode(add.text.bytes).replace(/Kompaniya AMG/g, "Kompaniya XYZ")) };
    await expect(importMetiDesignated("METI-RU" as DesignatedList, { text: ru.text, expectedLast: 561, additions: [{ text: changed }] })).rejects.toThrow(/entry 560 differs/);
  });
});
