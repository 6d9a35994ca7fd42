/**
 * The one text normaliser of the project's name matching. The list index is built with exactly
 * this function and every query cell goes through it too, so both sides always agree.
 *
 * Fixed order of layers:
 *  1. clean: NFKC (full-width Latin, half-width katakana, ㈱ → (株)), control and format
 *     characters removed, every kind of space folded to one space;
 *  2. case: lower case, Latin diacritics dropped, Cyrillic transliterated;
 *  3. Han: traditional / shinjitai / simplified folded to simplified (han.ts);
 *  4. kana: hiragana → katakana, small kana / ヴ / ー / ・ variants folded (kana.ts);
 *  5. punctuation: . and ' join (L.L.C. = LLC), everything else separates; text is cut into Latin
 *     word tokens and CJK runs (Han, kana, Hangul); runs of single letters join (Y A S = YAS);
 *  6. legal forms: stripped at the start or end of the name and kept for display (legal-forms.ts).
 */
import { foldHan } from "./han";
import { foldKana, romanize } from "./kana";
import { transliterateCyrillic } from "./cyrillic";
import { KANA_LEGAL_WORDS, LEGAL_FORMS } from "./legal-forms";
import { emptyList, mapNonEmpty } from "./lists";

export interface NormalizedName {
  /** Latin (or other alphabetic) word tokens without legal forms, e.g. ["candid", "general", "trading"]. */
  tokens: string[];
  /** CJK runs in compare form without legal forms, e.g. ["北京航空航天大学"]. */
  cjk: string[];
  /** Katakana words as written (split at ・ and spaces); romanise with `readings`. */
  kanaWords: string[];
  /** Legal forms found and stripped, in display form. */
  legalForms: string[];
  /** Tokens and CJK runs joined by one space: the exact-compare key. */
  key: string;
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;
const SPACES = /[\s\u3000]+/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINERS = /['’‘`´.]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Han, kana (incl. ー), Hangul, 々 〆 — by code point, because this runs per character. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb) || // hiragana, katakana, ー (not ・)
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    c === 0x3005 ||
    c === 0x3006 ||
    c >= 0x20000
  );
}
const isKana = (c: number) => (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb);
/** Letter-or-digit answers for the BMP, memoised (0 = not yet asked, 1 = word char, 2 = not). */
const wordCharMemo = new Uint8Array(0x10000);
function isWordChar(ch: string, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  if (c > 0xffff) return WORD_CHAR.test(ch);
  let m = wordCharMemo[c];
  if (m === 0) wordCharMemo[c] = m = WORD_CHAR.test(ch) ? 1 : 2;
  return m === 1;
}

/** Layer 1: NFKC, no control characters, one kind of space, trimmed. */
export function cleanText(raw: string): string {
  const s = NON_ASCII.test(raw) ? raw.normalize("NFKC") : raw;
  return s.replace(SPACES, " ").replace(CONTROL, "").trim();
}

/**
 * Where diacritics, Cyrillic or ß can occur in NFKC text: Latin-1 to Cyrillic, Latin/Greek
 * extended and symbols (≠ = "=" + U+0338), and Vithkuqi — found by checking every code point
 * (test/unit/core/text/normalize.test.ts). Text without them (kana, kanji, Hangul, Arabic …)
 * folds to itself, so it skips NFD/NFC.
 */
const FOLDABLE = /[\u00c0-\u04ff\u1e00-\u2fff\u{10570}-\u{105ff}]/u;

/** Layer 2: lower case without Latin diacritics; Cyrillic transliterated (on cleanText output). */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  if (!NON_ASCII.test(lower) || !FOLDABLE.test(lower)) return lower;
  return transliterateCyrillic(lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC")).replace(/ß/g, "ss");
}

interface Pieces {
  tokens: string[];
  cjk: string[];
  kanaWords: string[];
}

/**
 * Layers 1–5 for plain ASCII (most list names and cells), in one pass over char codes: the same
 * tokens as the general path — whitespace separates, other control characters and the joiners
 * . ' ` vanish, letters are lower-cased, anything else separates.
 */
function asciiTokens(raw: string): string[] {
  const low = raw.toLowerCase();
  const tokens = emptyList<string>();
  let joined = ""; // the word's parts before a joiner
  let seg = -1; // start of the word's current unbroken part
  for (let i = 0; i <= low.length; i++) {
    const c = i < low.length ? low.charCodeAt(i) : 32;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (seg < 0) seg = i;
    } else if (c === 0x2e || c === 0x27 || c === 0x60 || c === 0x7f || (c < 0x20 && (c < 9 || c > 13))) {
      if (seg >= 0) joined += low.slice(seg, i);
      seg = -1;
    } else {
      const w = seg >= 0 ? joined + low.slice(seg, i) : joined;
      if (w) tokens.push(w);
      joined = "";
      seg = -1;
    }
  }
  return tokens;
}

