import type { Metadata } from "next";
import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";
import { getTranslations } from "next-intl/server";

// A back-office page's `generateMetadata`: its title is one message, e.g. "AdminContacts.title".
export function titleMetadata(key: MessageKeys<Messages, NestedKeyOf<Messages>>) {
  return async (): Promise<Metadata> => ({ title: (await getTranslations())(key) });
}
