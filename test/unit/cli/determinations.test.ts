/**
 * `anpo-screen screen --determinations MASTER` on the real bundled data: a CSV or XLSX 判定書マスタ
 * applied per part number; a master with bad rows is refused whole, with line numbers (exit 1).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./run-cli";

const tmp = mkdtempSync(join(tmpdir(), "anpo-det-"));
process.env.ANPO_SCREEN_HOME = join(tmp, "home");


const orders = join(tmp, "orders.csv");
writeFileSync(
  orders,
  [
    "受注番号,型番,品名,HS,金額,仕向地,需要者",
    "SO-1,TS-100,Tシャツ 綿100%,6109.10,50000,米国,Acme Corp",
    "SO-2,MC-3,3軸マシニングセンタ,8457.10,5000000,米国,Acme Corp",
    "SO-3,OLD-1,ボルト M8,7318.15,50000,米国,Acme Corp",
    "SO-4,NONE,Tシャツ 綿100%,6109.10,50000,米国,Acme Corp",
  ].join("\n"),
);

const MASTER_HEADER = "品番,該非,項番,根拠条項,判定書番号,判定者,判定日,改正基準日,有効期限";
const goodRows = [
  "ts-100,非該当,,,ABC-123,山田,2026-04-01,2026-04-01,",
  "MC-3,該当,2項(12),貨物等省令第1条第12号,MC-1,佐藤,2026/4/2,2026-02-14,2027-03-31",
  "OLD-1,非該当,,,OLD-1,山田,2020-01-10,2020-01-10,",
];

function results(path: string) {
  return readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l));
}

describe("screen --determinations", () => {
  it("applies a CSV master by part number and reports how many rows used it", async () => {
    const master = join(tmp, "master.csv");
    writeFileSync(master, "\ufeff" + [MASTER_HEADER, ...goodRows].join("\r\n"));
    const out = join(tmp, "out.jsonl");
    const r = await cli("screen", orders, "-o", out, "--determinations", master, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rows: 4, determinationsApplied: 2 });
    const [so1, so2, so3, so4] = results(out);
    expect(so1.decision.classification.summary).toBe("非該当（判定書 ABC-123, 山田 2026-04-01）");
    expect(so1.input.part).toBe("TS-100");
    expect(so2.verdict).toBe("license_required");
    expect(so2.decision.classification.matches[0]).toMatchObject({ exportOrderItem: "2項(12)", citation: "貨物等省令第1条第12号" });
    expect(so3.verdict).toBe("review");
    expect(so3.decision.classification.summary).toMatch(/判定書の再確認が必要（改正後）: OLD-1/);
    expect(so4.decision.classification.flags.some((f: string) => f.startsWith("determination"))).toBe(false);
  });

  it("reads an XLSX master with English headers and Excel dates; the table summary says how many rows used it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Master");
    ws.addRow(["Part No", "Status", "Items", "Reference", "Reviewer", "Date", "Law revision"]);
    ws.addRow(["TS-100", "not listed", null, "ABC-123", "Yamada", new Date(Date.UTC(2026, 3, 1)), new Date(Date.UTC(2026, 3, 1))]);
    const master = join(tmp, "master.xlsx");
    await wb.xlsx.writeFile(master);
    const out = join(tmp, "out2.jsonl");
    const r = await cli("screen", orders, "-o", out, "--determinations", master);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/判定書を適用した行 \(rows classified by a recorded determination\): 1/);
    expect(results(out)[0].decision.classification.summary).toBe("非該当（判定書 ABC-123, Yamada 2026-04-01）");
  });

  it("refuses a master with bad rows: exit 1, every bad line named, no output written", async () => {
    const master = join(tmp, "bad.csv");
    writeFileSync(master, [MASTER_HEADER, goodRows[0], "X-1,該当,,,R-2,山田,2026-04-01,2026-04-01,", "X-2,たぶん,,,R-3,,2026-02-30,,"].join("\n"));
    const out = join(tmp, "never.jsonl");
    const r = await cli("screen", orders, "-o", out, "--determinations", master);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.csv: 2 bad row\(s\), nothing applied/);
    expect(r.err).toMatch(/line 3: 項番: 該当の判定書には項番が必要です/);
    const line4 = r.err.split("\n").find((l) => l.includes("line 4:")) ?? "";
    expect(line4).toMatch(/該非: 「該当」か「非該当」で書いてください（たぶん）/);
    expect(line4).toMatch(/判定者がありません/);
    expect(line4).toMatch(/判定日: 日付として読めません（2026-02-30）/);
    expect(line4).not.toMatch(/Invalid option/);
    expect(r.err).not.toMatch(/line 2:/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a missing or unsupported master file and a master without the required columns", async () => {
    expect((await cli("screen", orders, "-o", join(tmp, "a.jsonl"), "--determinations", join(tmp, "nope.csv"))).err).toMatch(/nope\.csv: not found/);
    expect((await cli("screen", orders, "-o", join(tmp, "a.jsonl"), "--determinations", orders.replace(".csv", ".txt"))).code).toBe(1);
    const thin = join(tmp, "thin.csv");
    writeFileSync(thin, "品番,該非\nA,非該当\n");
    const r = await cli("screen", orders, "-o", join(tmp, "a.jsonl"), "--determinations", thin);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 1: 列がありません: 判定者、判定日、判定書番号/);
  });

  it("--map part=Header maps the part column by name", async () => {
    const odd = join(tmp, "odd.csv");
    writeFileSync(odd, "Goods,Code,Ship to,Buyer\nTシャツ 綿100%,TS-100,米国,Acme Corp\n");
    const master = join(tmp, "master.csv");
    const out = join(tmp, "odd.jsonl");
    const r = await cli("screen", odd, "-o", out, "--map", "item=Goods", "--map", "part=Code", "--map", "country=Ship to", "--map", "customer=Buyer", "--determinations", master, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).determinationsApplied).toBe(1);
  });
});
