// Why: every answer ends with related questions and whom to ask next.
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useFaqPage} from '@site/src/plugins/faq-data/client';
import RelatedQuestions from '@site/src/components/RelatedQuestions';
import SupportContact from '@site/src/components/SupportContact';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props) {
  const question = useFaqPage();
  return (
    <>
      {question && (
        <>
          <RelatedQuestions question={question} />
          <SupportContact question={question} />
        </>
      )}
      <Footer {...props} />
    </>
  );
}