/** Layers 1–5: cuts text into Latin tokens and CJK runs, all in compare form. */
function pieces(raw: string): Pieces {
  if (!NON_ASCII.test(raw)) return { tokens: asciiTokens(raw), cjk: emptyList(), kanaWords: emptyList() };
  const s = foldHan(foldCase(cleanText(raw))).replace(JOINERS, "");
  const tokens = emptyList<string>();
  const cjk = emptyList<string>();
  const kanaWords = emptyList<string>();
  let word = "";
  let run = "";
  let kanaWord = "";
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    const ch = width === 1 ? s[i] : s.slice(i, i + 2);
    i += width;
    if (isCjk(c)) {
      if (word) {
        tokens.push(word);
        word = "";
      }
      run += ch;
      if (isKana(c)) kanaWord += ch;
      else if (kanaWord) {
        kanaWords.push(kanaWord);
        kanaWord = "";
      }
    } else if (c === 0x30fb) {
      // ・ separates katakana words but not a CJK run (イラン・エアクラフト is one name)
      if (word) {
        tokens.push(word);
        word = "";
      }
      if (kanaWord) {
          kanaWords.push(kanaWord);
          kanaWord = "";
        }
    } else if (isWordChar(ch, c)) {
      if (run) {
        flushRun(run, cjk);
        run = "";
        if (kanaWord) {
          kanaWords.push(kanaWord);
          kanaWord = "";
        }
      }
      word += ch;
    } else {
      if (word) {
        tokens.push(word);
        word = "";
      }
      if (run) {
        flushRun(run, cjk);
        run = "";
        if (kanaWord) {
          kanaWords.push(kanaWord);
          kanaWord = "";
        }
      }
    }
  }
  if (word) tokens.push(word);
  if (run) flushRun(run, cjk);
  if (kanaWord) kanaWords.push(kanaWord);
  return { tokens, cjk, kanaWords };
}

function flushRun(run: string, cjk: string[]): void {
  const f = foldKana(run);
  if (f) cjk.push(f);
}

// ---- legal forms (layer 6) -----------------------------------------------------------------

interface LatinForm {
  seq: string[];
  display: string;
}
let byLast: Map<string, LatinForm[]> | undefined;
let byFirst: Map<string, LatinForm[]> | undefined;
interface CjkForm {
  text: string;
  display: string;
}
let latinForms: LatinForm[] | undefined;
let cjkForms: CjkForm[] | undefined;
/** CJK forms by whole text (the first, longest-sorted, wins) and the code units they start / end with. */
let cjkWhole: Map<string, CjkForm> | undefined;
let cjkFirstUnits: Set<number> | undefined;
let cjkLastUnits: Set<number> | undefined;

/** The legal-form table run through layers 1–5, longest aliases first. */
function legalFormTable(): { latin: LatinForm[]; cjk: CjkForm[] } {
  if (!latinForms || !cjkForms) {
    latinForms = [];
    cjkForms = [];
    for (const f of LEGAL_FORMS)
      for (const a of [f.display, ...f.aliases]) {
        const p = pieces(a);
        if (p.tokens.length && !p.cjk.length) latinForms.push({ seq: p.tokens, display: f.display });
        else if (p.cjk.length === 1 && !p.tokens.length) cjkForms.push({ text: p.cjk[0], display: f.display });
      }
    latinForms.sort((a, b) => b.seq.length - a.seq.length);
    cjkForms.sort((a, b) => b.text.length - a.text.length);
    byLast = new Map();
    byFirst = new Map();
    for (const f of latinForms) {
      const last = f.seq[f.seq.length - 1];
      byLast.set(last, [...(byLast.get(last) ?? []), f]);
      byFirst.set(f.seq[0], [...(byFirst.get(f.seq[0]) ?? []), f]);
    }
    cjkWhole = new Map();
    cjkFirstUnits = new Set();
    cjkLastUnits = new Set();
    for (const f of cjkForms) {
      if (!cjkWhole.has(f.text)) cjkWhole.set(f.text, f);
      if (f.text.length < 2) continue;
      cjkFirstUnits.add(f.text.charCodeAt(0));
      cjkLastUnits.add(f.text.charCodeAt(f.text.length - 1));
    }
  }
  return { latin: latinForms, cjk: cjkForms };
}

