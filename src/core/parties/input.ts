/**
 * Cells that are not names: reported with a reason, never thrown. Excel passes numbers, error
 * values and formula text into custom functions; staff paste whole paragraphs.
 */
import { normalizeName, type NormalizedName } from "../text";

const EXCEL_ERROR = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const FORMULA = /^[=@+-]\s*[A-Za-z_][\w.]*\s*\(/;
/** How every note on a name that was not screened begins (the licence decision reads it: an
 *  end user never screened is not an end user cleared — decide/party.ts). */
export const NOTHING_TO_MATCH = "nothing to match";

/** Whether a screening note says no name was screened. */
export const isNothingToMatch = (note: string): boolean => note.startsWith(NOTHING_TO_MATCH);

/** What staff write where the customer is not known yet (compared after NFKC, lower case). */
const PLACEHOLDERS = new Set(["不明", "未定", "未確認", "未記入", "空欄", "なし", "無し", "該当なし", "tbd", "tba", "n/a", "na", "unknown", "none", "nil", "-", "--", "—", "―", "?", "??", "ー"]);

/** Why this input cannot be screened, or undefined when it can (`norm` saves normalising twice). */
export function unscreenableReason(input: unknown, maxLength: number, norm?: (s: string) => NormalizedName): string | undefined {
  if (input === null || input === undefined) return `${NOTHING_TO_MATCH}: empty`;
  if (typeof input !== "string") return typeof input === "number" ? `${NOTHING_TO_MATCH}: a number, not a name` : `${NOTHING_TO_MATCH}: not text`;
  const s = input.trim();
  if (!s) return `${NOTHING_TO_MATCH}: empty`;
  if (s.length > maxLength) return `${NOTHING_TO_MATCH}: ${s.length} characters is longer than a name (limit ${maxLength}); not screened`;
  if (EXCEL_ERROR.test(s)) return `${NOTHING_TO_MATCH}: Excel error value ${s.toUpperCase()}`;
  if (FORMULA.test(s)) return `${NOTHING_TO_MATCH}: formula text, not a name`;
  if (PLACEHOLDERS.has(s.normalize("NFKC").toLowerCase())) return `${NOTHING_TO_MATCH}: "${s}" is a placeholder, not a name`;
  const n = (norm ?? normalizeName)(s);
  const letters = n.tokens.filter((t) => !/^\d+$/.test(t)).join("").length;
  const cjk = n.cjk.join("").length;
  if (letters + cjk === 0) return `${NOTHING_TO_MATCH}: no letters`;
  if (letters < 2 && cjk < 2) return `${NOTHING_TO_MATCH}: one letter is not a name`;
  return undefined;
}
