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
    await site.nav().getByRole("link", { name: locale === "ru" ? "Регионы" : "Regions" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/regions$`));
    await site.noHorizontalScroll();
  });
}
