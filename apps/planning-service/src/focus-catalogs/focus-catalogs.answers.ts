/** What the catalog endpoints answer, for the OpenAPI document. */
import { named, outcomeWith, s } from '@xuncha/platform-nest';

const entryFields = {
  code: s.string('编号'),
  label: s.string('表述'),
};
const entryOptional = { placeholder: s.bool('措辞待填 (placeholder wording)') };
const Entry = s.object(entryFields, entryOptional);

const Counts = s.object({
  focuses: s.count('聚焦'),
  items: s.count('条目'),
  processes: s.count('工作流程'),
  points: s.count('监督要点'),
  manifestations: s.count('问题表现'),
  portraitDimensions: s.count('画像维度'),
  placeholders: s.count('措辞待填的条目数'),
});

export const CatalogVersionView = named(
  'FocusCatalogVersionView',
  s.object(
    {
      version: s.string('清单版本'),
      catalogId: s.string('清单标识'),
      title: s.string('清单名称'),
      label: s.string('版本说明'),
      focuses: s.array(
        s.object({ ...entryFields, items: s.array(Entry, '条目') }, entryOptional),
        '监督重点及条目',
      ),
      processes: s.array(
        s.object(
          {
            ...entryFields,
            points: s.array(
              s.object(
                { ...entryFields, manifestations: s.array(Entry, '问题表现') },
                entryOptional,
              ),
              '监督要点',
            ),
          },
          entryOptional,
        ),
        '一把手监督：工作流程',
      ),
      portraitDimensions: s.array(Entry, '政治画像维度'),
      counts: Counts,
      items: s.array(
        s.object(entryFields, {
          ...entryOptional,
          focus: Entry,
          process: Entry,
          point: Entry,
        }),
        '可归类的条目与问题表现 (what a finding may be classified under, flat)',
      ),
    },
    { validFrom: s.date('生效日期'), validTo: s.date('失效日期') },
  ),
);

export const CatalogList = named(
  'FocusCatalogList',
  s.object({
    items: s.array(
      s.object(
        {
          id: s.string('清单标识'),
          title: s.string('清单名称'),
          shipped: s.bool('系统内置结构 (shipped structure)'),
          versions: s.array(
            s.object(
              { version: s.string(), label: s.string(), counts: Counts },
              {
                validFrom: s.date('生效日期'),
                validTo: s.date('失效日期 (or the next version’s start)'),
              },
            ),
          ),
        },
        { jurisdiction: s.string('所属区划') },
      ),
    ),
  }),
);

export const CatalogOutcome = outcomeWith('FocusCatalogOutcome', {
  version: s.string('本次发布（或未变的现行）版本'),
});

export const CatalogWorkbook = s.string('Excel 工作簿 (.xlsx)');
