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

-- E-mail alerts: subscribers with their consent, and one row per message sent.
CREATE TYPE "AlertScope" AS ENUM ('all', 'press');
CREATE TYPE "AlertFrequency" AS ENUM ('immediate', 'weekly');
CREATE TYPE "SubscriberStatus" AS ENUM ('pending', 'active', 'unsubscribed');

CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "scope" "AlertScope" NOT NULL DEFAULT 'all',
    "frequency" "AlertFrequency" NOT NULL DEFAULT 'immediate',
    "status" "SubscriberStatus" NOT NULL DEFAULT 'pending',
    "token" TEXT NOT NULL,
    "consentText" TEXT NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "consentIp" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "digestUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Subscriber_token_key" ON "Subscriber"("token");
CREATE UNIQUE INDEX "Subscriber_email_locale_key" ON "Subscriber"("email", "locale");
CREATE INDEX "Subscriber_status_locale_frequency_idx" ON "Subscriber"("status", "locale", "frequency");

CREATE TABLE "_RegionToSubscriber" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_RegionToSubscriber_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE INDEX "_RegionToSubscriber_B_index" ON "_RegionToSubscriber"("B");
ALTER TABLE "_RegionToSubscriber" ADD CONSTRAINT "_RegionToSubscriber_A_fkey" FOREIGN KEY ("A") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_RegionToSubscriber" ADD CONSTRAINT "_RegionToSubscriber_B_fkey" FOREIGN KEY ("B") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "MailDelivery" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MailDelivery_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MailDelivery_key_key" ON "MailDelivery"("key");
CREATE INDEX "MailDelivery_recipient_kind_createdAt_idx" ON "MailDelivery"("recipient", "kind", "createdAt");

-- The press list for advance copies under embargo.
CREATE TABLE "Journalist" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "outlet" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "locales" "Locale"[],
    "token" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "Journalist_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Journalist_email_key" ON "Journalist"("email");
CREATE UNIQUE INDEX "Journalist_token_key" ON "Journalist"("token");
ALTER TABLE "Journalist" ADD CONSTRAINT "Journalist_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
