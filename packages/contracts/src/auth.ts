import { z } from "zod";
import { Locale, ProfessionalRole, UserKind } from "./common";
import { RawText, Text } from "./input";

export const LoginRequest = z.object({
  username: Text(200),
  password: RawText(500).min(1),
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
