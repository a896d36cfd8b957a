// Generates the demo video content/gallery/2018-innovative-clusters-session-video/demo-clip.webm
// (committed; run again only to change it):  npx tsx scripts/make-demo-video.mts
// Six seconds of an abstract animation in the site's palette, drawn on a canvas in headless
// Chromium and recorded by the browser's own MediaRecorder (VP8 in WebM, which every browser
// plays): no video tool to install, and nothing that pretends to be a real recording.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const OUT = path.resolve("content/gallery/2018-innovative-clusters-session-video/demo-clip.webm");
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const page = await browser.newPage();
const base64 = await page.evaluate(`(async () => {
  const canvas = document.createElement("canvas");
  canvas.width = 640;
  canvas.height = 360;
  document.body.append(canvas);
  const g = canvas.getContext("2d");
  const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: "video/webm;codecs=vp8", videoBitsPerSecond: 400000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((resolve) => (recorder.onstop = resolve));
  const started = performance.now();
  const draw = () => {
    const t = (performance.now() - started) / 1000;
    const sky = g.createLinearGradient(0, 0, 640, 360);
    sky.addColorStop(0, "#0d2a50");
    sky.addColorStop(1, "#1d5aa6");
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 360);
    for (let i = 0; i < 3; i++) {
      g.beginPath();
      g.fillStyle = "rgba(15, 138, 126, 0.55)";
      g.arc(220 + i * 100 + 40 * Math.sin(t * 1.3 + i * 2), 180 + 50 * Math.cos(t * 0.9 + i), 70, 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = "#eef4fb";
    g.font = "bold 28px sans-serif";
    g.fillText("АИРР · AIRR", 24, 330);
    if (t < 6) requestAnimationFrame(draw);
    else recorder.stop();
  };
  recorder.start(500);
  draw();
  await done;
  const bytes = new Uint8Array(await new Blob(chunks, { type: "video/webm" }).arrayBuffer());
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
})()`);
await browser.close();
fs.writeFileSync(OUT, Buffer.from(base64 as string, "base64"));
console.log(`Wrote ${path.relative(process.cwd(), OUT)} (${fs.statSync(OUT).size} bytes)`);
