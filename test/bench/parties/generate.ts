/**
 * Generates the labelled party-screening benchmark (queries.jsonl) from the REAL bundled lists in
 * rules/lists/ plus the hand-written files beside this script (clean-names.txt,
 * near-miss-names.txt, katakana-readings.tsv). Seeded, so the output is reproducible:
 *
 *   npx tsx test/bench/parties/generate.ts
 *
 * Every line: { id, kind, query, country?, expect?: { list, entryKey } }. `expect` absent = the
 * query must NOT alert (clean, near_miss). Kinds: exact, case_punct, legal_form, word_order, typo,
 * alias, kanji, katakana, wrong_country, clean, near_miss.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Converter } from "opencc-js";
import type { ListData, ListEntry } from "../../../src/core/data/schemas";
import { normalizeName } from "../../../src/core/text";

const ROOT = join(__dirname, "../../..");
const HERE = __dirname;
const LIST_FILES = ["meti-eul", "meti-ru", "meti-by", "meti-3rd", "mof-freeze"];

export interface BenchQuery {
  id: number;
  kind: string;
  query: string;
  country?: string;
  expect?: { list: string; entryKey: string };
  /** Other entries that carry exactly the same name (MOF lists one organisation under several
   *  programmes): matching any of them is equally right. */
  also?: { list: string; entryKey: string }[];
  note?: string;
}

// ---- seeded randomness ---------------------------------------------------------------------
let seed = 20251009;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
function sample<T>(xs: T[], n: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

// ---- inputs --------------------------------------------------------------------------------
const lists: ListData[] = LIST_FILES.map((f) => join(ROOT, "rules/lists", `${f}.json`))
  .filter((p) => existsSync(p))
  .map((p) => JSON.parse(readFileSync(p, "utf8")));
const entries = lists.flatMap((l) => l.entries.filter((e) => e.partyType !== "individual").map((e) => ({ list: l.id, e })));
const lines = (f: string) =>
  readFileSync(join(HERE, f), "utf8")
    .split("\n")
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith("#"));

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Katakana}ー]/u;
const share = (s: string, re: RegExp) => [...s].filter((c) => re.test(c)).length / Math.max(1, [...s].length);
const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}&+]+$/u.test(s);

