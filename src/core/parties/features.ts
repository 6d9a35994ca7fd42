/**
 * Matching features. Each is one small function: (query, candidate name, index, config) → a
 * score in 0..1 and a detail sentence saying why, or null when it does not apply. The `why` of a
 * match is assembled from these details (nomenklatura's FtResult habit).
 */
import { osaDistance } from "../text/distance";
import { firstVowelsAgree } from "../text/phonetic";

/** A reading counts per word from 0.5 similarity, and as a whole name from 0.6. */
const WORD_MIN = 0.5;
const WHOLE_MIN = 0.6;
import { ensurePhonetic, GRAM_PREFIX, type IndexedEntry, type IndexedName, type PartyIndex } from "./name-index";
import type { Query } from "./query";
import type { MatcherConfig } from "./tuning";

export interface FtResult {
  score: number;
  detail: string;
}

/** Similarity of a query word matched to listed word `c`: 1 when equal, else one edit on its length. */
export function wordSimilarity(exact: boolean, c: number, index: PartyIndex, config: MatcherConfig): number {
  return exact ? 1 : Math.max(0, 1 - config.typoEditCost / index.vocabText[c].length);
}

/** Weight of the CJK part on one side that the other side has no CJK to answer (SMC技術センター vs SMC). */
function unansweredScript(q: Query, name: IndexedName, index: PartyIndex): number {
  if (q.grams.length && !name.grams.length) {
    let w = 0;
    for (let i = 0; i < q.grams.length; i++) {
      const id = q.grams[i].id;
      w += id !== undefined ? index.idf[id] : index.idfUnseen;
    }
    return w;
  }
  if (!q.grams.length && name.grams.length) return index.gramWeights[name.id];
  return 0;
}

/** Scratch for the matched listed token of each query token (−1: none); JS runs one screen at a time. */
let matchedScratch = new Int32Array(16);

/** Whether listed token `c` is already matched to one of the first `n` query tokens. */
function isUsed(matched: Int32Array, n: number, c: number): boolean {
  for (let i = 0; i < n; i++) if (matched[i] === c) return true;
  return false;
}

/** Agreement of the Latin words, left in tokNum / tokDen / tokUsed, and in `matchedScratch` which
 *  listed token each query token met: exact words first, then one-edit neighbours, each listed
 *  word once; every word on either side that met none counts in the denominator. */
let tokNum = 0;
let tokDen = 0;
let tokUsed = 0;
function tokenAgreement(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): void {
  const qt = q.tokens;
  const nt = name.tokens;
  if (matchedScratch.length < qt.length) matchedScratch = new Int32Array(qt.length * 2);
  const matched = matchedScratch;
  const n = qt.length;
  let usedCount = 0;
  for (let i = 0; i < n; i++) {
    const id = qt[i].id;
    matched[i] = -1;
    if (id !== undefined && nt.includes(id) && !isUsed(matched, i, id)) {
      matched[i] = id;
      usedCount++;
    }
  }
  for (let i = 0; i < n; i++) {
    if (matched[i] >= 0) continue;
    const near = qt[i].near;
    for (let j = 0; j < near.length; j++) {
      const c = near[j];
      if (nt.includes(c) && !isUsed(matched, n, c)) {
        matched[i] = c;
        usedCount++;
        break;
      }
    }
  }
  const idf = index.idf;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const c = matched[i];
    const t = qt[i];
    if (c < 0) {
      den += t.id !== undefined ? idf[t.id] : index.idfUnseen;
      continue;
    }
    const w = idf[c];
    num += wordSimilarity(c === t.id, c, index, config) * 2 * w;
    den += 2 * w;
  }
  for (let j = 0; j < nt.length; j++) if (!isUsed(matched, n, nt[j])) den += idf[nt[j]];
  tokNum = num;
  tokDen = den;
  tokUsed = usedCount;
}

/** Whether both names have Latin words and Chinese/Japanese-script text (JFEエンジニアリング). */
const bothScriptsBothSides = (q: Query, name: IndexedName): boolean => q.tokens.length > 0 && q.grams.length > 0 && name.tokens.length > 0 && name.grams.length > 0;

