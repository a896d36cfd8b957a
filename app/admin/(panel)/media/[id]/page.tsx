import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CaptionsForm } from "@/components/admin/media/captions-form";
import { MediaDeleteForm } from "@/components/admin/media/media-delete-form";
import { MediaDetails } from "@/components/admin/media/media-details";
import { MediaEditForm } from "@/components/admin/media/media-edit-form";
import { MediaUsages } from "@/components/admin/media/media-usages";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getMediaForEdit, mediaFieldValue, type MediaForEdit } from "@/lib/media/admin-queries";

type Props = PageProps<"/admin/media/[id]">;

// Shared by the metadata and the page, so the record is read once.
const load = cache(getMediaForEdit);

// A file's name; a video without a file (hosted elsewhere) is named by its title, which is
// kept as its alternative text, in the UI's language first.
async function mediaName(media: MediaForEdit): Promise<string | null> {
  if (media.originalName || media.kind === "image") return media.originalName || null;
  const locale = (await getLocale()) === "en" ? "en" : "ru";
  return media.texts[locale].alt || media.texts[locale === "en" ? "ru" : "en"].alt || null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePageUser("media.upload");
  const media = await load((await params).id);
  return { title: (media && (await mediaName(media))) || (await getTranslations("AdminMedia"))("title") };
}

export default async function MediaItemPage({ params }: Props) {
  const user = await requirePageUser("media.upload");
  const media = await load((await params).id);
  if (!media) notFound();
  // Authors may delete only what they uploaded (lib/actions/media.ts checks it again).
  const mayDelete = can(user.role, "content.publish") || media.createdById === user.id;
  const t = await getTranslations("AdminMedia");
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/media" className="self-start text-sm text-link">
        ← {t("edit.back")}
      </Link>
      <h1 className="text-2xl font-semibold break-all text-brand-900">{(await mediaName(media)) || t("list.unnamed")}</h1>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <MediaEditForm
          id={media.id}
          version={media.version}
          isImage={media.kind === "image"}
          texts={media.texts}
          poster={media.kind === "video" ? await mediaFieldValue(media.posterId) : undefined}
        />
        {media.kind === "video" && media.fileUrl && <CaptionsForm id={media.id} captions={media.captions} />}
        <div className="flex flex-col gap-6">
          <MediaDetails media={media} />
          <MediaUsages usages={media.usages} />
          {mayDelete && <MediaDeleteForm id={media.id} inUse={media.usages.length > 0} />}
        </div>
      </div>
    </div>
  );
}
