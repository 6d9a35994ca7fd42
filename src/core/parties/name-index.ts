/**
 * The list index, built once per runtime: every name and alias of every active list, normalised
 * with the one normaliser (src/core/text), plus three inverted indexes that find candidates
 * without scoring the whole list — word tokens (with a one-deletion neighbourhood for typos),
 * CJK character bigrams, and consonant-skeleton trigrams for katakana queries.
 */
import type { ListData, ListEntry, NameKind } from "../data/schemas";
import { LEGAL_WORDS, normalizeName, phoneticKey, type NormalizedName } from "../text";
import { looseKey } from "../text/phonetic";
import { emptyList } from "../text/lists";
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
  /** The compare key of an acronym (matched only when exactly equal); "" for other kinds. The
   *  full normalised form is not kept: the index holds every name, so what each keeps is what the
   *  build and its garbage collection pay for (`nameLegalForms` recomputes what display needs). */
  key: string;
  /** Ids of word tokens (stopwords removed). */
  tokens: number[];
  /** Ids of CJK bigrams (deduplicated). */
  grams: number[];
  /** Consonant skeleton of the Latin tokens, for katakana queries ("" until `ensurePhonetic`). */
  phon: string;
  /** Per-token skeletons, aligned with `tokens` (empty until `ensurePhonetic`). */
  tokenPhon: string[];
  /** The loose skeletons (text/phonetic.ts looseKey: no R; a syllable-closing "ng" read as n). */
  phonLoose: string;
  tokenPhonLoose: string[];
  /** Whether a katakana reading may be compared with this name: Latin names of entries that give
   *  no Japanese name (a katakana query should meet the list's own Japanese name instead). */
  readable: boolean;
  /** Its own id (position in `names`): its Σ idf of tokens / grams are `tokenWeights[id]` / `gramWeights[id]`. */
  id: number;
}

export interface PartyIndex {
  entries: IndexedEntry[];
  names: IndexedName[];
  /** Word token → id. */
  vocab: Map<string, number>;
  /** CJK bigram (its `gramKey`) → id (same id space as tokens; its vocabText is prefixed with GRAM_PREFIX). */
  gramVocab: Map<number, number>;
  vocabText: string[];
  /** Postings in one buffer: the names containing term id are postNames[postStart[id] .. postStart[id + 1]),
   *  ascending (one buffer, not one array per term: fewer objects for the build's GC to copy). */
  postStart: Int32Array;
  postNames: Int32Array;
  /** id → inverse document frequency over names. */
  idf: number[];
  /** Weight of a token never seen in the lists (the rarest possible). */
  idfUnseen: number;
  /** Listed words (three letters or more) by their first two letters and length, and by their last
   *  two letters and length (`typoBucketsOf`, built on the first typo search). A typo search only
   *  accepts words sharing the first two or the last two letters with the query word — what one
   *  edit leaves of any word of five or more letters — so these buckets hold every candidate. */
  typoBuckets?: Map<number, number[]>;
  /** Per term id, the letters it contains as bits (char code mod 32), built with the typo buckets:
   *  one edit adds or removes at most two letters, so words whose masks differ in more than two
   *  bits are no typo of each other — most of a bucket is rejected without comparing letters. */
  letterMasks?: Int32Array;
  /** Skeleton trigram → readable name ids; built with `phonetic` on the first katakana query. */
  phonGrams?: Map<string, number[]>;
  /** Skeleton of one word → readable name ids with a word of that skeleton. */
  phonWords?: Map<string, number[]>;
  /** Whole skeleton (all words) → readable name ids: a short katakana name meets only equal ones. */
  phonWhole?: Map<string, number[]>;
  /** Each name's token / gram ids again, name by name in one buffer: name ni's are
   *  nameTokens[nameTokenStart[ni] .. nameTokenStart[ni + 1]) — the candidate bound looks up the
   *  light terms of thousands of names, and a flat buffer spares it two pointer hops per name. */
  nameTokenStart: Int32Array;
  nameTokens: Int32Array;
  nameGramStart: Int32Array;
  nameGrams: Int32Array;
  /** Σ idf of each name's tokens / grams by name id (typed, for the candidate bound's hot loop). */
  tokenWeights: Float64Array;
  gramWeights: Float64Array;
  /** Scratch accumulator reused by every search (one per index; JS runs one search at a time). */
  scratch: Float64Array;
}

