// GENERATED from the rectification service's OpenAPI document by `npm run contracts:openapi`: do not edit by hand.

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
  '/api/v1/rectification-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rectification cases within reach (整改台账), by inspection, target or status
     * @description The inspected organization (role inspected) sees only its own cases.
     */
    get: operations['CasesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case with its plan, items, report and assessment (整改详情) */
    get: operations['CasesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/admonishments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record admonishment talks after a poor grade (约谈) */
    post: operations['CasesController_admonishment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assess effectiveness (整改成效评估: 较好/一般/较差) */
    post: operations['CasesController_assessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the case after its assessment (整改结束) */
    post: operations['CasesController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/disclosure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public disclosure summary (整改公开)
     * @description The text to publish; items withheld from disclosure are left out entirely.
     */
    get: operations['CasesController_disclosure'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/items/{itemId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report progress on an item (整改进展) */
    post: operations['CasesController_progress'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/items/{itemId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a signed-off item (重新整改) */
    post: operations['CasesController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/items/{itemId}/sign-off': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify and sign off an item (销号) */
    post: operations['CasesController_signOff'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/items/{itemId}/withhold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withhold an item from public disclosure (不予公开: 涉密、在办案件、敏感事项) */
    post: operations['CasesController_withhold'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit the rectification plan (报送整改方案)
     * @description Screening (过筛子): an item without measures, a responsible person or a deadline is refused with 422 rules/plan-incomplete naming the items in itemIds.
     */
    post: operations['CasesController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/plan/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or return the plan (整改方案审核) */
    post: operations['CasesController_reviewPlan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/re-rectification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a re-rectification notice (再整改通知): a new report is due */
    post: operations['CasesController_reRectification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the rectification report (报送整改报告) */
    post: operations['CasesController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/report/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept or return the report (整改报告审核) */
    post: operations['CasesController_reviewReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/{id}/supervision-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Daily supervision note (日常监督) by the discipline commission or organization department */
    post: operations['CasesController_supervisionNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-cases/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Overdue plans, reports and items (整改逾期清单)
     * @description One entry per deadline passed and not yet met: a plan not approved, a report not submitted, an item not signed off.
     */
    get: operations['CasesController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rectification-deadlines/{jurisdiction}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rectification deadlines that apply in a jurisdiction (整改时限)
     * @description The nearest configured jurisdiction (the code itself, then its ancestors) applies; with none, the defaults of docs/domain.md §5: plan 15 working days after feedback (office practice), report 2 months (巡视工作条例 2015, art. 27). Working days are Monday to Friday; no holiday calendar is kept.
     */
    get: operations['DeadlinesController_get'];
    /** Configure the rectification deadlines of a jurisdiction and its subtree (整改时限) */
    put: operations['DeadlinesController_put'];
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
    AdmonishmentBody: {
      /**
       * @description Day of the talks (约谈日期)
       * @example 2026-10-12
       */
      heldOn: string;
      /** @description Leaders admonished (约谈对象) */
      leaders: components['schemas']['PersonBody'][];
      /** @description Remarks (约谈情况) */
      note?: string;
    };
    AssessmentBody: {
      /**
       * Format: date-time
       * @description When it was assessed (评估时间), if not now (a ledger or a meeting entered later): not after today, not before the report. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      assessedAt?: string;
      /**
       * @description Effectiveness (整改成效): good 较好, fair 一般, poor 较差
       * @enum {string}
       */
      grade: 'good' | 'fair' | 'poor';
      /** @description Remarks (评估意见) */
      note?: string;
    };
    CloseBody: {
      /**
       * Format: date-time
       * @description When the case was closed, if not now (a ledger or a meeting entered later): not after today, not before every step of it. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      closedAt?: string;
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
    DeadlinesBody: {
      /**
       * @description Working days (Mon–Fri, public holidays not excluded) after feedback for the rectification plan (整改方案报送时限). Default 15 (office practice; some offices: 1 month).
       * @example 15
       */
      planWorkingDays: number;
      /**
       * @description Months after feedback for the rectification report (整改报告报送时限). Default 2 (巡视工作条例 2015, art. 27; some counties: 3).
       * @example 2
       */
      reportMonths: number;
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
    MilestoneBody: {
      /**
       * @description Day it is due (完成时限)
       * @example 2026-10-31
       */
      dueBy: string;
      /**
       * @description Milestone (阶段目标)
       * @example 完成制度修订
       */
      title: string;
    };
    PersonBody: {
      /**
       * @description Full name (姓名)
       * @example 张某某
       */
      name: string;
      /**
       * @description Position (职务)
       * @example 商洛市财政局党组书记、局长
       */
      position: string;
    };
    PlanBody: {
      /** @description The plan item by item (整改方案) */
      items: components['schemas']['PlanItemBody'][];
      /** @description Principal leader, first responsible for rectification (主要负责人, 整改第一责任人) */
      principalLeader?: components['schemas']['PersonBody'];
      /**
       * Format: date-time
       * @description When the plan was submitted (报送时间), if not now (a ledger or a meeting entered later): not after today, not before the feedback, or the return it answers. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      submittedAt?: string;
    };
    PlanItemBody: {
      /**
       * @description Deadline (整改时限); missing: screening refuses the plan (422)
       * @example 2026-08-31
       */
      deadline?: string;
      /** @description Item (整改事项) id of the case */
      itemId: string;
      /**
       * @description Measures (整改措施); missing or empty: screening refuses the plan (422)
       * @example [
       *       "清退超标准列支的会议费",
       *       "修订会议费管理办法"
       *     ]
       */
      measures?: string[];
      /** @description Milestones of a long-term item (中长期整改事项阶段目标) */
      milestones?: components['schemas']['MilestoneBody'][];
      /**
       * @description Responsible person (责任人); missing or blank: screening refuses the plan (422)
       * @example 李某某（财务科科长）
       */
      responsible?: string;
    };
    PlanReviewBody: {
      /**
       * @description Approve or return (审核通过 / 退回)
       * @enum {string}
       */
      decision: 'approve' | 'return';
      /** @description Items the reasons are about */
      itemIds?: string[];
      /**
       * @description Reasons (退回理由); at least one to return
       * @example [
       *       "整改措施不具体"
       *     ]
       */
      reasons: string[];
      /**
       * Format: date-time
       * @description When the office decided (审核时间), if not now (a ledger or a meeting entered later): not after today, not before the submission. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      reviewedAt?: string;
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
    ProgressBody: {
      /** @description Index (from 0) of the plan milestone this note reports reached (阶段目标完成) */
      milestone?: number;
      /**
       * @description Progress (整改进展)
       * @example 已清退会议费8.2万元
       */
      note: string;
      /**
       * Format: date-time
       * @description When the progress was reported, if not now (a ledger or a meeting entered later): not after today, not before the plan’s approval. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      reportedAt?: string;
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
    RectificationCaseSummary: {
      /** Format: uuid */
      feedbackId: string;
      /** @description 挽回资金 (元) */
      fundsRecovered?: number;
      /**
       * @description 整改评估
       * @enum {string}
       */
      grade?: 'good' | 'fair' | 'poor';
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      inspectionId: string;
      /** @description 整改事项 */
      itemCount: number;
      jurisdiction: string;
      /** Format: date-time */
      openedAt: string;
      /** @description 整改单位 (the village for per-village feedback) */
      organizationId: string;
      overdue: {
        /**
         * Format: date
         * @example 2026-03-09
         */
        dueBy: string;
        /** Format: uuid */
        itemId?: string;
        /** Format: date-time */
        raisedAt: string;
        /**
         * @description 逾期的是方案、报告或事项
         * @enum {string}
         */
        what: 'plan' | 'report' | 'item';
      }[];
      overdueCount: number;
      /**
       * Format: date
       * @example 2026-03-09
       */
      planDueBy: string;
      /**
       * @description 整改方案
       * @enum {string}
       */
      planStatus: 'due' | 'submitted' | 'returned' | 'approved';
      /** @description 已销号 */
      rectifiedCount: number;
      /**
       * Format: date
       * @description 整改报告期限 (再整改通知后为新的期限)
       * @example 2026-03-09
       */
      reportDueBy: string;
      /**
       * @description 整改报告
       * @enum {string}
       */
      reportStatus: 'due' | 'submitted' | 'returned' | 'accepted';
      /** Format: date-time */
      reportSubmittedAt?: string;
      /** Format: uuid */
      roundId: string;
      /** @description 建立完善制度 */
      rulesEstablished?: number;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** @description 方案报送次数 */
      submission: number;
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName: string;
      /** @enum {string} */
      tier: 'city' | 'county' | 'village';
    };
    RectificationCaseSummaryPage: {
      items: components['schemas']['RectificationCaseSummary'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    RectificationCaseView: {
      /** @description 约谈 */
      admonishments: {
        /**
         * Format: date
         * @example 2026-03-09
         */
        heldOn: string;
        leaders: {
          name: string;
          /** @description 职务 */
          position: string;
        }[];
        note?: string;
      }[];
      /** @description 整改评估 */
      assessment?: {
        /** @enum {string} */
        grade: 'good' | 'fair' | 'poor';
        /** @description 较好、一般、较差 */
        label: string;
      };
      /** Format: uuid */
      feedbackId: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      inspectionId: string;
      itemCount: number;
      /** @description 整改事项 */
      items: {
        /**
         * Format: date
         * @description 完成时限
         * @example 2026-03-09
         */
        deadline?: string;
        /** @description 销号佐证 */
        evidence?: string;
        /** Format: uuid */
        findingId?: string;
        /** Format: uuid */
        itemId: string;
        /** @description 中长期整改事项 */
        longTerm?: boolean;
        /** @description 整改措施 */
        measures?: string[];
        milestones?: {
          /**
           * Format: date
           * @example 2026-03-09
           */
          dueBy: string;
          reached: boolean;
          title: string;
        }[];
        progress: {
          /** @description 阶段序号 */
          milestone?: number;
          note: string;
          /** Format: date-time */
          reportedAt: string;
        }[];
        /** @description 责任人 */
        responsible?: string;
        /** @description 已销号 */
        signedOff: boolean;
        /** @enum {string} */
        source: 'finding' | 'immediate';
        title: string;
        /** @description 不予公开的理由 */
        withheldFromDisclosure?: string;
      }[];
      jurisdiction: string;
      /** Format: date-time */
      openedAt: string;
      overdueRaised: string[];
      plan: {
        principalLeader?: {
          name: string;
          /** @description 职务 */
          position: string;
        };
        /** @description 退回的方案及理由 */
        returns: {
          itemIds: string[];
          reasons: string[];
          submission: number;
        }[];
        /** @enum {string} */
        status: 'due' | 'submitted' | 'returned' | 'approved';
        submission: number;
      };
      /**
       * Format: date
       * @description 整改方案期限
       * @example 2026-03-09
       */
      planDueBy: string;
      /** @description 整改率 (0..1) */
      rectificationRate: number;
      rectifiedCount: number;
      /** @description 整改报告 */
      report?: {
        fundsRecovered: number;
        rulesEstablished: number;
        /** @enum {string} */
        status: 'due' | 'submitted' | 'returned' | 'accepted';
        summary: string;
      };
      /**
       * Format: date
       * @description 整改报告期限
       * @example 2026-03-09
       */
      reportDueBy: string;
      reportReviews: {
        decision: string;
        reasons: string[];
      }[];
      /** @description 再整改通知 */
      reRectificationNotices: {
        itemIds: string[];
        reasons: string[];
        /**
         * Format: date
         * @example 2026-03-09
         */
        reportDueBy: string;
      }[];
      revision: number;
      /** Format: uuid */
      roundId: string;
      /** @enum {string} */
      status: 'open' | 'closed';
      /** @description 纪委监委、组织部的监督意见 */
      supervisionNotes: {
        /** @enum {string} */
        by: 'discipline' | 'organization';
        /** Format: uuid */
        caseId: string;
        note: string;
        /** Format: date-time */
        recordedAt: string;
      }[];
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName: string;
      /** @enum {string} */
      tier: 'city' | 'county' | 'village';
      village?: {
        jurisdiction: string;
        villageId: string;
        /** @description 村名 */
        villageName: string;
      };
    };
    RectificationDeadlines: {
      defaults: {
        /** @description 整改方案工作日 */
        planWorkingDays: number;
        /** @description 整改报告月数 */
        reportMonths: number;
      };
      jurisdiction: string;
      /** @description 整改方案工作日 */
      planWorkingDays: number;
      /** @description 整改报告月数 */
      reportMonths: number;
      /** @description 配置时间，或 `default` */
      source: string;
    };
    RectificationDisclosure: {
      /** Format: uuid */
      caseId: string;
      fundsRecovered?: number;
      itemCount: number;
      items: {
        /** @enum {string} */
        status: 'rectified' | 'in-progress';
        title: string;
      }[];
      /** @description 整改单位 */
      organization: string;
      rectifiedCount: number;
      rulesEstablished?: number;
      /** @description 整改情况公告全文 */
      text: string;
    };
    RectificationOverdueEntry: {
      /** Format: uuid */
      caseId: string;
      /**
       * Format: date
       * @example 2026-03-09
       */
      dueBy: string;
      /** Format: uuid */
      inspectionId: string;
      /** Format: uuid */
      itemId?: string;
      jurisdiction: string;
      /** Format: date-time */
      raisedAt: string;
      /** Format: uuid */
      targetId: string;
      /** @description 被巡察单位 */
      targetName: string;
      /**
       * @description 逾期的是方案、报告或事项
       * @enum {string}
       */
      what: 'plan' | 'report' | 'item';
    };
    RectificationOverdueEntryPage: {
      items: components['schemas']['RectificationOverdueEntry'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    ReopenBody: {
      /**
       * @description Why (原因)
       * @example “回头看”发现问题反弹
       */
      reason: string;
      /**
       * Format: date-time
       * @description When the item was reopened, if not now (a ledger or a meeting entered later): not after today, not before its sign-off. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      reopenedAt?: string;
    };
    ReportBody: {
      /**
       * @description Funds recovered (挽回/追缴金额), yuan
       * @example 126400.5
       */
      fundsRecovered: number;
      /**
       * @description Rules and systems established (建章立制数)
       * @example 6
       */
      rulesEstablished: number;
      /**
       * Format: date-time
       * @description When the report was submitted (报送时间), if not now (a ledger or a meeting entered later): not after today, not before the plan’s approval and the last return or notice. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      submittedAt?: string;
      /** @description The rectification report (整改报告) */
      summary: string;
    };
    ReportReviewBody: {
      /**
       * @description Accept or return (通过 / 退回)
       * @enum {string}
       */
      decision: 'accept' | 'return';
      /** @description Reasons; at least one to return */
      reasons: string[];
      /**
       * Format: date-time
       * @description When the office decided, if not now (a ledger or a meeting entered later): not after today, not before the report’s submission. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      reviewedAt?: string;
    };
    ReRectificationBody: {
      /**
       * Format: date-time
       * @description When the notice was issued, if not now (a ledger or a meeting entered later): not after today, not before the report it answers. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      issuedAt?: string;
      /** @description Items concerned */
      itemIds: string[];
      /** @description Why rectification must continue (再整改理由) */
      reasons: string[];
      /**
       * @description Day the new report is due (再整改报告时限)
       * @example 2026-11-30
       */
      reportDueBy: string;
    };
    SignOffBody: {
      /**
       * @description Evidence the office verified (佐证材料)
       * @example 超标准会议费已全部清退，附财务凭证及银行回单
       */
      evidence: string;
      /**
       * Format: date-time
       * @description When the item was signed off (销号时间), if not now (a ledger or a meeting entered later): not after today, not before the plan’s approval and the item’s progress reports. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      signedOffAt?: string;
    };
    SupervisionNoteBody: {
      /** @description Daily supervision note (日常监督情况) */
      note: string;
    };
    WithholdBody: {
      /**
       * @description Why (原因)
       * @example “回头看”发现问题反弹
       */
      reason: string;
      /**
       * Format: date-time
       * @description When the item was withheld from disclosure, if not now (a ledger or a meeting entered later): not after today, not before the case’s opening. Figures, deadlines and overdue checks count by it
       * @example 2022-06-01T10:00:00+08:00
       */
      withheldAt?: string;
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
  CasesController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description Inspection (巡察) id */
        inspectionId?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        /** @description open or closed */
        status?: 'open' | 'closed';
        /** @description Inspected organization (被巡察单位) id */
        targetId?: string;
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
          'application/json': components['schemas']['RectificationCaseSummaryPage'];
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
  CasesController_get: {
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
          'application/json': components['schemas']['RectificationCaseView'];
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
  CasesController_admonishment: {
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
        'application/json': components['schemas']['AdmonishmentBody'];
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
            rule: 'admonishment-requires-poor' | 'case-closed' | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CasesController_assessment: {
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
              | 'already-assessed'
              | 'assessment-before-report'
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CasesController_close: {
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
        'application/json': components['schemas']['CloseBody'];
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
              | 'case-closed'
              | 'close-before-assessment'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CasesController_disclosure: {
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
          'application/json': components['schemas']['RectificationDisclosure'];
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
  CasesController_progress: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProgressBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-already-signed-off'
              | 'item-not-in-case'
              | 'milestone-not-in-plan'
              | 'plan-not-approved';
          };
        };
      };
    };
  };
  CasesController_reopen: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-not-in-case'
              | 'item-not-signed-off';
          };
        };
      };
    };
  };
  CasesController_signOff: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignOffBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-already-signed-off'
              | 'item-not-in-case'
              | 'milestones-pending'
              | 'plan-not-approved';
          };
        };
      };
    };
  };
  CasesController_withhold: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithholdBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-not-in-case';
          };
        };
      };
    };
  };
  CasesController_plan: {
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
        'application/json': components['schemas']['PlanBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-listed-twice'
              | 'item-not-in-case'
              | 'milestone-after-deadline'
              | 'plan-already-approved'
              | 'plan-incomplete'
              | 'plan-under-review';
          };
        };
      };
    };
  };
  CasesController_reviewPlan: {
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
        'application/json': components['schemas']['PlanReviewBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-not-in-case'
              | 'plan-already-approved'
              | 'plan-not-submitted'
              | 'return-without-reasons';
          };
        };
      };
    };
  };
  CasesController_reRectification: {
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
        'application/json': components['schemas']['ReRectificationBody'];
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
              | 'case-closed'
              | 'due-date-in-past'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'item-not-in-case'
              | 'report-not-submitted';
          };
        };
      };
    };
  };
  CasesController_report: {
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
        'application/json': components['schemas']['ReportBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'plan-not-approved'
              | 'report-already-submitted';
          };
        };
      };
    };
  };
  CasesController_reviewReport: {
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
        'application/json': components['schemas']['ReportReviewBody'];
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
              | 'case-closed'
              | 'happened-before-previous-step'
              | 'happened-in-future'
              | 'idempotency-key-reused'
              | 'report-already-reviewed'
              | 'report-not-submitted'
              | 'return-without-reasons';
          };
        };
      };
    };
  };
  CasesController_supervisionNote: {
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
        'application/json': components['schemas']['SupervisionNoteBody'];
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
            rule: 'case-closed' | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CasesController_overdue: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description Inspection (巡察) id */
        inspectionId?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        /** @description open or closed */
        status?: 'open' | 'closed';
        /** @description Inspected organization (被巡察单位) id */
        targetId?: string;
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
          'application/json': components['schemas']['RectificationOverdueEntryPage'];
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
  DeadlinesController_get: {
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
          'application/json': components['schemas']['RectificationDeadlines'];
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
  DeadlinesController_put: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        jurisdiction: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeadlinesBody'];
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
            rule: 'deadline-not-positive' | 'idempotency-key-reused';
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
