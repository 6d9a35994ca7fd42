/**
 * =ANPO.CLASSIFY — 該非判定 on the 貨物等省令 text.
 *
 * spec → one normalisation pass → (bad input? → 要確認 with the reason) → recognition (rule
 * keywords + the clause-text index) → parameter values (units converted, comparators kept as
 * intervals) → every candidate rule evaluated three-valued → Classification.
 *
 * `not_listed` only when rules recognised the item and every candidate rule is FALSE and no other
 * clause was named; otherwise `needs_review` names what would decide it. Indexes are built once
 * here; per spec there is no regex compilation.
 */
import type { ControlTree, ExportOrderData } from "../data/schemas";
import type { Classification, MissingParam, RuleMatch } from "../results";
import { buildCitationIndex, type CitationReading } from "./citations";
import { buildClauseIndex, type ClauseHit } from "./clause-index";
import { createCatchAll, findHs } from "./catch-all";
import { compileExpr, evalExpr, type CompiledExpr } from "./expr";
import { extract, parseKv, type ParamIndex } from "./extract";
import { CMP, FLAG, ALL, ANY, NOT, U, compileLogic, evaluateC, evaluateRuleC, leavesByParam, paramsOf, whatDecidesC, type CNode, type LeavesByParam, type Tri, type Values } from "./logic";
import { normaliseSpec, PairFilter, word, WordIndex, type Word } from "./normalise";
import { ClassifyRuleSet as RuleSetSchema, type ClassifyRuleSet, type CompiledRuleSet, type LogicNode, type PriorReportFamily, type Rule } from "./ruleset";
import { badInput, MAX_SPEC_LENGTH } from "./bad-input";

export type { ClassifyRuleSet, CompiledRuleSet, Rule } from "./ruleset";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export { ClassifyRuleSet as ClassifyRuleSetSchema } from "./ruleset";

export interface ClassifyOpts {
  asOf?: string;
  hs?: string;
}

export interface Classifier {
  classify(spec: string, opts?: ClassifyOpts): Classification;
  /** One rule's own three-valued value on a spec (golden tests of rules/params). */
  evaluateRule(ruleId: string, spec: string): { value: Tri; missing: string[]; problems: string[] };
  readonly rules: readonly Rule[];
  readonly rulesVersion: string;
}

interface PreparedRule {
  rule: Rule;
  /** position in the rule set */
  index: number;
  keywords: Word[];
  notKeywords: Word[];
  requireAny: Word[];
  params: ParamIndex[];
  /** `params`, each name once (first kept): what extract reads when this rule is the only candidate */
  uniqueParams: ParamIndex[];
  derived: { name: string; expr: CompiledExpr; quantity: string }[];
  logicParams: string[];
  exclusions: LogicNode[];
  /** the logic and exclusions compiled for evaluation, and each parameter's leaves in them */
  clogic: CNode | undefined;
  cexclusions: CNode[];
  leaves: LeavesByParam;
  /** per exclusion: applies only when the spec states it */
  ifStated: boolean[];
  covers: string[];
  labels: Map<string, string>;
}

interface PreparedFamily {
  fam: PriorReportFamily;
  keywords: Word[];
}

