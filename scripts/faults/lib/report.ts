// Tables of answers and a list of pass/fail checks, printed the same way by every scenario.
import fs from "node:fs";
import { outcome, type Sample } from "./load.ts";

export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ") + " |";
  console.log(`\n${title}`);
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of rows) console.log(line(row));
}

// One row per phase and URL class: how many answers of each status (or connection error),
// how many bodies leaked internals, and the slowest answer.
export function printCounts(title: string, samples: Sample[], phaseOf: (s: Sample) => string, phases: string[]): void {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const key = `${phaseOf(s)}\u0000${s.cls}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const classes = [...new Set(samples.map((s) => s.cls))];
  const rows: string[][] = [];
  for (const phase of phases) {
    for (const cls of classes) {
      const group = groups.get(`${phase}\u0000${cls}`);
      if (!group) continue;
      const counts = new Map<string, number>();
      for (const s of group) counts.set(outcome(s), (counts.get(outcome(s)) ?? 0) + 1);
      const statuses = [...counts]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => `${k}×${n}`)
        .join(" ");
      const slowest = Math.max(...group.map((s) => s.end - s.start));
      rows.push([phase, cls, String(group.length), statuses, String(group.filter((s) => s.leak).length), `${slowest} ms`]);
    }
  }
  printTable(title, ["phase", "class", "requests", "statuses", "leaks", "slowest"], rows);
}

export class Checks {
  private readonly results: { name: string; ok: boolean; detail: string }[] = [];

  check(name: string, ok: boolean, detail = ""): boolean {
    this.results.push({ name, ok, detail });
    return ok;
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  print(scenario: string): void {
    console.log(`\n${scenario}: ${this.failed ? `${this.failed} of ${this.results.length} checks FAILED` : `all ${this.results.length} checks passed`}`);
    for (const r of this.results) console.log(`  ${r.ok ? "✔" : "✖"} ${r.name}${r.detail ? ` — ${r.detail}` : ""}`);
  }
}

// The end of every scenario: its checks, its folder removed when all passed, its exit code.
// A scenario's steps: an exception fails the scenario with its stack, and the clean-up runs
// whatever happened, so a failed run leaves no server or database behind.
export async function runSteps(checks: Checks, steps: () => Promise<void>, cleanUp: () => Promise<void> | void): Promise<void> {
  try {
    await steps();
  } catch (error) {
    checks.check("scenario ran to the end", false, (error as Error).stack ?? String(error));
  } finally {
    await cleanUp();
  }
}

export function finishScenario(checks: Checks, name: string, dir: string): never {
  checks.print(name);
  if (!checks.failed) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`  (logs and data kept in ${dir})`);
  process.exit(checks.failed ? 1 : 0);
}
