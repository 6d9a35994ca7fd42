/**
 * STEP 0 — the sanctions layer (外為法48条3項, 輸出令第2条), separate from the licence question and
 * checked first: North Korea, the export-ban designated entities, Russia/Belarus 別表第2の3, the
 * Ukraine ban area; plus the asset-freeze and foreign-list warnings from the party screening.
 */
import type { ExportOrderData } from "../data/schemas";
import type { Classification, DecisionInput } from "../results";
import { CITE } from "./citations";
import { f, type Finding } from "./findings";
import { DESIGNATED_LISTS, type PartyView } from "./party";

export interface SanctionsContext {
  input: DecisionInput;
  iso2?: string;
  classification: Classification;
  party: PartyView;
  exportOrder: ExportOrderData;
  technology: boolean;
}

const COUNTRY_JA: Record<string, string> = { RU: "ロシア", BY: "ベラルーシ" };

/**
 * 輸出令第2条第1項第1号の3 (Belarus) leaves out 別表第2の3 「第一号の二、第二号（３２）から（８５）まで、
 * 第二号の二及び第三号」.
 */
export function excludedForBelarus(citation: string): boolean {
  const m = /別表第二の三第([一二三四五六七八九十]+(?:の[一二三四五六七八九十]+)?)号(?:（([０-９0-9]+)）)?/.exec(citation);
  if (!m) return false;
  const go = m[1];
  if (go === "一の二" || go === "二の二" || go === "三") return true;
  if (go === "二" && m[2]) {
    const n = Number(m[2].normalize("NFKC"));
    return n >= 32 && n <= 85;
  }
  return false;
}

function hsDigits(hs: string | undefined): string | undefined {
  const d = (hs ?? "").normalize("NFKC").replace(/[^0-9]/g, "");
  return d.length >= 4 ? d : undefined;
}

/** 別表第2の3 entries (applicable to the country) whose HS references cover the given HS code. */
function approvalEntriesByHs(exportOrder: ExportOrderData, iso2: string, hs: string): { citation: string }[] {
  return exportOrder.approvalGoodsRuBy
    .filter((e) => !e.listed && e.hs.length > 0)
    .filter((e) => iso2 !== "BY" || !excludedForBelarus(e.citation ?? ""))
    .filter((e) => e.hs.some((h) => hs.startsWith(h.replace(/[^0-9]/g, ""))))
    .map((e) => ({ citation: e.citation ?? e.path }));
}

/** True when every non-listed 別表第2の3 entry carries HS references, so "no HS match" means "not in 別表第2の3". */
function hsCoversApprovalGoods(exportOrder: ExportOrderData): boolean {
  const rows = exportOrder.approvalGoodsRuBy.filter((e) => !e.listed);
  return rows.length > 0 && rows.every((e) => e.hs.length > 0);
}

function designatedFindings(ctx: SanctionsContext): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.party.hits) {
    if (!(DESIGNATED_LISTS as readonly string[]).includes(m.list)) continue;
    const entity = `${m.name}（${m.list} No.${m.entryNo}）`;
    const [code, cite] =
      m.list === "METI-RU" ? (["designated_ru", CITE.designatedRu] as const) : m.list === "METI-BY" ? (["designated_by", CITE.designatedBy] as const) : (["designated_3rd", CITE.designated3rd] as const);
    out.push(f(code, ctx.technology ? "review" : "prohibited", ctx.technology ? `${cite}；${CITE.technologySanctions}` : cite, { entity }));
  }
  return out;
}

function partyWarnings(ctx: SanctionsContext): Finding[] {
  const out: Finding[] = [];
  for (const m of ctx.party.hits) {
    if (m.list === "MOF-FREEZE") out.push(f("asset_freeze", "review", CITE.assetFreeze, { entity: `${m.name}（No.${m.entryNo}）` }));
    if (m.list === "US-CSL") out.push(f("us_list", "review", CITE.usList, { entity: m.name, source: m.why }));
  }
  for (const m of ctx.party.possible.slice(0, 3)) {
    const designated = (DESIGNATED_LISTS as readonly string[]).includes(m.list);
    out.push(
      f(designated ? "designated_possible" : "party_possible_match", "review", designated ? CITE.designatedAny : "外国ユーザーリスト等（需要者の確認）", {
        entity: `${m.name}（No.${m.entryNo}）`,
        list: m.list,
        score: Math.round(m.score * 100) / 100,
      }),
    );
  }
  if (ctx.party.incomplete) out.push(f("party_incomplete", "review", "需要者スクリーニング", { detail: "一致候補なしで要確認" }));
  // no customer name was screened: an end user never checked is not an end user cleared
  if (ctx.party.unscreened) out.push(f("party_incomplete", "review", "需要者スクリーニング", { detail: `需要者名がないか名前として照合できません — ${ctx.party.unscreened}` }));
  return out;
}

function russiaBelarus(ctx: SanctionsContext, iso2: "RU" | "BY"): Finding[] {
  const country = COUNTRY_JA[iso2];
  const cite = iso2 === "RU" ? CITE.ruApproval : CITE.byApproval;
  if (ctx.technology) return [f("technology_sanctions_check", "review", CITE.technologySanctions, { country })];
  if (ctx.classification.status === "listed") return [f("ruby_listed", "prohibited", `${cite}第1号`, { country })];
  const hs = hsDigits(ctx.input.hs);
  if (hs) {
    const hit = approvalEntriesByHs(ctx.exportOrder, iso2, hs);
    if (hit.length) return [f("ruby_approval_goods", "prohibited", cite, { country, entry: hit.map((h) => h.citation).join("、") })];
  }
  const undecided = ctx.classification.status !== "not_listed";
  if (!undecided && hs && hsCoversApprovalGoods(ctx.exportOrder)) return [];
  const detail = undecided
    ? "該非判定が確定していないため、リスト規制品（別表第2の3第1号）に当たるかも未確定です"
    : hs
      ? "別表第2の3の品目は経済産業省令で定められ、同梱データにはそのHSコードがないため自動判定できません"
      : "HSコードが未入力です";
  return [f("ruby_approval_check", "review", cite, { country, detail })];
}

export function sanctionsFindings(ctx: SanctionsContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.iso2 === "KP") {
    out.push(f("kp_all_goods", ctx.technology ? "review" : "prohibited", ctx.technology ? `${CITE.kpBan}；${CITE.technologySanctions}` : CITE.kpBan));
  }
  out.push(...designatedFindings(ctx));
  if (ctx.iso2 === "RU" || ctx.iso2 === "BY") out.push(...russiaBelarus(ctx, ctx.iso2));
  if (ctx.iso2 === "UA" && ctx.input.outsideUkraineBanArea !== true && !ctx.technology) out.push(f("ua_area_check", "review", CITE.uaOccupied));
  out.push(...partyWarnings(ctx));
  return out;
}
