"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { armLeaveGuard, setDirty } from "./leave-guard";
import { readFields, writeFields, type Fields } from "./form-fields";

type Stored = { savedAt: string; version: number; fields: Fields };
export type Draft = { savedAt: string; stale: boolean; restore: () => void; discard: () => void } | null;

const PREFIX = "airr:draft:";
const WRITE_DELAY_MS = 400;

function load(key: string): Stored | null {
  try {
    const stored = JSON.parse(localStorage.getItem(PREFIX + key) ?? "null") as Stored | null;
    return stored && Array.isArray(stored.fields) ? stored : null;
  } catch {
    return null;
  }
}

const same = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b);

// Typing is not lost, as in the editors people know: a form with changes not yet saved is
// guarded against closing the tab and leaving through a link (leave-guard.ts), and, with a
// draft key, a copy of its fields is kept in this browser until a save succeeds. The copy is
// offered back when the form opens again after a closed tab or a crash, saying so when a newer
// version was saved since; while the offer stands, nothing overwrites the copy.
export function useUnsaved(draftKey: string | undefined, version: number) {
  const t = useTranslations("AdminDraft");
  const form = useRef<HTMLFormElement | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const offering = useRef(false);
  const [offer, setOffer] = useState<Stored | null>(null);
  const versionRef = useRef(version);
  useEffect(() => {
    versionRef.current = version;
  }, [version]);

  const write = useCallback(() => {
    if (!draftKey || !form.current || offering.current) return;
    const stored: Stored = { savedAt: new Date().toISOString(), version: versionRef.current, fields: readFields(form.current) };
    try {
      localStorage.setItem(PREFIX + draftKey, JSON.stringify(stored));
    } catch {
      // A full or disabled storage: the leave guard still protects the typing.
    }
  }, [draftKey]);

  const onEdit = useCallback(() => {
    if (!form.current) return;
    setDirty(form.current, true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(write, WRITE_DELAY_MS);
  }, [write]);

  const formRef = useCallback(
    (element: HTMLFormElement | null) => {
      if (form.current) {
        form.current.removeEventListener("input", onEdit);
        form.current.removeEventListener("change", onEdit);
        setDirty(form.current, false);
      }
      form.current = element;
      if (!element) return;
      armLeaveGuard(t("leaveConfirm"));
      element.addEventListener("input", onEdit);
      element.addEventListener("change", onEdit);
    },
    [onEdit, t],
  );

  // The copy left by an earlier visit, offered when it differs from what the form shows.
  useEffect(() => {
    if (!draftKey || !form.current) return;
    const stored = load(draftKey);
    if (!stored) return;
    if (same(stored.fields, readFields(form.current))) return localStorage.removeItem(PREFIX + draftKey);
    offering.current = true;
    setOffer(stored);
  }, [draftKey]);

  const settle = () => {
    offering.current = false;
    setOffer(null);
  };
  const draft: Draft = offer && {
    savedAt: offer.savedAt,
    stale: offer.version !== version,
    restore: () => {
      settle();
      if (form.current) writeFields(form.current, offer.fields);
    },
    discard: () => {
      settle();
      if (draftKey) localStorage.removeItem(PREFIX + draftKey);
    },
  };

  const saved = () => {
    if (timer.current) clearTimeout(timer.current);
    if (form.current) setDirty(form.current, false);
    if (draftKey) localStorage.removeItem(PREFIX + draftKey);
    settle();
  };

  return { formRef, draft, saved };
}
