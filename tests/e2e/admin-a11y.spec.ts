import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ArticleEditor, signIn } from "./admin-support";

// The back office as axe sees it: the article editor with both columns and its publication
// panels (where "Publish" once was white on white), and the main lists.

const serious = async (page: import("@playwright/test").Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};

test("no serious accessibility violation in the article editor and the main back-office lists", async ({ page }) => {
  // Seven pages through axe, each a few seconds on a busy 2-core machine.
  test.setTimeout(90_000);
  await signIn(page);
  const editor = await ArticleEditor.create(page, `Проверка доступности ${Date.now().toString(36)}`);
  await editor.writeBody("ru", "Текст для проверки.");
  await editor.save("ru");
  await expect(editor.column("ru").getByRole("button", { name: "Publish", exact: true })).toBeVisible();
  expect(await serious(page)).toEqual([]);
  for (const path of ["/admin", "/admin/articles", "/admin/media", "/admin/users", "/admin/audit", "/admin/jobs", "/admin/press-list"]) {
    await page.goto(path);
    expect(await serious(page), path).toEqual([]);
  }
});
