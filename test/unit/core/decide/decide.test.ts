import type { ExportOrderData } from "../../../../src/core/data/schemas";
import { decide } from "../../../../src/core/decide";
import { excludedForBelarus } from "../../../../src/core/decide/sanctions";
import { createDestinationResolver, type DestinationResolver } from "../../../../src/core/destinations";
import { Decision, type Classification, type DecisionInput, type PartyRisk } from "../../../../src/core/results";
import { loadExportOrder } from "../destinations/export-order-data";
import { clear, eul, hit, listed, notListed, possible, undecided } from "./factories";

let eo: ExportOrderData;
let dest: DestinationResolver;
beforeAll(async () => {
  eo = await loadExportOrder();
  dest = createDestinationResolver(eo);
});

/** One decision: classification × destination (as typed) × party, plus optional inputs. */
function run(classification: Classification, country: string, party: PartyRisk = clear, extra: Partial<DecisionInput> = {}, data?: ExportOrderData) {
  const input: DecisionInput = { spec: "test", country, customer: "Customer", ...extra };
  return decide(input, { classification, party, destination: dest.resolve(country) }, data ?? eo);
}
const codes = (d: Decision) => d.reasons.map((r) => r.code);
const citations = (d: Decision) => d.reasons.map((r) => r.citation).join(" | ");

describe("STEP 0 — prohibited first (sanctions layer)", () => {
  test("North Korea: any goods, even outside 16項, are prohibited with the 附則 reading cited", () => {
    const d = run(notListed("outside"), "北朝鮮");
    expect(d.verdict).toBe("prohibited");
    expect(d.summary).toBe("輸出禁止: 北朝鮮向け全貨物");
    expect(citations(d)).toMatch(/輸出令第2条第1項第1号の2（附則第3項/);
  });
  test("North Korea by DPRK with a listed item is prohibited (not merely licence)", () => {
    expect(run(listed("7項(1)"), "DPRK").verdict).toBe("prohibited");
  });
  test("Russian designated entity with a harmless item → 輸出禁止: ロシア特定団体", () => {
    const d = run(notListed("outside"), "ロシア", hit("METI-RU", "Admiralty Shipyard JSC"));
    expect(d.verdict).toBe("prohibited");
    expect(d.summary).toBe("輸出禁止: ロシア特定団体");
    expect(citations(d)).toMatch(/第1号の7/);
  });
  test("Russian designated entity via a third country is still prohibited (direct or indirect)", () => {
    const d = run(notListed("16(2)"), "UAE", hit("METI-RU"));
    expect(d.verdict).toBe("prohibited");
  });
  test("Belarus designated entity → 輸出禁止: ベラルーシ特定団体", () => {
    const d = run(notListed("outside"), "Belarus", hit("METI-BY"));
    expect(d.summary).toBe("輸出禁止: ベラルーシ特定団体");
    expect(citations(d)).toMatch(/第1号の6/);
  });
  test("third-country designated entity in a 別表第2の4 country → prohibited citing 第1号の8", () => {
    const d = run(notListed("16(1)"), "Armenia", hit("METI-3RD", "Tako LLC"));
    expect(d.verdict).toBe("prohibited");
    expect(d.summary).toBe("輸出禁止: 第三国特定団体");
    expect(citations(d)).toMatch(/第1号の8/);
  });
  test("a designated-entity match cleared by a reviewer does not prohibit", () => {
    const p = hit("METI-RU", "X", undefined, { cleared: { by: "reviewer", on: "2026-01-01", reason: "different company" } });
    expect(run(notListed("outside"), "Germany", p).verdict).toBe("no_license");
  });
  test("a possible designated-entity match is review, not prohibited and not clear", () => {
    const d = run(notListed("outside"), "Germany", possible("METI-RU"));
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("designated_possible");
  });
  test("Russia: a listed item (別表第2の3第1号) is prohibited", () => {
    const d = run(listed("3項(1)"), "Russia");
    expect(d.verdict).toBe("prohibited");
    expect(codes(d)).toContain("ruby_listed");
  });
  test("Belarus: a listed item is prohibited", () => {
    expect(run(listed("6項(2)"), "ベラルーシ", clear, { valueJpy: 1000 }).verdict).toBe("prohibited");
  });
  test("Russia: other goods are review naming the 別表第2の3 check, never no_license", () => {
    const d = run(notListed("outside"), "RU", clear, { hs: "9403.20" });
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: 別表第2の3該当性");
    expect(d.reasons.find((r) => r.code === "ruby_approval_check")?.citation).toMatch(/第2条第1項第1号の4/);
  });
  test("Russia without HS names the missing HS code", () => {
    const d = run(notListed("16(2)"), "ロシア");
    expect(d.reasons.find((r) => r.code === "ruby_approval_check")?.text).toMatch(/HSコードが未入力/);
  });
  test("Russia with an undecided classification stays review", () => {
    expect(run(undecided("unknown", "周波数"), "Russia").verdict).toBe("review");
  });
  test("Russia: an HS code covered by a 別表第2の3 entry's HS references is prohibited", () => {
    const idx = eo.approvalGoodsRuBy.findIndex((e) => !e.listed);
    const data: ExportOrderData = { ...eo, approvalGoodsRuBy: eo.approvalGoodsRuBy.map((e, i) => (i === idx ? { ...e, hs: ["84.71"] } : e)) };
    const d = run(notListed("16(1)"), "Russia", clear, { hs: "8471.30" }, data);
    expect(d.verdict).toBe("prohibited");
    expect(codes(d)).toContain("ruby_approval_goods");
  });
  test("Belarus exclusions of 第1号の3 are read from the citation", () => {
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第二号（３２）")).toBe(true);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第二号（８５）")).toBe(true);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第二号（３１）")).toBe(false);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第二号（８６）")).toBe(false);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第一の二号イ")).toBe(true);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第二の二号（４０）")).toBe(true);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第三号イ")).toBe(true);
    expect(excludedForBelarus("輸出貿易管理令別表第二の三第一号")).toBe(false);
  });
  test("Ukraine asks to confirm the 告示 area; confirmed outside it, a harmless item needs no licence", () => {
    expect(run(notListed("outside"), "Ukraine").summary).toBe("要確認: ウクライナ告示区域");
    expect(run(notListed("outside"), "Ukraine", clear, { outsideUkraineBanArea: true }).verdict).toBe("no_license");
  });
  test("an MOF asset-freeze hit adds a payment warning (review) even for harmless goods", () => {
    const d = run(notListed("outside"), "Germany", hit("MOF-FREEZE", "Frozen Person"));
    expect(d.verdict).toBe("review");
    expect(d.reasons.find((r) => r.code === "asset_freeze")?.citation).toMatch(/外為法16条1項/);
  });
  test("an MOF hit does not lower a licence requirement", () => {
    expect(run(listed("7項(1)"), "US", hit("MOF-FREEZE")).verdict).toBe("license_required");
  });
  test("a US list hit is review with a note that it is not Japanese law", () => {
    const d = run(notListed("outside"), "China", hit("US-CSL", "Entity", undefined, { why: "Entity List" }));
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("us_list");
  });
  test("technology to Russia is review (役務取引), not a goods approval", () => {
    const d = run(notListed("16(2)"), "Russia", clear, { transaction: "technology" });
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("technology_sanctions_check");
  });
});

