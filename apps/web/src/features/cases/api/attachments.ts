import type { ApiClient } from "../../../platform/api/api-client";

export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export function isAttachmentType(type: string): type is AttachmentType {
  return (ATTACHMENT_TYPES as readonly string[]).includes(type);
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // A data URL is "data:<type>;base64,<data>": the API wants the data alone.
    reader.onload = () =>
      resolve(typeof reader.result === "string" ? (reader.result.split(",", 2)[1] ?? "") : "");
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

/** Stores a scanned, signed consent form with the case; answers the attachment's id. */
export async function uploadAttachment(api: ApiClient, caseId: string, file: File) {
  if (!isAttachmentType(file.type)) throw new Error("unsupported type");
  const created = await api.post<{ id: string }>(`/api/cases/${caseId}/attachments`, {
    filename: file.name,
    contentType: file.type,
    data: await base64Of(file),
  });
  return created.id;
}

export const attachmentUrl = (caseId: string, attachmentId: string) =>
  `/api/cases/${caseId}/attachments/${attachmentId}`;
