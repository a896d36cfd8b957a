"use client";
import { AdminError } from "@/components/admin/admin-error";

// Catches what the panel's layout cannot (the session check reads the database) and the sign-in page.
export default AdminError;
