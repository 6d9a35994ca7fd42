/** The Japanese one-line summary of a PartyRisk for the cell, rendered in one place. */
import type { PartyMatch, PartyStatus } from "../results";

export const LIST_LABEL_JA: Record<string, string> = {
  "METI-EUL": "外国ユーザーリスト",
  "METI-RU": "ロシア特定団体",
  "METI-BY": "ベラルーシ特定団体",
  "METI-3RD": "第三国特定団体",
  "MOF-FREEZE": "資産凍結等対象者",
  "US-CSL": "米国統合スクリーニングリスト",
};

/** Lists whose entries are outright export bans (輸出禁止措置), not catch-all information. */
export const BAN_LISTS = new Set(["METI-RU", "METI-BY", "METI-3RD"]);

function describe(m: PartyMatch): string {
  const label = LIST_LABEL_JA[m.list] ?? m.list;
  const where = m.list === "METI-EUL" ? `${label}${m.concerns?.length ? `（${m.concerns.join(",")}）` : ""}` : `${label} No.${m.entryNo}`;
  return `${where}${m.list === "METI-EUL" && m.concerns?.length ? "" : " "}${m.matchedName} ${m.score.toFixed(2)}`;
}

export function summarize(status: PartyStatus, open: PartyMatch[], notes: string[], nothingToMatch: boolean): string {
  if (nothingToMatch) return "該当なし（照合できる名前がありません）";
  if (status === "clear") {
    return notes.some((n) => n.startsWith("cleared by")) ? "該当なし（クリアランス済）" : "該当なし";
  }
  const top = open[0];
  const head = status === "hit" ? (BAN_LISTS.has(top.list) ? "禁止" : "該当") : "要確認";
  const more = open.length > 1 ? ` 他${open.length - 1}件` : "";
  return `${head}: ${describe(top)}${more}`;
}
