/**
 * The rule data bundled with the add-in and the CLI: the JSON files in rules/ (generated from the
 * official sources by `npm run rules:build`), imported statically so webpack and esbuild embed them
 * — no network and no file system at run time. Validated once at load: a damaged rules file stops
 * the engine with the file's name rather than producing wrong answers.
 */
import { ControlTree, ExportOrderData, ListData } from "./schemas";
import type { RuleData } from "../engine";
import type { ClassifyRuleSet } from "../classify";
import exportOrder from "../../../rules/law/export-order.json";
import controlTree from "../../../rules/law/control-tree.json";
import params from "../../../rules/params.json";
import eul from "../../../rules/lists/meti-eul.json";
import ru from "../../../rules/lists/meti-ru.json";
import by from "../../../rules/lists/meti-by.json";
import third from "../../../rules/lists/meti-3rd.json";
import mof from "../../../rules/lists/mof-freeze.json";
import "../parties/bundled-index"; // prebuilt index terms of these lists (rules/party-index): a fast first ENDUSER_RISK call

let cached: RuleData | undefined;

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`rules/${file} does not match its schema: ${r.error.message.slice(0, 500)}`);
  return r.data;
}

export function loadBundledRuleData(): RuleData {
  if (cached) return cached;
  cached = {
    exportOrder: parse(ExportOrderData, exportOrder, "law/export-order.json"),
    controlTree: parse(ControlTree, controlTree, "law/control-tree.json"),
    params: params as unknown as ClassifyRuleSet,
    lists: [
      parse(ListData, eul, "lists/meti-eul.json"),
      parse(ListData, ru, "lists/meti-ru.json"),
      parse(ListData, by, "lists/meti-by.json"),
      parse(ListData, third, "lists/meti-3rd.json"),
      parse(ListData, mof, "lists/mof-freeze.json"),
    ],
  };
  return cached;
}
