// Why: the search plugin's bar ranks a page once per field and needs every
// word of a query on the page; ours (src/lib/search) ranks whole questions,
// loads its index on first focus, and ignores Enter that confirms an IME
// candidate. The plugin still builds the index (jieba at build time).
import SearchBox from '@site/src/components/SearchBox';

export default function SearchBar() {
  return <SearchBox variant="navbar" />;
}
