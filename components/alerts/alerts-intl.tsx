import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

// The public site sends its client components only the messages they use (the layout's
// provider has the error page's alone); the alerts forms get their own namespace here.
export async function AlertsIntl({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ Alerts: messages.Alerts }}>{children}</NextIntlClientProvider>;
}
