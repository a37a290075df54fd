import type { Transaction } from "kysely";
import type { Database } from "../../../platform/db/schema";
import type { ImportCounts } from "./import-counts";
import type { ImportIssues } from "./import-errors";
import * as persons from "./import-persons.repository";
import * as pupils from "./import-pupils.repository";
import type { Origin, PersonRow, PupilRow, SchoolRow } from "./import-rows";

const CHUNK = 5000;
/**
 * The first pupils go in as a small chunk, then the planner's statistics are refreshed: until
 * then it may take the child table for empty and look each pupil up on the wrong index
 * (import-pupils.repository.ts), which within one statement costs the square of the chunk.
 */
const FIRST_PUPILS = 500;

/**
 * Schools, pupils, guardians and staff of one batch. Persons who are not pupils wait in the
 * database until every person is read: only then is it known who is a guardian.
 */
export class PeopleWriter {
  private readonly pupilKeys = new Set<string>();
  private pupils: { row: PupilRow; origin: Origin }[] = [];
  private persons: PersonRow[] = [];
  private staging = false;
  private pupilChunks = 0;
  /** Persons or responsibles staged since guardians and staff were last told apart. */
  private unresolved = false;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly tenantId: string,
    private readonly issues: ImportIssues,
    private readonly counts: ImportCounts,
  ) {}

  async school(row: SchoolRow, origin: Origin) {
    const outcome = await pupils.writeSchool(this.trx, this.tenantId, row);
    if (outcome === "created") this.counts.schools++;
    if (outcome === "conflict") {
      this.issues.refuse(
        origin,
        "unit_name_taken",
        "a unit that is not a school already has this name in Kring; rename one of them",
        "en enhet som inte är en skola har redan det namnet i Kring; byt namn på en av dem",
        "displayName",
      );
    }
  }

  async pupil(row: PupilRow, origin: Origin) {
    // A CSV names the pupil on every line; the first line decides.
    if (this.pupilKeys.has(row.personalNumber)) return;
    this.pupilKeys.add(row.personalNumber);
    this.pupils.push({ row, origin });
    if (this.pupils.length >= (this.pupilChunks === 0 ? FIRST_PUPILS : CHUNK)) {
      await this.flushPupils();
    }
  }

  async person(row: PersonRow) {
    this.persons.push(row);
    if (this.persons.length >= CHUNK) await this.flushPersons();
  }

  /** Writes everyone read so far and tells guardians from staff; before groups and lessons. */
  async resolve() {
    await this.flushPersons();
    if (!this.unresolved) return;
    this.unresolved = false;
    const guardians = await persons.resolveGuardians(this.trx, this.tenantId);
    this.counts.guardians += guardians.changed;
    this.counts.unknownResponsibles += guardians.unknownResponsibles;
    this.counts.staff += await persons.resolveStaff(this.trx, this.tenantId);
  }

  private async flushPupils() {
    const chunk = this.pupils;
    this.pupils = [];
    if (chunk.length === 0) return;
    const rows = chunk.map((c) => c.row);
    this.counts.pupils += await pupils.writePupils(this.trx, this.tenantId, rows);
    this.counts.leftStaircase += await pupils.markGone(this.trx, this.tenantId, rows);
    if (this.pupilChunks++ === 0) await pupils.refreshPupilStatistics(this.trx);
    const enrolled = await pupils.writeEnrolments(this.trx, this.tenantId, rows);
    this.counts.enrolments += enrolled.changed;
    for (const i of enrolled.unknownSchool) {
      this.issues.refuse(
        chunk[i]!.origin,
        "unknown_school",
        "enrolled at an organisation that is not a school unit in this import or an earlier one",
        "inskriven vid en organisation som inte är en skolenhet i denna eller en tidigare import",
        "enrolments",
      );
    }
    if (rows.some((r) => r.responsibles.length > 0)) {
      await this.stage();
      await persons.stageResponsibles(this.trx, rows);
      this.unresolved = true;
    }
  }

  private async flushPersons() {
    await this.flushPupils();
    const chunk = this.persons;
    this.persons = [];
    if (chunk.length === 0) return;
    await this.stage();
    await persons.stagePersons(this.trx, chunk);
    this.unresolved = true;
  }

  private async stage() {
    if (this.staging) return;
    await persons.createPersonStaging(this.trx);
    this.staging = true;
  }
}
