import { expect, test } from "@playwright/test";
import { flattenSiteMap } from "../../lib/site-map";
import { Site } from "./site";

test("a visitor reaches a region from the home page", async ({ page }) => {
  const site = new Site(page);
  await site.open("/en");
  await page.getByRole("link", { name: "Republic of Tatarstan" }).first().click();
  await expect(page).toHaveURL(/\/en\/regions\/tatarstan$/);
  await site.expectHeading("Republic of Tatarstan");
  await expect(page.getByRole("heading", { name: "Competencies" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("2019");
});

test("the regions page lists all 19 members", async ({ page }) => {
  await new Site(page).open("/ru/regions");
  await expect(page.locator("main li article")).toHaveCount(19);
});

test("submenus open and close with the keyboard alone", async ({ page }) => {
  const site = new Site(page);
  await site.open("/en");
  const toggle = site.nav().getByRole("button", { name: "Subsections: About us" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const history = site.nav().getByRole("link", { name: "History" });
  await expect(history).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await expect(history).toBeHidden();
});

// The demo content has members on the directorate only: the other boards stay out of the menu.
const EMPTY_BOARDS = ["/about/management/council", "/about/management/supervisory-board"];

test("every site-map page in the navigation answers", async ({ page, request }) => {
  await new Site(page).open("/ru");
  const hrefs = await page
    .getByRole("navigation", { name: "Основное меню" })
    .getByRole("link", { includeHidden: true })
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.map((h) => h.replace(/^\/ru/, "")).sort()).toEqual(
    flattenSiteMap()
      .map((p) => p.path)
      .filter((p) => !EMPTY_BOARDS.includes(p))
      .sort(),
  );
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test("overview pages lead to each of their sections, with a line on each", async ({ page, request }) => {
  for (const [path, count] of [
    ["/ru/about", 5],
    ["/en/projects", 8],
    ["/ru/press", 3],
    ["/en/about/management", 1],
  ] as const) {
    await new Site(page).open(path);
    const sections = page.getByRole("navigation", { name: path.startsWith("/ru") ? "В этом разделе" : "In this section" }).getByRole("listitem");
    await expect(sections, path).toHaveCount(count);
    for (const item of await sections.all()) {
      const href = await item.getByRole("link").getAttribute("href");
      expect((await request.get(href!)).status(), href!).toBe(200);
      await expect(item.getByRole("paragraph")).not.toBeEmpty();
    }
  }
});

test("unknown pages answer 404 with a localized page", async ({ page }) => {
  const ru = await new Site(page).open("/ru/no-such-page");
  expect(ru.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  const en = await new Site(page).open("/en/regions/atlantis");
  expect(en.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Next.js sends a notFound() as an empty shell that only its scripts fill in; the server
  // sends the page itself, in the page's language, inside the site's header and footer.
  for (const [path, lang, heading, home] of [
    ["/ru/no-such-page", "ru", "Страница не найдена", "На главную"],
    ["/en/press/news/no-such-article", "en", "Page not found", "Home page"],
    ["/ru/projects/techsuccess/1999", "ru", "Страница не найдена", "На главную"],
  ] as const) {
    test(`a 404 is a whole page: ${path}`, async ({ page }) => {
      const res = await page.goto(path);
      expect(res!.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("navigation").first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      // No page answers there in the other language either: the language link leads home.
      const other = lang === "ru" ? "en" : "ru";
      await expect(page.locator(`[data-locale-link="${other}"]`)).toHaveAttribute("href", `/${other}`);
      await page.getByRole("main").getByRole("link", { name: home }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    });
  }

  test("the 404 page's own address answers 404 too", async ({ request }) => {
    expect((await request.get("/en/page-not-found")).status()).toBe(404);
  });
});

test("the health check answers 200 while the database answers", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ database: "up" });
});

test("the map of Russia links each member and follows the competence legend with the list", async ({ page, request }) => {
  await new Site(page).open("/ru/regions");
  const map = page.getByRole("group", { name: "Карта регионов — участников ассоциации" });
  const shapes = map.getByRole("link");
  await expect(shapes).toHaveCount(19);
  await expect(map.getByRole("link", { name: "Республика Татарстан" })).toBeVisible();
  // Only titles name the regions: no codes or other text drawn on the map.
  expect(await map.locator("text").count()).toBe(0);
  const base = await map.locator("image").getAttribute("href");
  const layer = await request.get(base!);
  expect(layer.headers()["content-type"]).toContain("image/svg+xml");
  expect((await layer.text()).match(/<path /g)?.length).toBe(89);

  await page.getByRole("button", { name: "Информационные технологии" }).click();
  const cards = page.locator("main li:not([hidden]) article");
  const shown = await cards.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(19);
  await expect(page.getByRole("status")).toContainText(String(shown));
  await expect(map.locator("g:not(.opacity-20) > a")).toHaveCount(shown);
  const first = await cards.first().getByRole("link").textContent();
  await expect(map.locator("g:not(.opacity-20) > a").first()).toHaveAttribute("aria-label", first!);

  await map.getByRole("link", { name: "Республика Татарстан" }).click();
  await expect(page).toHaveURL(/\/ru\/regions\/tatarstan$/);
});

// Next.js answers an RSC request whose cache-busting hash it computes differently with a 307,
// which its router then asks again: a route shape that triggers it (a parallel-route catch-all
// did) turns every page that links it into hundreds of requests a second.
test("the router prefetches each linked page a bounded number of times", async ({ page }) => {
  const requests = new Map<string, number>();
  page.on("request", (r) => {
    if (r.url().includes("_rsc=")) requests.set(r.url(), (requests.get(r.url()) ?? 0) + 1);
  });
  for (const path of ["/ru/projects/techsuccess/2019", "/ru/regions", "/en/press/news"]) {
    await new Site(page).open(path);
    await page.waitForLoadState("networkidle");
  }
  expect(requests.size).toBeGreaterThan(0);
  expect([...requests].filter(([, n]) => n > 2)).toEqual([]);
});
