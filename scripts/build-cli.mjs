// Bundles the CLI (src/cli + src/core + rules/*.json) into build/cli.js with esbuild: one file, no
// TypeScript at run time. Run by `npm ci`/`npm install` (prepare) and on first use by bin/.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
await build({
  entryPoints: [join(root, "src/cli/index.ts")],
  outfile: join(root, "build/cli.js"),
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  define: { __ANPO_VERSION__: JSON.stringify(pkg.version) },
  logLevel: "warning",
  legalComments: "none",
});
