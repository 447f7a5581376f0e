// Why: a docs page's own FAQ data (its number, category, related questions) comes with its Markdown, as its export
// `faq` (src/remark/faq-page.ts), not in the global data that every page's main.js carries.
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {WrapperProps} from '@docusaurus/types';
import {FaqPageContext} from '@site/src/plugins/faq-data/client';
import type {FaqPage} from '@site/src/plugins/faq-data/types';

type Props = WrapperProps<typeof DocItemType>;

export default function DocItemWrapper(props: Props) {
  const {faq} = props.content as {faq?: FaqPage | null};
  if (faq === undefined) {
    throw new Error(
      `faq-data：${props.content.metadata.source} 没有导出 faq。请检查 docusaurus.config.ts 的 docs.remarkPlugins 里是否仍有 src/remark/faq-page.ts（见 src/plugins/README.md）。`,
    );
  }
  return (
    <FaqPageContext.Provider value={faq}>
      <DocItem {...props} />
    </FaqPageContext.Provider>
  );
}
