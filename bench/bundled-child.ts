/**
 * Runs a bench file bundled with the CLI's esbuild settings (scripts/build-cli.mjs) in a fresh
 * process — the engine as it ships, not through tsx — and returns the JSON line it prints, or
 * undefined when bundling or the child failed (the caller then measures in its own process).
 * The file runs its measurement when called as `node <bundle> --bundled-child <repo root>`.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildSync } from "esbuild";

export function runBundled<T>(entry: string, root: string): T | undefined {
  const out = join(tmpdir(), `anpo-bench-${basename(entry, ".ts")}-${process.pid}.cjs`);
  try {
    buildSync({ entryPoints: [entry], outfile: out, bundle: true, platform: "node", target: "node20", format: "cjs", logLevel: "silent" });
    const r = spawnSync(process.execPath, [out, "--bundled-child", root], { encoding: "utf8" });
    return JSON.parse(r.stdout.trim().split("\n").pop() ?? "") as T;
  } catch {
    return undefined;
  } finally {
    rmSync(out, { force: true });
  }
}
