import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN } from "./admin-support";

// Requests a page on another site could make a visitor's browser send. Route handlers
// check Origin themselves (lib/http/same-origin.ts); server actions rely on Next.js's check.
const EVIL = "https://evil.example";

const sessionCookies = (response: APIResponse) => response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && /airr_session/.test(h.value));

test.describe("cross-site requests", () => {
  test("a mutating route handler refuses a foreign or opaque Origin with 403", async ({ request, baseURL }) => {
    for (const origin of [EVIL, "null", "http://localhost:1"]) {
      const response = await request.post("/api/internal/jobs", { headers: { Origin: origin }, maxRedirects: 0 });
      expect(response.status(), origin).toBe(403);
    }
    // The same request from the site's own origin gets past the check and fails on the missing token.
    const own = await request.post("/api/internal/jobs", { headers: { Origin: new URL(baseURL!).origin }, maxRedirects: 0 });
    expect(own.status()).toBe(404);
  });

  // The sign-in form's action id, from the hidden inputs React renders for a form that works
  // before JavaScript loads: `$ACTION_1:0` holds {"id": …, "bound": …}.
  async function signInActionId(request: APIRequestContext): Promise<string> {
    const html = await (await request.get("/admin/sign-in")).text();
    const id = /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(html)?.[1] ?? /name="\$ACTION_ID_([0-9a-f]{20,})"/.exec(html)?.[1];
    expect(id, "a server action id on /admin/sign-in").toBeTruthy();
    return id!;
  }

  // A fetch-style action call: argument 0 is the form's previous state, argument 1 the
  // FormData, whose fields travel with the prefix `1_` (React's reply encoding).
  const callSignIn = (request: APIRequestContext, id: string, origin: string, email: string, password: string) =>
    request.post("/admin/sign-in", {
      headers: { "Next-Action": id, Origin: origin, Accept: "text/x-component" },
      multipart: { "0": JSON.stringify([{}, "$K1"]), "1_email": email, "1_password": password },
      maxRedirects: 0,
    });

  test("a server action posted from a foreign origin is refused and signs nobody in", async ({ request, baseURL }) => {
    const id = await signInActionId(request);
    // Control: from the site's own origin the same request reaches the action (invalid e-mail,
    // so nothing is recorded and no throttling is triggered).
    const own = await callSignIn(request, id, new URL(baseURL!).origin, "not-an-email", "x");
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("fieldErrors");

    const forged = await callSignIn(request, id, EVIL, ADMIN.email, ADMIN.password);
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    expect(sessionCookies(forged)).toEqual([]);
  });
});
