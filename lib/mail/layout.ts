import { escapeHtml } from "@/lib/html/escape";

// Pure: a message as blocks in, HTML and plain text out. The HTML is the kind common mail
// clients render alike: one centred table 600 px wide, inline styles, no scripts, no web fonts,
// every picture with its alt text and sizes, and the same words in the text part.
export type MailBlock =
  | { kind: "heading"; text: string; href?: string }
  | { kind: "text"; text: string }
  | { kind: "banner"; text: string }
  | { kind: "image"; src: string; alt: string; width: number; height: number }
  | { kind: "button"; text: string; href: string };

export type MailLayout = { lang: string; title: string; preheader?: string; blocks: MailBlock[]; footer: { text: string; href?: string }[] };

const BRAND = "#0b3d6e";
const FONT = "font-family:Arial,Helvetica,sans-serif;";

function blockHtml(b: MailBlock): string {
  switch (b.kind) {
    case "heading": {
      const text = escapeHtml(b.text);
      const inner = b.href ? `<a href="${escapeHtml(b.href)}" style="color:${BRAND};text-decoration:none">${text}</a>` : text;
      return `<h1 style="${FONT}font-size:22px;line-height:28px;margin:0 0 12px;color:${BRAND}">${inner}</h1>`;
    }
    case "text":
      return b.text
        .split(/\n{2,}/)
        .map((p) => `<p style="${FONT}font-size:16px;line-height:24px;margin:0 0 12px;color:#1f2937">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
        .join("");
    case "banner":
      return `<p style="${FONT}font-size:15px;font-weight:bold;margin:0 0 16px;padding:10px 12px;background:#fef3c7;color:#78350f;border:1px solid #f59e0b">${escapeHtml(b.text)}</p>`;
    case "image": {
      const height = Math.round((b.height * Math.min(560, b.width)) / b.width);
      return `<img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt)}" width="${Math.min(560, b.width)}" height="${height}" style="display:block;max-width:100%;height:auto;border:0;margin:0 0 16px">`;
    }
    case "button":
      return `<p style="margin:8px 0 20px"><a href="${escapeHtml(b.href)}" style="${FONT}display:inline-block;padding:10px 18px;background:${BRAND};color:#ffffff;text-decoration:none;font-size:16px;border-radius:4px">${escapeHtml(b.text)}</a></p>`;
  }
}

function blockText(b: MailBlock): string {
  switch (b.kind) {
    case "heading":
      return b.href ? `${b.text}\n${b.href}` : b.text;
    case "text":
      return b.text;
    case "banner":
      return `*** ${b.text} ***`;
    case "image":
      return "";
    case "button":
      return `${b.text}: ${b.href}`;
  }
}

export function renderMail(m: MailLayout): { html: string; text: string } {
  const footer = m.footer
    .map(
      (f) =>
        `<p style="${FONT}font-size:13px;line-height:18px;margin:0 0 6px;color:#4b5563">${f.href ? `<a href="${escapeHtml(f.href)}" style="color:#4b5563">${escapeHtml(f.text)}</a>` : escapeHtml(f.text)}</p>`,
    )
    .join("");
  const preheader = m.preheader ? `<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(m.preheader)}</div>` : "";
  const html = `<!doctype html>
<html lang="${escapeHtml(m.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.title)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">${preheader}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border:1px solid #e5e7eb">
<tr><td style="padding:24px 20px">${m.blocks.map(blockHtml).join("\n")}</td></tr>
<tr><td style="padding:16px 20px;border-top:1px solid #e5e7eb">${footer}</td></tr>
</table></td></tr></table></body></html>`;
  const text = [...m.blocks.map(blockText).filter(Boolean), "--", ...m.footer.map((f) => (f.href ? `${f.text}: ${f.href}` : f.text))].join("\n\n");
  return { html, text };
}
