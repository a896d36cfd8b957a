import { isLocale } from "@/i18n/routing";
import { getTranslations } from "next-intl/server";
import { ratingCsvFileName, ratingEditionCsv, type CsvDialect } from "@/lib/ratings/csv";
import { getRatingEdition } from "@/lib/ratings/queries";
import { decodeSegment } from "@/lib/url";

type Context = RouteContext<"/[locale]/projects/[program]/[year]/csv">;

// The Russian file is for Russian-locale spreadsheets (";", decimal comma, Russian headers); the
// English one for English ones ("," and a decimal point; its headers are the stable column names).
async function dialectFor(locale: "ru" | "en"): Promise<CsvDialect> {
  const t = await getTranslations({ locale, namespace: "RatingCsv" });
  const separators = locale === "ru" ? ({ delimiter: ";", decimal: "," } as const) : ({ delimiter: ",", decimal: "." } as const);
  return { ...separators, header: [t("rank"), t("code"), t("region"), t("score"), t("demo")], yes: t("yes"), no: t("no") };
}

// One edition as a spreadsheet-friendly CSV download; region names in the URL's locale.
export async function GET(_request: Request, { params }: Context) {
  const { locale, program, year } = await params;
  const key = decodeSegment(program);
  if (!isLocale(locale) || key === null || !/^\d{4}$/.test(year)) return new Response("Not found", { status: 404 });
  const edition = await getRatingEdition(locale, key, Number(year));
  if (!edition) return new Response("Not found", { status: 404 });
  return new Response(ratingEditionCsv(edition, await dialectFor(locale)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ratingCsvFileName(edition.program.key, edition.year, locale)}"`,
    },
  });
}
