import { getPractice } from "@/lib/practices/queries";
import { routes } from "@/lib/routes";
import { itemSwitcher } from "../../../item-switcher";

export default itemSwitcher(getPractice, (f) => (f?.type === "practice" ? f.practice.slugs : undefined), routes.practice);
