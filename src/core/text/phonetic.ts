/**
 * A consonant skeleton that Latin names and romanised katakana share, so that
 * キャンディッド・ジェネラル・トレーディング meets "Candid General Trading" (both → KNTTSNRRTRTNK).
 * Vowels and y/w are dropped (katakana adds vowels after every consonant); r/l, b/v and s/z are
 * merged (katakana does not keep them apart; an English plural -s is read ズ), while voicing
 * (b/p, d/t, g/k) is kept because katakana writes it (ブ/プ); doubled consonants collapse (ッ).
 * Applied to lower-case a–z only; other characters are ignored.
 */
const CLASS: Record<string, string> = {
  b: "B", c: "K", d: "D", f: "F", g: "G", j: "J", k: "K", l: "R", m: "M", n: "N", p: "P", q: "K", r: "R", s: "S",
  t: "T", v: "B", x: "KS", z: "S",
};

export function phoneticKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/sch/g, "s")
    .replace(/ti(?=o)/g, "sh")
    .replace(/n(?=[bpm])/g, "m")
    .replace(/[tm]ech|ch(?=[rln])/g, (m) => (m.length === 4 ? m[0] + "ek" : "k"))
    .replace(/ign(?![aeiou])/g, "in")
    .replace(/(?<=[ei])gh(?![aeiou])/g, "") // high, light, weight: ハイ, ライト (Persian agh/ogh keep their g)
    .replace(/(?<=[aeiou])sion/g, "jon") // precision, fusion: ジョン (mission keeps ション)
    .replace(/(?:tch|ch|sh)/g, "s")
    .replace(/ts/g, "tz")
    .replace(/th/g, "s")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/g(?=[ei]|y$)/g, "j")
    .replace(/dj|dz|z(?=i)/g, "j");
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch === "h") {
      if (i === 0) out += "H"; // initial h is spoken (ハッサン = Hassan); elsewhere it is spelling
      continue;
    }
    const cls = CLASS[ch];
    if (!cls) continue;
    if (!out.endsWith(cls)) out += cls;
    else if (cls.length > 1) out += cls;
  }
  return out;
}

/**
 * The loose skeleton, the second form every comparison also tries: without R (English "er"/"ar"
 * is a long vowel in katakana: energy = エナジー), and with an "ng" that closes a syllable read as n
 * (Korean and Chinese names: Pyongyang = ピョンヤン, while English -ing keeps its グ in the full
 * skeleton), and kh as h. Consonants that come to stand side by side count once (research RSRS → S, リサーチ).
 */
export function looseKey(spelling: string): string {
  let w = spelling.toLowerCase();
  if (w.includes("ng")) w = w.replace(/ng(?![aeiou])/g, "n");
  // Persian and Arabic kh is written ハ/フ (Khala = ハラ, Khamenei = ハメネイ); Khan is カーン in the full form
  if (w.includes("kh")) w = w.replace(/kh/g, "h");
  // t before ea/ee is チ (team = チーム, steel = スチール)
  if (w.includes("te")) w = w.replace(/te(?=[ae])/g, "ch");
  const key = phoneticKey(w);
  return key.includes("R") ? key.replace(/R/g, "").replace(/(.)\1+/g, "$1") : key;
}

/** The first vowel group of a Latin word and the katakana vowels it is read with (English
 *  spellings read several ways: "ai" as ア or エ, "ee"/"ea" as イ, "oo" as ウ). */
const LATIN_VOWEL_READS: Record<string, string> = {
  a: "a", ai: "ae", ay: "ae", au: "ao", aw: "ao", e: "e", ea: "ei", ee: "i", ei: "ea", ey: "ei", eu: "yu", ew: "yu",
  i: "ia", ie: "i", o: "o", oa: "o", oi: "o", oo: "uo", ou: "aou", ow: "ao", oy: "o", u: "uay", y: "ia",
};

/**
 * Whether a katakana word (its romaji) and a Latin word can share their first vowel — the check a
 * short name needs beyond its consonants: シマノ (shimano) has S M N as Samina has, but its first
 * vowel i is not how "a" is read; ケプラー (kepura) and Kepler agree.
 */
export function firstVowelsAgree(romaji: string, latin: string): boolean {
  // the romaji's first vowel run: ファ and ティ come out as "fua", "tei", so any of its vowels may be the one
  const k = /[aeiou]+/.exec(romaji)?.[0];
  const g = /[aeiouy]+/.exec(latin.toLowerCase().replace(/^y(?=[aeiou])/, ""))?.[0];
  if (!k || !g) return true; // no vowel to compare: consonants alone decide
  const reads = LATIN_VOWEL_READS[g.slice(0, 2)] ?? LATIN_VOWEL_READS[g[0]] ?? "";
  for (let i = 0; i < k.length; i++) if (reads.includes(k[i])) return true;
  return false;
}
