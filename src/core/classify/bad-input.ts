/**
 * Input the engine must not try to read: empty cells, Excel error values, formulas, binary
 * garbage, megabyte pastes. Each gets a reason in Japanese; the result is 要確認, never 非該当.
 */
export const MAX_SPEC_LENGTH = 10_000;

const EXCEL_ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NULL!|NUM!|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/** The reason a spec cannot be read, or undefined when it can. */
export function badInput(spec: unknown): string | undefined {
  if (spec === undefined || spec === null) return "仕様が空です";
  if (typeof spec !== "string" && typeof spec !== "number") return "仕様が文字列ではありません";
  const s = String(spec);
  if (s.length > MAX_SPEC_LENGTH) return `仕様が長すぎます（${s.length.toLocaleString("en-US")}文字 > ${MAX_SPEC_LENGTH.toLocaleString("en-US")}）`;
  const t = s.trim();
  if (t === "") return "仕様が空です";
  if (EXCEL_ERRORS.test(t)) return `Excelのエラー値です（${t}）`;
  if (/^[=+@]/.test(t) || /^-[A-Za-z(]/.test(t)) return "数式のような入力です（値を入力してください）";
  let control = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff && !isPair(t, i))) control++;
  }
  if (control > 0 && control / t.length > 0.05) return "読めない文字が含まれています（バイナリデータ？）";
  if (!/[\p{L}\p{N}]/u.test(t)) return "仕様に文字がありません";
  return undefined;
}

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}
