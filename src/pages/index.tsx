import Layout from '@theme/Layout';
import Hero from '@site/src/components/Home/Hero';
import CategoryCards from '@site/src/components/Home/CategoryCards';
import PopularQuestions from '@site/src/components/Home/PopularQuestions';
import SupportDesks from '@site/src/components/Home/SupportDesks';

export default function Home() {
  return (
    <Layout description="杭州实名制、萧山云平台技术支持常见问题：登录、密码、项目报备、数据对接、考勤统计、杭州工地码。">
      <Hero />
      <main className="container">
        <CategoryCards />
        <PopularQuestions />
        <SupportDesks />
      </main>
    </Layout>
  );
}
