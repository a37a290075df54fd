import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, connectDatabase } from "../../src/platform/db/connect";
import { migrateToLatest } from "../../src/platform/db/migrate";

// Migration 0500 moves the marks into the progress rows and keeps each pupil's place there: a
// database of the release before must come through with nothing lost. Run on the embedded
// database in either suite: migrating an empty PostgreSQL database part way is no different.

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await connectDatabase({ dataDir: "memory://" });
  await migrateToLatest(handle.db, "20261125_0400_attendance_progress");
});
afterAll(() => handle.close());

const entry = (step: number, from: string) => ({
  step,
  from,
  reason: { code: "absence_share", triggerIndex: 0, thresholdPercent: 10, operator: ">=" },
});

describe("migration 0500", () => {
  it("moves every mark into the pupil's progress row and keeps the place with its last entry", async () => {
    const run = (q: string) => sql.raw(q).execute(handle.db);
    await run(`insert into tenant (id, slug, name) values
      ('00000000-0000-4000-8000-000000000001', 'm', 'Migreringskommun')`);
    const child = (n: number) => `00000000-0000-4000-8000-00000000010${n}`;
    for (const n of [1, 2, 3]) {
      await run(`insert into child (id, tenant_id, personal_number, given_name, family_name,
        birth_date) values ('${child(n)}', '00000000-0000-4000-8000-000000000001',
        '2015010${n}-000${n}', 'Elev', '${n}', '2015-01-0${n}')`);
    }
    const state = {
      staircaseId: "danderyd",
      step: 2,
      since: "2025-09-10",
      invalidAbsenceSeen: true,
      lastEvaluated: "2025-09-01",
      history: [entry(1, "2025-09-03"), entry(2, "2025-09-10")],
    };
    // Pupil 1: evaluated and marked again; 2: evaluated, no mark; 3: marked, never evaluated.
    for (const n of [1, 2]) {
      await run(`insert into attendance_pupil_state (tenant_id, child_id, staircase_key, step,
        top_step, since, state) values ('00000000-0000-4000-8000-000000000001', '${child(n)}',
        'k:1', 2, false, '2025-09-10', '${JSON.stringify(state)}')`);
      await run(`insert into attendance_progress (tenant_id, child_id, staircase_key,
        evaluated_through, still_minutes, recent_days) values
        ('00000000-0000-4000-8000-000000000001', '${child(n)}', 'k:1', '2025-09-12', null, '1,2')`);
    }
    for (const n of [1, 3]) {
      await run(`insert into attendance_pending (tenant_id, child_id, from_date, revision,
        through, absent, shortest, days) values ('00000000-0000-4000-8000-000000000001',
        '${child(n)}', '2025-09-15', ${n + 4}, '2025-09-16', ${n === 1}, 300, '7,8')`);
    }

    await migrateToLatest(handle.db);

    const rows = await handle.db
      .selectFrom("attendance_progress")
      .selectAll()
      .orderBy("child_id")
      .execute();
    expect(rows.map((r) => [r.staircase_key, r.evaluated_through, r.recent_days])).toEqual([
      ["k:1", "2025-09-12", "1,2"],
      ["k:1", "2025-09-12", "1,2"],
      ["", null, null],
    ]);
    expect(rows[0]!.place).toEqual({ ...state, history: [state.history[1]] });
    expect(rows[1]!.place).toEqual(rows[0]!.place);
    expect(rows[2]!.place).toBeNull();
    const marks = rows.map((r) => ({
      from: r.marked_from,
      through: r.marked_through,
      absent: r.marked_absent,
      shortest: r.marked_shortest,
      days: r.marked_days,
      revision: r.mark_revision,
    }));
    expect(marks).toEqual([
      {
        from: "2025-09-15",
        through: "2025-09-16",
        absent: true,
        shortest: 300,
        days: "7,8",
        revision: 5,
      },
      { from: null, through: null, absent: null, shortest: null, days: null, revision: 0 },
      {
        from: "2025-09-15",
        through: "2025-09-16",
        absent: false,
        shortest: 300,
        days: "7,8",
        revision: 7,
      },
    ]);
    const pending = await sql<{ n: number }>`
      select count(*)::int as n from pg_tables where tablename = 'attendance_pending'`.execute(
      handle.db,
    );
    expect(pending.rows[0]!.n).toBe(0);
  });
});
