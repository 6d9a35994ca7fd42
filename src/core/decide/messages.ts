/**
 * The Japanese text of every reason and of the cell one-liner, keyed by reason code (one table, as
 * STYLE.md §3 asks). The engine builds reasons as data {code, params}; texts come only from here.
 */
export type ReasonCode =
  | "destination_unresolved"
  | "kp_all_goods"
  | "designated_ru"
  | "designated_by"
  | "designated_3rd"
  | "designated_possible"
  | "ruby_listed"
  | "ruby_approval_goods"
  | "ruby_approval_check"
  | "ua_area_check"
  | "asset_freeze"
  | "us_list"
  | "party_possible_match"
  | "party_incomplete"
  | "classification_needs_review"
  | "listed_item"
  | "small_value_exempt"
  | "small_value_no_value"
  | "small_value_not_applicable"
  | "small_value_notice_check"
  | "outside_item16"
  | "hs_needed"
  | "group_a_inform"
  | "group_a_no_inform"
  | "inform"
  | "wmd_use"
  | "wmd_user"
  | "wmd_user_confirm"
  | "conv_use"
  | "conv_user"
  | "conv_user_no_clear_escape"
  | "conv_user_confirm"
  | "conv_objective_not_applicable"
  | "catch_all_not_met"
  | "technology_sanctions_check";

export type Params = Record<string, string | number | undefined>;

const s = (v: string | number | undefined): string => (v === undefined ? "" : String(v));

export const MESSAGES: Record<ReasonCode, (p: Params) => string> = {
  destination_unresolved: (p) => `仕向地を特定できないため判定できません（${s(p.detail)}）。国・地域名を確認してください`,
  kp_all_goods: () => "北朝鮮を仕向地とする貨物の輸出は全面的に禁止されています（承認対象・承認されない）",
  designated_ru: (p) => `需要者がロシア連邦の特定団体（輸出禁止措置の対象）に該当: ${s(p.entity)}。直接又は間接の取引による輸出は禁止`,
  designated_by: (p) => `需要者がベラルーシ共和国の特定団体（輸出禁止措置の対象）に該当: ${s(p.entity)}。直接又は間接の取引による輸出は禁止`,
  designated_3rd: (p) => `需要者が第三国の特定団体（輸出禁止措置の対象）に該当: ${s(p.entity)}。別表第2の3の貨物の輸出は禁止（非該当と言えるのはHSコード等で別表第2の3に当たらないと確認できた場合のみ）`,
  designated_possible: (p) => `需要者が輸出禁止措置の特定団体と一致する可能性: ${s(p.entity)}（${s(p.list)}）。同一団体かを確認してください`,
  ruby_listed: (p) => `${s(p.country)}向けのリスト規制品（別表第1の1〜15項 = 別表第2の3第1号）は輸出承認が必要で、実務上承認されません（輸出禁止）`,
  ruby_approval_goods: (p) => `${s(p.country)}向けの別表第2の3の貨物（${s(p.entry)}）は輸出承認が必要で、実務上承認されません（輸出禁止）`,
  ruby_approval_check: (p) => `${s(p.country)}向け: 貨物が輸出令別表第2の3（経済産業省令で定める貨物）に該当するかを確認してください（該当すれば輸出禁止）。${s(p.detail)}`,
  ua_area_check: () => "ウクライナ向け: 仕向地がドネツク州・ルハンスク州のうち告示で定める区域でないことを確認してください（該当すれば輸出禁止）",
  asset_freeze: (p) => `需要者が財務省の資産凍結等措置の対象者と一致: ${s(p.entity)}。代金の受領・支払等に許可が必要となるため取引を確認してください`,
  us_list: (p) => `需要者が米国の制裁・輸出規制リストと一致: ${s(p.entity)}（${s(p.source)}）。米国再輸出規制の適用を確認してください`,
  party_possible_match: (p) => `需要者がリスト掲載者と一致する可能性: ${s(p.entity)}（${s(p.list)}、スコア ${s(p.score)}）。同一か確認してください`,
  party_incomplete: (p) => `需要者スクリーニングが完了していません（${s(p.detail)}）`,
  classification_needs_review: (p) => `該非判定が確定していません${p.missing ? `（不足: ${s(p.missing)}）` : ""}。リスト規制品に当たるかを確認してください`,
  listed_item: (p) => `リスト規制品（輸出令別表第1 ${s(p.items)}）: 全地域向けに経済産業大臣の許可が必要`,
  small_value_exempt: (p) => `少額特例を適用: ${s(p.items)}、総価額 ${s(p.value)}円 は ${s(p.limit)}円以下、仕向地は別表第4以外、キャッチオール要件に非該当（総価額は同一契約の全体で確認してください）`,
  small_value_no_value: () => "金額が未入力のため少額特例（総価額100万円以下、別表第3の3の貨物は5万円以下）は判定していません",
  small_value_not_applicable: (p) => `少額特例は適用できません: ${s(p.detail)}`,
  small_value_notice_check: (p) => `総価額 ${s(p.value)}円: ${s(p.items)} が別表第3の3（経済産業大臣告示で定める貨物、限度額5万円）に当たるかを確認してください（当たらなければ少額特例の対象）`,
  outside_item16: (p) => `リスト規制非該当で、16項の対象（関税定率法別表第25〜40類・54〜59類・63類・68〜93類・95類）外${p.hs ? `（HS ${s(p.hs)}）` : ""}: キャッチオール規制の対象外`,
  hs_needed: (p) => `16項(1)・16項(2)・対象外のいずれかで結論が変わるため、HSコード（6桁）を入力してください${p.detail ? `（${s(p.detail)}）` : ""}`,
  group_a_inform: () => "グループA（別表第3）向けでも経済産業大臣から許可申請すべき旨の通知（インフォーム）を受けているため許可が必要",
  group_a_no_inform: () => "グループA（別表第3）向けの16項貨物: インフォームがないため許可不要",
  inform: () => "経済産業大臣から許可申請すべき旨の通知（インフォーム）を受けているため許可が必要",
  wmd_use: () => "用途要件: 大量破壊兵器等の開発等に用いられることを知っているため許可が必要",
  wmd_user: (p) => `需要者要件（大量破壊兵器等）: ${s(p.detail)}。明らかガイドラインにより用途が明らかに関係しないとは確認できないため許可が必要`,
  wmd_user_confirm: (p) => `需要者要件（大量破壊兵器等）: ${s(p.detail)}。明らかガイドラインに基づき、大量破壊兵器等の開発等に用いられないことが明らかかを確認してください（明らかでなければ許可要）`,
  conv_use: () => "用途要件: 通常兵器の開発等に用いられることを知っているため許可が必要",
  conv_user: (p) => `需要者要件（通常兵器）: ${s(p.detail)}。通常兵器の開発等に用いられないことが明らかとは確認できないため許可が必要`,
  conv_user_no_clear_escape: (p) => `需要者要件（通常兵器）: ${s(p.detail)}。国連武器禁輸国・地域（別表第3の2）向けの16項(1)の貨物は「明らか」による除外ができないため許可が必要`,
  conv_user_confirm: (p) => `需要者要件（通常兵器）: ${s(p.detail)}。明らかガイドラインに基づき、通常兵器の開発等に用いられないことが明らかかを確認してください（明らかでなければ許可要）${p.extra ? `。${s(p.extra)}` : ""}`,
  conv_objective_not_applicable: () => "一般国向けの16項(2)の貨物には通常兵器キャッチオールの客観要件（用途・需要者）は適用されません（インフォームのみ）",
  catch_all_not_met: (p) => `キャッチオール規制（${s(p.scope)}）: インフォーム・用途要件・需要者要件のいずれにも該当しないため許可不要`,
  technology_sanctions_check: (p) => `${s(p.country)}向けの技術提供: 役務取引等に係る禁止措置の対象かを確認してください`,
};

