// Turns an uploaded file into text, or names why it is not a CSV file we can read. The
// checks come before parsing so a spreadsheet or an image gets a clear answer, not a
// screen of "unknown region" lines.

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function decodeCsvText(input: Uint8Array | string, maxBytes: number): { text: string } | { error: string } {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.length > maxBytes) return { error: "csv.tooLarge" };
  if (bytes.length === 0) return { error: "csv.empty" };
  // .xlsx and .ods are zip archives, old .xls is an OLE compound file.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { error: "csv.spreadsheet" };
  // "Unicode text" from spreadsheet programs is UTF-16.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return { error: "csv.encoding" };
  if (bytes.includes(0)) return { error: "csv.binary" };
  let text: string;
  try {
    // Strips a UTF-8 byte order mark, refuses anything that is not valid UTF-8 (e.g. Windows-1251).
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: "csv.encoding" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return { error: "csv.binary" };
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { error: "csv.empty" };
  return { text };
}
