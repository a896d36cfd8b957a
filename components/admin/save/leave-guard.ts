// Forms with changes not yet saved, and the one guard that asks before they are left: the
// browser's own prompt when the tab is closed or reloaded, and a confirmation before a link
// of the back office is followed (Next.js's router has no hook to refuse a navigation, so
// the click is stopped before it reaches the link's handler).
const dirty = new Set<HTMLFormElement>();
let message = "";
let armed = false;

export function setDirty(form: HTMLFormElement, isDirty: boolean) {
  if (isDirty) dirty.add(form);
  else dirty.delete(form);
}

const anyDirty = () => [...dirty].some((form) => form.isConnected);

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!anyDirty()) return;
  event.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  event.returnValue = "";
}

function onClick(event: MouseEvent) {
  if (!anyDirty() || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || (url.pathname === location.pathname && url.search === location.search)) return;
  if (window.confirm(message)) {
    dirty.clear();
    return;
  }
  event.preventDefault();
  event.stopPropagation();
}

export function armLeaveGuard(confirmMessage: string) {
  message = confirmMessage;
  if (armed || typeof window === "undefined") return;
  armed = true;
  window.addEventListener("beforeunload", onBeforeUnload);
  document.addEventListener("click", onClick, true);
}
