// Tests read what the server logs: the root logger is swapped for one writing JSON lines here.
import { createLogger, setRootLogger } from "../shared/log.js";

export function captureLog() {
  const lines: string[] = [];
  const previous = setRootLogger(createLogger({ env: "production", level: "trace", destination: { write: (line: string) => void lines.push(line) } }));
  return {
    lines,
    records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
    restore: () => void setRootLogger(previous),
  };
}
