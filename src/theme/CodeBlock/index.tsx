// Why: answers show no code, and the theme's highlighted code block would
// bring Prism into every page; a plain block keeps any code readable.
import type {Props} from '@theme/CodeBlock';

export default function CodeBlock({children, className, title}: Props) {
  return (
    <div className="margin-bottom--md">
      {title && <div className="text--bold">{title}</div>}
      <pre className={className}>
        <code>{children}</code>
      </pre>
    </div>
  );
}
