import type { PersonCard as Person } from "@/lib/people/queries";

function initials(name: string) {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((w) => w[0])
    .join("");
}

export function PersonCard({ person }: { person: Person }) {
  return (
    <article className="flex flex-wrap gap-4 rounded-lg border border-slate-200 p-4">
      <div aria-hidden="true" className="grid h-20 w-20 shrink-0 place-items-center rounded-full bg-brand-100 text-xl font-semibold text-brand-800">
        {initials(person.name)}
      </div>
      {/* Beside the portrait, or under it where text at 200% leaves no room. */}
      <div className="min-w-0 flex-1 basis-32 space-y-1">
        <h2 className="text-lg font-semibold text-brand-900">{person.name}</h2>
        <p className="text-slate-700">{person.position}</p>
        {person.bio && <p className="text-sm text-slate-600">{person.bio}</p>}
      </div>
    </article>
  );
}
