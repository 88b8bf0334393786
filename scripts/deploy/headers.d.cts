// Types for headers.cjs (used by the tests).
export declare const OFFICE_JS_ORIGIN: string;
export declare const OFFICE_JS_CDN_URL: string;
export declare const OFFICE_JS_LOCAL_DIR: string;
export declare const OFFICE_FRAME_ANCESTORS: string[];
export declare function contentSecurityPolicy(options?: { officeJs?: "cdn" | "local"; guidanceOrigin?: string | null; meta?: boolean; frameAncestors?: string[] }): string;
export declare const MIME_TYPES: Record<string, string>;
export declare const CACHE: { immutable: string; images: string; revalidate: string };
export declare function cacheControl(path: string): string;
export declare const SECURITY_HEADERS: Record<string, string>;
