/**
 * Legal forms of organisations as DATA (shape of rigour's org_types): a display form, a compare
 * form and the aliases written in lists and orders. They are not identity: the matcher strips
 * them before comparing names and keeps them for display. Aliases are written as people type
 * them; `normalizeLegalFormTable` runs them through the same normaliser as names, so the table
 * never drifts from the text pipeline.
 *
 * Latin/Cyrillic forms are stripped as whole tokens at the start or end of a name (OOO Argut,
 * Argut OOO); CJK forms are stripped as substrings at the start or end of a script run
 * (株式会社アドミラルティ造船所, 北京某某科技有限公司).
 */
export interface LegalForm {
  display: string;
  compare: string;
  aliases: string[];
}

export const LEGAL_FORMS: LegalForm[] = [
  // English / international
  { display: "Co., Ltd.", compare: "co ltd", aliases: ["Co., Ltd.", "Co. Ltd", "Co Ltd", "Company Limited", "Co. Limited", "Company Ltd", "Co., Limited"] },
  { display: "Ltd.", compare: "ltd", aliases: ["Ltd", "Limited", "Ltda", "Pvt Ltd", "Private Limited", "Pvt. Ltd.", "(Pvt) Ltd", "Pte Ltd", "Pte. Ltd.", "Sdn Bhd", "Bhd", "Pty Ltd", "PLC", "Public Limited Company"] },
  { display: "Inc.", compare: "inc", aliases: ["Inc", "Incorporated"] },
  { display: "Corp.", compare: "corp", aliases: ["Corp", "Corporation"] },
  { display: "Co.", compare: "co", aliases: ["Co", "Company", "Cie"] },
  { display: "LLC", compare: "llc", aliases: ["LLC", "L.L.C.", "Limited Liability Company", "LLP", "L.L.P.", "Limited Liability Partnership"] },
  { display: "LP", compare: "lp", aliases: ["LP", "L.P.", "Limited Partnership"] },
  // UAE free-zone forms
  { display: "FZE", compare: "fze", aliases: ["FZE", "F.Z.E.", "Free Zone Establishment"] },
  { display: "FZCO", compare: "fzco", aliases: ["FZCO", "FZC", "F.Z.C.", "FZ-LLC", "FZ LLC", "Free Zone Company", "DMCC"] },
  // Russian / Belarusian (Latin transliterations and Cyrillic; Cyrillic is transliterated first)
  { display: "JSC", compare: "jsc", aliases: ["JSC", "J.S.C.", "Joint Stock Company", "Joint-Stock Company", "OJSC", "CJSC", "PJSC", "Public Joint Stock Company", "Open Joint Stock Company", "Closed Joint Stock Company", "AO", "ОАО", "ЗАО", "ПАО", "АО", "OAO", "ZAO", "PAO", "JSCo"] },
  { display: "OOO", compare: "ooo", aliases: ["OOO", "ООО", "LLC OOO", "TOO", "ТОО", "ODO", "ОДО"] },
  { display: "FGUP", compare: "fgup", aliases: ["FGUP", "ФГУП", "FSUE", "Federal State Unitary Enterprise", "GUP", "ГУП"] },
  // European
  { display: "GmbH", compare: "gmbh", aliases: ["GmbH", "mbH", "GmbH & Co. KG", "KG", "AG", "Aktiengesellschaft"] },
  { display: "S.A.", compare: "sa", aliases: ["S.A.", "SA", "S.A.R.L.", "SARL", "S.R.L.", "SRL", "S.p.A.", "SpA", "S.L.", "SL", "SAS", "S.A.S.", "BV", "B.V.", "NV", "N.V.", "AB", "A/S", "AS", "Oy", "Sp. z o.o.", "s.r.o.", "d.o.o.", "Kft"] },
  // Turkish / Iranian / other
  { display: "A.Ş.", compare: "as", aliases: ["A.S.", "A.Ş.", "Ltd. Şti.", "Ltd Sti", "Sanayi ve Ticaret Ltd Sti"] },
  { display: "PJS", compare: "pjs", aliases: ["PJS", "Private Joint Stock", "Sherkat-e Sahami-ye Khass", "Sherkat-e Sahami Khass", "Sherkat"] },
  // Japanese (kanji / compatibility forms; NFKC turns ㈱ into (株))
  { display: "株式会社", compare: "株式会社", aliases: ["株式会社", "(株)", "㈱", "K.K.", "KK", "Kabushiki Kaisha", "Kabushiki Gaisha"] },
  { display: "有限会社", compare: "有限会社", aliases: ["有限会社", "(有)", "㈲", "Yugen Kaisha", "YK"] },
  { display: "合同会社", compare: "合同会社", aliases: ["合同会社", "(同)", "G.K.", "Godo Kaisha"] },
  { display: "合資会社", compare: "合資会社", aliases: ["合資会社", "(資)", "合名会社", "(名)"] },
  { display: "有限責任会社", compare: "有限責任会社", aliases: ["有限責任会社", "公開型株式会社", "非公開型株式会社", "株式会社", "連邦国家単一企業", "国家単一企業"] },
  // Chinese (simplified; traditional forms are folded to simplified before stripping)
  { display: "股份有限公司", compare: "股份有限公司", aliases: ["股份有限公司", "股份公司", "有限责任公司", "有限公司", "公司", "集团有限公司", "集团股份有限公司", "集团公司", "集团", "控股有限公司", "控股"] },
];

/**
 * Single words that only ever say "what kind of company" (after lower-casing). Whole legal forms
 * are stripped at the ends of a name; these words are also given no weight wherever they stand,
 * because word order and typos break the sequences ("Stock Joint Company X", "Joient Stock
 * Company X") and they identify nobody.
 */
export const LEGAL_WORDS = new Set([
  "company", "companies", "co", "limited", "ltd", "liability", "joint", "stock", "corporation", "corp", "incorporated", "inc",
  "llc", "llp", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "zao", "pao", "ao", "fze", "fzco", "fzc", "gmbh", "plc", "pvt",
  "pte", "sdn", "bhd", "kk", "sarl", "srl", "spa",
]);

/**
 * The same words as staff write them in katakana (ケプラー・コーポレーション for Kepler
 * Corporation). A katakana name is compared with a list name by reading it aloud, and the list
 * name's "Corporation" was stripped: the katakana word must go too, or it stands as a word the
 * list name lacks. Spelling variants are listed as written. Longest first: a word ending in one
 * is cut there.
 */
export const KANA_LEGAL_WORDS: readonly string[] = [
  "インコーポレイテッド", "インコーポレーテッド", "コーポレーション", "コーポレイション", "ジョイントストック", "カンパニー",
  "リミテッド", "リミティッド", "エルエルシー", "エフゼットイー", "ピーエルシー", "ゲーエムベーハー", "ジョイント", "ストック", "インク",
].sort((a, b) => b.length - a.length);