// token document frequency over all list names, to tell generic words from distinctive ones
const df = new Map<string, number>();
const listedKeys = new Set<string>();
const holders = new Map<string, { list: string; entryKey: string }[]>();
for (const { list, e } of entries)
  for (const n of e.names) {
    const norm = normalizeName(n.value);
    listedKeys.add(norm.key);
    const h = holders.get(norm.key) ?? [];
    if (!h.some((y) => y.list === list && y.entryKey === e.key)) h.push({ list, entryKey: e.key });
    holders.set(norm.key, h);
    for (const t of new Set(norm.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  }

const out: BenchQuery[] = [];
const add = (q: Omit<BenchQuery, "id">, source?: string) => {
  if (!q.query.trim()) return;
  const also = source ? (holders.get(normalizeName(source).key) ?? []).filter((y) => !(y.list === q.expect?.list && y.entryKey === q.expect?.entryKey)) : [];
  out.push({ id: out.length + 1, ...q, ...(also.length ? { also } : {}) });
};
/** Names that are importer residue rather than names (e.g. a bare 別称 "alias" label) or too short to mean anything. */
const usable = (v: string) => v !== "別称" && normalizeName(v).key.replace(/\s/g, "").length >= 4;
const expectOf = (x: { list: string; e: ListEntry }) => ({ list: x.list, entryKey: x.e.key });
const latinEntries = entries.filter((x) => isLatin(x.e.name));

// ---- positives -----------------------------------------------------------------------------
for (const x of sample(latinEntries, 150)) add({ kind: "exact", query: x.e.name, expect: expectOf(x) }, x.e.name);

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
const casePunct = [
  (s: string) => s.toUpperCase(),
  (s: string) => s.toLowerCase(),
  (s: string) => s.replace(/[.,()（）'’\-–]/g, " ").replace(/\s+/g, " ").trim(),
  toFullWidth,
  (s: string) => `  ${s.replace(/ /g, "  ")}. `,
];
for (const x of sample(latinEntries, 120)) add({ kind: "case_punct", query: pick(casePunct)(x.e.name), expect: expectOf(x) }, x.e.name);

const FORMS = ["Co., Ltd.", "LLC", "Limited", "Corporation", "FZE", "JSC", "GmbH", "Inc."];
const titleCase = (ts: string[]) => ts.map((t) => t[0].toUpperCase() + t.slice(1)).join(" ");
for (const x of sample(latinEntries, 120)) {
  const n = normalizeName(x.e.name.replace(/[(（][^)）]*[)）]/g, " "));
  if (n.tokens.length === 0) continue;
  const bare = titleCase(n.tokens);
  const q = n.legalForms.length ? (rand() < 0.5 ? bare : `${bare} ${pick(FORMS.filter((f) => !n.legalForms.includes(f)))}`) : `${bare} ${pick(FORMS)}`;
  add({ kind: "legal_form", query: q, expect: expectOf(x), note: n.legalForms.join(",") }, x.e.name);
}

for (const x of sample(latinEntries, 400)) {
  if (out.filter((q) => q.kind === "word_order").length >= 120) break;
  const words = x.e.name.replace(/[(（][^)）]*[)）]/g, " ").split(/\s+/).filter(Boolean);
  const idx = words.map((w, i) => [w, i] as const).filter(([w]) => w.replace(/\W/g, "").length > 2);
  if (idx.length < 2) continue;
  const [a, b] = sample(idx, 2).map(([, i]) => i);
  [words[a], words[b]] = [words[b], words[a]];
  add({ kind: "word_order", query: words.join(" "), expect: expectOf(x) }, x.e.name);
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
function typo(word: string): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, i) + pick([...LETTERS]) + word.slice(i + 1); // substitution
    case 1:
      return word.slice(0, i) + word.slice(i + 1); // deletion
    case 2:
      return word.slice(0, i) + pick([...LETTERS]) + word.slice(i); // insertion
    default:
      return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1); // transposition
  }
}
for (const x of sample(latinEntries, 400)) {
  if (out.filter((q) => q.kind === "typo").length >= 150) break;
  const words = x.e.name.split(/\s+/);
  const cands = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
  if (!cands.length) continue;
  const [w, i] = pick(cands);
  let t = typo(w);
  if (t.toLowerCase() === w.toLowerCase()) t = typo(w);
  if (t.toLowerCase() === w.toLowerCase()) continue;
  words[i] = t;
  add({ kind: "typo", query: words.join(" "), expect: expectOf(x), note: `${w}→${t}` }, x.e.name);
}

const aliases = entries.flatMap((x) => x.e.names.filter((n) => n.kind === "alias" && isLatin(n.value) && normalizeName(n.value).key.length > 3).map((n) => ({ x, v: n.value })));
for (const { x, v } of sample(aliases, 120)) add({ kind: "alias", query: v, expect: expectOf(x) }, v);

const toTrad = Converter({ from: "cn", to: "tw" });
const toSimp = Converter({ from: "tw", to: "cn" });
const toJp = Converter({ from: "cn", to: "jp" });
const kanjiNames = entries.flatMap((x) => x.e.names.filter((n) => share(n.value, HAN) >= 0.6 && usable(n.value)).map((n) => ({ x, v: n.value })));
for (const { x, v } of sample(kanjiNames, 130)) {
  const form = pick([(s: string) => s, toTrad, toSimp, (s: string) => toJp(toSimp(s))]);
  add({ kind: "kanji", query: form(v), expect: expectOf(x) }, v);
}

const FULL = "ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモャヤュユョヨラリルレロワヲンー・";
const HALF = "ｧｱｨｲｩｳｪｴｫｵｶｷｸｹｺｻｼｽｾｿﾀﾁｯﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰ･";
const toHalfWidth = (s: string) =>
  [...s.normalize("NFD")]
    .map((c) => (c === "\u3099" ? "ﾞ" : c === "\u309a" ? "ﾟ" : FULL.includes(c) ? HALF[FULL.indexOf(c)] : c))
    .join("");
