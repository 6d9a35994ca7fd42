/**
 * 補完的輸出規制 class of a spec from its HS code: "16(1)" when the code falls under a heading
 * or subheading of 貨物等省令第14条の2 (respecting the exclusions written there), "16(2)" for
 * the other chapters of 輸出令別表第1 16項, "outside" for any other chapter, "unknown" without
 * a usable HS code (a chapter alone cannot tell 16(1) from 16(2) when it holds 第14条の2 headings).
 */
import type { ControlTree, ExportOrderData } from "../data/schemas";
import type { CatchAllClass } from "../results";

export interface CatchAll {
  classify(hs: string | undefined): { cls: CatchAllClass; hs?: string; reason: string };
}

// full-width digits typed with the IME ("８５４２．３１") are the same digits
const digits = (s: string) => s.normalize("NFKC").replace(/[^0-9]/g, "");

export function createCatchAll(tree: ControlTree, order: ExportOrderData): CatchAll {
  const heads = tree.item16_1Hs.map((e) => ({ hs: digits(e.hs), excludes: e.excludes.map(digits).filter(Boolean), cite: (e as { citation?: string }).citation ?? "貨物等省令第14条の2" })).filter((e) => e.hs.length >= 4);
  const chapters = new Set(order.item16Chapters.map((c) => digits(c).padStart(2, "0")));
  return {
    classify(hsRaw) {
      if (!hsRaw) return { cls: "unknown", reason: "HSコードがありません" };
      const hs = digits(hsRaw);
      if (hs.length < 4) return { cls: "unknown", hs, reason: `HSコード ${hsRaw} は4桁以上が必要です` };
      const chapter = hs.slice(0, 2);
      for (const h of heads) {
        if (hs.startsWith(h.hs) || (hs.length < h.hs.length && h.hs.startsWith(hs))) {
          if (h.excludes.some((x) => hs.startsWith(x))) continue;
          // a heading given with fewer digits than the 第14条の2 subheading cannot be placed
          if (hs.length < h.hs.length) return { cls: "unknown", hs, reason: `HS ${hsRaw} は第14条の2の ${h.hs} を含む可能性があります（桁数不足）` };
          return { cls: "16(1)", hs, reason: `HS ${hsRaw} は${h.cite}（関税率表 ${h.hs}）に該当` };
        }
      }
      if (heads.some((h) => h.excludes.some((x) => hs.startsWith(x)) && hs.startsWith(h.hs)) || chapters.has(chapter))
        return { cls: "16(2)", hs, reason: `HS第${chapter}類は輸出令別表第1 16項の対象（第14条の2以外）` };
      if (chapters.size === 0) return { cls: "unknown", hs, reason: "16項のHS類データがありません" };
      return { cls: "outside", hs, reason: `HS第${chapter}類は16項の対象外` };
    },
  };
}

/**
 * An HS code written in a spec: "HS 8542.31", "HSコード: 6815.10", "hs=854231", and the Japanese
 * 9-digit 統計品目番号 / 関税番号 as written on customs papers ("9608.10-000": HS 9608.10 + 3 national digits).
 */
const HS_RE = /(?:\bhs(?:\s*code|コード|番号)?|統計品目番号|関税番号|税番|\btariff\s*code)\s*[:=：]?\s*(\d{4}(?:[.\s]?\d{2}){0,2}(?:[.-]\d{3})?)/;

export function findHs(lower: string): { hs: string; span: [number, number] } | undefined {
  const m = HS_RE.exec(lower);
  if (!m) return undefined;
  return { hs: m[1], span: [m.index, m.index + m[0].length] };
}