/**
 * One score for two names that both mix scripts: the words and the character pairs together, the
 * pairs counted as one word per side (a katakana word has many pairs; a Latin word is one term).
 * Scored apart, JFEエンジニアリング met T.M.G.エンジニアリング as a hit (7/7 pairs, the Latin
 * parts never asked), and a shared "JV" alone made a hit of two different companies.
 */
function mixedScore(): number {
  const scale = 2 / (gramCount || 1);
  const den = tokDen + gramDen * scale;
  return den > 0 ? (tokNum + gramNum * scale) / den : 0;
}

/** The token-set score (−1 when it does not apply), leaving in `matchedScratch` which listed token
 *  each query token met. */
function tokenSetScore(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): number {
  if (!q.tokens.length || !name.tokens.length) return -1;
  tokenAgreement(q, name, index, config);
  if (!tokUsed) return -1;
  if (bothScriptsBothSides(q, name)) {
    gramAgreement(q, name, index);
    return mixedScore();
  }
  return tokNum / (tokDen + unansweredScript(q, name, index));
}

/** The query's words and the name's words agree, weighted by rarity (IDF), one typo tolerated per word. */
export function tokenSetMatch(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, explain = false): FtResult | null {
  const score = tokenSetScore(q, name, index, config);
  if (score < 0) return null;
  if (!explain) return { score, detail: "" };
  // plain loops: spreading a typed-array view and chained callbacks cost more than the scoring itself
  const n = q.tokens.length;
  const matched = matchedScratch;
  const agreed: string[] = [];
  const extra: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = q.tokens[i];
    const c = matched[i];
    if (c < 0) extra.push(t.text);
    else agreed.push(c === t.id ? t.text : `${t.text}≈${index.vocabText[c]}`);
  }
  const missing: string[] = [];
  for (const c of name.tokens) if (!isUsed(matched, n, c)) missing.push(index.vocabText[c]);
  let detail = `words agree: ${agreed.join(", ")}`;
  if (q.grams.length !== 0 !== (name.grams.length !== 0)) detail += "; the Chinese/Japanese-script part has no counterpart";
  else if (bothScriptsBothSides(q, name)) detail += `; scored with the Chinese/Japanese-script part: ${gramShared}/${Math.max(q.grams.length, name.grams.length)} character pairs agree`;
  if (missing.length) detail += `; not in query: ${missing.join(", ")}`;
  if (extra.length) detail += `; not in list name: ${extra.join(", ")}`;
  return { score, detail };
}

/** Whether a name's bigram ids include `id`. */
function hasGram(grams: number[], id: number): boolean {
  for (let j = 0; j < grams.length; j++) if (grams[j] === id) return true;
  return false;
}

/** Whether the query has CJK bigram `id`. */
function queryHasGram(q: Query, id: number): boolean {
  const grams = q.grams;
  for (let i = 0; i < grams.length; i++) if (grams[i].id === id) return true;
  return false;
}

/** Agreement of the CJK bigrams, left in gramNum / gramDen / gramShared (and gramCount, both
 *  sides' bigrams). Query bigrams are distinct, so a listed bigram the query also has is one it
 *  shares. */
let gramNum = 0;
let gramDen = 0;
let gramShared = 0;
let gramCount = 0;
function gramAgreement(q: Query, name: IndexedName, index: PartyIndex): void {
  const idf = index.idf;
  let num = 0;
  let den = 0;
  let shared = 0;
  for (let i = 0; i < q.grams.length; i++) {
    const id = q.grams[i].id;
    if (id !== undefined && hasGram(name.grams, id)) {
      num += 2 * idf[id];
      den += 2 * idf[id];
      shared++;
    } else den += id !== undefined ? idf[id] : index.idfUnseen;
  }
  for (let j = 0; j < name.grams.length; j++) if (!queryHasGram(q, name.grams[j])) den += idf[name.grams[j]];
  gramNum = num;
  gramDen = den;
  gramShared = shared;
  gramCount = q.grams.length + name.grams.length;
}

