import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// A test file's own media folder, so counting files is not disturbed by other test files. Set
// when the file loads, before any lib/ module reads MEDIA_DIR; removed when the file is done.
export function ownMediaDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.MEDIA_DIR = dir;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
