-- Suggestions for misspelt searches: the words of titles closest to a query's word, found by
-- trigram similarity (pg_trgm, a trusted extension any database owner may create).
-- Under the C locale (the embedded server's) pg_trgm sees no letters in Cyrillic, so both
-- sides are compared in a Latin transliteration, search_translit, which also lets a Latin
-- query on the Russian site ("Perm") find its Russian word ("пермь"). The article titles,
-- thousands of them, get a trigram index of that form, which the word-similarity operator
-- of the suggestion query uses. The other titles are few.
-- No semicolons in comments here: Prisma's runner over the driver adapter splits on them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION search_translit(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN translate(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(search_fold(t),
    'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ё', 'e'),
  'абвгдезийклмнопрстуфыэъь', 'abvgdeziyklmnoprstufye');

CREATE INDEX "ArticleTranslation_title_trgm_idx" ON "ArticleTranslation" USING gin (search_translit(title) gin_trgm_ops) WHERE status = 'published';

-- The excerpt of a result as written: the query makes it plain for ts_headline, then puts the
-- text's own quotes and dashes back (search_plain maps each character to exactly one).
CREATE OR REPLACE FUNCTION search_excerpt(doc text, config regconfig, q text) RETURNS text
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
  SELECT CASE WHEN head.n + 1000 <= length(doc) THEN left(w, length(w) - strpos(reverse(w), ' ')) ELSE w END FROM head
);
