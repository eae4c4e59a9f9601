/**
 * Sorts in place, by offset, the elements from `first` on: the few numbers or items of one paragraph. An insertion
 * sort there, cheaper than the built-in sort on a handful; the built-in one for many (a report on one line), where
 * insertion would take quadratic time. Stable either way.
 */
export function sortByStart<T extends {start: number}>(list: T[], first = 0): T[] {
  if (list.length - first > 32) {
    const part = list.slice(first).sort((a, b) => a.start - b.start);
    for (let i = 0; i < part.length; i++) list[first + i] = part[i]!;
    return list;
  }
  for (let i = first + 1; i < list.length; i++) {
    const element = list[i]!;
    let j = i - 1;
    for (; j >= first && list[j]!.start > element.start; j--) list[j + 1] = list[j]!;
    list[j + 1] = element;
  }
  return list;
}
