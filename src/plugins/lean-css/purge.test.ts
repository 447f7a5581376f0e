import {describe, expect, it} from 'vitest';
import {purgeCss, requiredClasses} from './purge';

describe('requiredClasses', () => {
  it('names the classes an element needs, not those inside :not(), :is(), :where() or :has()', () => {
    expect(requiredClasses('.menu__link--active:hover > .badge')).toEqual(['menu__link--active', 'badge']);
    expect(requiredClasses('.markdown > p:not(.lead, .note)')).toEqual(['markdown']);
    expect(requiredClasses(':is(.a, .b) .c:where(.d)')).toEqual(['c']);
    expect(requiredClasses('html[data-theme=dark] a')).toEqual([]);
    expect(requiredClasses('.col\\:wide')).toEqual(['col:wide']);
  });
});

describe('purgeCss', () => {
  const css = `
:root { --used: red; --unused: blue; --chain: var(--leaf); --leaf: 1px; --from-script: 0; }
.navbar { color: var(--used); border-width: var(--chain); }
.avatar, .navbar__item { margin: 0; }
.pills__item--active { color: green; }
p:not(.pills) { margin: 1em; }
@media (max-width: 996px) { .avatar__photo { width: 1px; } }
@keyframes spin { from { transform: rotate(0); } to { transform: rotate(1turn); } }
`;
  const used = `<nav class="navbar"><div class="navbar__item"></div></nav><script>el.style.setProperty("--from-script", 1)</script>`;
  const out = purgeCss(css, used);

  it('keeps rules whose classes the pages or scripts use', () => {
    expect(out).toContain('.navbar { color: var(--used)');
    expect(out).toContain('p:not(.pills) { margin: 1em; }');
    expect(out).toContain('@keyframes spin');
  });

  it('drops selectors with a class used nowhere, and at-rules left empty', () => {
    expect(out).toContain('.navbar__item { margin: 0; }');
    expect(out).not.toContain('avatar');
    expect(out).not.toContain('pills__item');
    expect(out).not.toContain('@media');
  });

  it('keeps custom properties read by a rule, through other properties, or named by a script', () => {
    expect(out).toContain('--used: red');
    expect(out).toContain('--chain: var(--leaf)');
    expect(out).toContain('--leaf: 1px');
    expect(out).toContain('--from-script: 0');
    expect(out).not.toContain('--unused');
  });
});
