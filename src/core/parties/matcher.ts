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
import { NAME_FEATURES, countryQualifier, type FtResult } from "./features";

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
  const touched: number[] = [];
  feed((ids, w) => {
    for (const ni of ids) {
      if (acc[ni] === 0) touched.push(ni);
      acc[ni] += w;
    }
  });
  const top = new TopK(k);
  for (const ni of touched) {
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
function boundedChannel(index: PartyIndex, k: number, minScore: number, terms: number[], weights: Float64Array, termsOf: (ni: number) => number[], queryWeight: number, skipped: number): number[] {
  const { idf, postStart, postNames } = index;
  const tau = (minScore * queryWeight - 2 * skipped) / (2 - minScore);
  const sorted = [...new Set(terms)].sort((a, b) => idf[a] - idf[b]);
  let light = 0;
  let lightSum = 0;
  for (; light < sorted.length && lightSum + idf[sorted[light]] < tau; light++) lightSum += idf[sorted[light]];
  const acc = index.scratch;
  const touched: number[] = [];
  for (let i = light; i < sorted.length; i++) {
    const id = sorted[i];
    const w = idf[id];
    for (let p = postStart[id], end = postStart[id + 1]; p < end; p++) {
      const ni = postNames[p];
      if (acc[ni] === 0) touched.push(ni);
      acc[ni] += w;
    }
  }
  const top = new TopK(k);
  for (const ni of touched) {
    let a = acc[ni];
    acc[ni] = 0;
    const wn = weights[ni];
    // even with every light term, out of reach: no need to look them up (the bound grows with a)
    const most = a + lightSum + skipped;
    if (2 * most < minScore * Math.max(most + wn, queryWeight + wn)) continue;
    if (light) {
      const own = termsOf(ni);
      for (let i = 0; i < light; i++) if (own.includes(sorted[i])) a += idf[sorted[i]];
    }
    a += skipped;
    const bound = (2 * a) / Math.max(a + wn, queryWeight + wn);
    if (bound >= minScore) top.offer(ni, bound);
  }
  return top.ids;
}

/** Candidate name ids from the word, bigram and katakana-skeleton channels. */
export function candidates(q: Query, index: PartyIndex, config: MatcherConfig): Set<number> {
  const k = config.candidatesPerChannel;
  const min = config.reviewThreshold - config.countryMatchBonus;
  const out = new Set<number>();
  // Very common words and bigrams (AL, MOHAMMAD, 研究) only find candidates when the query has
  // nothing rarer: a name reached through them alone cannot outweigh the query's rare word.
  const cap = config.commonPostings;
  const { idf, names } = index;
  const postings = (id: number) => postingCount(index, id);
  const ids = [...new Set(q.tokens.flatMap((t) => (t.id !== undefined ? [t.id, ...t.near] : t.near)))];
  const rareTokens = ids.some((id) => postings(id) <= cap);
  // each query word at its lightest: its own weight, or that of a listed word one edit away
  const qw = q.tokens.reduce((sum, t) => sum + Math.min(t.id !== undefined ? idf[t.id] : index.idfUnseen, ...t.near.map((id) => idf[id])), 0);
  const skip = (id: number, rare: boolean) => rare && postings(id) > cap;
  const skippedW = ids.reduce((sum, id) => sum + (skip(id, rareTokens) ? idf[id] : 0), 0);
  if (ids.length) {
    const used = ids.filter((id) => !skip(id, rareTokens));
    for (const ni of boundedChannel(index, k, min, used, index.tokenWeights, (n) => names[n].tokens, qw, skippedW)) out.add(ni);
  }
  const gramIds = [...new Set(q.grams.flatMap((g) => (g.id !== undefined ? [g.id] : [])))];
  const rareGrams = gramIds.some((id) => postings(id) <= cap);
  const gw = q.grams.reduce((sum, g) => sum + (g.id !== undefined ? idf[g.id] : index.idfUnseen), 0);
  const skippedG = gramIds.reduce((sum, id) => sum + (skip(id, rareGrams) ? idf[id] : 0), 0);
  if (gramIds.length) {
    const used = gramIds.filter((id) => !skip(id, rareGrams));
    for (const ni of boundedChannel(index, k, min, used, index.gramWeights, (n) => names[n].grams, gw, skippedG)) out.add(ni);
  }
  if (q.phon.length >= config.phoneticMinLength) {
    const { phonWords, phonGrams } = ensurePhonetic(index);
    // names with a word that sounds the same, and names sharing skeleton trigrams
    const kp = config.phoneticCandidates;
    for (const ni of channel(index, kp, (add) => {
      for (const w of q.kanaPhon) {
        add(phonWords.get(w) ?? [], w.length);
        const noR = w.replace(/R/g, "");
        if (noR !== w) add(phonWords.get(noR) ?? [], noR.length);
      }
    }))
      out.add(ni);
    for (const ni of channel(index, kp, (add) => {
      for (const g of new Set(trigrams(q.phon))) add(phonGrams.get(g) ?? [], 1);
    }))
      out.add(ni);
  }
  return out;
}

/** The best name feature for one candidate name; acronyms from parentheses count only when exact. */
function scoreName(q: Query, ni: number, index: PartyIndex, config: MatcherConfig, explain: boolean): FtResult | null {
  const name = index.names[ni];
  if (name.kind === "acronym") {
    if (q.norm.key !== name.key) return null;
    const long = name.key.length >= 5;
    return { score: long ? 1 : config.shortAcronymScore, detail: `the acronym ${name.value} given in the list` };
  }
  let best: FtResult | null = null;
  for (const f of NAME_FEATURES) {
    const r = f(q, name, index, config, explain);
    if (r && (!best || r.score > best.score)) best = r;
  }
  return best;
}

export function scoreEntries(q: Query, queryIso2: string | undefined, index: PartyIndex, config: MatcherConfig): EntryScore[] {
  const byEntry = new Map<number, { ni: number; score: number }>();
  for (const ni of candidates(q, index, config)) {
    const r = scoreName(q, ni, index, config, false);
    if (!r) continue;
    const e = index.names[ni].entry;
    const prev = byEntry.get(e);
    if (!prev || r.score > prev.score) byEntry.set(e, { ni, score: r.score });
  }
  const out: EntryScore[] = [];
  for (const [e, { ni, score: nameScore }] of byEntry) {
    const c = countryQualifier(queryIso2, index.entries[e], config);
    // rounded to what the user sees, so a shown 0.900 is a hit at threshold 0.9 (以上)
    const score = Math.round(Math.max(0, Math.min(1, nameScore + c.score)) * 1000) / 1000;
    if (score >= config.reviewThreshold) out.push({ entry: e, name: ni, score, nameDetail: "", countryDetail: c.detail });
  }
  out.sort((a, b) => b.score - a.score || a.entry - b.entry);
  if (out.length > config.maxMatches) out.length = config.maxMatches;
  for (const m of out) m.nameDetail = scoreName(q, m.name, index, config, true)?.detail ?? "";
  return out;
}
