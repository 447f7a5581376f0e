import Layout from '@theme/Layout';
import SupportPage from '@site/src/components/SupportPage';

export default function Support() {
  return (
    <Layout
      title="联系技术支持"
      description="杭州实名制、萧山云平台技术支持的 QQ 群、电话和服务时间，以及反馈问题的方法。"
    >
      <SupportPage />
    </Layout>
  );
}
