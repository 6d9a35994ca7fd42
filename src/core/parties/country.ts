/**
 * Query/entry country → ISO alpha-2, from a code (JP, JPN) or an English or Japanese name
 * (i18n-iso-countries en + ja) plus the short names staff actually type (北朝鮮, UAE …).
 * Unknown → undefined: the country then simply does not qualify the score (and a note says so).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";
import { cleanText, foldCase } from "../text";

/** Common short forms not among the library's names. */
const SHORT_NAMES: Record<string, string> = {
  北朝鮮: "KP", 韓国: "KR", 中国: "CN", 香港: "HK", 台湾: "TW", ロシア: "RU", イラン: "IR", シリア: "SY",
  アメリカ: "US", 米国: "US", 英国: "GB", イギリス: "GB", ベラルーシ: "BY", パキスタン: "PK", 日本: "JP",
  UAE: "AE", DPRK: "KP", "North Korea": "KP", "South Korea": "KR", Russia: "RU", Iran: "IR", Syria: "SY",
};
const PREFIXES = /^(islamic republic of|republic of|peoples republic of|democratic peoples republic of|state of|kingdom of|the)\s+/;

let table: Map<string, string> | undefined;
const key = (s: string) => foldCase(cleanText(s)).replace(/['’.,()]/g, "").replace(/\s+/g, " ").trim();

function lookup(): Map<string, string> {
  if (!table) {
    countries.registerLocale(en);
    countries.registerLocale(ja);
    table = new Map();
    for (const lang of ["en", "ja"])
      for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" })))
        for (const n of names as string[]) table.set(key(n), code);
    for (const [n, code] of Object.entries(SHORT_NAMES)) table.set(key(n), code);
  }
  return table;
}

export function resolveCountry(input: string | undefined): string | undefined {
  if (!input || typeof input !== "string") return undefined;
  const k = key(input);
  if (!k) return undefined;
  if (/^[a-z]{2}$/.test(k) && countries.isValid(k.toUpperCase())) return k.toUpperCase();
  if (/^[a-z]{3}$/.test(k)) {
    const a2 = countries.alpha3ToAlpha2(k.toUpperCase());
    if (a2) return a2;
  }
  const t = lookup();
  return t.get(k) ?? t.get(k.replace(PREFIXES, "")) ?? t.get(k.replace(/^.*\n/, ""));
}
