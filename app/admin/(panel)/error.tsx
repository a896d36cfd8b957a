"use client";
import { AdminError } from "@/components/admin/admin-error";

// A failing page inside the panel keeps the navigation around it.
export default AdminError;