export function createClassifier(data: { controlTree: ControlTree; params: ClassifyRuleSet; exportOrder: ExportOrderData }): Classifier {
  const parsed = RuleSetSchema.safeParse(data.params);
  const ruleset: CompiledRuleSet = parsed.success ? parsed.data : { version: String((data.params as { version?: unknown })?.version ?? "invalid"), lawRevision: "", basisDate: "9999-12-31", rules: [], priorReport: { basis: "", note: "", families: [] }, formerCitations: [] };
  const setupProblems = parsed.success ? [] : [`判定ルールが不正です: ${parsed.error.issues[0]?.message ?? ""}`];
  const rulesVersion = `貨物等省令 ${data.controlTree.provenance.effective} / params ${ruleset.version}`;
  const prepared = ruleset.rules.map((r, i) => prepare(r, i));
  const byId = new Map(prepared.map((p) => [p.rule.id, p]));
  const nodes = new Map(data.controlTree.nodes.map((n) => [n.id, n]));
  const clauses = buildClauseIndex(data.controlTree);
  const citations = buildCitationIndex(data.controlTree, ruleset.formerCitations);
  const catchAll = createCatchAll(data.controlTree, data.exportOrder);
  const families: PreparedFamily[] = ruleset.priorReport.families.map((fam) => ({ fam, keywords: fam.keywords.map(word) }));
  // every recognition word of every rule and family in one index, scanned once per spec
  type Tag = { kind: "kw" | "not" | "req"; rule: number } | { kind: "fam"; fam: number };
  const words = new WordIndex<Tag>();
  prepared.forEach((p, rule) => {
    p.keywords.forEach((k) => words.add(k, { kind: "kw", rule }));
    p.notKeywords.forEach((k) => words.add(k, { kind: "not", rule }));
    p.requireAny.forEach((k) => words.add(k, { kind: "req", rule }));
  });
  families.forEach((f, fam) => f.keywords.forEach((k) => words.add(k, { kind: "fam", fam })));
  // parameters are shared by name across rules: one ParamIndex per name, one synonym index
  const paramByName = new Map<string, ParamIndex>();
  for (const p of prepared) {
    p.params = p.params.map((x) => paramByName.get(x.def.name) ?? (paramByName.set(x.def.name, x), x));
    // (one object per name by now: a Map keeps the first position of each)
    p.uniqueParams = [...new Map(p.params.map((x) => [x.def.name, x] as const)).values()];
  }
  let rank = 0;
  for (const p of paramByName.values()) {
    p.rank = rank++;
    p.synSlots = Int32Array.from(p.synonyms, (x) => PairFilter.slotOf(x.w));
  }

  let lastGoodAsOf = "";
  // the parameters of a set of candidates (sets recur: the same kinds of item come again)
  const paramsBySet = new Map<string, ParamIndex[]>();
  function paramsOfSet(candidates: PreparedRule[]): ParamIndex[] {
    const key = candidates.map((c) => c.index).join(",");
    let ps = paramsBySet.get(key);
    if (!ps) {
      ps = paramsOfAll(candidates);
      if (paramsBySet.size < 4096) paramsBySet.set(key, ps);
    }
    return ps;
  }

  function classify(specIn: unknown, opts?: ClassifyOpts): Classification {
    const problems: string[] = [...setupProblems];
    let asOf: string | undefined;
    if (opts?.asOf !== undefined && opts.asOf !== null && String(opts.asOf).trim() !== "") {
      const a = String(opts.asOf).trim();
      if (a === lastGoodAsOf || (ISO_DATE.test(a) && !Number.isNaN(Date.parse(a)))) asOf = lastGoodAsOf = a;
      else problems.push(`基準日 ${a} を読めません（YYYY-MM-DD）: 本日で判定しました`);
    }
    asOf ??= new Date().toISOString().slice(0, 10);
    const base = { rulesVersion, asOf };
    const bad = badInput(specIn);
    if (bad) return review([], [], "unknown", [], [...problems, bad], base, `要確認: ${bad}`);
    const spec = normaliseSpec(String(specIn));
    const kv = parseKv(spec.text);
    // "type=quantum_computer" names the item like free text does
    const lowerForWords = kv.size ? `${spec.lower} ${[...kv.values()].join(" ").toLowerCase().replace(/_/g, " ")}` : spec.lower;

    // HS code (option wins over the spec) and catch-all class
    const hsInSpec = findHs(spec.lower);
    const hsOpt = opts?.hs !== undefined && opts?.hs !== null && String(opts.hs).trim() !== "" ? String(opts.hs) : undefined;
    const ca = catchAll.classify(hsOpt ?? hsInSpec?.hs ?? kv.get("hs"));
    const skip: [number, number][] = hsInSpec ? [hsInSpec.span] : [];

    // recognition: one pass over the spec for every rule's and family's words
    const kw = new Set<number>();
    const not = new Set<number>();
    const req = new Set<number>();
    const fams = new Set<number>();
    const explained: [number, number][] = [];
    words.scan(lowerForWords, (t, at, len) => {
      if (t.kind === "fam") fams.add(t.fam);
      else if (t.kind === "kw") {
        // "5軸マシニングセンタ用 主軸ユニット", "ball screw for 5-axis machining center": a part or
        // an accessory for the item, not the item
        if (prepared[t.rule].rule.forIsNotItem && isFor(lowerForWords, at, len)) return;
        kw.add(t.rule);
        if (prepared[t.rule].rule.explainsWords) explained.push([at, at + len]);
      } else if (t.kind === "req") req.add(t.rule);
      // "プリプレグ用炭素繊維", "carbon fiber for prepreg": a use named is not the other item
      else if (!namesUse(lowerForWords, at, len)) not.add(t.rule);
    });
    const candidateIdx = new Set<number>();
    // recognised but not in force on 基準日: never answers, says why
    const notInForce: PreparedRule[] = [];
    for (const i of kw) {
      const p = prepared[i];
      if (not.has(i) || (p.requireAny.length > 0 && !req.has(i))) continue;
      if (inForce(p.rule, asOf)) candidateIdx.add(i);
      else notInForce.push(p);
    }
    // clauses quoted by number ("第6条第17号の4", also numbers of earlier texts)
    const citeNotes = new Map<PreparedRule, string[]>();
    const citedOnly: CitationReading[] = [];
    const byWords = [...candidateIdx];
    let named: string[] | undefined; // clauses the spec names by their words (only looked up when needed)
    const settles = (x: CitationReading) => byWords.some((i) => underOrOver(prepared[i].rule.node, x.node.id)) || (named ??= clauses.find(spec.lower).map((h) => h.node.id)).some((id) => underOrOver(id, x.node.id));
    for (const r of pickReadings(citations.find(spec.text), settles)) {
      const note = citeNote(r);
      let ruled = false;
      prepared.forEach((p, i) => {
        if (!underOrOver(p.rule.node, r.node.id)) return;
        ruled = true;
        if (!inForce(p.rule, asOf)) {
          if (!notInForce.includes(p)) notInForce.push(p);
          return;
        }
        candidateIdx.add(i);
        const list = citeNotes.get(p) ?? [];
        if (!list.includes(note)) list.push(note);
        citeNotes.set(p, list);
      });
      if (!ruled && !citedOnly.some((c) => c.node.id === r.node.id)) citedOnly.push(r);
    }
    const candidates: PreparedRule[] = [...candidateIdx].sort((a, b) => a - b).map((i) => prepared[i]);
    const flags = new Set<string>();
    const reasonsExtra: string[] = [];
    for (const i of fams) {
      const f = families[i];
      if (inForce(f.fam, asOf)) {
        flags.add(`prior_report_family:${f.fam.family}`);
        reasonsExtra.push(`${f.fam.title.ja}の設計・製造技術をグループA以外の国・地域へ提供する場合は事前報告が必要です（${ruleset.priorReport.basis}）`);
      }
    }

    // parameters of every candidate, each name once
    const ex = extract(spec, candidates.length === 1 ? candidates[0].uniqueParams : paramsOfSet(candidates), skip, kv, true);
    problems.push(...ex.problems);

    const matches: RuleMatch[] = [];
    const missing: MissingParam[] = [];
    let anyTrue = false;
    let anyUnknown = false;
    for (const c of candidates) {
      for (const f of c.rule.flags) flags.add(f);
      const values = withDerived(c, ex.values);
      const r = ruleValue(c, values);
      const cited = citeNotes.get(c) ?? [];
      if (r.value === "TRUE") {
        anyTrue = true;
        matches.push(toMatch(c, "listed", [...cited, ...describe(c, values, true), ...r.notApplied]));
      } else if (r.value === "UNKNOWN") {
        anyUnknown = true;
        matches.push(toMatch(c, "possible", [...cited, ...describe(c, values, false)]));
        for (const m of r.missing) missing.push({ param: m, label: labelOf(c, m), ruleId: c.rule.id });
      }
    }

    // clause-text recognition of everything the rules did not answer for
    // (a listed result does not need them: the clause that applies is known)
    // (nor do words that a rule's keyword already explains: "コンピュータ" inside "量子コンピュータ")
    let textHits: ClauseHit[] = [];
    if (!anyTrue) {
      const found = clauses.find(spec.lower);
      if (found.length) {
        const covered = new Set<string>();
        for (const c of candidates) for (const n of c.covers) covered.add(n);
        textHits = found.filter((h) => !isCovered(h, covered) && !explained.some(([a, b]) => h.at >= a && h.at + h.term.length <= b));
      }
    }
    const seenNodes = new Set<string>();
    for (const h of textHits.slice(0, 8)) {
      if (seenNodes.has(h.node.id)) continue;
      seenNodes.add(h.node.id);
      anyUnknown = true;
      matches.push({
        ruleId: `text:${h.node.id}`,
        exportOrderItem: h.node.exportOrderItem ?? exportItemOf(h.node.id),
        citation: h.node.citation,
        title: { ja: h.term, en: "Recognised by the clause text (parameters not encoded)" },
        reasons: [`仕様の「${h.term}」が${h.node.citation}の文言に一致: ${clip(h.node.text, 160)}`, "条文の要件を確認してください"],
        match: "possible",
      });
      missing.push({ param: "clause_requirements", label: { ja: `条文の要件（${h.node.citation}）`, en: `requirements of ${h.node.citation}` }, ruleId: `text:${h.node.id}` });
    }
    // a clause quoted by number that no rule answers for: its requirements decide
    for (const r of citedOnly) {
      if (seenNodes.has(r.node.id)) {
        // the clause is already named by its words: the quoted number still says which text
        matches.find((m) => m.ruleId === `text:${r.node.id}`)?.reasons.unshift(citeNote(r));
        continue;
      }
      seenNodes.add(r.node.id);
      anyUnknown = true;
      matches.push({
        ruleId: `cite:${r.node.id}`,
        exportOrderItem: r.node.exportOrderItem ?? exportItemOf(r.node.id),
        citation: r.node.citation,
        title: { ja: r.former ? r.former.what : clip(r.node.text, 40), en: "Clause quoted by number (parameters not encoded)" },
        reasons: [citeNote(r), `条文: ${clip(r.node.text, 160)}`, "条文の要件を確認してください"],
        match: "possible",
      });
      missing.push({ param: "clause_requirements", label: { ja: `条文の要件（${r.node.citation}）`, en: `requirements of ${r.node.citation}` }, ruleId: `cite:${r.node.id}` });
    }
    for (const p of notInForce) problems.push(notInForceNote(p.rule, asOf));
    if (reasonsExtra.length && matches.length) matches[0].reasons.push(...reasonsExtra);

    const recognised = candidates.length > 0 || textHits.length > 0 || citedOnly.length > 0 || notInForce.length > 0;
    const flagList = [...flags].sort();
    if (anyTrue) {
      const listed = matches.filter((m) => m.match === "listed");
      const summary = `該当 ${listed.map((m) => `${m.exportOrderItem}（${m.citation}）`).join("、")}`;
      if (asOf < ruleset.basisDate) problems.push(`基準日 ${asOf} は判定ルールの基準日 ${ruleset.basisDate} より前です: 該当は各規定の施行日以降の同じ規定によります`);
      return { status: "listed", matches, missing, catchAll: ca.cls, flags: flagList, problems: withFamilyNote(problems, reasonsExtra, matches), summary, ...base };
    }
    if (!recognised) {
      const why = "品目を特定できません";
      return review(matches, missing, ca.cls, flagList, [...problems, why, ...reasonsExtra], base, `要確認: ${why}`);
    }
    if (notInForce.length && !anyUnknown && asOf < ruleset.basisDate) {
      const why = notInForceNote(notInForce[0].rule, asOf);
      return review(matches, missing, ca.cls, flagList, withFamilyNote(problems, reasonsExtra, matches), base, `要確認: ${why}`);
    }
    if (anyUnknown || ex.ambiguous.size > 0 || setupProblems.length) {
      const labels = [...new Set(missing.map((m) => m.label.ja))];
      const what = labels.length ? labels.slice(0, 3).join("、") + (labels.length > 3 ? " ほか" : "") : problems[0] ?? "要件を確認してください";
      return review(matches, missing, ca.cls, flagList, withFamilyNote(problems, reasonsExtra, matches), base, `要確認: ${what}`);
    }
    if (asOf < ruleset.basisDate) {
      const why = `基準日 ${asOf} は判定ルールの基準日 ${ruleset.basisDate} より前です（当時の閾値は異なる可能性）`;
      return review(matches, missing, ca.cls, flagList, [...problems, why], base, `要確認: ${why}`);
    }
    // every candidate FALSE: say which rules were checked
    const checked = candidates.map((c) => `${c.rule.citation}（${c.rule.exportOrderItem}）: 非該当 — ${describe(c, withDerived(c, ex.values), false).join("; ")}`);
    const caText = ca.cls === "16(1)" ? "16項(1)" : ca.cls === "16(2)" ? "16項(2)" : ca.cls === "outside" ? "16項対象外" : "HS未確認";
    return {
      status: "not_listed",
      matches: [],
      missing: [],
      catchAll: ca.cls,
      flags: flagList,
      problems: [...problems, ...checked, ca.reason, ...reasonsExtra],
      summary: `非該当（${caText}）`,
      ...base,
    };
  }

  function ruleValue(c: PreparedRule, values: ReturnType<typeof withDerived>): { value: Tri; missing: string[]; notApplied: string[] } {
    if (!c.rule.logic) return { value: "UNKNOWN", missing: ["clause_requirements"], notApplied: [] };
    // an exclusion that applies only when stated, and is not: left out (and said so)
    let exclusions = c.cexclusions;
    const notApplied: string[] = [];
    if (c.ifStated.some(Boolean)) {
      exclusions = c.cexclusions.filter((e, i) => {
        if (!c.ifStated[i] || evaluateC(e, values, "", U) !== U) return true;
        notApplied.push(`除外（${c.rule.exclusions[i].note}）は仕様に記載がないため適用していません`);
        return false;
      });
    }
    const value = evaluateRuleC(c.clogic!, exclusions, values);
    if (value !== "UNKNOWN") return { value, missing: [], notApplied };
    return { value, missing: whatDecidesC(c.clogic!, exclusions, values, c.logicParams, c.leaves), notApplied };
  }

  function labelOf(c: PreparedRule, name: string): { ja: string; en: string } {
    if (name === "clause_requirements") return { ja: `条文の要件（${c.rule.citation}）`, en: `requirements of ${c.rule.citation}` };
    const p = c.params.find((x) => x.def.name === name);
    if (p) return p.def.label;
    const d = c.rule.derived.find((x) => x.name === name);
    return d ? d.label : { ja: name, en: name };
  }

  function toMatch(c: PreparedRule, match: "listed" | "possible", reasons: string[]): RuleMatch {
    const node = nodes.get(c.rule.node);
    return {
      ruleId: c.rule.id,
      exportOrderItem: node?.exportOrderItem ?? c.rule.exportOrderItem,
      citation: c.rule.citation,
      title: c.rule.title,
      reasons: c.rule.logic ? reasons : [...reasons, `条文: ${clip(node?.text ?? c.rule.notes[0] ?? c.rule.title.ja, 200)}`],
      match,
    };
  }

  function isCovered(h: ClauseHit, covered: Set<string>): boolean {
    for (const c of covered) if (h.node.id === c || h.node.id.startsWith(c + "/") || c.startsWith(h.node.id + "/")) return true;
    return false;
  }

  return {
    classify: (spec, opts) => {
      try {
        return classify(spec, opts);
      } catch (e) {
        // the public API never throws: an engine fault is an honest 要確認
        return review([], [], "unknown", [], [`内部エラー: ${(e as Error).message}`], { rulesVersion, asOf: new Date().toISOString().slice(0, 10) }, "要確認: 内部エラー");
      }
    },
    evaluateRule(ruleId, specText) {
      const c = byId.get(ruleId);
      if (!c) return { value: "UNKNOWN", missing: [], problems: [`no rule ${ruleId}`] };
      const spec = normaliseSpec(specText);
      const hs = findHs(spec.lower);
      const ex = extract(spec, c.params, hs ? [hs.span] : [], parseKv(spec.text));
      const r = ruleValue(c, withDerived(c, ex.values));
      return { value: r.value, missing: r.missing, problems: ex.problems };
    },
    rules: ruleset.rules,
    rulesVersion,
  };
}

