/** A question of the FAQ, as the theme shows and links it. */
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
};

/** What a question's page gets with its own Markdown (src/remark/faq-page.ts): itself and its related questions. */
export type FaqPage = FaqQuestion & {
  /** Related questions, most related first (never placeholders). */
  related: Pick<FaqQuestion, 'id' | 'title' | 'permalink'>[];
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

/** Global data, on every page: what the home page and the search's empty state show. */
export type FaqGlobalData = {
  categories: FaqCategory[];
  /** The home page's 常见问题 (src/data/popular.ts), in order. */
  popular: FaqQuestion[];
};

/** Every question, loaded when needed (search, the 404 page's guess): src/plugins/faq-data/client.ts. */
export type FaqAllQuestions = {
  questions: Record<string, FaqQuestion>;
  /** Old paths (without the base URL) and retired ids of the short-link registry, to the live question's id. */
  aliases: Record<string, string>;
};
