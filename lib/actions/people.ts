"use server";
import { savePerson } from "@/lib/people/mutations";
import { settleSave } from "@/lib/publishing/settle-save";
import { personFormInput, personSchema } from "@/lib/zod/people";
import { formAction } from "./guard";

export const savePersonAction = formAction("structure.edit", personSchema, personFormInput, async (user, input) => settleSave(await savePerson(user, input)));
