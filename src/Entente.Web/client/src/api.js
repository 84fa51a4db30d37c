// The JSON API client. The access token (when the server has one) arrives once as ?token= in the
// address; it is kept for this tab only and sent in X-Entente-Token on every API request.

const TOKEN_KEY = "entente-token";

function takeToken() {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get("token");
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete("token");
    history.replaceState(null, "", url);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const token = takeToken();

function headers(extra = {}) {
  return token ? { ...extra, "X-Entente-Token": token } : extra;
}

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function check(response) {
  if (response.ok) return response.status === 204 ? null : response.json();
  let detail = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    detail = problem.detail || problem.title || detail;
  } catch {
    // not a problem document; keep the status line
  }
  throw new ApiError(response.status, detail);
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  const qs = query.toString();
  return check(await fetch(qs ? `${path}?${qs}` : path, { headers: headers({ Accept: "application/json" }) }));
}

// A document the API renders (a brief as Markdown or HTML), as text to save.
export async function getText(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  const response = await fetch(`${path}?${query}`, { headers: headers() });
  if (!response.ok) await check(response);
  return response.text();
}

export async function postJson(path, body) {
  return check(
    await fetch(path, {
      method: "POST",
      headers: headers({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify(body),
    }),
  );
}

// XMLHttpRequest rather than fetch: it reports upload progress.
export function upload(path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    for (const [k, v] of Object.entries(headers({ Accept: "application/json" }))) xhr.setRequestHeader(k, v);
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body?.detail || body?.title || `${xhr.status} ${xhr.statusText}`));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "the upload failed (network error)")));
    const form = new FormData();
    form.append("file", file);
    xhr.send(form);
  });
}
