// Every area file of the back office for this locale; add a new area here and in en.ts.
import articles from "./en/articles.json";
import auth from "./en/auth.json";
import shell from "./en/shell.json";

export default { ...shell, ...auth, ...articles };
