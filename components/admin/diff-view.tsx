import type { FieldDiff } from "@/lib/history/diff";

// Word-level differences; removed words struck through, added ones highlighted.
export function DiffView({ diffs, fieldLabel }: { diffs: FieldDiff[]; fieldLabel: (field: string) => string }) {
  return (
    <dl className="space-y-2 text-sm">
      {diffs.map((d) => (
        <div key={d.field}>
          <dt className="font-medium">{fieldLabel(d.field)}</dt>
          <dd className="whitespace-pre-wrap">
            {d.parts.map((p, i) =>
              p.added ? (
                <ins key={i} className="bg-green-100 no-underline">
                  {p.value}
                </ins>
              ) : p.removed ? (
                <del key={i} className="bg-red-100">
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
