import { SiteLocaleSwitcher } from "@/components/site-locale-switcher";

// A not-found or error page, whose path matched no slot page.
export default function DefaultSwitcher() {
  return <SiteLocaleSwitcher />;
}
