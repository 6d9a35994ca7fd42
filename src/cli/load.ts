/** The CLI's engine: the bundled rules, with lists the user imported (lists import) taking over. */
import { createEngine, type Engine } from "../core/engine";
import { loadBundledRuleData } from "../core/data/bundled";
import { activeLists } from "./list-store";

export function loadEngine(): Engine {
  const data = loadBundledRuleData();
  return createEngine({ ...data, lists: activeLists(data.lists) });
}
