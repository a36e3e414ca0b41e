/**
 * Who may call what (issue 12), written from the actors of docs/domain.md and docs/api.md,
 * not read from the controllers: the roles test holds the live services to it.
 * Every operation of the five OpenAPI documents has one row, keyed
 * `METHOD /path` as the document spells it; `public` needs no token.
 *
 * Rules decided where docs/domain.md is silent:
 * - `admin` runs the system (projection rebuilds, the audit trail) and reads
 *   what is neither personal nor under investigation: planning data and the
 *   query service's figures; never inspections, clues or rectification cases.
 * - `analyst` reads figures, ledgers, coverage and inspections, and clues only
 *   redacted; never cadre pools or rectification cases (they name people).
 * - `discipline` and `organization` read clues (only those transferred to them,
 *   a scope the test checks on records) and supervise rectification (三方联动):
 *   they read cases and write supervision notes, nothing else there.
 * - `office` may record the team's field steps on its behalf, and the
 *   recipient's receipt, disposition and outcome; `inspected` writes only its
 *   own plan, progress and report.
 * - Deadlines are configuration: office, analyst and admin read them, in both
 *   the planning and the rectification service; only the office sets them.
 * - Focus catalogs (监督重点清单) are reference data everyone classifies or
 *   reads by: every role reads them; only the office writes its own.
 */
import type { Role } from '@xuncha/platform-nest';

export type Allowed = readonly Role[] | 'public';

const OFFICE: Allowed = ['office'];
const ADMIN: Allowed = ['admin'];
/** Planning data and the query service's figures. */
const PLANNING_READERS: Allowed = ['office', 'analyst', 'admin'];
const CADRE_READERS: Allowed = ['office', 'admin'];
const FIELD_WORK: Allowed = ['team', 'office'];
const INSPECTION_READERS: Allowed = ['team', 'office', 'analyst'];
const CLUE_READERS: Allowed = ['office', 'discipline', 'organization', 'analyst'];
const CLUE_RECIPIENTS: Allowed = ['office', 'discipline', 'organization'];
const CASE_LISTERS: Allowed = ['office', 'inspected', 'discipline', 'organization', 'analyst'];
const CASE_READERS: Allowed = ['office', 'inspected', 'discipline', 'organization'];
const INSPECTED: Allowed = ['inspected'];
const FIGURE_READERS: Allowed = ['analyst', 'office', 'admin'];
const EVERY_ROLE: Allowed = [
  'office',
  'team',
  'inspected',
  'discipline',
  'organization',
  'analyst',
  'admin',
];

/** What every service serves besides its own context. */
const PLATFORM: Record<string, Allowed> = {
  'GET /health': 'public',
  'GET /health/live': 'public',
  // Store heads, lags and projections are for those who run the system.
  'GET /health/details': ADMIN,
  'GET /api/v1/admin/projections': ADMIN,
  'POST /api/v1/admin/projections/{name}/rebuild': ADMIN,
};

