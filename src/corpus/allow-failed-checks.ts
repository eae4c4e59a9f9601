/**
 * The switch that publishes a site whose reports failed checks, with the
 * failures shown on the pages. `fazhi build --allow-failed-checks` sets it in
 * the environment, where the loader run on its own reads it too.
 */
export const ALLOW_FAILED_CHECKS = "FAZHI_ALLOW_FAILED_CHECKS";

/** Whether the switch is on: any value but empty, `0` or `false`. */
export function failedChecksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env[ALLOW_FAILED_CHECKS] ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false";
}
