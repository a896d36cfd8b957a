// Every area file of the back office for this locale; add a new area to the list here and
// in the other locale's file. The catalog deep-merges them, so areas may share namespaces.
import articles from "./ru/articles.json";
import auth from "./ru/auth.json";
import directory from "./ru/directory.json";
import media from "./ru/media.json";
import outreach from "./ru/outreach.json";
import ratings from "./ru/ratings.json";
import shell from "./ru/shell.json";
import structure from "./ru/structure.json";
import users from "./ru/users.json";

export default [shell, auth, articles, users, media, ratings, directory, structure, outreach] as const;
