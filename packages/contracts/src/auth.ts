import { z } from "zod";
import { Locale, ProfessionalRole, UserKind } from "./common";
import { FreeText, RawText, Text } from "./input";

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

/** What a session opened by password must do before anything else. */
export const PendingStep = z.enum(["second_factor", "change_password", "enrol_second_factor"]);
export type PendingStep = z.infer<typeof PendingStep>;

export const SessionResponse = z.object({
  user: SessionUser,
  csrfToken: z.string(),
  pending: PendingStep.nullable(),
  /** Whether the user has a confirmed second factor (TOTP). */
  secondFactor: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const UpdateMeRequest = z.object({ locale: Locale });

/** A password someone sets; the server also refuses common ones. */
export const NewPassword = RawText(500).min(12);

export const ChangePasswordRequest = z.object({
  currentPassword: RawText(500).min(1),
  newPassword: NewPassword,
});

/** A six-digit code from the authenticator app, or a recovery code. */
export const SecondFactorRequest = z.object({ code: FreeText(40).min(6) });

export const EnrolmentResponse = z.object({
  secret: z.string(),
  uri: z.string(),
  /** The URI as a QR code image (data: URL, PNG). */
  qrCode: z.string(),
});

export const RecoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
