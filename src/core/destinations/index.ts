/** Destinations — PLACEHOLDER until issue 6 lands: every input is `needs_review`. */
import type { ExportOrderData } from "../data/schemas";
import type { Destination } from "../results";

export interface DestinationResolver {
  resolve(input: string): Destination;
}

export function createDestinationResolver(exportOrder: ExportOrderData): DestinationResolver {
  const rulesVersion = `輸出令 ${exportOrder.provenance.effective}`;
  return { resolve: (input) => ({ status: "needs_review", input, tables: [], notes: ["destination resolver not loaded"], rulesVersion }) };
}
