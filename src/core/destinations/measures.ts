/**
 * Destinations the 輸出令 names in its own articles (not in a 別表 country table): the sanctions
 * layer under 外為法48条3項 (承認). Each entry quotes where the law text names the area; checked
 * against 324CO0000000378_20260214_507CO0000000376.xml.
 */
export interface AreaMeasure {
  iso2: string;
  /** Short label for notes and summaries. */
  label: string;
  citation: string;
  note: string;
}

export const AREA_MEASURES: readonly AreaMeasure[] = [
  {
    iso2: "KP",
    label: "北朝鮮向け全貨物の輸出禁止",
    // 附則第3項 reads 第2条第1項第1号の2 as 「北朝鮮を仕向地とする貨物（…を除く。）の輸出」 until 令和9年4月13日.
    citation: "外為法48条3項、輸出令第2条第1項第1号の2（附則第3項による読替え、令和9年4月13日まで）",
    note: "北朝鮮を仕向地とする貨物の輸出は全て経済産業大臣の承認が必要（全面禁輸措置）",
  },
  {
    iso2: "RU",
    label: "ロシア向け輸出禁止措置",
    citation: "外為法48条3項、輸出令第2条第1項第1号の4・第1号の7、別表第2の3",
    note: "別表第2の3の貨物は承認が必要（実務上承認されない）。告示で指定する者（ロシア特定団体）との取引は全貨物が承認対象",
  },
  {
    iso2: "BY",
    label: "ベラルーシ向け輸出禁止措置",
    citation: "外為法48条3項、輸出令第2条第1項第1号の3・第1号の6、別表第2の3",
    note: "別表第2の3（第1号の2、第2号(32)〜(85)、第2号の2及び第3号を除く）の貨物は承認が必要（実務上承認されない）。告示で指定する者（ベラルーシ特定団体）との取引は全貨物が承認対象",
  },
  {
    iso2: "UA",
    label: "ウクライナ（ドネツク州・ルハンスク州の告示区域）向け輸出禁止",
    citation: "外為法48条3項、輸出令第2条第1項第1号の5",
    note: "ドネツク州及びルハンスク州のうち経済産業大臣が告示で定める区域を仕向地とする貨物の輸出は承認が必要（禁輸措置）",
  },
];

export function measureFor(iso2: string | undefined): AreaMeasure | undefined {
  return iso2 ? AREA_MEASURES.find((m) => m.iso2 === iso2) : undefined;
}
