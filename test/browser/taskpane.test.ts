/**
 * The built task pane end to end in headless Chromium against the in-memory workbook: a 1,000-row
 * order sheet from the project's realistic generator is screened (the counts must be what the same
 * engine gives in Node), a hit is cleared and the sheet re-run, the workbook is reopened and the
 * review list comes back from the stored run, the older
 * End User List and then the newer one are imported, the re-check lists the rows the update
 * changed, and ANPO formulas are frozen to values. A screenshot after the run → docs/taskpane.png.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { MemoryWorkbookJSON } from "../../src/excel/workbook/memory-adapter";
import { MemoryWorkbook } from "../../src/excel/workbook/memory-adapter";
import { AUDIT_SHEET, RESULT_HEADERS, screenTable, VERDICT_STYLE, type ScreenRun } from "../../src/excel/workbook/screen-table";
import { createEngine } from "../../src/core/engine";
import { loadBundledRuleData } from "../../src/core/data/bundled";
import type { Verdict } from "../../src/core/results";
import { openHarness, ROOT, type Harness } from "./harness";
import { buildOrderTable, COL, HEADERS, NEW_EUL, OLD_EUL, type OrderTable } from "./order-table";

jest.setTimeout(180_000);

let h: Harness;
let page: Page;
let table: OrderTable;
/** The same sheet screened in Node by the same engine over the same bundled data: the expected answers. */
let expected: ScreenRun;
const SHEET = "受注";
const RESULT_COL = HEADERS.length; // results go right of the eight input columns
const cell = (col: number) => String.fromCharCode(65 + col);
const VERDICTS = Object.keys(VERDICT_STYLE) as Verdict[];

beforeAll(async () => {
  table = await buildOrderTable(1000);
  expected = await screenTable(MemoryWorkbook.fromRows(table.rows, SHEET), createEngine(loadBundledRuleData()), { store: false });
  h = await openHarness(table.rows, SHEET);
  page = h.page;
});
afterAll(async () => h?.close());

const workbook = () => page.evaluate(() => (window as unknown as { __ANPO_HARNESS__: { workbook: { toJSON(): unknown } } }).__ANPO_HARNESS__.workbook.toJSON()) as Promise<MemoryWorkbookJSON>;
const sheetOf = (wb: MemoryWorkbookJSON, name: string) => wb.sheets.find((s) => s.name === name)!;
const tid = (id: string) => page.getByTestId(id);

async function runScreening() {
  await tid("tab-screen").click();
  await tid("read-table").click();
  await tid("table-info").waitFor();
  await tid("run").click();
  await tid("summary").waitFor({ timeout: 120_000 });
}

/** Import a list file, read the diff shown before activation, activate, wait until `version` is active. */
async function importList(file: string, version: string) {
  await tid("tab-lists").click();
  await tid("list-file").setInputFiles(file);
  await tid("import-preview").waitFor({ timeout: 60_000 });
  const diff = await tid("import-diff").textContent();
  await tid("activate").click();
  await tid("lists-note").filter({ hasText: version }).waitFor();
  await tid("list-METI-EUL").filter({ hasText: version }).waitFor();
  return diff ?? "";
}

async function recheck() {
  await tid("tab-recheck").click();
  await tid("recheck").click();
  await page.locator('[data-testid="recheck-count"], [data-testid="recheck-none"]').first().waitFor({ timeout: 120_000 });
  // Wait for the button to be idle again (the list is rendered with the result).
  await page.waitForFunction(() => !document.querySelector('[data-testid="recheck"]')?.hasAttribute("disabled"));
}

