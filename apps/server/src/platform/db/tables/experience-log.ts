import type { Generated } from "kysely";
import type { CreatedAt, JsonArray } from "../schema";

// The experience log (migration 3500, issue 20.3).

export interface ExperienceThemeTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  archived_at: Date | null;
  created_at: CreatedAt;
}

export interface SteeringConclusionTable {
  id: Generated<string>;
  tenant_id: string;
  area_id: string | null;
  theme_ids: JsonArray;
  saw: string;
  decided: string;
  follow_up: string;
  owner_user_id: string;
  follow_up_on: string;
  created_by_user_id: string;
  created_at: CreatedAt;
  followed_up_at: Date | null;
  followed_up_by_user_id: string | null;
  followed_up_note: string | null;
}

export interface ExperienceLogTables {
  experience_theme: ExperienceThemeTable;
  steering_conclusion: SteeringConclusionTable;
}