/** Cell one-liners (summary) by code; the decision picks the one of its decisive reason. */
export const SUMMARIES: Partial<Record<ReasonCode, (p: Params) => string>> = {
  destination_unresolved: () => "要確認: 仕向地",
  kp_all_goods: () => "輸出禁止: 北朝鮮向け全貨物",
  designated_ru: () => "輸出禁止: ロシア特定団体",
  designated_by: () => "輸出禁止: ベラルーシ特定団体",
  designated_3rd: () => "輸出禁止: 第三国特定団体",
  designated_possible: () => "要確認: 特定団体の可能性",
  ruby_listed: (p) => `輸出禁止: ${s(p.country)}向けリスト規制品（別表第2の3）`,
  ruby_approval_goods: (p) => `輸出禁止: ${s(p.country)}向け別表第2の3貨物`,
  ruby_approval_check: () => "要確認: 別表第2の3該当性",
  ua_area_check: () => "要確認: ウクライナ告示区域",
  asset_freeze: () => "要確認: 資産凍結等措置対象者",
  us_list: () => "要確認: 米国リスト該当",
  party_possible_match: () => "要確認: 需要者リスト候補",
  party_incomplete: () => "要確認: 需要者スクリーニング",
  classification_needs_review: (p) => `要確認: 該非判定${p.missing ? `（${s(p.missing)}）` : ""}`,
  listed_item: (p) => `許可要: ${s(p.items)} リスト規制（${s(p.law)}）`,
  small_value_notice_check: () => "要確認: 別表第3の3（少額特例の限度額）",
  hs_needed: () => "要確認: HSコード",
  group_a_inform: () => "許可要: キャッチオール（グループA向けインフォーム）",
  inform: () => "許可要: キャッチオール（インフォーム）",
  wmd_use: () => "許可要: キャッチオール（用途要件: 大量破壊兵器等）",
  wmd_user: (p) => `許可要: キャッチオール（需要者要件: ${s(p.short)}）`,
  wmd_user_confirm: (p) => `要確認: 明らかガイドライン（需要者要件: ${s(p.short)}）`,
  conv_use: () => "許可要: キャッチオール（用途要件: 通常兵器）",
  conv_user: (p) => `許可要: キャッチオール（需要者要件: ${s(p.short)}）`,
  conv_user_no_clear_escape: (p) => `許可要: キャッチオール（需要者要件: ${s(p.short)}）`,
  conv_user_confirm: (p) => `要確認: 明らかガイドライン（需要者要件: ${s(p.short)}）`,
  technology_sanctions_check: () => "要確認: 役務取引の禁止措置",
};
