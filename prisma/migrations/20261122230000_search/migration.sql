-- Full-text search: a stored, generated tsvector per translation (russian or english
-- stemming by locale, title A, lead/summary B, body C) with a GIN index each.
-- No semicolons in comments here: Prisma's runner over the driver adapter splits on them.

-- The plain text of a TipTap JSON document: the text nodes of each inline run (the
-- "content" of a paragraph or heading) joined as written, a hard break as a space, runs
-- joined by spaces so paragraphs never run together. A generated column cannot hold a
-- subquery and may only call IMMUTABLE functions, hence this IMMUTABLE wrapper.
-- Malformed JSON yields '' rather than an error.
CREATE FUNCTION rich_text_plain(doc jsonb) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT coalesce(string_agg(line, ' ' ORDER BY n), '')
  FROM jsonb_path_query(doc, 'strict $.**.content ? (exists (@[*].text))') WITH ORDINALITY AS inline(nodes, n),
  LATERAL (
    SELECT string_agg(coalesce(node ->> 'text', ' '), '' ORDER BY i)
    FROM jsonb_array_elements(inline.nodes) WITH ORDINALITY AS e(node, i)
  ) AS l(line)
);

-- The text-search configuration of a locale: russian stems «регионами» to «регион».
CREATE FUNCTION search_config(locale "Locale") RETURNS regconfig
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN locale = 'ru' THEN 'pg_catalog.russian'::regconfig ELSE 'pg_catalog.english'::regconfig END;

-- The text-search parser splits words and lowercases them by the database's LC_CTYPE.
-- Under the C locale (the embedded server's) it takes every non-ASCII character for a
-- letter and leaves Cyrillic capitals alone: «Якутия» would be one word with its quotes
-- and «Регионы» would never match «регионы». search_plain turns typographic punctuation
-- and spaces into ASCII ones, search_fold also lowercases, for texts and queries alike.
-- Both are harmless on a database with a Russian-aware locale.
CREATE FUNCTION search_plain(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(t, '«»„“”‚‘’‹›—–‐‑‒−…' || U&'\00A0\2007\2009\202F', '""""",''''''''------.' || '    ');

CREATE FUNCTION search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(lower(search_plain(t)), 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя');

-- About 1,000 characters of a text around the first place where a word of the query
-- seems to occur (its stem, in lower case or capitalised), cut at word boundaries and
-- made plain. ts_headline parses and stems all it is given, milliseconds for a long
-- body, so a result's snippet is cut from this excerpt. English stems may end in "i"
-- where the word has "y" (city, citi), hence that letter is dropped for the lookup.
CREATE FUNCTION search_excerpt(doc text, config regconfig, q text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  WITH stem AS (
    SELECT CASE WHEN l LIKE '%i' THEN left(l, -1) ELSE l END AS s
    FROM unnest(tsvector_to_array(to_tsvector(config, search_fold(q)))) AS l
  ), at AS (
    SELECT greatest(1, coalesce(min(least(nullif(strpos(lower(doc), s), 0),
      nullif(strpos(doc, translate(left(s, 1), 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ') || substr(s, 2)), 0))), 1) - 200) AS n
    FROM stem
  ), win AS (
    SELECT at.n, substr(doc, at.n, 1000) AS w FROM at
  ), head AS (
    SELECT CASE WHEN win.n > 1 THEN substr(w, strpos(w, ' ') + 1) ELSE w END AS w, win.n FROM win
  )
  SELECT search_plain(CASE WHEN head.n + 1000 <= length(doc) THEN left(w, length(w) - strpos(reverse(w), ' ')) ELSE w END) FROM head
);

CREATE FUNCTION search_vector(locale "Locale", a text, b text, c jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector(search_config(locale), search_fold(coalesce(a, ''))), 'A')
    || setweight(to_tsvector(search_config(locale), search_fold(coalesce(b, ''))), 'B')
    || setweight(to_tsvector(search_config(locale), search_fold(coalesce(rich_text_plain(c), ''))), 'C');

ALTER TABLE "ArticleTranslation" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (search_vector("locale", "title", "lead", "body")) STORED;
ALTER TABLE "PageTranslation" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (search_vector("locale", "title", "description", "body")) STORED;
ALTER TABLE "RegionTranslation" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (search_vector("locale", "name", "summary", "profile")) STORED;
ALTER TABLE "PracticeTranslation" ADD COLUMN "search" tsvector
  GENERATED ALWAYS AS (search_vector("locale", "title", "summary", "body")) STORED;

CREATE INDEX "ArticleTranslation_search_idx" ON "ArticleTranslation" USING GIN ("search");
CREATE INDEX "PageTranslation_search_idx" ON "PageTranslation" USING GIN ("search");
CREATE INDEX "RegionTranslation_search_idx" ON "RegionTranslation" USING GIN ("search");
CREATE INDEX "PracticeTranslation_search_idx" ON "PracticeTranslation" USING GIN ("search");
