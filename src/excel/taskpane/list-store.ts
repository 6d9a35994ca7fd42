/**
 * Imported lists kept in browser storage, per add-in origin: for each list id the active import
 * and the one it replaced, so a bad update can be undone. Bundled lists stay in the bundle; an
 * import overrides the bundled list of the same id.
 */
import type { ListData } from "../../core/data/schemas";

/** A small async key-value store (IndexedDB in the browser, a Map in tests). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Synchronous read of a small string value, when the backend can (settings such as the user name). */
  getSync?(key: string): string | undefined;
}

const ACTIVE = (id: string) => `anpo.lists.active.${id}`;
const PREVIOUS = (id: string) => `anpo.lists.previous.${id}`;
const IMPORTED = "anpo.lists.imported";

/** Marks "the previous list was the bundled one" (nothing to store but the fact). */
interface BundledMarker {
  bundled: true;
  version: string;
}
type Stored = ListData | BundledMarker;
const isBundled = (s: Stored | undefined): s is BundledMarker => !!s && (s as BundledMarker).bundled === true;

export class ListStore {
  constructor(private readonly kv: KeyValueStore) {}

  async importedIds(): Promise<string[]> {
    return (await this.kv.get<string[]>(IMPORTED)) ?? [];
  }

  /** Bundled lists with each imported list in place of the bundled one of the same id. */
  async effective(bundled: ListData[]): Promise<ListData[]> {
    const ids = await this.importedIds();
    const out: ListData[] = [];
    for (const l of bundled) out.push(ids.includes(l.id) ? ((await this.kv.get<ListData>(ACTIVE(l.id))) ?? l) : l);
    for (const id of ids) {
      if (bundled.some((l) => l.id === id)) continue;
      const l = await this.kv.get<ListData>(ACTIVE(id));
      if (l) out.push(l);
    }
    return out;
  }

  /** The lists that were active before the last activation (for explaining a re-check). */
  async previousLists(bundled: ListData[]): Promise<ListData[]> {
    const current = await this.effective(bundled);
    const out: ListData[] = [];
    for (const l of current) {
      const prev = await this.kv.get<Stored>(PREVIOUS(l.id));
      if (!prev) out.push(l);
      else if (isBundled(prev)) out.push(bundled.find((b) => b.id === l.id) ?? l);
      else out.push(prev);
    }
    return out;
  }

  async previous(id: string): Promise<{ version: string } | undefined> {
    const prev = await this.kv.get<Stored>(PREVIOUS(id));
    return prev ? { version: prev.version } : undefined;
  }

  /** Make `list` active; whatever was active (imported or bundled) becomes the previous one. */
  async activate(list: ListData, current: ListData | undefined): Promise<void> {
    const ids = await this.importedIds();
    if (current) {
      const prev: Stored = ids.includes(list.id) ? current : { bundled: true, version: current.version };
      await this.kv.set(PREVIOUS(list.id), prev);
    }
    await this.kv.set(ACTIVE(list.id), list);
    if (!ids.includes(list.id)) await this.kv.set(IMPORTED, [...ids, list.id]);
  }

  /** Swap the active and previous list of `id`; returns the list now active. */
  async restore(id: string): Promise<{ version: string }> {
    const prev = await this.kv.get<Stored>(PREVIOUS(id));
    if (!prev) throw new Error(`no previous version of ${id} to restore`);
    const ids = await this.importedIds();
    const active = await this.kv.get<ListData>(ACTIVE(id));
    if (isBundled(prev)) {
      await this.kv.delete(ACTIVE(id));
      await this.kv.set(IMPORTED, ids.filter((i) => i !== id));
    } else {
      await this.kv.set(ACTIVE(id), prev);
      if (!ids.includes(id)) await this.kv.set(IMPORTED, [...ids, id]);
    }
    if (active) await this.kv.set(PREVIOUS(id), active);
    else await this.kv.delete(PREVIOUS(id));
    return { version: prev.version };
  }
}

/** In-memory store (tests, and the fallback when the browser offers no storage). */
export function memoryStore(): KeyValueStore {
  const m = new Map<string, unknown>();
  return {
    get: async <T>(k: string) => structuredCloneSafe(m.get(k)) as T | undefined,
    set: async (k, v) => void m.set(k, structuredCloneSafe(v)),
    delete: async (k) => void m.delete(k),
    getSync: (k) => (typeof m.get(k) === "string" ? (m.get(k) as string) : undefined),
  };
}

function structuredCloneSafe<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * IndexedDB-backed store: lists are megabytes (the US CSL is ~14,000 entries), beyond what
 * localStorage holds. Small string settings are mirrored to localStorage for synchronous reads.
 */
export function browserStore(dbName = "anpo-screen"): KeyValueStore {
  const ls = typeof localStorage !== "undefined" ? localStorage : undefined;
  if (typeof indexedDB === "undefined") return memoryStore();
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName, 1);
    req.onupgradeneeded = () => req.result.createObjectStore("kv");
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = async <T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest): Promise<T> => {
    const d = await db;
    return new Promise<T>((resolve, reject) => {
      const req = f(d.transaction("kv", mode).objectStore("kv"));
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });
  };
  return {
    get: <T>(k: string) => tx<T | undefined>("readonly", (s) => s.get(k)),
    async set(k, v) {
      if (typeof v === "string") ls?.setItem(k, v);
      await tx("readwrite", (s) => s.put(v, k));
    },
    async delete(k) {
      ls?.removeItem(k);
      await tx("readwrite", (s) => s.delete(k));
    },
    getSync: (k) => ls?.getItem(k) ?? undefined,
  };
}