describe("STEP 1 — listed items (1–15項) and the small-value exemption (輸出令第4条第1項第5号, 以下)", () => {
  test("7項(1) to Group A needs a licence: one-liner as specified", () => {
    const d = run(listed("7項(1)"), "USA");
    expect(d.verdict).toBe("license_required");
    expect(d.summary).toBe("許可要: 7項(1) リスト規制（外為法48条1項）");
    expect(citations(d)).toMatch(/外為法48条1項、輸出令第1条第1項/);
  });
  test("listed item to a general country without value: licence, and says the exemption was not judged", () => {
    const d = run(listed("6項(2)"), "China");
    expect(d.verdict).toBe("license_required");
    expect(codes(d)).toContain("small_value_no_value");
  });
  test("exactly ¥1,000,000 of a 6項 item is exempt (以下)", () => {
    const d = run(listed("6項(2)"), "China", clear, { valueJpy: 1_000_000 });
    expect(d.verdict).toBe("no_license");
    expect(codes(d)).toContain("small_value_exempt");
    expect(d.summary).toBe("許可不要");
  });
  test("¥1,000,001 of a 6項 item needs a licence", () => {
    const d = run(listed("6項(2)"), "China", clear, { valueJpy: 1_000_001 });
    expect(d.verdict).toBe("license_required");
    expect(codes(d)).toContain("small_value_not_applicable");
  });
  test("¥999,999 of a 13項 item is exempt", () => {
    expect(run(listed("13項(1)"), "Thailand", clear, { valueJpy: 999_999 }).verdict).toBe("no_license");
  });
  test("a 15項 item (別表第3の3 outright) at exactly ¥50,000 is exempt", () => {
    expect(run(listed("15項(1)"), "China", clear, { valueJpy: 50_000 }).verdict).toBe("no_license");
  });
  test("a 15項 item at ¥50,001 needs a licence", () => {
    expect(run(listed("15項(1)"), "China", clear, { valueJpy: 50_001 }).verdict).toBe("license_required");
  });
  test("a 7項(2) item (別表第3の3 by 告示) at ¥50,000 is exempt either way", () => {
    expect(run(listed("7項(2)"), "China", clear, { valueJpy: 50_000 }).verdict).toBe("no_license");
  });
  test("a 7項(2) item at ¥50,001 asks whether the 告示 names it (限度額 5万円 or 100万円)", () => {
    const d = run(listed("7項(2)"), "China", clear, { valueJpy: 50_001 });
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("small_value_notice_check");
  });
  test("a 7項(2) item at ¥1,000,001 needs a licence whatever the 告示 says", () => {
    expect(run(listed("7項(2)"), "China", clear, { valueJpy: 1_000_001 }).verdict).toBe("license_required");
  });
  test("a 7項(1) item (not in 別表第3の3) at ¥60,000 is exempt", () => {
    expect(run(listed("7項(1)"), "China", clear, { valueJpy: 60_000 }).verdict).toBe("no_license");
  });
  test("1項 goods are never exempt (not 5–13項/15項)", () => {
    const d = run(listed("1項"), "US", clear, { valueJpy: 1 });
    expect(d.verdict).toBe("license_required");
    expect(d.reasons.find((r) => r.code === "small_value_not_applicable")?.text).toMatch(/1項/);
  });
  test("2項 and 14項 goods are not eligible", () => {
    expect(run(listed("2項(12)"), "US", clear, { valueJpy: 10 }).verdict).toBe("license_required");
    expect(run(listed("14項(1)"), "US", clear, { valueJpy: 10 }).verdict).toBe("license_required");
  });
  test("one ineligible item among several defeats the exemption", () => {
    expect(run(listed("5項(18)", "2項(17)"), "China", clear, { valueJpy: 10_000 }).verdict).toBe("license_required");
  });
  test("never to 別表第4: Iran at ¥500,000", () => {
    const d = run(listed("6項(2)"), "Iran", clear, { valueJpy: 500_000 });
    expect(d.verdict).toBe("license_required");
    expect(d.reasons.find((r) => r.code === "small_value_not_applicable")?.text).toMatch(/別表第4/);
  });
  test("never to 別表第4: Iraq (also 別表第3の2) at ¥500,000", () => {
    expect(run(listed("6項(2)"), "Iraq", clear, { valueJpy: 500_000 }).verdict).toBe("license_required");
  });
  test("Group A with an inform loses the exemption (第3号ロ・ニ)", () => {
    expect(run(listed("6項(2)"), "US", clear, { valueJpy: 500_000, informed: true }).verdict).toBe("license_required");
  });
  test("Group A: an End User List hit does not matter for the exemption (only informs)", () => {
    expect(run(listed("6項(2)"), "Germany", eul("M"), { valueJpy: 500_000 }).verdict).toBe("no_license");
  });
  test("general country with an EUL M hit: the exemption waits for the 明らかガイドライン answer", () => {
    const d = run(listed("6項(2)"), "China", eul("M"), { valueJpy: 500_000 });
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("wmd_user_confirm");
  });
  test("… answered 'clearly unrelated' → exempt; answered 'not clear' → licence", () => {
    expect(run(listed("6項(2)"), "China", eul("M"), { valueJpy: 500_000, clearlyUnrelatedWmd: true }).verdict).toBe("no_license");
    expect(run(listed("6項(2)"), "China", eul("M"), { valueJpy: 500_000, clearlyUnrelatedWmd: false }).verdict).toBe("license_required");
  });
  test("general country: a CW-only customer does not defeat the exemption (ハ not among イ・ロ・ニ)", () => {
    expect(run(listed("6項(2)"), "China", eul("CW"), { valueJpy: 500_000 }).verdict).toBe("no_license");
  });
  test("別表第3の2 other than Iraq/North Korea: ハ applies too, so a CW customer needs the answer", () => {
    expect(run(listed("6項(2)"), "Afghanistan", eul("CW"), { valueJpy: 500_000 }).verdict).toBe("review");
  });
  test("known WMD use defeats the exemption", () => {
    expect(run(listed("6項(2)"), "China", clear, { valueJpy: 500_000, knownWmdUse: true }).verdict).toBe("license_required");
  });
  test("a negative or non-numeric value is treated as missing (licence, never an exemption)", () => {
    expect(run(listed("6項(2)"), "China", clear, { valueJpy: -5 }).verdict).toBe("license_required");
    expect(run(listed("6項(2)"), "China", clear, { valueJpy: Number.NaN }).verdict).toBe("license_required");
  });
  test("technology of a listed item: licence under 外為法25条1項, no small-value exemption", () => {
    const d = run(listed("7項(1)"), "China", clear, { transaction: "technology", valueJpy: 1 });
    expect(d.verdict).toBe("license_required");
    expect(d.summary).toBe("許可要: 7項(1) リスト規制（外為法25条1項）");
  });
  test("several listed items are named together", () => {
    expect(run(listed("2項(17)", "5項(18)"), "US").summary).toBe("許可要: 2項(17)・5項(18) リスト規制（外為法48条1項）");
  });
});

