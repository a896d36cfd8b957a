import { expect, test } from "@playwright/test";
import { signedInPage } from "./admin-support";

// The back office's outreach screens on a server without mail, IndexNow or Telegram settings
// (the e2e server has none): they say what is not configured, and the press list works.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("the queue page says which channels are off and lists the queue", async ({ browser }) => {
  const page = await signedInPage(browser);
  await page.getByRole("navigation", { name: "Newsroom sections" }).getByRole("link", { name: "Outreach and queue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outreach and job queue" })).toBeVisible();
  await expect(page.getByText("not configured (SMTP_URL): no messages go to subscribers")).toBeVisible();
  await page.getByRole("link", { name: "Failed" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs\?state=failed$/);
  await expect(page.getByRole("link", { name: "Failed" })).toHaveAttribute("aria-current", "page");
});

test("an editor adds a journalist to the press list, sees them await confirmation, and removes them", async ({ browser }) => {
  const page = await signedInPage(browser);
  const name = `Journalist ${unique()}`;
  await page.goto("/admin/press-list");
  await expect(page.getByRole("heading", { level: 1, name: "Press list" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Outlet").fill("Interfax");
  await page.getByLabel("Address").fill(`${unique()}@example.org`);
  await page.getByLabel("English").check();
  await page.getByRole("button", { name: "Add and send the confirmation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added; a confirmation link was sent" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("awaiting confirmation");
  await expect(row).toContainText("Русский, English");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Remove ${name} from the press list` }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
});

test("the public sign-up page says alerts are unavailable while the site has no mail server", async ({ page }) => {
  await page.goto("/ru/press/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "Подписка на новости" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("почта сайта не настроена");
  await expect(page.getByLabel("Адрес электронной почты")).toHaveCount(0);
  await page.getByRole("contentinfo").getByRole("link", { name: "Подписаться на новости по электронной почте" }).click();
  await expect(page).toHaveURL(/\/ru\/press\/alerts$/);
});
