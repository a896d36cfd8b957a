import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// The version for visually impaired visitors: turned on, changed and turned off from the header
// of any page, kept in a cookie, applied by the server before the first paint; with and without
// JavaScript, and never seen by another visitor.

const html = (page: Page) => page.locator("html");
const panel = (page: Page) => page.getByRole("navigation", { name: "Настройки версии для слабовидящих" });
const colours = (page: Page) =>
  page.locator("main").evaluate((el) => ({ color: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));

for (const javaScriptEnabled of [false, true]) {
  test(`turned on, changed and off from the header (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL });
    const page = await context.newPage();
    await page.goto("/ru/regions/tatarstan");
    await expect(html(page)).not.toHaveAttribute("data-a11y");
    await expect(panel(page)).toBeHidden();

    await page.getByRole("link", { name: "Версия для слабовидящих" }).click();
    await expect(page).toHaveURL(/\/ru\/regions\/tatarstan$/);
    await expect(html(page)).toHaveAttribute("data-a11y-size", "150");
    await expect(panel(page)).toBeVisible();
    await expect(page.getByRole("link", { name: "Версия для слабовидящих" })).toBeHidden();
    expect(await html(page).evaluate((el) => getComputedStyle(el).fontSize)).toBe("24px");

    await panel(page).getByRole("link", { name: "200%" }).click();
    await expect(html(page)).toHaveAttribute("data-a11y-size", "200");
    // Screen readers hear which choice is on.
    await expect(panel(page).getByRole("link", { name: "200%" })).toHaveAttribute("aria-current", "true");
    await expect(panel(page).getByRole("link", { name: "150%" })).not.toHaveAttribute("aria-current", "true");
    await panel(page).getByRole("link", { name: "Белым по чёрному" }).click();
    await expect(html(page)).toHaveAttribute("data-a11y-scheme", "wb");
    expect(await colours(page)).toEqual({ color: "rgb(255, 255, 255)", background: "rgb(0, 0, 0)" });
    await panel(page).getByRole("link", { name: "Увеличенный" }).click();
    await expect(html(page)).toHaveAttribute("data-a11y-spacing", "wide");
    await page.goto("/ru/press/gallery/vyezdnoe-soveshchanie-v-permi");
    await expect(page.locator("main img").first()).toBeVisible();
    await panel(page).getByRole("link", { name: "Скрыть" }).click();
    await expect(page.locator("main img").first()).toBeHidden();
    // Every other page of the site keeps it, the chosen size included.
    await page.goto("/ru/press/news");
    await expect(html(page)).toHaveAttribute("data-a11y-size", "200");

    // Another visitor, asking for the same pages, gets the standard version.
    const other = await browser.newPage({ baseURL });
    await other.goto("/ru/press/news");
    await expect(html(other)).not.toHaveAttribute("data-a11y");
    await other.close();

    await panel(page).getByRole("link", { name: "Обычная версия" }).click();
    await expect(page).toHaveURL(/\/ru\/press\/news$/);
    await expect(html(page)).not.toHaveAttribute("data-a11y");
    await expect(panel(page)).toBeHidden();
    await context.close();
  });
}

test("the settings link goes back only to a page of this site, and a forged cookie is no mode", async ({ request }) => {
  const kept = await request.get(`/api/a11y?size=200&back=${encodeURIComponent("/ru/search?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80")}`, {
    maxRedirects: 0,
  });
  expect(kept.headers().location).toBe("/ru/search?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80");
  for (const back of ["https://evil.example/", "//evil.example", "/ru/../admin", "/admin", "/ru?q=<script>", "/ru?q=a\r\nSet-Cookie: x=1"]) {
    const res = await request.get(`/api/a11y?size=200&back=${encodeURIComponent(back)}`, { maxRedirects: 0 });
    expect(res.status(), back).toBe(303);
    expect(res.headers().location, back).toBe("/ru");
  }
  const forged = await request.get("/en", { headers: { cookie: 'airr_a11y=200.bw"><script>.on.normal' } });
  expect(await forged.text()).toContain('<html lang="en">');
});

test("the map in white on black: members in the text colour, parted by the background's, over a dark layer", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "airr_a11y", value: "150.wb.on.normal", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/ru/regions");
  const member = page.locator("figure svg a path").first();
  expect(await member.evaluate((el) => [getComputedStyle(el).fill, getComputedStyle(el).stroke])).toEqual(["rgb(255, 255, 255)", "rgb(0, 0, 0)"]);
  expect(await page.locator("figure svg image").evaluate((el) => getComputedStyle(el).opacity)).toBe("0.35");
  await context.close();
});

test("a search keeps its query when the mode is turned on", async ({ page }) => {
  await page.goto("/ru/search?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80");
  await page.getByRole("link", { name: "Версия для слабовидящих" }).click();
  await expect(html(page)).toHaveAttribute("data-a11y-size", "150");
  await expect(page).toHaveURL(/\/ru\/search\?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80$/);
});

// Text at twice its size reflows: the header's menu folds away as on a narrower screen, and no
// page scrolls sideways, on a desktop or a phone.
for (const [width, height] of [
  [1366, 900],
  [375, 812],
] as const) {
  test(`text at 150% and 200% needs no sideways scrolling at ${width} px`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL, viewport: { width, height } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const size of ["150", "200"]) {
      await context.addCookies([{ name: "airr_a11y", value: `${size}.bw.on.normal`, url: baseURL! }]);
      for (const path of PAGE_TYPES.ru) {
        await page.goto(`/ru${path}`);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scroll > width) wide.push(`${size}% /ru${path}: ${scroll}`);
      }
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}
