import AxeBuilder from "@axe-core/playwright";
import axe from "axe-core";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// axe with every rule it has, each turned on by name: experimental ones (label-content-name-mismatch
// is one) and the AAA ones (color-contrast-enhanced) included, on one page of every type in both
// languages, at a desktop and a phone width.
const ALL_RULES = Object.fromEntries(axe.getRules().map((rule) => [rule.ruleId, { enabled: true }]));

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).options({ rules: ALL_RULES }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const [width, height] of [
  [1366, 900],
  [375, 812],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });
    for (const [locale, pages] of Object.entries(PAGE_TYPES)) {
      test(`no serious or critical violation of any axe rule on any page type (${locale})`, async ({ page }) => {
        test.setTimeout(180_000);
        const found: string[] = [];
        for (const path of pages) {
          await page.goto(`/${locale}${path}`);
          found.push(...(await seriousViolations(page)));
        }
        expect(found).toEqual([]);
      });
    }
  });
}
