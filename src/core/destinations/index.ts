/**
 * Destinations: what staff type (ISO codes, English/Japanese names, the law's names, common short
 * forms) → one ISO 3166-1 code and its exact memberships in the 輸出令 country tables.
 *
 * Resolution order: reviewed ambiguous names → reviewed aliases → ISO alpha-2 / alpha-3 → the law's
 * own names (imported tables) → i18n-iso-countries names (en + ja). Anything else is needs_review,
 * never "other": an unknown destination must not look like a general country.
 *
 * Display group: "A" = 別表第3 (グループA); "D" = 別表第3の2 or 別表第4; "other" = everything else
 * (別表第2の4 membership and the sanctions measures are reported as tables/notes, not as a group).
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import ja from "i18n-iso-countries/langs/ja.json";
import type { ExportOrderData } from "../data/schemas";
import type { Destination } from "../results";
import { AMBIGUOUS_DESTINATIONS, DESTINATION_ALIASES } from "./aliases";
import { measureFor } from "./measures";
import { destinationKey, isLatinCode } from "./normalize";

countries.registerLocale(en);
countries.registerLocale(ja);

export { destinationKey } from "./normalize";
export { AREA_MEASURES, measureFor, type AreaMeasure } from "./measures";

export interface DestinationResolver {
  resolve(input: string): Destination;
}

/** Table ids as the law-importer writes them (ExportOrderData.tables keys). */
export const TABLE_GROUP_A = "別表第3";
export const TABLE_UN_ARMS_EMBARGO = "別表第3の2";
export const TABLE_CONCERN = "別表第4";
export const TABLE_DIVERSION = "別表第2の4";

const TABLE_LABELS: Record<string, string> = {
  [TABLE_GROUP_A]: "グループA（別表第3）",
  [TABLE_UN_ARMS_EMBARGO]: "国連武器禁輸国・地域（別表第3の2）",
  [TABLE_CONCERN]: "懸念国（別表第4）",
  [TABLE_DIVERSION]: "迂回懸念国・地域（別表第2の4）",
};

/** English display names where the library's first name is not what staff expect. */
const EN_DISPLAY: Record<string, string> = { TW: "Taiwan", KR: "Republic of Korea", KP: "North Korea (DPRK)", MO: "Macao" };

interface Index {
  byKey: Map<string, string>;
  ambiguous: Map<string, string>;
  lawNames: Map<string, string>;
  memberships: Map<string, string[]>;
}

function buildIndex(exportOrder: ExportOrderData): Index {
  const byKey = new Map<string, string>();
  const ambiguous = new Map<string, string>();
  const lawNames = new Map<string, string>();
  const memberships = new Map<string, string[]>();

  // Library names first; a key naming two different codes is ambiguous (e.g. "Congo").
  for (const lang of ["en", "ja"]) {
    const names = countries.getNames(lang, { select: "all" }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        const key = destinationKey(name);
        if (!key) continue;
        const prev = byKey.get(key);
        if (prev && prev !== code) ambiguous.set(key, `${prev}・${code} のいずれか不明`);
        else byKey.set(key, code);
      }
    }
  }
  for (const key of ambiguous.keys()) byKey.delete(key);

  // The law's own names override the library (they are what the tables say).
  for (const table of Object.values(exportOrder.tables)) {
    for (const c of table.countries) {
      if (!c.iso2) continue;
      byKey.set(destinationKey(c.lawName), c.iso2);
      ambiguous.delete(destinationKey(c.lawName));
      if (!lawNames.has(c.iso2)) lawNames.set(c.iso2, c.lawName);
      const list = memberships.get(c.iso2) ?? [];
      if (!list.includes(table.id)) list.push(table.id);
      memberships.set(c.iso2, list);
    }
  }
  // Reviewed aliases and ambiguities win over everything.
  for (const [key, code] of Object.entries(DESTINATION_ALIASES)) {
    byKey.set(key, code);
    ambiguous.delete(key);
  }
  for (const [key, why] of Object.entries(AMBIGUOUS_DESTINATIONS)) {
    ambiguous.set(key, why);
    byKey.delete(key);
  }
  return { byKey, ambiguous, lawNames, memberships };
}

function lookup(index: Index, input: string): { iso2?: string; problem?: string } {
  const key = destinationKey(input);
  if (!key) return { problem: "仕向地が空です" };
  const amb = index.ambiguous.get(key);
  if (amb) return { problem: `仕向地「${input}」は複数の国・地域を指し得ます（${amb}）` };
  const named = index.byKey.get(key);
  if (named) return { iso2: named };
  if (isLatinCode(key, 2) && countries.isValid(key.toUpperCase())) return { iso2: key.toUpperCase() };
  if (isLatinCode(key, 3)) {
    const a2 = countries.alpha3ToAlpha2(key.toUpperCase());
    if (a2) return { iso2: a2 };
  }
  return { problem: `仕向地「${input}」を国・地域として特定できません` };
}

function groupOf(tables: string[]): Destination["group"] {
  if (tables.includes(TABLE_GROUP_A)) return "A";
  if (tables.includes(TABLE_UN_ARMS_EMBARGO) || tables.includes(TABLE_CONCERN)) return "D";
  return "other";
}

function summaryOf(name: string, iso2: string, tables: string[], group: Destination["group"]): string {
  const parts = tables.map((t) => TABLE_LABELS[t] ?? t);
  if (group === "other" && !tables.includes(TABLE_DIVERSION)) parts.unshift("一般国（別表第3・第3の2・第4以外）");
  else if (group === "other") parts.unshift("一般国");
  const m = measureFor(iso2);
  if (m) parts.push(m.label);
  return `${name}（${iso2}）: ${parts.join("・")}`;
}

export function createDestinationResolver(exportOrder: ExportOrderData): DestinationResolver {
  const rulesVersion = `輸出令 ${exportOrder.provenance.effective}`;
  const index = buildIndex(exportOrder);
  return {
    resolve(raw: string): Destination {
      const input = typeof raw === "string" ? raw : String(raw ?? "");
      const found = lookup(index, input);
      if (!found.iso2) {
        const problem = found.problem ?? "仕向地を特定できません";
        return { status: "needs_review", input, tables: [], notes: [problem], summary: `要確認: ${problem}`, rulesVersion };
      }
      const iso2 = found.iso2;
      const tables = index.memberships.get(iso2) ?? [];
      const group = groupOf(tables);
      const jaName = index.lawNames.get(iso2) ?? countries.getName(iso2, "ja") ?? iso2;
      const enName = EN_DISPLAY[iso2] ?? countries.getName(iso2, "en") ?? iso2;
      const notes: string[] = [];
      const measure = measureFor(iso2);
      if (measure) notes.push(`${measure.note}（${measure.citation}）`);
      if (tables.includes(TABLE_DIVERSION)) {
        notes.push("別表第2の4: 告示で指定する者との直接又は間接の取引による別表第2の3の貨物の輸出は承認が必要（輸出令第2条第1項第1号の8）");
      }
      return {
        status: "resolved",
        input,
        iso2,
        name: { ja: jaName, en: enName },
        group,
        tables,
        notes,
        summary: summaryOf(jaName, iso2, tables, group),
        rulesVersion,
      };
    },
  };
}
