/**
 * `anpo-screen`: the engine on the command line, for .xlsx / .csv / .jsonl order files and for
 * scripting (`--json` prints the contract of DESIGN.md). Exit codes: 0 success, 1 bad usage or bad
 * input (one-line message on stderr), 2 internal error.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs, bool, str, UsageError, type FlagSpec, type Parsed } from "./args";
import { parseCsv } from "./csv";
import { loadEngine } from "./load";
import { screenFile } from "./screen-file";
import { listsCommand } from "./lists-command";
import { Classification, Decision, Destination, PartyRisk } from "../core/results";
import type { Engine } from "../core/engine";

export const HELP = `anpo-screen — Japanese export-control screening (安全保障貿易管理) on the command line

Usage:
  anpo-screen classify [--json] [--hs HS] [--as-of DATE] "<spec>"
  anpo-screen classify --input FILE [--as-of DATE]          one spec per line → JSONL
  anpo-screen party [--json] [--country XX] "<name>"
  anpo-screen party --input FILE.csv                        header name,country → JSONL
  anpo-screen destination [--json] "<country>"
  anpo-screen decide [--json] --spec S --country C --customer N [--hs HS] [--value-jpy N]
                     [--informed] [--wmd-use] [--military-use] [--technology]
                     [--clearly-unrelated-wmd yes|no] [--clearly-unrelated-conventional yes|no]
                     [--enduser-wmd-activity yes|no] [--enduser-military-activity yes|no]
                     [--outside-ukraine-ban-area yes|no]        answers to the catch-all questions
  anpo-screen screen IN -o OUT [--sheet NAME] [--map field=Header ...] [--summary] [--user NAME]
                     [--stream | --no-stream] [--determinations MASTER.csv|.xlsx]
                     IN/OUT: .xlsx, .csv or .jsonl; fields: id item spec hs value country customer part
                     --determinations: 判定書マスタ (品番, 該非, 項番, 判定書番号, 判定者, 判定日,
                     改正基準日 …) applied per part number in place of the engine's 該非判定
                     large .xlsx (> 1 MB) stream by default: less memory, the input's merged cells,
                     validation, images and charts are not carried into the output
  anpo-screen lists [--json]                                 active lists, tables, rule versions
  anpo-screen lists import FILE                              import a newer official list file
  anpo-screen lists versions ID | lists activate ID VERSION  keep and restore earlier versions
  anpo-screen --help | --version

Exit: 0 ok, 1 bad usage or input, 2 internal error. No network is used.`;

const COMMON: Record<string, FlagSpec> = { json: {}, help: { alias: "h" } };

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") {
      io.out(HELP);
      return cmd ? 0 : 1;
    }
    if (cmd === "--version" || cmd === "-v") {
      io.out(VERSION);
      return 0;
    }
    switch (cmd) {
      case "classify":
        return await classifyCmd(rest, io);
      case "party":
        return await partyCmd(rest, io);
      case "destination":
        return await destinationCmd(rest, io);
      case "decide":
        return await decideCmd(rest, io);
      case "screen":
        return await screenCmd(rest, io);
      case "lists":
        return await listsCommand(rest, io);
      default:
        throw new UsageError(`unknown command: ${cmd} (see anpo-screen --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { userError?: boolean }).userError) {
      io.err(`anpo-screen: ${(e as Error).message}`);
      return 1;
    }
    io.err(`anpo-screen: internal error: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

declare const __ANPO_VERSION__: string | undefined;
const VERSION = typeof __ANPO_VERSION__ === "string" ? __ANPO_VERSION__ : "dev";

function readInput(path: string): string {
  if (!existsSync(path)) throw new UsageError(`cannot read input file: ${path} (not found)`);
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read input file: ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function help(p: Parsed, io: Io): boolean {
  if (bool(p, "help")) io.out(HELP);
  return bool(p, "help");
}

let engineCache: Engine | undefined;
function engine(): Engine {
  return (engineCache ??= loadEngine());
}

async function classifyCmd(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, { ...COMMON, input: { value: true }, hs: { value: true }, "as-of": { value: true } });
  if (help(p, io)) return 0;
  const asOf = str(p, "as-of");
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be a date like 2026-02-14, got: ${asOf}`);
  const input = str(p, "input");
  if (input) {
    if (p.positional.length) throw new UsageError("give either --input FILE or a spec, not both");
    const lines = readInput(input).split(/\r?\n/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    const e = engine();
    for (const line of lines) io.out(JSON.stringify(Classification.parse(e.classify(line, { asOf, hs: str(p, "hs") }))));
    return 0;
  }
  if (p.positional.length !== 1) throw new UsageError('classify needs one spec (quote it: anpo-screen classify "…")');
  const r = Classification.parse(engine().classify(p.positional[0], { asOf, hs: str(p, "hs") }));
  io.out(bool(p, "json") ? JSON.stringify(r, null, 2) : (r.summary ?? r.status));
  return 0;
}

async function partyCmd(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, { ...COMMON, input: { value: true }, country: { value: true } });
  if (help(p, io)) return 0;
  const input = str(p, "input");
  if (input) {
    if (p.positional.length) throw new UsageError("give either --input FILE or a name, not both");
    let rows: string[][];
    try {
      rows = parseCsv(readInput(input));
    } catch (e) {
      throw new UsageError(`${input}: ${(e as Error).message}`);
    }
    const header = (rows.shift() ?? []).map((h) => h.trim().toLowerCase());
    const ni = header.indexOf("name");
    const ci = header.indexOf("country");
    if (ni < 0) throw new UsageError(`${input}: the CSV needs a header row with a "name" column (and optionally "country")`);
    const e = engine();
    for (const row of rows) {
      if (row.length === 1 && row[0] === "") continue;
      io.out(JSON.stringify(PartyRisk.parse(e.party(row[ni] ?? "", { country: ci >= 0 ? row[ci] || undefined : undefined }))));
    }
    return 0;
  }
  if (p.positional.length !== 1) throw new UsageError('party needs one name (quote it: anpo-screen party "…")');
  const r = PartyRisk.parse(engine().party(p.positional[0], { country: str(p, "country") }));
  io.out(bool(p, "json") ? JSON.stringify(r, null, 2) : (r.summary ?? r.status));
  return 0;
}

async function destinationCmd(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, COMMON);
  if (help(p, io)) return 0;
  if (p.positional.length !== 1) throw new UsageError("destination needs one country");
  const r = Destination.parse(engine().destination(p.positional[0]));
  io.out(bool(p, "json") ? JSON.stringify(r, null, 2) : (r.summary ?? r.status));
  return 0;
}

async function decideCmd(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, {
    ...COMMON,
    spec: { value: true },
    country: { value: true },
    customer: { value: true },
    hs: { value: true },
    "value-jpy": { value: true },
    "as-of": { value: true },
    informed: {},
    "wmd-use": {},
    "military-use": {},
    technology: {},
    "clearly-unrelated-wmd": { value: true },
    "clearly-unrelated-conventional": { value: true },
    "enduser-wmd-activity": { value: true },
    "enduser-military-activity": { value: true },
    "outside-ukraine-ban-area": { value: true },
  });
  if (help(p, io)) return 0;
  if (p.positional.length) throw new UsageError(`unexpected argument: ${p.positional[0]}`);
  const missing = ["spec", "country", "customer"].filter((f) => str(p, f) === undefined);
  if (missing.length) throw new UsageError(`decide needs ${missing.map((m) => `--${m}`).join(", ")}`);
  const v = str(p, "value-jpy");
  const valueJpy = v === undefined ? undefined : Number(v.normalize("NFKC").replace(/[,¥円]/g, ""));
  if (valueJpy !== undefined && (!Number.isFinite(valueJpy) || valueJpy < 0)) throw new UsageError(`--value-jpy must be a non-negative number of yen, got: ${v}`);
  const r = Decision.parse(
    engine().decide({
      spec: str(p, "spec")!,
      country: str(p, "country")!,
      customer: str(p, "customer")!,
      hs: str(p, "hs"),
      valueJpy,
      asOf: str(p, "as-of"),
      informed: bool(p, "informed") || undefined,
      knownWmdUse: bool(p, "wmd-use") || undefined,
      knownMilitaryUse: bool(p, "military-use") || undefined,
      transaction: bool(p, "technology") ? "technology" : undefined,
      clearlyUnrelatedWmd: yesNo(p, "clearly-unrelated-wmd"),
      clearlyUnrelatedConventional: yesNo(p, "clearly-unrelated-conventional"),
      endUserWmdActivity: yesNo(p, "enduser-wmd-activity"),
      endUserMilitaryActivity: yesNo(p, "enduser-military-activity"),
      outsideUkraineBanArea: yesNo(p, "outside-ukraine-ban-area"),
    }),
  );
  io.out(bool(p, "json") ? JSON.stringify(r, null, 2) : (r.summary ?? r.verdict));
  return 0;
}

/** A confirmation the user answered (yes/no); absent means not yet confirmed. */
function yesNo(p: Parsed, name: string): boolean | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (/^(yes|y|true|はい)$/i.test(v)) return true;
  if (/^(no|n|false|いいえ)$/i.test(v)) return false;
  throw new UsageError(`--${name} takes yes or no, got: ${v}`);
}

async function screenCmd(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, {
    ...COMMON,
    out: { value: true, alias: "o" },
    sheet: { value: true },
    map: { value: true, repeat: true },
    summary: {},
    user: { value: true },
    stream: {},
    "no-stream": {},
    determinations: { value: true },
  });
  if (help(p, io)) return 0;
  if (p.positional.length !== 1) throw new UsageError("screen needs one input file: anpo-screen screen IN -o OUT");
  const out = str(p, "out");
  if (!out) throw new UsageError("screen needs an output file: -o OUT (.xlsx, .csv or .jsonl)");
  return screenFile(engine(), { input: p.positional[0], output: out, sheet: str(p, "sheet"), map: (p.flags.map as string[]) ?? [], summary: bool(p, "summary"), json: bool(p, "json"), user: str(p, "user"), stream: bool(p, "stream") ? true : bool(p, "no-stream") ? false : undefined, determinations: str(p, "determinations") }, io);
}
