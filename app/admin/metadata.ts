import type { Metadata } from "next";
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";

// A back-office page's metadata when its title is one message, e.g. "AdminContacts.title".
export async function titleMetadata(key: MessageKeys<Messages, NestedKeyOf<Messages>>): Promise<Metadata> {
  return { title: (await getTranslations())(key) };
}
