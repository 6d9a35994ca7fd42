/**
 * The browser harness: the built task pane (dist/) in Debian's headless Chromium, without Excel.
 * office.js is the real one, from the npm package (@microsoft/office-js), served at the CDN address
 * the task pane loads; every other request not to 127.0.0.1 is blocked (office.js's own telemetry
 * frame included: it opens one even outside a host). Outside an Office host
 * office.js resolves `Office.onReady` with `{ host: null }`, so nothing of Office is faked. Only the
 * host's own objects are stood in: `Excel` (present so code that probes for it finds it — the pane
 * itself works on the in-memory workbook the page builds from `window.__ANPO_HARNESS__`) and
 * `CustomFunctions`, which records the functions the bundle associates so tests and the bench can
 * call them (the custom-functions runtime is the host's, not part of office.js in a browser).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, normalize, sep } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { CellValue } from "../../src/excel/workbook/port";
import type { MemoryWorkbookJSON } from "../../src/excel/workbook/memory-adapter";
import { serveStatic, type StaticServer } from "./static-server";

export const ROOT = join(__dirname, "../..");
export const DIST = process.env.ANPO_DIST || join(ROOT, "dist");
const CHROMIUM = process.env.ANPO_CHROMIUM || "/usr/bin/chromium";

/** office.js and the files it loads itself (office_strings.js per locale), from the npm package. */
const OFFICE_JS_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
/** Where the task pane loads office.js from (taskpane.html): https://appsforoffice.microsoft.com/lib/1/hosted/office.js */
const OFFICE_CDN = { host: "appsforoffice.microsoft.com", prefix: "/lib/1/hosted/" };

/**
 * office.js's own telemetry frame, which it opens even outside a host. Aborted like everything
 * else; recorded apart so the test can tell office.js's request from one the add-in made.
 */
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

/** Stand-ins for what only an Office host provides: the Excel object model and the custom-functions runtime. */
const FAKE_HOST = `
window.Excel = window.Excel || { __anpoStandIn: true, run: function () { return Promise.reject(new Error("no Excel in the browser harness: the pane uses the in-memory workbook")); } };
window.__ANPO_FUNCTIONS__ = window.__ANPO_FUNCTIONS__ || {};
window.CustomFunctions = window.CustomFunctions || {
  associate: function (id, fn) { window.__ANPO_FUNCTIONS__[String(id).toUpperCase()] = fn; },
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};
`;

const RECORD_ASSOCIATIONS = `
;(function () {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.associate !== "function") return;
  var original = CustomFunctions.associate;
  CustomFunctions.associate = function (id, fn) {
    window.__ANPO_FUNCTIONS__ = window.__ANPO_FUNCTIONS__ || {};
    if (typeof id === "string") window.__ANPO_FUNCTIONS__[id.toUpperCase()] = fn;
    try {
      return original.apply(this, arguments);
    } catch (e) {
      // Outside an Office host there is no custom-functions runtime to associate with.
    }
  };
})();
`;

export interface Harness {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  /** Requests that were blocked (anything not to 127.0.0.1 or office.js's own files), telemetry apart. */
  blocked: string[];
  /** office.js files served from the npm package (office.js first). */
  officeFiles: string[];
  /** office.js's telemetry requests (aborted). */
  officeTelemetry: string[];
  /** Reload the pane on a workbook saved earlier (as closing and reopening the file). */
  reopen(saved: MemoryWorkbookJSON): Promise<void>;
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
  const officeFiles: string[] = [];
  const officeTelemetry: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname === OFFICE_CDN.host && url.pathname.startsWith(OFFICE_CDN.prefix)) {
      const file = normalize(join(OFFICE_JS_DIST, url.pathname.slice(OFFICE_CDN.prefix.length)));
      if (file.startsWith(OFFICE_JS_DIST + sep) && existsSync(file)) {
        officeFiles.push(url.pathname);
        // office.js defines its own CustomFunctions.associate (it replaces the stand-in's): record
        // what the bundle associates through it too, so tests and the bench can call the functions.
        const body = url.pathname.endsWith("/office.js") ? Buffer.concat([readFileSync(file), Buffer.from(RECORD_ASSOCIATIONS)]) : readFileSync(file);
        return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
      }
    }
    (url.hostname === OFFICE_TELEMETRY_HOST ? officeTelemetry : blocked).push(url.href);
    return route.abort();
  });
  await context.addInitScript(
    ({ rows, sheet, host }) => {
      (window as unknown as { __ANPO_HARNESS__: unknown }).__ANPO_HARNESS__ = { rows, sheet };
      new Function(host)();
    },
    { rows, sheet, host: FAKE_HOST },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const started = async () => {
    try {
      await page.waitForFunction(() => (window as unknown as { __ANPO_HARNESS__?: { ready?: boolean } }).__ANPO_HARNESS__?.ready === true, undefined, { timeout: 60_000 });
    } catch (e) {
      throw new Error(`task pane did not start: ${errors.join("; ") || (e as Error).message}`);
    }
  };
  await page.goto(`${server.url}/taskpane.html`);
  await started();
  return {
    context,
    page,
    server,
    blocked,
    officeFiles,
    officeTelemetry,
    async reopen(saved) {
      // Init scripts run in order on every load: this one hands the saved workbook to the page.
      await context.addInitScript((saved) => {
        (window as unknown as { __ANPO_HARNESS__: { saved: unknown } }).__ANPO_HARNESS__.saved = saved;
      }, saved);
      await page.reload();
      await started();
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
