/**
 * rules:build steps for the party lists → rules/lists/*.json. The US CSL copy in shared/ is from
 * 2022 (a format fixture, not current data) and is deliberately not bundled; the 2025-01-31 End
 * User List CSV is a previous revision kept for re-check tests, not bundled either.
 */
import type { BuildStep } from "../rules-build";
import { toJson } from "./common";
import { type DesignatedList, importMetiDesignated } from "./meti-designated";
import { importMetiEulXlsx } from "./meti-eul";
import { importMofFreeze } from "./mof-freeze";

const EUL_FILE = "lists/meti-eul/20250929_4.xlsx";
const DESIGNATED_DIR = "lists/meti-designated";
const MOF_FILE = "lists/mof-asset-freeze/shisantouketsu20260305.xlsx";

/** Each designated list: its consolidated extract, the last number METI shows, and its additions. */
const DESIGNATED_FILES: { id: DesignatedList; out: string; base: string; last: number; additions: string[] }[] = [
  { id: "METI-RU", out: "meti-ru", base: "list_russia_tokutei", last: 561, additions: ["20250912list_russia_tokutei"] },
  { id: "METI-BY", out: "meti-by", base: "list_belarus_tokutei", last: 27, additions: [] },
  { id: "METI-3RD", out: "meti-3rd", base: "list_daisangoku_tokutei", last: 56, additions: ["20250912list_daisangoku_tokutei"] },
];

export const listSteps: BuildStep[] = [
  {
    name: "lists:meti-eul",
    async run(ctx) {
      const data = await importMetiEulXlsx(ctx.read(EUL_FILE));
      ctx.logCounts(data.provenance.counts);
      ctx.write("lists/meti-eul.json", toJson(data));
    },
  },
  ...DESIGNATED_FILES.map(
    (d): BuildStep => ({
      name: `lists:${d.out}`,
      async run(ctx) {
        const file = (base: string) => ({ text: ctx.read(`${DESIGNATED_DIR}/${base}.txt`), pdf: ctx.read(`${DESIGNATED_DIR}/${base}.pdf`) });
        const data = await importMetiDesignated(d.id, { ...file(d.base), expectedLast: d.last, additions: d.additions.map(file) });
        ctx.logCounts(data.provenance.counts);
        ctx.write(`lists/${d.out}.json`, toJson(data));
      },
    }),
  ),
  {
    name: "lists:mof-freeze",
    async run(ctx) {
      const data = await importMofFreeze(ctx.read(MOF_FILE));
      ctx.logCounts(data.provenance.counts);
      ctx.write("lists/mof-freeze.json", toJson(data));
    },
  },
];
