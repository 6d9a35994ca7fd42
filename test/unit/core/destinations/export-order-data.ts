/**
 * The REAL 輸出令 tables for destination and decision tests: rules/law/export-order.json when the
 * law importer has built it, otherwise the same importer run on the official XML in ../shared.
 * Loaded once per test file (call from beforeAll).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExportOrderData } from "../../../../src/core/data/schemas";

const ROOT = join(__dirname, "../../../..");
const RULES = join(ROOT, "rules/law/export-order.json");
const XML_NAME = "324CO0000000378_20260214_507CO0000000376.xml";

export async function loadExportOrder(): Promise<ExportOrderData> {
  if (existsSync(RULES)) return ExportOrderData.parse(JSON.parse(readFileSync(RULES, "utf8")));
  const xml = [join(ROOT, "../shared/data/law", XML_NAME), join("/work/shared/data/law", XML_NAME)].find(existsSync);
  if (!xml) throw new Error(`neither ${RULES} nor the 輸出令 XML (${XML_NAME}) is available`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importExportOrder } = require("../../../../scripts/importers/export-order") as typeof import("../../../../scripts/importers/export-order");
  return importExportOrder({ name: XML_NAME, bytes: new Uint8Array(readFileSync(xml)) });
}
