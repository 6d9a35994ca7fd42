/**
 * The CLI's contract on the real bundled data: subcommands, JSON/JSONL output validated against
 * the result schemas, exit codes (0 ok, 1 bad usage/input, 2 internal), and file screening that
 * never touches the input.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { cli } from "./run-cli";
import { Classification, Decision, PartyRisk } from "../../../src/core/results";
import { RESULT_HEADERS } from "../../../src/excel/workbook/screen-table";
import { ORDER_HEADERS } from "../../../scripts/make-examples";

const root = join(__dirname, "..", "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "anpo-cli-"));
process.env.ANPO_SCREEN_HOME = join(tmp, "home");


describe("usage", () => {
  it("--help lists every subcommand", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    for (const c of ["classify", "party", "destination", "decide", "screen", "lists"]) expect(r.out).toContain(`anpo-screen ${c}`);
  });
  it("an unknown flag exits 1 with a one-line message", async () => {
    const r = await cli("classify", "--jsno", "x");
    expect(r).toMatchObject({ code: 1, err: "anpo-screen: unknown option: --jsno" });
  });
  it("an unknown command exits 1", async () => {
    expect((await cli("clasify", "x")).code).toBe(1);
  });
  it("an unreadable input file exits 1 with a one-line message", async () => {
    const r = await cli("classify", "--input", join(tmp, "nope.txt"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^anpo-screen: cannot read input file: .*nope\.txt \(not found\)$/);
  });
  it("decide without its required flags exits 1 naming them", async () => {
    const r = await cli("decide", "--spec", "x");
    expect(r).toMatchObject({ code: 1, err: "anpo-screen: decide needs --country, --customer" });
  });
  it("catch-all answers take yes or no, and change the verdict", async () => {
    const base = ["decide", "--spec", "炭素繊維 引張弾性率 200GPa 引張強度 3.0GPa 密度 1.80g/cm3", "--hs", "6815.11", "--country", "中国", "--customer", "Beihang University"];
    expect((await cli(...base)).out).toMatch(/^要確認: 明らかガイドライン/);
    expect((await cli(...base, "--clearly-unrelated-wmd", "no")).out).toMatch(/^許可要/);
    expect((await cli(...base, "--clearly-unrelated-wmd", "maybe")).code).toBe(1);
  });
  it("a bad --value-jpy exits 1", async () => {
    expect((await cli("decide", "--spec", "x", "--country", "US", "--customer", "y", "--value-jpy", "lots")).code).toBe(1);
  });
});

describe("JSON and JSONL output", () => {
  it("classify --input prints one valid Classification per line, in input order", async () => {
    const f = join(tmp, "specs.txt");
    const specs = ["量子コンピュータ 物理量子ビット 40 / CNOT error 0.01%", "", "六角ボルト M8", "carbon fibre 324 GPa, 7.0 GPa, 1.79 g/cm3"];
    writeFileSync(f, specs.join("\n") + "\n");
    const r = await cli("classify", "--input", f);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toHaveLength(specs.length);
    for (const l of lines) Classification.parse(JSON.parse(l));
    // An empty spec is never 非該当.
    expect(JSON.parse(lines[1]).status).not.toBe("not_listed");
  });
  it("party --input reads RFC 4180 CSV (quoted commas) and keeps the order", async () => {
    const f = join(tmp, "parties.csv");
    writeFileSync(f, 'name,country\n"Candid General Trading, L.L.C.",AE\nToyota Motor Corporation,\n"Beihang University",CN\n');
    const r = await cli("party", "--input", f);
    expect(r.code).toBe(0);
    const rows = r.out.split("\n").map((l) => PartyRisk.parse(JSON.parse(l)));
    expect(rows).toHaveLength(3);
    expect(rows[2].status).toBe("hit");
    expect(rows[2].matches[0].list).toBe("METI-EUL");
  });
  it("party --input without a name column exits 1", async () => {
    const f = join(tmp, "bad.csv");
    writeFileSync(f, "company,country\nX,Y\n");
    expect((await cli("party", "--input", f)).code).toBe(1);
  });
  it("decide --json prints a valid Decision naming its versions", async () => {
    const r = await cli("decide", "--json", "--spec", "六角ボルト M8", "--hs", "7318.15", "--country", "米国", "--customer", "Toyota Motor Corporation");
    expect(r.code).toBe(0);
    const d = Decision.parse(JSON.parse(r.out));
    expect(d.classification.rulesVersion).toMatch(/貨物等省令/);
    expect(d.party.listsVersion).toMatch(/METI-EUL 2025-09-29/);
  });
  it("lists --json shows the law's tables and the list versions", async () => {
    const r = await cli("lists", "--json");
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out);
    expect(v.tables).toMatchObject({ 別表第3: 27, 別表第3の2: 10, 別表第4: 3, 別表第2の4: 10 });
    expect(v.lists.find((l: { id: string }) => l.id === "METI-EUL")).toMatchObject({ entries: 835, date: "2025-09-29" });
  });
});

describe("screen", () => {
  const input = join(root, "examples", "orders.xlsx");
  const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");

  it("screens the demo workbook into a new file and leaves the input untouched", async () => {
    const before = sha(input);
    const out = join(tmp, "out.xlsx");
    const r = await cli("screen", input, "-o", out, "--json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.rows).toBe(240);
    expect(Object.values(s.counts as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(240);
    expect(sha(input)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("受注一覧")!;
    // The result columns start right of the sheet's own columns (ORDER_HEADERS of the demo sheet).
    const first = ORDER_HEADERS.length + 1;
    expect(RESULT_HEADERS.map((_, j) => ws.getRow(1).getCell(first + j).value)).toEqual([...RESULT_HEADERS]);
    expect(ws.getRow(2).getCell(1).value).toBe("SO-2026-000001");
    expect(wb.getWorksheet("Anpo監査ログ")!.rowCount).toBe(2);
  });
  it("refuses to write over its input", async () => {
    expect((await cli("screen", input, "-o", input)).code).toBe(1);
  });
  it("reads CSV and writes JSONL in input order", async () => {
    const f = join(tmp, "orders.csv");
    writeFileSync(f, "品名,仕様,仕向地,需要者,HS\nボルト,M8,米国,Toyota Motor Corporation,7318.15\n量子コンピュータ,物理量子ビット 40,中国,Beihang University,8471.50\n");
    const out = join(tmp, "o.jsonl");
    expect((await cli("screen", f, "-o", out)).code).toBe(0);
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.row)).toEqual([2, 3]);
    expect(lines[1].decision.party.status).toBe("hit");
    expect(lines[1].verdict).not.toBe("no_license");
  });
  it("names the missing columns of a sheet it cannot map", async () => {
    const f = join(tmp, "nocols.csv");
    writeFileSync(f, "a,b\n1,2\n");
    const r = await cli("screen", f, "-o", join(tmp, "x.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/仕向地/);
  });
  it("--map overrides a header guess and rejects an unknown header", async () => {
    const f = join(tmp, "odd.csv");
    writeFileSync(f, "Goods,Ship to,Buyer\nボルト M8,米国,Toyota Motor Corporation\n");
    expect((await cli("screen", f, "-o", join(tmp, "odd.jsonl"), "--map", "item=Goods", "--map", "country=Ship to", "--map", "customer=Buyer")).code).toBe(0);
    expect((await cli("screen", f, "-o", join(tmp, "odd.jsonl"), "--map", "item=Nope")).code).toBe(1);
  });
  it("a corrupt xlsx exits 1 with a message", async () => {
    const f = join(tmp, "corrupt.xlsx");
    writeFileSync(f, readFileSync(input).subarray(0, 2000));
    const r = await cli("screen", f, "-o", join(tmp, "c.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^anpo-screen: cannot read .*corrupt\.xlsx/);
  });
});

describe("the installed command", () => {
  const bin = join(root, "bin", "anpo-screen.js");
  // The bundle is what users run: rebuild it from the current sources first.
  beforeAll(() => {
    const b = spawnSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { encoding: "utf8" });
    if (b.status !== 0) throw new Error(b.stderr);
  });
  it("runs as a process with real exit codes", () => {
    const ok = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("anpo-screen screen");
    const bad = spawnSync(process.execPath, [bin, "party", "--bogus"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
