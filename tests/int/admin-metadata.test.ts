import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Every back-office page's generateMetadata, called anonymously, redirects to sign-in before
// it reads anything: the redirect's body would otherwise carry a draft's title.
const reads: string[] = [];
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => null));
vi.mock("@/lib/db", () => ({
  db: new Proxy({}, { get: (_, key) => (reads.push(String(key)), () => Promise.reject(new Error(`read ${String(key)}`))) }),
}));

function pagesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? pagesUnder(full) : e.name === "page.tsx" ? [full] : [];
  });
}

const pages = pagesUnder(path.resolve("app/admin/(panel)")).filter((file) => /export async function generateMetadata/.test(fs.readFileSync(file, "utf8")));

describe("back-office metadata, anonymously", () => {
  beforeAll(() => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [path.relative(process.cwd(), p)]))("%s redirects to sign-in before reading", async (file) => {
    const mod = (await import(path.resolve(file))) as { generateMetadata: (props: unknown) => Promise<unknown> };
    reads.length = 0;
    const params = Promise.resolve({ id: "secret-draft", editionId: "secret-edition" });
    const outcome = await mod.generateMetadata({ params, searchParams: Promise.resolve({}) }).then(
      (metadata) => ({ metadata }),
      // Next.js's redirect() throws an error whose digest names the target.
      (error: { digest?: string }) => ({ to: error.digest?.split(";")[2] }),
    );
    expect(reads).toEqual([]);
    // A page without a record to name may answer a fixed title (or, outside a request, fail
    // for want of its messages); none may read first, and a redirect goes to sign-in.
    if ("to" in outcome && outcome.to !== undefined) expect(outcome.to).toBe("/admin/sign-in");
  }, 30_000);
});
