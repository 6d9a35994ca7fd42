/**
 * `npm run rules:build -- --from ../shared/data`: regenerates rules/ from the official files.
 * Same input → byte-identical output (no timestamps; only the sources' own dates).
 *
 * Each importer module registers a step below: it reads its source files, validates and writes
 * its JSON under rules/. A failing step stops the build with its message; rules/ files already
 * written by earlier steps are complete on their own.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { SourceFile } from "./importers/common";
import { steps } from "./rules-steps";

export interface BuildContext {
  /** Absolute path of the shared data folder (the one holding law/ and lists/). */
  from: string;
  /** Read a source file by its path relative to `from`. */
  read(rel: string): SourceFile;
  /** Write a rules file by its path relative to rules/. */
  write(rel: string, text: string): void;
  log(msg: string): void;
  /** Log an importer's checked counts on one line. */
  logCounts(counts: Record<string, number>): void;
}

export interface BuildStep {
  name: string;
  run(ctx: BuildContext): Promise<void>;
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf("--from");
  const from = resolve(i >= 0 ? args[i + 1] : join(__dirname, "..", "..", "shared", "data"));
  const only = args.filter((a, j) => !a.startsWith("--") && args[j - 1] !== "--from");
  const rulesDir = join(__dirname, "..", "rules");
  const ctx: BuildContext = {
    from,
    read: (rel) => ({ name: basename(rel), bytes: new Uint8Array(readFileSync(join(from, rel))) }),
    write(rel, text) {
      const p = join(rulesDir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      console.log(`  wrote rules/${rel} (${(text.length / 1024).toFixed(0)} KiB)`);
    },
    log: (m) => console.log(`  ${m}`),
    logCounts: (counts) => console.log(`  ${Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(" ")}`),
  };
  for (const step of steps) {
    if (only.length && !only.includes(step.name)) continue;
    console.log(`${step.name}`);
    await step.run(ctx);
  }
}

main().catch((e) => {
  console.error(`rules:build failed: ${(e as Error).message}`);
  process.exit(1);
});
