/**
 * Compiler of the hand-authored parameter rules (rules/params/*.yaml) into the rule set the
 * classifier runs on. Pure: YAML texts (and the control tree, when built) in, validated data out.
 *
 * It refuses — with every problem named — a rule whose citation is not the control tree's
 * citation for its node, a threshold whose unit does not fit its parameter, a law literal whose
 * comparator word is not the comparator encoded (以上 >=, 超 >, 以下 <=, 未満 <) or whose
 * kanji number differs from the threshold, a parameter used but not defined, or a duplicate id.
 */
import { parse } from "yaml";
import type { ControlTree } from "../../src/core/data/schemas";
import { ClassifyRuleSet, OP_WORDS, type CompiledRuleSet, type LogicNode, type Op } from "../../src/core/classify/ruleset";
import { convert, parseLegalNumber, readNumber } from "../../src/core/units";
import { ImportError } from "./common";

export interface ParamsSource {
  name: string;
  text: string;
}

type Raw = Record<string, unknown>;

const ALL_OPS: [string, Op][] = [
  ["を超える", ">"],
  ["超え", ">"],
  ["超", ">"],
  ["以上", ">="],
  ["以下", "<="],
  ["以内", "<="],
  ["未満", "<"],
];

export function compileParams(sources: ParamsSource[], tree?: ControlTree): CompiledRuleSet {
  const problems: string[] = [];
  let head: Raw = {};
  let prior: Raw | undefined;
  const rules: Raw[] = [];
  const paramDefs = new Map<string, { file: string; json: string }>();
  const nodes = new Map((tree?.nodes ?? []).map((n) => [n.id, n]));

  for (const src of [...sources].sort((a, b) => a.name.localeCompare(b.name))) {
    let doc: Raw;
    try {
      doc = parse(src.text, { uniqueKeys: true }) as Raw;
    } catch (e) {
      problems.push(`${src.name}: YAML: ${(e as Error).message}`);
      continue;
    }
    if (src.name === "index.yaml") {
      head = doc;
      continue;
    }
    if (doc.priorReport) {
      prior = doc.priorReport as Raw;
      continue;
    }
    const defs = (doc.parameters ?? {}) as Record<string, Raw>;
    // the classifier shares a parameter by name across rules: one name, one definition
    for (const [name, d] of Object.entries(defs)) {
      const json = JSON.stringify(d);
      const prev = paramDefs.get(name);
      if (prev && prev.json !== json) problems.push(`${src.name}: parameter ${name} differs from its definition in ${prev.file}`);
      else paramDefs.set(name, { file: src.name, json });
    }
    for (const r of (doc.rules ?? []) as Raw[]) {
      const where = `${src.name} ${String(r.id)}`;
      const names = (r.params ?? []) as string[];
      const params = names.map((n) => {
        const d = defs[n];
        if (!d) problems.push(`${where}: parameter ${n} is not defined in this file`);
        return { name: n, ...(d ?? {}) };
      });
      const derived = ((r.derived ?? []) as Raw[]).map((d) => d);
      const quantities = new Map<string, string>([...params.map((p) => [p.name, String((p as Raw).quantity)] as [string, string]), ...derived.map((d) => [String(d.name), String(d.quantity)] as [string, string])]);
      const fix = (n: LogicNode): LogicNode => fixNode(n, quantities, where, problems);
      const out: Raw = { ...r, params, derived };
      if (r.logic) out.logic = fix(r.logic as LogicNode);
      out.exclusions = ((r.exclusions ?? []) as Raw[]).map((e) => ({ ...e, logic: fix(e.logic as LogicNode) }));
      if (r.effectiveFrom instanceof Date) out.effectiveFrom = r.effectiveFrom.toISOString().slice(0, 10);
      // citations against the control tree, when it has been built
      if (tree) {
        const node = nodes.get(String(r.node));
        if (!node) problems.push(`${where}: node ${String(r.node)} is not in the control tree`);
        else {
          if (node.citation !== r.citation) problems.push(`${where}: citation ${String(r.citation)} ≠ control tree ${node.citation}`);
          if (node.exportOrderItem && node.exportOrderItem !== r.exportOrderItem) problems.push(`${where}: exportOrderItem ${String(r.exportOrderItem)} ≠ control tree ${node.exportOrderItem}`);
        }
        for (const c of (r.covers ?? []) as string[]) if (!nodes.has(c)) problems.push(`${where}: covers ${c} is not in the control tree`);
      }
      rules.push(out);
    }
  }
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(String(r.id))) problems.push(`duplicate rule id ${String(r.id)}`);
    ids.add(String(r.id));
  }
  // former clause numbers (index.yaml) must point at a clause of today's text
  for (const f of (head.formerCitations ?? []) as Raw[]) if (tree && !nodes.has(String(f.current))) problems.push(`index.yaml formerCitations ${String(f.former)}: node ${String(f.current)} is not in the control tree`);
  const candidate = { version: head.version, lawRevision: head.lawRevision, basisDate: head.basisDate, rules, priorReport: prior, formerCitations: head.formerCitations };
  const parsed = ClassifyRuleSet.safeParse(JSON.parse(JSON.stringify(candidate, (_k, v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))));
  if (!parsed.success) for (const i of parsed.error.issues.slice(0, 20)) problems.push(`schema: ${i.path.join(".")}: ${i.message}`);
  if (problems.length) throw new ImportError("rules/params invalid", problems);
  return parsed.data!;
}

