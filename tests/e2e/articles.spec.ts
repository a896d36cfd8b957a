import { expect, test } from "@playwright/test";
import { Site } from "./site";

const perm = { ru: "/ru/press/news/vyezdnoe-soveshchanie-atr-v-permi", en: "/en/press/news/perm-technology-agency-meeting" };

test.describe("article page", () => {
  test("shows date, time and zone in the locale's format, regions, author and structured data (ru)", async ({ page }) => {
    const site = new Site(page);
    await site.open(perm.ru);
    await site.expectHeading(/В Перми прошло выездное совещание/);
    await expect(page.locator("article time").first()).toHaveText("10 апреля 2024 г. в 10:00 GMT+3");
    await expect(page.getByRole("link", { name: "Пермский край" })).toHaveAttribute("href", "/ru/regions/perm-territory");
    await expect(page.getByText("Автор: Татьяна Рязапова")).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    const news = ld["@graph"].find((n: { "@type": string }) => n["@type"] === "NewsArticle");
    expect(news).toMatchObject({ inLanguage: "ru", datePublished: "2024-04-10T07:00:00.000Z", author: { name: "Татьяна Рязапова" } });
    expect(ld["@graph"].some((n: { "@type": string }) => n["@type"] === "BreadcrumbList")).toBe(true);
  });

  test("names both translations as hreflang alternates and canonical itself (en)", async ({ page }) => {
    await new Site(page).open(perm.en);
    await expect(page.locator("article time").first()).toHaveText("April 10, 2024 at 10:00 AM GMT+3");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/press\/news\/perm-technology-agency-meeting$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", /\/ru\/press\/news\/vyezdnoe-soveshchanie-atr-v-permi$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/ru\/press\/news\/vyezdnoe/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  });

  test("the switcher leads to the translation's own slug", async ({ page }) => {
    const site = new Site(page);
    await site.open(perm.ru);
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${perm.en}$`));
    await site.expectHeading(/Agency for Technological Development/);
  });

  test("an item in Russian only: the English switcher target says so and links to the text", async ({ page }) => {
    const site = new Site(page);
    await site.open("/ru/press/news/delegatsiya-airr-v-yakutii");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    await site.switcher().getByRole("link").click();
    await expect(page).toHaveURL(/\/en\/press\/news\/delegatsiya-airr-v-yakutii$/);
    await site.expectHeading("This item is published in another language only");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByRole("link", { name: "Делегация АИРР провела четыре дня в Якутии" }).click();
    await expect(page).toHaveURL(/\/ru\/press\/news\/delegatsiya-airr-v-yakutii$/);
  });

  test("an old slug answers with a permanent redirect to the current one", async ({ request }) => {
    const res = await request.get("/en/press/news/atr-meeting-perm-2024", { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers().location).toMatch(/\/en\/press\/news\/perm-technology-agency-meeting$/);
    // One Location header (Next.js wrote the page's redirect twice).
    expect(res.headersArray().filter((h) => h.name.toLowerCase() === "location")).toHaveLength(1);
    const ru = await request.get("/ru/press/news/soveshchanie-atr-perm", { maxRedirects: 0 });
    expect(ru.status()).toBe(308);
    expect(ru.headersArray().filter((h) => h.name.toLowerCase() === "location")).toHaveLength(1);
  });

  test("an unknown slug is a 404", async ({ request }) => {
    expect((await request.get("/ru/press/news/no-such-article")).status()).toBe(404);
    expect((await request.get("/en/press/news/%D0%BD%D0%B5%D1%82")).status()).toBe(404);
  });

  test("share links carry the article's absolute URL", async ({ page }) => {
    await new Site(page).open(perm.en);
    const share = page.getByRole("region", { name: "Share" });
    await expect(share.getByRole("link", { name: /Telegram/ })).toHaveAttribute(
      "href",
      /^https:\/\/t\.me\/share\/url\?url=http%3A%2F%2F.+perm-technology-agency-meeting/,
    );
    await expect(share.getByRole("link", { name: /E-mail/ })).toHaveAttribute("href", /^mailto:\?subject=/);
    await expect(share.getByRole("button", { name: "Print" })).toBeVisible();
  });

  test("prints the full text with its URL and without navigation", async ({ page }) => {
    await new Site(page).open(perm.en);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo").last()).toBeHidden();
    await expect(page.getByRole("region", { name: "Share" })).toBeHidden();
    await expect(page.getByText(/Printed from the AIRR website: http.*perm-technology-agency-meeting/)).toBeVisible();
    await expect(page.locator("article h1")).toBeVisible();
  });

  test("«Other news» prefers and lists other items of the locale", async ({ page }) => {
    await new Site(page).open(perm.en);
    const other = page.getByRole("region", { name: "Other news" });
    await expect(other.getByRole("article")).toHaveCount(3);
    await expect(other).not.toContainText("Agency for Technological Development meets");
  });
});

test.describe("news list", () => {
  test("lists only the locale's items, with filters in the URL", async ({ page }) => {
    const site = new Site(page);
    await site.open("/en/press/news");
    await expect(page.locator("main li article")).toHaveCount(4);
    await page.getByLabel("Region").selectOption("perm-territory");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/region=perm-territory/);
    await expect(page.locator("main li article")).toHaveCount(1);
    await site.open("/ru/press/news?year=2024&month=6");
    await expect(page.locator("main li article")).toHaveCount(1);
  });

  test("bad query strings get a localized notice, not an error; pages past the end are 404", async ({ page }) => {
    const res = await new Site(page).open("/ru/press/news?page=abc&year=<script>");
    expect(res.status()).toBe(200);
    await expect(page.getByText("Параметры фильтра не распознаны, поэтому показаны все новости.")).toBeVisible();
    expect((await new Site(page).open("/ru/press/news?page=99")).status()).toBe(404);
  });
});

test("the cover photo has alt text, a caption and becomes the preview image", async ({ page }) => {
  await new Site(page).open(perm.en);
  const cover = page.locator("article figure img");
  await expect(cover).toHaveAttribute("alt", /^Illustration: /);
  await expect(cover).toHaveAttribute("srcset", /\/media\/.+ 480w/);
  await expect(page.locator("article figcaption")).toContainText("An illustration for the opening of the meeting");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/demo\/[0-9a-f]+-1600\.webp$/);
  expect((await page.request.get((await cover.getAttribute("src"))!)).headers()["content-type"]).toBe("image/webp");
});

test("a region page links to all of its news in the filtered list", async ({ page }) => {
  await new Site(page).open("/en/regions/perm-territory");
  await page.getByRole("link", { name: "All news of the region" }).click();
  await expect(page).toHaveURL(/\/en\/press\/news\?region=perm-territory$/);
  await expect(page.locator("main li article")).toHaveCount(1);
});

test("an article without a cover is previewed with the site's default image", async ({ page }) => {
  await new Site(page).open("/en/press/news/airr-goals-interview");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /og-default\.png$/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
});
