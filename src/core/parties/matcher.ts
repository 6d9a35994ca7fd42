/**
 * Candidate search and scoring: find candidate names through the inverted indexes, keep those
 * whose score bound can still reach review, score each with the name features (best feature
 * wins), take each entry's best name, then let the country qualify it. Explanations are written
 * only for the matches returned.
 */
import type { IndexedName, PartyIndex } from "./name-index";
import { ensurePhonetic, postingCount, trigrams } from "./name-index";
import type { Query } from "./query";
import type { MatcherConfig } from "./tuning";
import { NAME_FEATURES, bestNameFeature, bestNameScore, bestScoreFeature, countryQualifier, countryScore, type FtResult } from "./features";

export interface EntryScore {
  entry: number;
  name: number;
  score: number;
  nameDetail: string;
  countryDetail: string;
}

/**
 * The `k` best of the scored names, best first, ties in the order met (what a stable sort and a
 * cut at k would give) — without sorting thousands of touched names to keep fifteen.
 */
class TopK {
  readonly ids: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}
  offer(ni: number, score: number): void {
    const { ids, scores, k } = this;
    if (ids.length === k && score <= scores[k - 1]) return;
    let i = ids.length;
    while (i > 0 && scores[i - 1] < score) i--;
    ids.splice(i, 0, ni);
    scores.splice(i, 0, score);
    if (ids.length > k) {
      ids.pop();
      scores.pop();
    }
  }
}

/**
 * Accumulates evidence per name in the index's scratch array and returns the best `k` names.
 * Without `weights` (katakana channels) every touched name counts; with them, a name is kept only
 * when its Dice bound 2·a / max(a + w, queryWeight + w) can still reach `minScore`, where a is its
 * accumulated weight plus `skipped` (words skipped as too common may still match it) and w its
 * own weight. The bound holds because every unmatched word on either side adds its weight to the
 * denominator and `queryWeight` counts each query word at its lightest possible weight.
 */
function channel(index: PartyIndex, k: number, feed: (add: (ids: number[], w: number) => void) => void): number[] {
  const acc = index.scratch;
  const touched = touchedScratch; // sized by candidates() before any channel runs
  let nTouched = 0;
  feed((ids, w) => {
    for (let p = 0; p < ids.length; p++) {
      const ni = ids[p];
      if (acc[ni] === 0) touched[nTouched++] = ni;
      acc[ni] += w;
    }
  });
  const top = new TopK(k);
  for (let t = 0; t < nTouched; t++) {
    const ni = touched[t];
    top.offer(ni, acc[ni]);
    acc[ni] = 0;
  }
  return top.ids;
}

/**
 * The bounded channel (words, bigrams), pruned MaxScore-style before any posting is walked: a
 * name's accumulated weight a ≤ its own weight w (each term id is in a name's terms at most once),
 * so it can only reach the bound when a ≥ τ = (minScore·queryWeight − 2·skipped) / (2 − minScore).
 * The lightest terms whose weights sum below τ cannot carry a name there alone: names are found
 * through the other (essential) terms' postings only, and the light terms are then looked up in
 * each found name's own few terms.
 */
function boundedChannel(index: PartyIndex, k: number, minScore: number, terms: number[], weights: Float64Array, ownStart: Int32Array, ownTerms: Int32Array, queryWeight: number, skipped: number): number[] {
  const { idf, postStart, postNames } = index;
  const tau = (minScore * queryWeight - 2 * skipped) / (2 - minScore);
  const sorted = terms.length > 1 ? distinct(terms).sort((a, b) => idf[a] - idf[b]) : terms;
  let light = 0;
  let lightSum = 0;
  for (; light < sorted.length && lightSum + idf[sorted[light]] < tau; light++) lightSum += idf[sorted[light]];
  const acc = index.scratch;
  const touched = touchedScratch;
  let nTouched = 0;
  for (let i = light; i < sorted.length; i++) {
    const id = sorted[i];
    const w = idf[id];
    for (let p = postStart[id], end = postStart[id + 1]; p < end; p++) {
      const ni = postNames[p];
      if (acc[ni] === 0) touched[nTouched++] = ni;
      acc[ni] += w;
    }
  }
  const top = new TopK(k);
  for (let t = 0; t < nTouched; t++) {
    const ni = touched[t];
    let a = acc[ni];
    acc[ni] = 0;
    const wn = weights[ni];
    // even with every light term, out of reach: no need to look them up (the bound grows with a)
    const most = a + lightSum + skipped;
    if (2 * most < minScore * Math.max(most + wn, queryWeight + wn)) continue;
    if (light) {
      const from = ownStart[ni];
      const to = ownStart[ni + 1];
      for (let i = 0; i < light; i++) if (hasTerm(ownTerms, from, to, sorted[i])) a += idf[sorted[i]];
    }
    a += skipped;
    const bound = (2 * a) / Math.max(a + wn, queryWeight + wn);
    if (bound >= minScore) top.offer(ni, bound);
  }
  return top.ids;
}

/** Whether a name's term ids, terms[from .. to), include `id`. */
function hasTerm(terms: Int32Array, from: number, to: number, id: number): boolean {
  for (let j = from; j < to; j++) if (terms[j] === id) return true;
  return false;
}

