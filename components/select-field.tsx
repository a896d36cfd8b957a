import { SelectOptions, type Option } from "@/components/select-options";
type Field = { name: string; label: string; value?: string | number; allLabel: string; options: Option[]; wide?: boolean };

// A labelled <select> for GET filter forms; the label names the field alone (not its options).
export function SelectField({ id, name, label, value, allLabel, options, wide }: Field & { id: string }) {
  return (
    // A select is as wide as its longest option; on a phone it must stay within the form.
    <div className="flex max-w-full min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className={`max-w-full rounded border border-slate-300 bg-white px-2 py-1.5 ${wide ? "w-full" : ""}`}
      >
        <option value="">{allLabel}</option>
        <SelectOptions options={options} />
      </select>
    </div>
  );
}

// A filter form's selects, in order; ids carry the form's name (news-region, search-year).
export function SelectFields({ form, fields }: { form: string; fields: Field[] }) {
  return fields.map((f) => <SelectField key={f.name} id={`${form}-${f.name}`} {...f} />);
}

export const namedOptions = (items: { slug: string; name: string }[]) => items.map((r) => ({ value: r.slug, label: r.name }));
export const yearOptions = (years: number[]) => years.map((y) => ({ value: y, label: String(y) }));
