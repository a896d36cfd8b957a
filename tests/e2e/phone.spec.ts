import { expect, test } from "@playwright/test";
import { Site } from "./site";

for (const locale of ["ru", "en"] as const) {
  test(`phone menu opens and the page never scrolls sideways (${locale})`, async ({ page }) => {
    const site = new Site(page);
    await site.open(`/${locale}`);
    await site.noHorizontalScroll();
    const menu = site.nav().getByRole("button", { name: locale === "ru" ? "Меню" : "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await site
      .nav()
      .getByRole("link", { name: locale === "ru" ? "Регионы" : "Regions" })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions$`));
    await site.noHorizontalScroll();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the phone menu still opens and leads to the pages", async ({ page }) => {
    const site = new Site(page);
    await site.open("/en");
    await expect(page.locator("#site-menu")).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(page).toHaveURL(/#site-menu$/);
    await expect(page.locator("#site-menu")).toBeVisible();
    await page.locator("#site-menu").getByRole("link", { name: "History" }).click();
    await expect(page).toHaveURL(/\/en\/about\/history$/);
  });
});

// One page of every type, at the narrowest phone width in common use (WCAG 1.4.10 asks for 320 px).
const PAGE_TYPES = [
  "",
  "/about",
  "/about/history",
  "/about/management/directorate",
  "/regions",
  "/regions/perm-territory",
  "/projects",
  "/projects/techsuccess",
  "/projects/techsuccess/2019",
  "/projects/best-practices",
  "/press",
  "/press/news",
  "/press/news?region=perm-territory",
  "/press/gallery",
  "/press/contacts",
  "/search?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80",
  "/no-such-page",
];
const RU_ONLY = ["/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi", "/ru/press/gallery/strategicheskaya-sessiya-v-yakutii"];

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ["ru", "en"] as const) {
    test(`no page type scrolls sideways (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      for (const path of [...PAGE_TYPES.map((p) => `/${locale}${p}`), ...(locale === "ru" ? RU_ONLY : [])]) {
        await page.goto(path, { waitUntil: "load" });
        const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
        expect(widths.doc, path).toBeLessThanOrEqual(widths.view);
      }
    });
  }
});