export const GRAM_PREFIX = "\u0001";

/** The words that identify: no stopwords, no legal-form words (unless nothing else is left). */
export function wordTokens(norm: NormalizedName): string[] {
  let words: string[] | undefined;
  let legal = 0;
  for (const t of norm.tokens) {
    if (STOPWORDS.has(t)) {
      words ??= norm.tokens.slice(0, norm.tokens.indexOf(t));
      continue;
    }
    words?.push(t);
    if (LEGAL_WORDS.has(t)) legal++;
  }
  const all = words ?? norm.tokens;
  return legal === 0 ? all : legal === all.length ? all : all.filter((t) => !LEGAL_WORDS.has(t));
}

/**
 * CJK characters get small ids (global: a character's id depends on nothing else) so that a
 * bigram is one number, `gramKey`, looked up without building and hashing a two-character string.
 */
const charIds = new Map<number, number>();
const charText: string[] = [];
const UNIGRAM = 0xffff;
function charId(cp: number): number {
  let id = charIds.get(cp);
  if (id === undefined) {
    charIds.set(cp, (id = charIds.size));
    charText.push(String.fromCodePoint(cp));
  }
  return id;
}

/** The key of a bigram (or unigram) given as text. */
export function gramKeyOf(text: string): number {
  const a = text.codePointAt(0)!;
  const rest = text.slice(a > 0xffff ? 2 : 1);
  return charId(a) * 0x10000 + (rest ? charId(rest.codePointAt(0)!) : UNIGRAM);
}

/** The text of a `cjkGramKeys` key. */
export function gramText(key: number): string {
  const b = key % 0x10000;
  return charText[(key - b) / 0x10000] + (b === UNIGRAM ? "" : charText[b]);
}

/** The bigram keys of a name's CJK runs in order of first occurrence, deduplicated (a one-character run is its own unigram). */
export function cjkGramKeys(norm: NormalizedName): number[] {
  const out: number[] = [];
  for (const run of norm.cjk) {
    let prev = -1;
    let n = 0;
    for (let i = 0; i < run.length; ) {
      const cp = run.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      const id = charId(cp);
      if (prev >= 0) {
        const k = prev * 0x10000 + id;
        if (!out.includes(k)) out.push(k);
      }
      prev = id;
      n++;
    }
    if (n === 1 && !out.includes(prev * 0x10000 + UNIGRAM)) out.push(prev * 0x10000 + UNIGRAM);
  }
  return out;
}

/** How many names contain term `id`. */
export const postingCount = (index: PartyIndex, id: number): number => index.postStart[id + 1] - index.postStart[id];

/** The legal forms stripped from a list name (for the explanation of a match), normalised again
 *  on first display and remembered: few names are ever shown. */
const legalFormsShown = new WeakMap<IndexedName, string[]>();
export function nameLegalForms(name: IndexedName): string[] {
  let forms = legalFormsShown.get(name);
  if (!forms) legalFormsShown.set(name, (forms = normalizeName(name.value).legalForms));
  return forms;
}

export function trigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/** Words importers sometimes leave behind as a "name": list labels, not names (MOF 2026-03-05 has 251 bare 別称),
 *  and placeholders the source writes where a name is unknown (不明: six MOF script names — a cell
 *  reading 不明 hit them). */
