/**
 * The list index, built once per runtime: every name and alias of every active list, normalised
 * with the one normaliser (src/core/text), plus three inverted indexes that find candidates
 * without scoring the whole list — word tokens (with a one-deletion neighbourhood for typos),
 * CJK character bigrams, and consonant-skeleton trigrams for katakana queries.
 */
import type { ListData, ListEntry, NameKind } from "../data/schemas";
import { bigrams, LEGAL_WORDS, normalizeName, phoneticKey, type NormalizedName } from "../text";
import { resolveCountry } from "./country";
import { STOPWORDS } from "./tuning";

export interface IndexedEntry {
  list: ListData;
  entry: ListEntry;
  iso2?: string;
}

/** One name variant of one entry, precomputed for scoring. */
export interface IndexedName {
  entry: number;
  value: string;
  kind: NameKind | "acronym";
  norm: NormalizedName;
  /** Ids of word tokens (stopwords removed). */
  tokens: number[];
  /** Ids of CJK bigrams (deduplicated). */
  grams: number[];
  /** Consonant skeleton of the Latin tokens, for katakana queries ("" until `ensurePhonetic`). */
  phon: string;
  /** Per-token skeletons, aligned with `tokens` (empty until `ensurePhonetic`). */
  tokenPhon: string[];
  /** The same skeletons without R (English "er"/"ar" is a long vowel in katakana). */
  phonNoR: string;
  tokenPhonNoR: string[];
  /** Whether a katakana reading may be compared with this name: Latin names of entries that give
   *  no Japanese name (a katakana query should meet the list's own Japanese name instead). */
  readable: boolean;
  /** Σ idf of `tokens` and of `grams`: denominators of the candidates' score bounds. */
  tokenWeight: number;
  gramWeight: number;
}

export interface PartyIndex {
  entries: IndexedEntry[];
  names: IndexedName[];
  /** Word token → id. */
  vocab: Map<string, number>;
  /** CJK bigram → id (same id space as tokens; its vocabText is prefixed with GRAM_PREFIX). */
  gramVocab: Map<string, number>;
  vocabText: string[];
  /** id → ids of names containing it. */
  postings: number[][];
  /** id → inverse document frequency over names. */
  idf: number[];
  /** Weight of a token never seen in the lists (the rarest possible). */
  idfUnseen: number;
  /** One-deletion neighbourhood (symmetric delete): every word of three or more letters and each
   *  of its one-letter deletions → token ids. Two words within one OSA edit always share a key
   *  (a transposition deletes either swapped letter), so a lookup of the query word and its own
   *  deletions finds every candidate without scanning. Built on the first typo search
   *  (`deletionIndexOf`). */
  deletions?: Map<string, number[]>;
  /** Skeleton trigram → readable name ids; built with `phonetic` on the first katakana query. */
  phonGrams?: Map<string, number[]>;
  /** Skeleton of one word → readable name ids with a word of that skeleton. */
  phonWords?: Map<string, number[]>;
  /** Σ idf of each name's tokens / grams by name id (typed, for the candidate bound's hot loop). */
  tokenWeights: Float64Array;
  gramWeights: Float64Array;
  /** Scratch accumulator reused by every search (one per index; JS runs one search at a time). */
  scratch: Float64Array;
}

export const GRAM_PREFIX = "\u0001";

/** The words that identify: no stopwords, no legal-form words (unless nothing else is left). */
export function wordTokens(norm: NormalizedName): string[] {
  const words = norm.tokens.filter((t) => !STOPWORDS.has(t));
  const named = words.filter((t) => !LEGAL_WORDS.has(t));
  return named.length ? named : words;
}

/** The CJK bigrams of a name, deduplicated (looked up in `gramVocab`, no prefix needed). */
export function cjkGrams(norm: NormalizedName): string[] {
  if (norm.cjk.length === 1) {
    const g = bigrams(norm.cjk[0]);
    return g.length > 1 ? [...new Set(g)] : g;
  }
  const out = new Set<string>();
  for (const run of norm.cjk) for (const g of bigrams(run)) out.add(g);
  return [...out];
}

/** A consonant skeleton without R. */
export const withoutR = (skeleton: string) => (skeleton.includes("R") ? skeleton.replace(/R/g, "") : skeleton);

export function trigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Words importers sometimes leave behind as a "name": list labels, not names (MOF 2026-03-05 has 251 bare 別称). */
const LABEL_TEXT = ["別称", "別名", "旧称", "aka", "fka", "also known as", "formerly known as"];
let labels: Set<string> | undefined;
const isLabel = (key: string) => (labels ??= new Set(LABEL_TEXT.map((l) => normalizeName(l).key))).has(key);

const PAREN = /[(（]([^()（）]*)[)）]/g;
const HAS_PAREN = /[(（][^()（）]*[)）]/;

/** Name variants of one written name: as written, without parentheses, and each parenthesised part. */
function variants(value: string, kind: NameKind): { value: string; kind: NameKind | "acronym" }[] {
  const out: { value: string; kind: NameKind | "acronym" }[] = [{ value, kind }];
  if (!HAS_PAREN.test(value)) return out;
  const bare = value.replace(PAREN, " ").trim();
  if (bare) out.push({ value: bare, kind });
  for (const m of value.matchAll(PAREN)) {
    const inner = m[1].trim();
    if (!inner) continue;
    const n = normalizeName(inner);
    if (n.cjk.length) out.push({ value: inner, kind: kind === "primary" ? "script" : "alias_script" });
    else if (n.tokens.length === 1) out.push({ value: inner, kind: "acronym" });
    else if (n.tokens.length > 1) out.push({ value: inner, kind });
  }
  return out;
}

