import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// A published text changed twice: an update tells readers when and what, a typo fix does not.
// It creates, publishes and edits a text three times: about 12 s alone, more than 30 s on a
// busy 2-core machine, as the other publishing tests.
test.describe.configure({ timeout: 60_000 });

test("an update to a published text is shown to readers with its note; a minor fix is not", async ({ page }) => {
  await signIn(page);
  const title = `Итоги стратегической сессии ${Date.now().toString(36)}`;
  const editor = await ArticleEditor.create(page, title);
  await editor.writeBody("ru", "Участники обсудили планы.");
  await editor.save("ru");
  await editor.publish("ru");
  const slug = await editor.slug("ru");
  const ru = editor.column("ru");
  const reader = await page.context().newPage();
  await reader.goto(`/ru/press/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText("Обновлено")).toHaveCount(0);

  // An update asks for its note, and is refused without one.
  const kind = ru.getByRole("group", { name: "What kind of change is this?" });
  await expect(kind.getByLabel(/^Minor fix/)).toBeChecked();
  await editor.writeBody("ru", "Участники обсудили планы и утвердили дорожную карту.");
  await kind.getByLabel(/^Update:/).check();
  await kind.getByLabel("Note for readers").fill("Добавлено решение об утверждении дорожной карты");
  await editor.save("ru");
  await expect(kind.getByLabel(/^Minor fix/)).toBeChecked();

  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("region", { name: "История обновлений" })).toContainText("Добавлено решение об утверждении дорожной карты");
  }).toPass();
  await expect(reader.getByRole("link", { name: /^Обновлено \d+ \S+ \d{4} г\. в \d\d:\d\d/ })).toBeVisible();
  await expect(reader.getByText("утвердили дорожную карту")).toBeVisible();
  // Structured data moves dateModified to the update, past the publication.
  const ld = (await reader.locator('script[type="application/ld+json"]').allTextContents()).join("");
  const published = /"datePublished":"([^"]+)"/.exec(ld)![1]!;
  const modified = /"dateModified":"([^"]+)"/.exec(ld)![1]!;
  expect(new Date(modified).getTime()).toBeGreaterThan(new Date(published).getTime());

  // A typo fix: the text changes, the history does not.
  await editor.writeBody("ru", "Участники обсудили планы и утвердили дорожную карту развития.");
  await editor.save("ru");
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByText("дорожную карту развития")).toBeVisible();
  }).toPass();
  await expect(reader.getByRole("region", { name: "История обновлений" }).getByRole("listitem")).toHaveCount(1);

  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "Text updated with a note for readers" }).first()).toBeVisible();
});
