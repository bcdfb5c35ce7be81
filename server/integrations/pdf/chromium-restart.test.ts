// Chromium killed between two PDFs (OOM killer, a crash): the next PDF relaunches it.
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createPdfRenderer } from "./chromium.js";

/** Pids of the Chromium browser processes this test process launched (its direct children), from /proc: no `ps` needed. */
function chromiumChildren(): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ")".
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    if (ppid === process.pid && /chrom/i.test(comm)) pids.push(Number(name));
  }
  return pids;
}

describe("PDF renderer and a dying Chromium", () => {
  const pdf = createPdfRenderer();
  afterAll(() => pdf.close());
  const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString() === "%PDF-";

  it("relaunches the browser for the next PDF after it was killed", async () => {
    expect(isPdf(await pdf.render("<p>Первый</p>"))).toBe(true);
    const pids = chromiumChildren();
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) process.kill(pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    expect(chromiumChildren().filter((p) => pids.includes(p))).toEqual([]);
    expect(isPdf(await pdf.render("<p>Второй</p>"))).toBe(true);
    // Two at once after another kill: both pages are fresh, neither waits forever.
    for (const pid of chromiumChildren()) process.kill(pid, "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    const both = await Promise.all([pdf.render("<p>A</p>"), pdf.render("<p>B</p>"), pdf.render("<p>C</p>")]);
    expect(both.every(isPdf)).toBe(true);
  }, 60_000);

  it("fails a PDF in flight when Chromium dies under it, and the next one succeeds", async () => {
    const big = `<div>${"<p>Строка квитанции</p>".repeat(4000)}</div>`;
    const inFlight = [pdf.render(big), pdf.render(big), pdf.render(big)].map((p) => p.then(isPdf, () => "failed"));
    await new Promise((r) => setTimeout(r, 150));
    for (const pid of chromiumChildren()) process.kill(pid, "SIGKILL");
    const outcomes = await Promise.all(inFlight);
    // Those caught mid-render fail (how many depends on timing); none hangs.
    expect(outcomes.every((o) => o === true || o === "failed")).toBe(true);
    expect(isPdf(await pdf.render("<p>После сбоя</p>"))).toBe(true);
    expect((await Promise.all([pdf.render("<p>1</p>"), pdf.render("<p>2</p>"), pdf.render("<p>3</p>")])).every(isPdf)).toBe(true);
  }, 60_000);
});
