import Link from "next/link";
import ru from "@/messages/ru.json";
import en from "@/messages/en.json";

// Paths outside any locale (rare: the proxy prefixes public paths) get a bilingual 404.
export default function GlobalNotFound() {
  return (
    <html lang="ru">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>{ru.NotFound.title}</h1>
        <p>
          <Link href="/ru">{ru.NotFound.home}</Link>
        </p>
        <h2 lang="en">{en.NotFound.title}</h2>
        <p lang="en">
          <Link href="/en">{en.NotFound.home}</Link>
        </p>
      </body>
    </html>
  );
}
