/** Loads the real rule data once per test file: control tree, export order and the compiled YAML rules. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ControlTree, ExportOrderData } from "../../../../src/core/data/schemas";
import { createClassifier, type Classifier } from "../../../../src/core/classify";
import type { CompiledRuleSet } from "../../../../src/core/classify/ruleset";
import { compileParams } from "../../../../scripts/importers/params";
import { readParamsSources } from "../../../../scripts/importers/params-steps";

const ROOT = join(__dirname, "..", "..", "..", "..");

export interface Loaded {
  tree: ControlTree;
  order: ExportOrderData;
  params: CompiledRuleSet;
  classifier: Classifier;
}

let cached: Loaded | undefined;

export function load(): Loaded {
  if (cached) return cached;
  const tree = ControlTree.parse(JSON.parse(readFileSync(join(ROOT, "rules/law/control-tree.json"), "utf8")));
  const order = ExportOrderData.parse(JSON.parse(readFileSync(join(ROOT, "rules/law/export-order.json"), "utf8")));
  const params = compileParams(readParamsSources(join(ROOT, "rules/params")), tree);
  cached = { tree, order, params, classifier: createClassifier({ controlTree: tree, params, exportOrder: order }) };
  return cached;
}
