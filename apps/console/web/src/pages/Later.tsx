import { Result } from 'antd';
import { useLocation } from 'react-router';
import { SCREENS } from '../roles';

/** A screen of the menu that later work fills (field work, clues, rectification, analysis). */
export default function Later() {
  const { pathname } = useLocation();
  const screen = SCREENS.find((s) => pathname.startsWith(s.path));
  if (!screen) return <Result status="404" title="页面不存在" />;
  return (
    <Result
      status="info"
      title={screen.label}
      subTitle="此功能的页面正在建设中；相关业务目前可通过接口办理。"
    />
  );
}
