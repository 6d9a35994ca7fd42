/**
 * The compiled parameter rules (rules/params.json, built from rules/params/*.yaml by
 * scripts/importers/params-steps.ts). One rule = one leaf clause of the 貨物等省令 with its
 * parameters, the law's logic as a tree (all / any / not / cmp / flag), exclusions, effective
 * dates, recognition keywords and golden tests. Thresholds are canonical-unit numbers with the
 * law's literal and comparator (以上 >=, 超 >, 以下 <=, 未満 <) kept beside them.
 */
import { z } from "zod";

export const QuantityName = z.enum([
  "length",
  "temperature",
  "frequency",
  "power",
  "pressure",
  "density",
  "resistivity",
  "data_rate",
  "byte_rate",
  "sample_rate",
  "time",
  "voltage",
  "ratio",
  "count",
  "angle",
  "mass",
  "decibel",
  "performance",
  "dose",
  "dose_rate",
  "fluence",
  "energy",
  "volume",
  "area",
  "flow_rate",
  "nominal_size",
  "mass_rate",
  "speed",
  "current",
  "flag",
]);

const L = z.object({ ja: z.string().min(1), en: z.string().min(1) });

export const ParamDef = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  quantity: QuantityName,
  /** Canonical unit of the quantity ("1" for counts, ratios and flags). */
  unit: z.string(),
  label: L,
  /** Words that name the parameter in a spec (matched on the normalised, lower-cased text). */
  synonyms: z.array(z.string().min(1)).default([]),
  /** Flags only: words that make the flag false ("bipolar" for cmos). */
  negatives: z.array(z.string().min(1)).default([]),
  /** A range "−40〜125℃" gives this bound; a single value bounds it from one side. */
  pick: z.enum(["min", "max"]).optional(),
  /** With pick: "point" reads a single value as the bound itself ("test temperature 4.6 K" is the
   *  prober's lowest test temperature) — for a parameter with no partner sharing its words. */
  singleValue: z.enum(["bound", "point"]).default("bound"),
  /** Several different values stated (one per axis: "移動量 X 800 mm / Y 600 mm"): "max"/"min"
   *  takes that one where the law asks whether any axis reaches a bound; absent, they contradict. */
  several: z.enum(["max", "min"]).optional(),
  /** Unlabelled values: "only" = the one value of this quantity; "largest"/"smallest" of two. */
  fallback: z.enum(["only", "largest", "smallest"]).optional(),
  /** Values implied by a word (ArF → 193 nm), in canonical units. */
  implied: z.array(z.object({ word: z.string().min(1), value: z.number(), /** words that cancel the implication ("同時3軸" on a 5-axis machine) */ unless: z.array(z.string().min(1)).default([]) })).default([]),
  /** Flags only: when no synonym is written, the flag is false (closed lists such as the IC
   *  types of 第6条第1号ロ); otherwise an unwritten flag is unknown. */
  absentMeansFalse: z.boolean().default(false),
  /** Where the number sits relative to the synonym: "after" (default both), "before" ("40 qubits"). */
  position: z.enum(["after", "before", "both"]).default("both"),
});
export type ParamDef = z.infer<typeof ParamDef>;

export const Op = z.enum([">=", ">", "<=", "<", "=="]);
export type Op = z.infer<typeof Op>;

/** The law's word for each comparator — a rule's literal must use the one its op stands for. */
export const OP_WORDS: Record<Op, string[]> = {
  ">=": ["以上"],
  ">": ["超", "を超える", "超え"],
  "<=": ["以下", "以内"],
  "<": ["未満"],
  "==": [],
};

export type LogicNode =
  | { all: LogicNode[] }
  | { any: LogicNode[] }
  | { not: LogicNode }
  | { cmp: [string, Op, number]; law?: string }
  | { flag: string };

export const LogicNode: z.ZodType<LogicNode> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(LogicNode).min(1) }).strict(),
    z.object({ any: z.array(LogicNode).min(1) }).strict(),
    z.object({ not: LogicNode }).strict(),
    z.object({ cmp: z.tuple([z.string(), Op, z.number()]), law: z.string().optional() }).strict(),
    z.object({ flag: z.string() }).strict(),
  ]),
);

