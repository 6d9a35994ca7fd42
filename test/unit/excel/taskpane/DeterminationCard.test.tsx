/** @jest-environment jsdom */
/**
 * The レビュー tab's 判定書 cards: parts whose 該非判定 stayed 要確認 are listed once each; the
 * reviewer records the company's determination, it is stored in the workbook, and a re-screen
 * applies it with its reference. The engine is the real one over bundled 輸出令 data (its empty
 * control tree leaves every spec 要確認, as the demo's T-shirts and bolts are).
 */
import * as React from "react";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane, text } from "./render-pane";
import App from "../../../../src/excel/taskpane/App";
import DeterminationCard from "../../../../src/excel/taskpane/components/DeterminationCard";
import type { ClassificationItem, DeterminationInput } from "../../../../src/excel/taskpane/actions";
import { MemoryWorkbook } from "../../../../src/excel/workbook/memory-adapter";
import { RESULT_HEADERS } from "../../../../src/excel/workbook/screen-table";
import { loadDeterminationStore } from "../../../../src/excel/workbook/determination-store";
import type { Engine } from "../../../../src/core/engine";
import type { ListData } from "../../../../src/core/data/schemas";
import { realEngine, realLists, testActions } from "./real-engine";

let lists: ListData[];
let engine: Engine;
beforeAll(() => {
  lists = realLists();
  engine = realEngine(lists);
});

const item: ClassificationItem = {
  id: "part:TS-100",
  sheet: "受注",
  rows: [1, 3],
  part: "TS-100",
  spec: "Tシャツ 綿100%",
  hs: "6109.10",
  summary: "要確認: 品目を特定できません",
  recorded: [],
};

function card(defaultReviewer = "山田") {
  const calls: DeterminationInput[] = [];
  const jumps: number[] = [];
  renderPane(<DeterminationCard item={item} defaultReviewer={defaultReviewer} onRecord={async (_i, d) => void calls.push(d)} onJump={(_s, r) => jumps.push(r)} />);
  return { calls, jumps };
}

describe("a 判定書 card", () => {
  test("shows the part, its rows and why the engine could not decide; the row link jumps to the first row", () => {
    const { jumps } = card();
    const c = text(screen.getByTestId("determination-item"));
    expect(c).toContain("品番 TS-100");
    expect(c).toContain("2 行（2 行目〜）");
    expect(c).toContain("要確認: 品目を特定できません");
    fireEvent.click(screen.getByText("2 行（2 行目〜）"));
    expect(jumps).toEqual([1]);
    expect((screen.getByTestId("det-hs") as HTMLInputElement).value).toBe("6109.10");
  });

  test("refuses a record without 判定書番号, and a 該当 without items", async () => {
    const { calls } = card();
    await act(async () => void fireEvent.click(screen.getByTestId("det-record")));
    expect(text(screen.getByTestId("det-problem"))).toBe("判定書番号と判定者を入力してください。");
    fireEvent.change(screen.getByTestId("det-reference"), { target: { value: "ABC-123" } });
    fireEvent.click(within(screen.getByTestId("det-status")).getByLabelText("該当"));
    await act(async () => void fireEvent.click(screen.getByTestId("det-record")));
    expect(text(screen.getByTestId("det-problem"))).toBe("該当の判定書には項番を入力してください。");
    expect(calls).toEqual([]);
  });

  test("a 非該当 record carries reference, reviewer, HS and the optional expiry", async () => {
    const { calls } = card();
    fireEvent.change(screen.getByTestId("det-reference"), { target: { value: "ABC-123" } });
    fireEvent.change(screen.getByTestId("det-expires"), { target: { value: "2027-03-31" } });
    await act(async () => void fireEvent.click(screen.getByTestId("det-record")));
    expect(calls).toEqual([{ status: "not_listed", items: undefined, hs: "6109.10", reference: "ABC-123", reviewer: "山田", expires: "2027-03-31" }]);
  });
});

