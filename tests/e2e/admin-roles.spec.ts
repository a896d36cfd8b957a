import { expect, test } from "@playwright/test";
import { ArticleEditor, COLLEAGUE_PASSWORD, createUser, signIn, signedInPage } from "./admin-support";

const password = COLLEAGUE_PASSWORD;

test("each role sees and may do only what it is allowed", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signedInPage(browser);
  const id = Date.now().toString(36);
  await createUser(admin, "Anna Author", `author-${id}@airr.test`, "author");
  await createUser(admin, "Egor Editor", `editor-${id}@airr.test`, "editor");

  const author = await signedInPage(browser, { email: `author-${id}@airr.test`, password });
  const nav = author.getByRole("navigation", { name: "Newsroom sections" });
  await expect(nav.getByRole("link", { name: "News" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await author.goto("/admin/users");
  await expect(author.getByRole("main").getByRole("alert")).toContainText("Your role has no access");
  const draft = await ArticleEditor.create(author, `Черновик автора ${id}`);
  await draft.writeBody("ru", "Автор пишет черновик.");
  await draft.save("ru");
  await expect(draft.column("ru").getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  await expect(draft.column("ru").getByText("Only an editor or administrator can publish.")).toBeVisible();

  const editor = await signedInPage(browser, { email: `editor-${id}@airr.test`, password });
  await editor.goto(author.url());
  const reviewed = new ArticleEditor(editor);
  await reviewed.publish("ru");
  await editor.goto("/admin/users");
  await expect(editor.getByRole("main").getByRole("alert")).toContainText("Your role has no access");
  await editor.goto("/admin/audit");
  await expect(editor.getByRole("heading", { level: 1 })).toBeVisible();

  // A published text is no longer the author's to change.
  await author.reload();
  await expect(draft.column("ru").getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
});

test.describe("from one address", () => {
  // Its own address, so the throttled address is not the one the other tests sign in from.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.7" } });

  test("anonymous visitors are sent to sign in; wrong passwords are throttled without revealing accounts", async ({ page }) => {
    await page.goto("/admin/articles");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    const attempt = async (email: string) => {
      // The form clears the password after each answer; wait for that before typing again.
      await expect(page.getByLabel("Password")).toHaveValue("");
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
    };
    const email = `nobody-${Date.now().toString(36)}@airr.test`;
    for (let i = 0; i < 5; i++) {
      await attempt(email);
      await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong e-mail or password.");
      await expect(page.getByLabel("E-mail")).toHaveValue(email);
    }
    await attempt(email);
    await expect(page.locator("form").getByRole("alert")).toContainText("Too many failed attempts");
  });
});

test("signing out ends the session on the server", async ({ page }) => {
  await signIn(page);
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  // The old cookie, replayed, no longer opens the back office.
  const replay = await page.context().browser()!.newContext();
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto("/admin");
  await expect(again).toHaveURL(/\/admin\/sign-in$/);
});
