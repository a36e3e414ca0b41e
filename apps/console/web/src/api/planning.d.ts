// GENERATED from the planning service's OpenAPI document by `npm run contracts:openapi`: do not edit by hand.

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
  '/api/v1/cadres': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 组长库、人才库 (cadres, by pool and expertise) */
    get: operations['CadresController_list'];
    put?: never;
    /** 干部入库 (register a cadre in the leader or talent pool) */
    post: operations['CadresController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cadres/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 干部信息 (one cadre with pools, expertise and conflicts) */
    get: operations['CadresController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 调整入库信息 (pools, expertise, home unit) */
    patch: operations['CadresController_update'];
    trace?: never;
  };
  '/api/v1/cadres/{id}/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申报回避 (declare a conflict with a target) */
    post: operations['CadresController_declareConflict'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/coverage-rules/{jurisdiction}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全覆盖口径 (round kinds counting toward full coverage, with where they come from) */
    get: operations['CoverageRulesController_get'];
    /** 设置全覆盖口径 (which round kinds count toward coverage; fixed for each round at its launch) */
    put: operations['CoverageRulesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deadlines/{jurisdiction}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 时限要求 (deadlines in force, with where they come from) */
    get: operations['DeadlinesController_get'];
    /** 设置时限要求 (configure the deadlines of a jurisdiction) */
    put: operations['DeadlinesController_set'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalog-versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 清单版本 (one version, whole, with its classifiable codes for the console to offer) */
    get: operations['FocusCatalogsController_version'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalog-versions/{version}/workbook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出清单 (the version as an Excel workbook) */
    get: operations['FocusCatalogsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalogs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 监督重点清单 (the catalogs a jurisdiction may use: its own, its ancestors’, the shipped structures, with their versions) */
    get: operations['FocusCatalogsController_list'];
    put?: never;
    /** 新建监督重点清单 (create a catalog with its first version) */
    post: operations['FocusCatalogsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalogs/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修订清单 (revise: a new version; findings already made keep theirs) */
    post: operations['FocusCatalogsController_revise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalogs/{id}/versions/workbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入修订 (revise from an Excel workbook: a new version) */
    post: operations['FocusCatalogsController_reviseFromWorkbook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalogs/in-force': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 现行清单 (the version a round of the jurisdiction starting on the day uses when none is chosen) */
    get: operations['FocusCatalogsController_inForce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/focus-catalogs/workbooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 导入清单 (create a catalog from an Excel workbook) */
    post: operations['FocusCatalogsController_createFromWorkbook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 轮次列表 (rounds) */
    get: operations['RoundsController_list'];
    put?: never;
    /** 拟定轮次 (plan a round: kind, modes, window) */
    post: operations['RoundsController_plan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 轮次 (a round with its teams, targets and status) */
    get: operations['RoundsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 批准轮次方案 (approved by the secretary meeting, 书记专题会) */
    post: operations['RoundsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 选择监督重点清单 (choose the focus catalog version the round classifies against) */
    post: operations['RoundsController_chooseCatalog'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 本轮巡察结束 (close the round) */
    post: operations['RoundsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/launch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 进驻启动 (launch: one inspection per team and target) */
    post: operations['RoundsController_launch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 推荐巡察组人选 (suggest a leader and members from the pools) */
    post: operations['RoundsController_suggest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 组建巡察组 (form a team: leader, deputies, liaison, members, targets) */
    post: operations['RoundsController_formTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/teams/{teamId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 调整巡察组 (edit a team; an approved round goes back for approval) */
    put: operations['RoundsController_editTeam'];
    post?: never;
    /** 撤销巡察组 (disband a team) */
    delete: operations['RoundsController_disbandTeam'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡察对象列表 (targets, filterable; a jurisdiction includes everything under it) */
    get: operations['TargetsController_list'];
    put?: never;
    /** 新增巡察对象 (register a target) */
    post: operations['TargetsController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 巡察对象 (one target) */
    get: operations['TargetsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 巡察对象信息变更 (update headcount, leader, category, name) */
    patch: operations['TargetsController_update'];
    trace?: never;
  };
  '/api/v1/targets/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 机构改革合并 (merge targets into this one; they are retired) */
    post: operations['TargetsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销巡察对象 (retire a target) */
    post: operations['TargetsController_retire'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/targets/{id}/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 机构改革拆分 (split a target: successors registered, it is retired) */
    post: operations['TargetsController_split'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 届内巡察规划列表 (term plans) */
    get: operations['TermPlansController_list'];
    put?: never;
    /** 起草届内巡察规划 (draft a term plan) */
    post: operations['TermPlansController_draft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 届内巡察规划 (one term plan with its scope and annual plans) */
    get: operations['TermPlansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}/adopt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 通过规划 (adopt the term plan) */
    post: operations['TermPlansController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}/annual-plans/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 年度巡察计划 (set the annual plan of a year) */
    put: operations['TermPlansController_setAnnualPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全覆盖进度 (coverage: in scope, inspected, rate, still missing, and the inspection that covered each target) */
    get: operations['TermPlansController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}/scope': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 调整巡察范围 (add or drop targets mid-term, with a reason) */
    post: operations['TermPlansController_adjustScope'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/term-plans/{id}/warnings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全覆盖预警 (targets the pace so far cannot cover in the time left) */
    get: operations['TermPlansController_warnings'];
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
    AdjustScopeBody: {
      /** @description 新增 (targets added) */
      addedTargetIds: string[];
      /** @description 移出 (targets dropped) */
      droppedTargetIds: string[];
      /** @description 调整原因 (reason) */
      reason: string;
    };
    AnnualPlanBody: {
      /** @description 本年度计划巡察对象 (targets planned for the year) */
      targetIds: string[];
      /** @description 年度计划名称 (title) */
      title: string;
    };
    CadreView: {
      /** @description 申报的回避 (declared conflicts) */
      conflicts: {
        reason: string;
        /** Format: uuid */
        targetId: string;
      }[];
      /** @description 专长 */
      expertise: string[];
      /**
       * Format: uuid
       * @description 所在单位
       */
      homeUnitId?: string;
      /** Format: uuid */
      id: string;
      jurisdiction: string;
      /** @description 姓名 */
      name: string;
      /** @description 组长库、人才库 */
      pools: ('leader' | 'talent')[];
    };
    CadreViewPage: {
      items: components['schemas']['CadreView'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    CatalogContentBody: {
      /** @description 监督重点及条目 (focuses and items) */
      focuses: components['schemas']['FocusBody'][];
      /** @description 版本说明 (label of the version) */
      label?: string;
      /** @description 政治画像维度 (portrait dimensions) */
      portraitDimensions?: components['schemas']['CatalogEntryBody'][];
      /** @description 一把手监督：工作流程、监督要点、问题表现 (top-leader processes) */
      processes?: components['schemas']['ProcessBody'][];
      /** @description 生效日期 (first day in force; a revision: default today) */
      validFrom?: string;
      /** @description 失效日期 (last day in force) */
      validTo?: string;
      /** @description 版本 (version suffix, default v<n>), e.g. 2023 */
      version?: string;
    };
    CatalogEntryBody: {
      /** @description 编号 (code, unique in the version), e.g. SGJJ-2-07 */
      code: string;
      /** @description 表述 (wording) */
      label: string;
      /** @description 占位措辞 (the wording is a placeholder to fill in) */
      placeholder?: boolean;
    };
    ChooseCatalogBody: {
      /** @description 监督重点清单版本 (focus catalog version), e.g. three-focuses-2022 */
      catalogVersion: string;
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
    CoverageRulesBody: {
      /** @description 计入全覆盖的巡察类型 (round kinds counting toward full coverage); regular always */
      coveringKinds: ('regular' | 'special' | 'mobile' | 'follow-up')[];
    };
    CoverageRulesInForce: {
      /** @description 计入全覆盖的巡察类型 */
      coveringKinds: ('regular' | 'special' | 'mobile' | 'follow-up')[];
      jurisdiction: string;
      /** @description 来源辖区 (or `default`) */
      source: string;
    };
    CoverageWarnings: {
      /**
       * Format: date
       * @example 2026-03-09
       */
      asOf: string;
      /** @description 难以覆盖的单位 (unscheduled first) */
      atRisk: string[];
      /** @description 按此进度还能覆盖 */
      coverableAtPace: number;
      daysElapsed: number;
      daysLeft: number;
      /** @description 尚未巡察的单位数 */
      missing: number;
      /** @description 每30天巡察单位数 */
      pacePerMonth: number;
      /** @description 缺口 (0: on track) */
      shortfall: number;
    };
    CreateCatalogBody: {
      /** @description 监督重点及条目 (focuses and items) */
      focuses: components['schemas']['FocusBody'][];
      /** @description 清单标识 (catalog id), e.g. qingdao-focus */
      id: string;
      /**
       * @description 所属区划 (jurisdiction code)
       * @example 370200
       */
      jurisdiction: string;
      /** @description 版本说明 (label of the version) */
      label?: string;
      /** @description 政治画像维度 (portrait dimensions) */
      portraitDimensions?: components['schemas']['CatalogEntryBody'][];
      /** @description 一把手监督：工作流程、监督要点、问题表现 (top-leader processes) */
      processes?: components['schemas']['ProcessBody'][];
      /** @description 清单名称 (title) */
      title: string;
      /** @description 生效日期 (first day in force; a revision: default today) */
      validFrom?: string;
      /** @description 失效日期 (last day in force) */
      validTo?: string;
      /** @description 版本 (version suffix, default v<n>), e.g. 2023 */
      version?: string;
    };
    CreateFromWorkbookBody: {
      /** @description 清单标识 (catalog id), e.g. qingdao-focus */
      id: string;
      /**
       * @description 所属区划 (jurisdiction code)
       * @example 370200
       */
      jurisdiction: string;
      /** @description 版本说明 (label of the version) */
      label?: string;
      /** @description 清单名称 (title) */
      title: string;
      /** @description 生效日期 (first day in force; a revision: default today) */
      validFrom?: string;
      /** @description 失效日期 (last day in force) */
      validTo?: string;
      /** @description 版本 (version suffix, default v<n>), e.g. 2023 */
      version?: string;
      /** @description Excel 工作簿 (.xlsx, base64) with the sheets 监督重点, 一把手监督, 画像维度 as the export writes them */
      workbook: string;
    };
    DateWindow: {
      /**
       * Format: date
       * @description 开始 (first day)
       * @example 2026-03-09
       */
      from: string;
      /**
       * Format: date
       * @description 结束 (last day, included)
       * @example 2026-03-09
       */
      to: string;
    };
    DeadlinesBody: {
      /** @description 线索办理结果月数 (clue result, months), default 3 */
      clueResultMonths: number;
      /** @description 现场巡察天数 (field stage), default 40 */
      fieldStageDays: number;
      /** @description 整改方案报送工作日 (rectification plan, working days), default 15 */
      rectificationPlanWorkingDays: number;
      /** @description 整改报告报送月数 (rectification report, months), default 2 */
      rectificationReportMonths: number;
      /** @description 向书记专题会汇报天数 (report to the secretary meeting), default 30 */
      reportToSecretaryDays: number;
      /** @description 进驻前通知天数 (notice before stationing), default 10 */
      stationingNoticeDays: number;
    };
    DeclareConflictBody: {
      /** @description 回避原因 (reason) */
      reason: string;
      /** @description 回避对象 (the target the cadre must not inspect) */
      targetId: string;
    };
    DraftTermPlanBody: {
      /**
       * @description 届期起 (first day of the term)
       * @example 2021-09-01
       */
      from: string;
      /** @description 党委所在区划 (jurisdiction of the committee) */
      jurisdiction: string;
      /** @description 规划名称 (title), e.g. 四届市委巡察工作规划 */
      name: string;
      /** @description 巡察范围 (targets in scope) */
      targetIds: string[];
      /**
       * @description 届期止 (last day of the term)
       * @example 2026-08-31
       */
      to: string;
    };
    FieldError: {
      /** @description 字段路径 (path of the field, e.g. `window.to` or `items.0.text`) */
      field: string;
      /** @description 问题 (what is wrong with it) */
      messages: string[];
    };
    FocusBody: {
      /** @description 编号 (code, unique in the version), e.g. SGJJ-2-07 */
      code: string;
      /** @description 条目 (items) */
      items: components['schemas']['CatalogEntryBody'][];
      /** @description 表述 (wording) */
      label: string;
      /** @description 占位措辞 (the wording is a placeholder to fill in) */
      placeholder?: boolean;
    };
    FocusCatalogList: {
      items: {
        /** @description 清单标识 */
        id: string;
        /** @description 所属区划 */
        jurisdiction?: string;
        /** @description 系统内置结构 (shipped structure) */
        shipped: boolean;
        /** @description 清单名称 */
        title: string;
        versions: {
          counts: {
            /** @description 聚焦 */
            focuses: number;
            /** @description 条目 */
            items: number;
            /** @description 问题表现 */
            manifestations: number;
            /** @description 措辞待填的条目数 */
            placeholders: number;
            /** @description 监督要点 */
            points: number;
            /** @description 画像维度 */
            portraitDimensions: number;
            /** @description 工作流程 */
            processes: number;
          };
          label: string;
          /**
           * Format: date
           * @description 生效日期
           * @example 2026-03-09
           */
          validFrom?: string;
          /**
           * Format: date
           * @description 失效日期 (or the next version’s start)
           * @example 2026-03-09
           */
          validTo?: string;
          version: string;
        }[];
      }[];
    };
    FocusCatalogOutcome: components['schemas']['CommandOutcome'] & {
      /** @description 本次发布（或未变的现行）版本 */
      version: string;
    };
    FocusCatalogVersionView: {
      /** @description 清单标识 */
      catalogId: string;
      counts: {
        /** @description 聚焦 */
        focuses: number;
        /** @description 条目 */
        items: number;
        /** @description 问题表现 */
        manifestations: number;
        /** @description 措辞待填的条目数 */
        placeholders: number;
        /** @description 监督要点 */
        points: number;
        /** @description 画像维度 */
        portraitDimensions: number;
        /** @description 工作流程 */
        processes: number;
      };
      /** @description 监督重点及条目 */
      focuses: {
        /** @description 编号 */
        code: string;
        /** @description 条目 */
        items: {
          /** @description 编号 */
          code: string;
          /** @description 表述 */
          label: string;
          /** @description 措辞待填 (placeholder wording) */
          placeholder?: boolean;
        }[];
        /** @description 表述 */
        label: string;
        /** @description 措辞待填 (placeholder wording) */
        placeholder?: boolean;
      }[];
      /** @description 可归类的条目与问题表现 (what a finding may be classified under, flat) */
      items: {
        /** @description 编号 */
        code: string;
        focus?: {
          /** @description 编号 */
          code: string;
          /** @description 表述 */
          label: string;
          /** @description 措辞待填 (placeholder wording) */
          placeholder?: boolean;
        };
        /** @description 表述 */
        label: string;
        /** @description 措辞待填 (placeholder wording) */
        placeholder?: boolean;
        point?: {
          /** @description 编号 */
          code: string;
          /** @description 表述 */
          label: string;
          /** @description 措辞待填 (placeholder wording) */
          placeholder?: boolean;
        };
        process?: {
          /** @description 编号 */
          code: string;
          /** @description 表述 */
          label: string;
          /** @description 措辞待填 (placeholder wording) */
          placeholder?: boolean;
        };
      }[];
      /** @description 版本说明 */
      label: string;
      /** @description 政治画像维度 */
      portraitDimensions: {
        /** @description 编号 */
        code: string;
        /** @description 表述 */
        label: string;
        /** @description 措辞待填 (placeholder wording) */
        placeholder?: boolean;
      }[];
      /** @description 一把手监督：工作流程 */
      processes: {
        /** @description 编号 */
        code: string;
        /** @description 表述 */
        label: string;
        /** @description 措辞待填 (placeholder wording) */
        placeholder?: boolean;
        /** @description 监督要点 */
        points: {
          /** @description 编号 */
          code: string;
          /** @description 表述 */
          label: string;
          /** @description 问题表现 */
          manifestations: {
            /** @description 编号 */
            code: string;
            /** @description 表述 */
            label: string;
            /** @description 措辞待填 (placeholder wording) */
            placeholder?: boolean;
          }[];
          /** @description 措辞待填 (placeholder wording) */
          placeholder?: boolean;
        }[];
      }[];
      /** @description 清单名称 */
      title: string;
      /**
       * Format: date
       * @description 生效日期
       * @example 2026-03-09
       */
      validFrom?: string;
      /**
       * Format: date
       * @description 失效日期
       * @example 2026-03-09
       */
      validTo?: string;
      /** @description 清单版本 */
      version: string;
    };
    FormTeamBody: {
      /** @description 副组长 (deputies) */
      deputyIds: string[];
      /** @description 组长 (leader), from the leader pool */
      leaderId: string;
      /** @description 联络员 (liaison) */
      liaisonId: string;
      /** @description 组员 (members) */
      memberIds: string[];
      /** @description 窗口重叠时的书面理由 (override of round-window-overlap) */
      overlapOverride?: components['schemas']['OverlapOverrideBody'];
      /** @description 巡察对象 (targets this team inspects) */
      targetIds: string[];
    };
    InvalidInputProblem: components['schemas']['ProblemDetails'] & {
      /** @description 字段错误 (each invalid field and its problems) */
      errors?: components['schemas']['FieldError'][];
    };
    MergeTargetsBody: {
      /**
       * @description 生效日期 (effective day)
       * @example 2019-01-31
       */
      effectiveOn: string;
      /** @description 被合并单位 (targets absorbed and retired) */
      mergedTargetIds: string[];
      /** @description 撤销原因 (reason, e.g. the reform document) */
      reason: string;
    };
    OverlapOverrideBody: {
      /** @description 书面理由 (written reason for overriding the overlap rule) */
      reason: string;
    };
    PlanningDeadlines: {
      deadlines: {
        /** @description 线索办理结果月数 */
        clueResultMonths: number;
        /** @description 现场巡察天数 */
        fieldStageDays: number;
        /** @description 整改方案工作日 */
        rectificationPlanWorkingDays: number;
        /** @description 整改报告月数 */
        rectificationReportMonths: number;
        /** @description 向书记专题会报告天数 */
        reportToSecretaryDays: number;
        /** @description 进驻通知提前天数 */
        stationingNoticeDays: number;
      };
      jurisdiction: string;
      /** @description 来源辖区 (or `default`) */
      source: string;
    };
    PlanRoundBody: {
      /** @description 监督重点清单版本 (focus catalog version); absent: the one in force for the jurisdiction when the round starts */
      catalogVersion?: string;
      /**
       * @description 巡察类型 (常规/专项/机动/回头看)
       * @enum {string}
       */
      kind: 'regular' | 'special' | 'mobile' | 'follow-up';
      /** @description 巡察方式 (提级/交叉/上下联动/巡镇带村) */
      modes: ('elevated' | 'cross' | 'linked' | 'township-with-villages')[];
      /** @description 第N轮 (ordinal within the term) */
      ordinal: number;
      /** @description 届内巡察规划 (term plan) */
      termPlanId: string;
      /** @description 专项主题 (theme of a special round) */
      theme?: string;
      /** @description 计划起止日期 (planned window) */
      window: components['schemas']['WindowBody'];
    };
    PointBody: {
      /** @description 编号 (code, unique in the version), e.g. SGJJ-2-07 */
      code: string;
      /** @description 表述 (wording) */
      label: string;
      /** @description 突出问题表现 (manifestations) */
      manifestations: components['schemas']['CatalogEntryBody'][];
      /** @description 占位措辞 (the wording is a placeholder to fill in) */
      placeholder?: boolean;
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
    ProcessBody: {
      /** @description 编号 (code, unique in the version), e.g. SGJJ-2-07 */
      code: string;
      /** @description 表述 (wording) */
      label: string;
      /** @description 占位措辞 (the wording is a placeholder to fill in) */
      placeholder?: boolean;
      /** @description 监督要点 (points) */
      points: components['schemas']['PointBody'][];
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
    RegisterCadreBody: {
      /** @description 专长 (expertise), e.g. 财务, 审计, 纪检 */
      expertise: string[];
      /** @description 所在单位 (home unit, a target id): never inspected by them */
      homeUnitId?: string;
      /** @description 所在区划 (the cadre’s own jurisdiction, for cross inspection) */
      jurisdiction: string;
      /** @description 姓名 (name) */
      name: string;
      /** @description 组长库 / 人才库 (pools) */
      pools: ('leader' | 'talent')[];
    };
    RegisterTargetBody: {
      /**
       * @description 巡察对象类别 (category)
       * @enum {string}
       */
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
      /** @description 干部职工人数 (headcount) */
      headcount: number;
      /** @description 所属区划 (jurisdiction), GB/T 2260 code of 6, 9 or 12 digits */
      jurisdiction: string;
      /** @description 主要负责人 (一把手), kept in planning only */
      leader?: string;
      /** @description 单位名称 (name of the party organization) */
      name: string;
      /** @description 上级巡察对象 (parent, e.g. the township of a village) */
      parentId?: string;
      /** @description 党员人数 (party members) */
      partyMemberCount?: number;
      /**
       * @description 统计层级 (tier)
       * @enum {string}
       */
      tier: 'city' | 'county' | 'village';
    };
    RetireTargetBody: {
      /**
       * @description 生效日期 (effective day)
       * @example 2019-01-31
       */
      effectiveOn: string;
      /** @description 撤销原因 (reason, e.g. the reform document) */
      reason: string;
    };
    RoundView: {
      /** @description 选定的监督重点清单版本 (chosen focus catalog version) */
      catalogVersion?: string;
      /** Format: uuid */
      id: string;
      jurisdiction: string;
      /**
       * @description 巡察类型
       * @enum {string}
       */
      kind: 'regular' | 'special' | 'mobile' | 'follow-up';
      /** @description 巡察方式 */
      modes: ('elevated' | 'cross' | 'linked' | 'township-with-villages')[];
      /** @description 第N轮 */
      ordinal: number;
      /**
       * @description 状态
       * @enum {string}
       */
      status: 'draft' | 'approved' | 'launched' | 'closed';
      /** @description 巡察组 */
      teams: {
        /** @description 副组长 */
        deputyIds: string[];
        /**
         * Format: uuid
         * @description 组长
         */
        leaderId: string;
        /**
         * Format: uuid
         * @description 联络员
         */
        liaisonId: string;
        /** @description 组员 */
        memberIds: string[];
        /** @description 时间重叠的书面说明 (kept when the office overrode the overlap rule) */
        overlapOverride?: {
          /** @description 书面理由 */
          reason: string;
          roundIds: string[];
        };
        /** @description 巡察对象 */
        targetIds: string[];
        /** Format: uuid */
        teamId: string;
      }[];
      /** Format: uuid */
      termPlanId: string;
      /** @description 专项主题 */
      theme?: string;
      window: components['schemas']['DateWindow'];
    };
    RoundViewPage: {
      items: components['schemas']['RoundView'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    SplitOutcome: components['schemas']['CommandOutcome'] & {
      /** @description 拆分后的新单位 */
      successorIds: string[];
    };
    SplitTargetBody: {
      /**
       * @description 生效日期 (effective day)
       * @example 2019-01-31
       */
      effectiveOn: string;
      /** @description 撤销原因 (reason, e.g. the reform document) */
      reason: string;
      /** @description 拆分后单位 (successors, registered as new targets) */
      successors: components['schemas']['SuccessorBody'][];
    };
    SuccessorBody: {
      /**
       * @description 巡察对象类别 (category)
       * @enum {string}
       */
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
      /** @description 干部职工人数 (headcount) */
      headcount: number;
      /** @description 所属区划 (jurisdiction), GB/T 2260 code of 6, 9 or 12 digits */
      jurisdiction: string;
      /** @description 主要负责人 (一把手), kept in planning only */
      leader?: string;
      /** @description 单位名称 (name of the party organization) */
      name: string;
      /** @description 党员人数 (party members) */
      partyMemberCount?: number;
      /**
       * @description 统计层级 (tier)
       * @enum {string}
       */
      tier: 'city' | 'county' | 'village';
    };
    SuggestTeamBody: {
      /** @description 所需专长 (expertise wanted), best first */
      expertise: string[];
      /** @description 组员人数 (members wanted), default 4 */
      members?: number;
      /** @description 巡察对象 (targets the team would inspect) */
      targetIds: string[];
    };
    TargetView: {
      /**
       * @description 类别
       * @enum {string}
       */
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
      /** @description 在编人数 */
      headcount: number;
      /** Format: uuid */
      id: string;
      /** @description 所属辖区 (division code) */
      jurisdiction: string;
      /** @description 主要负责人 (一把手) */
      leader?: string;
      /** @description 单位名称 */
      name: string;
      /**
       * Format: uuid
       * @description 上级单位
       */
      parentId?: string;
      /** @description 党员人数 */
      partyMemberCount?: number;
      /** @description 撤销 (when retired) */
      retirement?: {
        /**
         * @description 撤销、合并或拆分
         * @enum {string}
         */
        by: 'retired' | 'merged' | 'split';
        /**
         * Format: date
         * @description 生效日期
         * @example 2026-03-09
         */
        effectiveOn: string;
        reason: string;
      };
      /**
       * @description 状态
       * @enum {string}
       */
      status: 'active' | 'retired';
      /**
       * @description 层级
       * @enum {string}
       */
      tier: 'city' | 'county' | 'village';
    };
    TargetViewPage: {
      items: components['schemas']['TargetView'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    TeamOutcome: components['schemas']['CommandOutcome'] & {
      /** Format: uuid */
      teamId: string;
    };
    TeamSuggestion: {
      /** @description 被排除的干部及原因 */
      excluded: {
        /** Format: uuid */
        cadreId: string;
        /** @description 排除的规则 */
        rule: string;
      }[];
      /** @description 组长人选 (best first) */
      leaders: {
        /** Format: uuid */
        cadreId: string;
        matchedExpertise: string[];
      }[];
      /** @description 组员人选 */
      members: {
        /** Format: uuid */
        cadreId: string;
        matchedExpertise: string[];
      }[];
    };
    TermPlanCoverage: {
      /** @description 已覆盖的单位与覆盖它的巡察 */
      covered: {
        /**
         * Format: date-time
         * @description 反馈时间
         */
        inspectedAt: string;
        /**
         * Format: uuid
         * @description 覆盖它的巡察
         */
        inspectionId: string;
        /** Format: uuid */
        roundId: string;
        /** Format: uuid */
        targetId: string;
      }[];
      /** @description 规划范围内单位数 */
      inScope: number;
      /** @description 已巡察 */
      inspected: number;
      /** @description 尚未巡察的单位 */
      missing: string[];
      /** @description 覆盖率 (0..1) */
      rate: number;
    };
    TermPlanView: {
      /** @description 年度计划 */
      annualPlans: {
        targetIds: string[];
        title: string;
        year: number;
      }[];
      /** Format: uuid */
      id: string;
      /** @description 规划范围内单位数 */
      inScope: number;
      /** @description 已巡察 */
      inspected: number;
      jurisdiction: string;
      /** @description 规划名称 */
      name: string;
      /** @description 覆盖率 (0..1) */
      rate: number;
      /**
       * @description 草案、已通过
       * @enum {string}
       */
      status: 'draft' | 'adopted';
      /** @description 规划范围 */
      targetIds: string[];
      window: components['schemas']['DateWindow'];
    };
    TermPlanViewPage: {
      items: components['schemas']['TermPlanView'][];
      /** @description 下一页游标 (cursor of the next page; absent on the last) */
      next?: string;
    };
    UpdateCadreBody: {
      /** @description 专长 (expertise), e.g. 财务, 审计, 纪检 */
      expertise?: string[];
      /** @description 所在单位 (home unit, a target id): never inspected by them */
      homeUnitId?: string;
      /** @description 组长库 / 人才库 (pools) */
      pools?: ('leader' | 'talent')[];
    };
    UpdateTargetProfileBody: {
      /**
       * @description 巡察对象类别 (category)
       * @enum {string}
       */
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
      /** @description 干部职工人数 (headcount) */
      headcount?: number;
      /** @description 主要负责人 (一把手), kept in planning only */
      leader?: string;
      /** @description 单位名称 (name of the party organization) */
      name?: string;
      /** @description 党员人数 (party members) */
      partyMemberCount?: number;
    };
    WindowBody: {
      /**
       * @description 计划开始 (first day)
       * @example 2026-03-09
       */
      from: string;
      /**
       * @description 计划结束 (last day)
       * @example 2026-06-30
       */
      to: string;
    };
    WorkbookBody: {
      /** @description 版本说明 (label of the version) */
      label?: string;
      /** @description 生效日期 (first day in force; a revision: default today) */
      validFrom?: string;
      /** @description 失效日期 (last day in force) */
      validTo?: string;
      /** @description 版本 (version suffix, default v<n>), e.g. 2023 */
      version?: string;
      /** @description Excel 工作簿 (.xlsx, base64) with the sheets 监督重点, 一把手监督, 画像维度 as the export writes them */
      workbook: string;
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
  CadresController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description 专长 (expertise) */
        expertise?: string;
        /** @description 区划 (jurisdiction): everything under it */
        jurisdiction?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        pool?: 'leader' | 'talent';
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
          'application/json': components['schemas']['CadreViewPage'];
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
  CadresController_register: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterCadreBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
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
            rule: 'cadre-already-registered' | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CadresController_get: {
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
          'application/json': components['schemas']['CadreView'];
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
  CadresController_update: {
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
        'application/json': components['schemas']['UpdateCadreBody'];
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
            rule: 'idempotency-key-reused';
          };
        };
      };
    };
  };
  CadresController_declareConflict: {
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
        'application/json': components['schemas']['DeclareConflictBody'];
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
            rule: 'idempotency-key-reused' | 'target-unknown';
          };
        };
      };
    };
  };
  CoverageRulesController_get: {
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
          'application/json': components['schemas']['CoverageRulesInForce'];
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
  CoverageRulesController_set: {
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
        'application/json': components['schemas']['CoverageRulesBody'];
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
            rule: 'idempotency-key-reused' | 'regular-rounds-must-cover';
          };
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
          'application/json': components['schemas']['PlanningDeadlines'];
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
  DeadlinesController_set: {
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
            rule: 'idempotency-key-reused';
          };
        };
      };
    };
  };
  FocusCatalogsController_version: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: string;
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
          'application/json': components['schemas']['FocusCatalogVersionView'];
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
  FocusCatalogsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        version: string;
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
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
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
  FocusCatalogsController_list: {
    parameters: {
      query?: {
        /** @description 区划 (the catalogs this jurisdiction may use; default the caller’s) */
        jurisdiction?: string;
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
          'application/json': components['schemas']['FocusCatalogList'];
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
  FocusCatalogsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCatalogBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusCatalogOutcome'];
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
              | 'catalog-branch-empty'
              | 'catalog-code-repeated'
              | 'catalog-exists'
              | 'catalog-id-invalid'
              | 'catalog-validity-reversed'
              | 'catalog-version-exists'
              | 'catalog-version-invalid'
              | 'catalog-without-items'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  FocusCatalogsController_revise: {
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
        'application/json': components['schemas']['CatalogContentBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusCatalogOutcome'];
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
              | 'catalog-branch-empty'
              | 'catalog-code-repeated'
              | 'catalog-revision-not-later'
              | 'catalog-validity-reversed'
              | 'catalog-version-exists'
              | 'catalog-version-invalid'
              | 'catalog-without-items'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  FocusCatalogsController_reviseFromWorkbook: {
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
        'application/json': components['schemas']['WorkbookBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusCatalogOutcome'];
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
              | 'catalog-branch-empty'
              | 'catalog-code-repeated'
              | 'catalog-revision-not-later'
              | 'catalog-validity-reversed'
              | 'catalog-version-exists'
              | 'catalog-version-invalid'
              | 'catalog-without-items'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  FocusCatalogsController_inForce: {
    parameters: {
      query?: {
        /** @description 区划 (the catalogs this jurisdiction may use; default the caller’s) */
        jurisdiction?: string;
        /** @description 日期 (the day; default today) */
        on?: string;
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
          'application/json': components['schemas']['FocusCatalogVersionView'];
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
  FocusCatalogsController_createFromWorkbook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFromWorkbookBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FocusCatalogOutcome'];
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
              | 'catalog-branch-empty'
              | 'catalog-code-repeated'
              | 'catalog-exists'
              | 'catalog-id-invalid'
              | 'catalog-validity-reversed'
              | 'catalog-version-exists'
              | 'catalog-version-invalid'
              | 'catalog-without-items'
              | 'idempotency-key-reused';
          };
        };
      };
    };
  };
  RoundsController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description 区划 (jurisdiction): everything under it */
        jurisdiction?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        status?: 'draft' | 'approved' | 'launched' | 'closed';
        termPlanId?: string;
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
          'application/json': components['schemas']['RoundViewPage'];
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
  RoundsController_plan: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanRoundBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
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
              | 'catalog-outside-jurisdiction'
              | 'catalog-version-unknown'
              | 'idempotency-key-reused'
              | 'round-exists'
              | 'round-outside-term'
              | 'special-round-theme-required'
              | 'term-plan-not-adopted';
          };
        };
      };
    };
  };
  RoundsController_get: {
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
          'application/json': components['schemas']['RoundView'];
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
  RoundsController_approve: {
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
    requestBody?: never;
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
              | 'round-already-approved'
              | 'round-already-launched'
              | 'round-without-teams';
          };
        };
      };
    };
  };
  RoundsController_chooseCatalog: {
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
        'application/json': components['schemas']['ChooseCatalogBody'];
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
              | 'catalog-outside-jurisdiction'
              | 'catalog-version-unknown'
              | 'idempotency-key-reused'
              | 'round-already-launched';
          };
        };
      };
    };
  };
  RoundsController_close: {
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
    requestBody?: never;
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
            rule: 'idempotency-key-reused' | 'round-not-launched';
          };
        };
      };
    };
  };
  RoundsController_launch: {
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
    requestBody?: never;
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
            rule: 'idempotency-key-reused' | 'round-already-launched' | 'round-not-approved';
          };
        };
      };
    };
  };
  RoundsController_suggest: {
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
        'application/json': components['schemas']['SuggestTeamBody'];
      };
    };
    responses: {
      /** @description 查询结果 (the answer) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamSuggestion'];
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
  RoundsController_formTeam: {
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
        'application/json': components['schemas']['FormTeamBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamOutcome'];
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
              | 'cadre-declared-conflict'
              | 'cadre-home-unit-conflict'
              | 'cadre-team-overlap'
              | 'cadre-unknown'
              | 'cross-inspection-own-jurisdiction'
              | 'follow-up-target-not-inspected'
              | 'idempotency-key-reused'
              | 'round-already-launched'
              | 'round-window-overlap'
              | 'target-already-in-round'
              | 'target-outside-jurisdiction'
              | 'target-retired'
              | 'target-unknown'
              | 'team-cadre-repeated'
              | 'team-leader-not-in-leader-pool';
          };
        };
      };
    };
  };
  RoundsController_editTeam: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        teamId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FormTeamBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamOutcome'];
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
              | 'cadre-declared-conflict'
              | 'cadre-home-unit-conflict'
              | 'cadre-team-overlap'
              | 'cadre-unknown'
              | 'cross-inspection-own-jurisdiction'
              | 'follow-up-target-not-inspected'
              | 'idempotency-key-reused'
              | 'round-already-launched'
              | 'round-window-overlap'
              | 'target-already-in-round'
              | 'target-outside-jurisdiction'
              | 'target-retired'
              | 'target-unknown'
              | 'team-cadre-repeated'
              | 'team-leader-not-in-leader-pool';
          };
        };
      };
    };
  };
  RoundsController_disbandTeam: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        teamId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
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
            rule: 'idempotency-key-reused' | 'round-already-launched';
          };
        };
      };
    };
  };
  TargetsController_list: {
    parameters: {
      query?: {
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
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description 区划 (jurisdiction): everything under it */
        jurisdiction?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        status?: 'active' | 'retired';
        tier?: 'city' | 'county' | 'village';
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
          'application/json': components['schemas']['TargetViewPage'];
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
  TargetsController_register: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterTargetBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
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
              | 'target-already-registered'
              | 'target-parent-jurisdiction'
              | 'target-retired'
              | 'target-unknown';
          };
        };
      };
    };
  };
  TargetsController_get: {
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
          'application/json': components['schemas']['TargetView'];
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
  TargetsController_update: {
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
        'application/json': components['schemas']['UpdateTargetProfileBody'];
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
            rule: 'idempotency-key-reused' | 'target-retired';
          };
        };
      };
    };
  };
  TargetsController_merge: {
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
        'application/json': components['schemas']['MergeTargetsBody'];
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
              | 'target-merge-invalid'
              | 'target-retired'
              | 'target-unknown';
          };
        };
      };
    };
  };
  TargetsController_retire: {
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
        'application/json': components['schemas']['RetireTargetBody'];
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
            rule: 'idempotency-key-reused' | 'target-retired';
          };
        };
      };
    };
  };
  TargetsController_split: {
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
        'application/json': components['schemas']['SplitTargetBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SplitOutcome'];
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
              | 'target-already-registered'
              | 'target-parent-jurisdiction'
              | 'target-retired'
              | 'target-split-invalid'
              | 'target-unknown';
          };
        };
      };
    };
  };
  TermPlansController_list: {
    parameters: {
      query?: {
        /** @description The `next` of the previous page */
        cursor?: string;
        /** @description 区划 (jurisdiction): everything under it */
        jurisdiction?: string;
        /** @description Page size, 1–1000 (default 50) */
        limit?: number;
        status?: 'draft' | 'adopted';
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
          'application/json': components['schemas']['TermPlanViewPage'];
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
  TermPlansController_draft: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftTermPlanBody'];
      };
    };
    responses: {
      /** @description 已受理 (done) */
      201: {
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
              | 'target-outside-jurisdiction'
              | 'target-retired'
              | 'target-unknown'
              | 'term-plan-exists';
          };
        };
      };
    };
  };
  TermPlansController_get: {
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
          'application/json': components['schemas']['TermPlanView'];
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
  TermPlansController_adopt: {
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
    requestBody?: never;
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
            rule: 'idempotency-key-reused' | 'term-plan-already-adopted' | 'term-plan-scope-empty';
          };
        };
      };
    };
  };
  TermPlansController_setAnnualPlan: {
    parameters: {
      query?: {
        /** @description 仅试算：判断能否受理，不记录 (decide only, store nothing) */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnnualPlanBody'];
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
            rule: 'annual-plan-outside-term' | 'idempotency-key-reused' | 'target-not-in-scope';
          };
        };
      };
    };
  };
  TermPlansController_coverage: {
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
          'application/json': components['schemas']['TermPlanCoverage'];
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
  TermPlansController_adjustScope: {
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
        'application/json': components['schemas']['AdjustScopeBody'];
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
              | 'scope-adjustment-empty'
              | 'target-already-in-scope'
              | 'target-not-in-scope'
              | 'target-outside-jurisdiction'
              | 'target-retired'
              | 'target-unknown'
              | 'term-plan-not-adopted';
          };
        };
      };
    };
  };
  TermPlansController_warnings: {
    parameters: {
      query?: {
        /** @description 截至日期 (as of), default today */
        asOf?: string;
      };
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
          'application/json': components['schemas']['CoverageWarnings'];
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
