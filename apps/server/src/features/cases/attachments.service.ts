import type { Kysely } from "kysely";
import type { z } from "zod";
import type { AttachmentUpload } from "@kring/contracts";
import type { Actor } from "../../platform/auth/actor";
import { recordAudit } from "../../platform/audit/audit";
import type { Database } from "../../platform/db/schema";
import { badRequest, notFound } from "../../platform/http/errors";
import { guardCase } from "./case-guard";

const MAX_BYTES = 5 * 1024 * 1024;
// The first bytes of each allowed format: the declared type must match the content.
const SIGNATURES: Record<string, number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46],
  "image/png": [0x89, 0x50, 0x4e, 0x47],
  "image/jpeg": [0xff, 0xd8, 0xff],
};

/** A scanned, signed consent form (PDF, PNG or JPEG), kept with the case. */
export async function uploadAttachment(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof AttachmentUpload>,
) {
  const data = Buffer.from(input.data, "base64");
  if (data.length === 0 || data.length > MAX_BYTES) {
    throw badRequest(
      "file_size",
      "Filen måste vara mindre än 5 MB.",
      "The file must be smaller than 5 MB.",
    );
  }
  const signature = SIGNATURES[input.contentType]!;
  if (!signature.every((byte, i) => data[i] === byte)) {
    throw badRequest(
      "file_type",
      "Filen är inte en PDF-, PNG- eller JPEG-fil.",
      "The file is not a PDF, PNG or JPEG file.",
    );
  }
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "raise");
    const row = await trx
      .insertInto("attachment")
      .values({
        tenant_id: actor.tenantId,
        case_id: caseId,
        child_id: guarded.row.child_id,
        filename: input.filename,
        content_type: input.contentType,
        size_bytes: data.length,
        data,
        uploaded_by: actor.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: "attachment.create",
      entityType: "attachment",
      entityId: row.id,
      childId: guarded.row.child_id,
      details: { caseId },
    });
    return row.id;
  });
}

export async function downloadAttachment(
  db: Kysely<Database>,
  actor: Actor,
  caseId: string,
  attachmentId: string,
) {
  return db.transaction().execute(async (trx) => {
    const guarded = await guardCase(trx, actor, caseId, "read");
    const row = await trx
      .selectFrom("attachment")
      .selectAll()
      .where("id", "=", attachmentId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!row) throw notFound("attachment");
    await recordAudit(trx, actor, {
      action: "attachment.read",
      entityType: "attachment",
      entityId: row.id,
      childId: guarded.row.child_id,
    });
    return { filename: row.filename, contentType: row.content_type, data: Buffer.from(row.data) };
  });
}
