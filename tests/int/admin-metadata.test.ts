import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Every back-office page's generateMetadata, called anonymously, redirects to sign-in before
// it reads anything: the redirect's body would otherwise carry a draft's title. So do the
// back office's route handlers and the draft preview.
const reads: string[] = [];
const session = vi.hoisted(() => ({ current: null as null | import("../support/mock-session").SessionUser }));
vi.mock("@/lib/auth/session", async () => (await import("../support/mock-session")).sessionModule(() => session.current));
// Outside Next.js's server renderer, next-intl resolves to its client build; the preview page
// only needs the locale set.
vi.mock("next-intl/server", async (original) => ({ ...(await original<object>()), setRequestLocale: () => {} }));
vi.mock("@/lib/db", () => ({
  db: new Proxy({}, { get: (_, key) => (reads.push(String(key)), () => Promise.reject(new Error(`read ${String(key)}`))) }),
}));

// Next.js's redirect() throws an error whose digest names the target.
const redirectTarget = (error: { digest?: string }) => error.digest?.split(";")[2];

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesNamed(full, name) : e.name === name ? [full] : [];
  });
}

const pages = filesNamed(path.resolve("app/admin/(panel)"), "page.tsx").filter((file) =>
  /export async function generateMetadata/.test(fs.readFileSync(file, "utf8")),
);

describe("back-office metadata, anonymously", () => {
  beforeAll(() => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [path.relative(process.cwd(), p)]))(
    "%s redirects to sign-in before reading",
    async (file) => {
      const mod = (await import(path.resolve(file))) as { generateMetadata: (props: unknown) => Promise<unknown> };
      reads.length = 0;
      const params = Promise.resolve({ id: "secret-draft", editionId: "secret-edition" });
      const outcome = await mod.generateMetadata({ params, searchParams: Promise.resolve({}) }).then(
        (metadata) => ({ metadata }),
        (error: { digest?: string }) => ({ to: redirectTarget(error) }),
      );
      expect(reads).toEqual([]);
      // A page without a record to name may answer a fixed title (or, outside a request, fail
      // for want of its messages); none may read first, and a redirect goes to sign-in.
      if ("to" in outcome && outcome.to !== undefined) expect(outcome.to).toBe("/admin/sign-in");
    },
    30_000,
  );
});

describe("back-office route handlers and the draft preview, anonymously", () => {
  const routes = filesNamed(path.resolve("app/admin"), "route.ts");

  it("covers the ratings CSV template and the media upload", () => {
    expect(routes.map((r) => path.relative("app/admin", r)).sort()).toEqual([
      "(panel)/media/upload/route.ts",
      "(panel)/ratings/[editionId]/csv-template/route.ts",
    ]);
  });

  it.each(routes.map((r) => [path.relative(process.cwd(), r)]))("%s answers 401 before reading", async (file) => {
    const mod = (await import(path.resolve(file))) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function");
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      reads.length = 0;
      const request = new Request("http://localhost:3000/admin/x", {
        method,
        headers: { origin: "http://localhost:3000" },
        body: method === "GET" ? undefined : new FormData(),
      });
      const response = await mod[method]!(request, { params: Promise.resolve({ id: "secret-draft", editionId: "secret-edition" }) });
      expect(response.status, method).toBe(401);
      expect(reads).toEqual([]);
    }
  });

  it("the ratings CSV template is refused to an author (403) before reading", async () => {
    session.current = { id: "u1", name: "Author", email: "a@example.org", role: "author", sessionId: "s" };
    reads.length = 0;
    const route = await import("@/app/admin/(panel)/ratings/[editionId]/csv-template/route");
    const response = await route.GET(new Request("http://localhost:3000/admin/ratings/e/csv-template"), {
      params: Promise.resolve({ editionId: "secret-edition" }),
    });
    expect(response.status).toBe(403);
    expect(reads).toEqual([]);
    session.current = null;
  });

  it("/ru/preview/articles/<id> sends an anonymous visitor to sign-in without reading the draft", async () => {
    reads.length = 0;
    const page = await import("@/app/[locale]/(site)/preview/articles/[id]/page");
    const outcome = await page.default({ params: Promise.resolve({ locale: "ru", id: "secret-draft" }) }).then(
      () => "rendered",
      (error: { digest?: string; message?: string }) => redirectTarget(error) ?? error.message,
    );
    expect(outcome).toBe("/admin/sign-in");
    expect(reads).toEqual([]);
  });
});
