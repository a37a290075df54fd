import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { seconds } from "./attendance-setup";

// The machine's own yardsticks, measured in the same run on the same rows (issue #23.9): the
// host's speed varies threefold from hour to hour, so the import and the staircase are judged
// against what the database does raw, not against the clock.
//
// - Raw COPY: the term's lessons copied into a table of the same shape and keys
//   (`LIKE attendance_lesson INCLUDING ALL`), day by day. Only the COPY into it is timed; the
//   text it copies is read out of the imported table first.
// - Raw aggregation: one SQL pass summing the term's minutes per pupil, the least any full
//   evaluation has to read.

/** How the benchmark reaches the database underneath Kring, for COPY, which Kysely lacks. */
export type RawDatabase = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };

export interface Baselines {
  copyRowsPerSecond: number;
  aggregationSeconds: number;
}

interface Raw {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  copyOut(select: string): Promise<Buffer>;
  copyIn(table: string, data: Buffer): Promise<void>;
  close(): Promise<void>;
}

async function connect(raw: RawDatabase): Promise<Raw> {
  if (raw.kind === "pglite") {
    const db = raw.pglite;
    return {
      query: (text, params) => db.query(text, params),
      copyOut: async (select) => {
        const result = await db.query(`copy (${select}) to '/dev/blob'`);
        return Buffer.from(await result.blob!.arrayBuffer());
      },
      copyIn: async (table, data) => {
        await db.query(`copy ${table} from '/dev/blob'`, [], {
          blob: new Blob([new Uint8Array(data)]),
        });
      },
      close: async () => {},
    };
  }
  const client = new pg.Client({ connectionString: raw.url });
  await client.connect();
  return {
    query: (text, params) => client.query(text, params),
    copyOut: async (select) => {
      const chunks: Buffer[] = [];
      await pipeline(
        client.query(copyTo(`copy (${select}) to stdout`)),
        new Writable({
          write: (chunk: Buffer, _enc, done) => {
            chunks.push(chunk);
            done();
          },
        }),
      );
      return Buffer.concat(chunks);
    },
    copyIn: (table, data) =>
      pipeline(Readable.from([data]), client.query(copyFrom(`copy ${table} from stdin`))),
    close: () => client.end(),
  };
}

export async function measureBaselines(raw: RawDatabase, tenantId: string): Promise<Baselines> {
  const db = await connect(raw);
  try {
    await db.query("create table bench_lesson_copy (like attendance_lesson including all)");
    const days = (
      await db.query(
        "select distinct date::text as day from attendance_lesson where tenant_id = $1 order by 1",
        [tenantId],
      )
    ).rows.map((r) => String(r.day));
    let rows = 0;
    let copying = 0;
    for (const day of days) {
      const data = await db.copyOut(
        `select * from attendance_lesson where tenant_id = '${tenantId}' and date = '${day}'`,
      );
      rows += countLines(data);
      const start = performance.now();
      await db.copyIn("bench_lesson_copy", data);
      copying += seconds(start);
    }
    await db.query("drop table bench_lesson_copy");

    const start = performance.now();
    await db.query(
      `select child_id, sum(scheduled_minutes), sum(present_minutes), sum(valid_minutes),
              sum(invalid_minutes), count(distinct date)
         from attendance_lesson where tenant_id = $1 group by child_id`,
      [tenantId],
    );
    return { copyRowsPerSecond: Math.round(rows / copying), aggregationSeconds: seconds(start) };
  } finally {
    await db.close();
  }
}

function countLines(data: Buffer): number {
  let n = 0;
  for (const byte of data) if (byte === 10) n++;
  return n;
}
