"use client";
import { useState } from "react";
import type { AdminEdition, AdminEntryRow, RegionOption } from "@/lib/ratings/admin-queries";
import { EntriesTable } from "./entries-table";
import { ImportForm } from "./import-form";
import { PublishForm } from "./publish-form";

type Props = { edition: AdminEdition; regions: RegionOption[]; canPublish: boolean; templateHref: string };

// The edition's forms share one version: each successful save hands the next one on, so
// saving the table and then publishing from the same page is not mistaken for a conflict.
export function EditionEditor({ edition, regions, canPublish, templateHref }: Props) {
  const [version, setVersion] = useState(edition.version);
  const [status, setStatus] = useState({ status: edition.status, publishedAt: edition.publishedAt });
  // An import replaces the rows: the table starts over from them.
  const [imported, setImported] = useState<{ rows: AdminEntryRow[]; generation: number }>({ rows: edition.rows, generation: 0 });
  return (
    <div className="flex flex-col gap-8">
      <PublishForm
        editionId={edition.id}
        version={version}
        status={status.status}
        publishedAt={status.publishedAt}
        canPublish={canPublish}
        onDone={(next, published) => {
          setVersion(next);
          setStatus(published);
        }}
      />
      <EntriesTable key={imported.generation} editionId={edition.id} version={version} initialRows={imported.rows} regions={regions} onSaved={setVersion} />
      <ImportForm
        editionId={edition.id}
        version={version}
        templateHref={templateHref}
        onImported={(next, rows) => {
          setVersion(next);
          setImported((prev) => ({ rows, generation: prev.generation + 1 }));
        }}
      />
    </div>
  );
}
