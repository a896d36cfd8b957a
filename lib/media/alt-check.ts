import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// The file names of images among `ids` that have no alt text in `locale`: a text that
// shows them may not go public in that language until they do.
export async function imagesMissingAlt(tx: Prisma.TransactionClient, ids: (string | null | undefined)[], locale: "ru" | "en"): Promise<string[]> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return [];
  const images = await tx.media.findMany({
    where: { id: { in: unique }, kind: "image" },
    select: { id: true, originalName: true, translations: { where: { locale }, select: { alt: true } } },
  });
  return images.filter((m) => !m.translations[0]?.alt.trim()).map((m) => m.originalName || m.id);
}
