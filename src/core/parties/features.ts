/**
 * Matching features. Each is one small function: (query, candidate name, index, config) → a
 * score in 0..1 and a detail sentence saying why, or null when it does not apply. The `why` of a
 * match is assembled from these details (nomenklatura's FtResult habit).
 */
import { osaDistance } from "../text";

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
  if (q.grams.length && !name.grams.length) return q.grams.reduce((a, g) => a + (g.id !== undefined ? index.idf[g.id] : index.idfUnseen), 0);
  if (!q.grams.length && name.grams.length) return index.gramWeights[name.id];
  return 0;
}

/** The query's words and the name's words agree, weighted by rarity (IDF), one typo tolerated per word. */
export function tokenSetMatch(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, explain = false): FtResult | null {
  if (!q.tokens.length || !name.tokens.length) return null;
  const used = new Set<number>();
  const matched: (number | undefined)[] = new Array(q.tokens.length);
  q.tokens.forEach((t, i) => {
    if (t.id !== undefined && name.tokens.includes(t.id) && !used.has(t.id)) {
      matched[i] = t.id;
      used.add(t.id);
    }
  });
  q.tokens.forEach((t, i) => {
    if (matched[i] !== undefined) return;
    const c = t.near.find((id) => name.tokens.includes(id) && !used.has(id));
    if (c !== undefined) {
      matched[i] = c;
      used.add(c);
    }
  });
  let num = 0;
  let den = 0;
  q.tokens.forEach((t, i) => {
    const c = matched[i];
    if (c === undefined) {
      den += t.id !== undefined ? index.idf[t.id] : index.idfUnseen;
      return;
    }
    const w = index.idf[c];
    num += wordSimilarity(c === t.id, c, index, config) * 2 * w;
    den += 2 * w;
  });
  if (!used.size) return null;
  for (const c of name.tokens) if (!used.has(c)) den += index.idf[c];
  den += unansweredScript(q, name, index);
  const score = num / den;
  if (!explain) return { score, detail: "" };
  const agreed = q.tokens.flatMap((t, i) => {
    const c = matched[i];
    return c === undefined ? [] : [c === t.id ? t.text : `${t.text}≈${index.vocabText[c]}`];
  });
  const missing = name.tokens.filter((c) => !used.has(c)).map((c) => index.vocabText[c]);
  const extra = q.tokens.filter((_, i) => matched[i] === undefined).map((t) => t.text);
  let detail = `words agree: ${agreed.join(", ")}`;
  if (q.grams.length !== 0 !== (name.grams.length !== 0)) detail += "; the Chinese/Japanese-script part has no counterpart";
  if (missing.length) detail += `; not in query: ${missing.join(", ")}`;
  if (extra.length) detail += `; not in list name: ${extra.join(", ")}`;
  return { score, detail };
}

/** The query's CJK text and the name's share character bigrams, weighted by rarity. */
export function bigramMatch(q: Query, name: IndexedName, index: PartyIndex, _config: MatcherConfig, explain = false): FtResult | null {
  if (!q.grams.length || !name.grams.length) return null;
  let num = 0;
  let den = 0;
  let shared = 0;
  const seen = new Set<number>();
  for (const g of q.grams) {
    if (g.id !== undefined && name.grams.includes(g.id)) {
      num += 2 * index.idf[g.id];
      den += 2 * index.idf[g.id];
      seen.add(g.id);
      shared++;
    } else den += g.id !== undefined ? index.idf[g.id] : index.idfUnseen;
  }
  for (const c of name.grams) if (!seen.has(c)) den += index.idf[c];
  if (!shared) return null;
  // Latin words on one side only (SMC技術センター vs 技術センター) count against the match
  if (q.tokens.length && !name.tokens.length) den += q.tokens.reduce((a, t) => a + (t.id !== undefined ? index.idf[t.id] : index.idfUnseen), 0);
  else if (!q.tokens.length && name.tokens.length) den += index.tokenWeights[name.id];
  const score = num / den;
  if (!explain) return { score, detail: "" };
  const sample = [...seen].slice(0, 4).map((id) => index.vocabText[id].replace(GRAM_PREFIX, ""));
  return { score, detail: `${shared}/${Math.max(q.grams.length, name.grams.length)} character pairs agree (${sample.join(" ")}…)` };
}

