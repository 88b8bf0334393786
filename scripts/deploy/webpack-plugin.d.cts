// Types for webpack-plugin.cjs (used by the tests).
import type { Compiler } from "webpack";
import type { DeploySettings } from "./settings.cjs";
export declare class DeploymentPlugin {
  constructor(options: { settings: DeploySettings; root: string; manifestTemplate?: string });
  apply(compiler: Compiler): void;
}
