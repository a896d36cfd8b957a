"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";

export type NavItem = { href: string; label: string; children?: NavItem[] };
type Labels = { nav: string; menu: string; close: string; toggle: string[] };

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function SubList({ items, pathname, depth }: { items: NavItem[]; pathname: string; depth: number }) {
  return (
    <ul className={depth > 1 ? "ml-3 border-l border-slate-200 pl-2" : ""}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={pathname === item.href ? "page" : undefined} className="nav-sublink">
            {item.label}
          </Link>
          {item.children && <SubList items={item.children} pathname={pathname} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}

export function SiteNav({ items, labels }: { items: NavItem[]; labels: Labels }) {
  const pathname = usePathname();
  const [mobileOpen, setMobileOpen] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const id = useId();

  // Close menus after navigation (state reset during render, not in an effect).
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setMobileOpen(false);
    setOpen(null);
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      if (open !== null) document.getElementById(`${id}-btn-${open}`)?.focus();
      setOpen(null);
    };
    const onClick = (e: MouseEvent) => {
      if (!navRef.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open, id]);

  return (
    <nav ref={navRef} aria-label={labels.nav} className="menu:flex-1">
      {/* A link to the panel, so that without JavaScript the :target rule still opens it. */}
      <a
        href="#site-menu"
        role="button"
        className="block rounded border border-slate-300 px-3 py-2 text-sm font-medium menu:hidden"
        aria-expanded={mobileOpen}
        aria-controls="site-menu"
        onClick={(e) => {
          e.preventDefault();
          setMobileOpen((v) => !v);
        }}
        onKeyDown={(e) => {
          if (e.key !== " ") return;
          e.preventDefault();
          setMobileOpen((v) => !v);
        }}
      >
        {mobileOpen ? labels.close : labels.menu}
      </a>
      <ul
        id="site-menu"
        className={`${mobileOpen ? "block" : "hidden"} target:block absolute inset-x-0 top-full z-40 max-h-[80vh] overflow-y-auto border-b border-slate-200 bg-white p-3 shadow-lg menu:static menu:flex menu:max-h-none menu:gap-1 menu:overflow-visible menu:border-0 menu:p-0 menu:shadow-none`}
      >
        {items.map((item, i) => (
          <li key={item.href} className="group relative">
            <div className="flex items-center">
              <Link
                href={item.href}
                aria-current={pathname === item.href ? "page" : undefined}
                className={`rounded px-3 py-2 font-medium hover:bg-brand-50 hover:text-brand-800 ${isCurrent(pathname, item.href) ? "text-brand-800 underline decoration-2 underline-offset-8" : "text-slate-800"}`}
              >
                {item.label}
              </Link>
              {item.children && (
                <button
                  id={`${id}-btn-${i}`}
                  type="button"
                  aria-expanded={open === i}
                  aria-controls={`${id}-sub-${i}`}
                  aria-label={labels.toggle[i]}
                  onClick={() => setOpen(open === i ? null : i)}
                  className="hidden rounded p-2 text-slate-600 hover:bg-brand-50 menu:block"
                >
                  <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className={open === i ? "rotate-180" : ""}>
                    <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                </button>
              )}
            </div>
            {item.children && (
              <div id={`${id}-sub-${i}`} className={`nav-submenu ${open === i ? "menu:block" : "menu:hidden menu:group-hover:block"}`}>
                <SubList items={item.children} pathname={pathname} depth={1} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
