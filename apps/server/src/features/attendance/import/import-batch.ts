import type { Transaction } from "kysely";
import type { Database } from "../../../platform/db/schema";
import { type ImportCounts, emptyCounts } from "./import-counts";
import { type ImportIssues, unknownPupil } from "./import-errors";
import * as groups from "./import-groups.repository";
import * as lessons from "./import-lessons.repository";
import type * as Row from "./import-rows";
import { type LessonBatchSizes, LessonStager } from "./lesson-stager";
import { PeopleWriter } from "./people-writer";

const CHUNK = { event: 5000, absence: 2000, group: 500 } as const;

type Buffered<R> = { row: R; origin: Row.Origin }[];

/**
 * Writes the rows of one import inside its transaction, a chunk at a time and in the order
 * references need (a lesson's pupil and calendar event are written before the lesson). After
 * a bad row the batch goes on (so that one run reports as many problems as possible, up to the
 * limit) and the caller rolls all of it back.
 */
export class ImportBatch {
  readonly counts: ImportCounts = emptyCounts();
  private readonly people: PeopleWriter;
  private readonly lessons: LessonStager;
  private readonly groups = new Map<string, { row: Row.GroupRow; members: Set<string> }>();
  private mentors: (Row.MentorRow | Row.CsvMentorRow)[] = [];
  private readonly csvMentors = new Set<string>();
  private readonly events = new Map<string, Row.EventRow>();
  private absences: Buffered<Row.AbsenceRow> = [];

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly tenantId: string,
    private readonly issues: ImportIssues,
    lessonSizes?: LessonBatchSizes,
  ) {
    this.people = new PeopleWriter(trx, tenantId, issues, this.counts);
    this.lessons = new LessonStager(
      trx,
      tenantId,
      issues,
      this.counts,
      () => this.flushEvents(),
      lessonSizes,
    );
  }

  async add(row: Row.ImportRow, origin: Row.Origin): Promise<void> {
    this.counts.rows++;
    switch (row.kind) {
      case "school":
        return this.people.school(row, origin);
      case "pupil":
        return this.people.pupil(row, origin);
      case "person":
        return this.people.person(row);
      case "group":
        return this.addGroup(row);
      case "mentor":
        this.mentors.push(row);
        return;
      case "csv_mentor":
        // Named on every line of the class; once is enough.
        if (this.csvMentors.has(`${row.groupExt}|${row.login}`)) return;
        this.csvMentors.add(`${row.groupExt}|${row.login}`);
        this.mentors.push(row);
        return;
      case "event":
        this.events.set(row.ext, row);
        if (this.events.size >= CHUNK.event) await this.flushEvents();
        return;
      case "lesson":
        return this.lessons.add(row, origin);
      case "absence":
        this.absences.push({ row, origin });
        if (this.absences.length >= CHUNK.absence) await this.flushAbsences();
        return;
    }
  }

  /** Writes whatever is still buffered; call once after the last row. */
  async finish(): Promise<ImportCounts> {
    await this.flushAbsences();
    await this.lessons.finish();
    return this.counts;
  }

  /** A CSV names a class on every line, one pupil at a time: gather the members. */
  private addGroup(row: Row.GroupRow) {
    const known = this.groups.get(row.ext);
    if (!known || row.replaceMembers) {
      this.groups.set(row.ext, { row, members: new Set(row.members.map((m) => m.personExt)) });
      return;
    }
    for (const m of row.members) {
      if (known.members.has(m.personExt)) continue;
      known.members.add(m.personExt);
      known.row.members.push(m);
    }
  }

  private async flushGroups() {
    await this.people.resolve();
    const all = [...this.groups.values()].map((g) => g.row);
    this.groups.clear();
    for (let i = 0; i < all.length; i += CHUNK.group) {
      const chunk = all.slice(i, i + CHUNK.group);
      const written = await groups.writeGroups(this.trx, this.tenantId, chunk);
      this.counts.groups += written.groups;
      this.counts.groupMembers += written.members;
    }
    const mentors = this.mentors;
    this.mentors = [];
    if (mentors.length === 0) return;
    const written = await groups.writeMentors(this.trx, this.tenantId, mentors);
    this.counts.mentors += written.written;
    this.counts.skippedMentors += written.skipped;
  }

  private async flushEvents() {
    await this.flushGroups();
    const chunk = [...this.events.values()];
    this.events.clear();
    if (chunk.length === 0) return;
    this.counts.calendarEvents += await lessons.writeEvents(this.trx, this.tenantId, chunk);
  }

  private async flushAbsences() {
    // Writes the pupils read so far (and what else lessons refer to) first.
    await this.lessons.stage();
    const chunk = this.absences;
    this.absences = [];
    if (chunk.length === 0) return;
    const rows = chunk.map((c) => c.row);
    const written = await lessons.writeAbsences(this.trx, this.tenantId, rows);
    this.counts.absences += written.changed;
    for (const i of written.unknownPupil) unknownPupil(this.issues, chunk[i]!.origin);
  }
}
