/* global Office, document, window */
/**
 * Task pane entry: after `Office.onReady`, pick the workbook port (Office.js inside Excel, the
 * in-memory workbook in the browser harness), bind the actions and render the app once.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { CellValue } from "../workbook/port";
import { MemoryWorkbook, type MemoryWorkbookJSON } from "../workbook/memory-adapter";
import { OfficeWorkbook } from "../workbook/office-adapter";
import { getEngine, setActiveLists } from "../engine-instance";
import { loadBundledRuleData } from "../../core/data/bundled";
import { importListFile } from "../../../scripts/importers/detect";
import { createActions, type TaskpaneActions, type TaskpanePort } from "./actions";
import { diffCounts } from "./import-preview";
import { browserStore, ListStore } from "./list-store";
import App from "./App";
import pkg from "../../../package.json";

/** What the browser harness (test/browser, bench) hands the page before it loads, and reads back. */
export interface AnpoHarness {
  /** Order table for the in-memory workbook (first row = header). */
  rows?: CellValue[][];
  sheet?: string;
  /** A workbook saved earlier (`workbook.toJSON()`): opened instead of `rows`, as reopening a file. */
  saved?: MemoryWorkbookJSON;
  /** Set by the page: the workbook and actions, for the test to inspect. */
  workbook?: MemoryWorkbook;
  actions?: TaskpaneActions;
  ready?: boolean;
}

declare global {
  interface Window {
    __ANPO_HARNESS__?: AnpoHarness;
  }
}

function choosePort(host: Office.HostType | null | undefined): TaskpanePort {
  const harness = window.__ANPO_HARNESS__;
  if (harness) {
    harness.workbook ??= harness.saved ? MemoryWorkbook.fromJSON(harness.saved) : MemoryWorkbook.fromRows(harness.rows ?? [[]], harness.sheet ?? "Sheet1");
    return harness.workbook;
  }
  if (host === Office.HostType.Excel) return new OfficeWorkbook();
  // Opened outside Excel (e.g. a plain browser): an empty in-memory workbook, so the pane still renders.
  return MemoryWorkbook.fromRows([[]]);
}

Office.onReady(async (info) => {
  const storage = browserStore();
  const bundledLists = loadBundledRuleData().lists;
  // Imported lists (browser storage) replace the bundled ones of the same id before first use.
  const effective = await new ListStore(storage).effective(bundledLists);
  if (effective.some((l, i) => l !== bundledLists[i]) || effective.length !== bundledLists.length) setActiveLists(effective);
  const actions = createActions({
    port: choosePort(info?.host),
    engine: getEngine,
    setActiveLists,
    bundledLists,
    storage,
    importListFile,
    diffLists: diffCounts,
    addinVersion: pkg.version,
  });
  const harness = window.__ANPO_HARNESS__;
  if (harness) harness.actions = actions;
  const root = createRoot(document.getElementById("container")!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} />
    </FluentProvider>,
  );
  if (harness) harness.ready = true;
});
