import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Steps, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { get, type Schema } from '../../api';
import { Unreachable } from '../../Unreachable';
import { INSPECTION_STATUS_LABELS, REPORTING_CHANNEL_LABELS } from '../../vocabulary';
import { CluesCard } from './CluesCard';
import { FeedbackCard } from './FeedbackCard';
import { FindingsCard } from './FindingsCard';
import { ImmediateItemsCard } from './ImmediateItemsCard';
import { BriefingsCard } from './BriefingsCard';
import { DirectivesCard } from './DirectivesCard';
import { ReportCard } from './ReportCard';
import { ResultUsesCard } from './ResultUsesCard';
import {
  DocumentReviewsCard,
  MeetingsCard,
  MustTalkNotApplicable,
  PetitionsCard,
  PortraitCard,
  SurveysCard,
  VisitsCard,
} from './research';
import { StationingCard } from './StationingCard';
import { TalksCard } from './TalksCard';

export type InspectionView = Schema<'inspection', 'InspectionView'>;

/** The stages of an inspection as the team walks them (进驻 → 谈话与调研 → 发现问题 → 报告 → 反馈). */
const STAGES = ['进驻', '谈话与调研', '发现问题', '报告', '反馈'];
const REPORTING = ['report-drafted', 'report-revised', 'report-approved', 'report-consulted'];

function stageOf(view: InspectionView): number {
  if (view.status === 'opened') return 0;
  if (view.status === 'stationed') return view.findings.length > 0 ? 2 : 1;
  return REPORTING.includes(view.status) ? 3 : 4;
}
/** The tab the work of a stage is on. */
const TAB_OF_STAGE = ['talks', 'talks', 'findings', 'report', 'report'];

/** The inspection's record, refreshed after each step. */
export function useInspection(id: string) {
  return useQuery({
    queryKey: ['inspection', id],
    queryFn: () => get(`/api/inspection/v1/inspections/${id}`),
  });
}

/**
 * 巡察工作台: one inspection, stage by stage. Each card says what its step needs; a step the
 * rules refuse says why beside the button, before and after it is tried.
 */
export default function Workspace() {
  const { id = '' } = useParams();
  const inspection = useInspection(id);
  const view = inspection.data;
  if (inspection.error) return <Unreachable error={inspection.error} what="该巡察" />;
  if (!view) return <Card loading={inspection.isLoading} />;
  const stage = stageOf(view);
  return (
    <>
      <Typography.Title level={3}>巡察工作台：{view.target.targetName}</Typography.Title>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Steps current={stage} items={STAGES.map((title) => ({ title }))} />
          <Descriptions size="small" column={3} style={{ marginTop: 16 }}>
            <Descriptions.Item label="进度">
              <Tag>{INSPECTION_STATUS_LABELS[view.status] ?? view.status}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="干部职工人数">{view.target.headcount}</Descriptions.Item>
            <Descriptions.Item label="举报渠道">
              {view.stationing
                ? view.stationing.channels.map((c) => REPORTING_CHANNEL_LABELS[c]).join('、')
                : '进驻时公布'}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {view.stationing ? (
          <StageTabs view={view} stage={stage} />
        ) : (
          <>
            <BriefingsCard view={view} />
            <StationingCard view={view} />
          </>
        )}
      </Space>
    </>
  );
}

/** The stationed inspection's work, a tab per stage, opened at the stage it is in. */
function StageTabs({ view, stage }: { view: InspectionView; stage: number }) {
  const [tab, setTab] = useState(TAB_OF_STAGE[stage]);
  const column = (...cards: React.ReactNode[]) => (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {cards}
    </Space>
  );
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'talks',
          label: '谈话与调研',
          children: column(
            <TalksCard key="talks" view={view} />,
            <BriefingsCard key="briefings" view={view} />,
            <MustTalkNotApplicable key="not-applicable" view={view} />,
            <MeetingsCard key="meetings" view={view} />,
            <SurveysCard key="surveys" view={view} />,
            <DocumentReviewsCard key="documents" view={view} />,
            <VisitsCard key="visits" view={view} />,
            <PetitionsCard key="petitions" view={view} />,
          ),
        },
        {
          key: 'findings',
          label: `发现问题（${view.findings.length}）`,
          children: column(
            <FindingsCard key="findings" view={view} />,
            <ImmediateItemsCard key="immediate" view={view} />,
            <CluesCard key="clues" view={view} />,
            <PortraitCard key="portrait" view={view} />,
          ),
        },
        {
          key: 'report',
          label: '报告与反馈',
          children: column(
            <ReportCard key="report" view={view} />,
            view.report.stage === 'heard' && <DirectivesCard key="directives" view={view} />,
            view.report.stage === 'heard' && <ResultUsesCard key="result-uses" view={view} />,
            <FeedbackCard key="feedback" view={view} />,
          ),
        },
      ]}
    />
  );
}
