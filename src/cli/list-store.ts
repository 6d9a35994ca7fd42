/**
 * The user's store of imported lists (Node): `$ANPO_SCREEN_HOME/lists` or `~/.anpo-screen/lists`.
 *
 *   lists/<ID>/<dataDate>_<sha256 12>.json   every imported version, kept
 *   lists/active.json                         { "<ID>": "<version>" } — which one screening uses
 *
 * Writes are atomic (temp file, then rename), and an import is validated completely before
 * anything is written, so a refused file leaves the store exactly as it was. A stored file that
 * no longer reads falls back to the bundled list with a warning, never to an empty list.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { basename, join } from "node:path";
import { ListData, ListId } from "../core/data/schemas";
import { toJson } from "../../scripts/importers/common";
import { importListFile } from "../../scripts/importers/detect";

export interface StoredVersion {
  id: ListId;
  /** Store version id: `<dataDate>_<first 12 hex of sha256>`. */
  version: string;
  /** The list's own version label, e.g. "METI-EUL 2025-09-29". */
  listVersion: string;
  dataDate: string;
  sourceFile: string;
  sha256: string;
  entries: number;
  active: boolean;
}

export interface ImportResult extends StoredVersion {
  /** The version that was active before (undefined = the bundled list). */
  previous?: string;
}

export function storeDir(): string {
  const home = process.env.ANPO_SCREEN_HOME || join(homedir(), ".anpo-screen");
  return join(home, "lists");
}

const activePath = () => join(storeDir(), "active.json");
const versionPath = (id: string, version: string) => join(storeDir(), id, `${version}.json`);

/** Write a file so that readers see the old or the new content, never half of it. */
function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function readActive(): Record<string, string> {
  try {
    const raw = JSON.parse(readFileSync(activePath(), "utf8"));
    return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function readVersion(id: string, version: string): ListData | undefined {
  try {
    const parsed = ListData.safeParse(JSON.parse(readFileSync(versionPath(id, version), "utf8")));
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const versionOf = (d: ListData) => `${d.provenance.dataDate}_${d.provenance.sha256.slice(0, 12)}`;

function describe(d: ListData, active: boolean): StoredVersion {
  return {
    id: d.id,
    version: versionOf(d),
    listVersion: d.version,
    dataDate: d.provenance.dataDate,
    sourceFile: d.provenance.sourceFile,
    sha256: d.provenance.sha256,
    entries: d.entries.length,
    active,
  };
}

/**
 * Import an official list file into the store and make it active. Throws ImportError (nothing
 * written) when the file is refused.
 */
export async function importIntoStore(filePath: string): Promise<ImportResult> {
  const data = await importListFile({ name: basename(filePath), bytes: new Uint8Array(readFileSync(filePath)) });
  const version = versionOf(data);
  mkdirSync(join(storeDir(), data.id), { recursive: true });
  const target = versionPath(data.id, version);
  if (!existsSync(target)) writeAtomic(target, toJson(data));
  const active = readActive();
  const previous = active[data.id];
  writeAtomic(activePath(), toJson({ ...active, [data.id]: version }));
  return { ...describe(data, true), ...(previous ? { previous } : {}) };
}

/** Stored versions of one list, oldest data first. Unknown id or empty store → []. */
export function listVersions(id: string): StoredVersion[] {
  const dir = join(storeDir(), id);
  if (!ListId.safeParse(id).success || !existsSync(dir)) return [];
  const active = readActive()[id];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => readVersion(id, f.slice(0, -5)))
    .filter((d): d is ListData => d !== undefined)
    .map((d) => describe(d, versionOf(d) === active))
    .sort((a, b) => a.version.localeCompare(b.version));
}

/**
 * Make a stored version active again (restore a previous one), or `bundled` to go back to the
 * list shipped with the add-in. Throws an Error naming the versions there are when it is unknown.
 */
export function activate(id: string, version: string): void {
  if (!ListId.safeParse(id).success) throw new Error(`unknown list id ${id} (one of ${ListId.options.join(", ")})`);
  const active = readActive();
  if (version === "bundled") {
    delete active[id];
  } else {
    if (!readVersion(id, version)) {
      const there = listVersions(id).map((v) => v.version);
      throw new Error(`no readable stored version ${version} of ${id} (stored: ${there.join(", ") || "none"})`);
    }
    active[id] = version;
  }
  mkdirSync(storeDir(), { recursive: true });
  writeAtomic(activePath(), toJson(active));
}

/** The lists screening uses: bundled ones, each replaced by the user's active version of it. */
export function activeLists(bundled: ListData[]): ListData[] {
  const active = readActive();
  const out = bundled.map((b) => {
    const v = active[b.id];
    if (!v) return b;
    const stored = readVersion(b.id, v);
    if (!stored) console.warn(`anpo-screen: stored ${b.id} version ${v} is unreadable; using the bundled ${b.version}`);
    return stored ?? b;
  });
  for (const [id, v] of Object.entries(active)) {
    if (out.some((l) => l.id === id)) continue;
    const stored = readVersion(id, v);
    if (stored) out.push(stored);
    else console.warn(`anpo-screen: stored ${id} version ${v} is unreadable; not used`);
  }
  return out;
}
