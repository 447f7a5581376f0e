// Why: the theme's admonition types each draw an SVG icon, 3 KB gzipped loaded on every question page
// though no answer uses one; these keep the theme's layout, colours and (translated) titles, without icons.
import type {ComponentType, ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import AdmonitionLayout from '@theme/Admonition/Layout';
import type {Props} from '@theme/Admonition';

function type(infima: string, title: () => ReactNode): ComponentType<Props> {
  return function AdmonitionType(props: Props) {
    return (
      <AdmonitionLayout title={title()} {...props} className={clsx('alert', `alert--${infima}`, props.className)} />
    );
  };
}

const note = type('secondary', () => translate({id: 'theme.admonition.note', message: 'note'}));
const tip = type('success', () => translate({id: 'theme.admonition.tip', message: 'tip'}));
const info = type('info', () => translate({id: 'theme.admonition.info', message: 'info'}));
const warning = type('warning', () => translate({id: 'theme.admonition.warning', message: 'warning'}));
const danger = type('danger', () => translate({id: 'theme.admonition.danger', message: 'danger'}));
const caution = type('warning', () => translate({id: 'theme.admonition.caution', message: 'caution'}));

// The theme's types and its legacy aliases (secondary, important, success, caution).
const AdmonitionTypes: Record<string, ComponentType<Props>> = {
  note,
  tip,
  info,
  warning,
  danger,
  secondary: note,
  important: info,
  success: tip,
  caution,
};
export default AdmonitionTypes;
