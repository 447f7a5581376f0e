// Why: QQ's link-preview card reads og:type and itemprop="description",
// which the theme does not set.
import Metadata from '@theme-original/DocItem/Metadata';
import type MetadataType from '@theme/DocItem/Metadata';
import type {WrapperProps} from '@docusaurus/types';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof MetadataType>;

export default function MetadataWrapper(props: Props) {
  const {metadata} = useDoc();
  const image = useBaseUrl('/img/card.png', {absolute: true});
  return (
    <>
      <Metadata {...props} />
      <Head>
        <meta property="og:type" content="article" />
        <meta itemProp="name" content={metadata.title} />
        <meta itemProp="description" content={metadata.description} />
        <meta itemProp="image" content={image} />
      </Head>
    </>
  );
}
