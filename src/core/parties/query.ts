/**
 * A query prepared once per screen: normalised with the same normaliser as the index, tokens
 * resolved to index ids, typo neighbours found (one OSA edit), katakana skeletons computed.
 */
import { LEGAL_WORDS, normalizeName, phoneticKey, readings, withinOneEdit, type NormalizedName } from "../text";
import { cjkGrams, headKey, tailKey, typoBucketsOf, withoutR, wordTokens, type PartyIndex } from "./name-index";
import type { MatcherConfig } from "./tuning";

export interface QueryToken {
  text: string;
  /** Index id when the token occurs in the lists. */
  id?: number;
  /** Token ids one edit away, searched for unknown and rare words. */
  near: number[];
}

export interface Query {
  norm: NormalizedName;
  tokens: QueryToken[];
  grams: { text: string; id?: number }[];
  /** Romanised katakana words, their skeletons, and all skeletons joined. */
  read: string[];
  kanaPhon: string[];
  phon: string;
  /** The same skeletons without R. */
  kanaPhonNoR: string[];
  phonNoR: string;
}

const LONG_LEGAL_WORDS = [...LEGAL_WORDS].filter((l) => l.length >= 4);
/** "copany", "lmited", "joient": one edit from a legal-form word. */
function isMisspeltLegalWord(w: string): boolean {
  for (const l of LONG_LEGAL_WORDS)
    if (Math.abs(l.length - w.length) <= 1 && (l[0] === w[0] || l[l.length - 1] === w[w.length - 1]) && withinOneEdit(w, l)) return true;
  return false;
}

export function prepareQuery(raw: string, index: PartyIndex, config: MatcherConfig, normalized?: NormalizedName): Query {
  const norm = normalized ?? normalizeName(raw);
  const words = [...new Set(wordTokens(norm))];
  // a misspelt legal-form word ("Joient Stock Copany") is still only a legal-form word
  const kept = words.filter((w) => index.vocab.has(w) || w.length < config.typoMinLength || !isMisspeltLegalWord(w));
  const tokens = (kept.length ? kept : words).map((text): QueryToken => {
    const id = index.vocab.get(text);
    const near: number[] = [];
    // rare or unknown words may be typos of a listed word; common listed words are taken as spelt
    if ((id === undefined || index.postings[id].length <= config.typoMaxPostings) && text.length >= config.typoMinLength && !/^\d+$/.test(text)) {
      const seen = new Set<number>();
      const buckets = typoBucketsOf(index);
      for (let len = text.length - 1; len <= text.length + 1; len++)
        for (const k of [headKey(text, len), tailKey(text, len)])
          for (const cand of buckets.get(k) ?? []) {
            if (cand === id || seen.has(cand)) continue;
            seen.add(cand);
            const other = index.vocabText[cand];
            if (other.length >= config.typoMinLength && withinOneEdit(text, other)) near.push(cand);
          }
    }
    return { text, id, near };
  });
  const grams = cjkGrams(norm).map((text) => ({ text, id: index.gramVocab.get(text) }));
  const read = norm.kanaWords.length ? readings(norm) : [];
  const kanaPhon = read.map(phoneticKey).filter(Boolean);
  const phon = kanaPhon.join("");
  return { norm, tokens, grams, read, kanaPhon, phon, kanaPhonNoR: kanaPhon.map(withoutR), phonNoR: withoutR(phon) };
}
