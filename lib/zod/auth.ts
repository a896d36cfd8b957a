import { z } from "zod";

// Messages are keys of the AdminErrors namespace.
export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "email" })),
  password: z.string().min(1, { error: "required" }).max(128, { error: "tooLong" }),
});

export type SignInInput = z.infer<typeof signInSchema>;
