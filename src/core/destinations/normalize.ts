/**
 * One lookup key for whatever staff type as a destination: the same function builds the index
 * (ISO names, the law's names, aliases) and reads each cell, so both sides always agree.
 *
 * Steps, in order: NFKC (full-width → half-width, ㈱-style compatibility forms), strip Latin
 * diacritics (Türkiye → turkiye), lower case, drop a leading "the", then remove every space and punctuation
 * mark (". , ' ’ ( ) - ・ ／ /") so "U.S.A.", "u s a" and "ＵＳＡ" give the same key "usa".
 */
export function destinationKey(input: string): string {
  return input
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/([A-Za-z])\p{M}+/gu, "$1") // Latin diacritics only: kana dakuten must stay (ベ ≠ ヘ)
    .normalize("NFC")
    .toLowerCase()
    .trim()
    .replace(/^the\s+/, "")
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** True when the key is only Latin letters (ISO alpha-2/alpha-3 candidates). */
export function isLatinCode(key: string, length: 2 | 3): boolean {
  return key.length === length && /^[a-z]+$/.test(key);
}
