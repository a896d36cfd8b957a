"use client";
import { useTranslations } from "next-intl";
import type { CsvIssue } from "@/lib/ratings/import";

// The file's problems by line, in the editor's language. Cell values are shown as text
// only, so a hostile cell (a formula, markup) is just an unknown region name here.
export function ImportIssues({ issues, total }: { issues: CsvIssue[]; total: number }) {
  const t = useTranslations("AdminRatings.import");
  const e = useTranslations("AdminErrors");
  if (issues.length === 0) return null;
  const message = (issue: CsvIssue) => {
    const key = issue.key as never;
    return e.has(key) ? e(key, issue.values as never) : e("invalid");
  };
  return (
    <section aria-labelledby="import-issues-heading" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <h3 id="import-issues-heading" className="font-semibold">
        {t("issues")}
      </h3>
      <ul className="mt-2 flex list-none flex-col gap-1">
        {issues.map((issue, i) => (
          <li key={i}>
            <span className="font-medium">
              {issue.line > 0 ? t("line", { line: issue.line }) : t("wholeFile")}
              {issue.field ? `, ${t(`fields.${issue.field}`)}` : ""}:
            </span>{" "}
            {message(issue)}
          </li>
        ))}
      </ul>
      {total > issues.length && <p className="mt-2">{t("more", { count: total - issues.length })}</p>}
    </section>
  );
}
