import { sql } from "kysely";

/**
 * Network members appointed in one step join at the same instant, so `joined_at` alone gives no
 * order between them: after it, the lead coordinator comes first, then the documenting one, then
 * the member's id, so every list of members (case page, family view, PDF) has one stable order.
 * For queries that name the member table `m`.
 */
export const APPOINTED_ORDER = sql<number>`case m.role when 'coordinator_lead' then 0 when 'coordinator_documenting' then 1 else 2 end`;
