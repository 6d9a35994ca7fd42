import { ListStore, memoryStore } from "../../../../src/excel/taskpane/list-store";
import type { ListData } from "../../../../src/core/data/schemas";
import { realLists } from "./real-engine";

let bundled: ListData[];
beforeAll(() => {
  bundled = realLists();
});

/** A revision of the bundled End User List with the first `n` entries (as an older one would be). */
const revision = (n: number, version: string): ListData => ({ ...bundled[0], version, entries: bundled[0].entries.slice(0, n) });

describe("ListStore (imported lists in browser storage)", () => {
  test("without imports the bundled lists are active and nothing can be restored", async () => {
    const store = new ListStore(memoryStore());
    expect(await store.effective(bundled)).toEqual(bundled);
    expect(await store.previous("METI-EUL")).toBeUndefined();
    await expect(store.restore("METI-EUL")).rejects.toThrow("no previous version");
  });

  test("an import replaces the bundled list of the same id and keeps the bundled one as previous", async () => {
    const store = new ListStore(memoryStore());
    const older = revision(700, "METI-EUL 2025-01-31");
    await store.activate(older, bundled[0]);
    const active = await store.effective(bundled);
    expect(active).toHaveLength(bundled.length);
    expect(active[0].version).toBe("METI-EUL 2025-01-31");
    expect(active[0].entries).toHaveLength(700);
    expect(await store.previous("METI-EUL")).toEqual({ version: bundled[0].version });
    expect(await store.importedIds()).toEqual(["METI-EUL"]);
  });

  test("a second import keeps the first as previous; restore swaps them back", async () => {
    const store = new ListStore(memoryStore());
    const older = revision(700, "METI-EUL 2025-01-31");
    const newer = revision(800, "METI-EUL 2025-05-28");
    await store.activate(older, bundled[0]);
    await store.activate(newer, (await store.effective(bundled))[0]);
    expect((await store.previousLists(bundled))[0].version).toBe("METI-EUL 2025-01-31");
    expect(await store.restore("METI-EUL")).toEqual({ version: "METI-EUL 2025-01-31" });
    expect((await store.effective(bundled))[0].entries).toHaveLength(700);
    expect(await store.previous("METI-EUL")).toEqual({ version: "METI-EUL 2025-05-28" });
  });

  test("restoring the bundled list removes the import", async () => {
    const store = new ListStore(memoryStore());
    await store.activate(revision(10, "METI-EUL test"), bundled[0]);
    expect(await store.restore("METI-EUL")).toEqual({ version: bundled[0].version });
    expect((await store.effective(bundled))[0]).toEqual(bundled[0]);
    expect(await store.importedIds()).toEqual([]);
  });

  test("a list id that is not bundled (US CSL) is added after the bundled ones", async () => {
    const store = new ListStore(memoryStore());
    const csl: ListData = { ...revision(3, "US-CSL 2022-04"), id: "US-CSL" };
    await store.activate(csl, undefined);
    const active = await store.effective(bundled);
    expect(active.map((l) => l.id)).toEqual([...bundled.map((l) => l.id), "US-CSL"]);
    expect(await store.previous("US-CSL")).toBeUndefined();
  });
});
