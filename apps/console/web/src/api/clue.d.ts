// GENERATED from the clue service's OpenAPI document by `npm run contracts:openapi`: do not edit by hand.

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
  '/api/v1/clues': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clues in the caller’s jurisdiction (线索列表), redacted: no names or allegations */
    get: operations['CluesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One clue (线索详情): the full record for the office of its jurisdiction and for the recipient it was transferred to, redacted for the analyst; every full read is recorded */
    get: operations['CluesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Joint review with the commission, choosing the recipient (集体会商) */
    post: operations['CluesController_assess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/disposition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disposition (处置方式): 谈话函询, 初步核实, 暂存待查 or 予以了结 */
    post: operations['CluesController_disposition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Outcome figures (办理结果); final concludes the clue (办结) */
    post: operations['CluesController_outcome'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/personal-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Erase the clue’s personal data (删除个人信息, crypto-shredding): its key is destroyed, so the name, position, allegation, evidence and notes become unreadable in every stored event and message; the clue and its figures stay. Irreversible; admin of the jurisdiction only. What the commission already received is not recalled. */
    delete: operations['CluesController_erasePersonalData'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/reads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who read the clue’s full record, and when (查阅记录) */
    get: operations['CluesController_reads'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/receipt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The recipient signed for the clue (签收) */
    post: operations['CluesController_receipt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer to the recipient with a result due day (线索移交) */
    post: operations['CluesController_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clues/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clues whose result is overdue (逾期未反馈，督办), redacted */
    get: operations['CluesController_overdue'];
    put?: never;
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
    AssessmentBody: {
      /** @description When the joint review was held (会商时间), if not now; not after today */
      assessedAt?: string;
      /** @description Conclusion of the joint review (集体会商意见) */
      note: string;
      /**
       * @description Recipient chosen at joint review (移交对象)
       * @enum {string}
       */
      recipient: 'discipline-commission' | 'organization-department' | 'other-authority';
    };
    ClueReads: {
      items: {
        /** Format: uuid */
        clueId: string;
        /** Format: date-time */
        readAt: string;
        /** @description 查阅人 */
        reader: string;
        roles: string[];
      }[];
    };
    ClueSummary: {
      /**
       * @description 问题类别
       * @enum {string}
       */
      discipline: 'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'law';
      /**
       * Format: date
       * @description 办理结果反馈期限
       * @example 2026-03-09
       */
      dueBy?: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      inspectionId: string;
      /**
       * @description 涉及人员职级
       * @enum {string}
       */
      involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
      jurisdiction: string;
      /**
       * @description 处置方式
       * @enum {string}
       */
      method?: 'talk-inquiry' | 'preliminary-verification' | 'shelved' | 'closed';
      /** @description 办理结果 */
      outcome?: {
        /** @description 立案 */
        caseFiled: boolean;
        /** @description 挽回资金 (元) */
        fundsRecovered: number;
        /** @description 移送司法 */
        judicialTransfers: number;
        /** @description 组织处理 */
        organizationalHandling: number;
        /** @description 处分人数 */
        sanctionedPersons: number;
      };
      /** @description 逾期督办中 */
      overdue: boolean;
      /**
       * Format: date
       * @example 2026-03-09
       */
      overdueSince?: string;
      /**
       * @description 移交对象
       * @enum {string}
       */
      recipient?: 'discipline-commission' | 'organization-department' | 'other-authority';
      /**
       * @description 状态
       * @enum {string}
       */
      status: 'registered' | 'assessed' | 'transferred' | 'received' | 'disposed' | 'concluded';
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName?: string;
      /** @enum {string} */
      tier: 'city' | 'county' | 'village';
      /** @description 移交编号 */
      transferNumber?: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ClueSummaryPage: {
      items: components['schemas']['ClueSummary'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    ClueView: {
      /** @description 问题内容 (full record only) */
      allegation?: string;
      /** @description 研判意见 */
      assessmentNote?: string;
      /**
       * @description 问题类别
       * @enum {string}
       */
      discipline: 'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'law';
      /**
       * Format: date
       * @description 办理结果反馈期限
       * @example 2026-03-09
       */
      dueBy?: string;
      erasureReason?: string;
      evidenceRefs?: string[];
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      identifiedAt?: string;
      /** Format: uuid */
      inspectionId: string;
      /**
       * @description 涉及人员职级
       * @enum {string}
       */
      involvedRank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
      jurisdiction: string;
      /**
       * @description 处置方式
       * @enum {string}
       */
      method?: 'talk-inquiry' | 'preliminary-verification' | 'shelved' | 'closed';
      /** @description 来源巡察 */
      origin?: {
        /** Format: uuid */
        findingId?: string;
        /** Format: uuid */
        inspectionId: string;
        jurisdiction: string;
        /** Format: uuid */
        roundId: string;
        /** Format: uuid */
        targetId: string;
        /** @description 被巡察单位 */
        targetName: string;
        /** Format: uuid */
        teamId: string;
        /** Format: uuid */
        teamLeaderId: string;
        /** @enum {string} */
        tier: 'city' | 'county' | 'village';
      };
      /** @description 办理结果 */
      outcome?: {
        /** @description 立案 */
        caseFiled: boolean;
        /** @description 挽回资金 (元) */
        fundsRecovered: number;
        /** @description 移送司法 */
        judicialTransfers: number;
        /** @description 组织处理 */
        organizationalHandling: number;
        /** @description 处分人数 */
        sanctionedPersons: number;
      };
      overdue: boolean;
      /** @description 涉及人员 (full record only) */
      person?: {
        name: string;
        position: string;
        /** @enum {string} */
        rank: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
      };
      personalDataErased?: boolean;
      /** Format: date-time */
      personalDataErasedAt?: string;
      /** Format: uuid */
      petitionId?: string;
      /**
       * @description 移交对象
       * @enum {string}
       */
      recipient?: 'discipline-commission' | 'organization-department' | 'other-authority';
      /** @description 不含人名与问题内容 */
      redacted: boolean;
      /** Format: date-time */
      registeredAt: string;
      revision: number;
      /**
       * @description 来源
       * @enum {string}
       */
      source: 'inspection' | 'petition';
      /**
       * @description 状态
       * @enum {string}
       */
      status: 'registered' | 'assessed' | 'transferred' | 'received' | 'disposed' | 'concluded';
      /** @description 办理环节 (every step, who and when) */
      steps: {
        actor: string;
        /** Format: date-time */
        at: string;
        /** @description 环节 (event type) */
        step: string;
      }[];
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName?: string;
      /** @enum {string} */
      tier: 'city' | 'county' | 'village';
      /** @description 移交编号 */
      transferNumber?: string;
      /** @description 急办 */
      urgent: boolean;
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
    DispositionBody: {
      /** @description When it was decided (决定时间); now when absent, not before the receipt */
      decidedAt?: string;
      /**
       * @description Disposition (处置方式)
       * @enum {string}
       */
      method: 'talk-inquiry' | 'preliminary-verification' | 'shelved' | 'closed';
    };
    ErasureBody: {
      /** @description Why the personal data is erased (删除理由), e.g. the retention period ended or a deletion request was granted. Kept in plaintext with the erasure: never repeat the personal data in it */
      reason: string;
    };
    ErasureOutcome: components['schemas']['CommandOutcome'] & {
      /** @description 个人信息已删除 */
      personalDataErased: boolean;
    };
    FieldError: {
      /** @description 字段路径 (path of the field, e.g. `window.to` or `items.0.text`) */
      field: string;
      /** @description 问题 (what is wrong with it) */
      messages: string[];
    };
    InvalidInputProblem: components['schemas']['ProblemDetails'] & {
      /** @description 字段错误 (each invalid field and its problems) */
      errors?: components['schemas']['FieldError'][];
    };
    OutcomeBody: {
      /** @description A case was filed (立案) */
      caseFiled: boolean;
      /** @description The outcome is final: the clue is concluded (办结) */
      final: boolean;
      /** @description Funds recovered in yuan (追缴/挽回金额) */
      fundsRecovered: number;
      /** @description Persons transferred to judicial organs (移送司法) */
      judicialTransfers: number;
      /**
       * @description Persons given organizational handling (组织处理)
       * @default 0
       */
      organizationalHandling: number;
      /** @description When it was reported (报告时间); now when absent, not before the step before */
      reportedAt?: string;
      /** @description Persons sanctioned (党纪政务处分人数) */
      sanctionedPersons: number;
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
    ReceiptBody: {
      /** @description When it was signed for (签收时间); not after today, not before the transfer */
      receivedAt: string;
      /** @description Who signed for it (签收人); the caller when absent */
      receivedBy?: string;
    };
    TransferBody: {
      /**
       * @description Day the result is due (办理结果反馈时限); 3 months after transfer when absent
       * @example 2026-07-20
       */
      resultDueBy?: string;
      /** @description When it was transferred (移交时间), if not now (a ledger entered later); not after today, not before the joint review. Numbering, due day and figures follow it */
      transferredAt?: string;
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
  CluesController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description Inspection (巡察) id */
        inspectionId?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        /** @description Status (状态) */
        status?: 'registered' | 'assessed' | 'transferred' | 'received' | 'disposed' | 'concluded';
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
          'application/json': components['schemas']['ClueSummaryPage'];
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
  CluesController_get: {
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
          'application/json': components['schemas']['ClueView'];
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
  CluesController_assess: {
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
        'application/json': components['schemas']['AssessmentBody'];
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
              | 'clue-already-transferred'
              | 'clue-concluded'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CluesController_disposition: {
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
        'application/json': components['schemas']['DispositionBody'];
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
              | 'clue-concluded'
              | 'clue-not-received'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'transfer-number-mismatch'
              | 'unknown-disposition-method';
          };
        };
      };
    };
  };
  CluesController_outcome: {
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
        'application/json': components['schemas']['OutcomeBody'];
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
              | 'clue-concluded'
              | 'clue-not-received'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'invalid-outcome-figures'
              | 'transfer-number-mismatch';
          };
        };
      };
    };
  };
  CluesController_erasePersonalData: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
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
            rule: 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CluesController_reads: {
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
          'application/json': components['schemas']['ClueReads'];
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
  CluesController_receipt: {
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
        'application/json': components['schemas']['ReceiptBody'];
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
              | 'clue-concluded'
              | 'clue-not-transferred'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'transfer-number-mismatch';
          };
        };
      };
    };
  };
  CluesController_transfer: {
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
        'application/json': components['schemas']['TransferBody'];
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
              | 'clue-already-transferred'
              | 'clue-concluded'
              | 'clue-not-assessed'
              | 'clue-personal-data-erased'
              | 'due-date-not-after-transfer'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CluesController_overdue: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
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
          'application/json': components['schemas']['ClueSummaryPage'];
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
