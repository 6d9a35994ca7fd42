/**
 * Writes examples/orders.xlsx — the demo's order sheet (`npm run demo`) — and examples/determinations.csv
 * (an example 判定書マスタ for it), and `makeOrders(n)` for the
 * 100,000-row benchmark. Deterministic (seeded), so the committed file is reproducible:
 *   npx tsx scripts/make-examples.ts
 *
 * The rows are what a trading company's order sheet looks like: Japanese headers, specs typed in
 * Japanese or English, parts from the recent additions on both sides of their thresholds, incomplete
 * specs, ordinary goods with HS codes, destinations across Group A / general / 別表第3の2 / 別表第4 /
 * Russia, customers taken from the real End User List and designated-entity lists (spelled the way
 * orders spell them: aliases, script names, legal forms changed, a typo) and real clean companies.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..");

interface Spec {
  /** 型番 (model / part number), the key of the company's 判定書マスタ */
  part: string;
  item: string;
  spec: string;
  hs: string;
  unitPrice: number;
}

/** Parts and goods; comments give the clause each one exercises. */
const SPECS: Spec[] = [
  // 8項 quantum computers, 貨物等省令第7条第6号イ
  { part: "QC-40S", item: "量子コンピュータ", spec: "物理量子ビット 40 / CNOT error 0.01%", hs: "8471.50", unitPrice: 480_000_000 },
  { part: "QX-127", item: "Quantum computer", spec: "127 qubits, CNOT error 0.8%", hs: "8471.50", unitPrice: 350_000_000 },
  { part: "SQC-150", item: "超伝導量子コンピュータ", spec: "150量子ビット", hs: "8471.50", unitPrice: 400_000_000 },
  { part: "QX-2048", item: "Quantum computer", spec: "2048 physical qubits", hs: "8471.50", unitPrice: 900_000_000 },
  // 7項(1) cryogenic CMOS, 第6条第1号カ
  { part: "CRY-CMOS-4K", item: "極低温CMOS集積回路", spec: "CMOS 動作温度 4K", hs: "8542.39", unitPrice: 120_000 },
  { part: "CCM-77", item: "Cryogenic CMOS IC", spec: "CMOS, designed to operate at 77 K", hs: "8542.39", unitPrice: 45_000 },
  { part: "CMOS-4K2", item: "CMOS IC", spec: "CMOS, operating temperature -269.15℃", hs: "8542.39", unitPrice: 150_000 },
  // 7項(16) SEM for IC imaging, 第6条第17号の2イ (parameters usually missing on orders)
  { part: "SEM-IC900", item: "走査型電子顕微鏡", spec: "半導体回路パターン画像取得用 SEM", hs: "9012.10", unitPrice: 95_000_000 },
  // 7項(16) exposure equipment, 第6条第17号ヲ
  { part: "ARF-1350", item: "ArF液浸露光装置", spec: "光源波長 193nm NA 1.35 重ね合わせ精度 2.0nm", hs: "8486.20", unitPrice: 6_500_000_000 },
  { part: "NXT-193i", item: "ArF immersion scanner", spec: "193 nm, NA 1.35, overlay 3.0 nm", hs: "8486.20", unitPrice: 5_000_000_000 },
  { part: "KRF-080", item: "KrF露光装置", spec: "波長 248nm NA 0.80", hs: "8486.20", unitPrice: 1_800_000_000 },
  // 2項(12) / 6項(2) numerically controlled machine tools
  { part: "MC5-400", item: "5軸マシニングセンタ", spec: "同時5軸輪郭制御 位置決め精度 0.004mm", hs: "8457.10", unitPrice: 62_000_000 },
  { part: "VMC-850", item: "立形マシニングセンタ", spec: "3軸 位置決め精度 0.010mm (ISO 230/2 1988)", hs: "8457.10", unitPrice: 18_000_000 },
  { part: "CL-2A", item: "CNC lathe", spec: "2 axes, positioning accuracy 0.008 mm", hs: "8458.11", unitPrice: 14_000_000 },
  { part: "NCF-3X", item: "NCフライス盤", spec: "3軸", hs: "8459.61", unitPrice: 9_800_000 },
  // 2項(17) / 5項(18) carbon fibre
  { part: "CF-T1000", item: "carbon fibre", spec: "324 GPa, 7.0 GPa, 1.79 g/cm3", hs: "6815.11", unitPrice: 2_400_000 },
  { part: "CF-T800", item: "炭素繊維", spec: "引張弾性率 230GPa 引張強度 4.9GPa 密度 1.80g/cm3", hs: "6815.11", unitPrice: 900_000 },
  { part: "CF-T300", item: "炭素繊維 汎用グレード", spec: "引張弾性率 200GPa 引張強度 3.0GPa 密度 1.80g/cm3", hs: "6815.11", unitPrice: 400_000 },
  { part: "CF-HS", item: "炭素繊維", spec: "高強度品", hs: "6815.11", unitPrice: 700_000 },
  // 8項 computers, 9項 encryption, 2項 inverters
  { part: "NB-i7-16", item: "ノートPC", spec: "Core i7 16GB RAM 512GB SSD", hs: "8471.30", unitPrice: 180_000 },
  { part: "INV-600-40", item: "インバータ", spec: "周波数変換器 出力周波数 600Hz 40kW", hs: "8504.40", unitPrice: 850_000 },
  { part: "VPN-AES256", item: "VPNルータ", spec: "AES-256 暗号機能付き", hs: "8517.62", unitPrice: 120_000 },
  // 16項 goods: (1) by 第14条の2 HS list, (2) other chapters
  { part: "MCU-32F080", item: "汎用マイコン", spec: "32bit MCU 80MHz", hs: "8542.31", unitPrice: 350 },
  { part: "OSC-200M4", item: "オシロスコープ", spec: "帯域 200MHz 4ch", hs: "9030.20", unitPrice: 420_000 },
  { part: "HB-M8-30-SUS", item: "六角ボルト", spec: "M8×30 SUS304", hs: "7318.15", unitPrice: 12 },
  { part: "6204ZZ", item: "Ball bearing", spec: "6204ZZ deep groove", hs: "8482.10", unitPrice: 300 },
  { part: "RC1608-103", item: "チップ抵抗器", spec: "10kΩ 1608", hs: "8533.21", unitPrice: 1 },
  { part: "OC-MESH-BK", item: "Office chair", spec: "mesh back, black", hs: "9401.30", unitPrice: 25_000 },
  { part: "SS304-2.0", item: "ステンレス鋼板", spec: "SUS304 t=2.0mm", hs: "7219.33", unitPrice: 30_000 },
  { part: "GP-20M", item: "油圧ポンプ", spec: "ギアポンプ 20MPa", hs: "8413.60", unitPrice: 95_000 },
  // outside 16項 chapters
  { part: "GT-SENCHA-100", item: "緑茶", spec: "煎茶 100g", hs: "0902.10", unitPrice: 1_200 },
  { part: "TS-COT-WH-M", item: "綿Tシャツ", spec: "白 Mサイズ", hs: "6109.10", unitPrice: 900 },
  // incomplete
  { part: "KIT-SET-01", item: "部品一式", spec: "", hs: "", unitPrice: 500_000 },
  { part: "SMP-001", item: "サンプル品", spec: "仕様書別送", hs: "", unitPrice: 10_000 },
  { part: "SP-LIST-01", item: "Spare parts", spec: "see attached list", hs: "8466.93", unitPrice: 250_000 },
];