describe("STEPS 2–6 — catch-all (16項) since 2025-10-09", () => {
  test("Group A without inform: no licence", () => {
    const d = run(notListed("16(1)"), "US");
    expect(d.verdict).toBe("no_license");
    expect(codes(d)).toContain("group_a_no_inform");
  });
  test("Group A with inform: licence under 48条2項 / 第4条第2項第3号", () => {
    const d = run(notListed("16(1)"), "US", clear, { informed: true });
    expect(d.verdict).toBe("license_required");
    expect(citations(d)).toMatch(/外為法48条2項、輸出令第1条第3項、第4条第2項第3号/);
  });
  test("Korea is Group A: 16項(2) with inform → licence, without → none", () => {
    expect(run(notListed("16(2)"), "韓国", clear, { informed: true }).verdict).toBe("license_required");
    expect(run(notListed("16(2)"), "韓国").verdict).toBe("no_license");
  });
  test("Korea: an EUL M customer does not trigger the objective requirement in Group A", () => {
    expect(run(notListed("16(2)"), "South Korea", eul("M")).verdict).toBe("no_license");
  });
  test("general country, clean: no licence citing 第4条第1項第3号", () => {
    const d = run(notListed("16(1)"), "China");
    expect(d.verdict).toBe("no_license");
    expect(citations(d)).toMatch(/第4条第1項第3号/);
  });
  test("general country, inform → キャッチオール（インフォーム）", () => {
    expect(run(notListed("16(2)"), "China", clear, { informed: true }).summary).toBe("許可要: キャッチオール（インフォーム）");
  });
  test("general country, known WMD use → licence (no 明らか escape)", () => {
    const d = run(notListed("16(2)"), "Thailand", clear, { knownWmdUse: true, clearlyUnrelatedWmd: true });
    expect(d.verdict).toBe("license_required");
    expect(d.summary).toBe("許可要: キャッチオール（用途要件: 大量破壊兵器等）");
  });
  test("B/C/M/N customer with 16項(2) → review asking the 明らかガイドライン confirmation", () => {
    const d = run(notListed("16(2)"), "Pakistan", eul("M"));
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: 明らかガイドライン（需要者要件: 外国ユーザーリスト M）");
    expect(citations(d)).toMatch(/明らかガイドライン/);
  });
  test("B/C/M/N customer, not clearly unrelated → 許可要: キャッチオール（需要者要件: 外国ユーザーリスト M）", () => {
    const d = run(notListed("16(2)"), "Pakistan", eul("M"), { clearlyUnrelatedWmd: false });
    expect(d.verdict).toBe("license_required");
    expect(d.summary).toBe("許可要: キャッチオール（需要者要件: 外国ユーザーリスト M）");
  });
  test("B/C/M/N customer, clearly unrelated → no licence", () => {
    expect(run(notListed("16(2)"), "Pakistan", eul("B", "C", "M", "N"), { clearlyUnrelatedWmd: true }).verdict).toBe("no_license");
  });
  test("all four WMD codes are named in the one-liner", () => {
    expect(run(notListed("16(1)"), "Iran", eul("B", "C", "M", "N"), { clearlyUnrelatedWmd: false }).summary).toBe("許可要: キャッチオール（需要者要件: 外国ユーザーリスト B,C,M,N）");
  });
  test("known WMD activity of the end user (not listed) also asks the 明らか confirmation", () => {
    expect(run(notListed("16(2)"), "India", clear, { endUserWmdActivity: true }).verdict).toBe("review");
  });
  test("EUL CW-only customer, 16項(1), general country → review (明らか confirmation)", () => {
    const d = run(notListed("16(1)"), "China", eul("CW"));
    expect(d.verdict).toBe("review");
    expect(codes(d)).toContain("conv_user_confirm");
  });
  test("EUL CW-only customer, 16項(1), general country, not clearly unrelated → licence", () => {
    expect(run(notListed("16(1)"), "China", eul("CW"), { clearlyUnrelatedConventional: false }).summary).toBe("許可要: キャッチオール（需要者要件: 外国ユーザーリスト CW）");
  });
  test("EUL CW-only customer, 16項(1), 別表第3の2 → licence (⑲: no 明らか escape)", () => {
    const d = run(notListed("16(1)"), "Afghanistan", eul("CW"), { clearlyUnrelatedConventional: true });
    expect(d.verdict).toBe("license_required");
    expect(citations(d)).toMatch(/⑲/);
  });
  test("EUL CW-only customer, 16項(2), general country → no licence (conventional objective only for 16項(1))", () => {
    const d = run(notListed("16(2)"), "China", eul("CW"));
    expect(d.verdict).toBe("no_license");
    expect(codes(d)).toContain("conv_objective_not_applicable");
  });
  test("EUL CW-only customer, 16項(2), 別表第3の2 → review (明らか allowed but must be confirmed)", () => {
    expect(run(notListed("16(2)"), "Lebanon", eul("CW")).verdict).toBe("review");
  });
  test("known military use: 16項(1) general → licence; 16項(2) general → none; 16項(2) 別表第3の2 → licence", () => {
    expect(run(notListed("16(1)"), "Vietnam", clear, { knownMilitaryUse: true }).summary).toBe("許可要: キャッチオール（用途要件: 通常兵器）");
    expect(run(notListed("16(2)"), "Vietnam", clear, { knownMilitaryUse: true }).verdict).toBe("no_license");
    expect(run(notListed("16(2)"), "Libya", clear, { knownMilitaryUse: true }).verdict).toBe("license_required");
  });
  test("Iraq (別表第3の2 and 別表第4): CW customer with 16項(2) → review, 16項(1) → licence", () => {
    expect(run(notListed("16(2)"), "Iraq", eul("CW")).verdict).toBe("review");
    expect(run(notListed("16(1)"), "Iraq", eul("CW")).verdict).toBe("license_required");
  });
  test("Hong Kong, Taiwan and Macau are general (not Group A, not China's tables) for the catch-all", () => {
    for (const c of ["香港", "台湾", "マカオ"]) {
      expect(run(notListed("16(1)"), c).verdict).toBe("no_license");
      expect(run(notListed("16(1)"), c, eul("CW")).verdict).toBe("review");
      expect(run(notListed("16(1)"), c, clear, { informed: true }).verdict).toBe("license_required");
    }
  });
  test("goods outside 16項's HS chapters: no catch-all even for an EUL customer", () => {
    const d = run(notListed("outside"), "Pakistan", eul("M"), { hs: "0901.11" });
    expect(d.verdict).toBe("no_license");
    expect(codes(d)).toContain("outside_item16");
  });
  test("scope unknown and no HS: same answer everywhere → decided (clean general country)", () => {
    expect(run(notListed("unknown"), "China").verdict).toBe("no_license");
  });
  test("scope unknown and no HS, EUL customer: 要確認: HSコード", () => {
    const d = run(notListed("unknown"), "China", eul("M"));
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: HSコード");
  });
  test("scope unknown, Group A inform, no HS: 要確認: HSコード (16項 → licence, outside → none)", () => {
    expect(run(notListed("unknown"), "US", clear, { informed: true }).summary).toBe("要確認: HSコード");
  });
  test("scope unknown, HS chapter 94 (outside 16項) decides: no catch-all", () => {
    expect(run(notListed("unknown"), "China", eul("M"), { hs: "9403.20" }).verdict).toBe("no_license");
  });
  test("scope unknown, HS chapter 84 (inside 16項) with an inform → licence for 16項(1) and (2) alike", () => {
    expect(run(notListed("unknown"), "China", clear, { hs: "8471.30", informed: true }).verdict).toBe("license_required");
  });
  test("scope unknown, HS chapter 84, CW customer → HS subheading needed (16項(1) vs (2) differ)", () => {
    expect(run(notListed("unknown"), "China", eul("CW"), { hs: "84" }).summary).toBe("要確認: HSコード");
  });
  test("technology for 16項 goods follows the same catch-all, cited under 外為法25条", () => {
    const d = run(notListed("16(1)"), "China", clear, { transaction: "technology", informed: true });
    expect(d.verdict).toBe("license_required");
    expect(citations(d)).toMatch(/外為法25条1項/);
  });
});

