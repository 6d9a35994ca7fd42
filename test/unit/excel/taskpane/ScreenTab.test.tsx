/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { isDisabled, renderPane, text } from "./render-pane";
import App from "../../../../src/excel/taskpane/App";
import { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";
import { AUDIT_SHEET, RESULT_HEADERS, VERDICT_STYLE } from "../../../../src/excel/workbook/screen-table";
import type { Engine } from "../../../../src/core/engine";
import type { ListData } from "../../../../src/core/data/schemas";
import type { Verdict } from "../../../../src/core/results";
import { realEngine, realLists, testActions } from "./real-engine";

let lists: ListData[];
let engine: Engine;
beforeAll(() => {
  lists = realLists();
  engine = realEngine(lists);
});

/** Two real End User List names and two that are on no list. */
function orderSheet(): MemoryWorkbook {
  const [a, b] = lists[0].entries;
  return MemoryWorkbook.fromRows(
    [
      ["受注番号", "品名", "仕向地", "顧客", "金額"],
      ["SO-1", "ボルト M8", "中国", "Tokyo Bolt Trading", 1200],
      ["SO-2", "真空ポンプ", a.country?.name ?? "", a.name, 500000],
      ["SO-3", "ベアリング", "タイ", "Siam Bearings", 800],
      ["SO-4", "工作機械", b.country?.name ?? "", b.name, 9000000],
    ],
    "受注",
  );
}

async function setup(wb = orderSheet()) {
  const actions = testActions(wb, lists, () => engine);
  await act(async () => void renderPane(<App actions={actions} />));
  return { wb, actions };
}

async function readAndRun() {
  fireEvent.click(screen.getByTestId("read-table"));
  await screen.findByTestId("table-info");
  fireEvent.click(screen.getByTestId("run"));
  return screen.findByTestId("summary");
}

describe("bulk screening tab", () => {
  test("maps columns by header; clearing a needed column blocks the run", async () => {
    await setup();
    fireEvent.click(screen.getByTestId("read-table"));
    expect(text(await screen.findByTestId("table-info"))).toContain("シート「受注」: 4 行");
    expect((screen.getByTestId("map-item") as HTMLSelectElement).value).toBe("1");
    expect((screen.getByTestId("map-country") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByTestId("map-customer") as HTMLSelectElement).value).toBe("3");
    expect((screen.getByTestId("map-value") as HTMLSelectElement).value).toBe("4");
    fireEvent.change(screen.getByTestId("map-customer"), { target: { value: "" } });
    expect(isDisabled(screen.getByTestId("run"))).toBe(true);
    expect(screen.getByText("品名/仕様、仕向地、需要者の列を選んでください。")).toBeTruthy();
  });

  test("the summary counts are the verdicts written in the sheet, with fills and notes", async () => {
    const { wb } = await setup();
    const card = await readAndRun();
    const col = 5; // right of the five input columns
    expect(wb.value("受注", 0, col)).toBe(RESULT_HEADERS[0]);
    const written: Record<string, number> = {};
    for (let r = 1; r <= 4; r++) {
      const label = String(wb.value("受注", r, col));
      written[label] = (written[label] ?? 0) + 1;
      const verdict = (Object.keys(VERDICT_STYLE) as Verdict[]).find((v) => VERDICT_STYLE[v].ja === label)!;
      expect(wb.format("受注", r, col)?.fill).toBe(VERDICT_STYLE[verdict].fill);
      expect(wb.note("受注", r, col)).toContain(label);
    }
    for (const v of Object.keys(VERDICT_STYLE) as Verdict[]) expect(text(within(card).getByTestId(`count-${v}`))).toContain(String(written[VERDICT_STYLE[v].ja] ?? 0));
    // The user's columns are untouched; the audit sheet got one row.
    expect(wb.value("受注", 2, 3)).toBe(lists[0].entries[0].name);
    expect((await wb.readTable({ sheet: AUDIT_SHEET })).rows).toHaveLength(1);
  });

  test("two End User List customers are never 許可不要 and are listed for review", async () => {
    const { wb } = await setup();
    await readAndRun();
    expect(wb.value("受注", 2, 5)).not.toBe(VERDICT_STYLE.no_license.ja);
    expect(wb.value("受注", 4, 5)).not.toBe(VERDICT_STYLE.no_license.ja);
    fireEvent.click(screen.getByTestId("tab-review"));
    const items = await screen.findAllByTestId("review-item");
    const text = items.map((i) => i.textContent).join("\n");
    expect(text).toContain(lists[0].entries[0].name);
    expect(text).toContain(lists[0].entries[1].name);
  });

  test("jump-to-row selects the first row of a verdict in the sheet", async () => {
    const { wb } = await setup();
    const card = await readAndRun();
    const enabled = ["prohibited", "license_required", "review", "no_license"].find((v) => !isDisabled(within(card).getByTestId(`jump-${v}`)))!;
    fireEvent.click(within(card).getByTestId(`jump-${enabled}`));
    await waitFor(async () => expect((await wb.getSelection()).row).toBeGreaterThan(0));
    const sel = await wb.getSelection();
    expect(wb.value("受注", sel.row, 5)).toBe(VERDICT_STYLE[enabled as Verdict].ja);
  });

  test("a table without the needed columns gives an error message, not a crash", async () => {
    await setup(MemoryWorkbook.fromRows([["a", "b"], [1, 2]]));
    fireEvent.click(screen.getByTestId("read-table"));
    await screen.findByTestId("table-info");
    expect(isDisabled(screen.getByTestId("run"))).toBe(true);
  });

  test("the language switch shows English texts", async () => {
    await setup();
    fireEvent.click(screen.getByTestId("language"));
    expect(text(screen.getByTestId("tab-screen"))).toContain("Bulk screening");
    expect(text(screen.getByTestId("read-table"))).toContain("Read table");
  });
});
