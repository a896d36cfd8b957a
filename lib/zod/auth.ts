import { z } from "zod";

// Messages are keys of the AdminErrors namespace.
export const signInSchema = z.object({
  // 254 characters is the most an address can have (RFC 5321); a longer one never reaches the
  // index of sign-in attempts, which refuses rows over about 2.7 KB.
  email: z
    .string()
    .max(254, { error: "tooLong" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "email" })),
  password: z.string().min(1, { error: "required" }).max(128, { error: "tooLong" }),
});

export type SignInInput = z.infer<typeof signInSchema>;
