import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { Site } from "./site";

const text = {
  ru: {
    techsuccess: "Рейтинг «ТехУспех»",
    edition2019: "Выпуск 2019 года",
    showTable: "Данные графика в виде таблицы",
    score: "Балл",
    csv: "Скачать таблицу (CSV)",
    // For Russian-locale spreadsheets: semicolons, decimal commas, Russian headers.
    csvHeader: "Место;Код региона;Регион;Балл;Демоданные",
    csvRow: /^\d+;RU-[A-Z]+;[^;]+;\d+(,\d+)?;да$/,
    filters: "Фильтр практик",
    region: "Регион",
    apply: "Показать",
    tomsk: "Томская область",
    own: "Заказные исследования академических институтов для местного бизнеса",
    foreign: "Engineering classes run together with industrial employers",
  },
  en: {
    techsuccess: "“TechSuccess” rating",
    edition2019: "2019 edition",
    showTable: "Chart data as a table",
    score: "Score",
    csv: "Download the table (CSV)",
    csvHeader: "rank,region_code,region_name,score,demo",
    csvRow: /^\d+,RU-[A-Z]+,[^,]+,\d+(\.\d+)?,true$/,
    filters: "Filter practices",
    region: "Region",
    apply: "Show",
    tomsk: "Tomsk Region",
    own: "Engineering classes run together with industrial employers",
    foreign: "Заказные исследования академических институтов для местного бизнеса",
  },
} as const;

for (const locale of ["ru", "en"] as const) {
  const t = text[locale];

  test.describe(`projects in ${locale}`, () => {
    test("the programme page shows its editions, a demo notice and a chart with a data table", async ({ page }) => {
      const site = new Site(page);
      await site.open(`/${locale}/projects/techsuccess`);
      await site.expectHeading(t.techsuccess);
      await expect(page.getByRole("note")).toBeVisible();
      await expect(page.getByRole("link", { name: t.edition2019 })).toHaveAttribute("href", `/${locale}/projects/techsuccess/2019`);
      await expect(page.getByRole("img", { name: new RegExp(t.techsuccess) })).toBeVisible();
      await page.getByText(t.showTable).click();
      const table = page.getByRole("table", { name: /2017–2019/ });
      await expect(table).toBeVisible();
      await expect(table.getByRole("row")).toHaveCount(1 + 19);
      await site.noHorizontalScroll();
    });

    test("the edition table sorts by score with the keyboard", async ({ page }) => {
      await new Site(page).open(`/${locale}/projects/techsuccess/2019`);
      await page.waitForLoadState("networkidle"); // the sort buttons work once hydrated
      const table = page.getByRole("table");
      const header = table.getByRole("columnheader", { name: t.score });
      const firstRank = table.locator("tbody tr").first().locator("td").first();
      await expect(firstRank).toHaveText("1");
      await header.getByRole("button").focus();
      await page.keyboard.press("Enter");
      await expect(header).toHaveAttribute("aria-sort", "ascending");
      await expect(firstRank).toHaveText("19");
      await page.keyboard.press("Space");
      await expect(header).toHaveAttribute("aria-sort", "descending");
      await expect(firstRank).toHaveText("1");
    });

    test("the CSV download has the header row and one row per region", async ({ page }) => {
      await new Site(page).open(`/${locale}/projects/techsuccess/2019`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.csv }).click()]);
      expect(download.suggestedFilename()).toBe(`techsuccess-2019-${locale}.csv`);
      const lines = fs
        .readFileSync(await download.path(), "utf8")
        .replace(/^\uFEFF/, "")
        .trimEnd()
        .split(/\r?\n/);
      expect(lines[0]).toBe(t.csvHeader);
      expect(lines).toHaveLength(1 + 19);
      expect(lines.slice(1).filter((line) => !t.csvRow.test(line))).toEqual([]);
      expect(lines.join("\n")).toContain(t.tomsk);
    });

    test("filtering practices by region narrows the list", async ({ page }) => {
      await new Site(page).open(`/${locale}/projects/best-practices`);
      const cards = page.locator("main li article");
      await expect(cards).toHaveCount(5);
      const form = page.getByRole("search", { name: t.filters });
      await form.getByLabel(t.region).selectOption({ label: t.tomsk });
      await form.getByRole("button", { name: t.apply }).click();
      await expect(page).toHaveURL(/region=tomsk-region/);
      await expect(cards).toHaveCount(1);
      await expect(cards.first()).toContainText(t.tomsk);
    });

    test("a practice written in one language appears only in that language's list", async ({ page }) => {
      await new Site(page).open(`/${locale}/projects/best-practices`);
      await expect(page.getByRole("link", { name: t.own })).toBeVisible();
      await expect(page.getByRole("link", { name: t.foreign })).toHaveCount(0);
      await page.getByRole("link", { name: t.own }).click();
      await new Site(page).expectHeading(t.own);
      // hreflang names only the translation that exists.
      await expect(page.locator('link[rel="alternate"][hreflang="ru"], link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    });
  });
}

test("a practice in one language is an honest page in the other, linking to the original", async ({ page }) => {
  const res = await page.goto("/ru/projects/best-practices/engineering-classes-run-with-industrial-employers");
  expect(res!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Этот материал опубликован только на другом языке" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Все лучшие практики на русском" })).toHaveAttribute("href", "/ru/projects/best-practices");
  await page.locator('main a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/projects\/best-practices\/engineering-classes-run-with-industrial-employers$/);
});

test("a practice page opened with the other language's slug redirects to its own slug", async ({ page }) => {
  await new Site(page).open("/ru/projects/best-practices/shared-technology-transfer-office-for-tomsk-universities");
  await expect(page).toHaveURL(/\/ru\/projects\/best-practices\/obshchiy-ofis-transfera-tehnologiy-tomskih-vuzov$/);
  await new Site(page).expectHeading("Общий офис трансфера технологий для университетов Томска");
});

test("a region page links its ratings to the editions and lists its practices", async ({ page }) => {
  const site = new Site(page);
  await site.open("/en/regions/tomsk-region");
  await expect(page.getByRole("heading", { name: "Best practices of the region" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A shared technology transfer office for Tomsk universities" })).toBeVisible();
  await page.getByRole("link", { name: "2019" }).first().click();
  await expect(page).toHaveURL(/\/en\/projects\/[a-z-]+\/2019$/);
});

test("other project pages keep rendering their stored text", async ({ page }) => {
  const site = new Site(page);
  expect((await site.open("/ru/projects/stem-index")).status()).toBe(200);
  await site.expectHeading("STEM-индекс");
  expect((await site.open("/en/projects/innovation-rating")).status()).toBe(200);
  await site.expectHeading("Rating of innovation development");
  expect((await site.open("/en/projects/no-such-project")).status()).toBe(404);
});
