/** The user list store, in a temp ANPO_SCREEN_HOME: versions kept, restore, refusals change nothing. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ListData } from "../../../src/core/data/schemas";
import { activate, activeLists, importIntoStore, listVersions, storeDir } from "../../../src/cli/list-store";

const DATA = join(__dirname, "..", "..", "..", "..", "shared", "data", "lists");
const EUL_CSV = join(DATA, "meti-eul", "eul_20250131.csv");
const BY_TXT = join(DATA, "meti-designated", "list_belarus_tokutei.txt");
const bundledEul: ListData = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "rules", "lists", "meti-eul.json"), "utf8"));

let home: string;
let work: string;
const snapshot = () => {
  const dir = storeDir();
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, f.name);
      if (f.isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return out;
};

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "anpo-store-"));
  work = mkdtempSync(join(tmpdir(), "anpo-files-"));
  process.env.ANPO_SCREEN_HOME = home;
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  delete process.env.ANPO_SCREEN_HOME;
});

test("the store lives under $ANPO_SCREEN_HOME/lists", () => {
  expect(storeDir()).toBe(join(home, "lists"));
});

test("with nothing imported, the bundled lists are used as they are", () => {
  expect(activeLists([bundledEul])).toEqual([bundledEul]);
  expect(listVersions("METI-EUL")).toEqual([]);
});

test("an imported list replaces the bundled one of the same id; others stay", async () => {
  const r = await importIntoStore(EUL_CSV);
  expect(r).toMatchObject({ id: "METI-EUL", listVersion: "METI-EUL 2025-01-31", entries: 748, active: true, version: "2025-01-31_19438e45cf6d" });
  expect(r.previous).toBeUndefined();
  await importIntoStore(BY_TXT);
  const lists = activeLists([bundledEul]);
  expect(lists.map((l) => l.version)).toEqual(["METI-EUL 2025-01-31", "METI-BY 2022-07-05"]);
}, 30_000);

test("previous versions are kept and can be restored; `bundled` goes back to the shipped list", async () => {
  const older = await importIntoStore(EUL_CSV);
  const xlsxCopy = join(work, "20250929_4.xlsx");
  writeFileSync(xlsxCopy, readFileSync(join(DATA, "meti-eul", "20250929_4.xlsx")));
  const newer = await importIntoStore(xlsxCopy);
  expect(newer.previous).toBe(older.version);
  expect(listVersions("METI-EUL").map((v) => [v.version, v.active])).toEqual([
    [older.version, false],
    [newer.version, true],
  ]);
  activate("METI-EUL", older.version);
  expect(activeLists([bundledEul])[0].version).toBe("METI-EUL 2025-01-31");
  activate("METI-EUL", "bundled");
  expect(activeLists([bundledEul])[0]).toBe(bundledEul);
}, 60_000);

test("a refused import (truncated file) leaves the store byte for byte as it was", async () => {
  await importIntoStore(EUL_CSV);
  const before = snapshot();
  const cut = join(work, "eul.xlsx");
  const bytes = readFileSync(join(DATA, "meti-eul", "20250929_4.xlsx"));
  writeFileSync(cut, bytes.subarray(0, bytes.length >> 1));
  await expect(importIntoStore(cut)).rejects.toThrow(/truncated or damaged/);
  expect(snapshot()).toEqual(before);
  expect(activeLists([bundledEul])[0].version).toBe("METI-EUL 2025-01-31");
  expect(readdirSync(join(storeDir(), "METI-EUL")).filter((f) => f.includes(".tmp-"))).toEqual([]);
}, 30_000);

test("activating an unknown version is refused and names what is stored", async () => {
  const r = await importIntoStore(EUL_CSV);
  expect(() => activate("METI-EUL", "2020-01-01_000000000000")).toThrow(new RegExp(`stored: ${r.version}`));
  expect(() => activate("NOPE", "x")).toThrow(/unknown list id/);
}, 30_000);

test("a damaged stored version falls back to the bundled list, never to nothing", async () => {
  const r = await importIntoStore(EUL_CSV);
  writeFileSync(join(storeDir(), "METI-EUL", `${r.version}.json`), "{ not json");
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  expect(activeLists([bundledEul])[0]).toBe(bundledEul);
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/unreadable; using the bundled METI-EUL 2025-09-29/));
  warn.mockRestore();
}, 30_000);
