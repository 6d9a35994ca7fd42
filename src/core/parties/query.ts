/**
 * A query prepared once per screen: normalised with the same normaliser as the index, tokens
 * resolved to index ids, typo neighbours found (one OSA edit), katakana skeletons computed.
 */
import { LEGAL_WORDS, normalizeName, phoneticKey, readings, withinOneEdit, type NormalizedName } from "../text";
import { cjkGramKeys, deletionIndexOf, gramText, postingCount, withoutR, wordTokens, type PartyIndex } from "./name-index";
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

/**
 * Listed words one OSA edit from `text` (not `self`), found through the deletion neighbourhood.
 * Only words sharing their first two or last two letters with `text` count — what one edit leaves
 * of any word of five or more letters — in the order: length, first-two before last-two, id.
 */
function typoNeighbours(text: string, self: number | undefined, index: PartyIndex, config: MatcherConfig): number[] {
  const del = deletionIndexOf(index);
  const found = new Set<number>();
  const collect = (k: string) => {
    const ids = del.get(k);
    if (ids) for (const c of ids) found.add(c);
  };
  collect(text);
  for (let i = 0; i < text.length; i++) collect(text.slice(0, i) + text.slice(i + 1));
  const head = text.slice(0, 2);
  const tail = text.slice(-2);
  const out: { id: number; len: number; side: number }[] = [];
  for (const c of found) {
    if (c === self) continue;
    const other = index.vocabText[c];
    if (other.length < config.typoMinLength || Math.abs(other.length - text.length) > 1) continue;
    const side = other.startsWith(head) ? 0 : other.endsWith(tail) ? 1 : -1;
    if (side >= 0 && withinOneEdit(text, other)) out.push({ id: c, len: other.length, side });
  }
  return out.sort((a, b) => a.len - b.len || a.side - b.side || a.id - b.id).map((x) => x.id);
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
    if ((id === undefined || postingCount(index, id) <= config.typoMaxPostings) && text.length >= config.typoMinLength && !/^\d+$/.test(text)) {
      near.push(...typoNeighbours(text, id, index, config));
    }
    return { text, id, near };
  });
  const grams = cjkGramKeys(norm).map((k) => ({ text: gramText(k), id: index.gramVocab.get(k) }));
  const read = norm.kanaWords.length ? readings(norm) : [];
  const kanaPhon = read.map(phoneticKey).filter(Boolean);
  const phon = kanaPhon.join("");
  return { norm, tokens, grams, read, kanaPhon, phon, kanaPhonNoR: kanaPhon.map(withoutR), phonNoR: withoutR(phon) };
}
