// Why: a dead link should still lead somewhere: search and the categories.
import Content from '@theme-original/NotFound/Content';
import type ContentType from '@theme/NotFound/Content';
import type {WrapperProps} from '@docusaurus/types';
import NotFoundHelp from '@site/src/components/NotFoundHelp';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props) {
  return (
    <>
      <Content {...props} />
      <NotFoundHelp />
    </>
  );
}
