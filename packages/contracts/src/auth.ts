import { z } from "zod";
import { Locale, ProfessionalRole, UserKind } from "./common";

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
});

export const SessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  kind: UserKind,
  locale: Locale,
  tenantName: z.string(),
  memberships: z.array(
    z.object({
      unitId: z.uuid(),
      unitName: z.string(),
      unitKind: z.string(),
      role: ProfessionalRole,
    }),
  ),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

export const UpdateMeRequest = z.object({ locale: Locale });
