import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = ["", "/regions", "/regions/tatarstan", "/about/history", "/press/contacts", "/no-such-page"];

for (const locale of ["ru", "en"]) {
  for (const path of pages) {
    test(`no serious accessibility violation on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
