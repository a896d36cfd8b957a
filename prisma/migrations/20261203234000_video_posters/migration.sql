-- A video's poster: an image of the library, forgotten if that image is deleted.
ALTER TABLE "Media" ADD COLUMN "posterId" TEXT;

ALTER TABLE "Media" ADD CONSTRAINT "Media_posterId_fkey" FOREIGN KEY ("posterId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