function prepare(rule: Rule, index: number): PreparedRule {
  const clogic = rule.logic ? compileLogic(rule.logic) : undefined;
  const cexclusions = rule.exclusions.map((e) => compileLogic(e.logic));
  const params: ParamIndex[] = rule.params.map((def) => ({
    def,
    synonyms: [...new Set(def.synonyms)].map(word).sort((a, b) => b.w.length - a.w.length),
    negatives: def.negatives.map(word),
    // the most specific word first ("aes-256" before "aes"): extract takes the first present
    implied: def.implied.map((i) => ({ word: word(i.word), value: i.value, unless: i.unless.map(word) })).sort((a, b) => b.word.w.length - a.word.w.length),
  }));
  const labels = new Map([...rule.params.map((p) => [p.name, p.label.ja] as const), ...rule.derived.map((d) => [d.name, d.label.ja] as const)]);
  // each threshold's reason around its value, composed once
  const texts = (n: CNode): void => {
    if (n.kind === CMP) {
      n.head = `${labels.get(n.name) ?? n.name} `;
      n.tail = ` vs ${(n.src as { law?: string }).law ?? `${n.op} ${n.t}`}`;
    } else n.kids.forEach(texts);
  };
  if (clogic) texts(clogic);
  cexclusions.forEach(texts);
  return {
    rule,
    index,
    keywords: rule.keywords.map(word),
    notKeywords: rule.notKeywords.map(word),
    requireAny: rule.requireAny.map(word),
    params,
    uniqueParams: params,
    derived: rule.derived.map((d) => ({ name: d.name, expr: compileExpr(d.formula), quantity: d.quantity })),
    logicParams: rule.logic ? paramsOf(rule.logic, rule.exclusions.length ? exclusionParams(rule) : []) : [],
    exclusions: rule.exclusions.map((e) => e.logic),
    clogic,
    cexclusions,
    leaves: leavesByParam(clogic ? [clogic, ...cexclusions] : cexclusions),
    ifStated: rule.exclusions.map((e) => e.ifStated),
    covers: rule.covers.length ? rule.covers : [rule.node],
    labels,
  };
}

