import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { Site } from "./site";

const text = {
  ru: {
    documents: "Документы",
    brandBook: "Брендбук",
    charter: "Устав ассоциации (демонстрационный документ)",
    download: "Скачать",
    pdfSize: /^PDF, \d+ кБ$/,
    svgSize: /^SVG, \d+ байт$/,
    gallery: "Фото и видео",
    perm: "Выездное совещание в Перми (иллюстрации)",
    permUrl: "/ru/press/gallery/vyezdnoe-soveshchanie-v-permi",
    oneLanguage: "Стратегическая сессия в Якутии (иллюстрации)",
    photos: "5 фотографий",
    videos: "7 видеозаписей",
    alt1: "Иллюстрация: три пересекающихся бирюзовых круга на тёмно-синем градиенте",
    alt2: "Иллюстрация: диагональные синие и голубые полосы на светлом фоне",
    caption2: "Иллюстрация к подписанию соглашения",
    counter: (n: number) => `Изображение ${n} из 5`,
    close: "Закрыть",
    next: "Следующее изображение",
    videoUrl: "/ru/press/gallery/strategicheskaya-sessiya-innovatsionnye-klastery-2018-video",
    notPublished: "Запись ещё не опубликована",
    original: /^Скачать оригинал \(JPEG, \d+×\d+, [\d,]+ (кБ|МБ)\)$/,
    all: /^Скачать все фотографии одним архивом \(ZIP, 5 фотографий, [\d,]+ (кБ|МБ)\)$/,
    creditsFile: "источники.txt",
    creditLabel: "Источник:",
  },
  en: {
    documents: "Documents",
    brandBook: "Brand book",
    charter: "Charter (demo document)",
    download: "Download",
    pdfSize: /^PDF, \d+ kB$/,
    svgSize: /^SVG, \d+ bytes$/,
    gallery: "Photo & Video",
    perm: "Visiting meeting in Perm (illustrations)",
    permUrl: "/en/press/gallery/visiting-meeting-in-perm",
    oneLanguage: null,
    photos: "5 photos",
    videos: "7 videos",
    alt1: "Illustration: three overlapping teal circles on a dark blue gradient",
    alt2: "Illustration: diagonal blue and light blue stripes on a pale background",
    caption2: "An illustration for the signing of the agreement",
    counter: (n: number) => `Image ${n} of 5`,
    close: "Close",
    next: "Next image",
    videoUrl: "/en/press/gallery/innovative-clusters-strategic-session-2018-video",
    notPublished: "Recording not yet published",
    original: /^Download original \(JPEG, \d+×\d+, [\d.]+ (kB|MB)\)$/,
    all: /^Download all photos as one archive \(ZIP, 5 photos, [\d.]+ (kB|MB)\)$/,
    creditsFile: "credits.txt",
    creditLabel: "Credit:",
  },
} as const;

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const locale of ["ru", "en"] as const) {
  const t = text[locale];

  test.describe(`documents and gallery in ${locale}`, () => {
    test("basic documents list each file with its type and size, and download as attachments", async ({ page, request }) => {
      const site = new Site(page);
      await site.open(`/${locale}/about/documents`);
      await site.expectHeading(t.documents);
      const charter = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: t.charter }) });
      await expect(charter.getByTestId("file-meta")).toHaveText(t.pdfSize);
      const link = charter.getByRole("link", { name: new RegExp(`^${t.download}.*${t.charter.replace(/[()]/g, "\\$&")}`) });
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(/^\/media\/.+\.pdf$/);
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; .*filename\*=UTF-8''airr-charter-demo\.pdf$/);
      expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await site.noHorizontalScroll();
    });

    test("the brand book offers the SVG mark as a download, never inline", async ({ page, request }) => {
      const site = new Site(page);
      await site.open(`/${locale}/about/brand-book`);
      await site.expectHeading(t.brandBook);
      await expect(page.getByTestId("file-meta").filter({ hasText: t.svgSize })).toHaveCount(1);
      const svg = await page.locator('a[href$=".svg"]').getAttribute("href");
      const response = await request.get(svg!);
      expect(response.headers()["content-type"]).toBe("image/svg+xml");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
      expect(response.headers()["content-security-policy"]).toContain("sandbox");
    });

    test("the gallery lists the albums of this language with cover, date and counts", async ({ page }) => {
      const site = new Site(page);
      await site.open(`/${locale}/press/gallery`);
      await site.expectHeading(t.gallery);
      const perm = page.getByRole("article").filter({ has: page.getByRole("link", { name: t.perm }) });
      await expect(perm.getByRole("img", { name: t.alt1 })).toBeVisible();
      await expect(perm).toContainText(t.photos);
      await expect(perm.locator("time")).toHaveAttribute("datetime", /^2024-04-09/);
      await expect(page.getByRole("article").filter({ hasText: t.videos })).toHaveCount(1);
      // The album written in Russian only is listed in Russian and nowhere in English.
      if (t.oneLanguage) await expect(page.getByRole("link", { name: t.oneLanguage })).toBeVisible();
      else await expect(page.getByRole("link", { name: text.ru.oneLanguage })).toHaveCount(0);
      for (const img of await page.locator("main img").all()) expect(await img.getAttribute("alt")).toBeTruthy();
      await site.noHorizontalScroll();
    });

    test("the viewer opens from the keyboard, moves with arrow keys, closes on Escape and returns focus", async ({ page }) => {
      const site = new Site(page);
      await site.open(t.permUrl);
      await site.expectHeading(t.perm);
      await page.waitForLoadState("networkidle"); // the viewer works once hydrated
      // The thumbnails: each photo's own "download original" link beside it is not one.
      const thumbnails = page
        .getByRole("region", { name: /Фотографии|Photos/ })
        .getByRole("link")
        .filter({ has: page.locator("img") });
      await expect(thumbnails).toHaveCount(5);
      for (const img of await page.locator("main img").all()) expect(await img.getAttribute("alt")).toBeTruthy();
      await thumbnails.first().focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleName(t.counter(1));
      await expect(dialog.getByRole("img", { name: t.alt1 })).toBeVisible();
      await expect(dialog.getByRole("button", { name: t.close })).toBeFocused();
      await page.keyboard.press("ArrowRight");
      await expect(dialog).toHaveAccessibleName(t.counter(2));
      await expect(dialog.getByRole("img", { name: t.alt2 })).toBeVisible();
      await expect(dialog).toContainText(t.caption2);
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect(dialog).toHaveAccessibleName(t.counter(5));
      await dialog.getByRole("button", { name: t.next }).click();
      await expect(dialog).toHaveAccessibleName(t.counter(1));
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
      await expect(thumbnails.nth(1)).toBeFocused();
    });

    test("a journalist downloads one original and the whole album as a zip", async ({ page }) => {
      await new Site(page).open(t.permUrl);
      const [one] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.original }).first().click()]);
      expect(one.suggestedFilename()).toMatch(/-01\.jpg$/);
      const photo = fs.readFileSync((await one.path())!);
      expect([photo[0], photo[1], photo[2]]).toEqual([0xff, 0xd8, 0xff]);
      const [all] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.all }).click()]);
      expect(all.suggestedFilename()).toMatch(/-photos\.zip$/);
      const entries = unzipSync(new Uint8Array(fs.readFileSync((await all.path())!)));
      expect(Object.keys(entries)).toHaveLength(6);
      expect(Buffer.from(Object.values(entries)[0]!).equals(photo)).toBe(true);
      expect(strFromU8(entries[t.creditsFile]!)).toMatch(new RegExp(`-01\\.jpg: .+\\. ${t.creditLabel} .+`));
    });

    test("without JavaScript a thumbnail link opens the image itself", async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(t.permUrl);
      const href = await page.getByRole("link", { name: t.alt1 }).getAttribute("href");
      expect(href).toMatch(/^\/media\/.+-1600\.webp$/);
      const response = await page.goto(href!);
      expect(response!.headers()["content-type"]).toBe("image/webp");
      expect(response!.headers()["content-disposition"]).toBeUndefined();
      await context.close();
    });

    test("documents, gallery and album pages, and the open viewer, have no serious accessibility violation", async ({ page }) => {
      // Six axe runs: 24–32 s in a full run on 2 cores, past the default 30 s.
      test.setTimeout(90_000);
      for (const path of [`/${locale}/about/documents`, `/${locale}/about/brand-book`, `/${locale}/press/gallery`, t.videoUrl, t.permUrl]) {
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      }
      await page.waitForLoadState("networkidle");
      await page.getByRole("link", { name: t.alt1 }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await seriousViolations(page), "viewer").toEqual([]);
    });

    test("recordings without a published file say so; the demo clip plays, seeking by ranges", async ({ page }) => {
      await new Site(page).open(t.videoUrl);
      await expect(page.getByText(t.notPublished)).toHaveCount(6);
      const video = page.locator("video").first();
      await expect(video).toHaveAttribute("preload", "none");
      await video.evaluate((v: HTMLVideoElement) => {
        v.muted = true;
        return v.play();
      });
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.5);
      const src = await video.locator("source").getAttribute("src");
      const part = await page.request.get(src!, { headers: { range: "bytes=0-99" } });
      expect([part.status(), (await part.body()).length, part.headers()["content-type"]]).toEqual([206, 100, "video/webm"]);
    });
  });
}

