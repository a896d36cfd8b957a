-- Telegram cross-posting per text, and the IndexNow queue of changed addresses.
ALTER TABLE "ArticleTranslation" ADD COLUMN "telegramOff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "telegramText" TEXT;

CREATE TABLE "IndexNowUrl" (
    "url" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndexNowUrl_pkey" PRIMARY KEY ("url")
);

CREATE TABLE "TelegramPost" (
    "id" TEXT NOT NULL,
    "translationId" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "messageId" INTEGER,
    "photo" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "TelegramPost_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TelegramPost_translationId_key" ON "TelegramPost"("translationId");

ALTER TABLE "TelegramPost" ADD CONSTRAINT "TelegramPost_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "ArticleTranslation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