/** The bigram score (−1 when it does not apply). */
function bigramScore(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): number {
  if (!q.grams.length || !name.grams.length) return -1;
  gramAgreement(q, name, index);
  if (!gramShared) return -1;
  if (bothScriptsBothSides(q, name)) {
    tokenAgreement(q, name, index, config);
    return mixedScore();
  }
  let den = gramDen;
  // Latin words on one side only (SMC技術センター vs 技術センター) count against the match
  if (q.tokens.length && !name.tokens.length) {
    let latin = 0;
    for (let i = 0; i < q.tokens.length; i++) {
      const id = q.tokens[i].id;
      latin += id !== undefined ? index.idf[id] : index.idfUnseen;
    }
    den += latin;
  } else if (!q.tokens.length && name.tokens.length) den += index.tokenWeights[name.id];
  return gramNum / den;
}

/** The query's CJK text and the name's share character bigrams, weighted by rarity. */
export function bigramMatch(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, explain = false): FtResult | null {
  const score = bigramScore(q, name, index, config);
  if (score < 0) return null;
  if (!explain) return { score, detail: "" };
  // plain loop: this runs for every shown match of a Chinese/Japanese-script query
  let seen = 0;
  const sample: string[] = [];
  for (const g of q.grams)
    if (g.id !== undefined && hasGram(name.grams, g.id) && seen++ < 4) sample.push(index.vocabText[g.id].replace(GRAM_PREFIX, ""));
  let detail = `${seen}/${Math.max(q.grams.length, name.grams.length)} character pairs agree (${sample.join(" ")}…)`;
  if (bothScriptsBothSides(q, name)) detail += `; scored with the Latin words: ${tokUsed} of ${q.tokens.length} agree`;
  return { score, detail };
}

/** OSA similarity, exact when at least `floor`; below it only known to be below (early exit). */
function similarityAtLeast(a: string, b: string, floor: number): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  return 1 - osaDistance(a, b, Math.floor(len * (1 - floor))) / len;
}

/** What soundSimilarity can reach at most, from lengths alone (a distance is at least the length
 *  difference): comparisons that cannot matter are skipped without running the distance. */
function soundUpperBound(a: string, aLoose: string, b: string, bLoose: string): number {
  const full = 1 - Math.abs(a.length - b.length) / Math.max(a.length, b.length, 1);
  if (!aLoose || !bLoose) return full;
  return Math.max(full, 1 - Math.abs(aLoose.length - bLoose.length) / Math.max(aLoose.length, bLoose.length, 1));
}

/**
 * Skeleton similarity, also of the loose forms (text/phonetic.ts looseKey: no R — English "er"/"ar"
 * is a long vowel in katakana, energy = エナジー — and a syllable-closing ng read as n), which come
 * precomputed. Exact from `floor` up: every caller discards similarities below it, so the
 * distance may stop early.
 */
function soundSimilarity(a: string, aLoose: string, b: string, bLoose: string, floor: number): number {
  const full = similarityAtLeast(a, b, floor);
  if (full === 1 || (a === aLoose && b === bLoose)) return full;
  return aLoose && bLoose ? Math.max(full, similarityAtLeast(aLoose, bLoose, floor)) : full;
}

/** Which of a name's words a reading already landed on (scratch, one screen at a time). */
let usedWords = new Uint8Array(32);

/**
 * The lowest reading similarity that can still matter: below it, sim · phoneticFactor plus the
 * largest country bonus stays under reviewThreshold (with a margin for the rounding to 0.001 of
 * what the user sees), so the entry would be dropped whatever the reading gave. Readings below
 * it are not computed exactly — the answers are the same, and most comparisons stop at their
 * lengths. Never below WHOLE_MIN, the floor a reading has on its own.
 */
function readingFloor(config: MatcherConfig): number {
  const needed = (config.reviewThreshold - Math.max(0, config.countryMatchBonus) - 0.001) / config.phoneticFactor;
  return needed > WHOLE_MIN ? needed : WHOLE_MIN;
}

