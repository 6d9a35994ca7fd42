/**
 * The custom functions metadata as the build generates it (custom-functions-metadata on
 * functions.ts, the same call the webpack plugin makes) and its Japanese version.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_JA, localiseMetadata, type FunctionsMetadata } from "../../../src/excel/functions/metadata-ja";

let metadata: FunctionsMetadata;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([join(__dirname, "../../../src/excel/functions/functions.ts")], true);
  errors = result.errors;
  metadata = JSON.parse(result.metadataJson || "{\"functions\":[]}");
}, 60_000);

test("functions.ts generates metadata without errors for the five ANPO functions", () => {
  expect(errors).toEqual([]);
  expect(metadata.functions.map((f) => f.id)).toEqual(["CLASSIFY", "ENDUSER_RISK", "DESTINATION", "SCREEN", "LISTS"]);
  for (const f of metadata.functions) expect(f.name).toBe(f.id);
});

test("parameters and optionality follow the documented signatures", () => {
  const params = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}${(p as { optional?: boolean }).optional ? "?" : ""}`)]));
  expect(params).toEqual({
    CLASSIFY: ["spec", "field?", "as_of?"],
    ENDUSER_RISK: ["name", "country?", "field?"],
    DESTINATION: ["country", "field?"],
    SCREEN: ["spec", "country", "customer", "hs?", "value_jpy?", "field?"],
    LISTS: [],
  });
  expect(metadata.functions.find((f) => f.id === "LISTS")!.result).toEqual({ dimensionality: "matrix" });
});

test("the ja-JP metadata keeps ids, names and types and has a Japanese description for every function and parameter", () => {
  const ja = localiseMetadata(metadata);
  expect(ja.functions.map((f) => [f.id, f.name])).toEqual(metadata.functions.map((f) => [f.id, f.name]));
  ja.functions.forEach((f, i) => {
    expect(f.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(f.description).toBe(FUNCTIONS_JA[f.id].description);
    f.parameters.forEach((p, k) => {
      expect(p.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect({ ...p, description: undefined }).toEqual({ ...metadata.functions[i].parameters[k], description: undefined });
    });
  });
});

test("a function or parameter missing from the ja table fails, naming it; so does a stale entry", () => {
  const { SCREEN: _screen, ...withoutScreen } = FUNCTIONS_JA;
  expect(() => localiseMetadata(metadata, withoutScreen)).toThrow(/SCREEN: no Japanese description/);
  const noField = { ...FUNCTIONS_JA, CLASSIFY: { ...FUNCTIONS_JA.CLASSIFY, parameters: { spec: "仕様", as_of: "基準日" } } };
  expect(() => localiseMetadata(metadata, noField)).toThrow(/CLASSIFY: parameter "field" has no Japanese description/);
  const stale = { ...FUNCTIONS_JA, OLD: { description: "古い", parameters: {} } };
  expect(() => localiseMetadata(metadata, stale)).toThrow(/OLD/);
});
