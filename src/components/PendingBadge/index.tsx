/**
 * 整理中: the mark of a placeholder page (front matter `pending: true`),
 * wherever the question is listed. The class is global (src/css/custom.css)
 * because the offline copy's search results, made without React, use it too.
 */
export default function PendingBadge() {
  return <span className="faq-pending">整理中</span>;
}
