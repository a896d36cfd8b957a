import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// A press release under embargo: the newsroom sees the lock instead of "Publish", the public
// page stays 404, and only an explicit, confirmed lift ends it early.

test("an embargoed press release cannot be published until the embargo is lifted", async ({ page }) => {
  await signIn(page);
  const title = `Пресс-релиз под эмбарго ${Date.now().toString(36)}`;
  const editor = await ArticleEditor.create(page, title, "Press release");
  await editor.writeBody("ru", "Сообщение для прессы.");
  await editor.save("ru");
  const slug = await editor.slug("ru");
  const ru = editor.column("ru");
  const panel = ru.getByRole("region", { name: "Publication" });
  const inAnHour = await page.evaluate(() => {
    const d = new Date(Date.now() + 3_600_000);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  });
  await expect(panel.getByText(/Times you enter are in your time zone \(.+\); times shown are Moscow time\./)).toBeVisible();
  await panel.getByLabel("Embargo until").fill(inAnHour);
  await panel.getByRole("button", { name: "Set embargo" }).click();

  // The lock replaces the Publish button, and names its time with the zone.
  await expect(panel.getByText(/Under embargo until .+: publishing earlier is locked\./)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  const reader = await page.context().newPage();
  expect((await reader.goto(`/ru/press/news/${slug}`))!.status()).toBe(404);

  // Lifting asks first; saying no changes nothing.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await panel.getByRole("button", { name: "Lift embargo" }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/^Lift the embargo\?/);
  await expect(panel.getByText(/Under embargo until/)).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await panel.getByRole("button", { name: "Lift embargo" }).click();
  await expect(panel.getByRole("button", { name: "Publish", exact: true })).toBeVisible();
  await panel.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(panel.getByText("published", { exact: true })).toBeVisible();
  await expect.poll(async () => (await reader.goto(`/ru/press/news/${slug}`))!.status()).toBe(200);

  // The audit log names the early lift.
  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "Embargo lifted early" }).first()).toBeVisible();
});
