import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminLocaleSwitcher } from "@/components/admin/admin-locale-switcher";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminSignIn"))("title") };
}

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/admin");
  const t = await getTranslations("AdminSignIn");
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center gap-6 px-4">
      <h1 className="text-2xl font-semibold text-brand-900">{t("title")}</h1>
      <SignInForm />
      <AdminLocaleSwitcher />
    </main>
  );
}
