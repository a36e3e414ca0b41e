import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { TOPICS } from '@xuncha/contracts';
import {
  documentedAnswers,
  startService,
  type ServiceHarness,
} from '@xuncha/platform-nest/testing';
import { OverdueSupervisor } from '../overdue/overdue-supervisor';
import { inspectionIdOf } from '../consumers/inspection-id';
import { inspectionService } from '../inspection.service';
import { launchedRound, roundLaunchedMessage } from '../testing.fixture';

jest.setTimeout(30000);

describe('inspection service over HTTP', () => {
  let harness: ServiceHarness;
  const { ids, round } = launchedRound();
  const launch = roundLaunchedMessage(round);
  const bureau = inspectionIdOf(ids.round, ids.team1, ids.bureau);
  const township = inspectionIdOf(ids.round, ids.team2, ids.township);
  const tokens: Record<string, string> = {};
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10000 });

  const post = (path: string, body: object = {}, as = tokens.leader1) =>
    harness
      .http()
      .post(`/api/v1/inspections/${path}`)
      .set('authorization', `Bearer ${as}`)
      .send(body);
  const get = (path: string, as = tokens.office) =>
    harness.http().get(`/api/v1/inspections${path}`).set('authorization', `Bearer ${as}`);

  async function expectProblem(call: request.Test, status: number, type: RegExp) {
    const before = (await allEvents()).length;
    const response = await call.expect(status).expect('content-type', /application\/problem\+json/);
    expect(response.body.type).toMatch(type);
    expect((await allEvents()).length).toBe(before);
    return response.body;
  }
  const rule = (call: request.Test, name: string) =>
    expectProblem(call, 422, new RegExp(`/rules/${name}$`));

  async function published(topic: string) {
    await harness.settled();
    const messages: Array<{ type: string; data: Record<string, unknown> }> = [];
    await harness.bus.replay([topic], async (message) => {
      messages.push({ type: message.headers.ce_type, data: JSON.parse(message.value) });
    });
    return messages;
  }

  async function waitForInspections(count: number) {
    for (let tries = 0; tries < 200; tries++) {
      const { body } = await get(`?roundId=${ids.round}`).expect(200);
      if (body.items.length >= count) return body.items;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('inspections did not appear');
  }

  beforeAll(async () => {
    harness = await startService(inspectionService);
    tokens.office = await harness.token('office', '611000');
    tokens.analyst = await harness.token('analyst', '611000');
    tokens.countyOffice = await harness.token('office', '611026');
    tokens.leader1 = await harness.token('team', '611000', ids.leader1);
    tokens.deputy1 = await harness.token('team', '611000', ids.deputy1);
    tokens.member1 = await harness.token('team', '611000', ids.member1);
    tokens.leader2 = await harness.token('team', '611000', ids.leader2);
    await harness.bus.publish([launch]);
  });
  afterAll(() => harness.close());

  describe('opening from RoundLaunched', () => {
    it('opens one inspection per (team, target), found by round and target', async () => {
      const items = await waitForInspections(3);
      expect(items).toHaveLength(3);
      expect(items.map((item: { id: string }) => item.id).sort()).toEqual(
        [bureau, township, inspectionIdOf(ids.round, ids.team2, ids.village)].sort(),
      );
      const { body } = await get(`?roundId=${ids.round}&targetId=${ids.bureau}`).expect(200);
      expect(body.items).toEqual([
        expect.objectContaining({ id: bureau, teamId: ids.team1, status: 'opened', headcount: 40 }),
      ]);
    });

    it('lists a team cadre its own team’s inspections only, in full pages', async () => {
      const pages: Array<Array<{ id: string; teamId: string }>> = [];
      let cursor: string | undefined;
      do {
        const query = `?roundId=${ids.round}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const { body } = await get(query, tokens.leader2).expect(200);
        pages.push(body.items);
        cursor = body.next;
      } while (cursor);
      expect(pages.map((page) => page.length)).toEqual([1, 1]);
      expect(
        pages
          .flat()
          .map((item) => item.id)
          .sort(),
      ).toEqual([township, inspectionIdOf(ids.round, ids.team2, ids.village)].sort());
      expect(pages.flat()[0]).not.toHaveProperty('teamCadreIds');
    });

    it('gives a township-with-villages inspection its villages', async () => {
      const { body } = await get(`/${township}`).expect(200);
      expect(body.villages).toEqual([
        { villageId: ids.village, villageName: '夜村', jurisdiction: '611002100201' },
      ]);
      expect(body.coverage).toMatchObject({ headcount: 20, required: 20, met: false });
    });

    it('opens nothing twice, whether the message is redelivered or sent anew', async () => {
      await harness.settled();
      const before = (await allEvents()).length;
      await harness.bus.publish([launch, roundLaunchedMessage(round)]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await harness.settled();
      expect((await allEvents()).length).toBe(before);
      expect(await waitForInspections(3)).toHaveLength(3);
    });
  });

  describe('the field cycle', () => {
    let findingId: string;

    it('answers a dry run (?dryRun=true) with what it would record, and stores nothing', async () => {
      const before = (await allEvents()).length;
      const stationing = {
        announcedAt: '2026-03-10T09:00:00+08:00',
        channels: ['phone', 'mailbox', 'online'],
      };
      const { body } = await post(`${bureau}/stationing?dryRun=true`, stationing).expect(200);
      expect(body).toEqual({
        id: bureau,
        revision: 0,
        dryRun: true,
        wouldRecord: ['InspectionStationed'],
      });
      await rule(
        post(`${bureau}/talks?dryRun=true`, { group: 'leadership', count: 1, date: '2026-03-12' }),
        'inspection-not-stationed',
      );
      await expectProblem(
        post(`${bureau}/stationing?dryRun=yes`, stationing),
        400,
        /invalid-input$/,
      );
      expect((await allEvents()).length).toBe(before);
    });

    it('stations, meets, talks, surveys, reviews and visits', async () => {
      await post(`${bureau}/stationing`, {
        announcedAt: '2026-03-10T09:00:00+08:00',
        channels: ['phone', 'mailbox', 'online'],
      }).expect(200, { id: bureau, revision: 1 });
      await post(`${bureau}/meetings`, {
        kind: 'mobilization',
        heldOn: '2026-03-10',
        attendees: 60,
      }).expect(200);
      for (const [group, count] of [
        ['leadership', 7],
        ['party-member', 10],
        ['middle-manager', 6],
        ['minority', 2],
      ] as const) {
        await post(`${bureau}/talks`, { group, count, date: '2026-03-12' }, tokens.member1).expect(
          200,
        );
      }
      await post(`${bureau}/questionnaires`, { respondents: 38, date: '2026-03-13' }).expect(200);
      await post(`${bureau}/evaluations`, { respondents: 38, date: '2026-03-13' }).expect(200);
      await post(`${bureau}/document-reviews`, {
        subject: '党组会议记录',
        volumes: 12,
        date: '2026-03-14',
      }).expect(200);
      await post(`${bureau}/visits`, { place: '项目工地', date: '2026-03-15' }).expect(200);
    });

    it('receives and triages petitions', async () => {
      const { body } = await post(`${bureau}/petitions`, {
        channel: 'phone',
        summary: '反映邻县工程款拖欠',
      }).expect(201);
      expect(body).toEqual({
        id: bureau,
        petitionId: expect.any(String),
        revision: expect.any(Number),
      });
      await rule(
        post(`${bureau}/petitions/${body.petitionId}/triage`, { inScope: false }),
        'forwarding-authority-missing',
      );
      await post(`${bureau}/petitions/${body.petitionId}/triage`, {
        inScope: false,
        forwardedTo: '商州区信访局',
      }).expect(200);
    });

    it('seals a petition’s summary at rest, shows it only to office and team, erases it on an admin’s word', async () => {
      const summary = '来信反映甄信访收受工程老板礼金';
      const { body } = await post(`${bureau}/petitions`, { channel: 'email', summary }).expect(201);
      const raw = () => harness.eventStore.readAll({ after: 0, maxCount: 10000 });
      expect(JSON.stringify(await raw())).not.toContain('甄信访');
      const petitionOf = async (as: string) =>
        (
          (await get(`/${bureau}`, as).expect(200)).body.petitions as Array<Record<string, unknown>>
        ).find((p) => p.petitionId === body.petitionId);
      expect(await petitionOf(tokens.office)).toMatchObject({ summary });
      expect(await petitionOf(tokens.leader1)).toMatchObject({ summary });
      const analystSees = await petitionOf(tokens.analyst);
      expect(analystSees).toMatchObject({ channel: 'email', redacted: true });
      expect(JSON.stringify(analystSees)).not.toContain('甄信访');
      // Another team's cadre who is also an analyst reads it as an analyst.
      const both = await harness.token(['team', 'analyst'], '611000', ids.leader2);
      expect(JSON.stringify(await petitionOf(both))).not.toContain('甄信访');

      const erase = (as: string) =>
        harness
          .http()
          .delete(`/api/v1/inspections/${bureau}/petitions/${body.petitionId}/personal-data`)
          .set('authorization', `Bearer ${as}`)
          .send({ reason: '保存期限届满' });
      await expectProblem(erase(tokens.office), 403, /forbidden$/);
      const admin = await harness.token('admin', '611000');
      await erase(admin).expect(200);
      expect(await petitionOf(tokens.office)).toMatchObject({
        summary: '［已删除］',
        personalDataErased: true,
        erasureReason: '保存期限届满',
      });
      expect(JSON.stringify(await raw())).not.toContain('甄信访');
    });

    it('records findings against the catalog, immediate items and clues', async () => {
      const finding = await post(`${bureau}/findings`, {
        title: '超标准列支会议费',
        description: '2025年超标准列支会议费12.64万元',
        focusItem: 'SGJJ-2-07',
        involvedRank: 'leadership',
        amount: 126400.5,
        keyProblem: true,
      }).expect(201);
      findingId = finding.body.findingId;
      expect(finding.body).toEqual({
        id: bureau,
        findingId: expect.any(String),
        revision: expect.any(Number),
      });
      await rule(
        post(`${bureau}/findings`, {
          title: 'x',
          description: 'x',
          focusItem: 'LWRYJQ-3-01',
          involvedRank: 'none',
        }),
        'unknown-focus-item',
      );
      const notAFlag = await expectProblem(
        post(`${bureau}/findings`, {
          title: 'x',
          description: 'x',
          focusItem: 'SGJJ-2-07',
          involvedRank: 'none',
          publicConcern: '是',
        }),
        400,
        /invalid-input$/,
      );
      expect(JSON.stringify(notAFlag)).toContain('publicConcern');
      const { body: marked } = await get(`/${bureau}`).expect(200);
      expect(marked.findings).toEqual([expect.objectContaining({ findingId, keyProblem: true })]);
      expect(marked.findings[0]).not.toHaveProperty('publicConcern');
      const item = await post(`${bureau}/immediate-items`, {
        title: '清退超标准会议费',
        findingId,
        dueBy: '2026-04-10',
      }).expect(201);
      expect(item.body.itemId).toEqual(expect.any(String));
      const urgent = await post(`${bureau}/clues`, {
        findingId,
        person: { name: '王某某', position: '办公室主任', rank: 'section' },
        allegation: '虚列会议费套取资金',
        discipline: 'integrity',
        urgent: true,
        evidenceRefs: ['调阅资料-017'],
      }).expect(201);
      expect(urgent.body.clueId).toEqual(expect.any(String));
      await post(`${bureau}/clues`, {
        person: { name: '赵某', position: '科员', rank: 'below-section' },
        allegation: '违规兼职',
        discipline: 'organizational',
      }).expect(201);
      await post(`${bureau}/portrait`, {
        entries: [{ dimension: 'political-quality', rating: 'good', assessment: '政治站位较高' }],
      }).expect(200);

      const clues = await published(TOPICS.inspectionClues);
      expect(clues).toEqual([
        {
          type: 'xuncha.inspection.SealedClueIdentified.v1',
          data: expect.objectContaining({
            clueId: urgent.body.clueId,
            urgent: true,
            involvedRank: 'section',
            personalData: expect.stringMatching(/^xc1:/),
          }),
        },
      ]);
      // Sealed with the clue's key, at rest and on the restricted topic alike.
      const stored = JSON.stringify(await harness.eventStore.readAll({ after: 0, maxCount: 1000 }));
      for (const secret of [JSON.stringify(clues), stored]) {
        expect(secret).not.toMatch(/王某某|办公室主任|虚列会议费|赵某|违规兼职|调阅资料-017/);
      }
    });

    it('refuses the report before talk coverage, the five groups and every party member', async () => {
      await rule(post(`${bureau}/report`, { summary: '初稿' }), 'talk-coverage-not-met');
      await post(`${bureau}/talks`, { group: 'staff', count: 3, date: '2026-03-16' }).expect(200);
      await rule(post(`${bureau}/report`, { summary: '初稿' }), 'must-talk-groups-missing');
      await post(`${bureau}/talks`, { group: 'generational', count: 2, date: '2026-03-16' }).expect(
        200,
      );
      // 全体党员: the bureau has 31 party members and 10 were talked to.
      await rule(post(`${bureau}/report`, { summary: '初稿' }), 'party-member-talks-short');
      await post(`${bureau}/talks`, {
        group: 'party-member',
        count: 21,
        date: '2026-03-17',
      }).expect(200);
      const { body } = await get(`/${bureau}`).expect(200);
      expect(body.coverage).toEqual({
        headcount: 40,
        required: 28,
        talked: 51,
        rate: 1.275,
        missingGroups: [],
        notApplicable: {},
        partyMembers: { required: 31, talked: 31 },
        met: true,
      });
      expect(body.talkRules).toEqual({
        mustTalkGroups: [
          'leadership',
          'party-member',
          'middle-manager',
          'minority',
          'generational',
        ],
        everyoneUpTo: 30,
        minimumPercent: 70,
        allPartyMembers: true,
      });
    });

    it('drafts, revises, approves, consults and hears the report in order', async () => {
      await rule(
        post(
          `${bureau}/report/hearing`,
          { heardAt: '2026-05-20T15:00:00+08:00', directives: [] },
          tokens.office,
        ),
        'report-not-approved',
      );
      // Each step told when it happened, as an office entering last spring's work does.
      await post(
        `${bureau}/report`,
        { summary: '初稿', draftedAt: '2026-04-20T10:00:00+08:00' },
        tokens.member1,
      ).expect(200);
      await rule(
        post(
          `${bureau}/report/hearing`,
          { heardAt: '2026-05-20T15:00:00+08:00', directives: [] },
          tokens.office,
        ),
        'report-not-approved',
      );
      await post(
        `${bureau}/report/revise`,
        { summary: '修改稿', revisedAt: '2026-04-22T10:00:00+08:00' },
        tokens.deputy1,
      ).expect(200);
      await expectProblem(post(`${bureau}/report/approve`, {}, tokens.member1), 403, /forbidden$/);
      const approval = await rule(
        post(`${bureau}/report/approve`, { approvedAt: '2026-04-21T10:00:00+08:00' }),
        'happened-before-previous-step',
      );
      expect(approval.detail).toMatch(/before report revision/);
      await post(`${bureau}/report/approve`, { approvedAt: '2026-04-25T10:00:00+08:00' }).expect(
        200,
      );
      await rule(
        post(`${bureau}/feedback`, { deliveredAt: '2026-06-16T10:00:00+08:00', copiedTo: [] }),
        'report-not-heard',
      );
      await post(
        `${bureau}/report/consult`,
        { note: '组办会商通过', consultedAt: '2026-05-10T10:00:00+08:00' },
        tokens.office,
      ).expect(200);
      const hearing = {
        heardAt: '2026-05-20T15:00:00+08:00',
        directives: [
          {
            pointsAt: 'matter',
            subject: '会议费问题举一反三，专项清理',
            owner: '市财政局',
            dueBy: '2026-06-30',
          },
          { pointsAt: 'person', subject: '财务科负责人', owner: '市纪委监委' },
          {
            pointsAt: 'problem',
            subject: '政府采购内控不严',
            owner: '市财政局',
            dueBy: '2026-06-10',
          },
        ],
      };
      await expectProblem(
        post(
          `${bureau}/report/hearing`,
          { ...hearing, directives: [{ ...hearing.directives[0], pointsAt: 'someone' }] },
          tokens.office,
        ),
        400,
        /invalid-input$/,
      );
      await rule(
        post(
          `${bureau}/report/hearing`,
          { ...hearing, directives: [{ ...hearing.directives[0], dueBy: '2026-05-19' }] },
          tokens.office,
        ),
        'directive-due-before-hearing',
      );
      await post(`${bureau}/report/hearing`, hearing, tokens.office).expect(200);

      // Two clues, two keys: the topic keeps each key's order, not the order across keys.
      const clues = await published(TOPICS.inspectionClues);
      expect(clues.map((clue) => clue.data.urgent).sort()).toEqual([false, true]);
    });

    it('delivers feedback with the problem list, then amends only', async () => {
      await post(`${bureau}/feedback`, {
        deliveredAt: '2026-06-16T10:00:00+08:00',
        copiedTo: ['分管副市长'],
      }).expect(200);
      await rule(
        post(`${bureau}/findings`, {
          title: '新问题',
          description: 'x',
          focusItem: 'SGJJ-1-12',
          involvedRank: 'section',
        }),
        'inspection-feedback-delivered',
      );
      await post(`${bureau}/findings/${findingId}/amendments`, {
        title: '超标准列支会议费',
        description: '核实后金额为13.14万元',
        focusItem: 'SGJJ-2-07',
        involvedRank: 'leadership',
        amount: 131400.5,
        reason: '核实金额',
      }).expect(200);
      await post(`${bureau}/close`, {}, tokens.office).expect(200);

      // The directives ledger is followed to closure after the inspection closed.
      const { body: heard } = await get(`/${bureau}`).expect(200);
      const [first, second] = heard.directives as Array<{ directiveId: string }>;
      const followUp = `${bureau}/directives/${first.directiveId}/follow-ups`;
      await expectProblem(post(followUp, { note: '已部署' }, tokens.leader1), 403, /forbidden$/);
      await post(
        followUp,
        { note: '已部署专项清理', followedUpAt: '2026-06-01T10:00:00+08:00' },
        tokens.office,
      ).expect(200);
      await post(
        `${bureau}/directives/${first.directiveId}/close`,
        { result: '清退会议费12.64万元' },
        tokens.office,
      ).expect(200);
      await rule(
        post(`${bureau}/directives/${first.directiveId}/close`, { result: 'x' }, tokens.office),
        'directive-closed',
      );
      await expectProblem(
        post(`${bureau}/directives/${second.directiveId}/close`, {}, tokens.office),
        400,
        /invalid-input$/,
      );
      await rule(
        post(`${bureau}/directives/${randomUUID()}/close`, { result: 'x' }, tokens.office),
        'unknown-directive',
      );

      // 成果运用: a recommendation letter and a prompt to the commission, also after closing.
      const letter = await post(
        `${bureau}/result-uses`,
        {
          kind: 'recommendation-letter',
          addressee: '商洛市财政局党组',
          subject: '健全会议费管理制度',
        },
        tokens.office,
      ).expect(201);
      expect(letter.body.useId).toEqual(expect.any(String));
      await post(
        `${bureau}/result-uses`,
        {
          kind: 'discipline-prompt',
          addressee: '市纪委监委',
          subject: '财务科负责人履职不力，建议关注',
        },
        tokens.office,
      ).expect(201);
      await expectProblem(
        post(
          `${bureau}/result-uses`,
          { kind: 'letter', addressee: 'x', subject: 'x' },
          tokens.office,
        ),
        400,
        /invalid-input$/,
      );
      await expectProblem(
        post(
          `${bureau}/result-uses`,
          { kind: 'thematic-report', addressee: '市委', subject: 'x' },
          tokens.leader1,
        ),
        403,
        /forbidden$/,
      );
      // The commission's stand-in consumer reads its prompt on the prompts topic, whole.
      const prompts = await published(TOPICS.inspectionPrompts);
      expect(prompts).toEqual([
        {
          type: 'xuncha.inspection.PromptSent.v1',
          data: expect.objectContaining({
            inspectionId: bureau,
            recipient: 'discipline-commission',
            subject: '财务科负责人履职不力，建议关注',
          }),
        },
      ]);

      // 逾期督办: the open directive past its day is raised once; the closed one never.
      await harness.settled();
      const supervisor = harness.app.get(OverdueSupervisor);
      expect(await supervisor.check()).toBe(1);
      await harness.settled();
      expect(await supervisor.check()).toBe(0);

      const { body } = await get(`/${bureau}`, tokens.analyst).expect(200);
      expect(body).toMatchObject({
        status: 'closed',
        findings: [expect.objectContaining({ findingId, amount: 131400.5, amendments: 1 })],
        feedback: { planDueBy: '2026-07-07', reportDueBy: '2026-08-16' },
        report: { stage: 'heard' },
        directives: [
          {
            pointsAt: 'matter',
            subject: '会议费问题举一反三，专项清理',
            owner: '市财政局',
            dueBy: '2026-06-30',
            followUps: [{ note: '已部署专项清理', at: '2026-06-01T10:00:00+08:00' }],
            closed: { result: '清退会议费12.64万元', at: expect.any(String) },
            overdue: false,
          },
          expect.objectContaining({ pointsAt: 'person', subject: '财务科负责人', followUps: [] }),
          expect.objectContaining({ pointsAt: 'problem', dueBy: '2026-06-10', overdue: true }),
        ],
        resultUses: [
          expect.objectContaining({ kind: 'recommendation-letter', addressee: '商洛市财政局党组' }),
          expect.objectContaining({ kind: 'discipline-prompt', addressee: '市纪委监委' }),
        ],
      });
      expect(JSON.stringify(body.clues)).not.toMatch(/王某某|虚列/);

      const events = await published(TOPICS.inspectionEvents);
      const types = events
        .filter((e) => e.data.inspectionId === bureau)
        .map((e) => e.type.split('.')[2]);
      expect(types).toEqual(
        expect.arrayContaining([
          'InspectionOpened',
          'InspectionStationed',
          'TalksRecorded',
          'FindingRecorded',
          'ImmediateItemAssigned',
          'ClueRecorded',
          'ReportApproved',
          'ReportHeard',
          'DirectiveIssued',
          'FeedbackDelivered',
          'FindingAmended',
          'InspectionClosed',
          'DirectiveClosed',
          'DirectiveOverdue',
          'ResultUseRecorded',
        ]),
      );
      // The analytics topic counts the uses; what they are about stays with the recipient.
      expect(JSON.stringify(events)).not.toContain('履职不力');
      expect(JSON.stringify(events)).not.toMatch(/王某某|虚列会议费/);
      const feedback = events.find(
        (e) => e.type.endsWith('FeedbackDelivered.v1') && e.data.inspectionId === bureau,
      )!;
      expect(feedback.data).toMatchObject({
        targetId: ids.bureau,
        copiedTo: ['分管副市长'],
        findings: [
          expect.objectContaining({
            findingId,
            focusItem: 'SGJJ-2-07',
            catalogVersion: 'three-focuses-2022',
          }),
        ],
        immediateItems: [expect.objectContaining({ findingId })],
      });
      const { body: listed } = await get(`?targetId=${ids.bureau}`).expect(200);
      expect(listed.items[0]).toMatchObject({ status: 'closed', findingCount: 1, clueCount: 2 });
    });

    it('answers as its OpenAPI document says, for the whole cycle’s record', async () => {
      const documented = documentedAnswers(harness);
      const answers = [
        await get(`/${bureau}`),
        await get(`/${bureau}`, tokens.analyst),
        await get(`/${township}`),
        await get(`?roundId=${ids.round}`),
        await post(`${bureau}/visits`, { place: '局机关', date: '2026-04-01' }),
        await post(`${township}/talks`, { group: 'nobody', count: -1 }),
        await get(`/${randomUUID()}`),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 422, 400, 404]);
      for (const answer of answers) await documented(answer);
    });
  });

  describe('a village-tier inspection', () => {
    it('gives every village its own problem list', async () => {
      const as = tokens.leader2;
      await post(
        `${township}/stationing`,
        { announcedAt: '2026-03-10T09:00:00+08:00', channels: ['box'] },
        as,
      ).expect(200);
      for (const group of [
        'leadership',
        'party-member',
        'middle-manager',
        'minority',
        'generational',
      ]) {
        await post(`${township}/talks`, { group, count: 4, date: '2026-03-12' }, as).expect(200);
      }
      await rule(
        post(
          `${township}/findings`,
          {
            title: 'x',
            description: 'x',
            focusItem: 'SGJJ-3-15',
            involvedRank: 'none',
            villageId: randomUUID(),
          },
          as,
        ),
        'unknown-village',
      );
      await post(
        `${township}/findings`,
        {
          title: '村务公开不到位',
          description: 'x',
          focusItem: 'SGJJ-3-16',
          involvedRank: 'none',
          villageId: ids.village,
        },
        as,
      ).expect(201);
      await post(
        `${township}/report`,
        { summary: '初稿', draftedAt: '2026-04-20T10:00:00+08:00' },
        as,
      ).expect(200);
      await post(
        `${township}/report/approve`,
        { approvedAt: '2026-04-25T10:00:00+08:00' },
        as,
      ).expect(200);
      await post(
        `${township}/report/hearing`,
        { heardAt: '2026-05-20T15:00:00+08:00', directives: [] },
        tokens.office,
      ).expect(200);
      const feedback = { deliveredAt: '2026-06-16T10:00:00+08:00', copiedTo: ['区委分管领导'] };
      await rule(post(`${township}/feedback`, feedback, as), 'village-feedback-missing');
      await post(`${township}/feedback`, { ...feedback, villageIds: [ids.village] }, as).expect(
        200,
      );

      const lists = (await published(TOPICS.inspectionEvents)).filter(
        (e) => e.type.endsWith('FeedbackDelivered.v1') && e.data.inspectionId === township,
      );
      expect(
        lists.map((e) => [
          (e.data.village as { villageId?: string })?.villageId,
          (e.data.findings as unknown[]).length,
        ]),
      ).toEqual([
        [undefined, 0],
        [ids.village, 1],
      ]);
    });
  });

  describe('refusals', () => {
    const village = () => inspectionIdOf(ids.round, ids.team2, ids.village);

    it('400 for wrong types, unknown fields, bad enums, negative counts and bad dates', async () => {
      const id = village();
      const bad = async (path: string, body: object, field: string) => {
        const problem = await expectProblem(
          post(`${id}/${path}`, body, tokens.office),
          400,
          /invalid-input$/,
        );
        expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
      };
      await bad('stationing', { announcedAt: '2026-03-10', channels: ['phone'] }, 'announcedAt');
      await bad(
        'stationing',
        { announcedAt: '2026-03-10T09:00:00+08:00', channels: ['pigeon'] },
        'channels',
      );
      await bad('talks', { group: 'leadership', count: -1, date: '2026-03-12' }, 'count');
      await bad('talks', { group: 'leadership', count: 'seven', date: '2026-03-12' }, 'count');
      await bad('talks', { group: 'cats', count: 1, date: '2026-03-12' }, 'group');
      await bad('talks', { group: 'leadership', count: 1, date: '2026-02-30' }, 'date');
      await bad(
        'talks',
        { group: 'leadership', count: 1, date: '2026-03-12', mood: 'good' },
        'mood',
      );
      await bad('questionnaires', { respondents: 0, date: '2026-03-12' }, 'respondents');
      await bad(
        'findings',
        { title: 'x', description: 'x', focusItem: 'SGJJ-1-01', involvedRank: 'mayor' },
        'involvedRank',
      );
      await bad(
        'findings',
        { title: 'x', description: 'x', focusItem: 'SGJJ-1-01', involvedRank: 'none', amount: -5 },
        'amount',
      );
      await bad(
        'clues',
        { person: { name: 'x', position: 'y' }, allegation: 'z', discipline: 'integrity' },
        'person.rank',
      );
      await bad(
        'clues',
        { person: { name: 'x', position: 'y', rank: 'none' }, allegation: 'z', discipline: 'vice' },
        'discipline',
      );
      await bad('report/hearing', { heardAt: 'yesterday', directives: [] }, 'heardAt');
      await expectProblem(
        post(
          'not-a-uuid/talks',
          { group: 'leadership', count: 1, date: '2026-03-12' },
          tokens.office,
        ),
        400,
        /bad-request$/,
      );
    });

    it('404 for an inspection never opened', async () => {
      await expectProblem(
        post(
          `${randomUUID()}/talks`,
          { group: 'leadership', count: 1, date: '2026-03-12' },
          tokens.office,
        ),
        404,
        /not-found$/,
      );
    });

    it('400 naming the field for counts and sums past any real one', async () => {
      const problem = await expectProblem(
        post(
          `${village()}/talks`,
          { group: 'leadership', count: 1e308, date: '2026-03-12' },
          tokens.office,
        ),
        400,
        /invalid-input$/,
      );
      expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['count']);
      const finding = await expectProblem(
        post(
          `${village()}/findings`,
          {
            title: '超标准列支会议费',
            description: '超标准列支会议费',
            focusItem: 'SGJJ-2-07',
            involvedRank: 'leadership',
            amount: 1e12,
          },
          tokens.office,
        ),
        400,
        /invalid-input$/,
      );
      expect(finding.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
    });

    it('422 for a stationing day outside the round’s window (2026-03-09 to 2026-06-30)', async () => {
      for (const day of ['2026-03-08', '2026-07-01']) {
        const problem = await rule(
          post(
            `${village()}/stationing`,
            { announcedAt: `${day}T09:00:00+08:00`, channels: ['phone'] },
            tokens.office,
          ),
          'stationing-outside-round-window',
        );
        expect(problem.window).toEqual({ from: '2026-03-09', to: '2026-06-30' });
      }
    });

    it('422 for field work before stationing', async () => {
      await rule(
        post(
          `${village()}/talks`,
          { group: 'leadership', count: 1, date: '2026-03-12' },
          tokens.office,
        ),
        'inspection-not-stationed',
      );
    });

    it('401 without a token', async () => {
      await expectProblem(
        harness
          .http()
          .post(`/api/v1/inspections/${village()}/talks`)
          .send({ group: 'leadership', count: 1, date: '2026-03-12' }),
        401,
        /unauthorized$/,
      );
      await harness.http().get('/api/v1/inspections').expect(401);
    });

    it('403 for a wrong role, 404 for another team’s inspection or outside the jurisdiction', async () => {
      const body = { group: 'leadership', count: 1, date: '2026-03-12' };
      await expectProblem(post(`${village()}/talks`, body, tokens.analyst), 403, /forbidden$/);
      await expectProblem(post(`${village()}/talks`, body, tokens.leader1), 404, /not-found$/);
      const hidden = await expectProblem(
        post(`${village()}/talks`, body, tokens.countyOffice),
        404,
        /not-found$/,
      );
      expect(JSON.stringify(hidden)).not.toMatch(/61100\d/);
      await expectProblem(
        post(
          `${village()}/report/hearing`,
          { heardAt: '2026-05-20T15:00:00+08:00', directives: [] },
          tokens.leader2,
        ),
        403,
        /forbidden$/,
      );
      await get(`/${village()}`, tokens.countyOffice).expect(404);
      const { body: listed } = await get(`?roundId=${ids.round}`, tokens.countyOffice).expect(200);
      expect(listed.items).toEqual([]);
    });

    it('files a petition clue (信访线索) only from the inspection’s own petition, by its own team', async () => {
      const { body } = await post(
        `${township}/petitions`,
        { channel: 'mailbox', summary: '来信反映村会计侵占集体收入' },
        tokens.leader2,
      ).expect(201);
      const clueBody = (petitionId: string) => ({
        petitionId,
        person: { name: '孙某', position: '村会计', rank: 'below-section' },
        allegation: '来信反映侵占集体收入',
        discipline: 'integrity',
        urgent: true,
      });
      const nobody = await harness.token('team', '611000', 'nobody');
      // Another team's inspection is out of the cadre's reach: as if it did not exist.
      for (const as of [tokens.leader1, nobody]) {
        await expectProblem(
          post(`${township}/clues`, clueBody(body.petitionId), as),
          404,
          /not-found$/,
        );
      }
      await rule(
        post(`${township}/clues`, clueBody(randomUUID()), tokens.leader2),
        'unknown-petition',
      );
      await expectProblem(
        post(
          `${inspectionIdOf(ids.round, ids.team2, randomUUID())}/clues`,
          clueBody(body.petitionId),
          tokens.leader2,
        ),
        404,
        /not-found$/,
      );
      const filed = await post(
        `${township}/clues`,
        clueBody(body.petitionId),
        tokens.leader2,
      ).expect(201);
      // Its origin is the stored inspection's: team, target and jurisdiction.
      const sent = (await published(TOPICS.inspectionClues)).find(
        (message) => message.data.clueId === filed.body.clueId,
      );
      expect(sent?.data).toMatchObject({
        petitionId: body.petitionId,
        inspectionId: township,
        teamId: ids.team2,
        targetId: ids.township,
      });
    });

    it('answers a repeated Idempotency-Key like the first time', async () => {
      const key = randomUUID();
      const send = () =>
        post(
          `${township}/clues`,
          {
            person: { name: '李某', position: '村会计', rank: 'below-section' },
            allegation: '侵占集体收入',
            discipline: 'integrity',
          },
          tokens.leader2,
        ).set('idempotency-key', key);
      const first = await send().expect(201);
      const before = (await allEvents()).length;
      const again = await send().expect(201);
      expect(again.body).toEqual(first.body);
      expect((await allEvents()).length).toBe(before);
    });
  });

  describe('briefings before stationing', () => {
    const villageInspection = inspectionIdOf(ids.round, ids.team2, ids.village);

    it('records the briefings before stationing (巡前通报), each unit once, and shows who has not briefed', async () => {
      const told = '2025年审计发现村集体资金问题3项，涉及村会计甄某某';
      await post(
        `${villageInspection}/briefings`,
        { unit: 'audit-office', briefedAt: '2026-03-05T15:00:00+08:00', summary: told },
        tokens.leader2,
      ).expect(200, { id: villageInspection, revision: 1 });
      // Sealed at rest; read by the team and the office, never by the analyst.
      const stored = JSON.stringify(await harness.eventStore.readAll({ after: 0, maxCount: 5000 }));
      expect(stored).not.toContain('甄某某');
      const briefingOf = async (token: string) =>
        (await get(`/${villageInspection}`, token).expect(200)).body.briefings.received[0];
      expect(await briefingOf(tokens.leader2)).toMatchObject({ summary: told });
      expect(await briefingOf(tokens.office)).toMatchObject({ summary: told });
      const analysts = await briefingOf(tokens.analyst);
      expect(analysts).toMatchObject({ unit: 'audit-office', redacted: true });
      expect(analysts).not.toHaveProperty('summary');
      await rule(
        post(`${villageInspection}/briefings`, { unit: 'audit-office' }, tokens.leader2),
        'briefing-already-recorded',
      );
      const unknown = await expectProblem(
        post(`${villageInspection}/briefings`, { unit: 'tax-office' }, tokens.leader2),
        400,
        /invalid-input$/,
      );
      expect(unknown.errors.map((error: { field: string }) => error.field)).toEqual(['unit']);
      const { body } = await get(`/${villageInspection}`).expect(200);
      expect(body.briefings).toEqual({
        received: [
          {
            unit: 'audit-office',
            briefedAt: '2026-03-05T15:00:00+08:00',
            beforeStationing: true,
            summary: told,
          },
        ],
        missing: ['discipline-commission', 'organization-department', 'petition-office'],
      });
    });
  });

  describe('the inspection’s own deadlines (逾期)', () => {
    const villageInspection = inspectionIdOf(ids.round, ids.team2, ids.village);

    it('raises once each the field stage over without a draft and the report not heard in time', async () => {
      // Stationed on 03-15: the field stage ends 04-23 (40 days), the hearing is due 05-23 (30 more).
      await post(
        `${villageInspection}/stationing`,
        { announcedAt: '2026-03-15T09:00:00+08:00', channels: ['box'] },
        tokens.leader2,
      ).expect(200);
      await harness.settled();
      const supervisor = harness.app.get(OverdueSupervisor);
      await supervisor.check();
      await harness.settled();
      await supervisor.check();
      const overdue = (await published(TOPICS.inspectionEvents)).filter(
        (e) =>
          e.type === 'xuncha.inspection.InspectionStepOverdue.v1' &&
          e.data.inspectionId === villageInspection,
      );
      expect(overdue.map((e) => [e.data.step, e.data.dueBy])).toEqual([
        ['field-stage', '2026-04-23'],
        ['hearing', '2026-05-23'],
      ]);
    });
  });
});
