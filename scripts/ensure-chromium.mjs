#!/usr/bin/env node
// Runs before the browser tests (npm run test:browser). The task pane tests drive Debian's
// Chromium through playwright-core; a missing browser must stop the run loudly, never skip tests.
// A Japanese font (fonts-noto-cjk) comes with it, or the screenshot docs/taskpane.png shows boxes.
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

function hasJapaneseFont() {
  try {
    return execFileSync("fc-list", [":lang=ja"], { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}

const packages = [];
if (!existsSync(CHROMIUM)) packages.push("chromium");
if (!hasJapaneseFont()) packages.push("fonts-noto-cjk");
if (packages.length === 0) process.exit(0);
if (packages.length === 1 && packages[0] === "fonts-noto-cjk" && !(process.getuid?.() === 0 && hasApt())) {
  // Not fatal: the tests do not read glyphs, only the screenshot would be unreadable.
  console.error("ensure-chromium: no Japanese font; docs/taskpane.png will show boxes. Install fonts-noto-cjk.");
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && hasApt()) {
  console.error(`ensure-chromium: installing Debian's ${packages.join(" ")} …`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...packages], { stdio: "inherit", env });
  } catch (e) {
    console.error(`ensure-chromium: apt-get failed (${e.message}).`);
    process.exit(1);
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`ensure-chromium: apt-get succeeded but ${CHROMIUM} is still missing.`);
  process.exit(1);
}

console.error(
  `ensure-chromium: ${CHROMIUM} not found. The browser tests need Chromium.\n` +
    `  Install it with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n` +
    `  (or set ANPO_CHROMIUM to the path of a Chromium/Chrome binary).`,
);
process.exit(1);
