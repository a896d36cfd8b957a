"use client";

import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

// Replaces the root layout when the layout itself fails (the site header's or footer's reads
// while the database is away and nothing is cached). It cannot rely on the locale's messages
// provider, so it says the same in both languages; no error detail is ever shown.
export default function GlobalError() {
  return (
    <html lang="ru">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>{ru.ErrorPage.title}</h1>
        <p>{ru.ErrorPage.text}</p>
        <h2 lang="en">{en.ErrorPage.title}</h2>
        <p lang="en">{en.ErrorPage.text}</p>
        <p>
          <a href="">{ru.ErrorPage.retry}</a> ·{" "}
          <a href="" lang="en">
            {en.ErrorPage.retry}
          </a>
        </p>
      </body>
    </html>
  );
}
