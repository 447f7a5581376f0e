import {createElement} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import remarkMenuPath from '../../remark/menu-path';
import {renderMarkdown} from '../../remark/fixtures';
import MenuPathText from '.';

describe('MenuPathText', () => {
  it('renders a one-line answer’s menus exactly as the answers show them', async () => {
    const text = '在【实名制管理】-【项目报备】详情页点“工地码下载”，或在【项目库】中修改。';
    const answer = await renderMarkdown(text, [remarkMenuPath]);
    expect(answer).toContain('menu-path__item');
    expect(`<p>${renderToStaticMarkup(createElement(MenuPathText, {text}))}</p>`).toBe(answer);
  });

  it('leaves text without menus as it is', () => {
    expect(renderToStaticMarkup(createElement(MenuPathText, {text: '没有菜单'}))).toBe('没有菜单');
  });
});