/** Destinations as staff type them; the comment says which table the country is in. */
const DESTINATIONS = {
  groupA: ["米国", "USA", "アメリカ", "ドイツ", "Germany", "英国", "UK", "韓国", "大韓民国", "France", "カナダ", "オーストラリア"],
  general: ["中国", "China", "中華人民共和国", "台湾", "香港", "マカオ", "タイ", "ベトナム", "インド", "Malaysia", "シンガポール", "UAE", "アラブ首長国連邦", "トルコ", "ブラジル", "メキシコ", "パキスタン", "エジプト", "イスラエル"],
  table3_2: ["アフガニスタン", "中央アフリカ", "コンゴ民主共和国", "レバノン", "リビア", "ソマリア", "南スーダン", "スーダン"],
  table4: ["イラン", "イラク", "北朝鮮"],
  russia: ["ロシア", "Russia", "ベラルーシ"],
};

/** Real organisations not on the Japanese lists (clean customers). */
const CLEAN = [
  ["Toyota Motor Corporation", "米国"], ["トヨタ自動車株式会社", "タイ"], ["Siemens AG", "ドイツ"], ["Samsung Electronics Co., Ltd.", "韓国"],
  ["Hon Hai Precision Industry Co., Ltd.", "台湾"], ["鴻海精密工業股份有限公司", "台湾"], ["Infineon Technologies AG", "ドイツ"],
  ["Texas Instruments Incorporated", "USA"], ["Robert Bosch GmbH", "Germany"], ["Hyundai Motor Company", "韓国"], ["VinFast", "ベトナム"],
  ["Mahindra & Mahindra Ltd.", "インド"], ["Tata Steel Limited", "インド"], ["Petronas", "Malaysia"], ["Emirates Global Aluminium", "UAE"],
  ["BYD Company Limited", "中国"], ["比亚迪股份有限公司", "中国"], ["Haier Group", "China"], ["Lenovo Group Limited", "香港"],
  ["Thai Union Group", "タイ"], ["Rolls-Royce plc", "英国"], ["Airbus SE", "France"], ["Magna International", "カナダ"],
  ["BHP Group", "オーストラリア"], ["Embraer S.A.", "ブラジル"], ["Grupo Bimbo", "メキシコ"], ["Arçelik A.Ş.", "トルコ"],
  ["Singapore Technologies Engineering", "シンガポール"], ["Taiwan Semiconductor Manufacturing Company", "台湾"],
  ["Sands China Ltd.", "マカオ"], ["Engro Corporation", "パキスタン"], ["Elsewedy Electric", "エジプト"], ["Tower Semiconductor", "イスラエル"],
  ["株式会社日立製作所", "米国"], ["Panasonic Holdings Corporation", "ドイツ"], ["三菱電機株式会社", "中国"],
];

