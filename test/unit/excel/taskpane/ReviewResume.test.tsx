/** @jest-environment jsdom */
/**
 * レビュー after reopening: the pane (or a workbook saved earlier) has no run in memory, so the
 * review list is rebuilt from the run stored in the workbook plus the reviewers' decisions.
 */
import * as React from "react";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { renderPane, text } from "./render-pane";
import App from "../../../../src/excel/taskpane/App";
import type { ReviewItem, TaskpaneActions } from "../../../../src/excel/taskpane/actions";
import { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";
import { loadLastRun } from "../../../../src/excel/workbook/screen-table";
import type { Engine } from "../../../../src/core/engine";
import type { ListData } from "../../../../src/core/data/schemas";
import { realEngine, realLists, testActions } from "./real-engine";

let lists: ListData[];
let engine: Engine;
beforeAll(() => {
  lists = realLists();
  engine = realEngine(lists);
});

/** Three real End User List names (the first twice) and one company on no list. */
function orderSheet(): MemoryWorkbook {
  const [a, b, c] = lists[0].entries;
  const row = (id: string, e: (typeof lists)[0]["entries"][0]) => [id, "真空ポンプ", e.country?.name ?? "", e.name, 500000];
  return MemoryWorkbook.fromRows(
    [["受注番号", "品名", "仕向地", "顧客", "金額"], row("SO-1", a), ["SO-2", "ボルト M8", "タイ", "Siam Bearings", 800], row("SO-3", b), row("SO-4", c), row("SO-5", a)],
    "受注",
  );
}

function actionsFor(wb: MemoryWorkbook, engineNow: () => Engine = () => engine): TaskpaneActions {
  return testActions(wb, lists, engineNow);
}

/** Screen the sheet in one "session", clear one hit and confirm another; return what it listed. */
async function firstSession(wb: MemoryWorkbook) {
  const first = actionsFor(wb);
  const { mapping } = await first.readTable();
  await first.screen(mapping, () => undefined, new AbortController().signal);
  const before = await first.reviewItems();
  const [toClear, toConfirm] = [before[0], before.find((i) => i.customer !== before[0].customer)!];
  await first.decideReview(toClear, { kind: "clear", reviewer: "山田 太郎", reason: "所在地が異なる別法人" });
  await first.decideReview(toConfirm, { kind: "confirm", reviewer: "山田 太郎", reason: "同一組織と確認" });
  return { before: await first.reviewItems(), toClear, toConfirm };
}

const shape = (items: ReviewItem[]) => items.map((i) => ({ id: i.id, row: i.row, customer: i.customer, status: i.status, list: i.list, entryNo: i.entryNo, score: i.score, decision: i.decision?.kind }));

describe("review list after reopening", () => {
  test("a new pane on the same workbook lists the same matches, with the decisions already made", async () => {
    const wb = orderSheet();
    const { before, toClear, toConfirm } = await firstSession(wb);
    expect(before.length).toBeGreaterThanOrEqual(4); // four listed rows, at least one match each
    const after = await actionsFor(wb).reviewItems();
    expect(shape(after)).toEqual(shape(before));
    expect(after.find((i) => i.id === toClear.id)?.decision).toMatchObject({ kind: "cleared", by: "山田 太郎", reason: "所在地が異なる別法人" });
    expect(after.find((i) => i.id === toConfirm.id)?.decision).toMatchObject({ kind: "confirmed", by: "山田 太郎" });
    // The clearance is per customer and entry: the other row of the same customer shows it too.
    const sameCustomer = after.filter((i) => i.customer === toClear.customer && i.entryKey === toClear.entryKey);
    expect(sameCustomer.length).toBe(2);
    for (const i of sameCustomer) expect(i.decision?.kind).toBe("cleared");
  });

  test("a workbook saved and opened again (JSON round trip) shows the list in the レビュー tab at once", async () => {
    const wb = orderSheet();
    const { before, toClear } = await firstSession(wb);
    const reopened = MemoryWorkbook.fromJSON(JSON.parse(JSON.stringify(wb.toJSON())));
    await act(async () => void renderPane(<App actions={actionsFor(reopened)} />));
    fireEvent.click(screen.getByTestId("tab-review"));
    const cards = await screen.findAllByTestId("review-item");
    expect(cards).toHaveLength(before.length);
    expect(text(screen.getByTestId("review-count"))).toContain(String(before.length));
    const cleared = cards.find((c) => text(c).includes(`${toClear.row + 1} 行目`) && text(c).includes(toClear.name))!;
    expect(text(within(cleared).getByTestId("review-decision"))).toContain("クリア済み: 山田 太郎");
  });

  test("an entry matched when the run was made but not by the active lists stays listed as 要確認", async () => {
    const wb = orderSheet();
    await firstSession(wb);
    const stored = (await loadLastRun(wb))!;
    const gone = stored.rows.find((r) => r.keys.length > 0 && r.c === lists[0].entries[1].name)!;
    // The list as if the entry had been removed since (e.g. delisted in a revision).
    const without: ListData = { ...lists[0], entries: lists[0].entries.filter((e) => !gone.keys.includes(e.key)) };
    const items = await actionsFor(wb, () => realEngine([without])).reviewItems();
    const row = items.filter((i) => i.row === gone.r);
    expect(row.map((i) => i.entryKey).sort()).toEqual(expect.arrayContaining([...gone.keys].sort()));
    for (const i of row.filter((x) => gone.keys.includes(x.entryKey))) {
      expect(i.status).toBe("review");
      expect(i.why).toContain("前回の実行で一致");
    }
  });

  test("no stored run: the list is empty and says to run a screening first", async () => {
    await act(async () => void renderPane(<App actions={actionsFor(orderSheet())} />));
    fireEvent.click(screen.getByTestId("tab-review"));
    expect(await screen.findByText("確認が必要な需要者照合はありません。先にスクリーニングを実行してください。")).toBeTruthy();
    expect(screen.queryAllByTestId("review-item")).toHaveLength(0);
  });
});
