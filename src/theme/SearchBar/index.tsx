// Why: the search plugin's bar ranks a page once per field and needs every
// word of a query on the page; ours (src/lib/search) ranks whole questions,
// loads its index on first focus, and ignores Enter that confirms an IME
// candidate. The plugin still builds the index (jieba at build time).
// On a phone the home page keeps only its own, larger box (Home/Hero).
import clsx from 'clsx';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import SearchBox from '@site/src/components/SearchBox';
import styles from './styles.module.css';

export default function SearchBar() {
  const onHome = useLocation().pathname === useBaseUrl('/');
  return (
    <div className={clsx(onHome && styles.home)}>
      <SearchBox variant="navbar" />
    </div>
  );
}
