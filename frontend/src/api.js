// Thin wrappers over accord's HTTP API; every call reports errors with the server's message.

export class ApiError extends Error {}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

export const segment = (value) => encodeURIComponent(value);
