// Types for settings.cjs (used by the tests).
export interface DeploySettings {
  /** https://host/path/ with a trailing slash; null for a developer's build. */
  baseUrl: string | null;
  environment: "production" | "test";
  officeJs: "cdn" | "local";
  /** JAMKOLL_GUIDANCE_URL as given ("" = guidance/latest.json beside the pane). */
  guidanceUrl: string;
  /** The guidance pack's origin when it differs from the pane's (added to connect-src). */
  guidanceOrigin: string | null;
  appDomains: string[];
  /** Four-part manifest version from package.json. */
  version: string;
  addinId: string;
  /** "" in production, " (test)" in the test environment. */
  displayNameSuffix: string;
}
export declare const PRODUCTION_ID: string;
export declare const ENVIRONMENTS: string[];
export declare function readDeploySettings(env: Record<string, string | undefined>, packageVersion: string): { ok: true; settings: DeploySettings } | { ok: false; errors: string[] };
export declare function addinId(environment: string): string;
export declare function uuidV5(namespace: string, name: string): string;
export declare function isLocalHost(hostname: string): boolean;
