import type pg from "pg";

// What the synthetic rows point at, read from the seeded demo database: its 19 regions,
// its images (so cover and body images resolve under /media), topics and rating programs.

export type Reference = {
  regions: { id: string; slug: string; name: { ru: string; en: string } }[];
  imageIds: string[];
  topicIds: string[];
  programs: { id: string; isDemo: boolean; years: number[] }[];
};

export async function readReference(client: pg.Pool | pg.Client): Promise<Reference> {
  const regions = await client.query<{ id: string; slug: string; ru: string; en: string }>(`
    SELECT r.id, r.slug, max(t.name) FILTER (WHERE t.locale = 'ru') AS ru, max(t.name) FILTER (WHERE t.locale = 'en') AS en
    FROM "Region" r JOIN "RegionTranslation" t ON t."regionId" = r.id GROUP BY r.id ORDER BY r.slug`);
  // Only images described in both languages: a body image without alt text in its
  // language could not have been published.
  const images = await client.query<{ id: string }>(`
    SELECT m.id FROM "Media" m WHERE m.kind = 'image' AND m.variants <> '[]'::jsonb
      AND (SELECT count(*) FROM "MediaTranslation" t WHERE t."mediaId" = m.id AND t.alt <> '') = 2
    ORDER BY m.id`);
  const topics = await client.query<{ id: string }>(`SELECT id FROM "Topic" ORDER BY slug`);
  const programs = await client.query<{ id: string; isDemo: boolean; years: number[] }>(`
    SELECT p.id, p."isDemo", coalesce(array_agg(e.year) FILTER (WHERE e.year IS NOT NULL), '{}') AS years
    FROM "RatingProgram" p LEFT JOIN "RatingEdition" e ON e."programId" = p.id GROUP BY p.id ORDER BY p.key`);
  if (regions.rows.length === 0) throw new Error("The bench database has no regions: the demo content was not seeded.");
  return {
    regions: regions.rows.map((r) => ({ id: r.id, slug: r.slug, name: { ru: r.ru, en: r.en } })),
    imageIds: images.rows.map((r) => r.id),
    topicIds: topics.rows.map((r) => r.id),
    programs: programs.rows,
  };
}

// Synthetic rows carry this id prefix, so a re-run can remove exactly them.
export const BENCH_PREFIX = "bench-";

export async function removeSynthetic(client: pg.Pool | pg.Client) {
  // Cascades remove translations, region and topic links, and rating entries.
  await client.query(`DELETE FROM "Article" WHERE id LIKE '${BENCH_PREFIX}%'`);
  await client.query(`DELETE FROM "Practice" WHERE id LIKE '${BENCH_PREFIX}%'`);
  await client.query(`DELETE FROM "RatingEdition" WHERE id LIKE '${BENCH_PREFIX}%'`);
}

export async function countSynthetic(client: pg.Pool | pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE id LIKE '${BENCH_PREFIX}%'`);
  return rows[0]!.n;
}
