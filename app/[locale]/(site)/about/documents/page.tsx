import { documentsPage } from "@/components/documents-page";
import { routes } from "@/lib/routes";

const { generateMetadata, DocumentsPage } = documentsPage(routes.documents, "documents");

export { generateMetadata };
export default DocumentsPage;