const LABEL_TEXT = ["別称", "別名", "旧称", "aka", "fka", "also known as", "formerly known as", "不明"];
let labels: Set<string> | undefined;
const isLabel = (key: string) => (labels ??= new Set(LABEL_TEXT.map((l) => normalizeName(l).key))).has(key);

const PAREN = /[(（]([^()（）]*)[)）]/g;
const HAS_PAREN = /[(（][^()（）]*[)）]/;

/** Name variants of one written name, normalised: as written, without parentheses, and each parenthesised part. */
function variants(value: string, kind: NameKind): { value: string; kind: NameKind | "acronym"; norm: NormalizedName }[] {
  const out: { value: string; kind: NameKind | "acronym"; norm: NormalizedName }[] = [{ value, kind, norm: normalizeName(value) }];
  const paired = HAS_PAREN.test(value);
  const bare = paired ? value.replace(PAREN, " ").trim() : value;
  if (paired) {
    if (bare) out.push({ value: bare, kind, norm: normalizeName(bare) });
    for (const m of value.matchAll(PAREN)) addInner(out, m[1], kind);
  }
  // A bracket the source left unpaired (MOF: "حسن غول (Hassan Ghul", "…アリヤニ（Ahmed Mahamud Hassan"):
  // the text on each side is a name of its own, as a parenthesised part would be — else the only
  // spelling of a listed name stays glued to another script and is never met.
  if (LONE_BRACKET.test(bare)) {
    const parts = bare.split(LONE_BRACKET);
    const head = parts[0].replace(LABEL_BRACKETS, " ").trim();
    if (head) out.push({ value: head, kind, norm: normalizeName(head) });
    for (let i = 1; i < parts.length; i++) addInner(out, parts[i].replace(LABEL_BRACKETS, " "), kind);
  }
  return out;
}

const LONE_BRACKET = /[()（）]/;
/** 【アラビア語】 and the like: a label of the script, not a name. */
const LABEL_BRACKETS = /【[^】]*】/g;

/** A parenthesised (or split-off) part as a variant: a script name, an acronym, or a name. */
function addInner(out: { value: string; kind: NameKind | "acronym"; norm: NormalizedName }[], text: string, kind: NameKind): void {
  const inner = text.trim();
  if (!inner) return;
  const n = normalizeName(inner);
  if (n.cjk.length) out.push({ value: inner, kind: kind === "primary" ? "script" : "alias_script", norm: n });
  else if (n.tokens.length === 1) out.push({ value: inner, kind: "acronym", norm: n });
  else if (n.tokens.length > 1) out.push({ value: inner, kind, norm: n });
}

const NO_IDS: number[] = [];
/** tokenPhon's start: a string array even while empty, so that filling it on the first katakana
 *  query keeps the field's type (a plain `[]` there deprecated the hidden class of every indexed
 *  name, and scoring deoptimised on each name met for the first time, pass after pass). */
const NO_TEXT = emptyList<string>();

/** One name variant of a list entry as the index takes it: deduplicated, labels dropped. */
export interface ListNameVariant {
  /** Entry index within the list, and index of the written name it comes from. */
  entry: number;
  written: number;
  value: string;
  kind: NameKind | "acronym";
  norm: NormalizedName;
}

/** Every indexed name variant of a list, in index order: the one walk the run-time build and the
 *  prebuilt snapshots (prebuilt.ts) share, so both index exactly the same names. */
export function forEachListName(list: ListData, cb: (v: ListNameVariant) => void): void {
  (list?.entries ?? []).forEach((entry, ei) => {
    const seenNames = new Set<string>();
    const seenAcronyms = new Set<string>();
    (entry.names ?? []).forEach((written, wi) => {
      for (const v of variants(written.value, written.kind)) {
        const seen = v.kind === "acronym" ? seenAcronyms : seenNames;
        if (!v.norm.key || seen.has(v.norm.key) || isLabel(v.norm.key)) continue;
        seen.add(v.norm.key);
        cb({ entry: ei, written: wi, value: v.value, kind: v.kind, norm: v.norm });
      }
    });
  });
}

