import { getTranslations } from "next-intl/server";
import type { MediaUsage } from "@/lib/media/usages";
import { LabelledSection } from "@/components/labelled-section";

export async function MediaUsages({ usages }: { usages: MediaUsage[] }) {
  const t = await getTranslations("AdminMedia.usage");
  return (
    <LabelledSection
      id="media-usage-heading"
      className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4 text-sm"
      heading="text-lg font-semibold"
      title={t("heading")}
    >
      {usages.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {usages.map((u) => (
            <li key={`${u.type}:${u.id}`}>
              <span className="text-slate-600">{t(`types.${u.type}`)}:</span> {u.title || t("untitled")}
            </li>
          ))}
        </ul>
      )}
    </LabelledSection>
  );
}
