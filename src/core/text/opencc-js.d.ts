// opencc-js ships no type declarations; this is the slice src/core/text uses.
declare module "opencc-js" {
  export type Locale = "cn" | "tw" | "twp" | "hk" | "jp" | "t";
  export function Converter(opts: { from: Locale; to: Locale }): (text: string) => string;
}
