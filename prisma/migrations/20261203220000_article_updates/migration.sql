-- Public update notes of published texts ("Updated 3 December 2026, 14:20: …").

-- CreateTable
CREATE TABLE "ArticleUpdate" (
    "id" TEXT NOT NULL,
    "translationId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleUpdate_translationId_at_idx" ON "ArticleUpdate"("translationId", "at");

-- AddForeignKey
ALTER TABLE "ArticleUpdate" ADD CONSTRAINT "ArticleUpdate_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
