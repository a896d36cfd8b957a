import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

// libxml2 (xmllint) validating sitemaps against the sitemaps.org schemas shipped in
// tests/fixtures/sitemaps, with no network.
const dir = path.resolve("tests", "fixtures", "sitemaps");
const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(dir, name), "utf8") });

// The errors xmllint reports, [] when the file is valid.
export async function sitemapSchemaErrors(xml: string, kind: "urlset" | "index" | "news"): Promise<string[]> {
  const schema = [read(kind === "index" ? "siteindex.xsd" : kind === "news" ? "sitemap-news.xsd" : "sitemap-hreflang.xsd")];
  const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: xml }], schema, preload: kind === "index" ? [] : [read("sitemap.xsd")] });
  return result.errors.map((e) => e.rawMessage);
}
