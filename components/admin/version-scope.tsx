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
