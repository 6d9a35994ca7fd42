#!/usr/bin/env node
// Runs before the browser tests (npm run test:browser). The task pane tests drive Debian's
// Chromium through playwright-core; a missing browser must stop the run loudly, never skip tests.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

const CHROMIUM = process.env.ANPO_CHROMIUM || "/usr/bin/chromium";

function hasApt() {
  try {
    execFileSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (existsSync(CHROMIUM)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && hasApt()) {
  console.error(`ensure-chromium: ${CHROMIUM} missing; installing Debian's chromium package …`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  } catch (e) {
    console.error(`ensure-chromium: apt-get failed (${e.message}).`);
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`ensure-chromium: chromium installed but ${CHROMIUM} still missing.`);
  process.exit(1);
}

console.error(
  `ensure-chromium: ${CHROMIUM} not found. The browser tests need Chromium.\n` +
    `  Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `  (or set ANPO_CHROMIUM to the path of a Chromium/Chrome binary).`,
);
process.exit(1);
