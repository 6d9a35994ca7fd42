/**
 * One engine per add-in runtime. The task pane, the custom functions and the ribbon command share
 * one JavaScript runtime (manifest: SharedRuntime), so they share this engine and its memo.
 *
 * The bundled rule data is parsed on first use, not at import, so loading the page stays fast and
 * a module that merely imports this one has no side effects.
 */
import { createEngine, type Engine } from "../core/engine";
import type { ListData } from "../core/data/schemas";
import { loadBundledRuleData } from "../core/data/bundled";
import { cellMemo } from "./functions/cell-results";

let engine: Engine | undefined;
const listeners = new Set<(engine: Engine) => void>();

export function getEngine(): Engine {
  engine ??= createEngine(loadBundledRuleData());
  return engine;
}

/**
 * Replaces the party lists (after a list import in the task pane) and rebuilds the engine; the
 * law data stays. Memoised cell results are dropped, because they name the old list version.
 */
export function setActiveLists(lists: ListData[]): Engine {
  return setEngine(createEngine({ ...getEngine().data, lists }));
}

/** Installs a ready engine (tests, the browser harness) and tells listeners. */
export function setEngine(next: Engine): Engine {
  engine = next;
  cellMemo.clear();
  for (const fn of listeners) fn(next);
  return next;
}

/** Called after every engine change (e.g. the task pane re-reads `versions()`); returns an unsubscribe. */
export function onEngineChange(fn: (engine: Engine) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