function seqAt(tokens: string[], seq: string[], at: number): boolean {
  for (let i = 0; i < seq.length; i++) if (tokens[at + i] !== seq[i]) return false;
  return true;
}

/** The first of `forms` found at the end, else at the start, of `t`: what is left, or undefined. */
function stripOne(t: string[], forms: LatinForm[] | undefined, found: string[]): string[] | undefined {
  if (!forms) return undefined;
  for (const f of forms) {
    if (t.length <= f.seq.length) continue;
    if (seqAt(t, f.seq, t.length - f.seq.length)) {
      found.push(f.display);
      return t.slice(0, t.length - f.seq.length);
    }
    if (seqAt(t, f.seq, 0)) {
      found.push(f.display);
      return t.slice(f.seq.length);
    }
  }
  return undefined;
}

/** Strips legal-form token sequences at both ends; never strips a name down to nothing. */
function stripLatin(tokens: string[], found: string[]): string[] {
  legalFormTable();
  let t = tokens;
  while (t.length > 1) {
    // forms ending with the last token are tried before forms starting with the first
    const next = stripOne(t, byLast!.get(t[t.length - 1]), found) ?? stripOne(t, byFirst!.get(t[0]), found);
    if (!next) break;
    t = next;
  }
  return t;
}

/** Strips CJK legal forms: whole runs (株 from (株)), or ≥ 2-char forms at a run's start/end. */
function stripCjk(runs: string[], hasOther: boolean, found: string[]): string[] {
  if (!runs.length) return runs;
  const { cjk } = legalFormTable();
  const out = emptyList<string>();
  for (let r of runs) {
    const whole = cjkWhole!.get(r);
    if (whole && (hasOther || runs.length > 1)) {
      found.push(whole.display);
      continue;
    }
    // no form can start or end this run: the usual case, decided without trying each form
    while (cjkLastUnits!.has(r.charCodeAt(r.length - 1)) || cjkFirstUnits!.has(r.charCodeAt(0))) {
      const f = cjk.find((f) => f.text.length >= 2 && r.length > f.text.length && (r.endsWith(f.text) || r.startsWith(f.text)));
      if (!f) break;
      r = r.endsWith(f.text) ? r.slice(0, r.length - f.text.length) : r.slice(f.text.length);
      found.push(f.display);
    }
    out.push(r);
  }
  return out;
}

/** Runs of single letters are one initialism: "Y A S" = "Y.A.S." = "YAS". */
function joinInitials(tokens: string[]): string[] {
  if (!tokens.some((t) => t.length === 1)) return tokens;
  const out = emptyList<string>();
  let run = "";
  for (const t of tokens) {
    if (t.length === 1 && !/\d/.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = "";
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Katakana legal-form words (KANA_LEGAL_WORDS) dropped from the words a katakana name is read
 * by: whole words (ケプラー・コーポレーション) and word endings (ケプラーコーポレーション, written
 * without ・), never down to nothing — as Latin legal forms are stripped from tokens. The words
 * keep their spelling (small kana and ー matter to the reading).
 */
function stripKanaLegal(words: string[], found: string[]): string[] {
  let out: string[] | undefined;
  const cut: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    for (let f = 0; f < KANA_LEGAL_WORDS.length; f++) {
      const form = KANA_LEGAL_WORDS[f];
      if (!w.endsWith(form) || (w.length === form.length && words.length === 1)) continue;
      w = w.slice(0, w.length - form.length);
      cut.push(form);
      f = -1; // カンパニーリミテッド: try every form again on what is left
      if (!w) break;
    }
    if (w !== words[i]) {
      out ??= words.slice(0, i);
      if (w) out.push(w);
    } else out?.push(words[i]);
  }
  // a name that is nothing but legal-form words keeps them
  if (!out?.length) return words;
  found.push(...cut);
  return out;
}

/** Layers 1–6: the compare form of a name (list name or query cell alike). */
export function normalizeName(raw: string): NormalizedName {
  const p = pieces(raw);
  const legalForms = emptyList<string>();
  const tokens = stripLatin(joinInitials(p.tokens), legalForms);
  const cjk = stripCjk(p.cjk, tokens.length > 0, legalForms);
  const kanaWords = p.kanaWords.length ? stripKanaLegal(p.kanaWords, legalForms) : p.kanaWords;
  return { tokens, cjk, kanaWords, legalForms, key: [...tokens, ...cjk].join(" ") };
}

/** The katakana words of a name, romanised (wanakana), e.g. ["kyandeiddo", "jeneraru"]. */
export function readings(norm: NormalizedName): string[] {
  return mapNonEmpty(norm.kanaWords, romanize);
}

/** Character bigrams of a CJK run (a one-character run is its own unigram). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}
