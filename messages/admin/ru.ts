// Every area file of the back office for this locale; add a new area here and in en.ts.
import articles from "./ru/articles.json";
import auth from "./ru/auth.json";
import shell from "./ru/shell.json";

export default { ...shell, ...auth, ...articles };
