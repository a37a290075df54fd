import { parentPort } from "node:worker_threads";
import type { ExportData } from "./plan-export.repository";
import { type PrintEdition, planPdf } from "./plan-pdf";

// A worker thread of pdf-pool.ts: lays out and writes plan PDFs, off the server's event loop.
// It gets the plan's data already read under the access rule and audited; it reads nothing itself.

export interface PdfTask {
  id: number;
  data: ExportData;
  edition: PrintEdition;
}
export type PdfAnswer = { id: number; pdf: Uint8Array } | { id: number; error: string };

parentPort?.on("message", (task: PdfTask) => {
  planPdf(task.data, task.edition).then(
    (pdf) => parentPort!.postMessage({ id: task.id, pdf } satisfies PdfAnswer),
    (error: unknown) =>
      parentPort!.postMessage({
        id: task.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies PdfAnswer),
  );
});
