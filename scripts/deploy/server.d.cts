// Types for server.cjs (used by the tests).
import type { Server } from "node:http";
export declare function serveDeployment(dir: string, options: { port: number; basePath?: string; officeJs?: "cdn" | "local"; guidanceOrigin?: string | null; host?: string }): Promise<Server>;
