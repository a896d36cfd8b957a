import { expect, test, type Page } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// Typing is not lost: a form with unsaved changes asks before a link leads away, keeps a copy
// in the browser, and offers it back after the tab was closed or reloaded.

const stamp = () => Date.now().toString(36);

const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("airr:draft:")));

// The browser's own "leave site?" prompt on reload is accepted, as a person who reloads means it.
async function reload(page: Page) {
  const accept = (dialog: { type(): string; accept(): Promise<void> }) => void (dialog.type() === "beforeunload" && dialog.accept());
  page.on("dialog", accept);
  await page.reload();
  page.off("dialog", accept);
}

test("asks before a link leaves unsaved typing, and offers it back after a reload", async ({ page }) => {
  await signIn(page);
  const editor = await ArticleEditor.create(page, `Черновик ${stamp()}`);
  const ru = editor.column("ru");
  const saved = await ru.getByLabel("Lead").inputValue();
  await ru.getByLabel("Lead").fill("Лид, который не успели сохранить");
  await expect.poll(() => draftKeys(page)).toHaveLength(1);

  // A link of the back office: the editor is asked, and staying keeps the page and the text.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const at = page.url();
  await page.getByRole("navigation", { name: "Newsroom sections" }).getByRole("link", { name: "News", exact: true }).click();
  await expect.poll(() => asked).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
  expect(page.url()).toBe(at);
  await expect(ru.getByLabel("Lead")).toHaveValue("Лид, который не успели сохранить");

  // After a reload the form shows what was saved, and offers the copy back.
  await reload(page);
  await expect(ru.getByLabel("Lead")).toHaveValue(saved);
  await expect(ru.getByText(/You have unsaved changes from .*, kept in this browser\./)).toBeVisible();
  await expect(ru.getByText(/a newer version was saved/)).toHaveCount(0);
  await ru.getByRole("button", { name: "Restore" }).click();
  await expect(ru.getByLabel("Lead")).toHaveValue("Лид, который не успели сохранить");
  await editor.save("ru");

  // Saved: nothing is kept any more, nothing is offered, and leaving asks nothing.
  expect(await draftKeys(page)).toEqual([]);
  await reload(page);
  await expect(ru.getByLabel("Lead")).toHaveValue("Лид, который не успели сохранить");
  await expect(ru.getByText(/You have unsaved changes from/)).toHaveCount(0);
  await page.getByRole("navigation", { name: "Newsroom sections" }).getByRole("link", { name: "News", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "News" })).toBeVisible();
});

test("a discarded copy is gone, and a copy older than the saved text says so", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page);
  const editor = await ArticleEditor.create(page, `Отброшенный ${stamp()}`);
  const ru = editor.column("ru");
  await ru.getByLabel("Lead").fill("Первый набросок");
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  await reload(page);
  await ru.getByRole("button", { name: "Discard" }).click();
  await expect(ru.getByText(/You have unsaved changes from/)).toHaveCount(0);
  expect(await draftKeys(page)).toEqual([]);

  // A copy kept at version 1, while a colleague (here, another tab) saved version 2.
  await ru.getByLabel("Lead").fill("Набросок поверх старой версии");
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  // The colleague works in a browser of their own, whose storage is not this one's.
  const other = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(other);
  await other.goto(page.url());
  const otherEditor = new ArticleEditor(other);
  await otherEditor.column("ru").getByLabel("Lead").fill("Лид коллеги");
  await otherEditor.save("ru");
  await other.close();
  await reload(page);
  await expect(ru.getByLabel("Lead")).toHaveValue("Лид коллеги");
  await expect(ru.getByText(/Since then a newer version was saved/)).toBeVisible();
});
