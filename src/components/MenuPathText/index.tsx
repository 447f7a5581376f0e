import {Fragment} from 'react';
import {MENU_PATH_CLASS, MENU_PATH_SEPARATOR, splitMenuPaths} from '../../lib/menu-path';

/** Plain text (a one-line answer) with its 【A】【B】 menus shown as the answers show them: A › B. */
export default function MenuPathText({text}: {text: string}) {
  const pieces = splitMenuPaths(text);
  if (!pieces) return <>{text}</>;
  return (
    <>
      {pieces.map((piece, i) =>
        typeof piece === 'string' ? (
          <Fragment key={i}>{piece}</Fragment>
        ) : (
          <span key={i} className={MENU_PATH_CLASS.path}>
            {piece.items.map((item, j) => (
              <Fragment key={j}>
                {j > 0 && (
                  <span className={MENU_PATH_CLASS.separator} aria-hidden="true">
                    {MENU_PATH_SEPARATOR}
                  </span>
                )}
                <span className={MENU_PATH_CLASS.item}>{item}</span>
              </Fragment>
            ))}
          </span>
        ),
      )}
    </>
  );
}
