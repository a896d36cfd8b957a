import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";
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

// Every page type at the narrowest phone width in common use (WCAG 1.4.10 asks for 320 px).
test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const locale of ["ru", "en"] as const) {
    test(`no page type scrolls sideways (${locale})`, async ({ page }) => {
      test.setTimeout(90_000);
      const site = new Site(page);
      for (const path of PAGE_TYPES[locale]) {
        await page.goto(`/${locale}${path}`, { waitUntil: "load" });
        await site.noHorizontalScroll();
      }
    });
  }
});
