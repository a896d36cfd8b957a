-- The news order (publishedAt, then id, both descending) as one index: a deep page of a
-- list skips index entries instead of sorting every published translation.

-- DropIndex
DROP INDEX "ArticleTranslation_locale_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "ArticleTranslation_locale_status_publishedAt_id_idx" ON "ArticleTranslation"("locale", "status", "publishedAt" DESC, "id" DESC);
