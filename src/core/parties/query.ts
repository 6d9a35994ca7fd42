/**
 * A query prepared once per screen: normalised with the same normaliser as the index, tokens
 * resolved to index ids, typo neighbours found (one OSA edit), katakana skeletons computed.
 */
import { LEGAL_WORDS, normalizeName, phoneticKey, readings, type NormalizedName } from "../text";
import { withinOneEdit } from "../text/distance";
import { emptyList, mapList } from "../text/lists";
import { cjkGramKeys, letterMask, postingCount, typoBucketKey, typoBucketsOf, wordTokens, type PartyIndex } from "./name-index";
import { looseKey } from "../text/phonetic";
import { KANA_STOPWORDS, KANJI_READ_AS, type MatcherConfig } from "./tuning";
import { foldHan } from "../text/han";

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
  /** The query's CJK bigrams (by key), each with its index id when listed. */
  grams: { key: number; id?: number }[];
  /** Romanised katakana words, their skeletons, and all skeletons joined. */
  read: string[];
  kanaPhon: string[];
  phon: string;
  /** The loose skeletons (text/phonetic.ts looseKey), aligned with kanaPhon. */
  kanaPhonLoose: string[];
  phonLoose: string;
  /** The romaji of each word of kanaPhon (aligned with it). */
  kanaRead: string[];
  /** Whether the name is katakana alone (no Latin words, no kanji): only then may a short
   *  skeleton meet a name (ペガサス航空 is not Pegasus by its ペガサス). */
  kanaOnly: boolean;
}

const KATAKANA_RUN = /^[\p{Script=Katakana}ー]+$/u;
const KANA_CHARS = /[\p{Script=Katakana}\p{Script=Hiragana}ー]+/u;

/** KANJI_READ_AS in compare form (names are Han-folded before they get here), longest first. */
let kanjiReadAs: [string, string[]][] | undefined;

/**
 * The English words the kanji of a katakana name stand for (KANJI_READ_AS), or undefined when
 * some kanji is not covered: then the name is read by its katakana alone, as before.
 */
function kanjiAsWords(runs: string[]): string[] | undefined {
  kanjiReadAs ??= KANJI_READ_AS.map(([k, w]): [string, string[]] => [foldHan(k), w]).sort((a, b) => b[0].length - a[0].length);
  const out: string[] = [];
  for (const run of runs)
    for (const seg of run.split(KANA_CHARS)) {
      for (let i = 0; i < seg.length; ) {
        const hit = kanjiReadAs.find(([k]) => seg.startsWith(k, i));
        if (!hit) return undefined;
        out.push(...hit[1]);
        i += hit[0].length;
      }
    }
  return out;
}

/** Legal-form words of four letters or more, by length (a word one edit away is within one of its length). */
const LONG_LEGAL_WORDS = new Map<number, string[]>();
for (const l of LEGAL_WORDS) if (l.length >= 4) LONG_LEGAL_WORDS.set(l.length, [...(LONG_LEGAL_WORDS.get(l.length) ?? []), l]);
/** "copany", "lmited", "joient": one edit from a legal-form word. */
function isMisspeltLegalWord(w: string): boolean {
  const first = w.charCodeAt(0);
  const last = w.charCodeAt(w.length - 1);
  for (let len = w.length - 1; len <= w.length + 1; len++) {
    const forms = LONG_LEGAL_WORDS.get(len) ?? NO_WORDS;
    for (let i = 0; i < forms.length; i++) {
      const l = forms[i];
      if ((l.charCodeAt(0) === first || l.charCodeAt(l.length - 1) === last) && withinOneEdit(w, l)) return true;
    }
  }
  return false;
}
const NO_WORDS: string[] = [];

/**
 * Listed words one OSA edit from `text` (not `self`) that share their first two or last two
 * letters with it — what one edit leaves of any word of five or more letters — found in the typo
 * buckets of those letters and of lengths ±1, in the order: length, first-two before last-two, id
 * (the order the buckets are walked in: each bucket holds its ids ascending, so nothing is sorted).
 */
