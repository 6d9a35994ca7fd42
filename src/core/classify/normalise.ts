/**
 * One normalisation pass per spec: NFKC (full-width digits and letters → ASCII, ℃ → °C,
 * µ → μ, ㎚ → nm), superscript exponents → "10^-4", and a lower-cased twin of the same length
 * (ASCII letters only) so that keyword positions and unit positions line up.
 */
import { normaliseExponents } from "../units";

export interface NormalisedSpec {
  /** NFKC text, case kept (units are case-sensitive: mW vs MW). */
  text: string;
  /** Same length as `text`, ASCII A–Z lower-cased. */
  lower: string;
}

export function normaliseSpec(raw: string): NormalisedSpec {
  let text = raw.normalize("NFKC");
  text = normaliseExponents(text);
  // the dashes staff paste between numbers and the law's "―" in "Ｃ―ＮＯＴ"
  text = text.replace(/[‐‑‒―−]/g, (c) => (c === "−" ? "-" : "-")).replace(/[\t\r\n]+/g, " ");
  return { text, lower: lowerAscii(text) };
}

export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Normalise a rule keyword the same way as specs, so both sides compare alike. */
export function normaliseWord(w: string): string {
  return normaliseSpec(w).lower;
}
