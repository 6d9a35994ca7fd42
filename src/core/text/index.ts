/** Text normalisation for name matching: one entry point (`normalizeName`) and its layers. */
export { normalizeName, cleanText, foldCase, bigrams, readings, type NormalizedName } from "./normalize";
export { foldHan } from "./han";
export { foldKana, romanize, toKatakana, clearRomajiMemo } from "./kana";
export { phoneticKey } from "./phonetic";
export { osaDistance, osaSimilarity, withinOneEdit } from "./distance";
export { transliterateCyrillic } from "./cyrillic";
export { LEGAL_FORMS, LEGAL_WORDS, type LegalForm } from "./legal-forms";
