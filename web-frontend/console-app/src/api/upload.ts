// Multipart uploads (resumes, a labelled validation set): XMLHttpRequest rather than fetch, because it reports the
// upload's progress; a refusal becomes the same ApiError as every other call.
import { ApiError } from "./http";

export function upload<T>(path: string, form: FormData, onProgress?: (share: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (e) => { if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total); };
    request.onload = () => {
      let body: Record<string, unknown> = {};
      try { body = JSON.parse(request.responseText || "{}"); } catch { body = { title: request.statusText }; }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiError({ status: request.status, ...body }));
    };
    request.onerror = () => reject(new ApiError({ status: 0 }));
    request.send(form);
  });
}
