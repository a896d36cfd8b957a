import { getAlbum } from "@/lib/gallery/queries";
import { routes } from "@/lib/routes";
import { itemSwitcher } from "../../../item-switcher";

export default itemSwitcher(getAlbum, (f) => (f?.type === "album" ? f.album.slugs : undefined), routes.album);
