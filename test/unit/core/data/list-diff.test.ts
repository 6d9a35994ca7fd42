/** Entry identity and list diffs: small made-up cases, then METI's real 2025-01-31 → 2025-09-29 update. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { entryKey, identityName } from "../../../../src/core/data/entry-key";
import { diffLists } from "../../../../src/core/data/list-diff";
import type { ListData, ListEntry } from "../../../../src/core/data/schemas";
import { importMetiEulCsv } from "../../../../scripts/importers/meti-eul-csv";

const DATA = join(__dirname, "..", "..", "..", "..", "..", "shared", "data");

/** One-line factory: an EUL-like entry. */
function entry(name: string, over: Partial<ListEntry> & { aliases?: string[] } = {}): ListEntry {
  const { aliases = [], ...rest } = over;
  const iso2 = rest.country?.iso2 ?? "IR";
  return {
    key: entryKey("METI-EUL", iso2, name),
    entryNo: "1",
    name,
    names: [{ value: name, kind: "primary" }, ...aliases.map((a) => ({ value: a, kind: "alias" as const }))],
    country: { name: iso2, iso2 },
    concerns: ["M"],
    partyType: "entity",
    ...rest,
  };
}
function list(entries: ListEntry[], version = "v"): ListData {
  return {
    id: "METI-EUL",
    version,
    provenance: { publisher: "p", title: "t", dataDate: "2025-01-01", effective: "2025-01-01", sourceFile: "f", sha256: "0".repeat(64), importer: "i", importerVersion: "1", counts: {} },
    entries,
  };
}

describe("entryKey", () => {
  test("full-width, case, punctuation and spacing do not change the identity", () => {
    expect(identityName("SHENZHEN JIASIBO TECHNOLOGY CO.， LTD.")).toBe(identityName("Shenzhen Jiasibo Technology Co., Ltd"));
    expect(entryKey("METI-EUL", "ir", "Ａｂｃ  Co.")).toBe("METI-EUL|IR|abc co");
  });
  test("a different country or a different word is a different entry", () => {
    expect(entryKey("METI-EUL", "IR", "Abc Co")).not.toBe(entryKey("METI-EUL", "SY", "Abc Co"));
    expect(entryKey("METI-EUL", "IR", "Abc Co")).not.toBe(entryKey("METI-EUL", "IR", "Abd Co"));
  });
  test("a country without ISO code is keyed by its normalised name", () => {
    expect(entryKey("MOF-FREEZE", "Crimea Region", "X")).toBe("MOF-FREEZE|crimea region|x");
  });
});

describe("diffLists on small lists", () => {
  test("matches by key, not by row number: a renumbered entry is unchanged", () => {
    const d = diffLists(list([entry("A Co", { entryNo: "1" })]), list([entry("Z Co", { entryNo: "1" }), entry("A Co", { entryNo: "2" })]));
    expect(d.unchanged).toBe(1);
    expect(d.added.map((e) => e.name)).toEqual(["Z Co"]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
  });

  test("concerns, aliases and address changes are named with before/after", () => {
    const before = entry("A Co", { aliases: ["A1", "A2"], address: "Tehran" });
    const after = entry("A Co", { aliases: ["A2", "A3"], concerns: ["M", "CW"], address: "Tehran, Iran" });
    const [c] = diffLists(list([before]), list([after])).changed;
    expect(c.fields).toEqual(["aliases", "concerns", "address"]);
    expect(c.aliasesAdded).toEqual(["A3"]);
    expect(c.aliasesRemoved).toEqual(["A1"]);
    expect(c.concernsBefore).toEqual(["M"]);
    expect(c.concernsAfter).toEqual(["CW", "M"]);
  });

  test("a renamed entry that keeps its old name as an alias is a change, not removed + added", () => {
    const d = diffLists(list([entry("Old Name LLC")]), list([entry("New Name LLC", { aliases: ["Old Name LLC"] })]));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0].fields).toContain("name");
    expect(d.changed[0].before.key).toBe("METI-EUL|IR|old name llc");
    expect(d.changed[0].key).toBe("METI-EUL|IR|new name llc");
  });

  test("a shared alias in another country is not a rename", () => {
    const d = diffLists(list([entry("Old LLC", { aliases: ["Shared"] })]), list([entry("New LLC", { aliases: ["Shared"], country: { name: "SY", iso2: "SY" } })]));
    expect(d.added).toHaveLength(1);
    expect(d.removed).toHaveLength(1);
  });

  test("an ambiguous rename (two old entries share the alias) is left as removed + added", () => {
    const d = diffLists(list([entry("Old A", { aliases: ["X"] }), entry("Old B", { aliases: ["X"] })]), list([entry("New", { aliases: ["X"] })]));
    expect(d.changed).toEqual([]);
    expect(d.added).toHaveLength(1);
    expect(d.removed).toHaveLength(2);
  });

  test("whitespace or punctuation re-typing is no change", () => {
    const d = diffLists(list([entry("A Co., Ltd.", { aliases: ["AA  Co"] })]), list([entry("A Co. Ltd", { aliases: ["AA Co."] })]));
    expect(d.unchanged).toBe(1);
  });
});

