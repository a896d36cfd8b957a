import { useTranslations } from "next-intl";
import { ShareBar, type ShareLabels } from "./share-bar";

const LABELS = ["title", "copy", "copied", "email", "telegram", "vk", "print", "newWindow"] as const satisfies (keyof ShareLabels)[];

export function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = useTranslations("ShareLinks");
  return <ShareBar url={url} title={title} labels={Object.fromEntries(LABELS.map((k) => [k, t(k)])) as ShareLabels} />;
}
