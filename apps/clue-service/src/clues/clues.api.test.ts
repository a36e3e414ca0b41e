import { addMonths, chinaDay } from '@xuncha/platform-kernel';
import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import { TOPICS, type AuditRecorded } from '@xuncha/contracts';
import { ERASED, keyStoreFromEnvironment } from '@xuncha/platform-crypto';
import { AUDIT_STORE, Clock } from '@xuncha/platform-nest';
import type { EventStore } from '@xuncha/platform-event-store';
import {
  documentedAnswers,
  startService,
  type ServiceHarness,
} from '@xuncha/platform-nest/testing';
import { clueService } from '../clue.service';
import { TransferPublishing } from '../integration/transfer-publishing';

import { OverdueSupervisor } from '../overdue/overdue-supervisor';
import {
  ALLEGATION,
  PERSON,
  clueIdentified,
  clueIdentifiedMessage,
  eventually,
  openTransfer,
  sealedClueIdentifiedMessage,
  standInRecipients,
} from '../testing.fixture';

jest.setTimeout(30000);

describe('clue service over HTTP', () => {
  let harness: ServiceHarness;
  let recipients: Awaited<ReturnType<typeof standInRecipients>>;
  const tokens: Record<string, string> = {};
  const clue = clueIdentified();
  const id = clue.clueId;
  const message = clueIdentifiedMessage(clue);
  const allEvents = () => harness.eventStore.readAll({ after: 0, maxCount: 10000 });
  const streamOf = async (stream: string) =>
    (await harness.eventStore.readStream(stream)).map((event) => event.type);

  const post = (path: string, body: object = {}, as = tokens.office) =>
    harness.http().post(`/api/v1/clues${path}`).set('authorization', `Bearer ${as}`).send(body);
  const get = (path: string, as = tokens.office) =>
    harness.http().get(`/api/v1/clues${path}`).set('authorization', `Bearer ${as}`);

  /** What requests stored: the 督办 raises overdues on its own clock, at any moment. */
  const storedByRequests = async () =>
    (await allEvents()).filter((event) => event.type !== 'ClueOverdueRaised').length;

  async function expectProblem(call: request.Test, status: number, type: RegExp) {
    const before = await storedByRequests();
    const response = await call.expect(status).expect('content-type', /application\/problem\+json/);
    expect(response.body.type).toMatch(type);
    expect(await storedByRequests()).toBe(before);
    return response.body;
  }
  const rule = (call: request.Test, name: string) =>
    expectProblem(call, 422, new RegExp(`/rules/${name}$`));
  const invalid = (call: request.Test) => expectProblem(call, 400, /invalid-input$/);

  async function published(topic: string) {
    await harness.settled();
    const transfers = harness.app.get(TransferPublishing);
    await eventually(async () => (await transfers.lag()) === 0, 'transfers published');
    const messages: Array<{ type: string; data: Record<string, unknown> }> = [];
    await harness.bus.replay([topic], async (m) => {
      messages.push({ type: m.headers.ce_type, data: JSON.parse(m.value) });
    });
    return messages;
  }

  /** A clue registered from a fresh ClueIdentified, assessed and transferred. */
  async function transferredClue(resultDueBy?: string) {
    const other = clueIdentified();
    await harness.bus.publish([clueIdentifiedMessage(other)]);
    await eventually(async () => (await get(`/${other.clueId}`)).status === 200, 'registered');
    await post(`/${other.clueId}/assessment`, {
      recipient: 'discipline-commission',
      note: '会商',
    }).expect(200);
    await post(`/${other.clueId}/transfer`, resultDueBy ? { resultDueBy } : {}).expect(200);
    return other.clueId;
  }

  beforeAll(async () => {
    process.env.CLUE_OVERDUE_CHECK_MS = '100';
    recipients = await standInRecipients();
    harness = await startService(clueService);
    tokens.office = await harness.token('office', '611000');
    tokens.discipline = await harness.token('discipline', '611000');
    tokens.organization = await harness.token('organization', '611000');
    tokens.analyst = await harness.token('analyst', '611000');
    tokens.countyOffice = await harness.token('office', '611002');
    tokens.countyDiscipline = await harness.token('discipline', '611002');
    tokens.team = await harness.token('team', '611000');
    tokens.admin = await harness.token('admin', '611000');
    await harness.bus.publish([message]);
  });
  afterAll(async () => {
    delete process.env.CLUE_OVERDUE_CHECK_MS;
    await harness.close();
    recipients.restore();
  });

  describe('registration', () => {
    it('registers a clue from ClueIdentified, listed by inspection without names', async () => {
      const { body } = await eventually(async () => {
        const response = await get(`?inspectionId=${clue.inspectionId}`).expect(200);
        return response.body.items.length > 0 && response;
      }, 'clue listed');
      expect(body.items).toEqual([
        expect.objectContaining({
          id,
          status: 'registered',
          involvedRank: 'section',
          discipline: 'integrity',
          jurisdiction: '611000',
        }),
      ]);
      expect(JSON.stringify(body)).not.toContain(PERSON.name);
      expect(JSON.stringify(body)).not.toContain(ALLEGATION);
    });

    it('registers nothing twice, whether the message is redelivered or sent anew', async () => {
      await harness.settled();
      const before = (await allEvents()).length;
      await harness.bus.publish([message, clueIdentifiedMessage(clue)]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await harness.settled();
      expect((await allEvents()).length).toBe(before);
      expect(await streamOf(`clue.clue-${id}`)).toEqual(['ClueRegistered']);
    });

    it('registers a petition clue (信访线索) from the inspection that received the petition', async () => {
      const petitionId = randomUUID();
      const fromPetition = clueIdentified({ petitionId });
      const keys = await keyStoreFromEnvironment(harness.dataDir, {});
      await harness.bus.publish([await sealedClueIdentifiedMessage(fromPetition, keys)]);
      const view = await eventually(async () => {
        const response = await get(`/${fromPetition.clueId}`);
        return response.status === 200 && response;
      }, 'petition clue registered');
      expect(view.body).toMatchObject({
        source: 'petition',
        petitionId,
        origin: { inspectionId: fromPetition.inspectionId, teamId: fromPetition.teamId },
        person: { name: PERSON.name },
      });
    });

    it('takes no clue whose origin the caller declares: petition clues go through the inspection', async () => {
      // The origin of a clue is the stored inspection's, never the body's (a forged origin
      // counted in another county's figures): there is no route to declare one.
      const forged = {
        inspection: { ...clue, jurisdiction: '611000', tier: 'city' },
        person: PERSON,
        allegation: ALLEGATION,
        discipline: 'integrity',
      };
      const before = (await allEvents()).length;
      await post('', forged, tokens.team).expect(404);
      await post('', forged, tokens.office).expect(404);
      expect((await allEvents()).length).toBe(before);
    });
  });

  describe('lifecycle and its rules', () => {
    it('refuses a transfer before assessment (clue-not-assessed)', async () => {
      await rule(post(`/${id}/transfer`), 'clue-not-assessed');
    });

    it('refuses bad input with 400 and stores nothing', async () => {
      await invalid(post(`/${id}/assessment`, { recipient: 'police', note: 'x' }));
      await invalid(post(`/${id}/assessment`, { recipient: 'discipline-commission' }));
      await invalid(post(`/${id}/transfer`, { resultDueBy: '20-07-2026' }));
      await invalid(post(`/${id}/receipt`, {}, tokens.discipline));
      await invalid(post(`/${id}/disposition`, { method: 7 }, tokens.discipline));
      await invalid(
        post(
          `/${id}/outcome`,
          {
            caseFiled: 'yes',
            sanctionedPersons: -1,
            judicialTransfers: 0,
            fundsRecovered: 0,
            final: true,
          },
          tokens.discipline,
        ),
      );
      await expectProblem(
        post('/not-a-uuid/assessment', { recipient: 'discipline-commission', note: 'x' }),
        400,
        /bad-request$/,
      );
    });

    it('answers 401 without a token, 403 for a wrong role, 404 outside the jurisdiction or for an unknown clue', async () => {
      await expectProblem(
        harness.http().post(`/api/v1/clues/${id}/assessment`).send({}),
        401,
        /unauthorized$/,
      );
      await expectProblem(
        post(
          `/${id}/assessment`,
          { recipient: 'discipline-commission', note: 'x' },
          tokens.analyst,
        ),
        403,
        /forbidden$/,
      );
      await expectProblem(
        post(
          `/${id}/assessment`,
          { recipient: 'discipline-commission', note: 'x' },
          tokens.countyOffice,
        ),
        404,
        /not-found$/,
      );
      // Out of reach answers as not there, naming no county.
      const hidden = await expectProblem(get(`/${id}`, tokens.countyDiscipline), 404, /not-found$/);
      expect(JSON.stringify(hidden)).not.toMatch(/611000/);
      await expectProblem(
        post(`/${randomUUID()}/assessment`, { recipient: 'discipline-commission', note: 'x' }),
        404,
        /not-found$/,
      );
    });

    it('assesses, transfers with a 3-month due day and publishes the record sealed for the commission', async () => {
      await post(`/${id}/assessment`, {
        recipient: 'discipline-commission',
        note: '经集体会商，建议初步核实。',
      }).expect(200);
      await rule(
        post(
          `/${id}/outcome`,
          {
            caseFiled: false,
            sanctionedPersons: 0,
            judicialTransfers: 0,
            fundsRecovered: 0,
            final: false,
          },
          tokens.office,
        ),
        'clue-not-received',
      );
      const { body } = await post(`/${id}/transfer`).set('if-match', '1').expect(200);
      expect(body).toEqual({ id, revision: 2 });
      const transfers = (await published(TOPICS.clueTransfers)).filter((m) => m.data.clueId === id);
      expect(transfers).toEqual([
        {
          type: 'xuncha.clue.SealedClueTransferred.v1',
          data: expect.objectContaining({
            involvedRank: PERSON.rank,
            personalData: expect.any(String),
            recipient: 'discipline-commission',
            transferNumber: expect.stringMatching(/^XC-\d{4}-[0-9A-F]{8}$/),
            resultDueBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            inspection: expect.objectContaining({ inspectionId: clue.inspectionId }),
          }),
        },
      ]);
      expect(JSON.stringify(transfers)).not.toContain(PERSON.name);
      const commission = recipients.privateKeyOf('discipline-commission');
      expect(await openTransfer(transfers[0].data as never, commission)).toEqual({
        person: { name: PERSON.name, position: PERSON.position },
        allegation: ALLEGATION,
        evidenceRefs: clue.evidenceRefs,
        assessmentNote: '经集体会商，建议初步核实。',
      });
      // Sealed for the commission: the organization department's key does not open it.
      await expect(
        openTransfer(
          transfers[0].data as never,
          recipients.privateKeyOf('organization-department'),
        ),
      ).rejects.toThrow();
      await expectProblem(
        post(`/${id}/assessment`, { recipient: 'other-authority', note: 'x' }).set('if-match', '1'),
        409,
        /concurrency-conflict$/,
      );
    });

    it('refuses a disposition before receipt and one outside the four methods (422, not 400)', async () => {
      await rule(
        post(`/${id}/disposition`, { method: 'talk-inquiry' }, tokens.discipline),
        'clue-not-received',
      );
      await post(
        `/${id}/receipt`,
        { receivedAt: new Date().toISOString() },
        tokens.discipline,
      ).expect(200);
      const problem = await rule(
        post(`/${id}/disposition`, { method: 'ignore-it' }, tokens.discipline),
        'unknown-disposition-method',
      );
      expect(problem.allowed).toEqual([
        'talk-inquiry',
        'preliminary-verification',
        'shelved',
        'closed',
      ]);
    });

    it('records a disposition and a final outcome, concluding the clue', async () => {
      await post(
        `/${id}/disposition`,
        { method: 'preliminary-verification' },
        tokens.discipline,
      ).expect(200);
      await post(
        `/${id}/outcome`,
        {
          caseFiled: true,
          sanctionedPersons: 1,
          judicialTransfers: 0,
          organizationalHandling: 1,
          fundsRecovered: 38000,
          final: true,
        },
        tokens.discipline,
      ).expect(200);
      const { body } = await get(`/${id}`).expect(200);
      expect(body).toMatchObject({
        status: 'concluded',
        method: 'preliminary-verification',
        outcome: {
          caseFiled: true,
          sanctionedPersons: 1,
          organizationalHandling: 1,
          fundsRecovered: 38000,
        },
      });
      expect(body.steps.map((s: { step: string }) => s.step)).toEqual([
        'ClueRegistered',
        'ClueAssessed',
        'ClueTransferred',
        'ClueReceived',
        'ClueDisposed',
        'ClueOutcomeReported',
        'ClueConcluded',
      ]);
      expect(body.steps[2]).toEqual({
        step: 'ClueTransferred',
        at: expect.any(String),
        actor: 'office-611000',
      });
      const changes = (await published(TOPICS.clueEvents))
        .filter((m) => m.data.clueId === id)
        .map((m) => m.data.change);
      expect(changes).toEqual([
        'registered',
        'assessed',
        'transferred',
        'received',
        'disposed',
        'outcome-reported',
        'concluded',
      ]);
    });

    it('refuses every change after conclusion (clue-concluded)', async () => {
      await rule(
        post(
          `/${id}/outcome`,
          {
            caseFiled: true,
            sanctionedPersons: 2,
            judicialTransfers: 0,
            fundsRecovered: 0,
            final: true,
          },
          tokens.discipline,
        ),
        'clue-concluded',
      );
      await rule(
        post(`/${id}/disposition`, { method: 'closed' }, tokens.discipline),
        'clue-concluded',
      );
    });

    it('answers as its OpenAPI document says: full, redacted, lists, reads and refusals', async () => {
      const documented = documentedAnswers(harness);
      const answers = [
        await get(`/${id}`),
        await get(`/${id}`, tokens.analyst),
        await get(''),
        await get('/overdue'),
        await get(`/${id}/reads`),
        await post(`/${id}/disposition`, { method: 'closed' }, tokens.discipline),
        await post(`/${id}/assessment`, { recipient: 'nobody' }),
        await get(`/${randomUUID()}`),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([
        200, 200, 200, 200, 200, 422, 400, 404,
      ]);
      for (const answer of answers) await documented(answer);
    });

    it('answers a repeated Idempotency-Key like the first time and stores nothing', async () => {
      const other = clueIdentified();
      await harness.bus.publish([clueIdentifiedMessage(other)]);
      await eventually(async () => (await get(`/${other.clueId}`)).status === 200, 'registered');
      const key = randomUUID();
      const body = { recipient: 'organization-department', note: '选人用人问题' };
      const first = await post(`/${other.clueId}/assessment`, body)
        .set('idempotency-key', key)
        .expect(200);
      const before = (await allEvents()).length;
      const again = await post(`/${other.clueId}/assessment`, body)
        .set('idempotency-key', key)
        .expect(200);
      expect(again.body).toEqual(first.body);
      expect((await allEvents()).length).toBe(before);
    });
  });

  describe('confidentiality', () => {
    it('shows names and the allegation only to office and discipline of the jurisdiction, recording each read', async () => {
      const auditBefore = (await harness.eventStore.readStream(`clue.audit-${id}`)).length;
      // The organization department reaches only the clues sent to it.
      await expectProblem(get(`/${id}`, tokens.organization), 404, /not-found$/);
      for (const role of ['analyst'] as const) {
        const { body } = await get(`/${id}`, tokens[role]).expect(200);
        expect(body.redacted).toBe(true);
        expect(JSON.stringify(body)).not.toContain(PERSON.name);
        expect(JSON.stringify(body)).not.toContain(ALLEGATION);
        expect(body.involvedRank).toBe('section');
        // The organization is named to every reader: it is no personal data.
        expect(body.targetName).toBe('商洛市财政局');
      }
      const list = await get('', tokens.analyst).expect(200);
      expect(list.body.items.find((c: { id: string }) => c.id === id).targetName).toBe(
        '商洛市财政局',
      );
      expect(await harness.eventStore.readStream(`clue.audit-${id}`)).toHaveLength(auditBefore);

      const { body } = await get(`/${id}`, tokens.discipline).expect(200);
      expect(body).toMatchObject({ redacted: false, person: PERSON, allegation: ALLEGATION });
      const audit = await harness.eventStore.readStream(`clue.audit-${id}`);
      expect(audit).toHaveLength(auditBefore + 1);
      expect(audit.at(-1)).toMatchObject({
        type: 'ClueRecordRead',
        data: {
          clueId: id,
          reader: 'discipline-611000',
          roles: ['discipline'],
          readAt: expect.any(String),
        },
        metadata: { actor: 'discipline-611000' },
      });
      const trail = harness.app.get<EventStore>(AUDIT_STORE);
      const fullReads = (await trail.readAll({ after: 0, maxCount: 10000 }))
        .map((e) => e.data as AuditRecorded)
        .filter((r) => r.action === 'clue.full-read' && r.resource === `/api/v1/clues/${id}`);
      // The admin's trail holds every full read the clue's own trail holds, and no redacted view.
      expect(fullReads).toHaveLength(audit.length);
      expect(fullReads.at(-1)!.actor.sub).toBe('discipline-611000');
      const reads = await get(`/${id}/reads`).expect(200);
      expect(reads.body.items.at(-1)).toMatchObject({ reader: 'discipline-611000' });
      await expectProblem(get(`/${id}/reads`, tokens.analyst), 403, /forbidden$/);
    });

    it('never publishes a name or an allegation on the analytics topic', async () => {
      const text = JSON.stringify(await published(TOPICS.clueEvents));
      expect(text).not.toContain(PERSON.name);
      expect(text).not.toContain(PERSON.position);
      expect(text).not.toContain(ALLEGATION);
    });
  });

  it('is due in the months the round’s jurisdiction set for results (线索办理结果时限)', async () => {
    const clue = clueIdentified({ resultMonths: 2 });
    await harness.bus.publish([clueIdentifiedMessage(clue)]);
    await eventually(async () => (await get(`/${clue.clueId}`)).status === 200, 'registered');
    await post(`/${clue.clueId}/assessment`, {
      recipient: 'discipline-commission',
      note: '会商',
    }).expect(200);
    await post(`/${clue.clueId}/transfer`, {}).expect(200);
    const today = chinaDay(new Date().toISOString());
    expect((await get(`/${clue.clueId}`)).body).toMatchObject({ dueBy: addMonths(today, 2) });
  });

  describe('overdue supervision (督办)', () => {
    it('raises an overdue once past the due day, lists it, and drops it when concluded', async () => {
      const late = await transferredClue('2030-01-31');
      await harness.settled();
      const supervisor = harness.app.get(OverdueSupervisor);
      expect(await supervisor.check()).toBe(0);
      jest
        .spyOn(harness.app.get(Clock), 'now')
        .mockReturnValue(new Date('2030-02-01T01:00:00+08:00'));
      const listed = await eventually(async () => {
        const { body } = await get('/overdue', tokens.analyst).expect(200);
        return body.items.find((item: { id: string }) => item.id === late);
      }, 'clue on the overdue list');
      expect(listed).toMatchObject({ overdue: true, dueBy: '2030-01-31', status: 'transferred' });
      await supervisor.check();
      await harness.settled();
      expect(
        (await streamOf(`clue.clue-${late}`)).filter((t) => t === 'ClueOverdueRaised'),
      ).toHaveLength(1);
      expect((await get(`/${late}`)).body.overdue).toBe(true);

      await post(
        `/${late}/receipt`,
        { receivedAt: new Date().toISOString() },
        tokens.discipline,
      ).expect(200);
      await post(
        `/${late}/outcome`,
        {
          caseFiled: false,
          sanctionedPersons: 0,
          judicialTransfers: 0,
          fundsRecovered: 0,
          final: true,
        },
        tokens.discipline,
      ).expect(200);
      await harness.settled();
      const { body } = await get('/overdue').expect(200);
      expect(body.items.map((item: { id: string }) => item.id)).not.toContain(late);
    });
  });

  describe('personal data sealed and erased (crypto-shredding)', () => {
    const del = (path: string, body: object, as: string) =>
      harness.http().delete(`/api/v1/clues${path}`).set('authorization', `Bearer ${as}`).send(body);

    it('opens a sealed clue, keeps it sealed at rest, and erases it on an admin’s word', async () => {
      const keys = await keyStoreFromEnvironment(harness.dataDir, {});
      const sealed = clueIdentified();
      const sealedId = sealed.clueId;
      await harness.bus.publish([await sealedClueIdentifiedMessage(sealed, keys)]);
      await eventually(async () => (await get(`/${sealedId}`)).status === 200, 'registered');
      expect((await get(`/${sealedId}`)).body).toMatchObject({
        person: PERSON,
        allegation: ALLEGATION,
      });
      await post(`/${sealedId}/assessment`, {
        recipient: 'discipline-commission',
        note: `会商：${PERSON.name}`,
      }).expect(200);
      await post(`/${sealedId}/transfer`).expect(200);
      const stored = JSON.stringify(await harness.eventStore.readStream(`clue.clue-${sealedId}`));
      for (const secret of [PERSON.name, PERSON.position, ALLEGATION, '调阅资料']) {
        expect(stored).not.toContain(secret);
      }
      // Opened from the store to be sealed anew, for the commission alone.
      const [transfer] = (await published(TOPICS.clueTransfers)).filter(
        (m) => m.data.clueId === sealedId,
      );
      const commission = recipients.privateKeyOf('discipline-commission');
      expect(await openTransfer(transfer.data as never, commission)).toMatchObject({
        person: { name: PERSON.name, position: PERSON.position },
        allegation: ALLEGATION,
      });

      await expectProblem(
        del(`/${sealedId}/personal-data`, { reason: 'x' }, tokens.office),
        403,
        /forbidden$/,
      );
      await invalid(del(`/${sealedId}/personal-data`, {}, tokens.admin));
      const erased = await del(
        `/${sealedId}/personal-data`,
        { reason: '保存期限届满' },
        tokens.admin,
      ).expect(200);
      // The 督办 of the earlier test runs on a clock in 2030: overdues may come in between.
      const steps = await streamOf(`clue.clue-${sealedId}`);
      expect(erased.body).toEqual({
        id: sealedId,
        revision: steps.length - 1,
        personalDataErased: true,
      });
      await del(`/${sealedId}/personal-data`, { reason: '重复' }, tokens.admin).expect(200);
      expect(steps.at(-1)).toBe('CluePersonalDataErased');
      expect(
        (await streamOf(`clue.clue-${sealedId}`)).filter((t) => t === 'CluePersonalDataErased'),
      ).toHaveLength(1);
      expect(await keys.get(sealedId)).toBeUndefined();

      const full = (await get(`/${sealedId}`).expect(200)).body;
      expect(full).toMatchObject({
        redacted: false,
        status: 'transferred',
        transferNumber: expect.any(String),
        person: { name: ERASED, position: ERASED, rank: 'section' },
        allegation: ERASED,
        evidenceRefs: [],
        assessmentNote: ERASED,
        personalDataErased: true,
        erasureReason: '保存期限届满',
      });
      expect(JSON.stringify(full)).not.toContain(PERSON.name);
      expect((await get(`/${sealedId}`, tokens.analyst).expect(200)).body).toMatchObject({
        redacted: true,
        personalDataErased: true,
      });
      // The commission's answers still apply to the erased clue.
      await post(
        `/${sealedId}/receipt`,
        { receivedAt: new Date().toISOString() },
        tokens.discipline,
      ).expect(200);
    });
  });
});
