/**
 * Traditional / Japanese shinjitai / simplified Chinese folded to one form (simplified), char by
 * char, as opencc-js (jp → cn) folds each character. Matching only needs both sides folded the
 * same way, so character-level conversion is enough — and a character table generated from
 * opencc-js (han-fold-table.ts, checked against it by a unit test) gives the same answers without
 * building opencc's dictionaries in every fresh runtime.
 */
import { HAN_FOLD_PAIRS } from "./han-fold-table";

let table: Map<number, string> | undefined;
const HAN = /\p{Script=Han}/u;

function foldTable(): Map<number, string> {
  const t = new Map<number, string>();
  const cps = [...HAN_FOLD_PAIRS];
  for (let i = 0; i + 1 < cps.length; i += 2) t.set(cps[i].codePointAt(0)!, cps[i + 1]);
  return t;
}

/** Folds every Han character of `s` to its simplified form; other characters pass through. */
export function foldHan(s: string): string {
  if (!HAN.test(s)) return s;
  const t = (table ??= foldTable());
  let out = "";
  let from = 0; // s[from..i) is copied unchanged
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = t.get(cp);
    if (f !== undefined) {
      out += s.slice(from, i) + f;
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? s : out + s.slice(from);
}