/** Threshold strings ("-268.65 °C", "0.0009 mm") → canonical numbers; literal checked. */
function fixNode(n: LogicNode, quantities: Map<string, string>, where: string, problems: string[]): LogicNode {
  if ("all" in n) return { all: n.all.map((c) => fixNode(c, quantities, where, problems)) };
  if ("any" in n) return { any: n.any.map((c) => fixNode(c, quantities, where, problems)) };
  if ("not" in n) return { not: fixNode(n.not, quantities, where, problems) };
  if ("flag" in n) {
    if (quantities.get(n.flag) !== "flag") problems.push(`${where}: flag ${n.flag} is not a flag parameter`);
    return n;
  }
  const [param, op, raw] = n.cmp as [string, Op, number | string];
  const q = quantities.get(param);
  if (!q) problems.push(`${where}: cmp uses undefined parameter ${param}`);
  let value: number;
  let rawNumber: number;
  if (typeof raw === "number") {
    value = raw;
    rawNumber = raw;
    if (q && !["count", "ratio"].includes(q)) problems.push(`${where}: threshold ${raw} for ${param} (${q}) needs a unit`);
  } else {
    const s = String(raw).normalize("NFKC");
    const num = readNumber(s, 0);
    const unit = num ? s.slice(num.end).trim() : "";
    const c = num && unit ? convert(num.value, unit) : undefined;
    if (!num || !c) {
      problems.push(`${where}: cannot read threshold "${String(raw)}"`);
      return n;
    }
    if (q && c.quantity !== q && !(q === "ratio" && c.quantity === "ratio")) problems.push(`${where}: threshold "${String(raw)}" is ${c.quantity}, ${param} is ${q}`);
    value = c.value;
    rawNumber = num.value;
  }
  if (n.law) checkLiteral(n.law, op, rawNumber, where, problems);
  return { cmp: [param, op, value], law: n.law };
}

/** The law's comparator word must be the one `op` stands for; its kanji number the threshold. */
function checkLiteral(law: string, op: Op, raw: number, where: string, problems: string[]): void {
  const trimmed = law.replace(/(のもの|もの|の|で|において|にわたって)$/u, "");
  const end = ALL_OPS.find(([w]) => trimmed.endsWith(w));
  if (!end) return; // a range literal ("零下五五度以上一二五度以下の全ての温度範囲") is checked by its tests
  if (!OP_WORDS[op].includes(end[0]) && end[1] !== op) problems.push(`${where}: literal "${law}" says ${end[0]} but the rule uses ${op}`);
  const nums = [...trimmed.matchAll(/(零下)?([〇一二三四五六七八九][〇一二三四五六七八九、・]*)/gu)];
  const last = nums[nums.length - 1];
  if (!last) return;
  let v = parseLegalNumber(last[2]);
  if (v === undefined) return;
  if (last[1]) v = -v;
  if (Math.abs(v - raw) > 1e-9 * Math.max(1, Math.abs(v))) problems.push(`${where}: literal "${law}" reads ${v}, threshold is ${raw}`);
}