export const RuleTest = z.object({
  spec: z.string(),
  /** This rule's own three-valued result on the spec. */
  expect: z.enum(["TRUE", "FALSE", "UNKNOWN"]),
  missing: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type RuleTest = z.infer<typeof RuleTest>;

export const Rule = z.object({
  id: z.string().min(1),
  kind: z.enum(["goods", "technology", "program"]),
  /** e-Gov Num path of the clause in the control tree, e.g. "7/1/6/1". */
  node: z.string().regex(/^\d+(_\d+)?(\/\d+(_\d+)?)*$/),
  citation: z.string().startsWith("貨物等省令第"),
  exportOrderItem: z.string().min(1),
  title: L,
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  effectiveTo: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** Words that recognise the item (normalised, lower-case). */
  keywords: z.array(z.string().min(1)).min(1),
  /** When set, one of these words must also appear (material + form: "SiC" + "substrate"). */
  requireAny: z.array(z.string().min(1)).default([]),
  /** false: the rule's keywords do not silence other clauses' text hits on the same words
   *  ("アルミニウム合金" is 第1条第22号イ by strength and size, and still 第4条第7号 to check). */
  explainsWords: z.boolean().default(true),
  /** true: an item word followed by 用/向け or after "for" names what the spec's item is used
   *  with ("マシニングセンタ用 主軸ユニット", "炭素繊維用サイジング剤"), so it does not recognise this
   *  rule's item. Off by default: "プラズマドーピング用イオン注入装置" names a process. */
  forIsNotItem: z.boolean().default(false),
  /** Words that say it is another item (a "server" is not an IC). */
  notKeywords: z.array(z.string().min(1)).default([]),
  params: z.array(ParamDef).default([]),
  derived: z.array(z.object({ name: z.string(), formula: z.string(), quantity: QuantityName, label: L })).default([]),
  /** Absent = recognised by text only: always 要確認 with the clause's requirements. */
  logic: LogicNode.optional(),
  /** Control-tree nodes (Num paths) whose text this rule answers for: the clause-text index
   *  does not raise them again when this rule recognised the spec. Defaults to [node]. */
  covers: z.array(z.string()).default([]),
  /** `ifStated`: the exclusion applies only when the spec states what it needs — left open it
   *  neither excludes nor holds the rule back (a 5-axis machining centre without its X travel is
   *  2項(12); the （四） gantry-mill exclusion is named in the reasons). */
  exclusions: z.array(z.object({ logic: LogicNode, note: z.string(), ifStated: z.boolean().default(false) })).default([]),
  flags: z.array(z.string()).default([]),
  notes: z.array(z.string()).default([]),
  tests: z.array(RuleTest).min(1),
});
export type Rule = z.infer<typeof Rule>;

export const PriorReportFamily = z.object({
  family: z.string().regex(/^[a-z_]+$/),
  title: L,
  keywords: z.array(z.string().min(1)).min(1),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable().default(null),
  sources: z.array(z.string()).min(1),
});
export type PriorReportFamily = z.infer<typeof PriorReportFamily>;

/** A clause number of an earlier text that now has another number (old 該非判定書 quote it). */
export const FormerCitation = z.object({
  /** As the old text numbered it: "第6条第17号の4". */
  former: z.string().regex(/^第\d+条/),
  /** Control-tree Num path of the clause today, e.g. "6/1/17_2/1" (= 第6条第17号の2イ). */
  current: z.string().regex(/^\d+(_\d+)?(\/\d+(_\d+)?)*$/),
  /** The e-Gov text (revision) in which the former number was read. */
  text: z.string().min(1),
  /** What the clause is, in the old text's words. */
  what: z.string().min(1),
  /** Where the renumbering is documented. */
  source: z.string().min(1),
});
export type FormerCitation = z.infer<typeof FormerCitation>;

export const ClassifyRuleSet = z.object({
  /** e.g. "2026-11-25" — the params version shown in every result. */
  version: z.string(),
  /** e-Gov revision of the 貨物等省令 text the thresholds were written from. */
  lawRevision: z.string().default(""),
  /** The earliest date the rule set answers for; before it, 非該当 is downgraded to 要確認. */
  basisDate: z.string().default("1970-01-01"),
  rules: z.array(Rule),
  priorReport: z
    .object({ basis: z.string(), note: z.string(), families: z.array(PriorReportFamily) })
    .default({ basis: "", note: "", families: [] }),
  formerCitations: z.array(FormerCitation).default([]),
});
export type ClassifyRuleSet = z.input<typeof ClassifyRuleSet>;
export type CompiledRuleSet = z.output<typeof ClassifyRuleSet>;