function typoNeighbours(text: string, self: number | undefined, index: PartyIndex, config: MatcherConfig): number[] {
  const buckets = typoBucketsOf(index);
  const masks = index.letterMasks!;
  const vocabText = index.vocabText;
  const mask = letterMask(text);
  const out: number[] = [];
  const n = text.length;
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  for (let len = Math.max(n - 1, config.typoMinLength); len <= n + 1; len++)
    for (let side = 0; side < 2; side++) {
      const ids = buckets.get(side === 0 ? typoBucketKey(c0, c1, 0, len) : typoBucketKey(text.charCodeAt(n - 2), text.charCodeAt(n - 1), 1, len));
      if (!ids) continue;
      for (let k = 0; k < ids.length; k++) {
        const c = ids[k];
        if (c === self || popCount(masks[c] ^ mask) > 2) continue;
        const other = vocabText[c];
        // a word in both buckets is taken once, on its first-two side
        if (side === 1 && other.charCodeAt(0) === c0 && other.charCodeAt(1) === c1) continue;
        if (withinOneEdit(text, other)) out.push(c);
      }
    }
  return out;
}

/** Set bits of a 32-bit mask (local: the bucket walk calls it for every word it meets). */
function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function prepareQuery(raw: string, index: PartyIndex, config: MatcherConfig, normalized?: NormalizedName): Query {
  const norm = normalized ?? normalizeName(raw);
  const words = [...new Set(wordTokens(norm))];
  // a misspelt legal-form word ("Joient Stock Copany") is still only a legal-form word
  const kept = words.filter((w) => index.vocab.has(w) || w.length < config.typoMinLength || !isMisspeltLegalWord(w));
  // every array below is built in an emptyList: one hidden class per field, empty or not (text/lists.ts)
  const tokens = emptyList<QueryToken>();
  const chosen = kept.length ? kept : words;
  for (let w = 0; w < chosen.length; w++) {
    const text = chosen[w];
    const id = index.vocab.get(text);
    const near: number[] = [];
    // rare or unknown words may be typos of a listed word; common listed words are taken as spelt
    if ((id === undefined || postingCount(index, id) <= config.typoMaxPostings) && text.length >= config.typoMinLength && !/^\d+$/.test(text)) {
      near.push(...typoNeighbours(text, id, index, config));
    }
    tokens.push({ text, id, near });
  }
  const grams = emptyList<{ key: number; id?: number }>();
  const keys = cjkGramKeys(norm);
  for (let i = 0; i < keys.length; i++) grams.push({ key: keys[i], id: index.gramVocab.get(keys[i]) });
  const read = norm.kanaWords.length ? readings(norm) : emptyList<string>();
  const kanaPhon = emptyList<string>();
  const kanaRead = emptyList<string>();
  for (let i = 0; i < read.length; i++) {
    const r = read[i];
    const p = KANA_STOPWORDS.has(r) ? "" : phoneticKey(r);
    if (!p) continue;
    kanaPhon.push(p);
    kanaRead.push(r);
  }
  const kanaOnly = kanaPhon.length > 0 && !tokens.length && norm.cjk.every((run) => KATAKANA_RUN.test(run));
  // kanji beside the katakana (シャリフ工科大学) read as the English words they stand for
  if (kanaPhon.length && !kanaOnly)
    for (const w of kanjiAsWords(norm.cjk) ?? NO_WORDS) {
      kanaPhon.push(phoneticKey(w));
      kanaRead.push(w);
    }
  // Latin words beside katakana (NPOハイ・プレシジョン) are read with it: the list name has them too
  if (kanaPhon.length)
    for (let i = 0; i < tokens.length; i++) {
      const p = phoneticKey(tokens[i].text);
      if (!p) continue;
      kanaPhon.push(p);
      kanaRead.push(tokens[i].text);
    }
  // the whole reading as one word, as the list side reads a whole name (name-index.ts ensurePhonetic)
  const whole = kanaRead.length > 1 ? kanaRead.join("") : (kanaRead[0] ?? "");
  const phon = kanaRead.length > 1 ? phoneticKey(whole) : (kanaPhon[0] ?? "");
  return { norm, tokens, grams, read, kanaPhon, phon, kanaPhonLoose: mapList(kanaRead, looseKey), phonLoose: whole ? looseKey(whole) : "", kanaRead, kanaOnly };
}
