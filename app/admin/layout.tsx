import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: { default: "AIRR", template: "%s — AIRR" }, robots: { index: false, follow: false } };

// The back office's own document: its language is the editor's choice, not the URL's.
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  // Client forms of the back office read their strings directly; the public site's stay on the server.
  const adminMessages = Object.fromEntries(Object.entries(messages).filter(([ns]) => ns.startsWith("Admin")));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50">
        <NextIntlClientProvider messages={adminMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
