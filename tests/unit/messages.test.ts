import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import ru from "../../messages/ru.json";
import { siteMap, flattenSiteMap } from "../../lib/site-map";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("UI messages", () => {
  it("have the same keys in Russian and English", () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it("name every section of the site map in both languages", () => {
    for (const { key } of flattenSiteMap(siteMap)) {
      expect(ru.SiteNav.sections, key).toHaveProperty(key);
      expect(en.SiteNav.sections, key).toHaveProperty(key);
    }
  });

  it("never leave a Russian string untranslated in the English file", () => {
    const cyrillic = keys(en).filter(
      (k) => k !== "LocaleSwitcher.ru" && /[а-яё]/i.test(String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en))),
    );
    expect(cyrillic).toEqual([]);
  });

  it("quote in English with English quotation marks, not Russian guillemets", () => {
    const value = (k: string) => String(k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en));
    expect(keys(en).filter((k) => /[«»]/.test(value(k)))).toEqual([]);
  });
});

describe("site map", () => {
  it("lists each path of the URL contract once, parents before children", () => {
    const flat = flattenSiteMap();
    const paths = flat.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("/about/management/supervisory-board");
    expect(paths).toContain("/projects/innovation-effectiveness");
    for (const p of flat) if (p.parent) expect(paths.indexOf(p.parent)).toBeLessThan(paths.indexOf(p.path));
  });
});