/** Names touched by one channel (scratch sized to the largest index seen; one screen at a time). */
let touchedScratch = new Int32Array(0);
function ensureTouched(n: number): void {
  if (touchedScratch.length < n) touchedScratch = new Int32Array(n);
}

/** The distinct values of a short list, in order. */
function distinct<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (!out.includes(xs[i])) out.push(xs[i]);
  return out;
}

/** Which names are already candidates (scratch by name id, cleared before candidates() returns). */
let isCandidate = new Uint8Array(0);
/** Adds names to the candidates once each, in the order met (what a Set would keep). Indexed loops
 *  here and below, not for-of: a sheet's first few thousand names run before the JIT has
 *  optimised this code, and iterators cost most there. */
function addAll(out: number[], ids: readonly number[]): void {
  for (let i = 0; i < ids.length; i++) {
    const ni = ids[i];
    if (isCandidate[ni]) continue;
    isCandidate[ni] = 1;
    out.push(ni);
  }
}

/** Sum of the weights of the query's words, each at its lightest (its own, or a listed word's one edit away). */
function lightestWordWeights(q: Query, index: PartyIndex): number {
  const idf = index.idf;
  let qw = 0;
  for (let i = 0; i < q.tokens.length; i++) {
    const t = q.tokens[i];
    let w = t.id !== undefined ? idf[t.id] : index.idfUnseen;
    for (let j = 0; j < t.near.length; j++) if (idf[t.near[j]] < w) w = idf[t.near[j]];
    qw += w;
  }
  return qw;
}

/** Candidate name ids from the word, bigram and katakana-skeleton channels, each once, in the order found. */
export function candidates(q: Query, index: PartyIndex, config: MatcherConfig): number[] {
  const out: number[] = [];
  ensureTouched(index.names.length);
  if (isCandidate.length < index.names.length) isCandidate = new Uint8Array(index.names.length);
  try {
    collectCandidates(q, index, config, out);
  } finally {
    // (even after a defect: a mark left behind would hide that name from every later search)
    for (let i = 0; i < out.length; i++) isCandidate[out[i]] = 0;
  }
  return out;
}

function collectCandidates(q: Query, index: PartyIndex, config: MatcherConfig, out: number[]): void {
  const k = config.candidatesPerChannel;
  const min = config.reviewThreshold - config.countryMatchBonus;
  // Very common words and bigrams (AL, MOHAMMAD, 研究) only find candidates when the query has
  // nothing rarer: a name reached through them alone cannot outweigh the query's rare word.
  const cap = config.commonPostings;
  const { idf } = index;
  const ids: number[] = [];
  for (let i = 0; i < q.tokens.length; i++) {
    const t = q.tokens[i];
    if (t.id !== undefined && !ids.includes(t.id)) ids.push(t.id);
    for (let j = 0; j < t.near.length; j++) if (!ids.includes(t.near[j])) ids.push(t.near[j]);
  }
  if (ids.length) addAll(out, boundedTerms(index, k, min, ids, cap, lightestWordWeights(q, index), index.tokenWeights, index.nameTokenStart, index.nameTokens));
  const gramIds: number[] = [];
  let gw = 0;
  for (let i = 0; i < q.grams.length; i++) {
    const id = q.grams[i].id;
    gw += id !== undefined ? idf[id] : index.idfUnseen;
    if (id !== undefined && !gramIds.includes(id)) gramIds.push(id);
  }
  if (gramIds.length) addAll(out, boundedTerms(index, k, min, gramIds, cap, gw, index.gramWeights, index.nameGramStart, index.nameGrams));
  if (q.phon.length >= config.phoneticShortLength && q.phon.length < config.phoneticMinLength) {
    // a short skeleton only meets equal ones (features.ts): every name with it, and nothing else
    if (q.kanaOnly) addAll(out, ensurePhonetic(index).phonWhole.get(q.phon) ?? NONE);
  } else if (q.phon.length >= config.phoneticMinLength) {
    const { phonWords, phonGrams } = ensurePhonetic(index);
    // names with a word that sounds the same, and names sharing skeleton trigrams
    const kp = config.phoneticCandidates;
    addAll(
      out,
      channel(index, kp, (add) => {
        for (let i = 0; i < q.kanaPhon.length; i++) {
          const w = q.kanaPhon[i];
          add(phonWords.get(w) ?? NONE, w.length);
          const loose = q.kanaPhonLoose[i];
          if (loose !== w) add(phonWords.get(loose) ?? NONE, loose.length);
        }
      }),
    );
    const grams = distinct(trigrams(q.phon));
    addAll(
      out,
      channel(index, kp, (add) => {
        for (let i = 0; i < grams.length; i++) add(phonGrams.get(grams[i]) ?? NONE, 1);
      }),
    );
  }
}
const NONE: number[] = [];

/** The bounded channel over terms: the very common ones only count as `skipped` weight when the
 *  query has a rarer term (see candidates). */
