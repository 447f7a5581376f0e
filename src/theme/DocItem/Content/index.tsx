// Why: a question's title is followed by its actions (复制链接, 复制答复, 手机扫码打开),
// and its answer by 有帮助 / 没帮助.
// `swizzle --list` marks DocItem/Content unsafe to wrap: we rely on it rendering
// its children right after the title it makes from front matter
// (tests/e2e/mobile.spec.ts checks that the actions follow the h1, and
// tests/e2e/events.spec.ts that the vote follows the answer).
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useFaqPage} from '@site/src/plugins/faq-data/client';
import type {QrCode} from '@site/src/plugins/short-links/qr';
import QuestionActions from '@site/src/components/QuestionActions';
import PendingBadge from '@site/src/components/PendingBadge';
import AnswerVote from '@site/src/components/AnswerVote';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper({children, ...props}: Props) {
  const {frontMatter} = useDoc();
  const question = useFaqPage();
  return (
    <Content {...props}>
      {question && <QuestionActions question={question} qr={(frontMatter as {qr?: QrCode}).qr} />}
      {question?.pending && (
        <p data-search-ignore>
          <PendingBadge />
        </p>
      )}
      {children}
      {question && !question.pending && <AnswerVote key={question.n} question={question.n} />}
    </Content>
  );
}
