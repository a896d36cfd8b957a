import { resolveArticle } from "@/lib/articles/article";
import { routes } from "@/lib/routes";
import { itemSwitcher } from "../../../item-switcher";

export default itemSwitcher(resolveArticle, (f) => (f?.type === "article" ? f.article.slugs : undefined), routes.article);
