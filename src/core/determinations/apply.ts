/**
 * A recorded 判定書 standing in for the rule engine's 該非判定 — never silently:
 *  - current (改正基準日 on/after the law revision the engine carries, not past 有効期限) and
 *    unanimous → its result, naming the 判定書 (reference, reviewer, date) in summary and flags;
 *  - made under an older revision, or expired → 要確認「判定書の再確認が必要（改正後）」/「有効期限切れ」;
 *  - two current determinations that disagree → 要確認 naming both;
 *  - it never makes a result less strict: an engine 該当 stays 該当 (a 非該当 判定書 against it is
 *    flagged as a conflict), and a 該当 判定書 adds its items to whatever the engine found.
 * Only the classification step is replaced; end user and destination checks run as before.
 */
import type { CatchAllClass, Classification, MissingParam, RuleMatch } from "../results";
import type { RuleData } from "../engine";
import { createCatchAll } from "../classify/catch-all";
import type { Determination } from "./schema";

export interface DeterminationContext {
  /** Effective date of the newest law text the engine carries (貨物等省令・輸出令). */
  lawRevision: string;
  /** ISO date against which 有効期限 is judged. */
  today: string;
  /** The engine's own 16項 class for an HS code (貨物等省令第14条の2, 輸出令別表第1 16項). */
  catchAllOf(hs: string): CatchAllClass;
}

export function determinationContext(data: RuleData, today = new Date().toISOString().slice(0, 10)): DeterminationContext {
  const ca = createCatchAll(data.controlTree, data.exportOrder);
  const dates = [data.controlTree.provenance.effective, data.exportOrder.provenance.effective].sort();
  return { lawRevision: dates[dates.length - 1], today, catchAllOf: (hs) => ca.classify(hs).cls };
}

export const DETERMINATION_FLAG = "determination:";

/** The reference of the 判定書 a classification was taken from, if any. */
export function appliedDetermination(c: Classification): string | undefined {
  return c.flags.find((f) => f.startsWith(DETERMINATION_FLAG))?.slice(DETERMINATION_FLAG.length);
}

const who = (d: Determination) => `判定書 ${d.reference}, ${d.reviewer} ${d.date}`;
const outcomeText = (d: Determination) => (d.status === "listed" ? `該当 ${d.items!.join("・")}` : "非該当");

export function applyDetermination(cls: Classification, found: readonly Determination[], ctx: DeterminationContext): Classification {
  if (!found.length) return cls;
  const current = found.filter((d) => d.lawRevision >= ctx.lawRevision && !(d.expires && d.expires < ctx.today));
  if (!current.length) return notCurrent(cls, found, ctx);

  // Newest first: among agreeing determinations the latest is the one named.
  const outcomes = new Map<string, Determination[]>();
  for (const d of [...current].sort((a, b) => b.date.localeCompare(a.date))) {
    const k = outcomeKey(d);
    outcomes.set(k, [...(outcomes.get(k) ?? []), d]);
  }
  if (outcomes.size > 1) {
    const latest = [...outcomes.values()].map((g) => g[0]);
    const named = latest.map((d) => `${d.reference}（${outcomeText(d)}）`).join(" / ");
    return reopen(cls, `判定書が食い違います: ${named}`, "determination_conflict", latest);
  }
  const group = [...outcomes.values()][0];
  return group[0].status === "listed" ? applyListed(cls, group[0]) : applyNotListed(cls, group, ctx);
}

/** What a determination decides: 該当 with which items, or 非該当 (its catch-all class is merged, stricter first). */
function outcomeKey(d: Determination): string {
  return d.status === "listed" ? `listed:${[...d.items!].sort().join(",")}` : "not_listed";
}

function catchAllOf(d: Determination, ctx: DeterminationContext): CatchAllClass | undefined {
  if (d.catchAll) return d.catchAll;
  if (d.hs) return ctx.catchAllOf(d.hs);
  return undefined;
}

function provenance(d: Determination): string {
  return `判定書 ${d.reference}（判定者 ${d.reviewer}、判定日 ${d.date}、改正基準日 ${d.lawRevision}${d.expires ? `、有効期限 ${d.expires}` : ""}）を適用`;
}

function engineNote(cls: Classification): string {
  return `ルール判定: ${cls.summary ?? cls.status}`;
}

