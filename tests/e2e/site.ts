import { expect, type Page } from "@playwright/test";

// Page object for the public site's shared chrome: navigation, switcher, headings.
export class Site {
  constructor(readonly page: Page) {}

  async open(path: string) {
    const response = await this.page.goto(path);
    return response!;
  }

  nav() {
    return this.page.getByRole("navigation", { name: /Основное меню|Main menu/ });
  }

  switcher() {
    return this.page.getByRole("list", { name: /Язык сайта|Site language/ });
  }

  async expectHeading(name: string | RegExp) {
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }

  async noHorizontalScroll() {
    const { scroll, client } = await this.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, this.page.url()).toBeLessThanOrEqual(client);
  }
}
