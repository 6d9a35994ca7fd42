/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, screen } from "@testing-library/react";
import ScreenTab from "../../../../src/excel/taskpane/components/ScreenTab";
import type { RunSummary, TaskpaneActions } from "../../../../src/excel/taskpane/actions";
import { renderPane, text } from "./render-pane";

/** A screening that reports progress and then waits until the pane's Cancel aborts it. */
function slowActions() {
  let seen: AbortSignal | undefined;
  const actions: Pick<TaskpaneActions, "readTable" | "screen" | "jumpTo"> = {
    readTable: async () => ({ sheet: "受注", headers: ["品名", "仕向地", "需要者"], rows: 10000, mapping: { item: 0, country: 1, customer: 2 } }),
    jumpTo: async () => undefined,
    screen: (_m, onProgress, signal) =>
      new Promise<RunSummary>((resolve) => {
        seen = signal;
        onProgress(2000, 10000);
        signal.addEventListener("abort", () =>
          resolve({ sheet: "受注", resultSheet: "受注", rows: 2000, counts: { prohibited: 0, license_required: 0, review: 2000, no_license: 0 }, clearancesApplied: 0, seconds: 1, cancelled: true, firstRow: { review: 1 } }),
        );
      }),
  };
  return { actions, signal: () => seen };
}

test("the progress bar shows rows done, and Cancel aborts the run and says what was kept", async () => {
  const { actions, signal } = slowActions();
  renderPane(<ScreenTab actions={actions} />);
  await act(async () => void fireEvent.click(screen.getByTestId("read-table")));
  await act(async () => void fireEvent.click(screen.getByTestId("run")));
  expect(text(screen.getByTestId("progress"))).toContain("2000 / 10000 行");
  expect(signal()?.aborted).toBe(false);
  await act(async () => void fireEvent.click(screen.getByTestId("cancel")));
  expect(signal()?.aborted).toBe(true);
  expect(screen.queryByTestId("progress")).toBeNull();
  expect(screen.getByText("中断しました。書き込み済みの行の結果は残っています。")).toBeTruthy();
  expect(text(screen.getByTestId("count-review"))).toBe("2000");
});
