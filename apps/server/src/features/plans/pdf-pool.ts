import { createRequire } from "node:module";
import os from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ExportData } from "./plan-export.repository";
import type { PrintEdition } from "./plan-pdf";
import type { PdfAnswer, PdfTask } from "./pdf-worker";

// Laying out a plan PDF takes 100-200 ms of CPU; in the server's own thread, ten people printing
// at once would stall every other request behind them. The PDFs are made in worker threads
// instead (issue #23.6): a small pool, each worker taking the next task when it is done.

const WORKER = new URL("./pdf-worker.ts", import.meta.url);
// The server runs as TypeScript through tsx; each worker registers the same loader.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

interface Waiting {
  task: PdfTask;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

class PdfWorker {
  readonly worker: Worker;
  current: Waiting | null = null;

  constructor(onIdle: (w: PdfWorker) => void, onExit: (w: PdfWorker) => void) {
    this.worker = new Worker(WORKER, { execArgv: ["--import", TSX] });
    this.worker.unref();
    this.worker.on("message", (answer: PdfAnswer) => {
      const job = this.current;
      this.current = null;
      if (job && job.task.id === answer.id) {
        if ("pdf" in answer)
          job.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
        else job.reject(new Error(`PDF not made: ${answer.error}`));
      }
      onIdle(this);
    });
    // A worker that dies (out of memory, a bug in the layout) fails its task; a new one is made.
    this.worker.on("error", (error: Error) => {
      this.current?.reject(error);
      this.current = null;
    });
    this.worker.on("exit", () => {
      this.current?.reject(new Error("PDF worker stopped"));
      this.current = null;
      onExit(this);
    });
  }
}

export class PdfPool {
  private readonly workers: PdfWorker[] = [];
  private readonly idle: PdfWorker[] = [];
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number) {}

  render(data: ExportData, edition: PrintEdition): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error("PDF pool closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, data, edition }, resolve, reject });
      this.dispatch();
    });
  }

  /** How many workers are running now (for tests: the pool grows only on demand). */
  get running() {
    return this.workers.length;
  }

  async close() {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new Error("PDF pool closed"));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private dispatch() {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const job = this.queue.shift()!;
      worker.current = job;
      worker.worker.postMessage(job.task);
    }
  }

  private spawn(): PdfWorker | null {
    if (this.workers.length >= this.size) return null;
    const worker = new PdfWorker(
      (w) => {
        this.idle.push(w);
        this.dispatch();
      },
      (w) => {
        this.workers.splice(this.workers.indexOf(w), 1);
        const at = this.idle.indexOf(w);
        if (at >= 0) this.idle.splice(at, 1);
        if (!this.closed) this.dispatch();
      },
    );
    this.workers.push(worker);
    return worker;
  }
}

/** One pool per process: a worker per core but one, at least one and at most four. */
export const planPdfPool = new PdfPool(Math.max(1, Math.min(4, os.availableParallelism() - 1)));