export const ROLE_TABLE: Record<string, Record<string, Allowed>> = {
  'planning-service': {
    ...PLATFORM,
    'POST /api/v1/targets': OFFICE,
    'GET /api/v1/targets': PLANNING_READERS,
    'GET /api/v1/targets/{id}': PLANNING_READERS,
    'PATCH /api/v1/targets/{id}': OFFICE,
    'POST /api/v1/targets/{id}/retire': OFFICE,
    'POST /api/v1/targets/{id}/merge': OFFICE,
    'POST /api/v1/targets/{id}/split': OFFICE,
    'POST /api/v1/cadres': OFFICE,
    'GET /api/v1/cadres': CADRE_READERS,
    'GET /api/v1/cadres/{id}': CADRE_READERS,
    'PATCH /api/v1/cadres/{id}': OFFICE,
    'POST /api/v1/cadres/{id}/conflicts': OFFICE,
    'POST /api/v1/term-plans': OFFICE,
    'GET /api/v1/term-plans': PLANNING_READERS,
    'GET /api/v1/term-plans/{id}': PLANNING_READERS,
    'POST /api/v1/term-plans/{id}/adopt': OFFICE,
    'POST /api/v1/term-plans/{id}/scope': OFFICE,
    'PUT /api/v1/term-plans/{id}/annual-plans/{year}': OFFICE,
    'GET /api/v1/term-plans/{id}/coverage': PLANNING_READERS,
    'GET /api/v1/term-plans/{id}/warnings': PLANNING_READERS,
    'POST /api/v1/rounds': OFFICE,
    'GET /api/v1/rounds': PLANNING_READERS,
    'GET /api/v1/rounds/{id}': PLANNING_READERS,
    'POST /api/v1/rounds/{id}/teams': OFFICE,
    'PUT /api/v1/rounds/{id}/teams/{teamId}': OFFICE,
    'DELETE /api/v1/rounds/{id}/teams/{teamId}': OFFICE,
    'POST /api/v1/rounds/{id}/suggestions': OFFICE,
    'POST /api/v1/rounds/{id}/approve': OFFICE,
    'POST /api/v1/rounds/{id}/launch': OFFICE,
    'POST /api/v1/rounds/{id}/close': OFFICE,
    'POST /api/v1/rounds/{id}/catalog': OFFICE,
    'GET /api/v1/focus-catalogs': EVERY_ROLE,
    'GET /api/v1/focus-catalogs/in-force': EVERY_ROLE,
    'GET /api/v1/focus-catalog-versions/{version}': EVERY_ROLE,
    'GET /api/v1/focus-catalog-versions/{version}/workbook': EVERY_ROLE,
    'POST /api/v1/focus-catalogs': OFFICE,
    'POST /api/v1/focus-catalogs/workbooks': OFFICE,
    'POST /api/v1/focus-catalogs/{id}/versions': OFFICE,
    'POST /api/v1/focus-catalogs/{id}/versions/workbooks': OFFICE,
    'GET /api/v1/deadlines/{jurisdiction}': PLANNING_READERS,
    'PUT /api/v1/deadlines/{jurisdiction}': OFFICE,
    'GET /api/v1/coverage-rules/{jurisdiction}': PLANNING_READERS,
    'PUT /api/v1/coverage-rules/{jurisdiction}': OFFICE,
  },
  'inspection-service': {
    ...PLATFORM,
    'GET /api/v1/inspections': INSPECTION_READERS,
    'GET /api/v1/inspections/{id}': INSPECTION_READERS,
    'POST /api/v1/inspections/{id}/stationing': FIELD_WORK,
    'POST /api/v1/inspections/{id}/briefings': FIELD_WORK,
    'POST /api/v1/inspections/{id}/meetings': FIELD_WORK,
    'POST /api/v1/inspections/{id}/talks': FIELD_WORK,
    'POST /api/v1/inspections/{id}/talks/not-applicable': FIELD_WORK,
    'POST /api/v1/inspections/{id}/questionnaires': FIELD_WORK,
    'POST /api/v1/inspections/{id}/evaluations': FIELD_WORK,
    'POST /api/v1/inspections/{id}/document-reviews': FIELD_WORK,
    'POST /api/v1/inspections/{id}/visits': FIELD_WORK,
    'POST /api/v1/inspections/{id}/petitions': FIELD_WORK,
    'POST /api/v1/inspections/{id}/petitions/{petitionId}/triage': FIELD_WORK,
    'DELETE /api/v1/inspections/{id}/petitions/{petitionId}/personal-data': ADMIN,
    'POST /api/v1/inspections/{id}/findings': FIELD_WORK,
    'POST /api/v1/inspections/{id}/findings/{findingId}/amendments': FIELD_WORK,
    'POST /api/v1/inspections/{id}/immediate-items': FIELD_WORK,
    'POST /api/v1/inspections/{id}/clues': FIELD_WORK,
    'POST /api/v1/inspections/{id}/portrait': FIELD_WORK,
    'POST /api/v1/inspections/{id}/report': FIELD_WORK,
    'POST /api/v1/inspections/{id}/report/revise': FIELD_WORK,
    'POST /api/v1/inspections/{id}/report/approve': FIELD_WORK,
    // The office-team consultation, the secretary meeting and closing are the office's.
    'POST /api/v1/inspections/{id}/report/consult': OFFICE,
    'POST /api/v1/inspections/{id}/report/hearing': OFFICE,
    'POST /api/v1/inspections/{id}/result-uses': OFFICE,
    'POST /api/v1/inspections/{id}/directives/{directiveId}/follow-ups': OFFICE,
    'POST /api/v1/inspections/{id}/directives/{directiveId}/close': OFFICE,
    'POST /api/v1/inspections/{id}/feedback': FIELD_WORK,
    'POST /api/v1/inspections/{id}/close': OFFICE,
    'GET /api/v1/talk-rules/{jurisdiction}': PLANNING_READERS,
    'PUT /api/v1/talk-rules/{jurisdiction}/{tier}': OFFICE,
  },
  'clue-service': {
    ...PLATFORM,
    'GET /api/v1/clues': CLUE_READERS,
    'GET /api/v1/clues/overdue': CLUE_READERS,
    'GET /api/v1/clues/{id}': CLUE_READERS,
    // The read trail is the supervisors' (office and commission), not the readers'.
    'GET /api/v1/clues/{id}/reads': ['office', 'discipline'],
    'POST /api/v1/clues/{id}/assessment': OFFICE,
    'POST /api/v1/clues/{id}/transfer': OFFICE,
    'POST /api/v1/clues/{id}/receipt': CLUE_RECIPIENTS,
    'POST /api/v1/clues/{id}/disposition': CLUE_RECIPIENTS,
    'POST /api/v1/clues/{id}/outcome': CLUE_RECIPIENTS,
    // Crypto-shredding a person's data is a system act, like a projection rebuild.
    'DELETE /api/v1/clues/{id}/personal-data': ADMIN,
  },
  'rectification-service': {
    ...PLATFORM,
    'GET /api/v1/rectification-cases': CASE_LISTERS,
    'GET /api/v1/rectification-cases/overdue': CASE_LISTERS,
    'GET /api/v1/rectification-cases/{id}': CASE_READERS,
    'GET /api/v1/rectification-cases/{id}/disclosure': ['office', 'inspected'],
    'POST /api/v1/rectification-cases/{id}/plan': INSPECTED,
    'POST /api/v1/rectification-cases/{id}/plan/review': OFFICE,
    'POST /api/v1/rectification-cases/{id}/items/{itemId}/progress': INSPECTED,
    'POST /api/v1/rectification-cases/{id}/items/{itemId}/sign-off': OFFICE,
    'POST /api/v1/rectification-cases/{id}/items/{itemId}/reopen': OFFICE,
    'POST /api/v1/rectification-cases/{id}/items/{itemId}/withhold': OFFICE,
    'POST /api/v1/rectification-cases/{id}/report': INSPECTED,
    'POST /api/v1/rectification-cases/{id}/report/review': OFFICE,
    'POST /api/v1/rectification-cases/{id}/re-rectification': OFFICE,
    'POST /api/v1/rectification-cases/{id}/assessment': OFFICE,
    'POST /api/v1/rectification-cases/{id}/admonishments': OFFICE,
    'POST /api/v1/rectification-cases/{id}/supervision-notes': ['discipline', 'organization'],
    'POST /api/v1/rectification-cases/{id}/close': OFFICE,
    'GET /api/v1/rectification-deadlines/{jurisdiction}': PLANNING_READERS,
    'PUT /api/v1/rectification-deadlines/{jurisdiction}': OFFICE,
  },
  'query-service': {
    ...PLATFORM,
    'GET /api/v1/stats': FIGURE_READERS,
    'GET /api/v1/stats/records': FIGURE_READERS,
    'GET /api/v1/ledgers/{ledger}': FIGURE_READERS,
    'GET /api/v1/targets/{id}/dossier': FIGURE_READERS,
    'GET /api/v1/overdue': FIGURE_READERS,
    'GET /api/v1/common-problems': FIGURE_READERS,
    'GET /api/v1/clue-distribution': FIGURE_READERS,
    'GET /api/v1/rounds/{id}/team-figures': FIGURE_READERS,
    'GET /dashboard': FIGURE_READERS,
    // Who did what, in every service: the system's own record, not business data.
    'GET /api/v1/audit': ADMIN,
  },
};
