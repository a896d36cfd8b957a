// npm runs a script through `sh -c`, and sh does not pass a SIGTERM on: npm and sh exit, and
// this process, re-parented, would keep serving with nobody left to stop it ("port in use" at
// the next start). So losing the parent that started it counts as that signal.
export function onParentExit(stop: () => void, intervalMs = 250): void {
  const parent = process.ppid;
  // Started by PID 1 (a container, systemd) or with no parent at all: nothing to watch.
  if (parent <= 1) return;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, intervalMs);
  timer.unref();
}
