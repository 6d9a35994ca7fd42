/**
 * scripts/importers/params.ts refuses rules that misquote the law: a citation that is not the
 * control tree's, a comparator that is not the literal's (以上/超/以下/未満), a kanji number that is
 * not the threshold, a threshold in the wrong unit, an undefined parameter. And rules/params.json
 * is what the YAML compiles to.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileParams } from "../../../../scripts/importers/params";
import { readParamsSources } from "../../../../scripts/importers/params-steps";
import { toJson } from "../../../../scripts/importers/common";
import { load } from "./load";

const { tree, params } = load();
const ROOT = join(__dirname, "..", "..", "..", "..");

const rule = (over: Record<string, string> = {}) => `
parameters:
  n_qubits: {quantity: count, unit: "1", label: {ja: 量子ビット, en: qubits}, synonyms: [qubits]}
  t: {quantity: temperature, unit: K, label: {ja: 温度, en: temperature}, synonyms: [温度]}
rules:
  - id: "x"
    kind: goods
    node: "${over.node ?? "7/1/6/1"}"
    citation: ${over.citation ?? "貨物等省令第7条第6号イ"}
    exportOrderItem: ${over.item ?? "8項"}
    title: {ja: 量子計算機, en: Quantum computers}
    effectiveFrom: "2024-09-08"
    keywords: [quantum computer]
    params: [n_qubits, t]
    logic: {all: [${over.cmp ?? `{cmp: [n_qubits, ">=", 2000], law: 二、〇〇〇個以上}`}]}
    tests: [{spec: "quantum computer 2000 qubits", expect: "TRUE"}]
`;
const compile = (yaml: string) => () => compileParams([{ name: "index.yaml", text: 'version: "t"' }, { name: "t.yaml", text: yaml }], tree);

test("a faithful rule compiles", () => expect(compile(rule())().rules).toHaveLength(1));
test("a citation that is not the control tree's is refused", () => expect(compile(rule({ citation: "貨物等省令第7条第6号ロ" }))).toThrow(/citation/));
test("a node missing from the control tree is refused", () => expect(compile(rule({ node: "7/1/99" }))).toThrow(/not in the control tree/));
test("an 輸出令 item that is not the tree's is refused", () => expect(compile(rule({ item: "7項(1)" }))).toThrow(/exportOrderItem/));
test("以上 encoded as > is refused", () => expect(compile(rule({ cmp: `{cmp: [n_qubits, ">", 2000], law: 二、〇〇〇個以上}` }))).toThrow(/says 以上/));
test("未満 encoded as <= is refused", () => expect(compile(rule({ cmp: `{cmp: [n_qubits, "<=", 100], law: 一〇〇個未満}` }))).toThrow(/says 未満/));
test("a threshold that is not the literal's number is refused", () => expect(compile(rule({ cmp: `{cmp: [n_qubits, ">=", 200], law: 二、〇〇〇個以上}` }))).toThrow(/reads 2000/));
test("零下 is read as negative", () => expect(compile(rule({ cmp: `{cmp: [t, "<=", "268.65 °C"], law: 零下二六八・六五度以下}` }))).toThrow(/reads -268.65/));
test("a threshold in the wrong unit is refused", () => expect(compile(rule({ cmp: `{cmp: [t, "<=", "4.5 mm"]}` }))).toThrow(/length, t is temperature/));
test("a dimensional threshold needs a unit", () => expect(compile(rule({ cmp: `{cmp: [t, "<=", 4.5]}` }))).toThrow(/needs a unit/));
test("an undefined parameter is refused", () => expect(compile(rule({ cmp: `{cmp: [qubitz, ">=", 2000]}` }))).toThrow(/undefined parameter qubitz/));

test("every rule cites a goods or technology node of the control tree with its own citation", () => {
  const nodes = new Map(tree.nodes.map((n) => [n.id, n]));
  for (const r of params.rules) expect({ id: r.id, citation: nodes.get(r.node)?.citation }).toEqual({ id: r.id, citation: r.citation });
});

test("rules/params.json is up to date with rules/params/*.yaml (npm run rules:build)", () => {
  const built = readFileSync(join(ROOT, "rules/params.json"), "utf8");
  expect(built).toBe(toJson(compileParams(readParamsSources(join(ROOT, "rules/params")), tree)));
});

test("a parameter name keeps one definition across files", () => {
  const other = `
parameters:
  n_qubits: {quantity: count, unit: "1", label: {ja: 別の定義, en: other}, synonyms: [qubits]}
rules: []
`;
  expect(() => compileParams([{ name: "index.yaml", text: 'version: "t"' }, { name: "a.yaml", text: rule() }, { name: "b.yaml", text: other }], tree)).toThrow(/differs from its definition/);
});
