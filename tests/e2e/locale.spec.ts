import { expect, test } from "@playwright/test";
import { Site } from "./site";

test.describe("locale selection", () => {
  test("/ sends a visitor without preferences to Russian", async ({ request }) => {
    const res = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "" } });
    expect(res.status()).toBeGreaterThanOrEqual(300);
    expect(res.headers().location).toMatch(/\/ru$/);
  });

  test("/ follows Accept-Language when there is no cookie", async ({ request }) => {
    const res = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(res.headers().location).toMatch(/\/en$/);
    // A shared cache keeps one answer per language preference, not the first visitor's.
    expect(res.headers().vary).toMatch(/Accept-Language, Cookie/);
  });

  test("/ prefers the locale cookie over Accept-Language", async ({ request }) => {
    const res = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "en-GB,en;q=0.9", cookie: "NEXT_LOCALE=ru" } });
    expect(res.headers().location).toMatch(/\/ru$/);
  });

  // A response with a cookie cannot be kept by the page cache or nginx.
  test("prefixed pages, search included, set no cookie", async ({ request }) => {
    for (const path of ["/en", "/en/search?q=cluster", "/ru/search?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80"]) {
      const res = await request.get(path, { headers: { "accept-language": "", "x-forwarded-for": "198.51.100.23" } });
      expect(res.status(), path).toBe(200);
      expect(res.headers()["set-cookie"], path).toBeUndefined();
    }
  });
});

test.describe("both locales", () => {
  test("Russian home page shows news and regions in Russian", async ({ page }) => {
    const site = new Site(page);
    await site.open("/ru");
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { name: "Последние новости" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Республика Татарстан" }).first()).toBeVisible();
    await expect(page.getByText("Делегация АИРР провела четыре дня в Якутии")).toBeVisible();
  });

  test("English home page lists only news published in English", async ({ page }) => {
    const site = new Site(page);
    await site.open("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /innovation valleys/i })).toBeVisible();
    // The Yakutia item exists in Russian only.
    await expect(page.getByText(/Yakutia|Якути/).filter({ has: page.locator("h3") })).toHaveCount(0);
    expect(await page.locator("main").innerText()).not.toMatch(/[А-Яа-яЁё]{4,}/);
  });

  test("the switcher keeps the visitor on the same page", async ({ page }) => {
    const site = new Site(page);
    await site.open("/ru/regions/tatarstan");
    await site.expectHeading("Республика Татарстан");
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/regions\/tatarstan$/);
    await site.expectHeading("Republic of Tatarstan");
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/ru\/regions\/tatarstan$/);
  });

  test("on a translated item the switcher leads straight to the translation's own address, and back", async ({ page }) => {
    const site = new Site(page);
    const redirects: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 300 && r.status() < 400) redirects.push(r.url());
    });
    await site.open("/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi");
    await expect(site.switcher().getByRole("link")).toHaveAttribute("href", "/en/press/news/perm-technology-agency-meeting");
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/press\/news\/perm-technology-agency-meeting$/);
    // After a navigation inside the site the link follows the new page's own translation.
    await expect(site.switcher().getByRole("link")).toHaveAttribute("href", "/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi");
    await site.open("/en/projects/best-practices/shared-technology-transfer-office-for-tomsk-universities");
    await expect(site.switcher().getByRole("link")).toHaveAttribute("href", "/ru/projects/best-practices/obshchiy-ofis-transfera-tehnologiy-tomskih-vuzov");
    expect(redirects).toEqual([]);
  });

  test("on an item in one language only the switcher leads to an honest page, never a 404", async ({ page }) => {
    const site = new Site(page);
    await site.open("/ru/press/gallery/strategicheskaya-sessiya-v-yakutii");
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/press\/gallery\/strategicheskaya-sessiya-v-yakutii$/);
    await site.expectHeading("This item is published in another language only");
  });

  test("the switcher keeps a search's words and a list's filters, and leaves the page number behind", async ({ page }) => {
    const words = encodeURIComponent("регион");
    const site = new Site(page);
    await site.open("/ru/press/news?region=tatarstan");
    await expect(site.switcher().getByRole("link")).toHaveAttribute("href", "/en/press/news?region=tatarstan");
    await site.open(`/ru/search?q=${words}`);
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/en/search\\?q=${words}$`));
    await expect(page.getByRole("searchbox")).toHaveValue("регион");
  });

  test("the switcher remembers the choice for the next visit to /", async ({ page }) => {
    const site = new Site(page);
    await site.open("/ru/regions/tatarstan");
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/regions\/tatarstan$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });
});
