import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localesFrom, type Locale } from "@/i18n/routing";
import type { ReactNode } from "react";
import { toQuery } from "@/lib/query-params";
import { PAGE_SIZE } from "@/lib/zod/directory";
import { SelectOptions } from "@/components/select-options";

export async function ListHeader({ title, newHref, newLabel }: { title: string; newHref: string; newLabel: string }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-semibold text-brand-900">{title}</h1>
      <Link href={newHref} className="rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
        {newLabel}
      </Link>
    </div>
  );
}

// A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared.
export async function FilterForm({ q, children }: { q?: string; children?: ReactNode }) {
  const t = await getTranslations("AdminDirectory");
  return (
    <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3 text-sm">
      <label className="flex flex-col gap-1">
        {t("search")}
        <input type="search" name="q" defaultValue={q ?? ""} maxLength={100} className="rounded border border-slate-300 px-2 py-1.5" />
      </label>
      {children}
      <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-brand-800 hover:bg-brand-50">
        {t("apply")}
      </button>
    </form>
  );
}

export async function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  const t = await getTranslations("AdminDirectory");
  return (
    <label className="flex max-w-full min-w-0 flex-col gap-1">
      {label}
      <select name={name} defaultValue={value ?? ""} className="max-w-full rounded border border-slate-300 px-2 py-1.5">
        <option value="">{t("all")}</option>
        <SelectOptions options={options} />
      </select>
    </label>
  );
}

export async function Pager({
  basePath,
  filter,
  page,
  total,
}: {
  basePath: string;
  filter: Record<string, string | number | undefined>;
  page: number;
  total: number;
}) {
  const t = await getTranslations("AdminDirectory");
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const href = (p: number) => {
    const qs = new URLSearchParams(toQuery({ ...filter, page: p })).toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <span>{t("total", { count: total })}</span>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className="underline">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

export async function EmptyRow({ colSpan }: { colSpan: number }) {
  const t = await getTranslations("AdminDirectory");
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-slate-600">
        {t("empty")}
      </td>
    </tr>
  );
}

// `name`: a record's name in one language; the heading shows it in the back office's language
// when the record has that translation, else in the other, else `title`.
export async function EditHeader({
  title,
  name,
  backHref,
  created,
}: {
  title: string;
  name?: (locale: Locale) => string;
  backHref: string;
  created?: boolean;
}) {
  const [t, [first, second]] = await Promise.all([getTranslations("AdminDirectory"), getLocale().then(localesFrom)]);
  return (
    <div className="mb-6 flex flex-col gap-2">
      <Link href={backHref} className="text-sm text-brand-700 hover:underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold text-brand-900">{name?.(first) || name?.(second) || title}</h1>
      {created ? (
        <p role="status" className="text-sm text-green-800">
          {t("created")}
        </p>
      ) : null}
    </div>
  );
}

// A locale's text in a list cell, or a dash that says the translation is missing.
export async function LocaleCell({ value }: { value?: string }) {
  const t = await getTranslations("AdminDirectory");
  return value ? (
    <>{value}</>
  ) : (
    <span className="text-slate-500" title={t("missing")}>
      —<span className="sr-only">{t("missing")}</span>
    </span>
  );
}
