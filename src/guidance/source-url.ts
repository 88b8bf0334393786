// Where guidance may come from: https, or plain http on this computer only (a development
// server); for the pane, only the origin it was configured with.

const LOCAL_HOSTS = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$|\.localhost$/i;

export type GuidanceUrlProblem = "not-a-url" | "not-https" | "other-origin";

/** Why guidance may not be read from this URL, or null when it may. */
export function guidanceUrlProblem(url: string, allowedOrigin?: string): GuidanceUrlProblem | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "not-a-url";
  }
  if (u.protocol !== "https:" && !(u.protocol === "http:" && LOCAL_HOSTS.test(u.hostname))) return "not-https";
  if (allowedOrigin !== undefined && u.origin !== allowedOrigin) return "other-origin";
  return null;
}
