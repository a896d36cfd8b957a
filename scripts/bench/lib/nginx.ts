import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../../server/net.ts";

// Runs deploy/nginx.conf, as shipped, in front of a running app server: the file's marked
// values (address, upstream, folders, placeholder) are replaced, nothing else. Used by the
// bench and by the fault test of the proxy.

export type Nginx = { base: string; stop: () => Promise<void>; logDir: string };

const CANDIDATES = [process.env.NGINX, "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];

export function findNginx(): string | null {
  for (const candidate of CANDIDATES) if (candidate && fs.existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : null;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"; update scripts/bench/lib/nginx.ts.`);
  return text.replace(from, to);
}

export function renderSiteConfig(opts: { listen: number; upstream: number; root: string; cacheDir: string; placeholder: string }): string {
  let conf = fs.readFileSync(path.join("deploy", "nginx.conf"), "utf8");
  conf = replaceOnce(conf, "/var/cache/nginx/airr", opts.cacheDir);
  conf = replaceOnce(conf, "server 127.0.0.1:3000;", `server 127.0.0.1:${opts.upstream};`);
  conf = replaceOnce(conf, "listen 80;", `listen 127.0.0.1:${opts.listen};`);
  conf = replaceOnce(conf, "/srv/airr/public", path.join(opts.root, "public"));
  conf = replaceOnce(conf, "/srv/airr/.next/static/", `${path.join(opts.root, ".next", "static")}/`);
  return replaceOnce(conf, "change-me-to-the-apps-PROXY_NONCE_PLACEHOLDER", opts.placeholder);
}

export async function startNginx(binary: string, upstreamPort: number, placeholder: string): Promise<Nginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "airr-nginx-"));
  // Started as root, nginx's workers run as an unprivileged user that must reach its cache.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  fs.writeFileSync(
    path.join(dir, "airr.conf"),
    renderSiteConfig({ listen: port, upstream: upstreamPort, root: process.cwd(), cacheDir: path.join(dir, "cache"), placeholder }),
  );
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\ndaemon off;\nevents { worker_connections 4096; }\n` +
      `http {\n  types { text/html html; text/css css; application/javascript js; image/svg+xml svg; image/png png; image/x-icon ico; }\n` +
      `  access_log off;\n  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}\n  include ${dir}/airr.conf;\n}\n`,
  );
  const child = spawn(binary, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr.trim() || fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
    if (
      await fetch(`${base}/api/health`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGQUIT");
    });
  return { base, stop, logDir: dir };
}
