// The name a downloaded original is saved under: "<album or text slug>-07.jpg".
export const photoFileName = (slug: string, index: number, mimeType: string) =>
  `${slug}-${String(index + 1).padStart(2, "0")}.${mimeType === "image/png" ? "png" : "jpg"}`;
