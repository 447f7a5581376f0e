// Why: on a phone the navbar's links sit behind a menu button that needs
// scripts; without them, a row under the navbar links the same sections.
// Navbar is not among the components Docusaurus marks safe to wrap: this
// adds a sibling only; tests/e2e/no-script.spec.ts checks the row.
import Navbar from '@theme-original/Navbar';
import type NavbarType from '@theme/Navbar';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import {useThemeConfig} from '@docusaurus/theme-common';
import styles from './styles.module.css';

type Props = WrapperProps<typeof NavbarType>;

export default function NavbarWrapper(props: Props) {
  const items = useThemeConfig().navbar.items.filter((item): item is {to: string; label: string} => 'to' in item);
  return (
    <>
      <Navbar {...props} />
      <noscript>
        <nav className={styles.sections} aria-label="栏目">
          {items.map((item) => (
            <Link key={item.to} to={item.to}>
              {item.label}
            </Link>
          ))}
        </nav>
      </noscript>
    </>
  );
}
