import type {
  AddMembershipRequest,
  CreateAreaRequest,
  CreateOrganisationRequest,
  CreateUnitRequest,
  CreateUserRequest,
  UpdateUnitRequest,
  UpdateUserRequest,
} from "@kring/contracts";
import type { z } from "zod";

// Request bodies of the admin API, as the contracts define them.
export type CreateOrganisationInput = z.input<typeof CreateOrganisationRequest>;
export type CreateAreaInput = z.input<typeof CreateAreaRequest>;
export type CreateUnitInput = z.input<typeof CreateUnitRequest>;
export type UpdateUnitInput = z.input<typeof UpdateUnitRequest>;
export type CreateUserInput = z.input<typeof CreateUserRequest>;
export type UpdateUserInput = z.input<typeof UpdateUserRequest>;
export type AddMembershipInput = z.input<typeof AddMembershipRequest>;
