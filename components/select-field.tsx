import { SelectOptions, type Option } from "@/components/select-options";

// A labelled <select> for GET filter forms; the label names the field alone (not its options).
export function SelectField({
  id,
  name,
  label,
  value,
  allLabel,
  options,
  wide,
}: {
  id: string;
  name: string;
  label: string;
  value?: string | number;
  allLabel: string;
  options: Option[];
  wide?: boolean;
}) {
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
