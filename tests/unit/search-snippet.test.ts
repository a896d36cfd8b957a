import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../lib/html/escape";
import { highlightQuery, restoreTypography, SNIPPET_START as S, SNIPPET_STOP as E, snippetToHtml } from "../../lib/search/snippet";

describe("search snippet HTML", () => {
  it("escapes a script in the stored text and keeps only <mark> as markup", () => {
    const html = snippetToHtml(`before <script>alert(1)</script> ${S}регионов${E} after`);
    expect(html).toBe("before &lt;script&gt;alert(1)&lt;/script&gt; <mark>регионов</mark> after");
    expect(html).not.toMatch(/<(?!\/?mark>)/);
  });

  it("escapes a script that came from the query and was highlighted", () => {
    const html = snippetToHtml(`${S}<script>alert("x")</script>${E} & ${S}<img src=x onerror=alert(1)>${E}`);
    expect(html).toBe("<mark>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark> &amp; <mark>&lt;img src=x onerror=alert(1)&gt;</mark>");
  });

  it("never leaves a <mark> unbalanced, whatever stray markers the text holds", () => {
    expect(snippetToHtml(`${S}${S}a${E}${E} ${E}b ${S}c`)).toBe("<mark>a</mark> b <mark>c</mark>");
    expect(snippetToHtml(`${E}only stop`)).toBe("only stop");
  });

  it("drops other control characters and collapses whitespace", () => {
    expect(snippetToHtml("  a\u0000b\u0007c \n\t d  ")).toBe("abc d");
  });

  it("escapes every character that is special in HTML text or attributes", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("highlight query", () => {
  it("offers each word in the casings a text may use", () => {
    expect(highlightQuery("регионами").split(" or ")).toEqual(["регионами", "РЕГИОНАМИ", "Регионами"]);
  });

  it("leaves out excluded words, quotes and the or operator", () => {
    expect(highlightQuery('"Perm" or -Kaluga')).toBe("Perm or perm or PERM");
  });

  it("handles emoji without splitting surrogate pairs", () => {
    expect(highlightQuery("🚀")).toBe("🚀");
  });
});

describe("snippet typography", () => {
  const written = "Проект «Долина» — 12\u00a0площадок… Второй абзац про «технопарки» – и всё.";
  it("puts the text's own quotes, dashes and spaces back into each highlighted fragment", () => {
    const headline = `Проект "${S}Долина${E}" - 12 площадок. … про "${S}технопарки${E}" - и всё.`;
    expect(restoreTypography(headline, written)).toBe(`Проект «${S}Долина${E}» — 12\u00a0площадок… … про «${S}технопарки${E}» – и всё.`);
  });
  it("leaves a fragment it cannot place as it is", () => {
    expect(restoreTypography(`другой "${S}текст${E}"`, written)).toBe(`другой "${S}текст${E}"`);
  });
  it("keeps a no-break space when the HTML is made", () => {
    expect(snippetToHtml("12\u00a0площадок  и\n  ещё")).toBe("12\u00a0площадок и ещё");
  });
});
