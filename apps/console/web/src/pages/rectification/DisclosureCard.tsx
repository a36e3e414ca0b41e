import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { get } from '../../api';
import { useSession } from '../../session';
import type { CaseView } from './labels';

/** 整改情况公开: the text the organization publishes, as the service composes it. */
export function DisclosureCard({ view }: { view: CaseView }) {
  const { roles } = useSession().principal;
  const reader = roles.includes('office') || roles.includes('inspected');
  const disclosure = useQuery({
    queryKey: ['case', view.id, 'disclosure', view.revision],
    queryFn: () => get(`/api/rectification/v1/rectification-cases/${view.id}/disclosure`),
    enabled: reader && view.plan.status === 'approved',
  });
  if (!reader || view.plan.status !== 'approved') return null;
  return (
    <Card title="整改情况公开" loading={disclosure.isLoading}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="disclosure">
        {disclosure.data?.text}
      </Typography.Paragraph>
    </Card>
  );
}
