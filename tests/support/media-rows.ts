import type { Locale } from "../../generated/prisma/client";
import type { createPrisma } from "../../scripts/lib/prisma";

// An image row with its alt text per locale and no file behind it, for the alt-text rules.
export const imageWithAlt = (prisma: ReturnType<typeof createPrisma>, originalName: string, alt: Partial<Record<Locale, string>>) =>
  prisma.media.create({
    data: {
      kind: "image",
      mimeType: "image/webp",
      originalName,
      translations: { create: Object.entries(alt).map(([locale, text]) => ({ locale: locale as Locale, alt: text })) },
    },
  });
