import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const common = [
  "",
  "/regions",
  "/regions/tatarstan",
  "/about/history",
  "/about/management/directorate",
  "/press/contacts",
  "/press/news",
  "/projects/techsuccess",
  "/projects/techsuccess/2019",
  "/projects/best-practices",
  "/search?q=innovation",
  "/no-such-page",
];
const byLocale = {
  ru: [...common, "/press/news/vyezdnoe-soveshchanie-atr-v-permi", "/projects/best-practices/obshchiy-ofis-transfera-tehnologiy-tomskih-vuzov"],
  en: [...common, "/press/news/perm-technology-agency-meeting", "/press/news/delegatsiya-airr-v-yakutii"],
};

for (const [locale, pages] of Object.entries(byLocale)) {
  for (const path of pages) {
    test(`no serious accessibility violation on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