describe("task pane in Chromium", () => {
  test("screening 1,000 rows writes result columns, fills, notes and matching summary counts", async () => {
    await runScreening();
    await page.screenshot({ path: join(ROOT, "docs/taskpane.png"), fullPage: true });
    const wb = await workbook();
    const s = sheetOf(wb, SHEET);
    expect(s.values[0].slice(RESULT_COL, RESULT_COL + RESULT_HEADERS.length)).toEqual([...RESULT_HEADERS]);
    expect(s.values[0].slice(0, HEADERS.length)).toEqual(HEADERS); // user data untouched
    const expectedLabel = new Map(expected.results.map((r) => [r.row, VERDICT_STYLE[r.decision.verdict].ja]));
    for (let r = 1; r <= 1000; r++) {
      const label = s.values[r][RESULT_COL];
      const verdict = VERDICTS.find((v) => VERDICT_STYLE[v].ja === label);
      expect(verdict).toBeDefined();
      // Fails if dist/ was built from other sources than the tree under test: rebuild first.
      expect({ row: r, cells: table.rows[r], verdict: label }).toEqual({ row: r, cells: table.rows[r], verdict: expectedLabel.get(r) });
      expect(s.formats[`${r},${RESULT_COL}`]?.fill).toBe(VERDICT_STYLE[verdict!].fill);
      expect(s.notes[`${r},${RESULT_COL}`]).toContain(label as string);
      expect(s.values[r].slice(0, HEADERS.length)).toEqual(table.rows[r]);
    }
    for (const v of VERDICTS) expect(Number(await tid(`count-${v}`).textContent())).toBe(expected.counts[v]);
    // A real order sheet: mostly ordinary goods for ordinary customers, so every verdict occurs.
    for (const v of VERDICTS) expect(expected.counts[v]).toBeGreaterThan(0);
    // Customers on the End User List are never 許可不要.
    for (const r of [...table.newEntryRows, ...table.stableHitRows]) expect(s.values[r][RESULT_COL]).not.toBe(VERDICT_STYLE.no_license.ja);
    const audit = sheetOf(wb, AUDIT_SHEET);
    expect(audit.values.filter((r) => r.some((v) => v !== null))).toHaveLength(2); // header + one run
  });

  test("clearing a hit is stored in the workbook and applied on the next run", async () => {
    const row = table.stableHitRows[0];
    await tid("tab-review").click();
    const item = page.getByTestId("review-item").filter({ hasText: `${row + 1} 行目` }).first();
    await item.getByTestId("reviewer").fill("山田 太郎");
    await item.getByTestId("reason").fill("所在地・代表者が異なる別法人（登記簿で確認）");
    await item.getByTestId("clear").click();
    await item.getByTestId("review-decision").waitFor();
    const store = sheetOf(await workbook(), "AnpoData");
    expect(JSON.stringify(store.values)).toContain("山田 太郎");
    await runScreening();
    expect(await tid("summary").textContent()).toMatch(/適用したクリアランス: [1-9]/);
    const audit = sheetOf(await workbook(), AUDIT_SHEET);
    expect(audit.values.filter((r) => r.some((v) => v !== null))).toHaveLength(3);
  });

  test("reopening the workbook: レビュー lists the stored run's matches at once, the clearance included", async () => {
    await tid("tab-review").click();
    const before = await tid("review-count").textContent();
    const cleared = await page.getByTestId("review-decision").allTextContents();
    expect(cleared.length).toBeGreaterThan(0);
    await h.reopen(await workbook());
    await tid("tab-review").click();
    await tid("review-count").waitFor();
    expect(await tid("review-count").textContent()).toBe(before);
    expect(await page.getByTestId("review-decision").allTextContents()).toEqual(cleared);
    const row = table.stableHitRows[0];
    const item = page.getByTestId("review-item").filter({ hasText: `${row + 1} 行目` }).first();
    expect(await item.getByTestId("review-decision").textContent()).toContain("山田 太郎");
  });

  test("importing the older End User List then the newer one: the re-check lists the rows of new entries", async () => {
    const olderDiff = await importList(OLD_EUL, "2025-01-31");
    expect(olderDiff).toMatch(/削除 [1-9]/); // the 2025-01-31 list lacks entries the bundled one has
    await recheck(); // baseline with the older list: the new entries' rows drop their hits
    const newerDiff = await importList(NEW_EUL, "2025-09-29");
    expect(newerDiff).toMatch(/追加 [1-9]/);
    await tid("restore-METI-EUL").filter({ hasText: "2025-01-31" }).waitFor(); // the previous one is kept
    await recheck();
    const changes = page.getByTestId("recheck-change");
    const texts = await changes.allTextContents();
    for (const r of table.newEntryRows) expect(texts.some((t) => t.includes(`${r + 1} 行目`))).toBe(true);
    expect(texts.join("\n")).toContain("新規掲載");
    const s = sheetOf(await workbook(), SHEET);
    for (const r of table.newEntryRows) expect(s.notes[`${r},${RESULT_COL}`]).toContain("再チェックで変更");
  });

  test("値に固定 replaces ANPO formulas in the selection with their values and a version note", async () => {
    await page.evaluate(async (cells) => {
      const wb = (window as unknown as { __ANPO_HARNESS__: { workbook: { setFormula(...a: unknown[]): void; select(r: unknown): Promise<void> } } }).__ANPO_HARNESS__.workbook;
      wb.setFormula("受注", 1, 20, `=ANPO.ENDUSER_RISK(${cells.customer}2,${cells.country}2)`, "clear");
      wb.setFormula("受注", 2, 20, "=ANPO.CLASSIFY(C3)", "needs_review");
      await wb.select({ sheet: "受注", row: 1, col: 20, rows: 2, cols: 1 });
    }, { customer: cell(COL.customer), country: cell(COL.country) });
    await tid("tab-audit").click();
    await tid("user").fill("監査 花子");
    await tid("save-user").click();
    await tid("freeze").click();
    await page.getByText("2 個のセルを値に固定しました。").waitFor();
    const s = sheetOf(await workbook(), SHEET);
    expect(s.formulas["1,20"]).toBeUndefined();
    expect(s.values[1][20]).toBe("clear");
    expect(s.notes["1,20"]).toMatch(/値に固定 \d{4}-\d\d-\d\d .*監査 花子/);
    expect(s.notes["2,20"]).toContain("METI-EUL");
  });

  test("office.js is the npm package's, and the add-in made no request beyond 127.0.0.1 during the whole scenario", async () => {
    expect(h.officeFiles[0]).toBe("/lib/1/hosted/office.js");
    expect(await page.evaluate(() => typeof Office.onReady === "function" && typeof Office.context !== "undefined")).toBe(true);
    expect(h.blocked).toEqual([]); // office.js's telemetry frame (h.officeTelemetry) was aborted too
  });
});
