import { Body, Controller, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  PLANNING_RULES,
  type CatalogVersion,
  type CatalogVersionInput,
} from '@xuncha/planning-domain';
import type { CommandContext } from '@xuncha/platform-event-store';
import { AggregateNotFound, chinaDay } from '@xuncha/platform-kernel';
import {
  Command,
  CurrentPrincipal,
  ROLES,
  ReadEndpoint,
  Roles,
  assertInJurisdiction,
  commandEndpoints,
  type Principal,
} from '@xuncha/platform-nest';
import { Planning, queryScope, type FocusCatalogDoc } from '../views/planning';
import { CatalogList, CatalogOutcome, CatalogVersionView } from './focus-catalogs.answers';
import { readCatalogWorkbook, writeCatalogWorkbook } from './catalog-workbook';
import {
  CatalogContentBody,
  CatalogListQuery,
  CreateCatalogBody,
  CreateFromWorkbookBody,
  InForceQuery,
  WorkbookBody,
} from './focus-catalogs.dto';
import { contentOf, present, summary } from './catalog-view';

/** Catalogs are reference data every role classifies or reads by; only the office writes them. */
const READERS = ROLES;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Their answer names the version the views hold after the command: no dry run. */
const Step = commandEndpoints(PLANNING_RULES, { answers: CatalogOutcome, dryRun: false });

@ApiTags('focus catalogs (监督重点清单)')
@Controller()
@Roles('office')
export class FocusCatalogsController {
  constructor(private readonly planning: Planning) {}

  @ReadEndpoint(
    CatalogList,
    'focus-catalogs',
    '监督重点清单 (the catalogs a jurisdiction may use: its own, its ancestors’, the shipped structures, with their versions)',
    { roles: READERS },
  )
  async list(@Query() query: CatalogListQuery, @CurrentPrincipal() principal: Principal) {
    const { own, shipped } = await this.planning.usableCatalogs(
      queryScope(principal, query.jurisdiction),
    );
    return {
      items: [
        ...own.map((doc) => ({
          id: doc._id,
          jurisdiction: doc.jurisdiction,
          title: doc.title,
          shipped: false,
          versions: doc.versions.map((version, index) => summary(version, doc.versions, index)),
        })),
        ...shipped.map((version) => ({
          id: version.catalogId,
          title: version.title,
          shipped: true,
          versions: [summary(version, [version], 0)],
        })),
      ],
    };
  }

  @ReadEndpoint(
    CatalogVersionView,
    'focus-catalogs/in-force',
    '现行清单 (the version a round of the jurisdiction starting on the day uses when none is chosen)',
    { roles: READERS },
  )
  async inForce(@Query() query: InForceQuery, @CurrentPrincipal() principal: Principal) {
    const jurisdiction = queryScope(principal, query.jurisdiction);
    const on = query.on ?? chinaDay(new Date().toISOString());
    return present(await this.planning.catalogInForce(jurisdiction, on));
  }

  @ReadEndpoint(
    CatalogVersionView,
    'focus-catalog-versions/:version',
    '清单版本 (one version, whole, with its classifiable codes for the console to offer)',
    { roles: READERS },
  )
  async version(@Param('version') version: string) {
    return present(await this.known(version));
  }

  @ReadEndpoint(
    { type: 'string', format: 'binary' },
    'focus-catalog-versions/:version/workbook',
    '导出清单 (the version as an Excel workbook)',
    { roles: READERS, as: XLSX },
  )
  async export(@Param('version') version: string) {
    const catalog = await this.known(version);
    return new StreamableFile(await writeCatalogWorkbook(catalog), {
      type: XLSX,
      disposition: `attachment; filename="${catalog.version}.xlsx"`,
    });
  }

  @Step(
    'CreateFocusCatalog',
    'focus-catalogs',
    '新建监督重点清单 (create a catalog with its first version)',
    { status: 201 },
  )
  async create(
    @Body() body: CreateCatalogBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    const { id, jurisdiction, title, ...content } = body;
    return this.createCatalog(
      id,
      jurisdiction,
      title,
      contentOf(content, content),
      context,
      principal,
    );
  }

  @Step(
    'CreateFocusCatalog',
    'focus-catalogs/workbooks',
    '导入清单 (create a catalog from an Excel workbook)',
    { status: 201 },
  )
  async createFromWorkbook(
    @Body() body: CreateFromWorkbookBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    assertInJurisdiction(principal, body.jurisdiction);
    const tree = await readCatalogWorkbook(body.workbook);
    return this.createCatalog(
      body.id,
      body.jurisdiction,
      body.title,
      contentOf(tree, body),
      context,
      principal,
    );
  }

  @Step(
    'ReviseFocusCatalog',
    'focus-catalogs/:id/versions',
    '修订清单 (revise: a new version; findings already made keep theirs)',
  )
  async revise(
    @Param('id') id: string,
    @Body() body: CatalogContentBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.reviseCatalog(id, contentOf(body, body), context, principal);
  }

  @Step(
    'ReviseFocusCatalog',
    'focus-catalogs/:id/versions/workbooks',
    '导入修订 (revise from an Excel workbook: a new version)',
  )
  async reviseFromWorkbook(
    @Param('id') id: string,
    @Body() body: WorkbookBody,
    @Command() context: CommandContext,
    @CurrentPrincipal() principal: Principal,
  ) {
    await this.planning.visible(principal, 'focus-catalogs', id, 'focus-catalog');
    const tree = await readCatalogWorkbook(body.workbook);
    return this.reviseCatalog(id, contentOf(tree, body), context, principal);
  }

  private async createCatalog(
    id: string,
    jurisdiction: string,
    title: string,
    content: CatalogVersionInput,
    context: CommandContext,
    principal: Principal,
  ) {
    assertInJurisdiction(principal, jurisdiction);
    const outcome = await this.planning.execute(
      this.planning.focusCatalogs,
      id,
      {
        type: 'CreateFocusCatalog',
        id,
        at: context.now.toISOString(),
        jurisdiction,
        title,
        content,
      },
      context,
    );
    return { ...outcome, version: await this.latestVersion(id) };
  }

  private async reviseCatalog(
    id: string,
    content: CatalogVersionInput,
    context: CommandContext,
    principal: Principal,
  ) {
    await this.planning.visible(principal, 'focus-catalogs', id, 'focus-catalog');
    const outcome = await this.planning.execute(
      this.planning.focusCatalogs,
      id,
      { type: 'ReviseFocusCatalog', id, at: context.now.toISOString(), content },
      context,
    );
    return { ...outcome, version: await this.latestVersion(id) };
  }

  private async latestVersion(id: string): Promise<string> {
    const doc = await this.planning.views.get<FocusCatalogDoc>('focus-catalogs', id);
    return doc!.versions[doc!.versions.length - 1].version;
  }

  private async known(version: string): Promise<CatalogVersion> {
    const known = await this.planning.catalogVersion(version);
    if (!known) throw new AggregateNotFound('focus catalog version', version);
    return known.catalog;
  }
}
