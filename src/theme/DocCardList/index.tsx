// Why: a help-center category lists its questions with their one-line
// answers, grouped by sub-section, where the theme shows a grid of cards.
import {useCurrentSidebarSiblings} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocCardList';
import QuestionList from '@site/src/components/QuestionList';

export default function DocCardList({items}: Props) {
  const siblings = useCurrentSidebarSiblings();
  return <QuestionList items={items ?? siblings} />;
}
