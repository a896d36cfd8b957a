// The physical ceiling: the very same HTML, saved to files, served by a plain node:http
// server in its own process. No framework, no rendering, no database: answers come from
// memory, compressed beforehand (brotli and gzip, like nginx's *_static modules), so what
// is left is Node's HTTP stack and the network. A package (sirv, serve-static) would add
// only stat calls and header logic on top of this.
//   node scripts/bench/lib/static-server.mts <dir> <port>     (dir holds manifest.json)
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

type Entry = { path: string; file: string; contentType: string };
type Body = { identity: Buffer; br: Buffer; gzip: Buffer; contentType: string };

const [dir, port] = [process.argv[2]!, Number(process.argv[3])];
const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as Entry[];
const bodies = new Map<string, Body>();
for (const e of manifest) {
  const identity = fs.readFileSync(path.join(dir, e.file));
  bodies.set(e.path, {
    identity,
    br: zlib.brotliCompressSync(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: zlib.gzipSync(identity, { level: 9 }),
    contentType: e.contentType,
  });
}

http
  .createServer((req, res) => {
    const body = bodies.get(req.url ?? "");
    if (!body) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : "identity";
    const headers: http.OutgoingHttpHeaders = { "content-type": body.contentType, "content-length": body[encoding].length, vary: "accept-encoding" };
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    res.writeHead(200, headers);
    res.end(body[encoding]);
  })
  .listen(port, "127.0.0.1", () => console.log(`listening ${port}`));
