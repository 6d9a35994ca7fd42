import { createPartyScreener, entryFingerprint, isClearanceValid, recordClearance, type ClearanceStore } from "../../../../src/core/parties";
import { e, list } from "./factory";

const candid = e("Candid General Trading LLC", { aliases: ["Candid Trading LLC"], iso2: "AE", concerns: ["M"] });
const others = [e("Pegasus General Trading FZE", { iso2: "AE" }), e("Korea General Trading Corporation", { iso2: "KP" })];
const screener = createPartyScreener([list("METI-EUL", [candid, ...others])]);
const query = "Candid General Trading";
const base = { query, list: "METI-EUL", entryKey: candid.key, reviewer: "山田", reason: "different company (trade licence checked)", date: "2025-10-01" };

function cleared(store: ClearanceStore, today = "2025-10-02", s = screener) {
  return s.screen(query, { clearances: store, today });
}

describe("clearances", () => {
  const rec = screener.recordClearance({ clearances: [] }, base);
  if (!rec.ok) throw new Error(rec.error);

  it("turns a cleared match into clear with who and when, keeping the match visible", () => {
    const r = cleared(rec.store);
    expect(r.status).toBe("clear");
    expect(r.matches[0].cleared).toEqual({ by: "山田", on: "2025-10-01", reason: base.reason });
    expect(r.notes?.join()).toContain("cleared by 山田 on 2025-10-01");
    expect(r.summary).toBe("該当なし（クリアランス済）");
  });

  it("covers spellings that normalise the same, not other names", () => {
    expect(screener.screen("CANDID GENERAL TRADING L.L.C.", { clearances: rec.store, today: "2025-10-02" }).status).toBe("clear");
    expect(screener.screen("Candid Trading", { clearances: rec.store, today: "2025-10-02" }).status).not.toBe("clear");
  });

  it("survives a JSON round trip (kept inside the workbook)", () => {
    expect(cleared(JSON.parse(JSON.stringify(rec.store))).status).toBe("clear");
  });

  it("reopens when the entry gains an alias", () => {
    const changed = { ...candid, names: [...candid.names, { value: "Candid Intl", kind: "alias" as const }] };
    expect(entryFingerprint(changed)).not.toBe(entryFingerprint(candid));
    const s2 = createPartyScreener([list("METI-EUL", [changed, ...others])]);
    const r = cleared(rec.store, "2025-10-02", s2);
    expect(r.status).toBe("hit");
    expect(r.notes?.join()).toContain("reopened");
  });

  it("does not reopen when only the address changes", () => {
    const moved = { ...candid, address: "Dubai" };
    expect(entryFingerprint(moved)).toBe(entryFingerprint(candid));
  });

  it("applies through its expiry date (inclusive) and reopens the day after", () => {
    const r = screener.recordClearance({ clearances: [] }, { ...base, expires: "2025-12-31" });
    if (!r.ok) throw new Error(r.error);
    expect(isClearanceValid(r.clearance, candid, "2025-12-31")).toBe("valid");
    expect(isClearanceValid(r.clearance, candid, "2026-01-01")).toBe("expired");
    expect(cleared(r.store, "2026-01-01").status).toBe("hit");
  });

  it("accepts hand-made clearances without a stored query key", () => {
    const store = { clearances: [{ ...rec.clearance, queryKey: undefined }] };
    expect(cleared(store).status).toBe("clear");
  });

  it("refuses incomplete requests with a reason instead of throwing", () => {
    expect(screener.recordClearance(undefined, { ...base, reviewer: " " })).toEqual({ ok: false, error: "reviewer is required" });
    expect(screener.recordClearance(undefined, { ...base, reason: "" }).ok).toBe(false);
    expect(screener.recordClearance(undefined, { ...base, date: "1 Oct" }).ok).toBe(false);
    expect(screener.recordClearance(undefined, { ...base, expires: "2025-09-01" }).ok).toBe(false);
    expect(screener.recordClearance(undefined, { ...base, entryKey: "nope" }).ok).toBe(false);
    expect(recordClearance(undefined, { ...base, entry: candid, query: "😀" }).ok).toBe(false);
  });

  it("replaces an earlier clearance of the same query and entry", () => {
    const again = screener.recordClearance(rec.store, { ...base, reviewer: "佐藤" });
    if (!again.ok) throw new Error(again.error);
    expect(again.store.clearances).toHaveLength(1);
    expect(again.store.clearances[0].reviewer).toBe("佐藤");
  });
});
