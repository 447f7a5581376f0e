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
