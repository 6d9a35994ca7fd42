/**
 * Reviewed short and long forms that staff type and that the ISO library (i18n-iso-countries,
 * `langs/en.json` + `langs/ja.json`) does not know, keyed by their `destinationKey`. Each line says
 * why it is needed. The law's own spellings (英国, 北朝鮮, 中央アフリカ …) come from the imported
 * 輸出令 tables, not from here.
 */
export const DESTINATION_ALIASES: Readonly<Record<string, string>> = {
  // United States — library knows USA / U.S. / United States, not these
  america: "US",
  米国: "US", // 法令・官公庁の略称
  アメリカ: "US",
  米: "US",
  // United Kingdom — library knows UK / United Kingdom / Great Britain / イギリス
  britain: "GB",
  england: "GB", // staff often write England for UK consignees
  英国: "GB", // also the law's name (別表第3)
  連合王国: "GB",
  // Korea (Republic of) — library knows South Korea / Republic of Korea / 大韓民国
  rok: "KR",
  skorea: "KR", // "S. Korea"
  koreasouth: "KR", // "Korea (South)"
  韓国: "KR",
  南朝鮮: "KR",
  // Korea (DPRK) — library knows North Korea / 朝鮮民主主義人民共和国
  dprk: "KP",
  nkorea: "KP", // "N. Korea"
  koreanorth: "KP", // "Korea (North)"
  democraticpeoplesrepublicofkorea: "KP",
  北朝鮮: "KP", // also the law's name (別表第3の2, 別表第4)
  // China (PRC) — library knows China / People's Republic of China / 中華人民共和国
  prc: "CN",
  mainlandchina: "CN",
  中国: "CN",
  中国大陸: "CN",
  // Taiwan, Hong Kong, Macau are separate regions (separate ISO codes, separate lists)
  republicofchina: "TW", // the official name of Taiwan; never the PRC
  中華民国: "TW",
  臺灣: "TW",
  taiwanroc: "TW",
  hongkongsar: "HK",
  hongkongchina: "HK",
  香港特別行政区: "HK",
  macau: "MO", // library spells Macao
  macausar: "MO",
  澳門: "MO",
  マカオ特別行政区: "MO",
  // Middle East / Russia & neighbours — library has long official forms only
  uae: "AE",
  ロシア: "RU",
  iran: "IR",
  イラン: "IR",
  syria: "SY",
  シリア: "SY",
  turkiye: "TR", // library has Türkiye; keep the ASCII spelling explicit
  トルコ共和国: "TR",
  czechia: "CZ",
  czechrepublic: "CZ",
  チェコ共和国: "CZ",
  laos: "LA",
  ラオス: "LA",
  vietnam: "VN",
  vietnamsocialistrepublic: "VN",
  ベトナム: "VN",
  holland: "NL",
  オランダ王国: "NL",
  豪州: "AU",
  中央アフリカ: "CF", // the law's name (別表第3の2); library: 中央アフリカ共和国
  drc: "CD",
  drcongo: "CD",
  congodr: "CD",
  congokinshasa: "CD",
  congobrazzaville: "CG",
  ミャンマー連邦共和国: "MM",
  burma: "MM",
  ビルマ: "MM",
  モルドバ: "MD",
  moldova: "MD",
  palestine: "PS",
  bolivia: "BO",
  venezuela: "VE",
  tanzania: "TZ",
};

/**
 * Names that point at more than one country or region: never guess, answer needs_review.
 * (The ISO library itself lists "Congo" under both CD and CG; those collisions are found
 * automatically when the index is built.)
 */
export const AMBIGUOUS_DESTINATIONS: Readonly<Record<string, string>> = {
  korea: "大韓民国（KR）か北朝鮮（KP）か不明",
  コリア: "大韓民国（KR）か北朝鮮（KP）か不明",
  朝鮮: "大韓民国（KR）か北朝鮮（KP）か不明",
  congo: "コンゴ民主共和国（CD・別表第3の2）かコンゴ共和国（CG）か不明",
  コンゴ: "コンゴ民主共和国（CD・別表第3の2）かコンゴ共和国（CG）か不明",
  roc: "中華民国（台湾）か略語の別の意味か不明",
};