interface ListEntryLite {
  key: string;
  name: string;
  names: { value: string; kind: string }[];
  country?: { name: string; iso2?: string };
}

/** Listed customers: real entries, spelled the way orders spell them. */
const LISTED_VARIANTS: { list: string; keyContains: string; spell: (e: ListEntryLite) => string; country?: string }[] = [
  { list: "meti-eul", keyContains: "beijing university of aeronautics", spell: () => "Beihang University" },
  { list: "meti-eul", keyContains: "beijing university of aeronautics", spell: (e) => e.names.find((n) => n.kind === "script")?.value ?? e.name },
  { list: "meti-eul", keyContains: "beijing university of aeronautics", spell: () => "BEIJING UNIV. OF AERONAUTICS & ASTRONAUTICS" },
  { list: "meti-eul", keyContains: "des international", spell: () => "DES International Co Ltd" },
  { list: "meti-eul", keyContains: "farayand technique", spell: () => "Farayand Technic" },
  { list: "meti-eul", keyContains: "zibo shenbo", spell: () => "Zibo Shenbo Machinelectronics Co., Ltd." },
  { list: "meti-eul", keyContains: "zibo shenbo", spell: (e) => e.names.find((n) => n.kind === "script")?.value ?? e.name },
  { list: "meti-eul", keyContains: "kurganmashzavod", spell: () => "Kurganmashzavod PJSC" },
  { list: "meti-eul", keyContains: "zavod miass", spell: () => "Miass Machine Building Factory" },
  { list: "meti-eul", keyContains: "amroggang", spell: () => "Amroggang Developmnt Bank" },
  { list: "meti-eul", keyContains: "pishtazan kavosh", spell: () => "Pishtazan Kavosh Gostar Boshra" },
  { list: "meti-eul", keyContains: "tem international", spell: () => "TEM INTERNATIONAL FZC", country: "UAE" },
  { list: "meti-eul", keyContains: "tem international", spell: () => "TEM International FZE", country: "香港" },
  { list: "meti-eul", keyContains: "triton educational", spell: () => "Triton Educational Equipment and Consultancy Company" },
];

