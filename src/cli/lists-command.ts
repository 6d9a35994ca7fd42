/** `anpo-screen lists …`: what data is active, and importing / restoring official list files. */
import { parseArgs, bool, UsageError } from "./args";
import { loadEngine } from "./load";
import { activate, importIntoStore, listVersions } from "./list-store";
import type { Io } from "./main";

export async function listsCommand(argv: string[], io: Io): Promise<number> {
  const p = parseArgs(argv, { json: {}, help: { alias: "h" } });
  const [sub, ...args] = p.positional;
  if (!sub) {
    const v = loadEngine().versions();
    if (bool(p, "json")) {
      io.out(JSON.stringify({ lists: v.lists, tables: v.tables, controlTree: v.controlTree, rulesVersion: v.rulesVersion }, null, 2));
    } else {
      io.out(`rules: ${v.rulesVersion}`);
      io.out(`control tree: ${v.controlTree.revision} (${v.controlTree.articles} articles, ${v.controlTree.nodes} nodes)`);
      io.out(`tables: ${Object.entries(v.tables).map(([k, n]) => `${k} ${n}`).join(", ")}`);
      for (const l of v.lists) io.out(`${l.id.padEnd(10)} ${l.date} (effective ${l.effective})  ${String(l.entries).padStart(6)} entries  ${l.title}  sha256 ${l.sha256.slice(0, 12)}…`);
    }
    return 0;
  }
  if (sub === "import") {
    if (args.length !== 1) throw new UsageError("lists import needs one file");
    const r = await importIntoStore(args[0]);
    io.out(bool(p, "json") ? JSON.stringify(r) : `imported ${args[0]}: ${JSON.stringify(r)}`);
    return 0;
  }
  if (sub === "versions") {
    if (args.length !== 1) throw new UsageError("lists versions needs a list id (e.g. METI-EUL)");
    io.out(JSON.stringify(listVersions(args[0]), null, bool(p, "json") ? 0 : 2));
    return 0;
  }
  if (sub === "activate") {
    if (args.length !== 2) throw new UsageError("lists activate needs a list id and a version");
    activate(args[0], args[1]);
    io.out(`active: ${args[0]} ${args[1]}`);
    return 0;
  }
  throw new UsageError(`unknown lists subcommand: ${sub}`);
}