describe("missing or unsure inputs → review naming them", () => {
  test("classification needs_review names the missing parameters", () => {
    const d = run(undecided("16(1)", "重ね合わせ精度"), "China");
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: 該非判定（重ね合わせ精度）");
  });
  test("classification needs_review but a catch-all licence holds anyway (inform) → licence", () => {
    expect(run(undecided("16(1)", "x"), "China", clear, { informed: true }).verdict).toBe("license_required");
  });
  test("classification needs_review to Group A without inform is still review, never no_license", () => {
    expect(run(undecided("16(2)", "x"), "US").verdict).toBe("review");
  });
  test("unknown destination with an unlisted item: 要確認: 仕向地", () => {
    const d = run(notListed("16(1)"), "Atlantis");
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: 仕向地");
  });
  test("ambiguous 'Korea' is review, not Group A", () => {
    expect(run(notListed("16(1)"), "Korea").verdict).toBe("review");
  });
  test("unknown destination with a listed item: licence (1–15項 are 全地域) plus the destination check", () => {
    const d = run(listed("7項(1)"), "", clear, { valueJpy: 10 });
    expect(d.verdict).toBe("license_required");
    expect(codes(d)).toContain("destination_unresolved");
  });
  test("party screening under review without candidates is review", () => {
    expect(run(notListed("outside"), "Germany", { status: "review", matches: [], notes: ["no country"], listsVersion: "t" }).verdict).toBe("review");
  });
  test("a possible End User List match is review naming the candidate", () => {
    const d = run(notListed("16(2)"), "China", possible("METI-EUL", "Maybe Institute", ["M"]));
    expect(d.verdict).toBe("review");
    expect(d.reasons.find((r) => r.code === "party_possible_match")?.text).toMatch(/Maybe Institute/);
  });
});

