/**
 * Country names as the lists write them → ISO 3166-1 alpha-2, through i18n-iso-countries (its
 * Japanese and English name tables), never a hand-typed table. METI writes long official forms
 * ("Islamic Republic of Iran", "Republic of Lebanon"), so a few generic state-form prefixes are
 * tried off as well. Returns undefined when no table knows the name: the caller keeps the name.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";

countries.registerLocale(en);
countries.registerLocale(ja);

const STATE_FORMS = /^(the\s+)?((islamic|arab|syrian arab|people's|democratic people's|federal|kyrgyz|socialist)\s+)?(republic|state|kingdom|federation|emirate)\s+of\s+(the\s+)?/i;

/**
 * Short forms the lists use that i18n-iso-countries 7.14 lacks (it knows only "Syrian Arab
 * Republic"). Checked in a test against the library, so an entry here never contradicts it.
 */
export const SHORT_FORMS: Record<string, string> = { Syria: "Syrian Arab Republic" };

/** ISO alpha-2 of an English country name, or undefined. */
export function iso2FromEnglish(name: string): string | undefined {
  const n = name.normalize("NFKC").replace(/\s+/g, " ").replace(/[.;,]+$/, "").trim();
  if (!n) return undefined;
  const full = SHORT_FORMS[n] ?? n;
  return countries.getAlpha2Code(full, "en") ?? countries.getAlpha2Code(full.replace(STATE_FORMS, ""), "en") ?? undefined;
}

/** ISO alpha-2 of a Japanese country name, or undefined. */
export function iso2FromJapanese(name: string): string | undefined {
  const n = name.normalize("NFKC").trim();
  return n ? (countries.getAlpha2Code(n, "ja") ?? undefined) : undefined;
}

/**
 * Both forms of a bilingual cell (`イラン\nIslamic Republic of Iran`). When both resolve they must
 * agree — a disagreement is a data problem the caller reports, not a guess.
 */
export function iso2FromBilingual(ja: string, en: string): { iso2?: string; conflict?: string } {
  const a = iso2FromJapanese(ja);
  const b = iso2FromEnglish(en);
  if (a && b && a !== b) return { conflict: `${ja} → ${a} but ${en} → ${b}` };
  return { iso2: a ?? b };
}
