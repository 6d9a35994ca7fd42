/**
 * Citations used by the decision, each checked against the e-Gov XML in ../shared/data/law:
 * 外為法 = 324AC0000000228_20250601_504AC0000000068.xml, 輸出令 = 324CO0000000378_20260214_507CO0000000376.xml.
 * Citations outside those two files (省令・通達・告示) are named as such and marked where their
 * text is not bundled.
 */
export const CITE = {
  listGoods: "外為法48条1項、輸出令第1条第1項・別表第1",
  smallValue: "輸出令第4条第1項第5号、別表第3の3、別表第4",
  groupAInform: "外為法48条2項、輸出令第1条第3項、第4条第2項第3号",
  catchAll16_1: "外為法48条1項、輸出令別表第1の16項(1)、第4条第1項第3号",
  catchAll16_2: "外為法48条1項、輸出令別表第1の16項(2)、第4条第1項第4号",
  item16Scope: "輸出令別表第1の16項（関税定率法別表第25類〜第40類、第54類〜第59類、第63類、第68類〜第93類、第95類）",
  wmdOrdinance: "核兵器等の開発等に用いられるおそれがある場合を定める省令（おそれ省令）",
  convOrdinance: "通常兵器の開発等に用いられるおそれがある場合を定める省令",
  clearGuideline: "明らかガイドライン（キャッチオール通達）",
  guideline19: "明らかガイドライン⑲（別表第3の2向け16項(1)・おそれの強い貨物例）",
  designatedRu: "外為法48条3項、輸出令第2条第1項第1号の7（ロシア連邦の特定団体: 令和4年外務省告示第82号）",
  designatedBy: "外為法48条3項、輸出令第2条第1項第1号の6（ベラルーシ共和国の特定団体: 令和4年外務省告示第104号）",
  designated3rd: "外為法48条3項、輸出令第2条第1項第1号の8、別表第2の3、別表第2の4（第三国の特定団体: 令和5年外務省告示第447号）",
  designatedAny: "外為法48条3項、輸出令第2条第1項第1号の6〜第1号の8（告示で指定する者）",
  ruApproval: "外為法48条3項、輸出令第2条第1項第1号の4、別表第2の3",
  byApproval: "外為法48条3項、輸出令第2条第1項第1号の3、別表第2の3",
  kpBan: "外為法48条3項、輸出令第2条第1項第1号の2（附則第3項による読替え、令和9年4月13日まで）",
  uaOccupied: "外為法48条3項、輸出令第2条第1項第1号の5",
  assetFreeze: "外為法16条1項（支払等）、21条1項（資本取引）、財務省 資産凍結等の措置対象者",
  usList: "（参考）米国 Consolidated Screening List — 日本法上の許可要否とは別",
  technology: "外為法25条1項（外為令第17条・別表: 同梱データ外、未照合）",
  technologySanctions: "外為法25条6項（役務取引等の許可: 措置の内容は同梱データ外、未照合）",
  destinationScope: "輸出令別表第1下欄、別表第3・第3の2・第4",
} as const;
