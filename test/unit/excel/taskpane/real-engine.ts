/**
 * An engine over the real bundled data that exists in rules/ (輸出令 tables, the METI End User
 * List), built once per test file. The control tree is left empty on purpose: classification then
 * says needs_review, which the task pane must show honestly as 要確認.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine, type Engine } from "../../../../src/core/engine";
import { ExportOrderData, ListData, type ControlTree } from "../../../../src/core/data/schemas";
import { createActions, type TaskpaneActions } from "../../../../src/excel/taskpane/actions";
import { memoryStore } from "../../../../src/excel/taskpane/list-store";
import { diffCounts } from "../../../../src/excel/taskpane/import-preview";
import type { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";

const root = join(__dirname, "../../../..");
const json = (p: string) => JSON.parse(readFileSync(join(root, p), "utf8"));

export function realLists(): ListData[] {
  return [ListData.parse(json("rules/lists/meti-eul.json"))];
}

export function realEngine(lists: ListData[] = realLists()): Engine {
  const exportOrder = ExportOrderData.parse(json("rules/law/export-order.json"));
  const controlTree: ControlTree = { provenance: exportOrder.provenance, revision: "empty", nodes: [], item16_1Hs: [] };
  return createEngine({ exportOrder, controlTree, params: { version: "test", rules: [] }, lists });
}

/** The task pane's actions on an in-memory workbook, a fixed clock and in-memory list storage. */
export function testActions(wb: MemoryWorkbook, lists: ListData[], engine: () => Engine): TaskpaneActions {
  return createActions({
    port: wb,
    engine,
    setActiveLists: () => undefined,
    bundledLists: lists,
    storage: memoryStore(),
    importListFile: async () => lists[0],
    diffLists: diffCounts,
    addinVersion: "test",
    now: () => new Date("2026-11-25T09:00:00Z"),
  });
}