const RU_PICK = 6;

/** mulberry32: tiny seeded PRNG so the file is the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadList(name: string): ListEntryLite[] {
  const p = join(root, "rules", "lists", `${name}.json`);
  if (!existsSync(p)) return [];
  return (JSON.parse(readFileSync(p, "utf8")) as { entries: ListEntryLite[] }).entries;
}

const ISO_TO_DEST: Record<string, string> = { CN: "中国", IR: "イラン", KP: "北朝鮮", AE: "UAE", PK: "パキスタン", RU: "ロシア", HK: "香港", BY: "ベラルーシ" };

export interface OrderRow {
  受注番号: string;
  品名: string;
  型番: string;
  仕様: string;
  HS: string;
  数量: number;
  "金額(円)": number;
  仕向地: string;
  需要者: string;
}

export function makeOrders(n: number, seed = 20251009): OrderRow[] {
  const rand = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)];
  const eul = loadList("meti-eul");
  const ru = loadList("meti-ru");
  const listed: [string, string][] = [];
  for (const v of LISTED_VARIANTS) {
    const e = eul.find((x) => x.key.includes(v.keyContains));
    if (!e) throw new Error(`examples: End User List entry not found: ${v.keyContains} (run npm run rules:build)`);
    listed.push([v.spell(e), v.country ?? ISO_TO_DEST[e.country?.iso2 ?? ""] ?? e.country?.name ?? ""]);
  }
  for (const e of ru.filter((_, i) => i % 97 === 3).slice(0, RU_PICK)) {
    const ja = e.names.find((x) => x.kind === "ja")?.value;
    listed.push([rand() < 0.5 && ja ? ja : e.name, "ロシア"]);
  }
  const rows: OrderRow[] = [];
  for (let i = 0; i < n; i++) {
    const spec = SPECS[i % SPECS.length === 0 ? Math.floor(rand() * SPECS.length) : Math.floor(rand() * SPECS.length)];
    let customer: string;
    let dest: string;
    const r = rand();
    if (r < 0.16 && listed.length) [customer, dest] = pick(listed);
    else if (r < 0.82) {
      [customer, dest] = pick(CLEAN);
      if (rand() < 0.15) dest = pick([...DESTINATIONS.general, ...DESTINATIONS.groupA]);
    } else {
      customer = pick(["Global Trading LLC", "Al Noor General Trading", "Sunrise Industrial Co., Ltd.", "未定", ""]);
      dest = pick([...DESTINATIONS.table3_2, ...DESTINATIONS.table4, ...DESTINATIONS.russia, ...DESTINATIONS.general]);
    }
    const qty = spec.unitPrice > 10_000_000 ? 1 : spec.unitPrice > 100_000 ? 1 + Math.floor(rand() * 5) : 10 * (1 + Math.floor(rand() * 500));
    rows.push({
      受注番号: `SO-2026-${String(i + 1).padStart(6, "0")}`,
      品名: spec.item,
      型番: spec.part,
      仕様: spec.spec,
      HS: spec.hs,
      数量: qty,
      "金額(円)": qty * spec.unitPrice,
      仕向地: dest,
      需要者: customer,
    });
  }
  // Value boundaries of the small-value exemption (輸出令第4条第1項第5号): exactly ¥1,000,000 and one yen more.
  if (n >= 200) {
    rows[17] = { ...rows[17], 品名: "インバータ", 型番: "INV-600-40", 仕様: "周波数変換器 出力周波数 600Hz 40kW", HS: "8504.40", 数量: 1, "金額(円)": 1_000_000, 仕向地: "タイ", 需要者: "Thai Union Group" };
    rows[18] = { ...rows[18], 品名: "インバータ", 型番: "INV-600-40", 仕様: "周波数変換器 出力周波数 600Hz 40kW", HS: "8504.40", 数量: 1, "金額(円)": 1_000_001, 仕向地: "タイ", 需要者: "Thai Union Group" };
  }
  return rows;
}

export const ORDER_HEADERS: (keyof OrderRow)[] = ["受注番号", "品名", "型番", "仕様", "HS", "数量", "金額(円)", "仕向地", "需要者"];

export async function writeOrdersXlsx(path: string, rows: OrderRow[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Anpo Screen examples";
  wb.created = new Date("2026-01-05T00:00:00Z");
  wb.modified = wb.created;
  const ws = wb.addWorksheet("受注一覧");
  ws.columns = ORDER_HEADERS.map((h) => ({ header: h, key: h, width: { 受注番号: 16, 品名: 22, 型番: 14, 仕様: 44, HS: 9, 数量: 7, "金額(円)": 15, 仕向地: 14, 需要者: 40 }[h] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.getColumn("金額(円)").numFmt = "#,##0";
  await wb.xlsx.writeFile(path);
}

/**
 * An example 判定書マスタ (the company's recorded 該非判定 per 型番) for the demo's ordinary goods —
 * the parts the rule engine rightly leaves 要確認 from their text alone. Illustrative records, not
 * real 判定書; one is made against the 2025 text so the demo shows a stale determination reopened.
 */
