/** What the faq-data plugin publishes as global data for the theme. */
export type FaqQuestion = {
  /** The permanent ASCII slug from front matter (`id`). */
  id: string;
  /** The permanent short-link number: /q/<n>/ */
  n: number;
  title: string;
  /** Full path including the base URL. */
  permalink: string;
  /** Key of the top-level category: general, hangzhou or xiaoshan. */
  category: string;
  /** A placeholder page (整理中, `pending: true`): marked wherever listed, never above an answer that matches as well in search. */
  pending: boolean;
  /** Ids of related questions, most related first. */
  related: string[];
};

export type FaqCategory = {
  key: string;
  label: string;
  permalink: string;
  /** Questions with an answer. */
  count: number;
  /** Placeholder questions (整理中), counted apart. */
  pending: number;
};

export type FaqData = {
  categories: FaqCategory[];
  questions: Record<string, FaqQuestion>;
  /** Old paths (without the base URL) and retired ids of the short-link registry, to the live question's id. */
  aliases: Record<string, string>;
};
