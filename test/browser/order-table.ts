/**
 * A realistic 1,000-row order sheet built from the real lists (seeded, so every run is the same):
 * mostly ordinary customers, some End User List entries present in both the 2025-01-31 and the
 * 2025-09-29 revision, and some added in 2025-09-29 only — the rows a re-check must list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ListData, type ListEntry } from "../../src/core/data/schemas";
import { diffLists } from "../../src/core/data/list-diff";
import { importMetiEulCsv } from "../../scripts/importers/meti-eul-csv";
import type { CellValue } from "../../src/excel/workbook/port";

export const SHARED = join(__dirname, "../../../shared/data");
export const OLD_EUL = join(SHARED, "lists/meti-eul/eul_20250131.csv");
export const NEW_EUL = join(SHARED, "lists/meti-eul/20250929_4.xlsx");
export const HEADERS = ["受注番号", "品名", "仕様", "HSコード", "金額", "仕向地", "需要者"];

const ITEMS: [string, string, string][] = [
  ["六角ボルト", "M8×30 SUS304", "7318.15"],
  ["ボールベアリング", "内径20mm", "8482.10"],
  ["真空ポンプ", "到達圧力 1Pa", "8414.10"],
  ["マシニングセンタ", "5軸 位置決め精度 6μm", "8457.10"],
  ["圧力計", "0-1MPa", "9026.20"],
  ["炭素繊維", "引張強度 3,000MPa", "6815.10"],
  ["周波数変換器", "出力 600Hz", "8504.40"],
  ["ノートパソコン", "汎用", "8471.30"],
];
const COUNTRIES = ["中国", "タイ", "ドイツ", "米国", "ベトナム", "インド", "大韓民国", "台湾", "シンガポール", "アラブ首長国連邦"];
const WORDS = ["Tokyo", "Osaka", "Pacific", "Global", "Sakura", "Delta", "Orion", "Summit", "Lotus", "Harbor"];
const KINDS = ["Trading", "Precision", "Machinery", "Electronics", "Industries", "Supply"];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface OrderTable {
  rows: CellValue[][];
  /** 0-based sheet rows whose customer is an entry added in the 2025-09-29 revision. */
  newEntryRows: number[];
  /** 0-based sheet rows whose customer is on both revisions. */
  stableHitRows: number[];
  older: ListData;
  newer: ListData;
}

export async function buildOrderTable(n = 1000): Promise<OrderTable> {
  const newer = ListData.parse(JSON.parse(readFileSync(join(__dirname, "../../rules/lists/meti-eul.json"), "utf8")));
  const older = await importMetiEulCsv({ name: "eul_20250131.csv", bytes: new Uint8Array(readFileSync(OLD_EUL)) });
  const diff = diffLists(older, newer);
  const addedKeys = new Set(diff.added.map((e) => e.key));
  const oldKeys = new Set(older.entries.map((e) => e.key));
  const added = diff.added.slice(0, 12);
  const stable = newer.entries.filter((e) => oldKeys.has(e.key) && !addedKeys.has(e.key)).filter((_e, i) => i % 25 === 0).slice(0, 20);
  const rand = rng(20251009);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const rows: CellValue[][] = [HEADERS];
  const special = new Map<number, { entry: ListEntry; kind: "new" | "stable" }>();
  // Spread the list customers over the sheet at fixed, distinct rows.
  [...added.map((entry) => ({ entry, kind: "new" as const })), ...stable.map((entry) => ({ entry, kind: "stable" as const }))].forEach((s, i, all) => special.set(1 + Math.floor(((i + 0.5) * n) / all.length), s));
  const newEntryRows: number[] = [];
  const stableHitRows: number[] = [];
  for (let r = 1; r <= n; r++) {
    const [item, spec, hs] = pick(ITEMS);
    const s = special.get(r);
    const customer = s ? s.entry.name : `${pick(WORDS)} ${pick(KINDS)} Co., Ltd.`;
    const country = s ? (s.entry.country?.name ?? "") : pick(COUNTRIES);
    if (s?.kind === "new") newEntryRows.push(r);
    if (s?.kind === "stable") stableHitRows.push(r);
    rows.push([`SO-${String(r).padStart(5, "0")}`, item, spec, hs, Math.round(rand() * 5_000_000), country, customer]);
  }
  return { rows, newEntryRows, stableHitRows, older, newer };
}
