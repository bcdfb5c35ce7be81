// Matching a customer's search against «Часто задаваемые вопросы»: case-insensitive Russian
// (ё = е), every word of the query somewhere in the question, the answer or the topic, in any
// order — «пароль забыл» finds «Я забыл пароль…». A few hundred entries are filtered in memory:
// PostgreSQL's ILIKE folds Cyrillic case only under a non-C locale, which PGlite does not have.

/** Lower case, ё as е, runs of spaces as one. */
export function normalize(text: string): string {
  return text.toLocaleLowerCase("ru-RU").replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** The words of a query (punctuation and quotes are separators); none for a blank query. */
export function queryWords(query: string): string[] {
  return normalize(query)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

export interface Searchable {
  topic: string;
  question: string;
  answer: string;
}

/** Entries that hold every word of the query, in their order; all of them for a blank query. */
export function searchEntries<T extends Searchable>(entries: T[], query: string | null | undefined): T[] {
  const words = queryWords(query ?? "");
  if (!words.length) return entries;
  return entries.filter((e) => {
    const text = normalize(`${e.question} ${e.answer} ${e.topic}`);
    return words.every((w) => text.includes(w));
  });
}
