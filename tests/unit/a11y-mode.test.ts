import { describe, expect, it } from "vitest";
import { A11Y_DEFAULT, a11yAttributes, changeA11y, parseA11yCookie, serializeA11y } from "@/lib/a11y-mode";
import type { IncomingMessage } from "node:http";
import { a11yMarks, HtmlAttributeWriter } from "@/server/http/a11y-mode";

describe("accessible version settings", () => {
  it("round-trip through the cookie, and anything else is no mode", () => {
    const mode = { size: "200", scheme: "wb", images: "off", spacing: "wide" } as const;
    expect(parseA11yCookie(serializeA11y(mode))).toEqual(mode);
    for (const bad of ["", "150", "150.bw.on", "300.bw.on.normal", "150.bw.on.normal.x", '150.bw"><script>.on.normal', undefined, null]) {
      expect(parseA11yCookie(bad), String(bad)).toBeNull();
    }
  });

  it("change one setting at a time, from the default when the mode was off", () => {
    expect(changeA11y(null, new URLSearchParams("size=150"))).toEqual(A11Y_DEFAULT);
    const wb = changeA11y(A11Y_DEFAULT, new URLSearchParams("scheme=wb"));
    expect(wb).toEqual({ ...A11Y_DEFAULT, scheme: "wb" });
    expect(changeA11y(wb, new URLSearchParams("size=999&scheme=red"))).toEqual(wb);
  });
});

describe("the <html> attributes written on the way out", () => {
  const mode = { size: "200", scheme: "bw", images: "on", spacing: "normal" } as const;
  const attrs = a11yAttributes(mode);
  const marks = a11yMarks({ headers: { cookie: `other=1; airr_a11y=${serializeA11y(mode)}` } } as IncomingMessage)!;

  it("go on the first <html> tag only, in a string or in bytes over several chunks", () => {
    const page = '<!DOCTYPE html><html lang="ru"><head></head><body><p>«Пермь» <html> in text</p></body></html>';
    expect(new HtmlAttributeWriter({ html: attrs, current: [] }).apply(page)).toBe(page.replace("<html lang", `<html${attrs} lang`));
    const writer = new HtmlAttributeWriter({ html: attrs, current: [] });
    const bytes = Buffer.from(page);
    const out = Buffer.concat([writer.apply(bytes.subarray(0, 10)), writer.apply(bytes.subarray(10, 40)), writer.apply(bytes.subarray(40))] as Buffer[]);
    expect(out.toString("utf8")).toBe(page.replace("<html lang", `<html${attrs} lang`));
  });

  it("mark the current choices in the settings bar, and nothing after the header", () => {
    const option = (o: string) => `<a href="#" data-a11y-option="${o}">`;
    const bar = `<header>${option("size-150")}${option("size-200")}${option("scheme-bw")}${option("images-on")}${option("spacing-normal")}</header>`;
    const page = `<html lang="ru"><body>${bar}<main>${option("size-200")}</main></body></html>`;
    const writer = new HtmlAttributeWriter(marks);
    const out = String(writer.apply(page.slice(0, 60))) + String(writer.apply(page.slice(60)));
    expect(out.match(/aria-current="true"/g)).toHaveLength(4);
    expect(out).toContain('data-a11y-option="size-200" aria-current="true"');
    expect(out).not.toContain('data-a11y-option="size-150" aria-current');
    expect(out).toContain(`<main>${option("size-200")}</main>`);
    expect(a11yMarks({ headers: { cookie: "airr_a11y=999.bw.on.normal" } } as IncomingMessage)).toBeNull();
  });

  it("leave a page alone when the visitor has no mode", () => {
    const page = '<html lang="en"><body></body></html>';
    expect(new HtmlAttributeWriter(null).apply(page)).toBe(page);
  });
});