/** Whether katakana readings may be compared with this entry's Latin names (it gives no Japanese name). */
export const readableEntry = (entry: ListEntry): boolean => !(entry.names ?? []).some((n) => n.kind === "ja" || n.kind === "ja_alias");

/** A list's names already normalised to terms (a prebuilt snapshot, see prebuilt.ts), or undefined. */
export type PrebuiltLookup = (list: ListData) => PrebuiltList | undefined;

/** Name kinds by their code in a snapshot. */
export const KIND_CODES: readonly (NameKind | "acronym")[] = ["primary", "script", "alias", "alias_script", "ja", "ja_alias", "acronym"];

export interface PrebuiltList {
  /** Per entry of the list, its resolved country ("" when unknown). */
  iso2: string[];
  /** The list's terms in order of first use by its names (tokens, then CJK bigrams prefixed with
   *  GRAM_PREFIX, name by name): interned in this order they get the ids the run-time build gives. */
  terms: string[];
  /** Per indexed name, in forEachListName order: [entry, written, kind code, token count, ...token term
   *  indexes, ...bigram term indexes]. */
  names: number[][];
  /** Name index → its value when that is not the written name as is (a parenthesis variant). */
  values: Record<string, string>;
  /** Name index → compare key of an acronym. */
  keys: Record<string, string>;
}

