"use client";
import { useCallback, useRef, useState, useTransition } from "react";
import { listMediaForPicker } from "@/lib/actions/media";
import type { PickerImage } from "@/lib/media/admin-queries";

type Result = { items: PickerImage[]; page: number; pageCount: number };

// One page of the picker's images; an answer that arrives after a newer request is dropped.
export function usePickerResults() {
  const [result, setResult] = useState<Result | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);

  const load = useCallback((q: string, page: number) => {
    const request = ++latest.current;
    startTransition(async () => {
      const state = await listMediaForPicker({ q, page }).catch(() => null);
      if (request !== latest.current) return;
      const ok = !!state?.ok && !!state.data;
      setFailed(!ok);
      if (ok) setResult(state.data as Result);
    });
  }, []);

  return { result, failed, pending, load };
}
