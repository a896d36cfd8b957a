"use client";

import { LabelledSection } from "@/components/labelled-section";
import { Link } from "@/i18n/navigation";
import { routes } from "@/lib/routes";

// Drawn as a client component: every page's payload then carries the footer's data (contacts,
// section names), not its markup, links and classes a second time.
export type FooterLabels = Record<"contacts" | "email" | "phone" | "sections" | "alerts" | "rights" | "demoNotice", string>;
type FooterContact = Record<"id" | "name" | "address" | "email" | "phone", string>;
type Props = { contacts: FooterContact[]; sections: { path: string; label: string }[]; labels: FooterLabels };

const heading = "mb-3 text-lg font-semibold text-white";

export function SiteFooterView({ contacts, sections, labels }: Props) {
  return (
    <footer className="no-print mt-16 bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-2">
        <LabelledSection id="footer-contacts" heading={heading} title={labels.contacts}>
          <ul className="space-y-4">
            {contacts.map((c) => (
              <li key={c.id}>
                <p className="font-medium text-white">{c.name}</p>
                <address className="text-sm not-italic">
                  {c.address}
                  <br />
                  {labels.email}:{" "}
                  <a className="underline hover:text-white" href={`mailto:${c.email}`}>
                    {c.email}
                  </a>
                  <br />
                  {labels.phone}:{" "}
                  <a className="underline hover:text-white" href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>
                    {c.phone}
                  </a>
                </address>
              </li>
            ))}
          </ul>
        </LabelledSection>
        <nav aria-labelledby="footer-sections">
          <h2 id="footer-sections" className={heading}>
            {labels.sections}
          </h2>
          <ul className="grid grid-cols-2 gap-2 text-sm">
            {sections.map((s) => (
              <li key={s.path}>
                <Link className="inline-block py-0.5 underline-offset-2 hover:text-white hover:underline" href={s.path}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto max-w-6xl px-4 py-4 text-xs text-brand-100">
          <p className="mb-2 text-sm">
            <Link className="underline underline-offset-2 hover:text-white" href={routes.alerts}>
              {labels.alerts}
            </Link>
          </p>
          <p>{labels.rights}</p>
          <p>{labels.demoNotice}</p>
        </div>
      </div>
    </footer>
  );
}
