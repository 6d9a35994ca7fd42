/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, screen } from "@testing-library/react";
import ListsTab, { STALE_DAYS } from "../../../../src/excel/taskpane/components/ListsTab";
import { createActions, type TaskpaneActions } from "../../../../src/excel/taskpane/actions";
import { memoryStore } from "../../../../src/excel/taskpane/list-store";
import { diffCounts } from "../../../../src/excel/taskpane/import-preview";
import { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";
import type { ListData } from "../../../../src/core/data/schemas";
import type { Engine } from "../../../../src/core/engine";
import { realEngine, realLists } from "./real-engine";
import { renderPane, text } from "./render-pane";

let bundled: ListData[];
let engine: Engine;
beforeAll(() => {
  bundled = realLists();
  engine = realEngine(bundled);
});

const DAY = 86_400_000;
/** Actions over the real End User List, with "today" `days` after the list's own date. */
function actionsAt(days: number, importResult?: ListData): { actions: TaskpaneActions; active: () => ListData[] } {
  let active = bundled;
  const listDate = Date.parse(bundled[0].provenance.dataDate);
  const actions = createActions({
    port: MemoryWorkbook.fromRows([["a"]]),
    // The tab reads only versions from the engine; the active lists are checked through `active`.
    engine: () => engine,
    setActiveLists: (lists) => void (active = lists),
    bundledLists: bundled,
    storage: memoryStore(),
    importListFile: async () => {
      if (!importResult) throw new Error("x.xlsx: unknown list format");
      return importResult;
    },
    diffLists: diffCounts,
    addinVersion: "test",
    now: () => new Date(listDate + days * DAY),
  });
  return { actions, active: () => active };
}

async function show(actions: TaskpaneActions) {
  await act(async () => void renderPane(<ListsTab actions={actions} />));
}

async function chooseFile(name: string) {
  const file = new File([new Uint8Array([1, 2, 3])], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array([1, 2, 3]).buffer });
  await act(async () => void fireEvent.change(screen.getByTestId("list-file"), { target: { files: [file] } }));
}

describe("リスト tab", () => {
  test("shows the list's version, dates, publisher and entry count", async () => {
    await show(actionsAt(10).actions);
    const card = text(await screen.findByTestId("list-METI-EUL"));
    expect(card).toContain(bundled[0].version);
    expect(card).toContain(bundled[0].provenance.dataDate);
    expect(card).toContain(bundled[0].provenance.publisher);
    expect(card).toContain(`${bundled[0].entries.length} 件`);
  });

  test(`warns only when the list is more than ${STALE_DAYS} days old`, async () => {
    await show(actionsAt(STALE_DAYS).actions);
    await screen.findByTestId("list-METI-EUL");
    expect(screen.queryByTestId("stale")).toBeNull();
  });

  test(`${STALE_DAYS + 1} days old: the warning names the age`, async () => {
    await show(actionsAt(STALE_DAYS + 1).actions);
    expect(text(await screen.findByTestId("stale"))).toContain(`${STALE_DAYS + 1} 日前`);
  });

  test("an import shows the diff first and activates only on request; the previous list can be restored", async () => {
    const older: ListData = { ...bundled[0], version: "METI-EUL 2025-01-31", entries: bundled[0].entries.slice(5) };
    const { actions, active } = actionsAt(10, older);
    await show(actions);
    await chooseFile("eul_20250131.csv");
    expect(text(await screen.findByTestId("import-diff"))).toContain("追加 0 / 削除 5 / 変更 0");
    expect(active()[0].version).toBe(bundled[0].version); // not yet active
    await act(async () => void fireEvent.click(screen.getByTestId("activate")));
    expect(active()[0].version).toBe("METI-EUL 2025-01-31");
    const restore = await screen.findByTestId("restore-METI-EUL");
    expect(text(restore)).toContain(bundled[0].version);
    await act(async () => void fireEvent.click(restore));
    expect(active()[0].version).toBe(bundled[0].version);
  });

  test("a file the importer refuses shows its message and changes nothing", async () => {
    const { actions, active } = actionsAt(10);
    await show(actions);
    await chooseFile("x.xlsx");
    expect(text(await screen.findByTestId("error"))).toContain("unknown list format");
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(active()).toBe(bundled);
  });
});
