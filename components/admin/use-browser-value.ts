"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

// A value only the browser knows (that React has hydrated, the browser's time zone): the
// server's HTML and the hydration pass use `onServer`, so they match, and the browser's value
// follows at once.
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(noSubscription, read, () => onServer);
}
