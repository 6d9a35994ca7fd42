/**
 * Offline checks of the add-in manifest (`npm run test:manifest` → dist/manifest.xml). The online
 * validator (`office-addin-manifest validate`) needs network; these checks catch what breaks the
 * add-in here: one shared runtime used consistently, https everywhere, icons and metadata that
 * exist, the ANPO namespace and the ja-JP functions metadata. Exit 1 lists every problem.
 *
 * Usage: tsx scripts/check-manifest.ts [manifest.xml] [--dist DIR] [--assets DIR]
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestCheckOptions {
  /** Folder where the built files the manifest's URLs name should be (dist/). */
  distDir?: string;
  /** Folder holding the icons. */
  assetsDir: string;
  /** Whether to require the built metadata files (functions.json / functions.ja-JP.json) in distDir. */
  requireBuiltFiles: boolean;
}

export interface ManifestReport {
  problems: string[];
  /** What was checked, for the log. */
  facts: Record<string, string>;
}

type Node = Record<string, unknown>;

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every element named `name` anywhere below `node` (the parser keeps prefixes such as bt:). */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) for (const n of node) findAll(n, name, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === name) for (const item of asArray(v)) out.push((item && typeof item === "object" ? item : { "#text": item }) as Node);
      findAll(v, name, out);
    }
  }
  return out;
}

const attr = (n: Node | undefined, a: string): string | undefined => (n ? (n[`@_${a}`] as string | undefined) : undefined);

