/**
 * Country names as Japanese law writes them (輸出令 別表第二の四〜第四, 貨物等省令 別表第二) where
 * i18n-iso-countries' Japanese locale (`langs/ja.json`) spells them differently. Everything else
 * maps through the library. Reviewed against ISO 3166-1 and MOFA's country pages; each line says
 * how the library writes the same country.
 */
export const LAW_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  英国: "GB", // library: イギリス (the law's 英国 = グレートブリテン及び北アイルランド連合王国)
  グレートブリテン及び北アイルランド連合王国: "GB", // the long form, same country
  中央アフリカ: "CF", // library: 中央アフリカ共和国
  北朝鮮: "KP", // library: 朝鮮民主主義人民共和国
  イラン: "IR", // library: イラン・イスラム共和国
  シリア: "SY", // library: シリア・アラブ共和国
  チェコ共和国: "CZ", // library: チェコ (older law texts write チェコ共和国)
  ロシア: "RU", // library: ロシア連邦 (貨物等省令 別表第二 writes ロシア)
  南アフリカ共和国: "ZA", // library: 南アフリカ
};
