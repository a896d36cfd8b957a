import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/history/diff";

const changed = (before: string, after: string) => {
  const [diff] = diffSnapshots({ lead: before }, { lead: after }, ["lead"]);
  return {
    removed: diff!.parts.filter((p) => p.removed).map((p) => p.value.trim()),
    added: diff!.parts.filter((p) => p.added).map((p) => p.value.trim()),
  };
};

describe("what changed, word by word", () => {
  it("marks whole Russian words, with ё, not single letters", () => {
    expect(changed("Пробный лид: делегация посетила Якутию", "Обновлённый лид: делегация посетила Пермь")).toEqual({
      removed: ["Пробный", "Якутию"],
      added: ["Обновлённый", "Пермь"],
    });
  });

  it("keeps a status change as two words, and numbers and hyphenated words whole", () => {
    expect(changed("черновик", "опубликован")).toEqual({ removed: ["черновик"], added: ["опубликован"] });
    const { removed, added } = changed("Рейтинг 2023 года: 86,0 балла, IT-парк", "Рейтинг 2024 года: 87,5 балла, IT-парк");
    expect(removed.join(" ")).toMatch(/2023.*86,0/);
    expect(added.join(" ")).toMatch(/2024.*87,5/);
    expect([...removed, ...added].some((w) => /^[А-яЁё]$/.test(w))).toBe(false);
  });

  it("works the same for English", () => {
    expect(changed("The draft lead", "The final lead")).toEqual({ removed: ["draft"], added: ["final"] });
  });
});