/** The file under `dist/` that a dev URL (https://localhost:3000/...) is served from. */
function servedPath(url: string): string | undefined {
  const m = /^https?:\/\/localhost:\d+\/(.+)$/.exec(url);
  return m ? m[1].split(/[?#]/)[0] : undefined;
}

export function checkManifest(xml: string, opts: ManifestCheckOptions): ManifestReport {
  const problems: string[] = [];
  const facts: Record<string, string> = {};
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problems: [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`], facts };

  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false }).parse(xml) as Node;
  const app = doc.OfficeApp as Node | undefined;
  if (!app) return { problems: ["no <OfficeApp> root element"], facts };
  if (attr(app, "xsi:type") !== "TaskPaneApp") problems.push(`OfficeApp xsi:type is ${attr(app, "xsi:type")}, expected TaskPaneApp`);
  const hosts = findAll(app.Hosts, "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) problems.push("Hosts does not include Workbook (Excel)");

  // Shared runtime: the requirement, one Runtime with lifetime long, used by every surface.
  const sets = findAll(app.Requirements, "Set");
  const shared = sets.find((s) => attr(s, "Name") === "SharedRuntime");
  if (!shared) problems.push("Requirements lacks <Set Name=\"SharedRuntime\" MinVersion=\"1.1\"/>");
  else if (attr(shared, "MinVersion") !== "1.1") problems.push(`SharedRuntime MinVersion is ${attr(shared, "MinVersion")}, expected 1.1`);

  const runtimes = findAll(app.VersionOverrides, "Runtime");
  if (runtimes.length !== 1) problems.push(`expected exactly one <Runtime>, found ${runtimes.length}`);
  const runtimeId = attr(runtimes[0], "resid");
  if (runtimes[0] && attr(runtimes[0], "lifetime") !== "long") problems.push(`Runtime ${runtimeId} lifetime is ${attr(runtimes[0], "lifetime")}, expected long`);
  facts.runtime = runtimeId ?? "(none)";

  const functions = findAll(app.VersionOverrides, "ExtensionPoint").find((e) => attr(e, "xsi:type") === "CustomFunctions");
  if (!functions) problems.push("no ExtensionPoint xsi:type=\"CustomFunctions\"");
  const resid = (n: unknown): string | undefined => attr(findAll(n, "SourceLocation")[0], "resid");
  const functionsPage = functions ? resid(functions.Page) : undefined;
  if (functions && functionsPage !== runtimeId) problems.push(`custom functions Page uses ${functionsPage}, not the shared runtime ${runtimeId}`);
  const functionFile = attr(findAll(app.VersionOverrides, "FunctionFile")[0], "resid");
  if (functionFile !== undefined && functionFile !== runtimeId) problems.push(`FunctionFile (commands) uses ${functionFile}, not the shared runtime ${runtimeId}`);
  const taskpaneActions = findAll(app.VersionOverrides, "Action").filter((a) => attr(a, "xsi:type") === "ShowTaskpane");
  if (!taskpaneActions.length) problems.push("no ribbon button with a ShowTaskpane action");
  for (const a of taskpaneActions) if (resid(a) !== runtimeId) problems.push(`ShowTaskpane action uses ${resid(a)}, not the shared runtime ${runtimeId}`);
  const homeTab = findAll(app.VersionOverrides, "OfficeTab").some((t) => attr(t, "id") === "TabHome");
  if (!homeTab) problems.push("the button is not on the Home tab (OfficeTab id=\"TabHome\")");

  // Resources by id.
  const resources = new Map<string, Node>();
  for (const kind of ["bt:Image", "bt:Url", "bt:String"]) for (const n of findAll(app.VersionOverrides, kind)) if (attr(n, "id")) resources.set(attr(n, "id")!, n);
  for (const n of findAll(app.VersionOverrides, "SourceLocation").concat(findAll(app.VersionOverrides, "Namespace"), findAll(app.VersionOverrides, "bt:Image"))) {
    const r = attr(n, "resid");
    if (r && !resources.has(r)) problems.push(`resid ${r} is used but not defined in Resources`);
  }

  const namespace = functions ? attr(functions.Namespace as Node, "resid") : undefined;
  const nsValue = namespace ? attr(resources.get(namespace), "DefaultValue") : undefined;
  if (functions && nsValue !== "ANPO") problems.push(`custom functions namespace is ${nsValue}, expected ANPO`);
  facts.namespace = nsValue ?? "(none)";

  // Metadata URL and its ja-JP override.
  const metaId = functions ? resid(functions.Metadata) : undefined;
  const meta = metaId ? resources.get(metaId) : undefined;
  const metaUrl = attr(meta, "DefaultValue");
  const jaOverride = findAll(meta, "bt:Override").find((o) => attr(o, "Locale") === "ja-JP");
  if (!metaUrl) problems.push("custom functions Metadata has no URL");
  if (!jaOverride) problems.push("the functions metadata URL has no <bt:Override Locale=\"ja-JP\"> (Japanese function descriptions)");
  facts.metadata = `${metaUrl ?? "-"} (ja-JP: ${attr(jaOverride, "Value") ?? "-"})`;

  // Every URL https; icons exist in assets/; built files exist in dist/.
  const urls: { where: string; url: string }[] = [];
  const collect = (where: string, n: Node | undefined, key = "DefaultValue") => {
    const u = attr(n, key);
    if (u) urls.push({ where, url: u });
    for (const o of findAll(n, "bt:Override").concat(findAll(n, "Override"))) if (attr(o, "Value")) urls.push({ where: `${where} (${attr(o, "Locale")})`, url: attr(o, "Value")! });
  };
  for (const el of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) collect(el, app[el] as Node);
  collect("DefaultSettings/SourceLocation", findAll(app.DefaultSettings, "SourceLocation")[0]);
  for (const n of findAll(app.VersionOverrides, "bt:Url")) collect(`bt:Url ${attr(n, "id")}`, n);
  for (const n of findAll(app.VersionOverrides, "bt:Image")) if (attr(n, "id")) collect(`bt:Image ${attr(n, "id")}`, n);
  for (const { where, url } of urls) {
    if (!url.startsWith("https://")) problems.push(`${where}: URL is not https: ${url}`);
    const path = servedPath(url);
    if (!path) continue;
    if (path.startsWith("assets/")) {
      if (!existsSync(join(opts.assetsDir, path.slice("assets/".length)))) problems.push(`${where}: ${path} does not exist in ${opts.assetsDir}`);
    } else if (opts.requireBuiltFiles && opts.distDir && !existsSync(join(opts.distDir, path))) {
      problems.push(`${where}: ${path} does not exist in ${opts.distDir} (run npm run build)`);
    }
  }
  facts.urls = String(urls.length);
  return { problems, facts };
}

/** `office-addin-manifest info` reads the manifest offline; report its failure, not its absence. */
function officeAddinManifestInfo(file: string): string | undefined {
  const bin = resolve(__dirname, "../node_modules/.bin/office-addin-manifest");
  if (!existsSync(bin)) return undefined;
  const r = spawnSync(bin, ["info", file], { encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) return `office-addin-manifest info failed: ${(r.stderr || r.stdout || "").trim().split("\n")[0]}`;
  return undefined;
}

function xmllint(file: string): string | undefined {
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (r.error) return undefined; // not installed: the fast-xml-parser check stands
  return r.status === 0 ? undefined : `xmllint: ${r.stderr.trim()}`;
}

function main(argv: string[]): number {
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const distArg = flag("--dist");
  const assetsArg = flag("--assets");
  const file = resolve(args[0] ?? "dist/manifest.xml");
  if (!existsSync(file)) {
    console.error(`check-manifest: ${file} not found${file.includes("dist") ? " (run npm run build first)" : ""}`);
    return 1;
  }
  const inDist = !!distArg || /[\\/]dist[\\/]/.test(file);
  const report = checkManifest(readFileSync(file, "utf8"), {
    distDir: distArg ? resolve(distArg) : inDist ? dirname(file) : undefined,
    assetsDir: assetsArg ? resolve(assetsArg) : inDist ? join(dirname(file), "assets") : resolve(__dirname, "../assets"),
    requireBuiltFiles: inDist,
  });
  for (const extra of [xmllint(file), officeAddinManifestInfo(file)]) if (extra) report.problems.push(extra);
  if (report.problems.length) {
    console.error(`check-manifest: ${file}: ${report.problems.length} problem(s)`);
    for (const p of report.problems) console.error(`  - ${p}`);
    return 1;
  }
  console.log(`check-manifest: ${file} OK (${Object.entries(report.facts).map(([k, v]) => `${k}: ${v}`).join("; ")})`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
