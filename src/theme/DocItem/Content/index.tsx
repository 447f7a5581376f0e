// Why: a question page offers 复制链接 beside its title (QQ groups need a short ASCII link).
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useFaqQuestion} from '@site/src/plugins/faq-data/client';
import CopyQuestionLink from '@site/src/components/CopyQuestionLink';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props) {
  const question = useFaqQuestion(useDoc().frontMatter.id);
  return (
    <>
      {question && <CopyQuestionLink question={question} />}
      <Content {...props} />
    </>
  );
}
