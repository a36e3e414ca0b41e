import { Result } from 'antd';
import { ApiError } from './api';

/**
 * A record the service will not show this person: 403 is 无权访问, 404 未找到 (the services
 * answer 404 for records outside one's reach, so as not to tell that they exist).
 */
export function Unreachable({ error, what }: { error: unknown; what: string }) {
  const status = error instanceof ApiError ? error.problem.status : 0;
  if (status === 403) {
    return <Result status="403" title="无权访问" subTitle={`您无权查看${what}。`} />;
  }
  if (status === 404) {
    return <Result status="404" title="未找到" subTitle={`没有${what}，或您无权查看。`} />;
  }
  return <Result status="error" title="读取失败" subTitle="请稍后重试。" />;
}