/**
 * What the word-by-word reading can reach at most, from the name's word weights alone: with U the
 * weight of the name words readings land on and W that of all its words, the score is at most
 * 2U / (U + W + u · idfUnseen) (u query words land nowhere), which grows with U — so the `kq`
 * heaviest comparable words, all at similarity 1, bound it.
 */
function wordsUpperBound(kq: number, name: IndexedName, index: PartyIndex): number {
  const tp = name.tokenPhon;
  const idf = index.idf;
  let all = 0;
  let comparable = 0;
  let comparableWeight = 0;
  for (let j = 0; j < tp.length; j++) {
    const w = idf[name.tokens[j]];
    all += w;
    if (tp[j]) {
      comparable++;
      comparableWeight += w;
    }
  }
  let top = comparableWeight;
  if (kq < comparable) {
    // the kq heaviest: a few passes over a few words
    if (usedWords.length < tp.length) usedWords = new Uint8Array(tp.length * 2);
    const used = usedWords.fill(0, 0, tp.length);
    top = 0;
    for (let k = 0; k < kq; k++) {
      let bj = -1;
      for (let j = 0; j < tp.length; j++) if (tp[j] && !used[j] && (bj < 0 || idf[name.tokens[j]] > idf[name.tokens[bj]])) bj = j;
      used[bj] = 1;
      top += idf[name.tokens[bj]];
    }
  }
  const den = top + all + Math.max(0, kq - comparable) * index.idfUnseen;
  return den > 0 ? (2 * top) / den : 0;
}

/** The reading similarity before the phonetic factor (−1 when it does not apply or cannot reach readingFloor). */
function readingSimilarity(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): number {
  if (!q.kanaPhon.length || !name.readable || !(config.phoneticFactor > 0)) return -1;
  ensurePhonetic(index);
  if (q.phon.length < config.phoneticShortLength || name.phon.length < config.phoneticShortLength) return -1;
  // short skeletons (ケプラー = KPR) collide by similarity: below phoneticMinLength only equal ones count
  const exactOnly = q.phon.length < config.phoneticMinLength || name.phon.length < config.phoneticMinLength;
  if (exactOnly && !q.kanaOnly) return -1;
  const floor = exactOnly ? 1 : readingFloor(config);
  // unsegmented katakana (no ・ or spaces) can only be compared as one string
  // (below the floor a whole-name similarity decides nothing: taken as 0 without computing it)
  // (equal means equal with every R: without them three or four consonants say too little)
  let whole = 0;
  if (q.kanaPhon.length === 1)
    if (exactOnly) whole = q.phon === name.phon && firstVowelsAgree(q.kanaRead[0], index.vocabText[name.tokens[0]]) ? 1 : 0;
    else if (soundUpperBound(q.phon, q.phonLoose, name.phon, name.phonLoose) >= floor) whole = soundSimilarity(q.phon, q.phonLoose, name.phon, name.phonLoose, floor);
  let words = 0;
  const wordMin = exactOnly ? 1 : WORD_MIN;
  if (q.kanaPhon.length > 1 && wordsUpperBound(q.kanaPhon.length, name, index) >= floor) {
    // word by word, weighted by the rarity of the list word each reading lands on
    const tp = name.tokenPhon;
    if (usedWords.length < tp.length) usedWords = new Uint8Array(tp.length * 2);
    const used = usedWords.fill(0, 0, tp.length);
    let num = 0;
    let den = 0;
    for (let i = 0; i < q.kanaPhon.length; i++) {
      const kp = q.kanaPhon[i];
      let best = -1;
      let bestSim = 0;
      for (let j = 0; j < tp.length; j++) {
        if (used[j] || !tp[j]) continue;
        // a word that cannot beat the best so far, or reach WORD_MIN, changes nothing
        if (exactOnly) {
          if (bestSim < 1 && kp === tp[j] && firstVowelsAgree(q.kanaRead[i], index.vocabText[name.tokens[j]])) {
            best = j;
            bestSim = 1;
          }
          continue;
        }
        const ub = soundUpperBound(kp, q.kanaPhonLoose[i], tp[j], name.tokenPhonLoose[j]);
        if (ub <= bestSim || ub < WORD_MIN) continue;
        const s = soundSimilarity(kp, q.kanaPhonLoose[i], tp[j], name.tokenPhonLoose[j], WORD_MIN);
        if (s > bestSim) {
          best = j;
          bestSim = s;
        }
      }
      if (best >= 0 && bestSim >= wordMin) {
        used[best] = 1;
        const w = index.idf[name.tokens[best]];
        num += 2 * w * bestSim;
        den += 2 * w;
      } else den += index.idfUnseen;
    }
    for (let j = 0; j < name.tokens.length; j++) if (!used[j]) den += index.idf[name.tokens[j]];
    words = den ? num / den : 0;
  }
  const sim = Math.max(whole, words);
  if (sim < floor) return -1;
  shortReading = exactOnly;
  // equal short skeletons are weak evidence: scored at shortReadingScore, where the country decides
  return exactOnly ? config.shortReadingScore / config.phoneticFactor : sim;
}
/** Whether the last reading that applied was a short one (equal skeletons). */
let shortReading = false;

