/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, screen } from "@testing-library/react";
import ReviewItemCard from "../../../../src/excel/taskpane/components/ReviewItemCard";
import type { ReviewDecisionInput, ReviewItem } from "../../../../src/excel/taskpane/actions";
import { renderPane, text } from "./render-pane";

const item: ReviewItem = {
  id: "5|METI-EUL|IR|x",
  sheet: "受注",
  row: 4,
  customer: "Kimia Part Sivan",
  country: "イラン",
  status: "review",
  list: "METI-EUL",
  entryNo: "300",
  entryKey: "METI-EUL|IR|kimia part sivan company llc kipas",
  name: "Kimia Part Sivan Company LLC (KIPAS)",
  matchedName: "Kimia Part Sivan Company LLC",
  score: 0.91,
  why: "名称が部分一致",
};

function setup(defaultReviewer = "") {
  const calls: ReviewDecisionInput[] = [];
  const jumps: number[] = [];
  renderPane(<ReviewItemCard item={item} defaultReviewer={defaultReviewer} onDecide={async (_i, d) => void calls.push(d)} onJump={(_s, r) => jumps.push(r)} />);
  return { calls, jumps };
}

describe("a review item", () => {
  test("shows the list entry, the score and why it matched; the row link jumps to the sheet row", () => {
    const { jumps } = setup();
    const card = text(screen.getByTestId("review-item"));
    expect(card).toContain("METI-EUL No.300 Kimia Part Sivan Company LLC (KIPAS)");
    expect(card).toContain("一致度 0.91");
    expect(card).toContain("名称が部分一致");
    fireEvent.click(screen.getByText("5 行目"));
    expect(jumps).toEqual([4]);
  });

  test("clearing without a reason is refused with a message", async () => {
    const { calls } = setup("山田");
    await act(async () => void fireEvent.click(screen.getByTestId("clear")));
    expect(calls).toEqual([]);
    expect(screen.getByText("確認者と理由を入力してください。")).toBeTruthy();
  });

  test("a clearance carries reviewer, reason and the optional expiry", async () => {
    const { calls } = setup("山田");
    fireEvent.change(screen.getByTestId("reason"), { target: { value: "別法人（登記で確認）" } });
    fireEvent.change(screen.getByTestId("expires"), { target: { value: "2027-03-31" } });
    await act(async () => void fireEvent.click(screen.getByTestId("clear")));
    expect(calls).toEqual([{ kind: "clear", reviewer: "山田", reason: "別法人（登記で確認）", expires: "2027-03-31" }]);
  });

  test("a confirmation never carries an expiry", async () => {
    const { calls } = setup("山田");
    fireEvent.change(screen.getByTestId("reason"), { target: { value: "同一組織" } });
    fireEvent.change(screen.getByTestId("expires"), { target: { value: "2027-03-31" } });
    await act(async () => void fireEvent.click(screen.getByTestId("confirm")));
    expect(calls).toEqual([{ kind: "confirm", reviewer: "山田", reason: "同一組織", expires: undefined }]);
  });
});