describe("recording a determination in the pane and re-screening", () => {
  // Two full screenings through the rendered pane on the real engine: more than jest's default 5 s on a busy machine.
  jest.setTimeout(30_000);

  const sheet = () =>
    MemoryWorkbook.fromRows(
      [
        ["受注番号", "品番", "品名", "HS", "仕向地", "顧客", "金額"],
        ["SO-1", "TS-100", "Tシャツ 綿100%", "6109.10", "米国", "Acme Corp", 1200],
        ["SO-2", "MC-3", "3軸マシニングセンタ", "8457.10", "米国", "Acme Corp", 5000000],
        ["SO-3", "TS-100", "Tシャツ 綿100%", "6109.10", "米国", "Acme Corp", 1200],
      ],
      "受注",
    );

  async function run() {
    fireEvent.click(screen.getByTestId("tab-screen"));
    fireEvent.click(screen.getByTestId("read-table"));
    await screen.findByTestId("table-info");
    await act(async () => void fireEvent.click(screen.getByTestId("run")));
    return screen.findByTestId("summary");
  }

  test("lists each undecided part once; a recorded 非該当 and 該当 apply on the next run", async () => {
    const wb = sheet();
    const actions = testActions(wb, lists, () => engine);
    await act(async () => void renderPane(<App actions={actions} />));
    await run();
    fireEvent.click(screen.getByTestId("tab-review"));
    await waitFor(() => expect(screen.getAllByTestId("determination-item")).toHaveLength(2));
    const [ts, mc] = screen.getAllByTestId("determination-item");
    expect(text(ts)).toContain("品番 TS-100");
    expect(text(ts)).toContain("2 行");

    fireEvent.change(within(ts).getByTestId("det-reference"), { target: { value: "ABC-123" } });
    fireEvent.change(within(ts).getByTestId("det-reviewer"), { target: { value: "山田" } });
    await act(async () => void fireEvent.click(within(ts).getByTestId("det-record")));
    await screen.findByText("判定書をブックに保存しました。再スクリーニングで適用されます。");

    fireEvent.click(within(mc).getByLabelText("該当"));
    fireEvent.change(within(mc).getByTestId("det-items"), { target: { value: "２項（12）" } });
    fireEvent.change(within(mc).getByTestId("det-reference"), { target: { value: "MC-1" } });
    fireEvent.change(within(mc).getByTestId("det-reviewer"), { target: { value: "佐藤" } });
    await act(async () => void fireEvent.click(within(mc).getByTestId("det-record")));

    const stored = await loadDeterminationStore(wb);
    expect(stored.determinations.map((d) => [d.part, d.status, d.items, d.reference])).toEqual([
      ["TS-100", "not_listed", undefined, "ABC-123"],
      ["MC-3", "listed", ["2項(12)"], "MC-1"],
    ]);
    // recorded against the law text the engine carries, on the pane's clock
    expect(stored.determinations[0]).toMatchObject({ date: "2026-11-25", lawRevision: engine.data.exportOrder.provenance.effective, hs: "6109.10" });

    const summary = await run();
    expect(text(within(summary).getByTestId("summary-determinations"))).toContain("判定書を適用した行: 3");
    const col = 7 + RESULT_HEADERS.indexOf("該非・項番");
    expect(wb.value("受注", 1, col)).toBe("非該当（判定書 ABC-123, 山田 2026-11-25）");
    expect(wb.value("受注", 3, col)).toBe("非該当（判定書 ABC-123, 山田 2026-11-25）");
    expect(wb.value("受注", 2, col)).toBe("該当 2項(12)（判定書 MC-1, 佐藤 2026-11-25）");
    expect(wb.value("受注", 2, 7)).toBe("許可要");
    fireEvent.click(screen.getByTestId("tab-review"));
    await waitFor(() => expect(screen.queryAllByTestId("determination-item")).toHaveLength(0));
  });

  test("a reopened pane lists the stored run's undecided parts, with the 判定書 already recorded for them", async () => {
    const wb = sheet();
    const first = testActions(wb, lists, () => engine);
    await act(async () => void renderPane(<App actions={first} />));
    await run();
    const [ts] = await first.classificationItems();
    await first.recordDetermination(ts, { status: "not_listed", reference: "OLD", reviewer: "山田" });
    const reopened = await testActions(wb, lists, () => engine).classificationItems();
    expect(reopened.map((i) => [i.part, i.rows, i.summary.startsWith("要確認")])).toEqual([
      ["TS-100", [1, 3], true],
      ["MC-3", [2], true],
    ]);
    expect(reopened[0].recorded).toEqual([{ reference: "OLD", status: "not_listed", reviewer: "山田", date: "2026-11-25", lawRevision: engine.data.exportOrder.provenance.effective }]);
  });

  test("an invalid record is refused with the schema's message and nothing is stored", async () => {
    const wb = sheet();
    const actions = testActions(wb, lists, () => engine);
    await act(async () => void renderPane(<App actions={actions} />));
    await run();
    const [first] = await actions.classificationItems();
    await expect(actions.recordDetermination(first, { status: "listed", items: "7-1", reference: "R", reviewer: "山田" })).rejects.toThrow(/項番/);
    expect((await loadDeterminationStore(wb)).determinations).toEqual([]);
  });
});
