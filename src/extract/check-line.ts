import type {Check} from "./checks.ts";

/**
 * A check on one line, for a terminal: its status, id, where in the text
 * (offsets and the fragment) when it concerns particular figures, and its
 * message. `fail power_list.category_sum at characters 127–186 “…”: …`
 */
export function checkLine(check: Check): string {
  const where = check.location
    ? ` at characters ${check.location.start}–${check.location.end} “${oneLineFragment(check.location.raw)}”`
    : "";
  return `${check.status} ${check.id}${where}: ${check.message}`;
}

/** A fragment of the text fit for one line: line breaks shown as spaces, a long one shortened in the middle. */
export function oneLineFragment(raw: string, max = 80): string {
  const flat = raw.replace(/\s*\n\s*/g, " ");
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join("")}…${chars.slice(-half).join("")}`;
}
