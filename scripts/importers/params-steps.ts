/** `npm run rules:build` step: rules/params/*.yaml → rules/params.json (checked against the control tree). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BuildStep } from "../rules-build";
import { ControlTree } from "../../src/core/data/schemas";
import { toJson } from "./common";
import { compileParams } from "./params";

const RULES = join(__dirname, "..", "..", "rules");

export function readParamsSources(dir = join(RULES, "params")) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

export function readControlTree(path = join(RULES, "law", "control-tree.json")): ControlTree | undefined {
  return existsSync(path) ? ControlTree.parse(JSON.parse(readFileSync(path, "utf8"))) : undefined;
}

export const paramsSteps: BuildStep[] = [
  {
    name: "params",
    async run(ctx) {
      const tree = readControlTree();
      if (!tree) ctx.log("rules/law/control-tree.json not built yet: citations not checked");
      const set = compileParams(readParamsSources(), tree);
      ctx.log(`${set.rules.length} rules, ${set.priorReport.families.length} prior-report families`);
      ctx.write("params.json", toJson(set));
    },
  },
];
