import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn, signedInPage } from "./admin-support";

const stamp = () => Date.now().toString(36);

test.describe("bilingual publishing", () => {
  // Each test publishes and reads several pages; a busy 2-core machine took over 30 s.
  test.describe.configure({ mode: "serial", timeout: 60_000 });

  test("an article published in Russian only is on /ru and not on /en; English follows when published", async ({ page }) => {
    await signIn(page);
    const title = `Форум технологий ${stamp()}`;
    const editor = await ArticleEditor.create(page, title);
    await editor.writeBody("ru", "Регионы обсудили технологические проекты.");
    await editor.save("ru");
    const en = editor.column("en");
    await en.getByLabel("Title").fill(`Technology forum ${stamp()}`);
    await en.getByRole("button", { name: "From title" }).click();
    await editor.writeBody("en", "The regions discussed technology projects.");
    await editor.save("en");
    const [ruSlug, enSlug] = [await editor.slug("ru"), await editor.slug("en")];
    const enTitle = await en.getByLabel("Title").inputValue();

    await editor.publish("ru");
    const ruPage = await page.context().newPage();
    expect((await ruPage.goto(`/ru/press/news/${ruSlug}`))!.status()).toBe(200);
    await expect(ruPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    // Published just now: the date with its time and the site's zone.
    await expect(ruPage.locator("article time").first()).toHaveText(/^\d{1,2} [а-я]+ \d{4} г\.(,| в) \d{2}:\d{2} GMT\+3$/);
    await ruPage.goto("/ru/press/news");
    await expect(ruPage.getByRole("link", { name: title })).toBeVisible();
    expect((await ruPage.goto(`/en/press/news/${enSlug}`))!.status()).toBe(404);
    await ruPage.goto("/en/press/news");
    await expect(ruPage.getByText(enTitle)).toHaveCount(0);

    await editor.publish("en");
    expect((await ruPage.goto(`/en/press/news/${enSlug}`))!.status()).toBe(200);
    await expect(ruPage.getByRole("heading", { level: 1, name: enTitle })).toBeVisible();
    await expect(ruPage.locator("article time").first()).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}(,| at) \d{2}:\d{2} [AP]M GMT\+3$/);
    await ruPage.goto("/en/feed.xml");
    expect(await ruPage.content()).toContain(enTitle);
  });

  test("a revision is restored as a new version and the site shows it at once", async ({ page }) => {
    await signIn(page);
    const original = `Исходный заголовок ${stamp()}`;
    const editor = await ArticleEditor.create(page, original);
    await editor.writeBody("ru", "Текст материала.");
    await editor.save("ru");
    await editor.publish("ru");
    const ru = editor.column("ru");
    await ru.getByLabel("Title").fill(`${original} — правка`);
    await editor.save("ru");
    const slug = await editor.slug("ru");
    const reader = await page.context().newPage();
    await reader.goto(`/ru/press/news/${slug}`);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`${original} — правка`);

    await ru.getByRole("link", { name: "History" }).click();
    const versions = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Restore this version" }) });
    // Newest first: the first restorable entry is the publication, whose title is the original.
    await versions.first().getByRole("button", { name: "Restore this version" }).click();
    await expect(page.getByText("Version restored as a new one.")).toBeVisible();
    await reader.reload();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(original);
  });

  test("a scheduled article goes live by itself", async ({ page }) => {
    // It waits 20 s for the scheduled time on top of writing the text: more than the default 30 s.
    test.setTimeout(90_000);
    await signIn(page);
    const title = `Запланированная новость ${stamp()}`;
    const editor = await ArticleEditor.create(page, title);
    await editor.writeBody("ru", "Выйдет через несколько секунд.");
    await editor.save("ru");
    const slug = await editor.slug("ru");
    const at = await page.evaluate(() => {
      const d = new Date(Date.now() + 20_000);
      const p = (n: number) => String(n).padStart(2, "0");
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
    });
    const ru = editor.column("ru");
    await ru.getByLabel("Publish at (your time)").fill(at);
    await ru.getByRole("button", { name: "Schedule" }).click();
    await expect(ru.getByText("scheduled", { exact: true }).first()).toBeVisible();
    const reader = await page.context().newPage();
    expect((await reader.goto(`/ru/press/news/${slug}`))!.status()).toBe(404);
    await expect.poll(async () => (await reader.goto(`/ru/press/news/${slug}`))!.status(), { timeout: 60_000, intervals: [1_000] }).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});

test("two editors saving the same text: the second is refused with the first one's name and keeps their text", async ({ browser }) => {
  // Two signed-in browsers and three saves: over 30 s late in a full run on a busy 2-core machine.
  test.setTimeout(60_000);
  const first = await signedInPage(browser);
  const editor = await ArticleEditor.create(first, `Конфликт ${stamp()}`);
  await editor.writeBody("ru", "Общий текст.");
  await editor.save("ru");
  const url = first.url();
  const second = await signedInPage(browser);
  await second.goto(url);
  const other = new ArticleEditor(second);
  await editor.column("ru").getByLabel("Lead").fill("Лид первого редактора");
  await editor.save("ru");
  await other.column("ru").getByLabel("Lead").fill("Лид второго редактора");
  await other.column("ru").getByRole("button", { name: "Save", exact: true }).click();
  await expect(other.column("ru").getByRole("alert").first()).toContainText("Administrator saved this item at");
  await expect(other.column("ru").getByLabel("Lead")).toHaveValue("Лид второго редактора");
  await first.reload();
  await expect(editor.column("ru").getByLabel("Lead")).toHaveValue("Лид первого редактора");
});

test("an image from the library inserted in the text is shown on the published page with its alt text", async ({ page }) => {
  await signIn(page);
  const editor = await ArticleEditor.create(page, `С иллюстрацией ${stamp()}`);
  await editor.writeBody("ru", "Текст перед иллюстрацией.");
  const ru = editor.column("ru");
  await ru.getByRole("button", { name: "Image", exact: true }).click();
  const picker = page.getByRole("dialog", { name: "Choose an image" });
  await picker
    .getByRole("button", { name: /^Choose: Иллюстрация/ })
    .first()
    .click();
  await expect(picker).toBeHidden();
  await expect(ru.getByRole("textbox", { name: "Text" }).locator("img[data-media-id]")).toHaveCount(1);
  await editor.save("ru");
  await editor.publish("ru");
  const reader = await page.context().newPage();
  await reader.goto(`/ru/press/news/${await editor.slug("ru")}`);
  const img = reader.locator("article .prose-airr img");
  await expect(img).toHaveCount(1);
  await expect(img).toHaveAttribute("alt", /^Иллюстрация/);
  await expect(img).toHaveAttribute("srcset", /480w/);
  // Offered to journalists like the cover: its original, named as in the text's photo archive.
  const original = reader.locator("article .prose-airr").getByRole("link", { name: /^Скачать оригинал \((JPEG|PNG|WebP), \d+×\d+, / });
  await expect(original).toHaveCount(1);
  await expect(original).toHaveAttribute("download", /-0[12]\.(jpg|png|webp)$/);
  expect((await reader.request.get((await original.getAttribute("href"))!)).status()).toBe(200);
});
