import type {Check} from "../model/check.ts";

/** Longest message a check line quotes: a message listing every figure of a huge report would otherwise be megabytes. */
export const MAX_MESSAGE = 200;

/**
 * A check on one line, for a terminal: its status, id, where in the text
 * (offsets and the fragment) when it concerns particular figures, and its
 * message. `fail power_list.category_sum at characters 127–186 “…”: …`
 * The fragment and the message are shortened with … so that a line stays
 * under a few hundred characters whatever the report holds; the JSON keeps
 * them whole.
 */
export function checkLine(check: Check): string {
  const where = check.location
    ? ` at characters ${check.location.start}–${check.location.end} “${oneLineFragment(check.location.raw)}”`
    : "";
  return `${check.status} ${check.id}${where}: ${oneLineFragment(check.message, MAX_MESSAGE)}`;
}

/** A fragment of the text fit for one line: line breaks shown as spaces, a long one shortened in the middle. */
export function oneLineFragment(raw: string, max = 80): string {
  // Only the ends of a long fragment are shown: look at no more of it than they need (a fragment may be the whole report).
  const reach = 4 * max;
  const source = raw.length > 2 * reach ? `${raw.slice(0, reach)}\n${raw.slice(-reach)}` : raw;
  const flat = source.replace(/\s*\n\s*/g, " ");
  const chars = Array.from(flat);
  if (chars.length <= max && source === raw) return flat;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join("")}…${chars.slice(-half).join("")}`;
}
