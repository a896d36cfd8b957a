import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { titleMetadata } from "@/app/admin/metadata";
import { AdminLocaleSwitcher } from "@/components/admin/admin-locale-switcher";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { isDatabaseHealthy } from "@/lib/health";

export async function generateMetadata() {
  return titleMetadata("AdminSignIn.title");
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/admin");
  // Said up front while the database is away, rather than after the editor has typed a password.
  const [t, databaseUp] = await Promise.all([getTranslations("AdminSignIn"), isDatabaseHealthy(1_000)]);
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      {!databaseUp && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("databaseDown")}
        </p>
      )}
      <SignInForm />
      <AdminLocaleSwitcher />
    </main>
  );
}