function boundedTerms(index: PartyIndex, k: number, min: number, ids: number[], cap: number, queryWeight: number, weights: Float64Array, ownStart: Int32Array, ownTerms: Int32Array): number[] {
  let rare = false;
  for (let i = 0; i < ids.length && !rare; i++) rare = postingCount(index, ids[i]) <= cap;
  let skipped = 0;
  const used: number[] = [];
  for (let i = 0; i < ids.length; i++)
    if (rare && postingCount(index, ids[i]) > cap) skipped += index.idf[ids[i]];
    else used.push(ids[i]);
  return boundedChannel(index, k, min, used, weights, ownStart, ownTerms, queryWeight, skipped);
}

/** The best name feature for one candidate name, explained; acronyms from parentheses count only when exact. */
function scoreName(q: Query, ni: number, index: PartyIndex, config: MatcherConfig, explain: boolean): FtResult | null {
  const name = index.names[ni];
  if (name.kind === "acronym") {
    if (q.norm.key !== name.key) return null;
    const long = name.key.length >= 5;
    return { score: long ? 1 : config.shortAcronymScore, detail: `the acronym ${name.value} given in the list` };
  }
  // scores first; only the winning feature writes its explanation
  const f = bestNameFeature(q, name, index, config);
  return f >= 0 ? NAME_FEATURES[f](q, name, index, config, explain) : null;
}

/** scoreName's score alone (−1: no match), without building results or explanations; which
 *  feature gave it is left in `lastFeature` (−1 for an acronym), so that explaining a shown match
 *  runs that feature alone instead of every feature again. */
let lastFeature = -1;
function quickScore(q: Query, ni: number, index: PartyIndex, config: MatcherConfig): number {
  const name = index.names[ni];
  lastFeature = -1;
  if (name.kind === "acronym") {
    if (q.norm.key !== name.key) return -1;
    return name.key.length >= 5 ? 1 : config.shortAcronymScore;
  }
  const score = bestNameScore(q, name, index, config);
  lastFeature = bestScoreFeature();
  // A list name of one or two Chinese/Japanese characters (MOF nicknames: サン, アリ, 番人, 「基地」) is
  // weak evidence even when equal: such words are everyday Japanese. (Two-letter Latin company
  // names — OOO MG, FT Ltd — are names as written and stay hits.)
  return isShortScriptName(name) && score > config.shortAcronymScore ? config.shortAcronymScore : score;
}

/** A name that is one or two Chinese/Japanese characters and nothing else. */
const isShortScriptName = (name: IndexedName): boolean => name.grams.length === 1 && name.tokens.length === 0;

/** Per entry, the best name met so far (scratch by entry id; −1 = not met), cleared after each search. */
let bestName = new Int32Array(0);
let bestScore = new Float64Array(0);
let bestFeature = new Int8Array(0);

export function scoreEntries(q: Query, queryIso2: string | undefined, index: PartyIndex, config: MatcherConfig): EntryScore[] {
  const nEntries = index.entries.length;
  if (bestName.length < nEntries) {
    bestName = new Int32Array(nEntries).fill(-1);
    bestScore = new Float64Array(nEntries);
    bestFeature = new Int8Array(nEntries);
  }
  // each entry's best name, the first met among equals (entries in the order first met)
  const met: number[] = [];
  const out: (EntryScore & { feature: number })[] = [];
  try {
    const found = candidates(q, index, config);
    for (let i = 0; i < found.length; i++) {
      const ni = found[i];
      const score = quickScore(q, ni, index, config);
      if (score < 0) continue;
      const e = index.names[ni].entry;
      if (bestName[e] < 0) met.push(e);
      else if (!(score > bestScore[e])) continue;
      bestName[e] = ni;
      bestScore[e] = score;
      bestFeature[e] = lastFeature;
    }
    for (let i = 0; i < met.length; i++) {
      const e = met[i];
      // the country's score only: its sentence is written for the matches shown
      const c = countryScore(queryIso2, index.entries[e], config);
      // rounded to what the user sees, so a shown 0.900 is a hit at threshold 0.9 (以上)
      const score = Math.round(Math.max(0, Math.min(1, bestScore[e] + c)) * 1000) / 1000;
      if (score >= config.reviewThreshold) out.push({ entry: e, name: bestName[e], score, nameDetail: "", countryDetail: "", feature: bestFeature[e] });
    }
  } finally {
    // (even after a defect: an entry left marked would lose its matches in every later search)
    for (let i = 0; i < met.length; i++) bestName[met[i]] = -1;
  }
  out.sort((a, b) => b.score - a.score || a.entry - b.entry);
  if (out.length > config.maxMatches) out.length = config.maxMatches;
  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    m.countryDetail = countryQualifier(queryIso2, index.entries[m.entry], config).detail;
    m.nameDetail = (m.feature >= 0 ? NAME_FEATURES[m.feature](q, index.names[m.name], index, config, true) : scoreName(q, m.name, index, config, true))?.detail ?? "";
    if (isShortScriptName(index.names[m.name])) m.nameDetail += `; a name of ${index.names[m.name].value.length} characters: weak evidence, at most ${config.shortAcronymScore}`;
  }
  return out; // (each also carries the feature that explained it)
}
