#!/usr/bin/env node
// The CLI is bundled by `npm ci` (the package's `prepare` script → build/cli.js). When the bundle is
// missing or older than the sources (a fresh checkout without install scripts), build it first.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const bundle = join(__dirname, "..", "build", "cli.js");
if (!existsSync(bundle)) {
  require("node:child_process").execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
}
require(bundle);