/** The parameters of several candidate rules, each name once (the first rule's kept). */
function paramsOfAll(candidates: PreparedRule[]): ParamIndex[] {
  const params = new Map<string, ParamIndex>();
  for (const c of candidates) for (const p of c.params) if (!params.has(p.def.name)) params.set(p.def.name, p);
  return [...params.values()];
}

function exclusionParams(rule: Rule): string[] {
  const out: string[] = [];
  for (const e of rule.exclusions) paramsOf(e.logic, out);
  return out;
}

const NON_NEGATIVE = new Set(["length", "density", "frequency", "count", "mass", "power", "data_rate", "byte_rate", "sample_rate", "resistivity", "performance"]);

function withDerived(c: PreparedRule, v: { numbers: Map<string, import("../units").Interval>; flags: Map<string, boolean> }) {
  if (!c.derived.length) return v;
  const numbers = new Map(v.numbers);
  for (const d of c.derived) {
    if (numbers.has(d.name)) continue; // a stated 比弾性率 wins over one computed from E and ρ
    const r = evalExpr(d.expr, numbers);
    // a negative 比弾性率 comes from a typing error ("-294 GPa", "密度 -1.80"): not computed
    // (an upper bound "≤ x" has lo = −∞ and is kept)
    if (r && !((r.hi < 0 || (Number.isFinite(r.lo) && r.lo < 0)) && NON_NEGATIVE.has(d.quantity))) numbers.set(d.name, r);
  }
  return { numbers, flags: v.flags };
}