/** OSA similarity, exact when at least `floor`; below it only known to be below (early exit). */
function similarityAtLeast(a: string, b: string, floor: number): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  return 1 - osaDistance(a, b, Math.floor(len * (1 - floor))) / len;
}

/**
 * Skeleton similarity, also without r (English "er"/"ar" is a long vowel in katakana: energy =
 * エナジー); the r-less forms come precomputed. Exact from `floor` up: every caller discards
 * similarities below it, so the distance may stop early.
 */
function soundSimilarity(a: string, aNoR: string, b: string, bNoR: string, floor: number): number {
  const full = similarityAtLeast(a, b, floor);
  if (full === 1 || (a === aNoR && b === bNoR)) return full;
  return aNoR && bNoR ? Math.max(full, similarityAtLeast(aNoR, bNoR, floor)) : full;
}

/** The katakana query, read aloud, sounds like the Latin name (consonant skeletons nearly equal). */
export function kanaReading(q: Query, name: IndexedName, index: PartyIndex, config: MatcherConfig, explain = false): FtResult | null {
  if (!q.kanaPhon.length || !name.readable) return null;
  ensurePhonetic(index);
  if (q.phon.length < config.phoneticMinLength || name.phon.length < config.phoneticMinLength) return null;
  // unsegmented katakana (no ・ or spaces) can only be compared as one string
  const whole = q.kanaPhon.length === 1 ? soundSimilarity(q.phon, q.phonNoR, name.phon, name.phonNoR, WHOLE_MIN) : 0;
  let words = 0;
  if (q.kanaPhon.length > 1) {
    // word by word, weighted by the rarity of the list word each reading lands on
    const used = new Set<number>();
    let num = 0;
    let den = 0;
    for (let i = 0; i < q.kanaPhon.length; i++) {
      const kp = q.kanaPhon[i];
      let best = -1;
      let bestSim = 0;
      name.tokenPhon.forEach((tp, j) => {
        if (used.has(j) || !tp) return;
        const s = soundSimilarity(kp, q.kanaPhonNoR[i], tp, name.tokenPhonNoR[j], WORD_MIN);
        if (s > bestSim) [best, bestSim] = [j, s];
      });
      if (best >= 0 && bestSim >= WORD_MIN) {
        used.add(best);
        const w = index.idf[name.tokens[best]];
        num += 2 * w * bestSim;
        den += 2 * w;
      } else den += index.idfUnseen;
    }
    name.tokens.forEach((c, j) => {
      if (!used.has(j)) den += index.idf[c];
    });
    words = den ? num / den : 0;
  }
  const sim = Math.max(whole, words);
  if (sim < WHOLE_MIN) return null;
  if (!explain) return { score: sim * config.phoneticFactor, detail: "" };
  return { score: sim * config.phoneticFactor, detail: `katakana read as "${q.read.join(" ")}" sounds like it (${sim.toFixed(2)})` };
}

/** The query's country equals or differs from the entry's; it moves the score a little, never filters. */
export function countryQualifier(queryIso2: string | undefined, entry: IndexedEntry, config: MatcherConfig): FtResult {
  if (!queryIso2 || !entry.iso2) return { score: 0, detail: queryIso2 ? "entry has no country: not used" : "" };
  if (queryIso2 === entry.iso2) return { score: config.countryMatchBonus, detail: `country ${queryIso2} agrees (+${config.countryMatchBonus})` };
  return { score: -config.countryMismatchPenalty, detail: `country ${queryIso2} ≠ ${entry.iso2} (−${config.countryMismatchPenalty}; a front abroad stays possible)` };
}

/** The name-level features, in the order their details are shown. */
export const NAME_FEATURES = [tokenSetMatch, bigramMatch, kanaReading] as const;
