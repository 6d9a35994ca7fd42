/**
 * Traditional / Japanese shinjitai / simplified Chinese folded to one form (simplified), char by
 * char, through opencc-js (jp → cn also maps plain traditional forms). Matching only needs both
 * sides folded the same way, so character-level conversion is enough and can be memoised: the
 * converter runs once per distinct character, never per name.
 */
import { Converter } from "opencc-js";

let convert: ((s: string) => string) | undefined;
const memo = new Map<string, string>();
const HAN = /\p{Script=Han}/u;

function foldChar(ch: string): string {
  let out = memo.get(ch);
  if (out === undefined) {
    convert ??= Converter({ from: "jp", to: "cn" });
    out = convert(ch);
    if ([...out].length !== 1) out = ch; // keep one char per char so bigrams stay aligned
    memo.set(ch, out);
  }
  return out;
}

/** Folds every Han character of `s` to its simplified form; other characters pass through. */
export function foldHan(s: string): string {
  if (!HAN.test(s)) return s;
  let out = "";
  for (const ch of s) out += HAN.test(ch) ? foldChar(ch) : ch;
  return out;
}