/** Reasons: each stated value against each threshold of the rule, in the law's words. */
function describe(c: PreparedRule, values: Values, listed: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  if (c.clogic) describeNode(c, c.clogic, values, seen, out);
  for (const e of c.cexclusions) describeNode(c, e, values, seen, out);
  if (listed) out.unshift(`${c.rule.citation}の要件を満たします`);
  return out.slice(0, 12);
}

function describeNode(c: PreparedRule, n: CNode, values: Values, seen: Set<unknown>, out: string[]): void {
  if (n.kind === ALL || n.kind === ANY || n.kind === NOT) for (const x of n.kids) describeNode(c, x, values, seen, out);
  else if (n.kind === FLAG) {
    const f = values.flags.get(n.name);
    if (f !== undefined && !seen.has(n.name)) {
      seen.add(n.name);
      out.push(`${labelFor(c, n.name)}: ${f ? "はい" : "いいえ"}`);
    }
  } else if (n.kind === CMP) {
    const v = values.numbers.get(n.name);
    if (v && !seen.has(n)) {
      seen.add(n);
      out.push(n.head + show(v) + n.tail);
    }
  }
}

function labelFor(c: PreparedRule, name: string): string {
  return c.labels.get(name) ?? name;
}

const numText = new Map<number, string>();