function applyListed(cls: Classification, d: Determination): Classification {
  const own: RuleMatch[] = d.items!.map((item, i) => ({
    ruleId: `${DETERMINATION_FLAG}${d.reference}`,
    exportOrderItem: item,
    citation: d.citations?.[i] ?? `判定書 ${d.reference}`,
    title: { ja: `判定書 ${d.reference} による該当`, en: `Listed per determination ${d.reference}` },
    reasons: [provenance(d)],
    match: "listed",
  }));
  // The engine's certain matches stay: a 判定書 adds items, it never removes one.
  const engineListed = cls.status === "listed" ? cls.matches.filter((m) => m.match !== "possible" && !d.items!.includes(m.exportOrderItem)) : [];
  const matches = [...own, ...engineListed];
  const items = [...new Set(matches.map((m) => m.exportOrderItem))].join("・");
  return {
    ...cls,
    status: "listed",
    matches,
    missing: [],
    flags: [...cls.flags, `${DETERMINATION_FLAG}${d.reference}`],
    problems: [provenance(d), engineNote(cls)],
    summary: `該当 ${items}（${who(d)}）`,
  };
}

function applyNotListed(cls: Classification, group: Determination[], ctx: DeterminationContext): Classification {
  const d = group[0];
  if (cls.status === "listed") {
    // The engine found the spec listed outright: a 非該当 判定書 cannot clear that without a person.
    const items = [...new Set(cls.matches.filter((m) => m.match !== "possible").map((m) => m.exportOrderItem))].join("・");
    return {
      ...cls,
      flags: [...cls.flags, `determination_conflict:${d.reference}`],
      problems: [...(cls.problems ?? []), `判定書 ${d.reference} は非該当ですが、ルール判定は該当（${items}）です — 判定書の再確認が必要`],
      summary: `${cls.summary ?? `該当 ${items}`}（判定書 ${d.reference} の非該当と食い違い）`,
    };
  }
  const own = stricter(group.map((x) => catchAllOf(x, ctx)));
  const notes = [provenance(d), engineNote(cls)];
  let catchAll = cls.catchAll;
  if (own) {
    // The 判定書's class and the one from the row's HS code disagree: the stricter one decides.
    catchAll = stricter([own, cls.catchAll])!;
    if (cls.catchAll !== "unknown" && cls.catchAll !== own) notes.push(`キャッチオール区分: 判定書 ${own} と受注のHSによる ${cls.catchAll} が異なるため ${catchAll} で判定`);
  }
  return {
    ...cls,
    status: "not_listed",
    matches: [],
    missing: [],
    // without a class of its own (or "unknown" from a short HS code) the engine's class stays
    catchAll,
    flags: [...cls.flags, `${DETERMINATION_FLAG}${d.reference}`],
    problems: notes,
    summary: `非該当（${who(d)}）`,
  };
}

/** 16項(1) (第14条の2 headings, all four catch-all letters) is stricter than 16項(2), which is stricter than outside. */
const STRICTNESS: CatchAllClass[] = ["16(1)", "16(2)", "outside"];

/** The strictest known class; "unknown" and absent ones do not count. */
function stricter(classes: (CatchAllClass | undefined)[]): CatchAllClass | undefined {
  return STRICTNESS.find((c) => classes.includes(c));
}

function notCurrent(cls: Classification, found: readonly Determination[], ctx: DeterminationContext): Classification {
  const stale = found.filter((d) => d.lawRevision < ctx.lawRevision);
  if (stale.length) {
    const refs = stale.map((d) => `${d.reference}（改正基準日 ${d.lawRevision}）`).join(" / ");
    return reopen(cls, `判定書の再確認が必要（改正後）: ${refs} — 現行の法令 ${ctx.lawRevision} 施行`, "determination_stale", stale);
  }
  const refs = found.map((d) => `${d.reference}（有効期限 ${d.expires}）`).join(" / ");
  return reopen(cls, `判定書の有効期限切れ: ${refs}`, "determination_expired", [...found]);
}

/** 要確認 naming the 判定書 — unless the engine's own result is 該当, which stays (stricter). */
function reopen(cls: Classification, why: string, flag: string, ds: Determination[]): Classification {
  const flags = [...cls.flags, ...ds.map((d) => `${flag}:${d.reference}`)];
  if (cls.status === "listed") return { ...cls, flags, problems: [...(cls.problems ?? []), why] };
  const ask: MissingParam = { param: "determination", label: { ja: why, en: `re-check the recorded determination (${flag.replace("determination_", "")})` }, ruleId: ds.map((d) => `${DETERMINATION_FLAG}${d.reference}`).join(",") };
  return {
    ...cls,
    status: "needs_review",
    matches: cls.matches,
    missing: [ask, ...cls.missing],
    flags,
    problems: [why, engineNote(cls), ...(cls.problems ?? [])],
    summary: `要確認: ${why}`,
  };
}
