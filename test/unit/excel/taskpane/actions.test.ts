import type { TaskpaneActions } from "../../../../src/excel/taskpane/actions";
import { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";
import { loadReviewStore } from "../../../../src/excel/workbook/screen-table";
import { entryFingerprint } from "../../../../src/core/parties/fingerprint";
import type { Engine } from "../../../../src/core/engine";
import type { ListData, ListEntry } from "../../../../src/core/data/schemas";
import { realEngine, realLists, testActions } from "./real-engine";

let lists: ListData[];
let engine: Engine;
let listed: ListEntry;
beforeAll(() => {
  lists = realLists();
  engine = realEngine(lists);
  listed = lists[0].entries[0];
});

function setup(): { wb: MemoryWorkbook; actions: TaskpaneActions } {
  const wb = MemoryWorkbook.fromRows(
    [
      ["品名", "仕向地", "需要者"],
      ["真空ポンプ", listed.country?.name ?? "", listed.name],
      ["ボルト", "タイ", "Siam Bolt Co., Ltd."],
    ],
    "受注",
  );
  const actions = testActions(wb, lists, () => engine);
  return { wb, actions };
}

const run = (a: TaskpaneActions, signal = new AbortController().signal) => a.readTable().then((t) => a.screen(t.mapping, () => undefined, signal));

describe("task pane actions over the in-memory workbook and the real End User List", () => {
  test("a listed customer becomes a review item naming its entry", async () => {
    const { actions } = setup();
    await run(actions);
    const items = await actions.reviewItems();
    expect(items.map((i) => i.row)).toContain(1);
    const item = items.find((i) => i.row === 1)!;
    expect(item.entryKey).toBe(listed.key);
    expect(item.customer).toBe(listed.name);
  });

  test("clearing stores reviewer, reason, expiry and the entry's fingerprint in the workbook", async () => {
    const { wb, actions } = setup();
    await run(actions);
    const item = (await actions.reviewItems()).find((i) => i.row === 1)!;
    await actions.decideReview(item, { kind: "clear", reviewer: " 山田 ", reason: "別法人", expires: "2027-03-31" });
    const store = await loadReviewStore(wb);
    expect(store.clearances).toEqual([
      { query: listed.name, list: "METI-EUL", entryKey: listed.key, entryFingerprint: entryFingerprint(listed), reviewer: "山田", reason: "別法人", date: "2026-11-25", expires: "2027-03-31" },
    ]);
    expect((await actions.reviewItems()).find((i) => i.row === 1)?.decision).toMatchObject({ kind: "cleared", by: "山田" });
  });

  test("a later confirmation replaces the clearance of the same customer and entry", async () => {
    const { wb, actions } = setup();
    await run(actions);
    const item = (await actions.reviewItems()).find((i) => i.row === 1)!;
    await actions.decideReview(item, { kind: "clear", reviewer: "山田", reason: "別法人" });
    await actions.decideReview(item, { kind: "confirm", reviewer: "佐藤", reason: "同一と判明" });
    const store = await loadReviewStore(wb);
    expect(store.clearances).toEqual([]);
    expect(store.confirmations).toMatchObject([{ query: listed.name, entryKey: listed.key, reviewer: "佐藤" }]);
  });

  test("a decision without reviewer or reason is refused", async () => {
    const { actions } = setup();
    await run(actions);
    const item = (await actions.reviewItems())[0];
    await expect(actions.decideReview(item, { kind: "clear", reviewer: "", reason: "x" })).rejects.toThrow("reviewer and reason");
    await expect(actions.decideReview(item, { kind: "clear", reviewer: "x", reason: "  " })).rejects.toThrow("reviewer and reason");
  });

  test("a run cancelled before it starts writes no verdicts and says so", async () => {
    const { wb, actions } = setup();
    const abort = new AbortController();
    abort.abort();
    const summary = await run(actions, abort.signal);
    expect(summary.cancelled).toBe(true);
    expect(summary.rows).toBe(0);
    expect(wb.value("受注", 1, 3)).toBeNull();
  });

  test("freeze notes the user, time and data versions", async () => {
    const { wb, actions } = setup();
    actions.setUser("監査 花子");
    wb.setFormula("受注", 1, 5, "=ANPO.ENDUSER_RISK(C2,B2)", "hit");
    await wb.select({ sheet: "受注", row: 1, col: 5 });
    expect(await actions.freeze()).toBe(1);
    expect(wb.formula("受注", 1, 5)).toBeUndefined();
    expect(wb.note("受注", 1, 5)).toBe(`値に固定 2026-11-25 09:00:00 (監査 花子)\n${engine.versions().rulesVersion} | ${engine.versions().listsVersion}`);
  });

  test("lists report their age in days from the list's own date", async () => {
    const { actions } = setup();
    const view = await actions.lists();
    const eul = view.lists.find((l) => l.id === "METI-EUL")!;
    expect(eul.ageDays).toBe(Math.floor((Date.parse("2026-11-25T09:00:00Z") - Date.parse(lists[0].provenance.dataDate)) / 86_400_000));
    expect(eul.source).toBe("bundled");
  });
});
