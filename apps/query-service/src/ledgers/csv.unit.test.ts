import { toCsv } from './csv';

describe('CSV export', () => {
  const columns = [
    { header: '问题表述', value: (r: { title: string; n?: number }) => r.title },
    { header: '金额', value: (r: { title: string; n?: number }) => r.n },
  ];

  it('starts with a BOM, ends lines with CRLF and quotes what needs it (RFC 4180)', () => {
    const csv = toCsv(columns, [
      { title: '超标准列支会议费', n: 12.5 },
      { title: '含"引号",逗号\n换行' },
    ]);
    expect(csv).toBe(
      '\uFEFF问题表述,金额\r\n超标准列支会议费,12.5\r\n"含""引号"",逗号\n换行",\r\n',
    );
  });

  it('keeps formulas as text', () => {
    expect(toCsv(columns, [{ title: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
