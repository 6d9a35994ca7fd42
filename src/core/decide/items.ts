/**
 * 輸出令別表第1 item references ("7項(1)", "10項(9の2)", "8項") and the item sets the law uses in
 * the small-value exemption (輸出令第4条第1項第5号: 5〜13項 and 15項) and 別表第3の3.
 */
import type { ExportOrderData } from "../data/schemas";

export interface ItemRef {
  /** 項 number as written, e.g. "7", "3の2". */
  item: string;
  /** (sub) as written, e.g. "1", "9の2"; undefined for the whole 項. */
  sub?: string;
  raw: string;
}

const ITEM_RE = /^\s*(\d+(?:の\d+)?)項(?:\s*[（(]\s*(\d+(?:の\d+)?)\s*[)）])?/;

export function parseItemRef(raw: string): ItemRef | undefined {
  const m = ITEM_RE.exec(raw.normalize("NFKC"));
  return m ? { item: m[1], sub: m[2], raw } : undefined;
}

/** Main 項 number (3の2 → 3). */
export function itemNumber(ref: ItemRef): number {
  return Number.parseInt(ref.item, 10);
}

/** 輸出令第4条第1項第5号: 「別表第一の五から一三まで又は一五の項の中欄に掲げる貨物」. */
export function smallValueEligibleItem(ref: ItemRef): boolean {
  const n = itemNumber(ref);
  return ref.item === String(n) && ((n >= 5 && n <= 13) || n === 15);
}

export type Appendix3_3Membership = "member" | "possible" | "no";

/**
 * 別表第3の3: 「…に掲げる貨物であつて、経済産業大臣が告示で定めるもの又は同表の一五の項の中欄に
 * 掲げる貨物」 — 15項 goods are members outright; the other listed 項(sub) only as far as the 告示
 * names them (not bundled), so they are "possible".
 */
export function appendix3_3(ref: ItemRef, exportOrder: ExportOrderData): Appendix3_3Membership {
  let best: Appendix3_3Membership = "no";
  for (const row of exportOrder.smallValueItems) {
    const byNotice = /告示/.test(row.text);
    for (const r of row.exportOrderItems.map(parseItemRef)) {
      if (!r || r.item !== ref.item) continue;
      if (r.sub !== undefined && r.sub !== ref.sub) continue;
      // "15項" is named after 「又は」 outside the 告示 qualifier in the law's sentence.
      const outright = !byNotice || (r.sub === undefined && r.item === "15" && /一五の項の中欄に掲げる貨物。?$/.test(row.text.trim()));
      if (outright) return "member";
      best = "possible";
    }
  }
  return best;
}
