// `server/main.ts` in a child process, as `npm start` runs it: for tests of a real start
// (a bad setting's exit line, what a production start on an empty database leaves behind).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Runs `server/main.ts` through tsx (or `args`, e.g. ["server/start.mjs"] for the production build);
 * resolves at exit, or once it listens and `untilListening` is done (then stops it with SIGTERM).
 */
export function startMain(env: Record<string, string>, opts: { untilListening?: (url: string) => Promise<void>; args?: string[] } = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const name of [
    "DATABASE_URL",
    "KABINET_DEV",
    "REDIS_URL",
    "TRUST_PROXY",
    "CORS_ORIGINS",
    "PUBLIC_URL",
    "SEED_DEMO",
    "METRICS_PORT",
    "METRICS_TOKEN",
    "LOG_LEVEL",
    "MIGRATE_ON_START",
  ])
    if (!(name in env)) delete base[name];
  const child = spawn(process.execPath, opts.args ?? ["--import", "tsx", "server/main.ts"], { cwd: ROOT, env: base, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no answer within 120 s:\n${stdout}\n${stderr}`));
    }, 120_000);
    let listening = false;
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /kabinet listening on (http:\/\/\S+)/.exec(stdout);
      if (m && !listening && opts.untilListening) {
        listening = true;
        opts.untilListening(m[1]!).then(
          () => child.kill("SIGTERM"),
          (err) => {
            child.kill("SIGTERM");
            reject(err);
          },
        );
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
