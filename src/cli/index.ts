/** Entry of the bundled CLI (build/cli.js). */
import { run } from "./main";

run(process.argv.slice(2), { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") }).then(
  (code) => {
    process.exitCode = code;
    // For `npm run bench`: the peak resident set size (kB) of this run.
    if (process.env.ANPO_REPORT_RSS) process.stderr.write(`maxrss=${process.resourceUsage().maxRSS}\n`);
  },
  (e) => {
    process.stderr.write(`anpo-screen: internal error: ${e}\n`);
    process.exitCode = 2;
  },
);