/** A value as the reasons show it (memoised: specs repeat the same few values). */
function num(x: number): string {
  let t = numText.get(x);
  if (t === undefined) {
    t = Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : String(+x.toPrecision(6));
    if (numText.size < 10_000) numText.set(x, t);
  }
  return t;
}

function show(v: import("../units").Interval): string {
  if (v.lo === v.hi) return num(v.lo);
  if (v.lo === -Infinity) return `${v.hiInc ? "≤" : "<"}${num(v.hi)}`;
  if (v.hi === Infinity) return `${v.loInc ? "≥" : ">"}${num(v.lo)}`;
  return `${num(v.lo)}〜${num(v.hi)}`;
}

/** The word at [at, at+len) names what the item is for ("…用", "…向け", "for …"), not the item. */
function namesUse(lower: string, at: number, len: number): boolean {
  if (at >= 4 && lower.startsWith("for ", at - 4)) return true;
  // "成型品用", "CFRP成型品用", "プリプレグ製造用": 用/向け closing the same run of characters
  const end = at + len;
  for (let i = end; i < end + 8 && i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x7528 /* 用 */ || lower.startsWith("向け", i)) return true;
    if (c <= 0x20 || c === 0x3000 || c === 0x3001 || c === 0x3002 || c === 0x2c || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09) return false;
  }
  return false;
}

