import { createEngine, type Engine } from "../../../../src/core/engine";
import { loadBundledRuleData } from "../../../../src/core/data/bundled";
import {
  applyDetermination,
  appliedDetermination,
  determinationContext,
  determinationIndex,
  emptyDeterminationStore,
  findDeterminations,
  normalisePart,
  parseMasterRows,
  recordDetermination,
  type Determination,
  type DeterminationContext,
} from "../../../../src/core/determinations";
import { Classification } from "../../../../src/core/results";

let engine: Engine;
let ctx: DeterminationContext;
beforeAll(() => {
  engine = createEngine(loadBundledRuleData());
  ctx = determinationContext(engine.data, "2026-11-26");
});

const base: Determination = {
  part: "TS-100",
  status: "not_listed",
  reviewer: "山田",
  date: "2026-04-01",
  reference: "ABC-123",
  lawRevision: "2026-04-01",
};
const det = (over: Partial<Determination>): Determination => ({ ...base, ...over });

describe("determinationContext", () => {
  it("takes the law revision from the bundled 貨物等省令 and 輸出令 effective dates", () => {
    const data = engine.data;
    expect(ctx.lawRevision).toBe([data.controlTree.provenance.effective, data.exportOrder.provenance.effective].sort()[1]);
    expect(ctx.lawRevision).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it("computes the catch-all class from an HS code with the engine's own 16項 data", () => {
    expect(ctx.catchAllOf("7318.15")).toBe(engine.classify("ボルト", { hs: "7318.15" }).catchAll);
    expect(ctx.catchAllOf("0902.10")).toBe("outside"); // 第9類 (茶) is not in 16項's chapters
  });
});

describe("recordDetermination", () => {
  it("refuses an incomplete record and names every missing field", () => {
    const r = recordDetermination(emptyDeterminationStore(), { part: "X-1", status: "listed" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join("\n")).toMatch(/項番/);
    expect(r.errors.join("\n")).toMatch(/判定者/);
    expect(r.errors.join("\n")).toMatch(/判定日/);
    expect(r.errors.join("\n")).toMatch(/判定書番号/);
    expect(r.errors.join("\n")).toMatch(/改正基準日/);
  });
  it("refuses a record with neither part nor spec, a malformed item, a 非該当 with items and expiry before the date", () => {
    const errs = (x: unknown) => {
      const r = recordDetermination(emptyDeterminationStore(), x);
      return r.ok ? [] : r.errors;
    };
    expect(errs({ ...base, part: undefined })).toEqual([expect.stringMatching(/品番/)]);
    expect(errs({ ...base, status: "listed", items: ["7-1"] })).toEqual([expect.stringMatching(/項番/)]);
    expect(errs({ ...base, items: ["7項(1)"] })).toEqual([expect.stringMatching(/非該当の判定書に項番/)]);
    expect(errs({ ...base, expires: "2026-03-31" })).toEqual([expect.stringMatching(/有効期限/)]);
    expect(errs({ ...base, date: "2026/04/01" })).toEqual([expect.stringMatching(/判定日/)]);
  });
  it("adds a valid record; the same 判定書番号 for the same part replaces it", () => {
    let store = emptyDeterminationStore();
    const a = recordDetermination(store, base);
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    store = a.store;
    const b = recordDetermination(store, { ...base, part: "ｔｓ－１００", reviewer: "佐藤" });
    expect(b.ok && b.store.determinations.map((d) => d.reviewer)).toEqual(["佐藤"]);
    const c = recordDetermination(store, { ...base, reference: "ABC-124" });
    expect(c.ok && c.store.determinations.length).toBe(2);
  });
});

describe("finding a row's determinations", () => {
  it("matches part numbers across width, case, spaces and dashes", () => {
    expect(normalisePart("ＴＳ－１００")).toBe(normalisePart("ts 100"));
    const store = { determinations: [base, det({ part: undefined, spec: "緑茶 500g", reference: "T-1" })] };
    expect(findDeterminations(store, { part: "ts-100" }).map((d) => d.reference)).toEqual(["ABC-123"]);
    expect(findDeterminations(store, { part: "TS-1000" })).toEqual([]);
    // a determination with a part number needs the row's part; one without is found by spec
    expect(findDeterminations(store, { spec: "TS-100" })).toEqual([]);
    expect(findDeterminations(store, { spec: "緑茶  500G" }).map((d) => d.reference)).toEqual(["T-1"]);
    const index = determinationIndex(store);
    expect(index({ part: "ＴＳ100", spec: "緑茶 500g" }).map((d) => d.reference)).toEqual(["ABC-123", "T-1"]);
  });
});

describe("applyDetermination on the real engine", () => {
  const tshirt = () => engine.classify("Tシャツ 綿100%");

  it("leaves the classification alone when no determination speaks for the row", () => {
    const c = tshirt();
    expect(applyDetermination(c, [], ctx)).toBe(c);
  });

  it("a current 非該当 stands in for 要確認, naming the 判定書 and keeping the engine's note", () => {
    const c = tshirt();
    expect(c.status).toBe("needs_review");
    const r = Classification.parse(applyDetermination(c, [det({ hs: "6109.10" })], ctx));
    expect(r.status).toBe("not_listed");
    expect(r.summary).toBe("非該当（判定書 ABC-123, 山田 2026-04-01）");
    expect(r.flags).toContain("determination:ABC-123");
    expect(appliedDetermination(r)).toBe("ABC-123");
    expect(r.catchAll).toBe(ctx.catchAllOf("6109.10"));
    expect(r.problems?.join("\n")).toMatch(/ルール判定: 要確認: 品目を特定できません/);
    expect(r.missing).toEqual([]);
  });

  it("a 非該当 with an explicit catch-all class uses it; without one the engine's class stays", () => {
    expect(applyDetermination(tshirt(), [det({ catchAll: "outside" })], ctx).catchAll).toBe("outside");
    const withHs = engine.classify("ボルト M8", { hs: "7318.15" });
    expect(withHs.catchAll).toBe("16(2)");
    expect(applyDetermination(withHs, [det({})], ctx).catchAll).toBe("16(2)");
    // the 判定書's class and the row's HS class disagree: the stricter decides, and it says so
    const looser = applyDetermination(withHs, [det({ catchAll: "outside" })], ctx);
    expect(looser.catchAll).toBe("16(2)");
    expect(looser.problems?.join("\n")).toMatch(/判定書 outside と受注のHSによる 16\(2\) が異なるため 16\(2\) で判定/);
    expect(applyDetermination(withHs, [det({ catchAll: "16(1)" })], ctx).catchAll).toBe("16(1)");
  });

  it("a 該当 determination is applied with its items and citations (licence follows)", () => {
    const r = applyDetermination(engine.classify("3軸マシニングセンタ"), [det({ status: "listed", items: ["2項(12)"], citations: ["貨物等省令第1条第12号"] })], ctx);
    expect(r.status).toBe("listed");
    expect(r.matches.map((m) => [m.exportOrderItem, m.citation, m.match])).toEqual([["2項(12)", "貨物等省令第1条第12号", "listed"]]);
    expect(r.summary).toBe("該当 2項(12)（判定書 ABC-123, 山田 2026-04-01）");
    const d = engine.decideFrom({ spec: "x", country: "米国", customer: "Acme" }, { classification: r, party: engine.party("Acme"), destination: engine.destination("米国") });
    expect(d.verdict).toBe("license_required");
  });

  it("a 判定書 never clears what the engine found listed: a 非該当 against it is a flagged conflict, a 該当 adds its items", () => {
    const listed = engine.classify("量子コンピュータ 物理量子ビット 34 / CNOT error 0.01%");
    expect(listed.status).toBe("listed");
    const r = applyDetermination(listed, [det({})], ctx);
    expect(r.status).toBe("listed");
    expect(r.matches).toEqual(listed.matches);
    expect(r.flags).toContain("determination_conflict:ABC-123");
    expect(r.summary).toMatch(/判定書 ABC-123 の非該当と食い違い/);
    const more = applyDetermination(listed, [det({ status: "listed", items: ["4項(1)"] })], ctx);
    expect(more.matches.map((m) => m.exportOrderItem)).toEqual(["4項(1)", "8項"]);
  });

  it("a determination under an older law revision goes back to 要確認 「判定書の再確認が必要（改正後）」", () => {
    const before = new Date(Date.parse(ctx.lawRevision) - 86400000).toISOString().slice(0, 10);
    const r = Classification.parse(applyDetermination(tshirt(), [det({ lawRevision: before, date: before })], ctx));
    expect(r.status).toBe("needs_review");
    expect(r.summary).toMatch(/^要確認: 判定書の再確認が必要（改正後）: ABC-123（改正基準日 /);
    expect(r.missing[0].label.ja).toMatch(/判定書の再確認が必要（改正後）/);
    expect(r.flags).toContain("determination_stale:ABC-123");
    expect(appliedDetermination(r)).toBeUndefined();
    // on the revision date itself it is current (以上)
    expect(applyDetermination(tshirt(), [det({ lawRevision: ctx.lawRevision })], ctx).status).toBe("not_listed");
  });

  it("an expired determination goes back to 要確認; on its expiry date it still applies", () => {
    const expired = applyDetermination(tshirt(), [det({ expires: "2026-11-25" })], ctx);
    expect(expired.status).toBe("needs_review");
    expect(expired.summary).toMatch(/判定書の有効期限切れ: ABC-123（有効期限 2026-11-25）/);
    expect(applyDetermination(tshirt(), [det({ expires: "2026-11-26" })], ctx).status).toBe("not_listed");
  });

  it("two current determinations that disagree → 要確認 naming both; agreeing ones apply (latest named)", () => {
    const a = det({});
    const b = det({ reference: "XYZ-9", status: "listed", items: ["7項(1)"] });
    const r = applyDetermination(tshirt(), [a, b], ctx);
    expect(r.status).toBe("needs_review");
    expect(r.summary).toMatch(/判定書が食い違います/);
    expect(r.summary).toContain("ABC-123（非該当）");
    expect(r.summary).toContain("XYZ-9（該当 7項(1)）");
    const same = applyDetermination(tshirt(), [a, det({ reference: "ABC-200", date: "2026-05-01", lawRevision: "2026-05-01" })], ctx);
    expect(same.summary).toBe("非該当（判定書 ABC-200, 山田 2026-05-01）");
    // two 非該当 with different catch-all classes agree on 非該当; the stricter class decides
    const both = applyDetermination(tshirt(), [det({ catchAll: "outside" }), det({ reference: "ABC-300", date: "2026-05-01", hs: "8482.10" })], ctx);
    expect(both.status).toBe("not_listed");
    expect(both.summary).toBe("非該当（判定書 ABC-300, 山田 2026-05-01）");
    expect(both.catchAll).toBe(ctx.catchAllOf("8482.10"));
    expect(both.catchAll).not.toBe("outside");
    // a stale one beside a current one does not block the current one
    expect(applyDetermination(tshirt(), [a, det({ reference: "OLD", lawRevision: "2020-01-01", status: "listed", items: ["7項(1)"] })], ctx).status).toBe("not_listed");
  });
});

describe("parseMasterRows", () => {
  it("reads Japanese headers, Excel dates and item spellings; empty 改正基準日 is the 判定日", () => {
    const p = parseMasterRows([
      ["品番", "該非", "項番", "判定書番号", "判定者", "判定日", "改正基準日", "有効期限", "HSコード"],
      ["TS-100", "非該当", "", "ABC-123", "山田", new Date(Date.UTC(2026, 3, 1)), "", "2027/3/31", "6109.10"],
      ["MC-3", "該当", "２項（１２）", "MC-1", "佐藤", "2026年4月2日", "2026-02-14", "", ""],
      ["", "", "", "", "", "", "", "", ""],
    ]);
    expect(p.errors).toEqual([]);
    expect(p.determinations).toEqual([
      { part: "TS-100", status: "not_listed", reference: "ABC-123", reviewer: "山田", date: "2026-04-01", lawRevision: "2026-04-01", expires: "2027-03-31", hs: "6109.10" },
      { part: "MC-3", status: "listed", items: ["2項(12)"], reference: "MC-1", reviewer: "佐藤", date: "2026-04-02", lawRevision: "2026-02-14" },
    ]);
  });
  it("reads English headers", () => {
    const p = parseMasterRows([
      ["Part No", "Status", "Items", "Reference", "Reviewer", "Date", "Law revision", "Catch-all"],
      ["B-8", "not listed", "", "R-1", "Yamada", "2026-03-01", "2026-03-01", "outside"],
    ]);
    expect(p.errors).toEqual([]);
    expect(p.determinations[0]).toMatchObject({ part: "B-8", status: "not_listed", catchAll: "outside" });
  });
  it("names each bad row by its line, with every problem", () => {
    const p = parseMasterRows([
      ["品番", "該非", "項番", "判定書番号", "判定者", "判定日"],
      ["OK-1", "非該当", "", "R-1", "山田", "2026-04-01"],
      ["BAD-1", "たぶん", "", "R-2", "山田", "2026-04-01"],
      ["BAD-2", "該当", "", "R-3", "", "2026-13-01"],
    ]);
    expect(p.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(p.errors[0].messages.join()).toMatch(/該非/);
    expect(p.errors[1].messages.join()).toMatch(/項番/);
    expect(p.errors[1].messages.join()).toMatch(/判定者/);
    expect(p.errors[1].messages.join()).toMatch(/判定日: 日付として読めません/);
    expect(p.errors[1].messages.filter((m) => m.startsWith("判定日"))).toHaveLength(1);
  });
  it("refuses a header without the required columns at line 1", () => {
    const p = parseMasterRows([["品番", "該非"], ["A", "非該当"]]);
    expect(p.determinations).toEqual([]);
    expect(p.errors).toEqual([{ line: 1, messages: [expect.stringMatching(/列がありません: 判定者、判定日、判定書番号/)] }]);
  });
});
