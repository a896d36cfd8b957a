import { z } from "zod";

const text = z.string().trim().min(1);
export const localized = z.object({ ru: text, en: text }).strict();
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase Latin letters, digits and single hyphens")
  .max(120);
const regionCode = z.string().regex(/^RU-[A-Z]{2,3}$/, "must be an ISO 3166-2 code such as RU-TA");

export const competenciesFile = z.array(z.object({ slug, name: localized }).strict()).min(1);

export const regionFile = z
  .object({ code: regionCode, slug, name: localized, capital: localized, competencies: z.array(slug), summary: localized, profile: localized })
  .strict();

export const peopleFile = z.array(
  z
    .object({
      id: slug,
      name: localized,
      position: localized,
      boards: z.array(z.enum(["directorate", "council", "supervisory-board"])).min(1),
      order: z.number().int().min(0),
    })
    .strict(),
);

export const articleMetaFile = z
  .object({
    kind: z.enum(["news", "press-release", "event", "interview"]),
    publishedAt: z.iso.datetime({ offset: true }),
    regions: z.array(regionCode),
    author: z.union([text, localized]).optional(),
    source: z
      .object({ name: text, url: z.url({ protocol: /^https?$/ }) })
      .strict()
      .optional(),
    // A photo of a gallery album ("gallery/<album>/<file>"), whose alt text and caption it shares.
    cover: z
      .string()
      .regex(/^gallery\/[a-z0-9-]+\/[\w.-]+\.(jpe?g|png|webp)$/, "must be gallery/<album>/<photo file>")
      .optional(),
  })
  .strict();

// An update its editors told readers about ("Updated <at>: <note>").
const articleUpdate = z.object({ at: z.iso.datetime({ offset: true }), note: text.max(500) }).strict();

export const articleTextFrontMatter = z
  // previousSlugs: URLs this text had before (say, on the old site); they redirect permanently.
  .object({
    slug,
    title: text.max(300),
    lead: text.max(1000),
    description: z.string().max(300).optional(),
    previousSlugs: z.array(slug).default([]),
    updates: z.array(articleUpdate).default([]),
  })
  .strict();

export const pageFrontMatter = z.object({ title: text.max(200), description: z.string().max(300).default("") }).strict();

const ratingEntry = z.object({ region: regionCode, rank: z.number().int().min(1), score: z.number().min(0).max(1000) }).strict();

export const ratingFile = z
  .object({
    key: slug,
    title: localized,
    description: localized,
    demo: z.boolean(),
    editions: z.array(
      z
        .object({ year: z.number().int().min(2000).max(2100), entries: z.array(ratingEntry).min(1) })
        .strict()
        .superRefine((edition, ctx) => {
          const seen = { rank: new Set<number>(), region: new Set<string>() };
          edition.entries.forEach((entry, i) => {
            if (seen.rank.has(entry.rank)) ctx.addIssue({ code: "custom", path: ["entries", i, "rank"], message: `rank ${entry.rank} appears twice` });
            if (seen.region.has(entry.region)) ctx.addIssue({ code: "custom", path: ["entries", i, "region"], message: `${entry.region} appears twice` });
            seen.rank.add(entry.rank);
            seen.region.add(entry.region);
          });
        }),
    ),
  })
  .strict();

export const contactsFile = z.array(
  z.object({ id: slug, kind: z.enum(["press", "office"]), name: localized, email: z.email(), phone: text, address: localized }).strict(),
);

export const topicsFile = z.array(z.object({ slug, name: localized }).strict()).min(1);

export const practiceMetaFile = z.object({ region: regionCode, topics: z.array(slug).min(1), publishedAt: z.iso.datetime({ offset: true }) }).strict();

export const practiceTextFrontMatter = z.object({ slug, title: text.max(300), summary: text.max(1000) }).strict();
