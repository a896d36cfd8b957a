import type { routing } from "@/i18n/routing";
import type { Messages as CatalogMessages } from "./messages/catalog";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: CatalogMessages;
  }
}
