import type { Generated } from "kysely";
import type { CreatedAt, Json, Timestamp, UpdatedAt } from "../schema";

// Retention and register extracts (migration 20261208_4000, ADR 0037).

export interface RetentionRuleTable {
  tenant_id: string;
  rule: string;
  amount: number;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface LegalHoldTable {
  case_id: string;
  tenant_id: string;
  reason: string;
  placed_by: string | null;
  placed_at: CreatedAt;
}

export interface RetentionCandidateTable {
  tenant_id: string;
  rule: string;
  item_key: string;
  description: string;
  item_count: number;
  published_at: Timestamp;
}

export interface RetentionRecordTable {
  id: Generated<string>;
  tenant_id: string;
  ran_at: Timestamp;
  rule: string;
  item_key: string;
  description: string;
  removed: Json;
}

export interface AuditCheckpointTable {
  tenant_id: string;
  seq: number;
  hash: string;
  pruned_at: Timestamp;
}

export interface RetentionTables {
  retention_rule: RetentionRuleTable;
  legal_hold: LegalHoldTable;
  retention_candidate: RetentionCandidateTable;
  retention_record: RetentionRecordTable;
  audit_checkpoint: AuditCheckpointTable;
}
