import { z } from "zod";
import { ProfessionalRole } from "./common";

/** One change of someone's roles, from the audit log: who changed whose role, what, when. */
export const RoleChange = z.object({
  at: z.string(),
  /** Null when the system made it (e.g. `kring user create --role`). */
  changedBy: z.string().nullable(),
  userId: z.uuid().nullable(),
  userName: z.string().nullable(),
  change: z.enum(["added", "removed"]),
  /** Null for removals recorded before the role was written into the audit entry. */
  role: ProfessionalRole.nullable(),
  unitName: z.string().nullable(),
});
export const RoleChangesResponse = z.object({ changes: z.array(RoleChange) });