export function buildIndex(lists: ListData[]): PartyIndex {
  const entries: IndexedEntry[] = [];
  const names: IndexedName[] = [];
  const vocab = new Map<string, number>();
  const vocabText: string[] = [];
  const postings: number[][] = [];
  const idOf = (t: string) => {
    let id = vocab.get(t);
    if (id === undefined) {
      id = vocabText.length;
      vocab.set(t, id);
      vocabText.push(t);
      postings.push([]);
    }
    return id;
  };
  const gramVocab = new Map<string, number>();
  const gramIdOf = (g: string) => {
    let id = gramVocab.get(g);
    if (id === undefined) {
      id = vocabText.length;
      gramVocab.set(g, id);
      vocabText.push(GRAM_PREFIX + g);
      postings.push([]);
    }
    return id;
  };
  for (const list of lists ?? [])
    for (const entry of list?.entries ?? []) {
      const ei = entries.length;
      entries.push({ list, entry, iso2: entry.country?.iso2 ?? resolveCountry(entry.country?.name) });
      const seenNames = new Set<string>();
      const seenAcronyms = new Set<string>();
      const readableEntry = !(entry.names ?? []).some((n) => n.kind === "ja" || n.kind === "ja_alias");
      for (const written of entry.names ?? [])
        for (const v of variants(written.value, written.kind)) {
          const norm = normalizeName(v.value);
          const seen = v.kind === "acronym" ? seenAcronyms : seenNames;
          if (!norm.key || seen.has(norm.key) || isLabel(norm.key)) continue;
          seen.add(norm.key);
          const tokens: number[] = [];
          for (const w of wordTokens(norm)) {
            const id = idOf(w);
            if (!tokens.includes(id)) tokens.push(id);
          }
          const grams = cjkGrams(norm).map(gramIdOf);
          const readable = readableEntry && v.kind !== "acronym" && tokens.length > 0 && grams.length === 0;
          const ni = names.length;
          names.push({ entry: ei, value: v.value, kind: v.kind, norm, tokens, grams, phon: "", tokenPhon: [], phonNoR: "", tokenPhonNoR: [], readable, tokenWeight: 0, gramWeight: 0 });
          for (const id of tokens) postings[id].push(ni);
          for (const id of grams) postings[id].push(ni);
        }
    }
  const n = Math.max(names.length, 1);
  const idf = postings.map((p) => Math.log(1 + n / p.length));
  const tokenWeights = new Float64Array(names.length);
  const gramWeights = new Float64Array(names.length);
  names.forEach((nm, ni) => {
    for (const id of nm.tokens) nm.tokenWeight += idf[id];
    for (const id of nm.grams) nm.gramWeight += idf[id];
    tokenWeights[ni] = nm.tokenWeight;
    gramWeights[ni] = nm.gramWeight;
  });
  return { entries, names, vocab, gramVocab, vocabText, postings, idf, idfUnseen: Math.log(1 + n), tokenWeights, gramWeights, scratch: new Float64Array(names.length) };
}

/** The deletion neighbourhood, built on first use: most cells are spelt as listed and never need it. */
export function deletionIndexOf(index: PartyIndex): Map<string, number[]> {
  if (index.deletions) return index.deletions;
  const deletions = new Map<string, number[]>();
  const add = (k: string, id: number) => {
    const arr = deletions.get(k);
    if (!arr) deletions.set(k, [id]);
    else if (arr[arr.length - 1] !== id) arr.push(id); // "aab" deletes to "ab" twice
  };
  index.vocabText.forEach((t, id) => {
    if (t.length < 3 || t.startsWith(GRAM_PREFIX)) return;
    add(t, id);
    for (let i = 0; i < t.length; i++) add(t.slice(0, i) + t.slice(i + 1), id);
  });
  return (index.deletions = deletions);
}

/**
 * The katakana-reading channels (skeletons of readable names, their trigrams and words), built on
 * the first katakana query: they are the costliest part of the index and most sheets are Latin.
 */
export function ensurePhonetic(index: PartyIndex): { phonGrams: Map<string, number[]>; phonWords: Map<string, number[]> } {
  if (index.phonGrams && index.phonWords) return { phonGrams: index.phonGrams, phonWords: index.phonWords };
  const phonCache: string[] = [];
  const phonOf = (id: number) => (phonCache[id] ??= phoneticKey(index.vocabText[id]));
  const phonGrams = new Map<string, number[]>();
  const phonWords = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, ni: number) => {
    const arr = m.get(k);
    if (arr) arr.push(ni);
    else m.set(k, [ni]);
  };
  index.names.forEach((nm, ni) => {
    if (!nm.readable) return;
    nm.tokenPhon = nm.tokens.map(phonOf);
    nm.phon = nm.tokenPhon.join("");
    nm.tokenPhonNoR = nm.tokenPhon.map(withoutR);
    nm.phonNoR = withoutR(nm.phon);
    for (const g of new Set(trigrams(nm.phon))) push(phonGrams, g, ni);
    const seen = new Set<string>();
    nm.tokenPhon.forEach((w, j) => {
      if (seen.has(w)) return;
      seen.add(w);
      if (w.length >= 2) push(phonWords, w, ni);
      const noR = nm.tokenPhonNoR[j];
      if (noR.length >= 2 && noR !== w) push(phonWords, noR, ni);
    });
  });
  index.phonGrams = phonGrams;
  index.phonWords = phonWords;
  return { phonGrams, phonWords };
}
