// Production writes its log lines to stdout asynchronously: when nothing reads stdout, at most
// 16 MB of lines wait in memory, the rest are dropped and stderr says so once. Checked in a real
// child process whose stdout pipe this test never reads.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCRIPT = `
import { createLogger } from "./server/shared/log.ts";
const log = createLogger({ env: "production" });
const line = "x".repeat(1000);
for (let i = 0; i < 40_000; i++) log.info({ i, line }, "stalled");
setTimeout(() => process.stderr.write("rss " + process.memoryUsage().rss + "\\n"), 200);
setInterval(() => {}, 1000); // stays until killed: exiting would wait for the full pipe to drain
`;

it("keeps at most 16 MB of lines while stdout is not read, and says once that it drops the rest", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pause(); // never read: the pipe fills and stays full
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on("exit", resolve));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", () => /rss \d+\n/.test(stderr) && resolve());
    child.on("exit", () => reject(new Error(`exited early: ${stderr}`)));
  });
  child.kill("SIGKILL");
  await exited;
  expect(stderr.match(/log lines dropped/g)).toHaveLength(1);
  // 40 MB were logged; what waited is bounded (the process's own baseline is well under 150 MB).
  expect(Number(/rss (\d+)/.exec(stderr)![1]) / 1e6).toBeLessThan(200);
}, 30_000);
