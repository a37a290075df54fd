import { apiErrorFrom, networkError } from "./api-error";

const CSRF_HEADER = "x-kring-csrf";

export interface ApiClient {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** Sends a file as the raw request body, reporting how much has been sent. */
  upload<T>(
    path: string,
    file: Blob,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<T>;
  /** The session's CSRF token, sent with every state-changing request. */
  setCsrfToken(token: string | null): void;
}

/** A response's text as JSON, or as the text itself when it is not JSON. */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A small fetch wrapper: JSON in and out, CSRF header, problem+json turned into ApiError. */
export function createApiClient(baseUrl = ""): ApiClient {
  let csrfToken: string | null = null;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (method !== "GET" && csrfToken) headers[CSRF_HEADER] = csrfToken;
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: "same-origin",
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw networkError();
    }
    const payload = parseBody(await response.text());
    if (!response.ok) throw apiErrorFrom(response.status, payload);
    return payload as T;
  }

  // XMLHttpRequest, not fetch: only it reports the progress of a request body being sent.
  function upload<T>(
    path: string,
    file: Blob,
    onProgress?: (sent: number, total: number) => void,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", `${baseUrl}${path}`);
      xhr.setRequestHeader("accept", "application/json");
      xhr.setRequestHeader("content-type", "application/octet-stream");
      if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
      xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.total || file.size);
      xhr.onerror = () => reject(networkError());
      xhr.onload = () => {
        const payload = parseBody(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
        else reject(apiErrorFrom(xhr.status, payload));
      };
      xhr.send(file);
    });
  }

  return {
    upload,
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body ?? {}),
    patch: (path, body) => request("PATCH", path, body ?? {}),
    put: (path, body) => request("PUT", path, body ?? {}),
    delete: (path) => request("DELETE", path),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
  };
}
