// Types for manifest.cjs (used by the tests).
import type { DeploySettings } from "./settings.cjs";
export declare const DEV_BASE: string;
export declare function generateManifest(templateXml: string, settings: DeploySettings): { ok: true; xml: string; urls: string[] } | { ok: false; errors: string[] };
export declare function manifestUrls(xml: string): string[];
