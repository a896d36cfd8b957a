import "server-only";
import type { Locale, Prisma } from "@/generated/prisma/client";
import { refuseField } from "@/lib/saving/core";

// A slug is taken in its locale by another practice's translation, and also by another
// practice's old slug: that URL keeps redirecting, so it is never given to a new text.
export async function claimSlug(tx: Prisma.TransactionClient, practiceId: string, locale: Locale, slug: string) {
  const [taken, redirect] = await Promise.all([
    tx.practiceTranslation.findFirst({ where: { locale, slug, practiceId: { not: practiceId } }, select: { id: true } }),
    tx.slugRedirect.findFirst({ where: { entityType: "practice", locale, fromSlug: slug, entityId: { not: practiceId } }, select: { id: true } }),
  ]);
  if (taken || redirect) refuseField("slug", "slugTaken");
  // Taking back one of its own old slugs: that URL is the practice's again, not a redirect.
  await tx.slugRedirect.deleteMany({ where: { entityType: "practice", locale, fromSlug: slug, entityId: practiceId } });
}

// The old URL of a published translation answers with a permanent redirect to the new one.
export async function keepOldSlug(tx: Prisma.TransactionClient, practiceId: string, locale: Locale, fromSlug: string) {
  await tx.slugRedirect.upsert({
    where: { entityType_locale_fromSlug: { entityType: "practice", locale, fromSlug } },
    create: { entityType: "practice", locale, fromSlug, entityId: practiceId },
    update: { entityId: practiceId },
  });
}
