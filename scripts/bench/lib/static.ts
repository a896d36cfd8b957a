import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../../server/net.ts";

// Saves pages as files and serves them with static-server.mts in a process of its own,
// as the site itself runs in a process apart from the load generator.

export type SavedPage = { path: string; body: Buffer; contentType: string };

export function savePages(pages: SavedPage[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-bench-static-"));
  const manifest = pages.map((p, i) => {
    const file = `page-${i}${p.contentType.includes("xml") ? ".xml" : ".html"}`;
    fs.writeFileSync(path.join(dir, file), p.body);
    return { path: p.path, file, contentType: p.contentType };
  });
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

export async function startStatic(dir: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const script = path.join("scripts", "bench", "lib", "static-server.mts");
  const child = spawn(process.execPath, ["--import", "tsx", script, dir, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the static server exited (code ${code})`)));
    child.stdout!.on("data", (c: Buffer) => c.toString().includes("listening") && resolve());
  });
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))));
  return { base: `http://127.0.0.1:${port}`, stop };
}