/** The katakana query, read aloud, sounds like the Latin name (consonant skeletons nearly equal). */
export function kanaReading(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, explain = false): FtResult | null {
  const sim = readingSimilarity(q, name, index, config);
  if (sim < 0) return null;
  if (!explain) return { score: sim * config.phoneticFactor, detail: "" };
  const how = shortReading ? "has the same consonants (a short name: weak evidence)" : `sounds like it (${sim.toFixed(2)})`;
  return { score: sim * config.phoneticFactor, detail: `katakana read as "${q.kanaRead.join(" ")}" ${how}` };
}

/** The best name-level score without explanations (−1 when no feature applies), and which of
 *  NAME_FEATURES gave it (the first of equals): the hot path of candidate scoring — the same
 *  scores as NAME_FEATURES, no objects allocated. */
export function bestNameScore(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): number {
  return bestOf(q, name, index, config, false);
}
export function bestNameFeature(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig): number {
  return bestOf(q, name, index, config, true);
}
/** Which feature gave the last bestNameScore (−1: none applied). */
let lastBest = -1;
export const bestScoreFeature = (): number => lastBest;
function bestOf(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, which: boolean): number {
  let best = tokenSetScore(q, name, index, config);
  let f = best >= 0 ? 0 : -1;
  const b = bigramScore(q, name, index, config);
  if (b > best) {
    best = b;
    f = 1;
  }
  const r = readingSimilarity(q, name, index, config);
  if (r >= 0 && r * config.phoneticFactor > best) {
    best = r * config.phoneticFactor;
    f = 2;
  }
  lastBest = f;
  return which ? f : best;
}

/** countryQualifier's score alone (no sentence): scored for every candidate entry. */
export function countryScore(queryIso2: string | undefined, entry: IndexedEntry, config: MatcherConfig): number {
  if (!queryIso2 || !entry.iso2) return 0;
  return queryIso2 === entry.iso2 ? config.countryMatchBonus : -config.countryMismatchPenalty;
}

/** The query's country equals or differs from the entry's; it moves the score a little, never filters. */
export function countryQualifier(queryIso2: string | undefined, entry: IndexedEntry, config: MatcherConfig): FtResult {
  if (!queryIso2 || !entry.iso2) return { score: 0, detail: queryIso2 ? "entry has no country: not used" : "" };
  if (queryIso2 === entry.iso2) return { score: config.countryMatchBonus, detail: `country ${queryIso2} agrees (+${config.countryMatchBonus})` };
  return { score: -config.countryMismatchPenalty, detail: `country ${queryIso2} ≠ ${entry.iso2} (−${config.countryMismatchPenalty}; a front abroad stays possible)` };
}

/** The name-level features, in the order their details are shown. */
export const NAME_FEATURES = [tokenSetMatch, bigramMatch, kanaReading] as const;
