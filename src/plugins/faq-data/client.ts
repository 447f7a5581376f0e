import {useMemo} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {FaqData, FaqQuestion} from './types';

export function useFaqData(): FaqData {
  return usePluginData('faq-data') as FaqData;
}

/** The FAQ question a docs page shows, if it is one (category pages are not). */
export function useFaqQuestion(frontMatterId: string | undefined): FaqQuestion | undefined {
  const {questions} = useFaqData();
  return frontMatterId ? questions[frontMatterId] : undefined;
}

/** A permalink as the site serves it, and the search index has it: with its trailing slash. */
export const withSlash = (path: string) => path.replace(/\/?$/, '/');

/** The question a search result's URL leads to (permalinks carry the base URL, as the index's URLs do). */
export function useQuestionByUrl(): (url: string) => FaqQuestion | undefined {
  const {questions} = useFaqData();
  const byUrl = useMemo(() => new Map(Object.values(questions).map((q) => [withSlash(q.permalink), q])), [questions]);
  return (url) => byUrl.get(withSlash(url.split(/[?#]/)[0]!));
}
