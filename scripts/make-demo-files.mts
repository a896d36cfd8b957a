// Generates the demo files under content/files and content/gallery (committed; run again
// only to change them):  npx tsx scripts/make-demo-files.mts
// Every picture is an abstract illustration in the site's palette, and every PDF says it is
// a demonstration document: nothing here pretends to be a real photo or a real charter.
// The PDFs embed an unhinted subset of Liberation Sans for Cyrillic (Debian: fonts-liberation).
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import sharp from "sharp";
import { stripHints } from "./lib/ttf-strip-hints.ts";

const FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";
const c = {
  brand50: "#eef4fb",
  brand100: "#d9e6f5",
  brand600: "#1d5aa6",
  brand800: "#123a6d",
  brand900: "#0d2a50",
  accent500: "#0f8a7e",
  accent600: "#0b7066",
};
const out = (rel: string) => path.resolve("content", rel);
const FIXED_DATE = new Date("2026-01-15T09:00:00Z");

type Section = { heading: string; paragraphs: string[] };
type Part = { lang: string; title: string; note: string; sections: Section[] };

function pdf(file: string, title: string, parts: Part[], draw?: (doc: PDFKit.PDFDocument) => void): Promise<void> {
  if (!fs.existsSync(FONT)) throw new Error(`${FONT} is missing; install it with apt-get install fonts-liberation`);
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: title, Author: "AIRR demo site", CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
    lang: "ru-RU",
  });
  doc.registerFont("body", stripHints(fs.readFileSync(FONT)));
  const done = new Promise<void>((resolve) => doc.pipe(fs.createWriteStream(out(file))).on("finish", resolve));
  parts.forEach((part, i) => {
    if (i > 0) doc.addPage();
    doc.font("body").fontSize(18).fillColor(c.brand900).text(part.title);
    doc.moveDown(0.3).font("body").fontSize(10).fillColor(c.accent600).text(part.note);
    doc.moveDown(0.8).fillColor("#1e293b");
    for (const s of part.sections) {
      doc.font("body").fontSize(13).fillColor(c.brand800).text(s.heading).fillColor("#1e293b").moveDown(0.3);
      for (const p of s.paragraphs) doc.font("body").fontSize(11).text(p, { align: "left", lineGap: 2 }).moveDown(0.5);
      doc.moveDown(0.4);
    }
    if (i === 0) draw?.(doc);
  });
  doc.end();
  return done;
}

const demoNote = {
  ru: "Демонстрационный документ: создан для демо-версии сайта и не является официальным текстом.",
  en: "Demo document: made for the demo version of the site; it is not an official text.",
};

async function documents() {
  await pdf("files/airr-charter-demo.pdf", "Charter (demo document)", [
    {
      lang: "ru",
      title: "Устав ассоциации (демонстрационный документ)",
      note: demoNote.ru,
      sections: [
        {
          heading: "1. Общие положения",
          paragraphs: [
            "Ассоциация объединяет субъекты Российской Федерации, которые развивают инновационную экономику, и служит площадкой для обмена опытом между ними.",
            "Этот файл показывает, как сайт публикует основные документы: название, описание, тип и размер файла и ссылку для скачивания.",
          ],
        },
        {
          heading: "2. Цели",
          paragraphs: [
            "Содействие инновационному развитию регионов-участников; сбор и распространение лучших региональных практик; подготовка предложений для федеральных органов власти.",
          ],
        },
      ],
    },
    {
      lang: "en",
      title: "Charter (demo document)",
      note: demoNote.en,
      sections: [
        {
          heading: "1. General provisions",
          paragraphs: [
            "The association brings together Russian regions that develop an innovation economy and gives them a platform to share experience.",
            "This file shows how the site publishes basic documents: a title, a description, the file type and size, and a download link.",
          ],
        },
        {
          heading: "2. Goals",
          paragraphs: [
            "Supporting the innovative development of member regions; collecting and spreading regional best practices; preparing proposals for federal authorities.",
          ],
        },
      ],
    },
  ]);
  await pdf("files/airr-council-regulations-demo.pdf", "Regulations on the Association Council (demo document)", [
    {
      lang: "ru",
      title: "Положение о Совете ассоциации (демонстрационный документ)",
      note: demoNote.ru,
      sections: [
        {
          heading: "1. Состав Совета",
          paragraphs: [
            "В Совет входят представители регионов-участников. Порядок выдвижения и срок полномочий в этом демонстрационном тексте не устанавливаются.",
          ],
        },
        { heading: "2. Заседания", paragraphs: ["Совет собирается по мере необходимости; повестку и решения публикует пресс-служба ассоциации."] },
      ],
    },
    {
      lang: "en",
      title: "Regulations on the Association Council (demo document)",
      note: demoNote.en,
      sections: [
        {
          heading: "1. Members of the Council",
          paragraphs: ["The Council consists of representatives of the member regions. This demo text sets no nomination rules or terms of office."],
        },
        { heading: "2. Meetings", paragraphs: ["The Council meets as needed; the association's press service publishes the agenda and the decisions."] },
      ],
    },
  ]);
  await pdf("files/airr-membership-procedure-demo.pdf", "How a region joins the association (demo document)", [
    {
      lang: "ru",
      title: "Порядок вступления в ассоциацию (демонстрационный документ)",
      note: demoNote.ru,
      sections: [
        {
          heading: "Шаги",
          paragraphs: [
            "1. Регион направляет обращение в дирекцию ассоциации.",
            "2. Дирекция готовит заключение для Совета ассоциации.",
            "3. Совет рассматривает обращение на ближайшем заседании.",
          ],
        },
      ],
    },
    {
      lang: "en",
      title: "How a region joins the association (demo document)",
      note: demoNote.en,
      sections: [
        {
          heading: "Steps",
          paragraphs: [
            "1. The region sends a request to the association's directorate.",
            "2. The directorate prepares an opinion for the Association Council.",
            "3. The Council considers the request at its next meeting.",
          ],
        },
      ],
    },
  ]);
  await pdf("files/airr-legislation-monitoring-method-demo.pdf", "Monitoring of regional legislation: method (demo document)", [
    {
      lang: "ru",
      title: "Мониторинг регионального законодательства: методика (демонстрационный документ)",
      note: demoNote.ru,
      sections: [
        {
          heading: "Что отслеживается",
          paragraphs: [
            "Региональные законы и постановления о поддержке инновационной деятельности: налоговые льготы, гранты, технопарки и кластеры.",
            "Этот демонстрационный текст не описывает действующую методику ассоциации.",
          ],
        },
      ],
    },
    {
      lang: "en",
      title: "Monitoring of regional legislation: method (demo document)",
      note: demoNote.en,
      sections: [
        {
          heading: "What is monitored",
          paragraphs: [
            "Regional laws and decrees that support innovation: tax relief, grants, technology parks and clusters.",
            "This demo text does not describe the association's actual method.",
          ],
        },
      ],
    },
  ]);
}

