-- Full-size copies of images for journalists ("Download original").
ALTER TABLE "Media" ADD COLUMN "original" JSONB;
