import {useEffect} from 'react';
import {serverRendered, type Snapshot} from './snapshot';

type Props = {
  /** What the failed boundary covered: the layout's main container, or the whole page. */
  part: keyof Omit<Snapshot, 'path'>;
  /** What failed: logged to the console, where support can ask for it (Preact does not log it itself). */
  error: Error;
};

/**
 * What a reader sees when a page fails to render in the browser (an old
 * kernel without some API, a bug): the page as the server sent it, with a
 * short note. After moving to another page in the browser, there is no such
 * copy of it: the page is then loaded again from the server.
 */
export default function RenderErrorFallback({part, error}: Props) {
  const saved = serverRendered();
  const here = window.location.pathname;
  const html = saved?.path === here ? saved[part] : undefined;
  const reload = saved !== undefined && html === undefined;
  useEffect(() => {
    console.error('页面渲染失败：', error);
    if (reload) window.location.reload();
  }, [reload, error]);
  return (
    <>
      <div role="alert" className="alert alert--warning margin--md" data-testid="render-error">
        {reload ? '正在重新打开这一页……' : '页面的部分功能没能正常运行，下面是这一页的内容。'}
        <a href={here}>重新加载</a>
      </div>
      {html !== undefined && <div dangerouslySetInnerHTML={{__html: html}} />}
    </>
  );
}
