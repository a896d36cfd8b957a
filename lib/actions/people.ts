"use server";
import { savePerson } from "@/lib/people/mutations";
import { personFormInput, personSchema } from "@/lib/zod/people";
import { formAction, settle } from "./guard";

export const savePersonAction = formAction("structure.edit", personSchema, personFormInput, async (user, input) => settle(await savePerson(user, input)));