test("an album in one language is an honest page in the other, and a slug of the other language redirects", async ({ page }) => {
  const missing = await page.goto("/en/press/gallery/strategicheskaya-sessiya-v-yakutii");
  expect(missing!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This item is published in another language only" })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByRole("link", { name: "Стратегическая сессия в Якутии (иллюстрации)" }).click();
  await expect(page).toHaveURL(/\/ru\/press\/gallery\/strategicheskaya-sessiya-v-yakutii$/);
  expect((await page.goto("/en/press/gallery/no-such-album"))!.status()).toBe(404);
  await page.goto("/ru/press/gallery/visiting-meeting-in-perm");
  await expect(page).toHaveURL(/\/ru\/press\/gallery\/vyezdnoe-soveshchanie-v-permi$/);
  const unknown = await page.goto("/media/..%2F..%2Fpackage.json");
  expect([400, 404]).toContain(unknown!.status());
  expect((await page.request.get("/media/2026/11/no-such-file.webp")).status()).toBe(404);
});

test("a project page lists its attached documents for download", async ({ page, request }) => {
  await page.goto("/en/projects/legislation-monitoring");
  const link = page.getByRole("link", { name: /Method of monitoring regional legislation/ });
  await expect(link).toBeVisible();
  await expect(page.getByText(/PDF/).first()).toBeVisible();
  const res = await request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
});
