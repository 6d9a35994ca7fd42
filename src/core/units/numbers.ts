/**
 * Numbers as staff type them, after NFKC normalisation (full-width digits are ASCII by then):
 * "1,234.5", "1e-4", "1.5E3", "10^-4", "1.2×10^-4", "3x10-4" is NOT accepted (ambiguous), "½" no.
 * Also Japanese legal numerals as the 貨物等省令 writes them ("一四、六五〇、〇〇〇", "〇・〇〇〇一"),
 * used when compiling rules to check a threshold against its literal.
 */

/** Superscript digits survive NFKC as ASCII, but "⁻" becomes "−"/"-" only in some fonts: map both. */
const SUPERSCRIPT: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-", "⁺": "+" };

/**
 * One number at the start of `s` (after NFKC, lower-case). Accepts a sign, thousands separators
 * (",", "'", or a space as SI/ISO 31-0 writes "6 000") in groups of three, decimals, e-notation and "×10^n" / "x10^n" / "*10^n" / "10^n" forms.
 * Returns the value and how many characters it used, or undefined.
 */
export function readNumber(s: string, from = 0): { value: number; end: number } | undefined {
  BARE_POWER_RE.lastIndex = from;
  const p = BARE_POWER_RE.exec(s);
  if (p) return { value: scale(1, Number(p[1].replace("−", "-"))), end: from + p[0].length };
  NUMBER_RE.lastIndex = from;
  const m = NUMBER_RE.exec(s);
  if (!m) return undefined;
  let mant: number;
  let end = from + m[0].length;
  if (m[1] !== undefined) {
    const digits = hasGroupSeparator(m[1]) ? m[1].replace(/[,' \u00a0\u202f\u2009]/g, "") : m[1];
    mant = Number(digits);
    const e = m[2] ?? m[3];
    if (e !== undefined) mant = scale(mant, Number(e.replace("−", "-")));
  } else {
    // bare "10^-4"
    mant = scale(1, Number(m[4].replace("−", "-")));
  }
  if (m[0].startsWith("-") || m[0].startsWith("−")) mant = -Math.abs(mant);
  if (!Number.isFinite(mant)) return undefined;
  // never swallow a trailing separator
  while (end > from && (s.charCodeAt(end - 1) === 0x2c || s.charCodeAt(end - 1) === 0x2e)) end--;
  // "6千", "1.5万", "3億": the kanji multiplier belongs to the number ("TPP 6千" was 6, a silent 非該当)
  const k = s.charCodeAt(end);
  const mult = k === 0x5343 || k === 0x4e07 || k === 0x5104 ? KANJI_MULTIPLIER[s[end]] : undefined;
  if (mult !== undefined && end > from && /\d/.test(s[end - 1])) return { value: mant * mult, end: end + 1 };
  return { value: mant, end };
}

/** Whether digits as matched contain a thousands separator (, ' or one of the spaces). */
function hasGroupSeparator(d: string): boolean {
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c === 0x2c || c === 0x27 || c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009) return true;
  }
  return false;
}

/** x × 10^e, dividing for negative e so that 1e-4 stays exactly 0.0001. */
function scale(x: number, e: number): number {
  return e < 0 ? x / 10 ** -e : x * 10 ** e;
}

const BARE_POWER_RE = /10\^\(?([-+−]?\d+)\)?/y;

const KANJI_MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8 };

// group 1 mantissa (with optional thousands groups: 6,000, the Swiss 6'000, or the SI/ISO 6 000
// with a space, no-break space, narrow no-break space or thin space — groups of exactly three
// digits: "6 0000" is not one number), 2 e-exponent, 3 ×10^ exponent, 4 bare 10^n
const NUMBER_RE =
  /[-−+]?(?:((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:'\d{3})+|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([-+]?\d+)|\s?[×x*]\s?10\^?\(?([-+−]?\d+)\)?)?|10\^\(?([-+−]?\d+)\)?)/y;

/** Replace superscript exponents ("10⁻⁴") by caret form ("10^-4") so readNumber can see them. */
export function normaliseExponents(s: string): string {
  if (!/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/.test(s)) return s;
  return s.replace(/10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+)/g, (_, e: string) => "10^" + [...e].map((c) => SUPERSCRIPT[c]).join(""));
}

const KANJI_DIGIT: Record<string, string> = { "〇": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9" };

/**
 * A number written with kanji digits as the law does ("一四、六五〇、〇〇〇" = 14650000,
 * "〇・〇〇〇一" = 0.0001, "二六八・六五" = 268.65). Positional only; returns undefined for
 * anything else (e.g. "十", "五〇兆" — multipliers are spelled out by the rule author).
 */
export function parseLegalNumber(literal: string): number | undefined {
  let out = "";
  for (const c of literal) {
    if (KANJI_DIGIT[c] !== undefined) out += KANJI_DIGIT[c];
    else if (c === "・") out += ".";
    else if (c === "、") continue;
    else return undefined;
  }
  if (!/^\d+(\.\d+)?$/.test(out)) return undefined;
  return Number(out);
}
