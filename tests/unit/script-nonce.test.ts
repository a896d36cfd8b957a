import { describe, expect, it } from "vitest";
import { ScriptNonceInjector } from "../../server/http/script-nonce";

const N = "bm9uY2U=";
const page = [
  '<!DOCTYPE html><html lang="ru"><head>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a1.js"/>',
  '<script src="/_next/static/chunks/a1.js" async=""></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script>',
  "</head><body><h1>Новости — «регион»</h1>",
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a1.js"],"runtimeModuleIds":[1]});</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  "</body></html>",
].join("");

function inject(chunks: (string | Buffer)[]) {
  const injector = new ScriptNonceInjector(N);
  // The output is a byte stream: a piece may end inside a character that the next one completes.
  const out = Buffer.concat([...chunks.map((c) => injector.push(c)), injector.flush()]).toString("utf8");
  return { out, stats: injector.stats };
}

describe("script nonces", () => {
  it("gives the nonce to the framework's bundles, preloads and data-only bootstraps", () => {
    const { out, stats } = inject([page]);
    expect(stats).toEqual({ trusted: 5, untrusted: 0 });
    expect(out.match(new RegExp(`nonce="${N}"`, "g"))).toHaveLength(6);
    expect(out).toContain(`<link nonce="${N}" rel="preload"`);
    expect(out).toContain('<script type="application/ld+json">');
    expect(out.replaceAll(` nonce="${N}"`, "")).toBe(page);
  });

  it.each([
    ["an injected inline script", "<script>alert(1)</script>"],
    ["a bootstrap whose argument is code", "<script>self.__next_f.push(alert(1))</script>"],
    ["a bootstrap with code after the data", '<script>self.__next_f.push([1,"x"]);alert(1)</script>'],
    ["a script from another origin", '<script src="https://evil.example/x.js"></script>'],
    ["a same-origin script outside the bundles", '<script src="/media/abc.js"></script>'],
    ["a bundle with code inside", '<script src="/_next/static/chunks/a.js">alert(1)</script>'],
    ["a script with an event attribute", '<script src="/_next/static/chunks/a.js" onload="alert(1)"></script>'],
    ["a preload of a foreign script", '<link rel="preload" as="script" href="https://evil.example/x.js"/>'],
  ])("leaves %s without the nonce", (_label, html) => {
    const { out } = inject([`<p>x</p>${html}<p>y</p>`]);
    expect(out).toBe(`<p>x</p>${html}<p>y</p>`);
  });

  // Next.js writes a nonce it took from a request header; a cached page must never keep it.
  it("replaces a nonce already in the markup with the response's own, and trusts nothing for it", () => {
    const framework =
      '<script nonce="PWNED">self.__next_f.push([1,"x"])</script><link rel="preload" as="script" nonce=\'PWNED\' href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" nonce="PWNED" async=""></script>';
    const { out, stats } = inject([framework]);
    expect(out).not.toContain("PWNED");
    expect(stats).toEqual({ trusted: 2, untrusted: 0 });
    expect(out.match(new RegExp(`nonce="${N}"`, "g"))).toHaveLength(3);
    const smuggled = inject(['<p>x</p><script nonce="guess">alert(1)</script><script NONCE=guess>alert(2)</script>']);
    expect(smuggled.out).toBe("<p>x</p><script>alert(1)</script><script>alert(2)</script>");
    expect(smuggled.stats.untrusted).toBe(2);
  });

  it("does not mistake other elements or upper-case tags for ours", () => {
    const html = "<scripts>x</scripts><SCRIPT>alert(1)</SCRIPT><script-x></script-x>";
    expect(inject([html]).out).toBe(html);
  });

  it("gives the same result however the HTML is split into chunks, even inside a character", () => {
    const whole = inject([page]).out;
    const bytes = Buffer.from(page);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      expect(inject([bytes.subarray(0, cut), bytes.subarray(cut)]).out).toBe(whole);
    }
  });

  it("finds preloads and scripts in any order, each once", () => {
    const preload = '<link rel="preload" as="script" href="/_next/static/chunks/b.js"/>';
    const bundle = '<script src="/_next/static/chunks/b.js" async=""></script>';
    const html = `${bundle}<p>é</p>${bundle}${preload}${bundle}${preload}<p>ж</p>`;
    const { out, stats } = inject([html]);
    expect(stats).toEqual({ trusted: 3, untrusted: 0 });
    expect(out.match(/<link nonce=/g)).toHaveLength(2);
    expect(out.replaceAll(` nonce="${N}"`, "")).toBe(html);
  });

  it("serves a long page again from its template with each response's own nonce", () => {
    const long = page.replace("</body>", `<p>${"Текст новости. ".repeat(400)}</p></body>`);
    const scanned = inject([Buffer.from(long)]).out;
    for (const nonce of ["Zmlyc3Q=", "c2Vjb25k", "Zmlyc3Q="]) {
      const injector = new ScriptNonceInjector(nonce);
      const out = Buffer.concat([injector.push(long), injector.flush()]).toString("utf8");
      expect(out).toBe(scanned.replaceAll(N, nonce));
      expect(injector.stats).toEqual({ trusted: 5, untrusted: 0 });
    }
  });

  it("carries a long chunk's unfinished script over to the next chunk, from a template too", () => {
    const head = `<p>${"x".repeat(5000)}</p><script>self.__next_f.push([1,"a`;
    const tail = '"])</script><p>end</p>';
    for (let i = 0; i < 2; i++) {
      const { out, stats } = inject([head, tail]);
      expect(out).toBe(`<p>${"x".repeat(5000)}</p><script nonce="${N}">self.__next_f.push([1,"a"])</script><p>end</p>`);
      expect(stats).toEqual({ trusted: 1, untrusted: 0 });
    }
  });

  it("passes an unterminated script through at the end instead of losing it", () => {
    expect(inject(["<p>a</p><script>self.__next_f.push([1,"]).out).toBe("<p>a</p><script>self.__next_f.push([1,");
  });

  it("keeps each verdict on later responses, for data and for code alike", () => {
    const data = '<script>self.__next_f.push([1,"same text"])</script>';
    const code = '<script>self.__next_f.push([1,"same text"]);alert(1)</script>';
    for (let i = 0; i < 3; i++) {
      expect(inject([data]).stats).toEqual({ trusted: 1, untrusted: 0 });
      expect(inject([code]).stats).toEqual({ trusted: 0, untrusted: 1 });
    }
  });
});
