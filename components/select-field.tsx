type Option = { value: string | number; label: string };

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
    <div className={`flex flex-col gap-1 text-sm ${wide ? "max-w-full" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={`rounded border border-slate-300 bg-white px-2 py-1.5 ${wide ? "w-full" : ""}`}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