describe("the JSON contract", () => {
  test("every decision validates against the Decision schema and every reason carries code, text and citation", () => {
    const ds = [run(listed("7項(1)"), "US"), run(notListed("16(1)"), "China", eul("CW")), run(notListed("outside"), "北朝鮮"), run(undecided("unknown"), "")];
    for (const d of ds) {
      expect(() => Decision.parse(d)).not.toThrow();
      for (const r of d.reasons) {
        expect(r.code).toMatch(/^[a-z_0-9]+$/);
        expect(r.text.length).toBeGreaterThan(5);
        expect(r.citation.length).toBeGreaterThan(3);
      }
    }
  });
  test("malformed parts never throw out of decide: review instead", () => {
    const broken = { status: "listed" } as unknown as Classification;
    const d = decide({ spec: "", country: "US", customer: "" }, { classification: broken, party: clear, destination: dest.resolve("US") }, eo);
    expect(d.verdict).toBe("review");
  });
});

describe("an end user never screened is not an end user cleared", () => {
  const unscreened = (note: string): PartyRisk => ({ status: "clear", matches: [], notes: [note], listsVersion: "test", summary: "該当なし（照合できる名前がありません）" });
  test.each([
    ["an empty customer cell", "nothing to match: empty", ""],
    ["a placeholder such as 不明", 'nothing to match: "不明" is a placeholder, not a name', "不明"],
  ])("%s makes a would-be 許可不要 a 要確認 naming the missing screening", (_label, note, customer) => {
    const d = run(notListed("16(2)"), "米国", unscreened(note), { customer });
    expect(d.verdict).toBe("review");
    expect(d.summary).toBe("要確認: 需要者スクリーニング");
    expect(codes(d)).toContain("party_incomplete");
    expect(d.reasons.find((r) => r.code === "party_incomplete")?.text).toContain(note);
  });
  test("a screened customer with no match stays 許可不要", () => {
    expect(run(notListed("16(2)"), "米国", clear).verdict).toBe("no_license");
  });
});
