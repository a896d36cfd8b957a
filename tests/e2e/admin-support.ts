import { expect, type Browser, type Locator, type Page } from "@playwright/test";

// The administrator the e2e server is started with (see playwright.config.ts).
export const ADMIN = { email: "admin@airr.test", password: "correct horse battery" };

// The password of the colleagues the tests create.
export const COLLEAGUE_PASSWORD = "a long enough passphrase";

// Creates a colleague through the users form and returns their id.
export async function createUser(admin: Page, name: string, email: string, role: "editor" | "author") {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("E-mail").fill(email);
  await admin.getByLabel("Role").selectOption(role);
  await admin.getByLabel("Password", { exact: true }).fill(COLLEAGUE_PASSWORD);
  await admin.getByLabel("Repeat the password").fill(COLLEAGUE_PASSWORD);
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText("User created")).toBeVisible();
  await expect(admin.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(admin.url()).pathname.split("/").pop()!;
}

export async function signIn(page: Page, who: { email: string; password: string } = ADMIN) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
}

export async function signedInPage(browser: Browser, who = ADMIN): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page, who);
  return page;
}

// The back office's article editor: one column per language, each saving on its own.
// A caret moved by the browser (Ctrl+End) reaches the editor's state only on the next
// selectionchange, so a key pressed at once can land where the click left it. The editor's own
// command puts the caret at the end in its state and in the page together.
// The editor moves the focus in the next animation frame: keys pressed before that are lost.
export async function caretToEnd(textbox: Locator) {
  await textbox.evaluate((el) => (el as HTMLElement & { editor: { commands: { focus(at: "end"): boolean } } }).editor.commands.focus("end"));
  await expect(textbox).toBeFocused();
}

export class ArticleEditor {
  constructor(readonly page: Page) {}

  static async create(page: Page, title: string, kind = "News") {
    await page.goto("/admin/articles/new");
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Language of the first version").selectOption("ru");
    await page.getByLabel("Kind").selectOption({ label: kind });
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByRole("region", { name: "Русский" })).toBeVisible();
    return new ArticleEditor(page);
  }

  column(locale: "ru" | "en") {
    return this.page.getByRole("region", { name: locale === "ru" ? "Русский" : "English" });
  }

  async writeBody(locale: "ru" | "en", text: string) {
    const body = this.column(locale).getByRole("textbox", { name: "Text" });
    await body.click();
    await this.page.keyboard.press("ControlOrMeta+a");
    await this.page.keyboard.type(text);
  }

  // Waits for this save's own confirmation (a new version number), not an earlier one.
  async save(locale: "ru" | "en") {
    const col = this.column(locale);
    const before = (await col.getByRole("status").first().textContent()) ?? "";
    await col.getByRole("button", { name: /^(Save|Create translation)$/ }).click();
    await expect(col.getByRole("status").first()).toContainText(/Saved \(version \d+\)/);
    await expect(col.getByRole("status").first()).not.toHaveText(before);
  }

  async slug(locale: "ru" | "en") {
    return this.column(locale).getByLabel("Address (slug)").inputValue();
  }

  async publish(locale: "ru" | "en") {
    const col = this.column(locale);
    await col.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(col.getByRole("region", { name: "Publication" }).getByText("published", { exact: true })).toBeVisible();
  }
}