const kanaForms = [(s: string) => s, (s: string) => s.replace(/・/g, ""), toHalfWidth, (s: string) => s.replace(/ー/g, ""), (s: string) => s.replace(/・/g, " ")];
const kanaNames = entries.flatMap((x) => x.e.names.filter((n) => share(n.value, KANA) >= 0.6 && usable(n.value)).map((n) => ({ x, v: n.value })));
for (const { x, v } of sample(kanaNames, 100)) add({ kind: "katakana", query: pick(kanaForms)(v), expect: expectOf(x) }, v);
for (const line of readFileSync(join(HERE, "katakana-readings.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const [list, name, reading] = line.split("\t");
  const x = entries.find((y) => y.list === list && y.e.names.some((n) => n.value === name));
  if (!x) throw new Error(`katakana-readings.tsv: ${list} has no name "${name}"`);
  add({ kind: "katakana", query: reading, expect: expectOf(x), note: "hand reading" }, name);
}

const COUNTRIES = ["AE", "HK", "TR", "MY", "SG", "TH", "KZ", "CN", "RU", "IR"];
for (const x of sample(latinEntries.filter((y) => y.e.country?.iso2), 60))
  add({ kind: "wrong_country", query: x.e.name, country: pick(COUNTRIES.filter((c) => c !== x.e.country?.iso2)), expect: expectOf(x) }, x.e.name);

// ---- negatives -----------------------------------------------------------------------------
for (const name of lines("clean-names.txt")) add({ kind: "clean", query: name, country: /[\p{Script=Han}\p{Script=Katakana}]/u.test(name) ? "JP" : undefined });
for (const name of lines("near-miss-names.txt")) add({ kind: "near_miss", query: name, note: "real organisation" });

const UNRELATED = ["Logistics", "Foods", "Hotel", "Pharmacy", "Textiles", "Apparel", "Restaurant", "Dental Clinic", "Real Estate", "Cosmetics", "Travel Agency", "Bakery", "Furniture", "Printing"];
const SURNAMES = ["Sakura", "Fujimoto", "Hoffmann", "Larsen", "Okafor", "Moreau", "Rossi", "Nakagawa", "Lindqvist", "Kowalski", "Tanaka", "Ferreira", "Novak", "Ishikawa"];
const isDistinctive = (t: string) => (df.get(t) ?? 0) <= 1 && t.length >= 5 && /^[a-z]+$/.test(t);
const isGeneric = (t: string) => (df.get(t) ?? 0) >= 8;
const cap = (t: string) => t[0].toUpperCase() + t.slice(1);
let nmA = 0;
let nmB = 0;
for (const x of sample(latinEntries, latinEntries.length)) {
  if (nmA >= 110 && nmB >= 110) break;
  const n = normalizeName(x.e.name);
  const distinct = n.tokens.filter(isDistinctive);
  const generic = n.tokens.filter(isGeneric);
  if (nmA < 110 && distinct.length && n.tokens.length >= 3) {
    // one distinctive word of a listed name, in an unrelated business
    const q = `${cap(pick(distinct))} ${pick(UNRELATED)} ${pick(["Co., Ltd.", "Inc.", "GmbH", "Pte. Ltd."])}`;
    if (!listedKeys.has(normalizeName(q).key)) {
      add({ kind: "near_miss", query: q, note: `shares a distinctive word with ${x.list} ${x.e.entryNo}` });
      nmA++;
    }
  }
  if (nmB < 110 && distinct.length === 1 && generic.length >= 2 && n.tokens.length <= 5) {
    // the generic frame of a listed name around a different distinctive word
    const q = n.tokens.map((t) => (t === distinct[0] ? pick(SURNAMES) : cap(t))).join(" ") + (n.legalForms[0] ? ` ${n.legalForms[0]}` : "");
    if (!listedKeys.has(normalizeName(q).key)) {
      add({ kind: "near_miss", query: q, note: `generic words of ${x.list} ${x.e.entryNo}, another name` });
      nmB++;
    }
  }
}

writeFileSync(join(HERE, "queries.jsonl"), out.map((q) => JSON.stringify(q)).join("\n") + "\n");
const counts: Record<string, number> = {};
for (const q of out) counts[q.kind] = (counts[q.kind] ?? 0) + 1;
console.log(`${out.length} queries from ${lists.map((l) => l.version).join(", ")}`, counts);
