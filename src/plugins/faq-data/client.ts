import {createContext, useContext, useEffect, useMemo, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {FaqAllQuestions, FaqGlobalData, FaqPage, FaqQuestion} from './types';

/** Categories and the popular questions (global data, on every page). */
export function useFaqGlobalData(): FaqGlobalData {
  return usePluginData('faq-data') as FaqGlobalData;
}

/** The question of the docs page being shown, from its Markdown module (src/theme/DocItem); null on category pages. */
export const FaqPageContext = createContext<FaqPage | null>(null);

/** The FAQ question a docs page shows, if it is one (category pages are not). */
export const useFaqPage = (): FaqPage | null => useContext(FaqPageContext);

/** A permalink as the site serves it, and the search index has it: with its trailing slash. */
export const withSlash = (path: string) => path.replace(/\/?$/, '/');

let loading: Promise<FaqAllQuestions> | undefined;
let loaded: FaqAllQuestions | undefined;

/** Every question and the registry's old paths (questions.json of the plugin), loaded once, on first use. */
export function loadAllQuestions(): Promise<FaqAllQuestions> {
  loading ??= import('@generated/faq-data/default/questions.json').then((module) => (loaded = module.default));
  // A later use retries after a failed load (e.g. a dropped connection).
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Every question, once loaded; `load` false waits for someone else to load them (the search does, before its results). */
export function useAllQuestions(load: boolean): FaqAllQuestions | undefined {
  const [all, setAll] = useState(loaded);
  const known = all ?? loaded;
  useEffect(() => {
    if (known || !load) return undefined;
    let current = true;
    loadAllQuestions().then(
      (data) => current && setAll(data),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [known, load]);
  return known;
}

/** The question a search result's URL leads to (permalinks carry the base URL, as the index's URLs do). */
export function useQuestionByUrl(load: boolean): (url: string) => FaqQuestion | undefined {
  const questions = useAllQuestions(load)?.questions;
  const byUrl = useMemo(
    () => new Map(Object.values(questions ?? {}).map((q) => [withSlash(q.permalink), q])),
    [questions],
  );
  return (url) => byUrl.get(withSlash(url.split(/[?#]/)[0]!));
}
