/**
 * rules:build steps for the law texts → rules/law/*.json: 輸出貿易管理令 (country tables, 16項
 * scope, 別表第二の三 / 第三の三) and the 貨物等省令 control-list tree.
 */
import type { BuildStep } from "../rules-build";
import { toJson } from "./common";
import { importControlTree } from "./control-tree";
import { importExportOrder } from "./export-order";

/** e-Gov file names carry the revision: <lawId>_<effective yyyymmdd>[_<amending law id>]. */
export const EXPORT_ORDER_FILE = "law/324CO0000000378_20260214_507CO0000000376.xml";
export const CONTROL_LIST_FILE = "law/403M50000400049_20260214.xml";

export const lawSteps: BuildStep[] = [
  {
    name: "law:export-order",
    async run(ctx) {
      const data = await importExportOrder(ctx.read(EXPORT_ORDER_FILE));
      ctx.logCounts(data.provenance.counts);
      ctx.write("law/export-order.json", toJson(data));
    },
  },
  {
    name: "law:control-tree",
    async run(ctx) {
      const data = await importControlTree(ctx.read(CONTROL_LIST_FILE), ctx.read(EXPORT_ORDER_FILE));
      const { nodes, item16_1Hs } = data.provenance.counts;
      ctx.log(`nodes=${nodes} item16_1Hs=${item16_1Hs}`);
      ctx.write("law/control-tree.json", toJson(data));
    },
  },
];