const FOR_BEFORE = /\bfor (?:an? |the |use (?:in|with) )?(?:[a-z0-9-]+ ){0,2}$/;

/** The item word at [at, at+len) is what the spec's item is for ("…用", "…向け", "for a …"). */
function isFor(lower: string, at: number, len: number): boolean {
  let end = at + len;
  // "炭素繊維（引張弾性率 294 GPa …）用": past a parenthesis that describes the item
  const open = lower.charCodeAt(end);
  if (open === 0x28 || open === 0xff08) {
    const close = lower.indexOf(open === 0x28 ? ")" : "）", end);
    if (close > 0 && close - end < 80) end = close + 1;
  }
  if (lower.charCodeAt(end) === 0x7528 /* 用 */ || lower.startsWith("向け", end)) return true;
  return at >= 4 && FOR_BEFORE.test(lower.slice(Math.max(0, at - 30), at));
}

/** Why a recognised rule does not answer on 基準日. */
function notInForceNote(r: Rule, asOf: string): string {
  if (r.effectiveTo !== null && asOf >= r.effectiveTo) return `${r.citation}の判定ルールは ${r.effectiveTo} までの規定です（基準日 ${asOf}）: 現行の規定で確認してください`;
  return `${r.citation}の判定ルールは ${r.effectiveFrom} 施行の規定によります（基準日 ${asOf} には未施行）: 基準日当時の規定で確認してください`;
}

