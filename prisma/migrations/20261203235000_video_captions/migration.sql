-- Captions of video files, one WebVTT file per language.
ALTER TABLE "Media" ADD COLUMN "captions" JSONB;
