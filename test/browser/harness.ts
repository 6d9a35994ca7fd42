/**
 * The browser harness: the built task pane (dist/) in Debian's headless Chromium, without Excel.
 * Office.js is replaced by a stand-in whose `onReady` resolves at once (the real script would
 * come from Microsoft's CDN, and every request not to 127.0.0.1 is blocked); `CustomFunctions`
 * records the functions the bundle associates, so tests and the bench can call them; the page
 * builds an in-memory workbook from the rows handed to it (`window.__ANPO_HARNESS__`).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { CellValue } from "../../src/excel/workbook/port";
import { serveStatic, type StaticServer } from "./static-server";

export const ROOT = join(__dirname, "../..");
export const DIST = process.env.ANPO_DIST || join(ROOT, "dist");
const CHROMIUM = process.env.ANPO_CHROMIUM || "/usr/bin/chromium";

/** Stand-ins for office.js and the custom-functions runtime, served in place of the CDN script. */
const FAKE_OFFICE = `
window.Office = window.Office || {
  HostType: { Excel: "Excel", Word: "Word" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady: function (cb) {
    var info = { host: null, platform: null };
    return Promise.resolve().then(function () { if (cb) cb(info); return info; });
  },
  actions: { associate: function () {} },
};
window.__ANPO_FUNCTIONS__ = window.__ANPO_FUNCTIONS__ || {};
window.CustomFunctions = window.CustomFunctions || {
  associate: function (id, fn) { window.__ANPO_FUNCTIONS__[String(id).toUpperCase()] = fn; },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};
`;

export interface Harness {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  /** Requests that were blocked (anything not to 127.0.0.1). */
  blocked: string[];
  close(): Promise<void>;
}

export async function openHarness(rows: CellValue[][], sheet = "受注"): Promise<Harness> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html missing: run `npm run build` first");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: run \`node scripts/ensure-chromium.mjs\``);
  const server = await serveStatic(DIST);
  const userDataDir = mkdtempSync(join(tmpdir(), "anpo-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 420, height: 900 },
    locale: "ja-JP",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname === "appsforoffice.microsoft.com") return route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_OFFICE });
    blocked.push(url.href);
    return route.abort();
  });
  await context.addInitScript(
    ({ rows, sheet, fake }) => {
      (window as unknown as { __ANPO_HARNESS__: unknown }).__ANPO_HARNESS__ = { rows, sheet };
      new Function(fake)();
    },
    { rows, sheet, fake: FAKE_OFFICE },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/taskpane.html`);
  try {
    await page.waitForFunction(() => (window as unknown as { __ANPO_HARNESS__?: { ready?: boolean } }).__ANPO_HARNESS__?.ready === true, undefined, { timeout: 60_000 });
  } catch (e) {
    throw new Error(`task pane did not start: ${errors.join("; ") || (e as Error).message}`);
  }
  return {
    context,
    page,
    server,
    blocked,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
