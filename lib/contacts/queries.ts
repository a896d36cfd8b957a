import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";

export type ContactCard = { id: string; kind: string; name: string; email: string; phone: string; address: string };

export const getContacts = unstable_cache(
  async (locale: Locale): Promise<ContactCard[]> => {
    const rows = await db.contact.findMany({ orderBy: { position: "asc" }, include: { translations: { where: { locale } } } });
    return rows.map((c) => ({
      id: c.id,
      kind: c.kind,
      email: c.email,
      phone: c.phone,
      name: c.translations[0]?.name ?? "",
      address: c.translations[0]?.address ?? "",
    }));
  },
  ["contacts"],
  { tags: [tags.contacts] },
);
