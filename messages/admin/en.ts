// Every area file of the back office for this locale; add a new area to the list here and
// in the other locale's file. The catalog deep-merges them, so areas may share namespaces.
import articles from "./en/articles.json";
import auth from "./en/auth.json";
import directory from "./en/directory.json";
import media from "./en/media.json";
import outreach from "./en/outreach.json";
import ratings from "./en/ratings.json";
import shell from "./en/shell.json";
import structure from "./en/structure.json";
import users from "./en/users.json";

export default [shell, auth, articles, users, media, ratings, directory, structure, outreach] as const;
