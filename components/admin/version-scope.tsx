"use client";
import { createContext, useContext, useState, type ReactNode } from "react";

type Scope = [number, (version: number) => void];
const VersionContext = createContext<Scope | null>(null);

// Forms that change the same record (a translation's text and its publication state)
// share the version they started from, so one form's save does not make the other stale.
// Only the forms' own saves move it: a colleague's save still makes it stale, as it should.
export function VersionScope({ initial, children }: { initial: number; children: ReactNode }) {
  const scope = useState(initial);
  return <VersionContext.Provider value={scope}>{children}</VersionContext.Provider>;
}

export function useVersionScope(): Scope | null {
  return useContext(VersionContext);
}

// A version token a parent shares among forms that save parts of one record (a region's
// texts and competencies): it moves only to its direct successor, so a save from this page
// that started at v and returned v + 1 keeps the other forms current, while a jump means
// someone else saved and their next save must be refused as stale.
export function useVersion(initial: number) {
  const [version, setVersion] = useState(initial);
  const advance = (next: unknown) => {
    if (typeof next === "number") setVersion((v) => (next === v + 1 ? next : v));
  };
  return [version, advance] as const;
}
