/**
 * 総価額 (total value) across the rows of one order.
 *
 * The small-value exemption (輸出令第4条第1項第5号: 総価額が百万円以下) is judged on the total of the
 * contract, not of one line; an order sheet splits a contract into rows that share an order number.
 * When several rows share one, each row is judged on the sum of their values — a larger figure,
 * so a split order never earns an exemption its whole would not. If any row of the order has no
 * readable value the total is unknown and no row of it is exempted.
 */
import type { CellValue } from "./port";

export interface OrderTotal {
  id: string;
  rows: number;
  /** Sum of the rows' values in yen; undefined when a row of the order has no readable value. */
  totalJpy: number | undefined;
}

/** Totals of the order numbers that appear on more than one row. */
export function orderTotals(
  rows: CellValue[][],
  idCol: number | undefined,
  valueOf: (cells: CellValue[]) => number | undefined,
): Map<string, OrderTotal> {
  const totals = new Map<string, OrderTotal>();
  if (idCol === undefined) return totals;
  for (const cells of rows) {
    const id = orderId(cells[idCol]);
    if (!id) continue;
    const value = valueOf(cells);
    const t = totals.get(id);
    if (!t) totals.set(id, { id, rows: 1, totalJpy: value });
    else {
      t.rows++;
      t.totalJpy = t.totalJpy === undefined || value === undefined ? undefined : t.totalJpy + value;
    }
  }
  for (const [id, t] of totals) if (t.rows < 2) totals.delete(id);
  return totals;
}

export function orderId(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return String(v).normalize("NFKC").trim();
}

/** The reason a row's small-value test used its order's total (or could not). */
export function orderTotalReason(t: OrderTotal, rowValue: number | undefined): { code: string; text: string; citation: string } {
  const own = rowValue === undefined ? "金額なし" : `${rowValue.toLocaleString("ja-JP")}円`;
  const text =
    t.totalJpy === undefined
      ? `受注番号 ${t.id} の ${t.rows} 行に金額のない行があるため総価額を確定できず、少額特例は適用していません（この行 ${own}）`
      : `少額特例の総価額は受注番号 ${t.id} の ${t.rows} 行の合計 ${t.totalJpy.toLocaleString("ja-JP")}円 で判定（この行 ${own}）`;
  return { code: "order_total", text, citation: "輸出令第4条第1項第5号" };
}
