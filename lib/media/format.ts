// How a downloadable file is described in a list: "PDF, 1.2 MB" / «PDF, 1,2 МБ».

const TYPE_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "image/svg+xml": "SVG",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/webp": "WebP",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PPTX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "application/vnd.oasis.opendocument.presentation": "ODP",
  "application/msword": "DOC",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.ms-powerpoint": "PPT",
};

export function fileTypeLabel(mimeType: string): string {
  return TYPE_LABELS[mimeType] ?? (mimeType.split("/").pop() ?? mimeType).toUpperCase();
}

// Decimal units, as the names "kilobyte" and "megabyte" in Intl mean; one decimal below 10.
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, "megabyte"] : bytes >= 1e3 ? [bytes / 1e3, "kilobyte"] : [bytes, "byte"];
  const digits = unit !== "byte" && value < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: unit === "byte" ? "long" : "short", maximumFractionDigits: digits }).format(value);
}
