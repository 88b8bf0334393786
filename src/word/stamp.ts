// The guidance stamp: which pack id and version last checked the document, kept in the
// document's settings (Office common API, saved with the file in every Word since 2013).
export const STAMP_KEY = "jamkoll.guidanceStamp";

export interface GuidanceStamp {
  id: string;
  version: string;
  checkedAt: string;
}

export function readStamp(): GuidanceStamp | null {
  const v = Office.context.document?.settings?.get(STAMP_KEY) as GuidanceStamp | null | undefined;
  return v && typeof v.id === "string" && typeof v.version === "string" ? v : null;
}

export function writeStamp(stamp: GuidanceStamp): Promise<void> {
  return new Promise((resolve, reject) => {
    const settings = Office.context.document?.settings;
    if (!settings) return resolve();
    settings.set(STAMP_KEY, stamp);
    settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(new Error(r.error?.message ?? "settings not saved")) : resolve()));
  });
}
