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
    .replace(/tech|ch(?=[rln])/g, (m) => (m === "tech" ? "tek" : "k"))
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
