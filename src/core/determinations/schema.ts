/**
 * 判定書マスタ — the company's recorded 該非判定 per part (型番/品番): a reviewer decided it once,
 * under a given revision of the law, with a reference. A plain serialisable store, kept in the
 * workbook (AnpoData) or read from a CSV/XLSX master file.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日付は YYYY-MM-DD で書いてください");
/** 輸出令別表第1 item as the engine writes it: "7項(1)", "3の2項(2)", "15項". */
const itemRef = z.string().regex(/^\d+(?:の\d+)?項(?:\(\d+(?:の\d+)?\))?$/, '項番は "7項(1)" の形で書いてください');

export const DeterminationStatus = z.enum(["listed", "not_listed"]);
export type DeterminationStatus = z.infer<typeof DeterminationStatus>;

export const DeterminationFields = z
  .object({
    /** 型番/品番 as the company writes it; matched after normalisation (normalisePart). */
    part: z.string().trim().min(1).optional(),
    /** The spec text the determination was made for; the key when no part number is given. */
    spec: z.string().trim().min(1).optional(),
    /** 該当 (listed) / 非該当 (not_listed). */
    status: DeterminationStatus,
    /** 輸出令別表第1 items of a 該当 determination, e.g. ["7項(1)"]. */
    items: z.array(itemRef).optional(),
    /** 貨物等省令 citations, parallel to items when given, e.g. ["貨物等省令第6条第1号カ"]. */
    citations: z.array(z.string().min(1)).optional(),
    /** 16項 catch-all class of a 非該当 determination. */
    catchAll: z.enum(["16(1)", "16(2)", "outside"]).optional(),
    /** HS code, from which the engine's own catch-all class is computed when catchAll is absent. */
    hs: z.string().regex(/^[0-9.\s]{4,}$/, "HSコードは数字4桁以上").optional(),
    /** 判定者. */
    reviewer: z.string().trim().min(1, "判定者がありません"),
    /** 判定日. */
    date: isoDate,
    /** 判定書番号. */
    reference: z.string().trim().min(1, "判定書番号がありません"),
    /**
     * 改正基準日: the date of the law text (貨物等省令・輸出令) the determination was made against. It
     * is current while it is on or after the effective date of the revision the engine carries.
     */
    lawRevision: isoDate,
    /** The engine's rulesVersion when the determination was recorded through the add-in (information). */
    rulesVersion: z.string().optional(),
    /** 有効期限: after this date the determination is not applied. */
    expires: isoDate.optional(),
    note: z.string().optional(),
  });

type Draft = Partial<z.infer<typeof DeterminationFields>>;

/**
 * Checks across fields, as messages. Run on the draft even when a field is missing, so a refused
 * record names every problem at once rather than one round at a time.
 */
export function crossFieldProblems(d: Draft): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (!d.part && !d.spec) out.push({ path: "part", message: "品番（または仕様）がありません" });
  if (d.status === "listed" && !d.items?.length) out.push({ path: "items", message: "該当の判定書には項番が必要です（例: 7項(1)）" });
  if (d.status === "not_listed" && d.items?.length) out.push({ path: "items", message: "非該当の判定書に項番があります" });
  if (d.citations?.length && d.items && d.citations.length > d.items.length) out.push({ path: "citations", message: "根拠条項が項番より多くあります" });
  if (d.expires && d.date && d.expires < d.date) out.push({ path: "expires", message: "有効期限が判定日より前です" });
  return out;
}

export const Determination = DeterminationFields.superRefine((d, ctx) => {
  for (const p of crossFieldProblems(d)) ctx.addIssue({ code: "custom", path: [p.path], message: p.message });
});
export type Determination = z.infer<typeof Determination>;

export const DeterminationStore = z.object({ determinations: z.array(Determination) });
export type DeterminationStore = z.infer<typeof DeterminationStore>;

export const emptyDeterminationStore = (): DeterminationStore => ({ determinations: [] });
