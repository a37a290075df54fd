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
export const UpdateUserRequest = atLeastOneField(
  z.object({
    displayName: Name.optional(),
    email: Email.nullable().optional(),
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
