/** Format detection and refusals: every bad file becomes an ImportError that says what is wrong. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { ImportError } from "../../../scripts/importers/common";
import { importListFile } from "../../../scripts/importers/detect";
import { parseCsv } from "../../../scripts/importers/list-csv";

const DATA = join(__dirname, "..", "..", "..", "..", "shared", "data", "lists");
const eulBytes = new Uint8Array(readFileSync(join(DATA, "meti-eul", "20250929_4.xlsx")));
const csvText = readFileSync(join(DATA, "meti-eul", "eul_20250131.csv"), "utf8");
const enc = (s: string) => new TextEncoder().encode(s);

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function refusal(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importListFile({ name, bytes });
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error("import was not refused");
}

describe("recognised formats", () => {
  test("METI's End User List workbook, by its sheet", async () => {
    const d = await importListFile({ name: "anything.bin", bytes: eulBytes });
    expect(d.version).toBe("METI-EUL 2025-09-29");
    expect(d.entries).toHaveLength(835);
  }, 60_000);
  test("the End User List CSV, by its header", async () => {
    const d = await importListFile({ name: "eul_20250131.csv", bytes: enc(csvText) });
    expect(d.version).toBe("METI-EUL 2025-01-31");
  });
  test("a designated-entities extract, by its MOFA notice", async () => {
    const d = await importListFile({ name: "list_belarus_tokutei.txt", bytes: new Uint8Array(readFileSync(join(DATA, "meti-designated", "list_belarus_tokutei.txt"))) });
    expect(d.id).toBe("METI-BY");
    expect(d.entries).toHaveLength(27);
  });
});

describe("refusals", () => {
  test("a truncated xlsx (cut bytes)", async () => {
    const e = await refusal("20250929_4.xlsx", eulBytes.slice(0, Math.floor(eulBytes.length / 2)));
    expect(e.message).toMatch(/not a readable \.xlsx workbook \(truncated or damaged\?\)/);
  });
  test("a workbook without the list sheet", async () => {
    const bytes = await workbookBytes((wb) => wb.addWorksheet("Sheet1").addRow(["No.", "Name"]));
    const e = await refusal("other.xlsx", bytes);
    expect(e.message).toMatch(/without a known list sheet \(sheets: Sheet1; expected "ユーザーリスト"/);
  });
  test("the EUL sheet missing columns", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("ユーザーリスト");
      ws.addRow(["No.", "国名、地域名\nCountry or Region", "企業名､組織名\nCompany or Organization"]);
      ws.addRow([1, "イラン\nIslamic Republic of Iran", "X Co"]);
    });
    const e = await refusal("eul.xlsx", bytes);
    expect(e.message).toMatch(/lacks columns: aliases .*; wmd .*; cw/);
  });
  test("an EUL row whose concern cell cannot be read names the row", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("ユーザーリスト");
      ws.addRow(["No.", "国名、地域名\nCountry or Region", "企業名､組織名\nCompany or Organization", "別名\nAlso Known As", "懸念区分\nType of WMD", "通常兵器\nConventional Weapons"]);
      ws.addRow([1, "イラン\nIslamic Republic of Iran", "X Co", null, "核\nQ", null]);
    });
    const e = await refusal("20991231_eul.xlsx", bytes);
    expect(e.message).toMatch(/row 2: unreadable Type of WMD/);
  });
  test("a CSV with a wrong header", async () => {
    const e = await refusal("orders.csv", enc("品名,仕向地\nポンプ,中国\n"));
    expect(e.message).toMatch(/unknown CSV header "品名,仕向地"/);
  });
  test("a CSL header missing columns", async () => {
    const e = await refusal("csl.csv", enc("_id,source,entity_number,name\n1,x,2,y\n"));
    expect(e.message).toMatch(/header lacks columns: type; programs; addresses/);
  });
  test("a CSV cut inside a quoted field", async () => {
    const e = await refusal("eul.csv", enc(csvText.slice(0, csvText.indexOf('"', 2000) + 5)));
    expect(e.message).toMatch(/unterminated quoted field|do not match the header|count check failed/);
  });
  test("random bytes", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const e = await refusal("random.bin", bytes);
    expect(e.message).toMatch(/unknown format/);
  });
  test("a PDF asks for its text extract", async () => {
    const e = await refusal("list.pdf", new Uint8Array(readFileSync(join(DATA, "meti-designated", "list_belarus_tokutei.pdf"))));
    expect(e.message).toMatch(/pdftotext -layout/);
  });
  test("an additions notice alone is not a consolidated list", async () => {
    const e = await refusal("20250912list_russia_tokutei.txt", new Uint8Array(readFileSync(join(DATA, "meti-designated", "20250912list_russia_tokutei.txt"))));
    expect(e.message).toMatch(/additions notice/);
  });
  test("an empty file", async () => {
    expect((await refusal("empty.csv", new Uint8Array())).message).toMatch(/empty file/);
  });
});

describe("RFC 4180 CSV", () => {
  test("quoted commas, doubled quotes, line breaks, CRLF and BOM", () => {
    expect(parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n')).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "line1\nline2"],
    ]);
  });
  test("empty fields and no final newline", () => {
    expect(parseCsv("a,,c\n,,")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
});
