import {createHash} from 'node:crypto';
import path from 'node:path';

/** Where the plugin's data files are, for the client bundle (Docusaurus's `@generated` alias, plugin faq-data, id default). */
export const DATA_MODULES = '@generated/faq-data/default';

/** Every question (FaqAllQuestions), loaded by the search and the 404 page when needed. */
export const ALL_QUESTIONS_FILE = 'questions.json';

/**
 * The data file of the page made from the Markdown file `file` (its
 * question, or null), under the plugin's data folder: named after the file's
 * absolute path, which both the plugin (from the doc's source) and the
 * remark plugin (from the file it compiles) know.
 */
export const pageDataName = (file: string) =>
  `pages/${createHash('sha1').update(path.resolve(file)).digest('hex').slice(0, 16)}.json`;
