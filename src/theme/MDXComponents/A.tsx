// Why: a tel: link dials the number; Docusaurus treats it as an external link and opens a new tab.
import A from '@theme-original/MDXComponents/A';
import type {ComponentProps} from 'react';

export default function AWrapper(props: ComponentProps<typeof A>) {
  return props.href?.startsWith('tel:') ? <A {...props} target={undefined} rel={undefined} /> : <A {...props} />;
}
