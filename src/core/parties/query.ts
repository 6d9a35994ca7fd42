/**
 * A query prepared once per screen: normalised with the same normaliser as the index, tokens
 * resolved to index ids, typo neighbours found (one OSA edit), katakana skeletons computed.
 */
import { LEGAL_WORDS, normalizeName, osaDistance, phoneticKey, readings, type NormalizedName } from "../text";
import { cjkGrams, deletionVariants, wordTokens, type PartyIndex } from "./name-index";
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
}

export function prepareQuery(raw: string, index: PartyIndex, config: MatcherConfig, normalized?: NormalizedName): Query {
  const norm = normalized ?? normalizeName(raw);
  const words = [...new Set(wordTokens(norm))];
  // a misspelt legal-form word ("Joient Stock Copany") is still only a legal-form word
  const kept = words.filter((w) => index.vocab.has(w) || w.length < config.typoMinLength || ![...LEGAL_WORDS].some((l) => l.length >= config.typoMinLength - 1 && osaDistance(w, l, 1) <= 1));
  const tokens = (kept.length ? kept : words).map((text): QueryToken => {
    const id = index.vocab.get(text);
    const near: number[] = [];
    // rare or unknown words may be typos of a listed word; common listed words are taken as spelt
    if ((id === undefined || index.postings[id].length <= config.typoMaxPostings) && text.length >= config.typoMinLength && !/^\d+$/.test(text)) {
      const seen = new Set<number>();
      for (const d of deletionVariants(text))
        for (const cand of index.deletions.get(d) ?? []) {
          if (cand === id || seen.has(cand)) continue;
          seen.add(cand);
          const other = index.vocabText[cand];
          if (other.length >= config.typoMinLength && osaDistance(text, other, 1) <= 1) near.push(cand);
        }
    }
    return { text, id, near };
  });
  const grams = cjkGrams(norm).map((text) => ({ text, id: index.vocab.get(text) }));
  const read = norm.kanaWords.length ? readings(norm) : [];
  const kanaPhon = read.map(phoneticKey).filter(Boolean);
  return { norm, tokens, grams, read, kanaPhon, phon: kanaPhon.join("") };
}
