// GENERATED from the query service's OpenAPI document by `npm run contracts:openapi`: do not edit by hand.

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
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Audit records of every service (审计记录), newest first; admin only
     * @description Token use (first use of a token at a service in each hour), ledger exports with their filters and row counts, full reads of clue records; of actors in the caller’s jurisdiction subtree. Cursor pages ({items, next}).
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clue-distribution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clue distribution (线索分布) by rank involved, discipline or disposition, with shares; keyFew is the share of clues about top leaders and leadership members (关键少数) */
    get: operations['AnalysisController_clueDistribution'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/common-problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Common problems (共性问题): focus-catalog items found at many targets in the period, ranked by targets, for thematic clean-ups (专项整治) */
    get: operations['AnalysisController_commonProblems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ledgers/{ledger}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ledgers (台账): problems with rectification status (问题台账), clues without names or allegations (线索台账), rectification cases (整改台账), immediate items (立行立改台账)
     * @description Filters, whitelisted sort, cursor pages ({items, next}); ?format=csv or xlsx exports every page as CSV (UTF-8 with BOM, Chinese headers) for Excel; every export is audited (who, which ledger, format, filters, rows).
     */
    get: operations['LedgersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Overdue lists (逾期督办): clues without result (线索), rectification plans (整改方案), reports (整改报告), items (整改事项) and directives (书记点人点事) past their deadline, in the jurisdiction */
    get: operations['AnalysisController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/team-figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Team figures of a round (巡察组工作量): targets, talks (谈话人次), findings, clues and days from stationing to feedback (进驻至反馈天数), per team */
    get: operations['AnalysisController_teamFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Statistics (统计): coverage (覆盖率), rectification (整改率), clues (办结率)
     * @description Counts for a jurisdiction subtree (区划), tier (层级), term plan (届内规划), round (轮次), period (from/to) and instant (asOf). Rates are fractions rounded to 4 decimals, 0 when the denominator is 0. coverageRate = inspected / inScope (a target counts as inspected once an inspection of it delivered feedback 反馈); rectificationRate = rectified / found (rectified: items signed off 销号 and not reopened; immediate items apart); conclusionRate = concluded / transferred (办结/移交). `links` gives the drill-down of each figure; targets.byCategory breaks the targets down by category (对象类别), each with its drill-down. Periods apply to the feedback time (targets), the recording time (problems), the transfer time (clues), the case opening (rules) and the assignment (immediate items).
     */
    get: operations['StatsController_stats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/records': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The records behind a figure (指标钻取), e.g. the problems not yet rectified
     * @description Same filters as /stats; cursor pages. Target figures list targets, problem figures findings with their rectification status, clue figures redacted clues, rulesEstablished rectification cases, immediateItems the items.
     */
    get: operations['StatsController_records'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{id}/dossier': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A target’s dossier (巡察档案): every inspection, finding, clue (redacted), rectification case and immediate item of the target across terms */
    get: operations['AnalysisController_dossier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Charts (图表): coverage, rectification and conclusion rates by jurisdiction and by round
     * @description A server-rendered HTML page with inline SVG, no script. Like every route it needs the bearer token (Authorization header); it takes the filters of /stats.
     */
    get: operations['DashboardController_page'];
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
    AuditRecord: {
      /** @description 操作, e.g. token.used, ledger.exported, clue.full-read */
      action: string;
      /** @description 操作人 */
      actor: {
        jurisdiction: string;
        roles: string[];
        sub: string;
      };
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      auditId: string;
      clientIp?: string;
      correlationId: string;
      /** @description 台账导出 */
      export?: {
        filters?: string;
        format: string;
        ledger: string;
        rows: number;
      };
      /** @description 访问的资源 */
      resource: string;
      service: string;
      tokenFingerprint: string;
    };
    AuditRecordPage: {
      items: components['schemas']['AuditRecord'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    ClueDistribution: {
      /** @enum {string} */
      by: 'rank' | 'discipline' | 'disposition';
      items: {
        clues: number;
        label: string;
        /** @description 占比 (0..1, 4 decimals) */
        share: number;
        value: string | null;
      }[];
      /** @description 关键少数占比 (by rank only) (0..1, 4 decimals) */
      keyFew?: number;
      total: number;
    };
    /** @description 问题线索 (redacted: no person, no allegation) */
    ClueLedgerRow: {
      /** @description 记录编号 (document id) */
      _id: string;
      /** @description 立案 */
      caseFiled: boolean;
      casesFiled: number;
      concluded: boolean;
      /** Format: date-time */
      concludedAt?: string;
      discipline?: string;
      /**
       * Format: date
       * @example 2026-03-09
       */
      dueBy?: string;
      /** Format: uuid */
      findingId?: string;
      fundsRecovered: number;
      /**
       * Format: date-time
       * @description 发现时间
       */
      identifiedAt?: string;
      /** Format: uuid */
      inspectionId?: string;
      involvedRank?: string;
      judicialTransfers: number;
      /** @description 区划代码 */
      jurisdiction?: string;
      /** @description 处置方式 */
      method?: string;
      organizationalHandling: number;
      /** @description 逾期督办 */
      overdue: boolean;
      recipient?: string;
      /**
       * Format: date-time
       * @description 记录时间
       */
      recordedAt?: string;
      /** Format: uuid */
      roundId?: string;
      /** @description 轮次，如“第3轮” */
      roundLabel?: string;
      sanctionedPersons: number;
      /** @description 状态 */
      status: string;
      /** Format: uuid */
      targetId?: string;
      /** @description 被巡察对象名称 */
      targetName?: string;
      /** @description 层级 */
      tier?: string;
      /** @description 移交编号 */
      transferNumber?: string;
      transferred: boolean;
      /** Format: date-time */
      transferredAt?: string;
      /** Format: date-time */
      updatedAt?: string;
      /** @description 边巡边移 */
      urgent?: boolean;
      villageId?: string;
    };
    CommonProblems: {
      items: {
        catalogVersion: string;
        /** @description 问题数 */
        findings: number;
        /** @description 监督重点条目 */
        focusItem: string;
        /** @description 发现该问题的单位数 */
        targets: number;
      }[];
    };
    DirectiveLedgerRow: {
      /** @description 记录编号 (document id) */
      _id: string;
      /** @description 已办结 */
      closed: boolean;
      /**
       * Format: date-time
       * @description 办结时间
       */
      closedAt?: string;
      directiveId?: string;
      /**
       * Format: date
       * @description 办理时限
       * @example 2026-03-09
       */
      dueBy?: string;
      /**
       * Format: date-time
       * @description 听取时间
       */
      heardAt?: string;
      /** Format: uuid */
      inspectionId?: string;
      /** @description 区划代码 */
      jurisdiction?: string;
      /** @description 逾期未办结 */
      overdue: boolean;
      /** @description 责任部门 */
      owner?: string;
      /**
       * @description 点人、点事、点问题
       * @enum {string}
       */
      pointsAt?: 'person' | 'matter' | 'problem';
      /** Format: uuid */
      roundId?: string;
      /** @description 轮次，如“第3轮” */
      roundLabel?: string;
      /** @description 所点的人（职务）、事或问题 */
      subject?: string;
      /** Format: uuid */
      targetId?: string;
      /** @description 被巡察对象名称 */
      targetName?: string;
      /** @description 层级 */
      tier?: string;
    };
    FieldError: {
      /** @description 字段路径 (path of the field, e.g. `window.to` or `items.0.text`) */
      field: string;
      /** @description 问题 (what is wrong with it) */
      messages: string[];
    };
    FigureRecords: {
      /** @description 指标 */
      figure: string;
      items: {
        /** @description 记录编号 (document id) */
        _id: string;
      }[];
      /** @description 指标名称 */
      label: string;
      /** @description 下一页游标 */
      next?: string;
    };
    ImmediateItemLedgerRow: {
      /** @description 记录编号 (document id) */
      _id: string;
      /** Format: date-time */
      assignedAt?: string;
      /** Format: uuid */
      caseId?: string;
      /** @description 已完成 */
      done: boolean;
      /** Format: date-time */
      doneAt?: string;
      /**
       * Format: date
       * @example 2026-03-09
       */
      dueBy?: string;
      /** Format: uuid */
      findingId?: string;
      /** Format: uuid */
      inspectionId?: string;
      /** @description 区划代码 */
      jurisdiction?: string;
      /** Format: uuid */
      roundId?: string;
      /** @description 轮次，如“第3轮” */
      roundLabel?: string;
      /** Format: uuid */
      targetId?: string;
      /** @description 被巡察对象名称 */
      targetName?: string;
      /** @description 层级 */
      tier?: string;
      title?: string;
    };
    InvalidInputProblem: components['schemas']['ProblemDetails'] & {
      /** @description 字段错误 (each invalid field and its problems) */
      errors?: components['schemas']['FieldError'][];
    };
    LedgerPage: {
      /** @description 问题、线索、整改、立行立改或书记点人点事台账的行 */
      items: (
        | components['schemas']['ProblemLedgerRow']
        | components['schemas']['ClueLedgerRow']
        | components['schemas']['RectificationLedgerRow']
        | components['schemas']['ImmediateItemLedgerRow']
        | components['schemas']['DirectiveLedgerRow']
      )[];
      /** @description 下一页游标 */
      next?: string;
    };
    OverdueLists: {
      /** @description 逾期未反馈的线索 */
      clues: components['schemas']['ClueLedgerRow'][];
      /** @description 逾期未办结的书记点人点事 */
      directives: components['schemas']['DirectiveLedgerRow'][];
      /** @description 逾期的巡察环节 */
      inspections: {
        /**
         * Format: date
         * @description 时限
         * @example 2026-03-09
         */
        dueBy: string;
        /** Format: uuid */
        inspectionId: string;
        /** @description 区划代码 */
        jurisdiction: string;
        /** Format: uuid */
        roundId: string;
        /**
         * @description 现场巡察逾期、逾期未向书记专题会报告
         * @enum {string}
         */
        step: 'field-stage' | 'hearing';
        /** Format: uuid */
        targetId: string;
        /** @description 被巡察对象名称 */
        targetName: string;
      }[];
      /** @description 逾期的整改事项 */
      items: {
        /** @description 记录编号 (document id) */
        _id: string;
        /** Format: uuid */
        caseId: string;
        /**
         * Format: date
         * @example 2026-03-09
         */
        dueBy: string;
        /** Format: uuid */
        itemId?: string;
        itemTitle?: string;
        /** @description 区划代码 */
        jurisdiction: string;
        open: boolean;
        /** Format: date-time */
        raisedAt: string;
        /** Format: uuid */
        roundId: string;
        /** Format: uuid */
        targetId: string;
        targetName: string;
        /** @description 层级 */
        tier: string;
        /** @enum {string} */
        what: 'plan' | 'report' | 'item';
      }[];
      /** @description 逾期的整改方案 */
      plans: {
        /** @description 记录编号 (document id) */
        _id: string;
        /** Format: uuid */
        caseId: string;
        /**
         * Format: date
         * @example 2026-03-09
         */
        dueBy: string;
        /** Format: uuid */
        itemId?: string;
        itemTitle?: string;
        /** @description 区划代码 */
        jurisdiction: string;
        open: boolean;
        /** Format: date-time */
        raisedAt: string;
        /** Format: uuid */
        roundId: string;
        /** Format: uuid */
        targetId: string;
        targetName: string;
        /** @description 层级 */
        tier: string;
        /** @enum {string} */
        what: 'plan' | 'report' | 'item';
      }[];
      /** @description 逾期的整改报告 */
      reports: {
        /** @description 记录编号 (document id) */
        _id: string;
        /** Format: uuid */
        caseId: string;
        /**
         * Format: date
         * @example 2026-03-09
         */
        dueBy: string;
        /** Format: uuid */
        itemId?: string;
        itemTitle?: string;
        /** @description 区划代码 */
        jurisdiction: string;
        open: boolean;
        /** Format: date-time */
        raisedAt: string;
        /** Format: uuid */
        roundId: string;
        /** Format: uuid */
        targetId: string;
        targetName: string;
        /** @description 层级 */
        tier: string;
        /** @enum {string} */
        what: 'plan' | 'report' | 'item';
      }[];
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
    ProblemLedgerRow: {
      /** @description 记录编号 (document id) */
      _id: string;
      amount?: number;
      /** Format: uuid */
      caseId?: string;
      catalogVersion?: string;
      /** @description 已反馈 */
      fedBack: boolean;
      /** Format: date-time */
      fedBackAt?: string;
      /** @description 监督重点条目 */
      focusItem?: string;
      /**
       * Format: date-time
       * @description 发现时间
       */
      foundAt?: string;
      /** Format: uuid */
      inspectionId?: string;
      involvedRank?: string;
      /** Format: uuid */
      itemId?: string;
      /** @description 区划代码 */
      jurisdiction?: string;
      /** @description 重点问题 */
      keyProblem?: boolean;
      overdue: boolean;
      /** @description 群众急难愁盼 */
      publicConcern?: boolean;
      recorded: boolean;
      /**
       * Format: date-time
       * @description 记录时间
       */
      recordedAt?: string;
      /** @description 已销号且未重新打开 */
      rectified: boolean;
      /** Format: uuid */
      roundId?: string;
      /** @description 轮次，如“第3轮” */
      roundLabel?: string;
      /** Format: date-time */
      signedOffAt?: string;
      /**
       * @description 整改状态
       * @enum {string}
       */
      status: 'recorded' | 'rectifying' | 'rectified';
      /** Format: uuid */
      targetId?: string;
      /** @description 被巡察对象名称 */
      targetName?: string;
      /** @description 层级 */
      tier?: string;
      /** @description 问题表述 */
      title?: string;
      villageId?: string;
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
    RectificationLedgerRow: {
      /** @description 记录编号 (document id) */
      _id: string;
      /** @description 约谈人数 */
      admonished: number;
      closed: boolean;
      /** Format: uuid */
      feedbackId: string;
      fundsRecovered: number;
      /** @description 成效评估 */
      grade?: string;
      /** Format: uuid */
      inspectionId: string;
      itemCount: number;
      /** @description 整改事项 */
      items: {
        /** Format: uuid */
        itemId: string;
      }[];
      /** @description 区划代码 */
      jurisdiction: string;
      /** Format: date-time */
      openedAt: string;
      overdue: boolean;
      /**
       * Format: date
       * @example 2026-03-09
       */
      planDueBy: string;
      planReturns: number;
      /** @enum {string} */
      planStatus: 'due' | 'submitted' | 'approved' | 'returned';
      planSubmissions: number;
      /**
       * Format: date
       * @example 2026-03-09
       */
      reportDueBy: string;
      /** Format: date-time */
      reportSubmittedAt?: string;
      /** Format: uuid */
      roundId: string;
      /** @description 轮次，如“第3轮” */
      roundLabel?: string;
      rulesEstablished: number;
      /** @description 已销号 */
      signedOff: number;
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName: string;
      /** @description 层级 */
      tier: string;
      villageId?: string;
    };
    Stats: {
      clues: {
        /** @description 立案 */
        casesFiled: number;
        /** @description 已办结 */
        concluded: number;
        /** @description 办结率 (0..1, 4 decimals) */
        conclusionRate: number;
        /** @description 挽回资金 */
        fundsRecovered: number;
        /** @description 移送司法 */
        judicialTransfers: number;
        /** @description 党纪政务处分 */
        sanctionedPersons: number;
        /** @description 移交线索 */
        transferred: number;
      };
      directives: {
        /** @description 已办结 */
        closed: number;
        /** @description 书记点人点事 */
        issued: number;
        /** @description 逾期未办结 */
        overdue: number;
      };
      /** @description 立行立改 */
      immediateItems: number;
      /** @description 各指标的钻取链接 */
      links: {
        [key: string]: string;
      };
      problems: {
        /** @description 已反馈 */
        fedBack: number;
        /** @description 发现问题 */
        found: number;
        /** @description 重点问题 */
        key: number;
        /** @description 已整改重点问题 */
        keyRectified: number;
        /** @description 群众急难愁盼问题 */
        publicConcerns: number;
        /** @description 已解决群众急难愁盼问题 */
        publicConcernsSolved: number;
        /** @description 整改率 (0..1, 4 decimals) */
        rectificationRate: number;
        /** @description 已整改 */
        rectified: number;
      };
      rectification: {
        admonished: number;
        cases: number;
        fundsRecovered: number;
      };
      resultUses: {
        /** @description 向职能部门提出意见建议 */
        'department-suggestion': number;
        /** @description 向纪委监委提示 */
        'discipline-prompt': number;
        /** @description 向组织部提示 */
        'organization-prompt': number;
        /** @description 巡察建议书 */
        'recommendation-letter': number;
        /** @description 专题报告 */
        'thematic-report': number;
        /** @description 书面预警（主要负责人） */
        'written-warning': number;
      };
      /** @description 建章立制 */
      rulesEstablished: number;
      targets: {
        byCategory: {
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
          /** @description 覆盖率 (0..1, 4 decimals) */
          coverageRate: number;
          inScope: number;
          inspected: number;
          /** @description 类别 */
          label: string;
          links: {
            /** @description 钻取链接 (the records behind the figure) */
            inScope: string;
            /** @description 钻取链接 (the records behind the figure) */
            inspected: string;
          };
        }[];
        /** @description 覆盖率 (0..1, 4 decimals) */
        coverageRate: number;
        /** @description 应巡察对象 */
        inScope: number;
        /** @description 已巡察 */
        inspected: number;
      };
    };
    TargetDossier: {
      cases: components['schemas']['RectificationLedgerRow'][];
      clues: components['schemas']['ClueLedgerRow'][];
      findings: components['schemas']['ProblemLedgerRow'][];
      immediateItems: components['schemas']['ImmediateItemLedgerRow'][];
      inspections: {
        /** @description 记录编号 (document id) */
        _id: string;
      }[];
      /** @description 巡察对象 */
      target: {
        /** @description 记录编号 (document id) */
        _id: string;
        category?: string;
        /** @description 区划代码 */
        jurisdiction?: string;
        /** @description 单位名称 */
        name?: string;
        retired?: boolean;
        /** @description 层级 */
        tier?: string;
      };
    };
    TeamFigures: {
      items: {
        /** @description 进驻至反馈平均天数 */
        averageDaysToFeedback: number | null;
        clues: number;
        fedBack: number;
        findings: number;
        immediateItems: number;
        talkGroupsNotApplicable: number;
        /** @description 谈话人次 */
        talks: number;
        targets: number;
        /** Format: uuid */
        teamId: string;
      }[];
      /** @description 第N轮 */
      ordinal: number;
      /** Format: uuid */
      roundId: string;
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
  AuditController_list: {
    parameters: {
      query?: {
        /** @description Action (操作): token.used, ledger.exported, clue.full-read, … */
        action?: string;
        /** @description Token subject of the actor (操作人) */
        actor?: string;
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description From this instant, included (ISO 8601 with offset) */
        from?: string;
        /** @description Actors in this jurisdiction subtree (区划代码); the caller’s own when absent */
        jurisdiction?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        /** @description Service that served the call, e.g. query-service */
        service?: string;
        /** @description Until this instant, excluded (ISO 8601 with offset) */
        to?: string;
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
          'application/json': components['schemas']['AuditRecordPage'];
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
  AnalysisController_clueDistribution: {
    parameters: {
      query: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description By rank involved (涉及人员层级: 关键少数 = 一把手 + 班子成员), discipline (违纪类别) or disposition (处置方式) */
        by: 'rank' | 'discipline' | 'disposition';
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'application/json': components['schemas']['ClueDistribution'];
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
  AnalysisController_commonProblems: {
    parameters: {
      query?: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Least number of targets an item must be found at (至少涉及单位数) */
        minTargets?: number;
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'application/json': components['schemas']['CommonProblems'];
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
  LedgersController_list: {
    parameters: {
      query?: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description The `next` of the previous page (翻页游标) */
        cursor?: string;
        /** @description Discipline (违纪类别), clues */
        discipline?:
          'political' | 'organizational' | 'integrity' | 'mass' | 'work' | 'life' | 'law';
        /** @description Focus catalog item (监督重点条目), problems only */
        focusItem?: string;
        /** @description csv or xlsx: every page as one file (导出) */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description One inspection (一次巡察), e.g. the directives of its hearing */
        inspectionId?: string;
        /** @description Rank involved (涉及人员层级) */
        involvedRank?: 'top-leader' | 'leadership' | 'section' | 'below-section' | 'none';
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Key problems (重点问题), problems */
        keyProblem?: 'true' | 'false';
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Page size (每页条数), 1 to 1000 */
        limit?: number;
        /** @description Overdue only (逾期) */
        overdue?: 'true' | 'false';
        /** @description Public concerns (群众急难愁盼), problems */
        publicConcern?: 'true' | 'false';
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Sort (排序): a field of the ledger, `-` first for descending, e.g. -foundAt; newest first when absent */
        sort?: string;
        /** @description Status (状态): problems recorded|rectifying|rectified; clues as the clue service; rectification the plan due|submitted|approved|returned; immediate items done|open; directives closed|open */
        status?: string;
        /** @description Inspected target (被巡察对象) */
        targetId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
      };
      header?: never;
      path: {
        ledger: 'problems' | 'clues' | 'rectification' | 'immediate-items' | 'directives';
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
          'application/json': components['schemas']['LedgerPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
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
  AnalysisController_overdue: {
    parameters: {
      query?: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'application/json': components['schemas']['OverdueLists'];
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
  AnalysisController_teamFigures: {
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
          'application/json': components['schemas']['TeamFigures'];
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
  StatsController_stats: {
    parameters: {
      query?: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'application/json': components['schemas']['Stats'];
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
  StatsController_records: {
    parameters: {
      query: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description Target category (对象类别), for the target figures: one row of targets.byCategory */
        category?:
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
        /** @description The `next` of the previous page (翻页游标) */
        cursor?: string;
        /** @description The figure of /stats to drill into (钻取指标) */
        figure:
          | 'targets.inScope'
          | 'targets.inspected'
          | 'targets.uninspected'
          | 'problems.found'
          | 'problems.rectified'
          | 'problems.unrectified'
          | 'problems.key'
          | 'problems.keyRectified'
          | 'problems.publicConcerns'
          | 'problems.publicConcernsSolved'
          | 'clues.transferred'
          | 'clues.concluded'
          | 'clues.unconcluded'
          | 'clues.casesFiled'
          | 'clues.sanctionedPersons'
          | 'clues.judicialTransfers'
          | 'clues.fundsRecovered'
          | 'rulesEstablished'
          | 'directives.issued'
          | 'directives.closed'
          | 'directives.overdue'
          | 'immediateItems'
          | 'resultUses.recommendation-letter'
          | 'resultUses.thematic-report'
          | 'resultUses.department-suggestion'
          | 'resultUses.discipline-prompt'
          | 'resultUses.organization-prompt'
          | 'resultUses.written-warning';
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Page size (每页条数), 1 to 1000 */
        limit?: number;
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'application/json': components['schemas']['FigureRecords'];
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
  AnalysisController_dossier: {
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
          'application/json': components['schemas']['TargetDossier'];
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
  DashboardController_page: {
    parameters: {
      query?: {
        /** @description Answer as the read models stood at this instant (截至某时点), replayed from the bus; slower */
        asOf?: string;
        /** @description Period start (统计期间起), a day (China time) or an instant, included */
        from?: string;
        /** @description Jurisdiction subtree (区划代码); the caller’s own when absent, 403 outside it */
        jurisdiction?: string;
        /** @description Level by the committee that inspects (巡察层级): city 市委巡察, county 县区党委巡察 (a county committee, targets other than villages), village 对村巡察 */
        level?: 'city' | 'county' | 'village';
        /** @description Round (轮次) */
        roundId?: string;
        /** @description Term plan (届内巡察规划): its scope and its rounds */
        termPlanId?: string;
        /** @description Tier (层级): 市级, 县级 or 村级 */
        tier?: 'city' | 'county' | 'village';
        /** @description Period end (统计期间止), a day (China time, whole day included) or an instant */
        to?: string;
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
          'text/html': string;
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
