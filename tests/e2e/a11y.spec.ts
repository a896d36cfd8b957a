import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

// axe with every rule it has, experimental ones included (label-content-name-mismatch is one),
// on one page of every type in both languages, at a desktop and a phone width.
const ALL_RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(ALL_RULES).analyze();
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
