/**
 * rules:build steps for the party lists → rules/lists/*.json. The US CSL copy in shared/ is from
 * 2022 (a format fixture, not current data) and is deliberately not bundled; the 2025-01-31 End
 * User List CSV is a previous revision kept for re-check tests, not bundled either.
 */
import type { BuildContext, BuildStep } from "../rules-build";
import { toJson } from "./common";
import { importMetiEulXlsx } from "./meti-eul";

const EUL_FILE = "lists/meti-eul/20250929_4.xlsx";

function logCounts(ctx: BuildContext, counts: Record<string, number>) {
  ctx.log(Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(" "));
}

export const listSteps: BuildStep[] = [
  {
    name: "lists:meti-eul",
    async run(ctx) {
      const data = await importMetiEulXlsx(ctx.read(EUL_FILE));
      logCounts(ctx, data.provenance.counts);
      ctx.write("lists/meti-eul.json", toJson(data));
    },
  },
];
