/**
 * Candidate search and scoring: find candidate names through the inverted indexes, keep those
 * whose score bound can still reach review, score each with the name features (best feature
 * wins), take each entry's best name, then let the country qualify it. Explanations are written
 * only for the matches returned.
 */
import type { PartyIndex } from "./name-index";
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
function distinct(xs: number[]): number[] {
  const out: number[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out;
}


/** Candidate name ids from the word, bigram and katakana-skeleton channels. */
export function candidates(q: Query, index: PartyIndex, config: MatcherConfig): Set<number> {
  const k = config.candidatesPerChannel;
  const min = config.reviewThreshold - config.countryMatchBonus;
  const out = new Set<number>();
  ensureTouched(index.names.length);
  // Very common words and bigrams (AL, MOHAMMAD, 研究) only find candidates when the query has
  // nothing rarer: a name reached through them alone cannot outweigh the query's rare word.
  const cap = config.commonPostings;
  const { idf } = index;
  const ids: number[] = [];
  for (const t of q.tokens) {
    if (t.id !== undefined && !ids.includes(t.id)) ids.push(t.id);
    for (const c of t.near) if (!ids.includes(c)) ids.push(c);
  }
  if (ids.length) {
    const rare = ids.some((id) => postingCount(index, id) <= cap);
    // each query word at its lightest: its own weight, or that of a listed word one edit away
    let qw = 0;
    for (const t of q.tokens) {
      let w = t.id !== undefined ? idf[t.id] : index.idfUnseen;
      for (const c of t.near) if (idf[c] < w) w = idf[c];
      qw += w;
    }
    let skipped = 0;
    const used: number[] = [];
    for (const id of ids)
      if (rare && postingCount(index, id) > cap) skipped += idf[id];
      else used.push(id);
    for (const ni of boundedChannel(index, k, min, used, index.tokenWeights, index.nameTokenStart, index.nameTokens, qw, skipped)) out.add(ni);
  }
  const gramIds: number[] = [];
  for (const g of q.grams) if (g.id !== undefined && !gramIds.includes(g.id)) gramIds.push(g.id);
  if (gramIds.length) {
    const rare = gramIds.some((id) => postingCount(index, id) <= cap);
    let gw = 0;
    for (const g of q.grams) gw += g.id !== undefined ? idf[g.id] : index.idfUnseen;
    let skipped = 0;
    const used: number[] = [];
    for (const id of gramIds)
      if (rare && postingCount(index, id) > cap) skipped += idf[id];
      else used.push(id);
    for (const ni of boundedChannel(index, k, min, used, index.gramWeights, index.nameGramStart, index.nameGrams, gw, skipped)) out.add(ni);
  }
  if (q.phon.length >= config.phoneticShortLength && q.phon.length < config.phoneticMinLength) {
    // a short skeleton only meets equal ones (features.ts): every name with it, and nothing else
    if (q.kanaOnly) for (const ni of ensurePhonetic(index).phonWhole.get(q.phon) ?? NONE) out.add(ni);
  } else if (q.phon.length >= config.phoneticMinLength) {
    const { phonWords, phonGrams } = ensurePhonetic(index);
    // names with a word that sounds the same, and names sharing skeleton trigrams
    const kp = config.phoneticCandidates;
    for (const ni of channel(index, kp, (add) => {
      for (let i = 0; i < q.kanaPhon.length; i++) {
        const w = q.kanaPhon[i];
        add(phonWords.get(w) ?? NONE, w.length);
        const noR = q.kanaPhonNoR[i];
        if (noR !== w) add(phonWords.get(noR) ?? NONE, noR.length);
      }
    }))
      out.add(ni);
    for (const ni of channel(index, kp, (add) => {
      for (const g of new Set(trigrams(q.phon))) add(phonGrams.get(g) ?? NONE, 1);
    }))
      out.add(ni);
  }
  return out;
}
const NONE: number[] = [];

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
  return score;
}

export function scoreEntries(q: Query, queryIso2: string | undefined, index: PartyIndex, config: MatcherConfig): EntryScore[] {
  const byEntry = new Map<number, { ni: number; score: number; feature: number }>();
  for (const ni of candidates(q, index, config)) {
    const score = quickScore(q, ni, index, config);
    if (score < 0) continue;
    const e = index.names[ni].entry;
    const prev = byEntry.get(e);
    if (!prev) byEntry.set(e, { ni, score, feature: lastFeature });
    else if (score > prev.score) {
      prev.ni = ni;
      prev.score = score;
      prev.feature = lastFeature;
    }
  }
  const out: (EntryScore & { feature: number })[] = [];
  for (const [e, { ni, score: nameScore, feature }] of byEntry) {
    // the country's score only: its sentence is written for the matches shown
    const c = countryScore(queryIso2, index.entries[e], config);
    // rounded to what the user sees, so a shown 0.900 is a hit at threshold 0.9 (以上)
    const score = Math.round(Math.max(0, Math.min(1, nameScore + c)) * 1000) / 1000;
    if (score >= config.reviewThreshold) out.push({ entry: e, name: ni, score, nameDetail: "", countryDetail: "", feature });
  }
  out.sort((a, b) => b.score - a.score || a.entry - b.entry);
  if (out.length > config.maxMatches) out.length = config.maxMatches;
  for (const m of out) {
    m.countryDetail = countryQualifier(queryIso2, index.entries[m.entry], config).detail;
    m.nameDetail = (m.feature >= 0 ? NAME_FEATURES[m.feature](q, index.names[m.name], index, config, true) : scoreName(q, m.name, index, config, true))?.detail ?? "";
  }
  return out; // (each also carries the feature that explained it)
}
