"use client";

// Server components link through this client module rather than next-intl's server Link. That
// one hands its client part a ref, a locale and the cookie settings on every link, which a
// page's inline payload then spells out for each of its links (a hundred on the home page);
// from here the payload carries what the caller gives: href, class and text.
export { Link } from "./navigation";