export function buildIndex(lists: ListData[], prebuilt?: PrebuiltLookup): PartyIndex {
  const entries: IndexedEntry[] = [];
  const names: IndexedName[] = [];
  const vocab = new Map<string, number>();
  const vocabText: string[] = [];
  const gramVocab = new Map<number, number>();
  // postings are counted while names are added and laid out in one buffer at the end
  const counts: number[] = [];
  const tokenId = (w: string): number => {
    let id = vocab.get(w);
    if (id === undefined) {
      vocab.set(w, (id = vocabText.length));
      vocabText.push(w);
      counts.push(0);
    }
    return id;
  };
  const gramId = (k: number): number => {
    let id = gramVocab.get(k);
    if (id === undefined) {
      gramVocab.set(k, (id = vocabText.length));
      vocabText.push(GRAM_PREFIX + gramText(k));
      counts.push(0);
    }
    return id;
  };
  let readableOf: ListEntry | undefined;
  let readableValue = false;
  let tokenTotal = 0;
  let gramTotal = 0;
  const addName = (first: number, entry: ListEntry, v: { entry: number; value: string; kind: NameKind | "acronym" }, key: string, tokens: number[], grams: number[]) => {
    for (let j = 0; j < tokens.length; j++) counts[tokens[j]]++;
    for (let j = 0; j < grams.length; j++) counts[grams[j]]++;
    tokenTotal += tokens.length;
    gramTotal += grams.length;
    if (readableOf !== entry) {
      // names come entry by entry
      readableOf = entry;
      readableValue = readableEntry(entry);
    }
    const readable = readableValue && v.kind !== "acronym" && tokens.length > 0 && grams.length === 0;
    names.push({ entry: first + v.entry, value: v.value, kind: v.kind, key, tokens, grams, phon: "", tokenPhon: NO_TEXT, phonLoose: "", tokenPhonLoose: NO_TEXT, readable, id: names.length });
  };
  for (const list of lists ?? []) {
    const first = entries.length;
    const pre = list?.entries ? prebuilt?.(list) : undefined;
    (list?.entries ?? []).forEach((entry, ei) =>
      entries.push({ list, entry, iso2: pre ? pre.iso2[ei] || undefined : (entry.country?.iso2 ?? resolveCountry(entry.country?.name)) }),
    );
    if (pre) {
      const local = pre.terms.map((t) => (t.startsWith(GRAM_PREFIX) ? gramId(gramKeyOf(t.slice(GRAM_PREFIX.length))) : tokenId(t)));
      for (let i = 0; i < pre.names.length; i++) {
        const r = pre.names[i];
        const nt = r[3];
        let tokens = NO_IDS;
        let grams = NO_IDS;
        // slices of the snapshot row, mapped in place: packed arrays of exactly their size (not
        // new Array(n), whose holes make scoring's lookups slower; not push, which over-allocates)
        if (nt) {
          tokens = r.slice(4, 4 + nt);
          for (let j = 0; j < nt; j++) tokens[j] = local[tokens[j]];
        }
        if (r.length > 4 + nt) {
          grams = r.slice(4 + nt);
          for (let j = 0; j < grams.length; j++) grams[j] = local[grams[j]];
        }
        const entry = list.entries[r[0]];
        addName(first, entry, { entry: r[0], value: pre.values[i] ?? entry.names[r[1]].value, kind: KIND_CODES[r[2]] }, pre.keys[i] ?? "", tokens, grams);
      }
      continue;
    }
    forEachListName(list, (v) => {
      const words = wordTokens(v.norm);
      const tokens: number[] = words.length ? [] : NO_IDS;
      for (const w of words) {
        const id = tokenId(w);
        if (!tokens.includes(id)) tokens.push(id);
      }
      const keys = v.norm.cjk.length ? cjkGramKeys(v.norm) : NO_IDS;
      addName(first, list.entries[v.entry], v, v.kind === "acronym" ? v.norm.key : "", tokens, keys.length ? keys.map(gramId) : NO_IDS);
    });
  }
  // one buffer for every posting list, each term's names ascending (the order names were added),
  // and each name's Σ idf, in one pass over the names with indexed loops (this runs once, mostly
  // before the JIT has optimised it: for-of iterators cost most there)
  const nTerms = counts.length;
  const starts = new Int32Array(nTerms + 1);
  for (let id = 0; id < nTerms; id++) starts[id + 1] = starts[id] + counts[id];
  const buffer = new Int32Array(starts[nTerms]);
  const fill = starts.slice(0, nTerms);
  const n = Math.max(names.length, 1);
  const idf: number[] = []; // by push: packed, which scoring reads fastest
  for (let id = 0; id < nTerms; id++) idf.push(Math.log(1 + n / counts[id]));
  const tokenWeights = new Float64Array(names.length);
  const gramWeights = new Float64Array(names.length);
  const nameTokenStart = new Int32Array(names.length + 1);
  const nameTokens = new Int32Array(tokenTotal);
  const nameGramStart = new Int32Array(names.length + 1);
  const nameGrams = new Int32Array(gramTotal);
  let nt = 0;
  let ng = 0;
  for (let ni = 0; ni < names.length; ni++) {
    const { tokens, grams } = names[ni];
    let tw = 0;
    let gw = 0;
    for (let j = 0; j < tokens.length; j++) {
      const id = tokens[j];
      buffer[fill[id]++] = ni;
      tw += idf[id];
      nameTokens[nt++] = id;
    }
    for (let j = 0; j < grams.length; j++) {
      const id = grams[j];
      buffer[fill[id]++] = ni;
      gw += idf[id];
      nameGrams[ng++] = id;
    }
    tokenWeights[ni] = tw;
    gramWeights[ni] = gw;
    nameTokenStart[ni + 1] = nt;
    nameGramStart[ni + 1] = ng;
  }
  return { entries, names, vocab, gramVocab, vocabText, postStart: starts, postNames: buffer, idf, idfUnseen: Math.log(1 + n), nameTokenStart, nameTokens, nameGramStart, nameGrams, tokenWeights, gramWeights, scratch: new Float64Array(names.length) };
}

/** A bucket key: two letters (UTF-16 units), a side (0 first two, 1 last two) and a word length.
 *  Two ASCII letters give a small integer (below 2^23, a Smi: no heap number per lookup); other
 *  letters a key from 2^24 up, so the two ranges never meet. */
