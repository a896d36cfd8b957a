import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { signIn } from "./admin-support";

test("an image upload becomes a library item; an SVG is refused with a clear message", async ({ page }) => {
  await signIn(page);
  await page.goto("/admin/media");
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer();
  const name = `forum-${Date.now().toString(36)}.png`;
  await page.getByLabel("File", { exact: true }).setInputFiles({ name, mimeType: "image/png", buffer: png });
  await page.getByLabel("Alternative text (RU)").fill("Синий прямоугольник");
  await page.getByLabel("Alternative text (EN)").fill("A blue rectangle");
  await page.getByRole("button", { name: "Upload" }).click();
  // Re-encoding into three sizes takes a few seconds on a busy machine.
  await expect(page.getByText("The file was uploaded.")).toBeVisible({ timeout: 15_000 });
  await page.goto(`/admin/media?q=${name}`);
  // Re-encoded: the library lists it as WebP with its original dimensions.
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Edit: ${name}` }) });
  await expect(item).toContainText("WebP");
  await expect(item).toContainText("1200×800");

  await page.goto("/admin/media");
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: svg });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This file type is not accepted");
  await page.goto("/admin/media?q=logo.svg");
  await expect(page.getByText("Nothing found.")).toBeVisible();
});
