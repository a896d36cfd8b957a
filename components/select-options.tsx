export type Option = { value: string | number; label: string };

// A select's options: each value with the label the reader sees.
export function SelectOptions({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
