/** The focus catalog version a round classifies against, as RoundLaunched carries it. */
import { CalendarDate, Describe, Flag, NestedList, Optional, Text } from '../fields';

@Describe(
  'One node of a focus catalog (清单条目): focus, item, process, point, manifestation or dimension',
)
export class CatalogEntry {
  @Text('Code of the node (编号), unique within the version, e.g. SGJJ-2-07', 64)
  code!: string;

  @Text('Wording (名称/表述)', 500)
  label!: string;

  @Optional()
  @Flag('True where the wording is a placeholder the office has yet to supply (占位措辞)')
  placeholder?: boolean;
}

@Describe('A focus (监督重点, e.g. one of the 三个聚焦) and its items (条目)')
export class CatalogFocus extends CatalogEntry {
  @NestedList(() => CatalogEntry, 'Items a finding is classified under (条目)', { min: 1 })
  items!: CatalogEntry[];
}

@Describe('A supervision point of the top-leader catalog (一把手监督要点) and its manifestations')
export class CatalogPoint extends CatalogEntry {
  @NestedList(() => CatalogEntry, 'Problem manifestations (突出问题表现)', { min: 1 })
  manifestations!: CatalogEntry[];
}

@Describe('A work process of the top-leader catalog (一把手巡察监督工作流程) and its points')
export class CatalogProcess extends CatalogEntry {
  @NestedList(() => CatalogPoint, 'Supervision points (监督要点)', { min: 1 })
  points!: CatalogPoint[];
}

@Describe(
  'A version of a supervision-focus catalog (监督重点清单版本), whole: findings are classified ' +
    'under its items or top-leader manifestations, portraits rated over its dimensions',
)
export class FocusCatalogVersion {
  @Text('Version id (清单版本), unique, e.g. three-focuses-2022', 100)
  version!: string;

  @Text('The catalog the version belongs to', 48)
  catalogId!: string;

  @Text('Title of the catalog (清单名称)', 200)
  title!: string;

  @Text('Label of the version (版本说明)', 300)
  label!: string;

  @Optional()
  @CalendarDate('First day in force (生效日期)')
  validFrom?: string;

  @Optional()
  @CalendarDate('Last day in force (失效日期), when set')
  validTo?: string;

  @NestedList(() => CatalogFocus, 'Focuses and their items (监督重点及条目)')
  focuses!: CatalogFocus[];

  @NestedList(() => CatalogProcess, 'Top-leader processes, points, manifestations (一把手监督)')
  processes!: CatalogProcess[];

  @NestedList(() => CatalogEntry, 'Top-leader portrait dimensions (一把手政治画像维度)')
  portraitDimensions!: CatalogEntry[];
}
