/**
 * rules:build step: each bundled party list's names normalised to index terms ahead of time
 * (src/core/parties/prebuilt.ts) → rules/party-index/<list>.json. Runs after the list steps; the
 * first ENDUSER_RISK call then interns terms instead of normalising every name. A list whose
 * snapshot does not match (edited, re-imported, user-imported) is still indexed at run time.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BuildStep } from "../rules-build";
import type { ListData } from "../../src/core/data/schemas";
import { snapshotList } from "../../src/core/parties/prebuilt";

const LISTS_DIR = join(__dirname, "../../rules/lists");

/** Compact JSON (the snapshot is arrays of numbers: one per line would triple it), deterministic. */
export const snapshotJson = (list: ListData): string => JSON.stringify(snapshotList(list)) + "\n";

export const partyIndexSteps: BuildStep[] = [
  {
    name: "party-index",
    async run(ctx) {
      for (const f of readdirSync(LISTS_DIR).filter((n) => n.endsWith(".json")).sort()) {
        const list = JSON.parse(readFileSync(join(LISTS_DIR, f), "utf8")) as ListData;
        const text = snapshotJson(list);
        ctx.logCounts({ [list.id]: list.entries.length });
        ctx.write(`party-index/${f}`, text);
      }
    },
  },
];