/** A rule's clause and a quoted clause are the same, or one contains the other. */
function underOrOver(ruleNode: string, cited: string): boolean {
  return ruleNode === cited || ruleNode.startsWith(cited + "/") || cited.startsWith(ruleNode + "/");
}

/** The reason a quoted clause number gives. */
function citeNote(r: CitationReading): string {
  const f = r.former;
  if (f) return `旧 ${f.former}（改正前の番号、${f.text.split("_")[1]?.replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3") ?? f.text} 施行の貨物等省令: ${f.what}）は現行の${r.node.citation}です`;
  return `仕様に${r.node.citation}（「${r.quoted}」）の記載があります`;
}

/**
 * A number that is both a current clause and a former one (today's 第6条第17号の4 is the EUV mask
 * blank, the old one the SEM): when an item recognised by its words settles it, keep that reading;
 * otherwise both stand.
 */
function pickReadings(readings: CitationReading[], settles: (r: CitationReading) => boolean): CitationReading[] {
  if (readings.length < 2) return readings;
  const out: CitationReading[] = [];
  for (const at of new Set(readings.map((r) => r.at))) {
    const same = readings.filter((r) => r.at === at);
    const settled = same.filter(settles);
    out.push(...(settled.length ? settled : same));
  }
  return out;
}

function inForce(r: { effectiveFrom: string; effectiveTo: string | null }, asOf: string): boolean {
  return r.effectiveFrom <= asOf && (r.effectiveTo === null || asOf < r.effectiveTo);
}

function exportItemOf(nodeId: string): string {
  const a = nodeId.split("/")[0];
  const map: Record<string, string> = { "1": "2項", "2": "3項", "2_2": "3の2項", "3": "4項", "4": "5項", "5": "6項", "6": "7項", "7": "8項", "8": "9項", "9": "10項", "10": "11項", "11": "12項", "12": "13項", "13": "14項", "14": "15項" };
  return map[a] ?? "";
}

const clipped = new Map<string, string>();

/** A clause text without whitespace, cut to n characters (memoised: clause texts are few and long). */
function clip(s: string, n: number): string {
  const key = `${n}\u0000${s}`;
  let c = clipped.get(key);
  if (c === undefined) {
    const t = s.replace(/\s+/g, "");
    c = t.length > n ? t.slice(0, n) + "…" : t;
    if (clipped.size < 10_000) clipped.set(key, c);
  }
  return c;
}

function withFamilyNote(problems: string[], extra: string[], matches: RuleMatch[]): string[] {
  return matches.length ? problems : [...problems, ...extra];
}

function review(matches: RuleMatch[], missing: MissingParam[], catchAll: Classification["catchAll"], flags: string[], problems: string[], base: { rulesVersion: string; asOf: string }, summary: string): Classification {
  return { status: "needs_review", matches, missing, catchAll, flags, problems, summary, ...base };
}

export { MAX_SPEC_LENGTH };