describe("the real End User List update 2025-01-31 (748) → 2025-09-29 (835)", () => {
  let older: ListData, newer: ListData;
  beforeAll(async () => {
    older = await importMetiEulCsv({ name: "eul_20250131.csv", bytes: new Uint8Array(readFileSync(join(DATA, "lists", "meti-eul", "eul_20250131.csv"))) });
    newer = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "..", "rules", "lists", "meti-eul.json"), "utf8"));
  }, 60_000);

  test("the previous revision imports with METI's count and its own version", () => {
    expect(older.entries).toHaveLength(748);
    expect(older.version).toBe("METI-EUL 2025-01-31");
    expect(older.provenance.notes!.join(" ")).toMatch(/20250131003-1\.pdf/);
  });

  test("87 more entries: 93 added, 6 removed, 208 changed, 534 unchanged", () => {
    const d = diffLists(older, newer);
    // Every entry of each revision is accounted for exactly once.
    expect(d.unchanged + d.changed.length + d.removed.length).toBe(748);
    expect(d.unchanged + d.changed.length + d.added.length).toBe(835);
    expect(d.added.length - d.removed.length).toBe(87);
    // Added: Russia 40, Iran 24, China 15, Hong Kong 6, UAE 4, Pakistan 3, North Korea 1.
    expect(d.added).toHaveLength(93);
    const addedBy: Record<string, number> = {};
    for (const e of d.added) addedBy[e.country!.iso2!] = (addedBy[e.country!.iso2!] ?? 0) + 1;
    expect(addedBy).toEqual({ RU: 40, IR: 24, CN: 15, HK: 6, AE: 4, PK: 3, KP: 1 });
    // Removed (delisted by METI, no same-country entry shares a name): 2 Iran, 2 China, 1 India, 1 Pakistan.
    expect(d.removed.map((e) => e.name).sort()).toEqual([
      "Academy of Military Medical Sciences, Institute of Microbiology and Epidemiology",
      "Beijing Starneto Technology Co., Ltd.",
      "Directorate of Purchase and Stores, DAE",
      "Link Lines Pvt Ltd.",
      "Sho'a' Aviation",
      "Special Industries Group (SIG)",
    ]);
    // Changed: mostly the new conventional-weapons column (CW added to 170 existing entries; the other 70 CW entries are new), two WMD code changes (N→B,C,N; M→N),
    // plus alias edits (61), and 4 entries whose main name changed (a script form added, an
    // abbreviation added, word order) — matched by key or by the rename fallback.
    expect(d.changed).toHaveLength(208);
    const withField = (f: string) => d.changed.filter((c) => c.fields.includes(f as never)).length;
    expect(withField("concerns")).toBe(172);
    expect(d.changed.filter((c) => c.concernsAfter.includes("CW") && !c.concernsBefore.includes("CW"))).toHaveLength(170);
    expect(withField("aliases")).toBe(61);
    expect(withField("name")).toBe(4);
    expect(withField("country")).toBe(0);
    const severniy = d.changed.find((c) => c.before.name === '"Severniy press" JSC')!;
    expect(severniy.after.name).toBe('Joint Stock Company"Severniy press"');
    expect(d.unchanged).toBe(534);
  });
});
