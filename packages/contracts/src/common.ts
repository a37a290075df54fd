import { UNIT_KINDS, ORGANISATION_KINDS, PROFESSIONAL_ROLES } from "@kring/domain";
import { z } from "zod";

export const Uuid = z.uuid();
export const IdParams = z.object({ id: z.uuid() });
export const UnitKind = z.enum(UNIT_KINDS);
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export const ProfessionalRole = z.enum(PROFESSIONAL_ROLES);
export const Locale = z.enum(["sv", "en"]);
export const UserKind = z.enum(["professional", "guardian", "child"]);
export const Ok = z.object({ ok: z.literal(true) });
