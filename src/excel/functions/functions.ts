/**
 * ANPO.* custom functions: thin wrappers over the engine. The JSDoc of each exported function is
 * its Excel contract — CustomFunctionsMetadataPlugin generates functions.json from it and appends
 * the `CustomFunctions.associate` calls at build time; Japanese descriptions are in metadata-ja.ts.
 *
 * No import-time side effects: the engine is created on the first call (engine-instance.ts).
 */
/* global CustomFunctions */
import { getEngine } from "../engine-instance";
import {
  cellMemo,
  CLASSIFY_FIELDS,
  DECISION_FIELDS,
  DESTINATION_FIELDS,
  memoKey,
  optionalAmount,
  optionalDate,
  optionalText,
  PARTY_FIELDS,
  requiredText,
  ruleSourcesOf,
  runCell,
  selectField,
  versionsTable,
  type ErrorFactory,
} from "./cell-results";
import type { Classification, Decision, Destination, PartyRisk } from "../../core/results";

const excelError: ErrorFactory = (code, message) => new CustomFunctions.Error(CustomFunctions.ErrorCode[code], message);

function memo<T>(fn: string, args: unknown[], compute: () => T): T {
  return cellMemo.getOrCompute(memoKey(fn, args), compute) as T;
}

/**
 * Classifies a product specification against Export Trade Control Order Annex 1 (該非判定).
 * @customfunction CLASSIFY
 * @param spec Product specification text, e.g. "5-axis machining centre, positioning accuracy 4 µm".
 * @param [field] One part of the result: status, item, citation, missing, reason, catch_all, flags, version, as_of (default: summary).
 * @param [as_of] Date the rules apply on (yyyy-mm-dd or a date cell; default: today).
 * @returns The classification summary, or the requested field.
 */
export function classify(spec: string, field?: string, as_of?: string | number): string | number | boolean {
  return runCell(() => {
    const text = requiredText(spec, "spec");
    const asOf = optionalDate(as_of);
    const result = memo<Classification>("CLASSIFY", [text, asOf], () => getEngine().classify(text, { asOf }));
    return selectField(result, field, CLASSIFY_FIELDS);
  }, excelError);
}

/**
 * Screens a customer or end user against the METI End User List and other Japanese lists.
 * @customfunction ENDUSER_RISK
 * @param name Name of the customer / end user.
 * @param [country] Country of the party (name or ISO code); narrows the matches.
 * @param [field] One part of the result: status, list, entry, name, score, country, concerns, reason, count, version (default: summary).
 * @returns The screening summary, or the requested field.
 */
export function enduserRisk(name: string, country?: string, field?: string): string | number | boolean {
  return runCell(() => {
    const text = requiredText(name, "name");
    const where = optionalText(country, "country");
    const result = memo<PartyRisk>("ENDUSER_RISK", [text, where], () => getEngine().party(text, { country: where }));
    return selectField(result, field, PARTY_FIELDS);
  }, excelError);
}

/**
 * Resolves a destination country and the Export Trade Control Order tables it belongs to.
 * @customfunction DESTINATION
 * @param country Country name or ISO code.
 * @param [field] One part of the result: status, iso2, name, group, tables, notes, version (default: summary).
 * @returns The destination summary, or the requested field.
 */
export function destination(country: string, field?: string): string | number | boolean {
  return runCell(() => {
    const text = requiredText(country, "country");
    const result = memo<Destination>("DESTINATION", [text], () => getEngine().destination(text));
    return selectField(result, field, DESTINATION_FIELDS);
  }, excelError);
}

/**
 * Decides whether an export licence is needed (list control, end user, destination and catch-all).
 * @customfunction SCREEN
 * @param spec Product specification text.
 * @param country Destination country name or ISO code.
 * @param customer Customer / end user name.
 * @param [hs] HS code of the goods (used by the catch-all scope).
 * @param [value_jpy] Contract value in yen, a number or text such as "1,200,000" (used by the small-value exception).
 * @param [field] One part of the result: verdict, reason, codes, citation, classification, item, party, destination, group, tables (default: summary).
 * @returns The licence decision summary, or the requested field.
 */
export function screen(spec: string, country: string, customer: string, hs?: string, value_jpy?: number | string, field?: string): string | number | boolean {
  return runCell(() => {
    const input = {
      spec: requiredText(spec, "spec"),
      country: requiredText(country, "country"),
      customer: requiredText(customer, "customer"),
      hs: optionalText(hs, "hs"),
      valueJpy: optionalAmount(value_jpy),
    };
    const result = memo<Decision>("SCREEN", [input.spec, input.country, input.customer, input.hs, input.valueJpy], () => getEngine().decide(input));
    return selectField(result, field, DECISION_FIELDS);
  }, excelError);
}

/**
 * Lists the active party lists and rule data with their versions (spills a table).
 * @customfunction LISTS
 * @returns A table of kind, id, version, title, publisher, date, effective date, entries and sha256.
 */
// Cells of mixed type; the metadata generator accepts only any[][] for such a matrix.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lists(): any[][] {
  return runCell(() => {
    const engine = getEngine();
    return versionsTable(engine.versions(), ruleSourcesOf(engine));
  }, excelError);
}