export const typoBucketKey = (c0: number, c1: number, side: number, len: number): number =>
  c0 < 128 && c1 < 128 ? (((c0 << 7) | c1) * 2 + side) * 256 + (len < 255 ? len : 255) : 0x1000000 + ((c0 * 0x10000 + c1) * 2 + side) * 256 + Math.min(len, 255);

/** The typo buckets, built on first use (cheap: two entries per listed word). */
export function typoBucketsOf(index: PartyIndex): Map<number, number[]> {
  if (index.typoBuckets) return index.typoBuckets;
  const buckets = new Map<number, number[]>();
  const add = (k: number, id: number) => {
    const arr = buckets.get(k);
    if (arr) arr.push(id);
    else buckets.set(k, [id]);
  };
  const masks = new Int32Array(index.vocabText.length);
  index.vocabText.forEach((t, id) => {
    if (t.length < 3 || t.startsWith(GRAM_PREFIX)) return;
    masks[id] = letterMask(t);
    add(typoBucketKey(t.charCodeAt(0), t.charCodeAt(1), 0, t.length), id);
    add(typoBucketKey(t.charCodeAt(t.length - 2), t.charCodeAt(t.length - 1), 1, t.length), id);
  });
  index.letterMasks = masks;
  return (index.typoBuckets = buckets);
}

/** The letters of a word as bits (char code mod 32). */
export function letterMask(w: string): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m |= 1 << (w.charCodeAt(i) & 31);
  return m;
}

/** How many bits differ between two masks. */
export function bitsApart(a: number, b: number): number {
  let x = a ^ b;
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The katakana-reading channels (skeletons of readable names, their trigrams and words), built on
 * the first katakana query: they are the costliest part of the index and most sheets are Latin.
 */
export function ensurePhonetic(index: PartyIndex): { phonGrams: Map<string, number[]>; phonWords: Map<string, number[]>; phonWhole: Map<string, number[]> } {
  if (index.phonGrams && index.phonWords && index.phonWhole) return { phonGrams: index.phonGrams, phonWords: index.phonWords, phonWhole: index.phonWhole };
  const phonCache: string[] = [];
  const phonOf = (id: number) => (phonCache[id] ??= phoneticKey(index.vocabText[id]));
  const looseCache: string[] = [];
  const looseOf = (id: number) => (looseCache[id] ??= looseKey(index.vocabText[id]));
  const phonGrams = new Map<string, number[]>();
  const phonWords = new Map<string, number[]>();
  const phonWhole = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, ni: number) => {
    const arr = m.get(k);
    if (arr) arr.push(ni);
    else m.set(k, [ni]);
  };
  index.names.forEach((nm, ni) => {
    if (!nm.readable) return;
    nm.tokenPhon = nm.tokens.map(phonOf);
    // the whole name as one word: what a katakana name written without ・ is read as (コリアレッド
    // クロスホスピタル: the h of hospital is no longer a word's first letter, R R meet)
    let joined = "";
    for (let j = 0; j < nm.tokens.length; j++) joined += index.vocabText[nm.tokens[j]];
    nm.phon = phoneticKey(joined);
    nm.tokenPhonLoose = nm.tokens.map(looseOf);
    nm.phonLoose = looseKey(joined);
    for (const g of new Set(trigrams(nm.phon))) push(phonGrams, g, ni);
    push(phonWhole, nm.phon, ni);
    const seen = new Set<string>();
    nm.tokenPhon.forEach((w, j) => {
      if (seen.has(w)) return;
      seen.add(w);
      if (w.length >= 2) push(phonWords, w, ni);
      const loose = nm.tokenPhonLoose[j];
      if (loose.length >= 2 && loose !== w) push(phonWords, loose, ni);
    });
  });
  index.phonGrams = phonGrams;
  index.phonWords = phonWords;
  index.phonWhole = phonWhole;
  return { phonGrams, phonWords, phonWhole };
}