export const EXAMPLE_DETERMINATIONS: string[][] = [
  ["型番", "品名", "該非", "項番", "HSコード", "判定書番号", "判定者", "判定日", "改正基準日", "備考"],
  ["HB-M8-30-SUS", "六角ボルト", "非該当", "", "7318.15", "EX-2026-0001", "安保 花子", "2026-04-01", "2026-02-14", "例示用（実在の判定書ではありません）"],
  ["6204ZZ", "Ball bearing", "非該当", "", "8482.10", "EX-2026-0002", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["RC1608-103", "チップ抵抗器", "非該当", "", "8533.21", "EX-2026-0003", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["OC-MESH-BK", "Office chair", "非該当", "", "9401.30", "EX-2026-0004", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["SS304-2.0", "ステンレス鋼板", "非該当", "", "7219.33", "EX-2026-0005", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["GT-SENCHA-100", "緑茶", "非該当", "", "0902.10", "EX-2026-0006", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["TS-COT-WH-M", "綿Tシャツ", "非該当", "", "6109.10", "EX-2026-0007", "安保 花子", "2026-04-01", "2026-02-14", "例示用"],
  ["NB-i7-16", "ノートPC", "非該当", "", "8471.30", "EX-2026-0008", "安保 花子", "2026-04-01", "2026-02-14", "例示用: 9項はマスマーケット品（メーカーの書面で確認）"],
  ["MCU-32F080", "汎用マイコン", "非該当", "", "8542.31", "EX-2025-0311", "安保 花子", "2025-06-02", "2025-05-28", "例示用: 改正前の判定書（再確認が必要な例）"],
];

export function determinationsCsv(rows: string[][] = EXAMPLE_DETERMINATIONS): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join(",")).join("\n") + "\n";
}

if (require.main === module) {
  writeFileSync(join(root, "examples", "determinations.csv"), determinationsCsv());
  console.log(`wrote examples/determinations.csv (${EXAMPLE_DETERMINATIONS.length - 1} determinations)`);
  writeOrdersXlsx(join(root, "examples", "orders.xlsx"), makeOrders(240)).then(() => console.log("wrote examples/orders.xlsx (240 rows)"));
}
