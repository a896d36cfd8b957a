import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// A translator sees what changed in the Russian original word by word: whole Russian words
// struck and added, never single letters.

test("the English column shows the Russian change in whole words", async ({ page }) => {
  await signIn(page);
  const editor = await ArticleEditor.create(page, `Делегация в Якутии ${Date.now().toString(36)}`);
  const ru = editor.column("ru");
  await ru.getByLabel("Lead").fill("Делегация посетила технопарк и обсудила проекты.");
  await editor.writeBody("ru", "Текст новости.");
  await editor.save("ru");
  const en = editor.column("en");
  await en.getByLabel("Title").fill("Delegation in Yakutia");
  await en.getByLabel("Address (slug)").fill(`delegation-${Date.now().toString(36)}`);
  await editor.writeBody("en", "News text.");
  await editor.save("en");

  await ru.getByLabel("Lead").fill("Делегация осмотрела ещё строящийся технопарк и обсудила проекты.");
  await editor.save("ru");
  await page.reload();
  await editor.column("en").getByText("What changed").click();
  const changes = editor.column("en").locator("details");
  await expect(changes.locator("del")).toHaveText(["посетила"]);
  await expect(changes.locator("ins")).toHaveText(["осмотрела ещё строящийся"]);
});
