/** The End User List importer on METI's real 2025-09-29 workbook (shared/data, see SOURCES.md). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ListData, ListEntry } from "../../../src/core/data/schemas";
import { ListData as ListDataSchema } from "../../../src/core/data/schemas";
import { importMetiEulXlsx, parseCw, parseEulAliases, parseEulName, parseWmd } from "../../../scripts/importers/meti-eul";
import { toJson } from "../../../scripts/importers/common";

const DATA = join(__dirname, "..", "..", "..", "..", "shared", "data");
const EUL = join(DATA, "lists", "meti-eul", "20250929_4.xlsx");

let eul: ListData;
const byName = (name: string): ListEntry => {
  const e = eul.entries.find((x) => x.names.some((n) => n.value === name));
  if (!e) throw new Error(`no entry named ${name}`);
  return e;
};

beforeAll(async () => {
  eul = await importMetiEulXlsx({ name: "20250929_4.xlsx", bytes: new Uint8Array(readFileSync(EUL)) });
}, 60_000);

describe("METI End User List 2025-09-29 (xlsx)", () => {
  test("has the 835 entries, 240 CW and 1,424 aliases METI states", () => {
    expect(eul.entries).toHaveLength(835);
    expect(eul.entries.filter((e) => e.concerns?.includes("CW"))).toHaveLength(240);
    expect(eul.entries.flatMap((e) => e.names.filter((n) => n.kind === "alias"))).toHaveLength(1424);
  });

  test("per-country counts of all 15 countries/regions, as ISO alpha-2", () => {
    const counts: Record<string, number> = {};
    for (const e of eul.entries) counts[e.country!.iso2!] = (counts[e.country!.iso2!] ?? 0) + 1;
    expect(counts).toEqual({ IR: 257, KP: 154, CN: 127, PK: 103, RU: 100, AE: 29, HK: 22, SY: 19, LB: 9, TW: 5, EG: 3, AF: 2, YE: 2, IN: 2, IL: 1 });
  });

  test("204 entries carry a name in their own script", () => {
    expect(eul.entries.filter((e) => e.names.some((n) => n.kind === "script"))).toHaveLength(204);
  });

  test("provenance: publisher, dates, sha256 of the file, attribution, version", () => {
    const p = eul.provenance;
    expect(eul.id).toBe("METI-EUL");
    expect(eul.version).toBe("METI-EUL 2025-09-29");
    expect(p).toMatchObject({ publisher: "経済産業省", dataDate: "2025-09-29", effective: "2025-10-09", sourceFile: "20250929_4.xlsx" });
    expect(p.sha256).toBe("27ff3c7a98d0103ef20222b9e9a58be12d9e89699ce5a5c99d1a386de41fbfc0");
    expect(p.attribution).toBe("出典：経済産業省「外国ユーザーリスト」（令和7年9月29日）を加工して作成");
    expect(ListDataSchema.safeParse(eul).success).toBe(true);
  });

  test("entryNo is the row number shown; keys are unique and name-based", () => {
    expect(eul.entries[0]).toMatchObject({ entryNo: "1", name: "Al Qa'ida/Islamic Army", key: "METI-EUL|AF|al qa ida islamic army" });
    expect(eul.entries[834].entryNo).toBe("835");
    expect(new Set(eul.entries.map((e) => e.key)).size).toBe(835);
  });

  test("a script name on a second line in brackets becomes kind script", () => {
    const e = byName("Air Koryo");
    expect(e.names.slice(0, 2)).toEqual([
      { value: "Air Koryo", kind: "primary" },
      { value: "高麗航空", kind: "script" },
    ]);
    expect(e.country).toEqual({ name: "北朝鮮", iso2: "KP" });
  });

  test("nested brackets inside a script line stay whole", () => {
    expect(byName("Korea Rungrado (General) Trading Co.").names[1]).toEqual({ value: "朝鮮綾羅島貿易(総)会社", kind: "script" });
  });

  test("a bracketed Latin abbreviation stays part of the name", () => {
    const e = byName("KIMIA PART SIVAN COMPANY LLC （KIPAS）");
    expect(e.names.filter((n) => n.kind === "script")).toEqual([]);
  });

  test("a name only in Japanese is a script name", () => {
    expect(byName("セソン技術貿易").names).toEqual([{ value: "セソン技術貿易", kind: "script" }]);
  });

  test("an unbulleted own-script line after an alias is that alias's script form; a wrapped Latin line continues the alias", () => {
    const birm = byName("23rd Research Institute");
    expect(birm.names.map((n) => n.kind)).toEqual(["primary", "alias", "alias", "alias", "alias_script"]);
    expect(birm.names[4].value).toBe("中国航天科学技術工業集団有限公司第二研究院第二十三研究所");
    const ural = byName("Joint Stock Company Uraltransmash");
    expect(ural.names.map((n) => n.value)).toContain("Aktsionernoe Obshchestvo Uralskiy Zavod Transportnogo Mashinostroeniya");
    expect(ural.names.filter((n) => n.kind === "alias")).toHaveLength(4);
  });

  test("a single alias without ・ is still an alias", () => {
    expect(byName("TAS TECHNOLOGY COMPANY LIMITED").names).toEqual([
      { value: "TAS TECHNOLOGY COMPANY LIMITED", kind: "primary" },
      { value: "TAS TECHNOLOGY CO., LIMITED", kind: "alias" },
    ]);
  });

  test("concern-code quirks of real rows: ミサイルM, M、N, full-width Ｎ, trailing space, CW-only", () => {
    expect(byName("FARAZAN INDUSTRIAL ENGINEERING, INC.").concerns).toEqual(["M"]);
    expect(byName("BEIJING SHINY NIGHTS TECHNOLOGY DEVELOPMENT CO., LTD.").concerns).toEqual(["M", "N"]);
    expect(byName("NA Enterprises").concerns).toEqual(["N"]);
    expect(byName("Nuclear Power Institute of China (NPIC)").concerns).toEqual(["N", "CW"]);
    const cwOnly = eul.entries.filter((e) => e.concerns!.length === 1 && e.concerns![0] === "CW");
    expect(cwOnly).toHaveLength(54); // the 54 rows whose Type of WMD is empty
    expect(eul.entries.every((e) => e.concerns!.length > 0)).toBe(true);
  });

  test("re-import is byte-identical", async () => {
    const again = await importMetiEulXlsx({ name: "20250929_4.xlsx", bytes: new Uint8Array(readFileSync(EUL)) });
    expect(toJson(again)).toBe(toJson(eul));
  }, 60_000);

  test("the bundled rules/lists/meti-eul.json is this import", () => {
    const bundled = readFileSync(join(__dirname, "..", "..", "..", "rules", "lists", "meti-eul.json"), "utf8");
    expect(bundled).toBe(toJson(eul));
  });
});

describe("End User List cell parsers", () => {
  test.each([
    ["生物、化学、ミサイル、核\nB,C,M,N", ["B", "C", "M", "N"]],
    ["ミサイル、核\nM、N", ["M", "N"]],
    ["ミサイルM", ["M"]],
    ["核\nＮ", ["N"]],
    ["核\nN ", ["N"]],
    ["", []],
  ])("Type of WMD %j → %j", (raw, codes) => {
    expect(parseWmd(raw)).toEqual({ codes });
  });

  test("Type of WMD: words and codes that disagree, or stray text, are problems", () => {
    expect(parseWmd("核\nM").problem).toMatch(/disagree/);
    expect(parseWmd("核\nN?X").problem).toMatch(/unreadable/);
  });

  test("Conventional Weapons", () => {
    expect(parseCw("通常兵器\nCW")).toEqual({ cw: true });
    expect(parseCw("")).toEqual({ cw: false });
    expect(parseCw("yes").problem).toMatch(/unreadable/);
  });

  test("same-line trailing script in brackets is split off", () => {
    expect(parseEulName("General Technology Limited（大眾科技有限公司 ）").names).toEqual([
      { value: "General Technology Limited", kind: "primary" },
      { value: "大眾科技有限公司", kind: "script" },
    ]);
  });

  test("aliases: bracketed script line after a ・ alias", () => {
    expect(parseEulAliases("・Korea Ryonha\n(朝鮮連河)\n・KR")).toEqual([
      { value: "Korea Ryonha", kind: "alias" },
      { value: "朝鮮連河", kind: "alias_script" },
      { value: "KR", kind: "alias" },
    ]);
  });
});