// A geometric demo mark (no lettering, so it renders the same without any font).
const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512" role="img" aria-labelledby="t">
  <title id="t">Demo mark of the AIRR website (not the association's logo)</title>
  <rect width="512" height="512" rx="96" fill="${c.brand800}"/>
  <path d="M128 360 256 136 384 360Z" fill="none" stroke="${c.brand100}" stroke-width="20" stroke-linejoin="round"/>
  <circle cx="256" cy="136" r="40" fill="${c.accent500}"/>
  <circle cx="128" cy="360" r="40" fill="${c.brand600}" stroke="${c.brand100}" stroke-width="12"/>
  <circle cx="384" cy="360" r="40" fill="${c.accent500}"/>
  <circle cx="256" cy="290" r="24" fill="${c.brand50}"/>
</svg>
`;

async function brandBook() {
  fs.writeFileSync(out("files/airr-logo-demo.svg"), logoSvg);
  const png = await sharp(Buffer.from(logoSvg)).resize(512, 512).png({ compressionLevel: 9, palette: true }).toBuffer();
  fs.writeFileSync(out("files/airr-logo-demo.png"), png);
  const small = await sharp(png).resize(192).png({ palette: true, colours: 32 }).toBuffer();
  const swatches = Object.entries({ "Brand 800": c.brand800, "Brand 600": c.brand600, "Accent 500": c.accent500, "Brand 50": c.brand50 });
  await pdf(
    "files/airr-brand-guide-demo.pdf",
    "Brand guide (demo document)",
    [
      {
        lang: "ru",
        title: "Руководство по фирменному стилю (демонстрационный документ)",
        note: demoNote.ru,
        sections: [
          {
            heading: "Знак",
            paragraphs: [
              "Демонстрационный знак сайта: треугольник из трёх узлов — регионы, связанные общей сетью. Вокруг знака оставляйте свободное поле не меньше четверти его ширины.",
            ],
          },
          { heading: "Цвета", paragraphs: ["Основные цвета: тёмно-синий и бирюзовый; светлый голубой — для фона."] },
        ],
      },
      {
        lang: "en",
        title: "Brand guide (demo document)",
        note: demoNote.en,
        sections: [
          {
            heading: "Mark",
            paragraphs: [
              "The demo mark of the site: a triangle of three nodes, regions joined in one network. Keep clear space of at least a quarter of its width around it.",
            ],
          },
          { heading: "Colours", paragraphs: ["Main colours: dark blue and teal; light blue for backgrounds."] },
        ],
      },
    ],
    (doc) => {
      const y = doc.y + 8;
      doc.image(small, 56, y, { width: 96 });
      swatches.forEach(([name, hex], i) => {
        doc
          .rect(180 + i * 90, y, 72, 48)
          .fill(hex)
          .stroke();
        doc
          .fillColor("#1e293b")
          .font("body")
          .fontSize(9)
          .text(`${name}\n${hex}`, 180 + i * 90, y + 54, { width: 80 });
      });
    },
  );
}

// Abstract pictures, 1800×1200, described honestly by the alt texts in album.json.
const W = 1800;
const H = 1200;
const frame = (defs: string, body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs>${defs}</defs>${body}</svg>`;
const grad = (id: string, a: string, b: string, x2 = 1, y2 = 1) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient>`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const pictures: Record<string, string[]> = {
  "2024-04-perm-visiting-meeting": [
    frame(
      grad("g", c.brand900, c.brand600),
      `<rect width="${W}" height="${H}" fill="url(#g)"/><g fill="${c.accent500}" fill-opacity="0.55"><circle cx="700" cy="600" r="320"/><circle cx="1000" cy="520" r="260"/><circle cx="1180" cy="760" r="200"/></g>`,
    ),
    frame(
      "",
      `<rect width="${W}" height="${H}" fill="${c.brand50}"/><g transform="rotate(-30 900 600)">${range(9)
        .map((i) => `<rect x="-400" y="${i * 220 - 400}" width="2600" height="90" fill="${i % 2 ? c.brand600 : c.brand100}"/>`)
        .join("")}</g>`,
    ),
    frame(
      "",
      `<rect width="${W}" height="${H}" fill="${c.brand900}"/>${range(12)
        .flatMap((x) =>
          range(8).map(
            (y) =>
              `<rect x="${120 + x * 132}" y="${110 + y * 132}" width="80" height="80" rx="10" fill="${c.accent500}" fill-opacity="${0.25 + ((x + y) % 4) * 0.2}"/>`,
          ),
        )
        .join("")}`,
    ),
    frame(
      grad("g", c.brand100, c.brand50, 0, 1),
      `<rect width="${W}" height="${H}" fill="url(#g)"/>${range(6)
        .map((i) => `<circle cx="900" cy="600" r="${540 - i * 85}" fill="none" stroke="${c.brand600}" stroke-width="28" stroke-opacity="${0.3 + i * 0.12}"/>`)
        .join("")}<circle cx="900" cy="600" r="70" fill="${c.accent500}"/>`,
    ),
    frame(
      grad("g", c.brand600, c.accent600, 1, 0),
      `<rect width="${W}" height="${H}" fill="url(#g)"/>${range(4)
        .map(
          (i) =>
            `<path d="M0 ${500 + i * 160} C 450 ${380 + i * 160}, 1350 ${700 + i * 160}, 1800 ${520 + i * 160} L1800 1200 L0 1200Z" fill="${c.brand50}" fill-opacity="0.18"/>`,
        )
        .join("")}`,
    ),
  ],
  "2024-yakutia-strategic-session": [
    frame(
      "",
      `<rect width="${W}" height="${H}" fill="${c.brand900}"/>${range(7)
        .map(
          (i) =>
            `<path d="M${150 + i * 230} 900 L${265 + i * 230} ${420 + (i % 3) * 90} L${380 + i * 230} 900Z" fill="${c.accent500}" fill-opacity="${0.4 + (i % 3) * 0.2}"/>`,
        )
        .join("")}`,
    ),
    frame(
      grad("g", c.brand100, c.brand50, 0, 1),
      `<rect width="${W}" height="${H}" fill="url(#g)"/><rect x="0" y="640" width="${W}" height="70" fill="#ffffff"/><rect x="0" y="730" width="${W}" height="14" fill="${c.brand600}" fill-opacity="0.4"/>`,
    ),
    frame(
      "",
      `<rect width="${W}" height="${H}" fill="${c.brand50}"/>${range(5)
        .flatMap((x) =>
          range(4).map((y) => {
            const cx = 260 + x * 320 + (y % 2) * 160;
            const cy = 220 + y * 260;
            const pts = range(6)
              .map((k) => `${cx + 130 * Math.cos((Math.PI / 3) * k)},${cy + 130 * Math.sin((Math.PI / 3) * k)}`)
              .join(" ");
            return `<polygon points="${pts}" fill="${(x + y) % 2 ? c.brand600 : c.accent500}" fill-opacity="0.75"/>`;
          }),
        )
        .join("")}`,
    ),
    frame(
      "",
      `<rect width="${W}" height="${H}" fill="${c.brand900}"/>${range(140)
        .map((i) => `<circle cx="${(i * 733) % W}" cy="${(i * 397) % H}" r="${3 + (i % 5) * 2}" fill="${c.brand100}" fill-opacity="${0.3 + (i % 4) * 0.15}"/>`)
        .join("")}`,
    ),
  ],
};

async function gallery() {
  for (const [album, svgs] of Object.entries(pictures)) {
    fs.mkdirSync(out(`gallery/${album}`), { recursive: true });
    for (const [i, svg] of svgs.entries()) {
      const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
      if (jpeg.length > 120_000) throw new Error(`gallery/${album}/photo-${i + 1}.jpg is ${jpeg.length} bytes, over 120 KB`);
      fs.writeFileSync(out(`gallery/${album}/photo-${i + 1}.jpg`), jpeg);
    }
  }
}

fs.mkdirSync(out("files"), { recursive: true });
await documents();
await brandBook();
await gallery();
for (const dir of ["files", ...Object.keys(pictures).map((a) => `gallery/${a}`)]) {
  for (const f of fs.readdirSync(out(dir)).filter((f) => !f.endsWith(".json"))) console.log(`${dir}/${f}\t${fs.statSync(out(`${dir}/${f}`)).size} bytes`);
}
