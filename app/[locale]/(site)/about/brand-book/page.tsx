import { documentsPage } from "@/components/documents-page";
import { routes } from "@/lib/routes";

const { generateMetadata, DocumentsPage } = documentsPage(routes.brandBook, "brandBook");

export { generateMetadata };
export default DocumentsPage;
