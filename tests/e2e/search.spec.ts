import { expect, test, type Page } from "@playwright/test";
import { Site } from "./site";

const searchUrl = (locale: "ru" | "en", params: Record<string, string>) => `/${locale}/search?${new URLSearchParams(params)}`;

// Fails the test if any script in the page opens a dialog (alert, confirm, prompt).
function watchDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  return dialogs;
}

test.describe("site search", () => {
  test("finds Russian word forms and highlights them (ru)", async ({ page }) => {
    const site = new Site(page);
    const res = await site.open(searchUrl("ru", { q: "регионами" }));
    expect(res.status()).toBe(200);
    await site.expectHeading("Поиск по сайту");
    await expect(page.getByLabel("Что найти")).toHaveValue("регионами");
    await expect(page.getByText(/^Найдено \d+ результат/)).toBeVisible();
    await expect(page.locator("main mark", { hasText: /^регионов$/ }).first()).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("is reached from the header and finds English word forms (en)", async ({ page }) => {
    const site = new Site(page);
    await site.open("/en");
    await page.getByRole("link", { name: "Search the site" }).click();
    await site.expectHeading("Search the site");
    await page.getByLabel("Search for").fill("cluster");
    await page.getByLabel("Search for").press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=cluster/);
    await expect(page.getByRole("link", { name: "Strategic session on innovative clusters held in Moscow" })).toBeVisible();
    await expect(page.locator("main mark", { hasText: /^clusters$/i }).first()).toBeVisible();
  });

  for (const locale of ["ru", "en"] as const) {
    test(`shows a hostile query as plain text and runs no script (${locale})`, async ({ page }) => {
      const dialogs = watchDialogs(page);
      const q = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
      const res = await new Site(page).open(searchUrl(locale, { q }));
      expect(res.status()).toBe(200);
      await expect(page.getByRole("searchbox")).toHaveValue(q);
      await expect(page.locator("main")).toContainText(q);
      await expect(page.locator("main img[src='x']")).toHaveCount(0);
      // Every image has loaded or failed and every script has run once the network is quiet.
      await page.waitForLoadState("networkidle");
      expect(dialogs).toEqual([]);
    });
  }

  test("keeps the query and filters across pages (ru)", async ({ page }) => {
    const site = new Site(page);
    await site.open(searchUrl("ru", { q: "регионами" }));
    const firstTitle = await page.locator("main ol h2").first().textContent();
    await page.getByRole("navigation", { name: "Страницы" }).getByRole("link", { name: "Страница 2" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("регионами");
    await expect(page.getByLabel("Что найти")).toHaveValue("регионами");
    await expect(page.locator("main ol h2").first()).not.toHaveText(firstTitle!);
  });

  test("filters by kind from the same form (en)", async ({ page }) => {
    const site = new Site(page);
    await site.open(searchUrl("en", { q: "regions" }));
    await page.getByLabel("Type", { exact: true }).selectOption("interview");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/kind=interview/);
    await expect(page.getByRole("link", { name: "AIRR director on the association's goals" })).toBeVisible();
    await expect(page.locator("main ol > li")).toHaveCount(1);
  });

  test("a misspelt query offers the closest title words, which find the text (ru)", async ({ page }) => {
    const site = new Site(page);
    await site.open(searchUrl("ru", { q: "Делегацыя в Якутии" }));
    await expect(page.getByText("Ничего не найдено", { exact: true })).toBeVisible();
    await expect(page.getByText("Возможно, вы имели в виду: делегация в Якутии")).toBeVisible();
    await page.getByRole("link", { name: "делегация в Якутии" }).click();
    await expect(page).toHaveURL(/q=%D0%B4%D0%B5%D0%BB%D0%B5%D0%B3%D0%B0%D1%86%D0%B8%D1%8F/);
    await expect(page.getByRole("link", { name: "Делегация АИРР провела четыре дня в Якутии" })).toBeVisible();
  });

  test("a Latin word on the Russian site points to the English site's results (ru)", async ({ page }) => {
    const site = new Site(page);
    await site.open(searchUrl("ru", { q: "Tatarstan" }));
    const hint = page.getByText(/^На английской версии сайта по этому запросу найден/);
    await expect(hint).toBeVisible();
    await hint.getByRole("link", { name: "посмотреть" }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=Tatarstan/);
    await expect(page.getByRole("link", { name: "Republic of Tatarstan" })).toBeVisible();
  });

  test("an empty result suggests what to try next (en)", async ({ page }) => {
    await new Site(page).open(searchUrl("en", { q: "zzqxv nonexistent" }));
    await expect(page.getByText("Nothing was found for “zzqxv nonexistent”.")).toBeVisible();
    await expect(page.getByRole("link", { name: "browse the latest news" })).toHaveAttribute("href", "/en/press/news");
    await expect(page.getByRole("link", { name: "see the list of member regions" })).toHaveAttribute("href", "/en/regions");
  });

  test("too long a query is a normal page with a message, an absurd page number a 404", async ({ page }) => {
    const site = new Site(page);
    const long = await site.open(searchUrl("ru", { q: "я".repeat(300) }));
    expect(long.status()).toBe(200);
    await expect(page.getByText(/длиннее 200 символов/)).toBeVisible();
    for (const p of ["0", "abc", "100000"]) expect((await site.open(searchUrl("en", { q: "regions", page: p }))).status(), p).toBe(404);
    expect((await site.open(searchUrl("en", { q: "regions", page: "999" }))).status()).toBe(404);
  });
});
