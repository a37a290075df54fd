import { sql } from "kysely";
import { publishPreview } from "../features/retention/retention.service";
import type { DemoCase } from "./demo-cases.data";
import { seedDemoCases } from "./seed-demo-cases";
import type { DemoContext } from "./seed-demo";

// Cases closed long ago, so that "Vad gallras i natt" under Administration shows something: two
// past the default five years (due), one closed four years ago (kept). Each walks the real
// process to closure and is then moved back in time.
const OLD_CASES: (DemoCase & { yearsAgo: number })[] = [
  {
    childIndex: 30,
    area: "holmsund",
    stage: "closed",
    daysAgo: 120,
    yearsAgo: 7,
    concern: "Oro för skolfrånvaro under mellanstadiet (avslutat sedan länge).",
  },
  {
    childIndex: 31,
    area: "teg",
    stage: "closed",
    daysAgo: 120,
    yearsAgo: 6,
    concern: "Behov av samordnat stöd efter en flytt (avslutat sedan länge).",
  },
  {
    childIndex: 32,
    area: "mariehem",
    stage: "closed",
    daysAgo: 120,
    yearsAgo: 4,
    concern: "Oro för kamratrelationer (avslutat för några år sedan).",
  },
];

export async function seedDemoRetention(ctx: DemoContext) {
  const { db, tenantId } = ctx;
  await seedDemoCases(ctx, OLD_CASES);
  for (const spec of OLD_CASES) {
    const years = sql`make_interval(years => ${spec.yearsAgo})`;
    await sql`update cases set requested_at = requested_at - ${years},
        closed_at = closed_at - ${years}, updated_at = updated_at - ${years}
      where tenant_id = ${tenantId} and concern = ${spec.concern}`.execute(db);
  }
  // Published now: the first night at least 20 hours on removes the two old ones.
  await publishPreview(db, tenantId, new Date());
}
