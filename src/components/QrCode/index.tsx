import useIsBrowser from '@docusaurus/useIsBrowser';
import type {QrCode as Code} from '@site/src/plugins/short-links/qr';
import styles from './styles.module.css';

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const QUIET = 4;

type Props = {code: Code; link: string; id: string; open: boolean};

/**
 * The question's short link as a QR code (drawn at build time, see
 * src/plugins/short-links/qr.ts), for a phone to scan off a PC screen; always
 * printed, with the link and the date, so that a print-out leads back here.
 */
export default function QrCode({code, link, id, open}: Props) {
  // The date the page was opened, printed with it; the server-rendered page has none.
  const today = useIsBrowser() ? new Date().toLocaleDateString('zh-CN') : '';
  const box = code.size + 2 * QUIET;
  return (
    <div id={id} className={styles.panel} hidden={!open} data-testid="qr-panel">
      <svg
        className={styles.code}
        viewBox={`${-QUIET} ${-QUIET} ${box} ${box}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={`二维码：${link}`}
      >
        <rect x={-QUIET} y={-QUIET} width={box} height={box} fill="#fff" />
        <path d={code.path} stroke="#000" />
      </svg>
      <p className={styles.text}>
        用手机扫码（微信、QQ 或浏览器）打开本页：
        <br />
        <span className={styles.link}>{link}</span>
        {today && <span className={styles.date}>打印日期：{today}</span>}
      </p>
    </div>
  );
}
