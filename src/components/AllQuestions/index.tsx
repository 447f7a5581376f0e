import type {ComponentProps, ComponentType} from 'react';
import {MDXProvider} from '@mdx-js/react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import type {AllCategory, AllQuestion, AllSection} from '@site/src/plugins/all-questions/group';
import type {FaqPage} from '@site/src/plugins/faq-data/types';
import QuestionActions from '@site/src/components/QuestionActions';
import PendingBadge from '@site/src/components/PendingBadge';
import styles from './styles.module.css';

type Level = 2 | 3 | 4 | 5 | 6;
/** A question's Markdown module: its answer, and its data (src/remark/faq-page.ts). */
type AnswerModule = {default: ComponentType; faq: FaqPage | null};
type Props = {categories: AllCategory[]; answers: Record<string, AnswerModule>};

const level = (n: number) => Math.min(n, 6) as Level;

/** An answer's own headings (## …) go below its question's, with ids made unique on this page. */
function answerHeadings(questionLevel: Level, questionId: string) {
  const shifted = (depth: number) =>
    function AnswerHeading({id, ...props}: ComponentProps<'h2'>) {
      return <Heading as={`h${level(questionLevel + depth - 1)}`} id={id && `${questionId}-${id}`} {...props} />;
    };
  return {h2: shifted(2), h3: shifted(3), h4: shifted(4), h5: shifted(5), h6: shifted(6)};
}

function Question({question, as, answer}: {question: AllQuestion; as: Level; answer: AnswerModule}) {
  const {default: Answer, faq: faqQuestion} = answer;
  // Not @theme/Heading: its anchor link would be titled with the id (clear-cache的直接链接), the title being a link.
  const QuestionHeading = `h${as}` as const;
  return (
    <section className={styles.question} aria-labelledby={question.id}>
      <QuestionHeading id={question.id} className={styles.questionTitle}>
        <Link to={question.permalink} className={styles.questionLink}>
          {question.title}
        </Link>
        {faqQuestion?.pending && <PendingBadge />}
      </QuestionHeading>
      {faqQuestion && <QuestionActions question={faqQuestion} />}
      <div className="markdown">
        <MDXContent>
          <MDXProvider components={answerHeadings(as, question.id)}>
            <Answer />
          </MDXProvider>
        </MDXContent>
      </div>
    </section>
  );
}

const isSection = (item: AllSection | AllQuestion): item is AllSection => 'questions' in item;

/** 全部问题一页版 (/all/): every answer, from its own Markdown file, grouped by category. */
export default function AllQuestions({categories, answers}: Props) {
  const answerOf = (q: AllQuestion) => answers[q.id]!;
  const count = categories.flatMap((c) => c.items.flatMap((i) => (isSection(i) ? i.questions : [i]))).length;
  return (
    <Layout title="全部问题一页版" description="全部常见问题和答案在一页上，按分类排列，便于通读、查找和打印。">
      <main className={`container ${styles.page}`}>
        <Heading as="h1">全部问题一页版</Heading>
        <p>
          本页按分类列出全部 {count} 个问题及答案，便于通读、用 Ctrl+F
          查找和打印成册。点问题标题可打开它自己的页面；发给别人时请发单个问题的链接。
        </p>
        <nav className={styles.contents} aria-label="目录">
          <ul className="tap-list">
            {categories.map((c) => (
              <li key={c.id}>
                <Link to={`#${c.id}`}>{c.label}</Link>
                {c.items.some(isSection) && (
                  <ul>
                    {c.items.filter(isSection).map((s) => (
                      <li key={s.id}>
                        <Link to={`#${s.id}`}>{s.label}</Link>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </nav>
        {categories.map((c) => (
          <section key={c.id} className={styles.category} aria-labelledby={c.id}>
            <Heading as="h2" id={c.id} className={styles.categoryTitle}>
              {c.label}
            </Heading>
            {c.items.map((item) =>
              isSection(item) ? (
                <section key={item.id} aria-labelledby={`${c.id} ${item.id}`}>
                  <Heading as="h3" id={item.id} className={styles.sectionTitle}>
                    {item.label}
                  </Heading>
                  {item.questions.map((q) => (
                    <Question key={q.id} question={q} as={4} answer={answerOf(q)} />
                  ))}
                </section>
              ) : (
                <Question key={item.id} question={item} as={3} answer={answerOf(item)} />
              ),
            )}
          </section>
        ))}
      </main>
    </Layout>
  );
}
