import { z } from "zod";
import { OrganisationKind, ProfessionalRole, UnitKind, UserKind } from "./common";
import { Email, FreeText, RawText, Text, atLeastOneField } from "./input";

const Name = Text(200);

export const Organisation = z.object({ id: z.uuid(), name: z.string(), kind: OrganisationKind });
export const Area = z.object({ id: z.uuid(), organisationId: z.uuid(), name: z.string() });
export const Unit = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  areaId: z.uuid().nullable(),
  name: z.string(),
  kind: UnitKind,
});
export type Unit = z.infer<typeof Unit>;

export const StructureResponse = z.object({
  organisations: z.array(Organisation),
  areas: z.array(Area),
  units: z.array(Unit),
});
export type StructureResponse = z.infer<typeof StructureResponse>;

export const CreateOrganisationRequest = z.object({ name: Name, kind: OrganisationKind });
export const CreateAreaRequest = z.object({ organisationId: z.uuid(), name: Name });
export const CreateUnitRequest = z.object({
  organisationId: z.uuid(),
  areaId: z.uuid().nullable(),
  name: Name,
  kind: UnitKind,
});
export const UpdateUnitRequest = atLeastOneField(CreateUnitRequest.partial());

export const UserMembership = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  role: ProfessionalRole,
});

export const AdminUser = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  kind: UserKind,
  active: z.boolean(),
  locked: z.boolean(),
  /** Has a confirmed second factor (TOTP). */
  secondFactor: z.boolean(),
  /** The second factor was removed by an administrator: a new one is enrolled at next sign-in. */
  mustEnrolSecondFactor: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Keys a staff identity provider may match the account by (ADR 0039). */
  hsaId: z.string().nullable(),
  eppn: z.string().nullable(),
  memberships: z.array(UserMembership),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const UserListQuery = z.object({ q: FreeText(100).optional() });
export const UserListResponse = z.object({ users: z.array(AdminUser) });

export const CreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(100)
    .regex(/^[a-zA-Z0-9._@-]+$/),
  displayName: Name,
  email: Email.nullable().optional(),
  kind: UserKind.default("professional"),
  password: RawText(500).min(12),
});

/** A new password set by an administrator; the user must choose their own at next sign-in. */
export const ResetPasswordRequest = z.object({ password: RawText(500).min(12) });
/**
 * An HSA-id: "SE", the organisation number (ten digits), a hyphen and the person's part, at most
 * 31 characters (e.g. SE2321000016-abc1).
 */
export const HsaId = z
  .string()
  .trim()
  .max(31)
  .regex(/^SE\d{10}-[A-Za-z0-9]+$/i);
/** An eduPersonPrincipalName: user@domain, the domain with at least one dot. */
export const Eppn = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/);

export const UpdateUserRequest = atLeastOneField(
  z.object({
    displayName: Name.optional(),
    email: Email.nullable().optional(),
    /** null removes it. */
    hsaId: HsaId.nullable().optional(),
    eppn: Eppn.nullable().optional(),
    active: z.boolean().optional(),
    unlock: z.literal(true).optional(),
  }),
);

export const AddMembershipRequest = z.object({ unitId: z.uuid(), role: ProfessionalRole });
export const MembershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });

/** Colleagues in a unit, to appoint or invite: names and roles only, no child data. */
export const UnitPeopleResponse = z.object({
  people: z.array(z.object({ userId: z.uuid(), displayName: z.string(), role: ProfessionalRole })),
});
