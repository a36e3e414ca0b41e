// GENERATED from the inspection service's OpenAPI document by `npm run contracts:openapi`: do not edit by hand.

export interface paths {
  '/api/v1/admin/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Projections with their generation and lag (投影状态) */
    get: operations['ProjectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Drop the projection’s documents and replay its source (topics or own event store) from the start (重建投影); admin of the root jurisdiction only, one rebuild at a time (409 while one runs) */
    post: operations['ProjectionsController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inspections in the caller’s jurisdiction (巡察列表), by round, target or team; a team cadre sees only its own team’s */
    get: operations['InspectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One inspection with its talks, coverage, findings and report (巡察详情) */
    get: operations['InspectionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/briefings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A briefing unit briefed the team (巡前通报) */
    post: operations['InspectionsController_briefing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the inspection after feedback (巡察结束) */
    post: operations['InspectionsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/clues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A problem clue (问题线索) → {clueId}. Urgent clues go to the clue service at once (边巡边移), others when the report is approved */
    post: operations['InspectionsController_clue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/directives/{directiveId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A directive carried out (办结), with what came of it */
    post: operations['InspectionsController_closeDirective'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/directives/{directiveId}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What was done on a directive (书记点人点事台账·跟踪督办), also after the inspection closed */
    post: operations['InspectionsController_followUpDirective'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/document-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Documents reviewed (调阅资料) */
    post: operations['InspectionsController_documents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/evaluations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Democratic evaluation of the leadership (民主测评) */
    post: operations['InspectionsController_evaluations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deliver feedback (反馈), one problem list per village for a village-tier inspection */
    post: operations['InspectionsController_feedback'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A finding, classified against the focus catalog (发现问题) → {findingId} */
    post: operations['InspectionsController_finding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/findings/{findingId}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct a finding, also after feedback (问题修订): the whole finding after the change */
    post: operations['InspectionsController_amend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/immediate-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An immediate rectification item (立行立改事项) → {itemId} */
    post: operations['InspectionsController_immediateItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A meeting held (沟通见面会、动员会、专题汇报会、座谈会、中期汇报) */
    post: operations['InspectionsController_meeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/petitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A petition received (受理信访举报) → {petitionId} */
    post: operations['InspectionsController_petition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/petitions/{petitionId}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase a petition’s personal data (删除信访件个人信息, crypto-shredding): its key is destroyed, so the summary becomes unreadable in every stored event; the petition and its triage stay. Irreversible; admin of the jurisdiction only. */
    delete: operations['InspectionsController_erasePetition'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/petitions/{petitionId}/triage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Triage a petition: in scope, or forwarded to a named authority (分类处置) */
    post: operations['InspectionsController_triage'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/portrait': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Top-leader political portrait over the catalog dimensions (一把手政治画像) */
    post: operations['InspectionsController_portrait'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/questionnaires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Questionnaires (问卷调查) */
    post: operations['InspectionsController_questionnaires'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft the report (起草巡察报告): talk coverage and the five must-talk groups first */
    post: operations['InspectionsController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/report/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The team leader approves the report (组长审定); non-urgent clues go out now */
    post: operations['InspectionsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/report/consult': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Office-team consultation on the report (组办会商) */
    post: operations['InspectionsController_consult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/report/hearing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The secretary meeting heard the report, with its directives (书记点人点事点问题) */
    post: operations['InspectionsController_hearing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/report/revise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The deputy leader revises the report (副组长修改) */
    post: operations['InspectionsController_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/result-uses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A use of the results sent (成果运用): recommendation letter, thematic report, suggestion, prompt to the commission or organization department (提示, sent on to it), written warning */
    post: operations['InspectionsController_resultUse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/stationing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Station and announce (进驻，发布巡察公告) */
    post: operations['InspectionsController_stationing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/talks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Individual talks with one group (个别谈话) */
    post: operations['InspectionsController_talks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/talks/not-applicable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A must-talk group the target does not have, with why (必谈对象不适用) */
    post: operations['InspectionsController_notApplicable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/inspections/{id}/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A visit (走访) */
    post: operations['InspectionsController_visits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/talk-rules/{jurisdiction}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 谈话要求 (the talk rules in force, tier by tier, with where they come from) */
    get: operations['TalkRulesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/talk-rules/{jurisdiction}/{tier}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置谈话要求 (configure the talk rules of a jurisdiction for one tier) */
    put: operations['TalkRulesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_details'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AmendmentBody: {
      /** @description Amount involved in yuan (涉及金额) */
      amount?: number;
      /** @description Description (问题描述) */
      description: string;
      /**
       * @description Focus catalog item code (监督重点条目编号), e.g. SGJJ-2-07
       * @example SGJJ-2-07
       */
      focusItem: string;
      /**
       * Format: date-time
       * @description When the team found it (发现时间), if not now (a ledger or a meeting entered later): not after today, not before the stationing; an amendment without it keeps the first. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      foundAt?: string;
      /**
       * @description Highest rank involved (涉及人员层级)
       * @enum {string}
       */
      involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
      /** @description A key problem (重点问题); absent: not */
      keyProblem?: boolean;
      /** @description A problem of the public's urgent concerns (群众急难愁盼); absent: not */
      publicConcern?: boolean;
      /** @description Why the finding is corrected (修订原因) */
      reason: string;
      /** @description Short statement of the problem (问题表述), about matters, never naming people */
      title: string;
      /** @description Village the finding is about (涉及村/社区), a target id */
      villageId?: string;
    };
    ApprovalBody: {
      /**
       * Format: date-time
       * @description When the team leader approved the report (审定时间), if not now (a ledger or a meeting entered later): not after today, not before the draft or its last revision. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      approvedAt?: string;
    };
    BriefingBody: {
      /**
       * @description When the unit briefed the team (通报时间); now when absent
       * @example 2026-03-05T15:00:00+08:00
       */
      briefedAt?: string;
      /** @description What the unit told (通报内容): negative lists, cases, audit findings, petitions; may name people, so it is sealed at rest and shown to the office and the team only */
      summary?: string;
      /**
       * @description Briefing unit (通报单位): discipline-commission 纪委监委, organization-department 组织部, audit-office 审计机关, petition-office 信访部门
       * @enum {string}
       */
      unit:
        'discipline-commission' | 'organization-department' | 'audit-office' | 'petition-office';
    };
    ClosingBody: {
      /**
       * Format: date-time
       * @description When the inspection was closed, if not now (a ledger or a meeting entered later): not after today, not before the feedback. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      closedAt?: string;
    };
    ClueBody: {
      /** @description What the person is alleged to have done (问题线索内容) */
      allegation: string;
      /**
       * @description Discipline concerned (违纪类别)
       * @enum {string}
       */
      discipline: 'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'law';
      /** @description References to supporting material (证据材料编号) */
      evidenceRefs?: string[];
      /** @description Finding the clue comes from */
      findingId?: string;
      /** @description When the team identified it (发现时间), if not now; not after today, not before stationing */
      identifiedAt?: string;
      /** @description The person concerned (涉及人员) */
      person: components['schemas']['PersonBody'];
      /** @description Petition (信访件) received at this inspection that the clue comes from (信访线索): one forwarded to another authority is refused (petition-forwarded) */
      petitionId?: string;
      /**
       * @description Transfer while the inspection goes on (边巡边移)
       * @default false
       */
      urgent: boolean;
      /** @description Village the clue is about (涉及村/社区), a target id, in a township-with-villages inspection; a clue from a finding is about the finding’s village (village-not-finding-village) */
      villageId?: string;
    };
    ClueOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      clueId: string;
    };
    CommandOutcome: {
      /** @description 仅试算 (`?dryRun=true`: decided, nothing stored; revision is the current one) */
      dryRun?: boolean;
      /** @description 对象标识 (the aggregate the command changed) */
      id: string;
      /** @description 版本 (the stream revision after the command) */
      revision: number;
      /** @description 将记录的事件 (on a dry run: the events it would record) */
      wouldRecord?: string[];
    };
    ConsultationBody: {
      /**
       * Format: date-time
       * @description When the consultation was held, if not now (a ledger or a meeting entered later): not after today, not before the report’s approval. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      consultedAt?: string;
      /** @description Outcome of the office-team consultation (组办会商意见) */
      note: string;
    };
    DirectiveBody: {
      /** @description Day it is due (办理时限), not before the hearing */
      dueBy?: string;
      /** @description The department that owns it (责任部门); an imported ledger may not name it */
      owner?: string;
      /**
       * @description What it points at: person 点人, matter 点事, problem 点问题
       * @enum {string}
       */
      pointsAt: 'person' | 'matter' | 'problem';
      /** @description Whom or what it points at; a person by post (职务), never by name */
      subject: string;
    };
    DirectiveClosingBody: {
      /**
       * Format: date-time
       * @description When it was closed, if not now (a ledger or a meeting entered later): not after today, not before the hearing or the last follow-up. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      closedAt?: string;
      /** @description What came of it (办结情况) */
      result: string;
    };
    DocumentReviewBody: {
      /**
       * @description Day (日期)
       * @example 2026-03-14
       */
      date: string;
      /** @description What was reviewed (调阅资料), e.g. 党组会议记录, 财务凭证 */
      subject: string;
      /** @description Volumes reviewed (卷/册) */
      volumes: number;
    };
    DraftBody: {
      /**
       * Format: date-time
       * @description When the report was drafted, if not now (a ledger or a meeting entered later): not after today, not before the stationing. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      draftedAt?: string;
      /** @description Report text or summary (巡察报告) */
      summary: string;
    };
    ErasureBody: {
      /** @description Why the personal data is erased (删除理由), e.g. the retention period ended or a deletion request was granted. Kept in plaintext with the erasure: never repeat the personal data in it */
      reason: string;
    };
    ErasureOutcome: components['schemas']['CommandOutcome'] & {
      /** @description 个人信息已删除 */
      personalDataErased: boolean;
    };
    FeedbackBody: {
      /** @description Positions or bodies copied (抄送), never personal names */
      copiedTo: string[];
      /** @description When the feedback was delivered (反馈时间): not after today, not before the hearing. Rectification due dates count from its day */
      deliveredAt: string;
      /** @description Villages that get their own problem list with it (分村反馈); required for each village of the inspection */
      villageIds?: string[];
    };
    FieldError: {
      /** @description 字段路径 (path of the field, e.g. `window.to` or `items.0.text`) */
      field: string;
      /** @description 问题 (what is wrong with it) */
      messages: string[];
    };
    FindingBody: {
      /** @description Amount involved in yuan (涉及金额) */
      amount?: number;
      /** @description Description (问题描述) */
      description: string;
      /**
       * @description Focus catalog item code (监督重点条目编号), e.g. SGJJ-2-07
       * @example SGJJ-2-07
       */
      focusItem: string;
      /**
       * Format: date-time
       * @description When the team found it (发现时间), if not now (a ledger or a meeting entered later): not after today, not before the stationing; an amendment without it keeps the first. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      foundAt?: string;
      /**
       * @description Highest rank involved (涉及人员层级)
       * @enum {string}
       */
      involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
      /** @description A key problem (重点问题); absent: not */
      keyProblem?: boolean;
      /** @description A problem of the public's urgent concerns (群众急难愁盼); absent: not */
      publicConcern?: boolean;
      /** @description Short statement of the problem (问题表述), about matters, never naming people */
      title: string;
      /** @description Village the finding is about (涉及村/社区), a target id */
      villageId?: string;
    };
    FindingOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      findingId: string;
    };
    FollowUpBody: {
      /**
       * Format: date-time
       * @description When it was done, if not now (a ledger or a meeting entered later): not after today, not before the hearing or the last follow-up. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      followedUpAt?: string;
      /** @description What was done (办理情况) */
      note: string;
    };
    HearingBody: {
      /** @description Directives (书记点人点事点问题), each a line of the directives ledger; may be empty */
      directives: components['schemas']['DirectiveBody'][];
      /** @description When the secretary meeting heard the report (书记专题会听取时间): not after today, not before the report’s approval or consultation */
      heardAt: string;
    };
    ImmediateItemBody: {
      /**
       * Format: date-time
       * @description When it was handed to the target (交办时间), if not now (a ledger or a meeting entered later): not after today, not before the stationing, or its finding. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      assignedAt?: string;
      /** @description Day by which it must be done (完成时限) */
      dueBy?: string;
      /** @description Finding it comes from */
      findingId?: string;
      /** @description What must be put right at once (立行立改事项) */
      title: string;
    };
    ImmediateItemOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      itemId: string;
    };
    InspectionSummary: {
      /**
       * Format: date-time
       * @description 进驻
       */
      announcedAt?: string;
      clueCount: number;
      coverage: {
        met: boolean;
        rate: number;
        required: number;
        talked: number;
      };
      /**
       * Format: date-time
       * @description 反馈
       */
      feedbackDeliveredAt?: string;
      findingCount: number;
      headcount: number;
      /**
       * Format: date-time
       * @description 听取汇报
       */
      heardAt?: string;
      /** Format: uuid */
      id: string;
      immediateItemCount: number;
      jurisdiction: string;
      partyMemberCount?: number;
      /** Format: uuid */
      roundId: string;
      /**
       * @description 进度
       * @enum {string}
       */
      status:
        | 'opened'
        | 'stationed'
        | 'report-drafted'
        | 'report-revised'
        | 'report-approved'
        | 'report-consulted'
        | 'report-heard'
        | 'feedback-delivered'
        | 'closed';
      talkRules?: components['schemas']['TalkRules'];
      /** @description 各类谈话人数 (talks per group) */
      talks: {
        [key: string]: number;
      };
      /** @description 不适用的必谈对象及理由 */
      talksNotApplicable?: {
        [key: string]: {
          /** Format: date-time */
          markedAt: string;
          reason: string;
        };
      };
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName: string;
      /** Format: uuid */
      teamId: string;
      /** Format: uuid */
      termPlanId: string;
      /** @enum {string} */
      tier: 'city' | 'county' | 'village';
    };
    InspectionSummaryPage: {
      items: components['schemas']['InspectionSummary'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    InspectionView: {
      /** @description 巡前通报 */
      briefings: {
        /** @description 尚未通报的单位 */
        missing: (
          'discipline-commission' | 'organization-department' | 'audit-office' | 'petition-office'
        )[];
        received: {
          /** @description 进驻前通报 */
          beforeStationing: boolean;
          /** Format: date-time */
          briefedAt: string;
          personalDataErased?: boolean;
          /** @description 内容不向本角色显示 */
          redacted?: boolean;
          /** @description 通报内容 (office and team only) */
          summary?: string;
          /** @enum {string} */
          unit:
            | 'discipline-commission'
            | 'organization-department'
            | 'audit-office'
            | 'petition-office';
        }[];
      };
      /** @description 重点问题目录版本 */
      catalogVersion: string;
      /** @description 问题线索 (without person and allegation) */
      clues: {
        /** Format: uuid */
        clueId: string;
        /** @enum {string} */
        discipline: 'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'law';
        /** Format: uuid */
        findingId?: string;
        /** Format: date-time */
        identifiedAt: string;
        /** @enum {string} */
        involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
        personalDataErased?: boolean;
        /** @description 已移交线索服务 */
        transferred: boolean;
        urgent: boolean;
        village?: {
          jurisdiction: string;
          villageId: string;
          /** @description 村名 */
          villageName: string;
        };
        villageId?: string;
      }[];
      coverage: components['schemas']['TalkCoverage'];
      /** @description 书记点人点事台账 */
      directives: {
        closed?: {
          /** Format: date-time */
          at: string;
          /** @description 办结情况 */
          result: string;
        };
        directiveId: string;
        /**
         * Format: date
         * @description 办理时限
         * @example 2026-03-09
         */
        dueBy?: string;
        followUps: {
          /** Format: date-time */
          at: string;
          /** @description 办理情况 */
          note: string;
        }[];
        /** @description 逾期 */
        overdue: boolean;
        /** @description 责任部门 */
        owner?: string;
        /**
         * @description 点人、点事、点问题
         * @enum {string}
         */
        pointsAt: 'person' | 'matter' | 'problem';
        /** @description 所点的人（职务）、事或问题 */
        subject: string;
      }[];
      documentReviews: {
        /**
         * Format: date
         * @example 2026-03-09
         */
        date: string;
        subject: string;
        volumes: number;
      }[];
      evaluations: {
        respondents: number;
      };
      feedback: {
        copiedTo: string[];
        /** Format: date-time */
        deliveredAt: string;
        lists: {
          /** Format: uuid */
          feedbackId: string;
          findingIds: string[];
          immediateItemIds: string[];
          village: {
            jurisdiction: string;
            villageId: string;
            /** @description 村名 */
            villageName: string;
          } | null;
        }[];
        /**
         * Format: date
         * @description 整改方案期限
         * @example 2026-03-09
         */
        planDueBy: string;
        /**
         * Format: date
         * @description 整改报告期限
         * @example 2026-03-09
         */
        reportDueBy: string;
      } | null;
      /** @description 发现的问题 */
      findings: {
        /** @description 修改次数 */
        amendments: number;
        /** @description 涉及金额 (元) */
        amount?: number;
        catalogVersion: string;
        description: string;
        /** Format: uuid */
        findingId: string;
        /** @description 重点问题条目 */
        focusItem: string;
        /** @description 条目表述 (the wording of the item in the round’s catalog version) */
        focusItemLabel?: string;
        /** @enum {string} */
        involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
        /** @description 重点问题 */
        keyProblem?: boolean;
        /** @description 群众急难愁盼 */
        publicConcern?: boolean;
        title: string;
        village?: {
          jurisdiction: string;
          villageId: string;
          /** @description 村名 */
          villageName: string;
        };
        villageId?: string;
      }[];
      /** Format: uuid */
      id: string;
      /** @description 立行立改 */
      immediateItems: {
        /**
         * Format: date
         * @example 2026-03-09
         */
        dueBy?: string;
        /** Format: uuid */
        findingId?: string;
        /** Format: uuid */
        itemId: string;
        title: string;
      }[];
      /** @enum {string} */
      kind: 'regular' | 'special' | 'mobile' | 'follow-up';
      meetings: {
        attendees: number;
        /**
         * Format: date
         * @example 2026-03-09
         */
        heldOn: string;
        /** @enum {string} */
        kind:
          'communication' | 'mobilization' | 'special-briefing' | 'symposium' | 'mid-term-report';
        note?: string;
      }[];
      modes: ('elevated' | 'cross' | 'linked' | 'township-with-villages')[];
      /** @description 第N轮 */
      ordinal: number;
      /** @description 信访件 */
      petitions: {
        /** @enum {string} */
        channel: 'phone' | 'mailbox' | 'email' | 'box' | 'online';
        erasureReason?: string;
        personalDataErased?: boolean;
        /** Format: date-time */
        personalDataErasedAt?: string;
        /** Format: uuid */
        petitionId: string;
        /** Format: date-time */
        receivedAt: string;
        /** @description 内容不可见 */
        redacted?: boolean;
        /** @description 来信来访内容 (for who reads it; erased after an erasure) */
        summary?: string;
        triage?: {
          forwardedTo?: string;
          inScope: boolean;
        };
      }[];
      portrait: {
        entries: {
          assessment: string;
          dimension: string;
          /** @enum {string} */
          rating: 'good' | 'fair' | 'poor';
        }[];
        /** Format: date-time */
        recordedAt: string;
      } | null;
      questionnaires: {
        respondents: number;
      };
      report: {
        /** Format: date-time */
        heardAt?: string;
        /** @enum {string} */
        stage: 'none' | 'drafted' | 'revised' | 'approved' | 'consulted' | 'heard';
        summary?: string;
      };
      /** @description 成果运用 */
      resultUses: {
        /** @description 送达单位 */
        addressee: string;
        /**
         * @description 成果运用方式
         * @enum {string}
         */
        kind:
          | 'recommendation-letter'
          | 'thematic-report'
          | 'department-suggestion'
          | 'discipline-prompt'
          | 'organization-prompt'
          | 'written-warning';
        /**
         * Format: date-time
         * @description 送达时间
         */
        sentAt: string;
        /** @description 主要内容 */
        subject: string;
        /** Format: uuid */
        useId: string;
      }[];
      revision: number;
      /** Format: uuid */
      roundId: string;
      stationing: {
        /** Format: date-time */
        announcedAt: string;
        /** @description 受理渠道 */
        channels: ('phone' | 'mailbox' | 'email' | 'box' | 'online')[];
        /**
         * Format: date
         * @example 2026-03-09
         */
        fieldStageDueBy: string;
      } | null;
      /**
       * @description 进度
       * @enum {string}
       */
      status:
        | 'opened'
        | 'stationed'
        | 'report-drafted'
        | 'report-revised'
        | 'report-approved'
        | 'report-consulted'
        | 'report-heard'
        | 'feedback-delivered'
        | 'closed';
      talkRules: components['schemas']['TalkRules'];
      talks: {
        /** @description 各类谈话人数 (talks per group) */
        byGroup: {
          [key: string]: number;
        };
        total: number;
      };
      target: {
        /** @enum {string} */
        category:
          | 'committee-organ'
          | 'party-mass-organ'
          | 'peoples-organization'
          | 'government-department'
          | 'government-affiliated'
          | 'party-government-organ'
          | 'public-institution'
          | 'state-owned-enterprise'
          | 'development-zone'
          | 'university'
          | 'township'
          | 'village'
          | 'other';
        headcount: number;
        jurisdiction: string;
        /** Format: uuid */
        parentId?: string;
        partyMemberCount?: number;
        /** Format: uuid */
        targetId: string;
        /** @description 被巡察单位 */
        targetName: string;
        /** @enum {string} */
        tier: 'city' | 'county' | 'village';
      };
      team: {
        deputyIds: string[];
        /**
         * Format: uuid
         * @description 组长
         */
        leaderId: string;
        /** Format: uuid */
        liaisonId: string;
        memberIds: string[];
        /** Format: uuid */
        teamId: string;
      };
      /** Format: uuid */
      termPlanId: string;
      /** @description 巡镇带村的村 */
      villages: {
        jurisdiction: string;
        villageId: string;
        /** @description 村名 */
        villageName: string;
      }[];
      visits: {
        /**
         * Format: date
         * @example 2026-03-09
         */
        date: string;
        place: string;
      }[];
    };
    InvalidInputProblem: components['schemas']['ProblemDetails'] & {
      /** @description 字段错误 (each invalid field and its problems) */
      errors?: components['schemas']['FieldError'][];
    };
    MeetingBody: {
      /** @description Attendees (参会人数) */
      attendees: number;
      /**
       * @description Day held (召开日期)
       * @example 2026-03-10
       */
      heldOn: string;
      /**
       * @description Meeting (会议): communication 沟通见面会, mobilization 动员会, special-briefing 专题汇报会, symposium 座谈会, mid-term-report 中期汇报
       * @enum {string}
       */
      kind: 'communication' | 'mobilization' | 'special-briefing' | 'symposium' | 'mid-term-report';
      /** @description Note (备注) */
      note?: string;
    };
    NotApplicableBody: {
      /**
       * @description The must-talk group the target does not have (不适用的必谈对象)
       * @enum {string}
       */
      group:
        | 'leadership'
        | 'party-member'
        | 'middle-manager'
        | 'minority'
        | 'generational'
        | 'staff'
        | 'village-cadre'
        | 'resident';
      /** @description Why (原因), e.g. 本单位无少数民族职工 */
      reason: string;
    };
    PersonBody: {
      /** @description Full name (姓名) */
      name: string;
      /** @description Position (职务) */
      position: string;
      /**
       * @description Rank (层级)
       * @enum {string}
       */
      rank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
    };
    PetitionBody: {
      /**
       * @description How it arrived (信访渠道)
       * @enum {string}
       */
      channel: 'phone' | 'mailbox' | 'email' | 'box' | 'online';
      /** @description What it is about (信访摘要) */
      summary: string;
    };
    PetitionOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      petitionId: string;
    };
    PortraitBody: {
      /** @description Top-leader political portrait (一把手政治画像) */
      entries: components['schemas']['PortraitEntryBody'][];
    };
    PortraitEntryBody: {
      /** @description Assessment (评价意见) */
      assessment: string;
      /** @description Portrait dimension code of the catalog (画像维度), e.g. political-quality */
      dimension: string;
      /**
       * @description Rating (评价): good 好, fair 较好/一般, poor 差
       * @enum {string}
       */
      rating: 'good' | 'fair' | 'poor';
    };
    ProblemDetails: {
      detail: string;
      /** @description 请求路径 (the request that failed) */
      instance?: string;
      status: number;
      title: string;
      /** @description 问题类型 (URI of the problem type) */
      type: string;
    };
    ProjectionStatus: {
      /** @description 重建次数 (generation) */
      generation: number;
      /** @description 尚未处理的消息数 */
      lag: number;
      /** @description 投影名称 */
      name: string;
      running: boolean;
    };
    ProjectionStatuses: {
      items: components['schemas']['ProjectionStatus'][];
    };
    ResultUseBody: {
      /** @description Whom it is sent to (送达单位): a body, never a person */
      addressee: string;
      /**
       * @description What is sent (成果运用方式)
       * @enum {string}
       */
      kind:
        | 'recommendation-letter'
        | 'thematic-report'
        | 'department-suggestion'
        | 'discipline-prompt'
        | 'organization-prompt'
        | 'written-warning';
      /**
       * Format: date-time
       * @description When it was sent (送达时间), if not now (a ledger or a meeting entered later): not after today, not before the hearing. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      sentAt?: string;
      /** @description What it is about (主要内容); a person by post, never by name */
      subject: string;
    };
    ResultUseOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      useId: string;
    };
    RevisionBody: {
      /**
       * Format: date-time
       * @description When the report was revised, if not now (a ledger or a meeting entered later): not after today, not before the draft or the last revision. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      revisedAt?: string;
      /** @description Report text or summary (巡察报告) */
      summary: string;
    };
    StationingBody: {
      /**
       * @description When the inspection was announced (巡察公告时间)
       * @example 2026-03-10T09:00:00+08:00
       */
      announcedAt: string;
      /** @description Reporting channels announced (举报渠道) */
      channels: ('phone' | 'mailbox' | 'email' | 'box' | 'online')[];
    };
    SurveyBody: {
      /**
       * @description Day (日期)
       * @example 2026-03-13
       */
      date: string;
      /** @description Respondents (问卷调查/民主测评人数) */
      respondents: number;
    };
    TalkCoverage: {
      headcount: number;
      /** @description 谈话要求已满足 */
      met: boolean;
      /** @description 尚未谈话的必谈对象 */
      missingGroups: (
        | 'leadership'
        | 'party-member'
        | 'middle-manager'
        | 'minority'
        | 'generational'
        | 'staff'
        | 'village-cadre'
        | 'resident'
      )[];
      /** @description 不适用的必谈对象及理由 */
      notApplicable: {
        [key: string]: {
          /** Format: date-time */
          markedAt: string;
          reason: string;
        };
      };
      /** @description 全体党员 */
      partyMembers?: {
        required: number;
        talked: number;
      };
      rate: number;
      /** @description 应谈人数 */
      required: number;
      /** @description 已谈人数 */
      talked: number;
    };
    TalkRules: {
      /** @description 全体党员 */
      allPartyMembers: boolean;
      /** @description 此人数以下全部谈话 */
      everyoneUpTo: number;
      /** @description 超过时至少谈话的比例 (%) */
      minimumPercent: number;
      /** @description 必谈对象 */
      mustTalkGroups: (
        | 'leadership'
        | 'party-member'
        | 'middle-manager'
        | 'minority'
        | 'generational'
        | 'staff'
        | 'village-cadre'
        | 'resident'
      )[];
    };
    TalkRulesBody: {
      /** @description 全体党员 (every party member where their number is known) */
      allPartyMembers: boolean;
      /** @description 全覆盖人数上限 (up to and including this headcount everyone), default 30 */
      everyoneUpTo: number;
      /** @description 谈话比例下限 (above it, at least this percent), default 70 */
      minimumPercent: number;
      /** @description 必谈对象 (groups every one of which is talked to) */
      mustTalkGroups: (
        | 'leadership'
        | 'party-member'
        | 'middle-manager'
        | 'minority'
        | 'generational'
        | 'staff'
        | 'village-cadre'
        | 'resident'
      )[];
    };
    TalkRulesInForce: {
      jurisdiction: string;
      tiers: {
        rules: components['schemas']['TalkRules'];
        /** @description 来源辖区 */
        source: string;
        /** @enum {string} */
        tier: 'city' | 'county' | 'village';
      }[];
    };
    TalksBody: {
      /** @description Talks held (谈话人次) */
      count: number;
      /**
       * @description Day of the talks (谈话日期)
       * @example 2026-03-12
       */
      date: string;
      /**
       * @description Who was talked to (谈话对象)
       * @enum {string}
       */
      group:
        | 'leadership'
        | 'party-member'
        | 'middle-manager'
        | 'minority'
        | 'generational'
        | 'staff'
        | 'village-cadre'
        | 'resident';
    };
    TriageBody: {
      /** @description Authority it is forwarded to when outside the scope (转办单位) */
      forwardedTo?: string;
      /** @description Inside the inspection scope (属于巡察范围) */
      inScope: boolean;
    };
    VisitBody: {
      /**
       * @description Day (日期)
       * @example 2026-03-15
       */
      date: string;
      /** @description Place or unit visited (走访对象) */
      place: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ProjectionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 查询结果 (the answer) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionStatuses'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  ProjectionsController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已受理 (done) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionStatus'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  InspectionsController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        /** @description Round (轮次) id */
        roundId?: string;
        /** @description Target (巡察对象) id */
        targetId?: string;
        /** @description Team (巡察组) id */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 查询结果 (the answer) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InspectionSummaryPage'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  InspectionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 查询结果 (the answer) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InspectionView'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  InspectionsController_briefing: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BriefingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'briefing-already-recorded'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed';
          };
        };
      };
    };
  };
  InspectionsController_close: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClosingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'feedback-not-delivered'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed';
          };
        };
      };
    };
  };
  InspectionsController_clue: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClueBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClueOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-not-stationed'
              | 'petition-forwarded'
              | 'unknown-finding'
              | 'unknown-petition'
              | 'unknown-village'
              | 'village-not-finding-village';
          };
        };
      };
    };
  };
  InspectionsController_closeDirective: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        directiveId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DirectiveClosingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'directive-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'unknown-directive';
          };
        };
      };
    };
  };
  InspectionsController_followUpDirective: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        directiveId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'directive-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'unknown-directive';
          };
        };
      };
    };
  };
  InspectionsController_documents: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DocumentReviewBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  InspectionsController_evaluations: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  InspectionsController_feedback: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedbackBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'feedback-already-delivered'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'report-not-heard'
              | 'unknown-village'
              | 'village-feedback-missing';
          };
        };
      };
    };
  };
  InspectionsController_finding: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FindingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'catalog-version-unavailable'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-feedback-delivered'
              | 'inspection-not-stationed'
              | 'unknown-focus-item'
              | 'unknown-village';
          };
        };
      };
    };
  };
  InspectionsController_amend: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        findingId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AmendmentBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'catalog-version-unavailable'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'unknown-finding'
              | 'unknown-focus-item'
              | 'unknown-village';
          };
        };
      };
    };
  };
  InspectionsController_immediateItem: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImmediateItemBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImmediateItemOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-feedback-delivered'
              | 'inspection-not-stationed'
              | 'unknown-finding';
          };
        };
      };
    };
  };
  InspectionsController_meeting: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeetingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed';
          };
        };
      };
    };
  };
  InspectionsController_petition: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PetitionBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PetitionOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  InspectionsController_erasePetition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        petitionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ErasureBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErasureOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'unknown-petition';
          };
        };
      };
    };
  };
  InspectionsController_triage: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        petitionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TriageBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'forwarding-authority-missing'
              | 'forwarding-in-scope'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'petition-already-triaged'
              | 'unknown-petition';
          };
        };
      };
    };
  };
  InspectionsController_portrait: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PortraitBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'catalog-version-unavailable'
              | 'duplicate-portrait-dimension'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-not-stationed'
              | 'unknown-portrait-dimension';
          };
        };
      };
    };
  };
  InspectionsController_questionnaires: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SurveyBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  InspectionsController_draft: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-not-stationed'
              | 'must-talk-groups-missing'
              | 'party-member-talks-short'
              | 'report-already-approved'
              | 'talk-coverage-not-met';
          };
        };
      };
    };
  };
  InspectionsController_approve: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApprovalBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'report-already-approved'
              | 'report-not-drafted';
          };
        };
      };
    };
  };
  InspectionsController_consult: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsultationBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'report-already-heard'
              | 'report-not-approved';
          };
        };
      };
    };
  };
  InspectionsController_hearing: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HearingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'directive-due-before-hearing'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'report-already-heard'
              | 'report-not-approved';
          };
        };
      };
    };
  };
  InspectionsController_revise: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevisionBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'report-already-approved'
              | 'report-not-drafted';
          };
        };
      };
    };
  };
  InspectionsController_resultUse: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResultUseBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResultUseOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'report-not-heard';
          };
        };
      };
    };
  };
  InspectionsController_stationing: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StationingBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'idempotency-key-reused'
              | 'inspection-already-stationed'
              | 'inspection-closed'
              | 'stationing-outside-round-window';
          };
        };
      };
    };
  };
  InspectionsController_talks: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TalksBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  InspectionsController_notApplicable: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NotApplicableBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'idempotency-key-reused'
              | 'inspection-closed'
              | 'inspection-not-stationed'
              | 'not-applicable-reason-required'
              | 'talk-group-has-talks'
              | 'talk-group-not-required';
          };
        };
      };
    };
  };
  InspectionsController_visits: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VisitBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule: 'idempotency-key-reused' | 'inspection-closed' | 'inspection-not-stationed';
          };
        };
      };
    };
  };
  TalkRulesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        jurisdiction: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 查询结果 (the answer) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TalkRulesInForce'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  TalkRulesController_set: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        jurisdiction: string;
        tier: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TalkRulesBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandOutcome'];
        };
      };
      /** @description 输入有误 (invalid input: each field and its problems) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['InvalidInputProblem'];
        };
      };
      /** @description 未登录 (no valid bearer token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 无权访问 (the role or the jurisdiction does not reach this) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 不存在 (no such record within reach) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 版本冲突 (changed meanwhile: reload and retry) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description 规则不允许 (refused by a rule, named in `rule`) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /**
             * @description 规则 (the rule that refused)
             * @enum {string}
             */
            rule:
              | 'idempotency-key-reused'
              | 'must-talk-group-repeated'
              | 'must-talk-groups-empty'
              | 'party-members-not-a-must-talk-group';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_details: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example ok */
            status?: string;
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example error */
            status?: string;
          };
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
