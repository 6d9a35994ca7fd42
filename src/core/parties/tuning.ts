/**
 * Every tunable of the party matcher, in one place, with what it does and what moved it.
 * "bench" = test/bench/parties (npm run bench parties): the set each value was tuned on.
 */
export interface MatcherConfig {
  /** Score at or above which a match is a hit (strong). Tuned so exact/legal-form/word-order
   *  variants and one-typo variants of distinctive names stay hits (bench: typo). */
  hitThreshold: number;
  /** Score at or above which a match is shown for review. Lower it and near-misses sharing one
   *  distinctive word (bench: near_miss, e.g. "Pegasus Logistics" vs "Pegasus General Trading")
   *  start to alert. */
  reviewThreshold: number;
  /** Added when the query's country equals the entry's country (a qualifier, never a filter). */
  countryMatchBonus: number;
  /** Subtracted when both countries are known and differ: fronts abroad are common, so small
   *  (bench: wrong_country must stay recalled). */
  countryMismatchPenalty: number;
  /** Two words one edit apart (OSA: a transposition is one edit) count as 1 − typoEditCost/length
   *  of the listed word: Ebara/Elara (5 letters) 0.74 stays below review on its own, while
   *  Astronautics/Astronuatics (12) keeps 0.89 (bench: typo vs clean). */
  typoEditCost: number;
  /** Shortest token that may match with one edit: "des"/"dex" must not. */
  typoMinLength: number;
  /** A listed word used by more names than this is taken as correctly spelt (no typo search):
   *  "trading" is not a misspelling of "trafing"; Intertech/Inteltech (bench: typo) still are. */
  typoMaxPostings: number;
  /** Factor on the katakana ↔ Latin phonetic similarity: a reading is weaker evidence than
   *  spelling, so a reading alone stays below hit — review (bench: katakana vs clean, where
   *  ブリヂストン read as BRJSTN must not become a hit on anything). */
  phoneticFactor: number;
  /** Shortest consonant skeleton compared phonetically: five letters let ソニーグループ (SNGRP)
   *  meet Saeingp'il (SNGPR) (bench: clean); six keep katakana recall (bench: katakana);
   *  readings are only compared with entries that have no Japanese name of their own. */
  phoneticMinLength: number;
  /** Shortest consonant skeleton compared at all. From it up to phoneticMinLength a reading counts
   *  only when the skeletons are equal, word by word — never by similarity: ケプラー (KPR) meets
   *  Kepler, ソニーグループ (SNGRP) still not Saeingp'il (SNGPR) (bench: held-out katakana readings
   *  of short names; clean). */
  phoneticShortLength: number;
  /** Score of such an equal short skeleton, before the country: at reviewThreshold, so that with no
   *  country it is shown for review, with the entry's country it stays, and with another country
   *  (デンソー, JP, against Denise Company, IR) it drops out — the country qualifies weak evidence
   *  (bench: clean; held-out katakana). */
  shortReadingScore: number;
  /** Score of an exact match on a short (< 5 letters) acronym taken from parentheses, e.g.
   *  "(DEC)": worth a look, not a hit. */
  shortAcronymScore: number;
  /** A word or bigram in more names than this only finds candidates when the query has nothing
   *  rarer (speed; recall unchanged on the bench at 300). */
  commonPostings: number;
  /** How many candidate names are fully scored per channel (token, bigram, phonetic). */
  candidatesPerChannel: number;
  /** How many names each katakana-reading channel scores (reading comparisons are the costliest;
   *  15 keeps bench katakana recall). */
  phoneticCandidates: number;
  /** At most this many matches are returned. */
  maxMatches: number;
  /** Longest input screened; longer cells are reported, not matched. */
  maxInputLength: number;
}

export const DEFAULT_CONFIG: MatcherConfig = {
  hitThreshold: 0.9,
  reviewThreshold: 0.75,
  countryMatchBonus: 0.02,
  countryMismatchPenalty: 0.05,
  typoEditCost: 1.3,
  typoMinLength: 4,
  typoMaxPostings: 3,
  phoneticFactor: 0.89,
  phoneticMinLength: 6,
  phoneticShortLength: 3,
  shortReadingScore: 0.75,
  shortAcronymScore: 0.8,
  commonPostings: 300,
  candidatesPerChannel: 40,
  phoneticCandidates: 15,
  maxMatches: 5,
  maxInputLength: 1000,
};

/** Words that carry no identity and differ with word order ("Institute of X" = "X Institute"). */
export const STOPWORDS = new Set(["of", "the", "and", "for", "de"]);
/** The same words written in katakana (オブ, ザ, アンド, フォー), as their readings: not compared with a
 *  list name's words, whose "of"/"the"/"and" were dropped (ハルビン・インスティテュート・オブ・
 *  テクノロジー = Harbin Institute of Technology; bench: katakana). */
export const KANA_STOPWORDS = new Set(["obu", "za", "ando", "fuo"]);

/**
 * Kanji words staff write after a katakana name for what a list spells in English (シャリフ工科大学
 * = Sharif University of Technology, バギヤトラー医科大学 = Baghyatollah Medical Sciences
 * University): such a name is read as its katakana and these English words. Only names whose kanji
 * are all covered here are read so (bench: katakana development sets).
 */
export const KANJI_READ_AS: readonly [string, string[]][] = [
  ["工科大学", ["university", "technology"]],
  ["工業大学", ["university", "technology"]],
  ["医科大学", ["medical", "university"]],
  ["大学", ["university"]],
  ["研究所", ["research", "institute"]],
  ["設計局", ["design", "bureau"]],
  ["工場", ["factory"]],
  ["病院", ["hospital"]],
  ["貿易会社", ["trading"]],
  ["貿易", ["trading"]],
  ["商事", ["trading"]],
];

