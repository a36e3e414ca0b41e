/// <reference lib="dom" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningSystem } from '@xuncha/platform-nest/testing';
import { workspaceRoot } from '../gateway/bundle';
import { launchChromium, shoot, signInAs, startConsoleSystem, watchedPage } from './browser';

const OUT = join(workspaceRoot(), 'tmp/console-e2e/cycle');
const OFFICE = ['巡察办', '商洛市巡察办工作人员'] as const;
const COMMISSION = ['纪委、组织部、分析、管理', '商洛市纪委监委'] as const;
const ANALYST = ['纪委、组织部、分析、管理', '商洛市数据分析人员'] as const;
const TARGET = '商洛市档案馆';
/** A target of the same term that this round does not inspect: its organization reaches nothing here. */
const OTHER_TARGET = '商洛市气象局';
const HEADCOUNT = 10;
const PERSON = '钱某某';
const ALLEGATION = '涉嫌违规指定数字化项目供应商';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Watched = Awaited<ReturnType<typeof watchedPage>>;

/**
 * What another service learns from the bus arrives a moment later: reload until the
 * locator shows (an inspection after the launch, a clue after the approval, a case after
 * the feedback).
 */
async function untilShown(page: Page, locator: Locator, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await locator.isVisible()) return;
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
  throw new Error(`${what} never showed`);
}

/** Opens a screen from the menu and waits for it: the home page it leaves names the same records. */
async function openMenu(page: Page, screen: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '功能菜单' })
    .getByRole('link', { name: screen })
    .click();
  await page.getByRole('heading', { name: screen, exact: true }).waitFor();
}

/** Waits until no animation runs: antd's dropdowns open and close with one. */
async function settled(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
}

/**
 * Chooses an option of an antd Select by its title, until the select shows it: a click that
 * lands while the dropdown still opens is lost on a loaded machine.
 */
async function choose(page: Page, select: Locator, title: string): Promise<void> {
  // antd 6 shows the chosen label as the title of the select's content.
  const shown = page
    .locator('.ant-form-item', { has: select })
    .locator(`.ant-select-content[title="${title}"]`);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await settled(page);
    await page
      .getByRole('option', { name: title, exact: true })
      .last()
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    const chosen = await shown.waitFor({ timeout: 3_000 }).then(
      () => true,
      () => false,
    );
    if (chosen) return;
    await page.keyboard.press('Escape');
    await settled(page);
  }
  throw new Error(`${title} could not be chosen`);
}

/** Picks a day in an antd DatePicker by typing it. */
async function pickDay(page: Page, picker: Locator, value: string): Promise<void> {
  await picker.click();
  await picker.fill(value);
  await page.keyboard.press('Enter');
}

/**
 * One whole cycle through the screens only (#21): no call of the API from the test but the
 * final read of the figures. The office plans and launches; the team stations, talks until
 * the meter is green (the report refused before), records a finding from the catalog, an
 * immediate item and a clue, drafts and approves the report; the office consults and records
 * the hearing; the team delivers the feedback; the office reviews and transfers the clue; the
 * commission signs for it, disposes and concludes it; the organization submits an incomplete
 * plan (each item says what it lacks), completes it; the office approves and signs off the
 * items; the organization reports; the office accepts, assesses and closes. Then reach: a
 * cadre of no team of it, another target's organization and the analyst open the cycle's
 * URLs and see 无权访问 or 未找到, never the record.
 */
describe('one inspection cycle through the console’s screens in headless Chromium', () => {
  let dir: string;
  let system: RunningSystem | undefined;
  let browser: Browser | undefined;
  let BASE = '';
  const a11y: string[] = [];
  const urls = { inspection: '', clue: '', case: '' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xuncha-console-cycle-'));
    rmSync(OUT, { recursive: true, force: true });
    ({ system, base: BASE } = await startConsoleSystem(dir));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    if (system) writeFileSync(join(OUT, 'system.log'), system.output());
    rmSync(dir, { recursive: true, force: true });
  });

  /** A person's session for one part of the cycle; no console fault or unexpected answer allowed. */
  async function as(
    person: readonly [string, string],
    work: (watched: Watched) => Promise<void>,
  ): Promise<void> {
    const watched = await watchedPage(browser!, BASE);
    try {
      await signInAs(watched.page, ...person);
      await work(watched);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.page
        .screenshot({ path: join(OUT, `last-${person[1]}.png`) })
        .catch(() => undefined);
      await watched.close();
    }
  }
  const snap = async (page: Page, name: string) => a11y.push(...(await shoot(page, OUT, name)));

  it('plans, inspects, transfers and concludes the clue, rectifies and assesses; /stats counts it', async () => {
    // ── The office: targets, cadres, the term plan, the round with its team, launch ──
    await as(OFFICE, async ({ page }) => {
      await page.getByRole('link', { name: '巡察对象' }).click();
      for (const name of [TARGET, OTHER_TARGET]) {
        await page.getByRole('button', { name: '新增巡察对象' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('单位名称').fill(name);
        // Each option list is the field's own (ids `<field>_list_<n>`), not the table filter's.
        await dialog.getByLabel('类别').click();
        await page.locator('[role="option"][id^="category_list"][title="事业单位"]').click();
        await dialog.getByLabel('层级').click();
        await page.locator('[role="option"][id^="tier_list"][title="市级"]').click();
        await dialog.getByLabel('干部职工人数').fill(String(HEADCOUNT));
        await dialog.getByRole('button', { name: '保 存' }).click();
        await page.getByRole('cell', { name, exact: true }).waitFor();
      }
      await page.getByRole('link', { name: '干部库' }).click();
      for (const [name, leader] of [
        ['田组长', true],
        ['任副组长', false],
        ['冯联络员', false],
        ['贺组员', false],
        ['邱干部', false],
      ] as const) {
        await page.getByRole('button', { name: '干部入库' }).click();
        const form = page.getByRole('dialog');
        await form.getByLabel('姓名').fill(name);
        if (leader) {
          await form.getByLabel('入库类别').click();
          await page.getByTitle('组长库').click();
          await form.getByLabel('姓名').click();
        }
        await form.getByRole('button', { name: '保 存' }).click();
        await page.getByRole('cell', { name, exact: true }).waitFor();
      }
      const range = async (label: string, from: string, to: string) => {
        await page.getByRole('dialog').getByLabel(label).click();
        await page.keyboard.type(from);
        await page.keyboard.press('Enter');
        await page.keyboard.type(to);
        await page.keyboard.press('Enter');
      };
      const year = new Date().getUTCFullYear();
      await page.getByRole('link', { name: '届内巡察规划' }).click();
      await page.getByRole('button', { name: '起草规划' }).click();
      await page.getByRole('dialog').getByLabel('规划名称').fill('商洛市委巡察工作规划');
      await range('届期', `${year - 1}-01-01`, `${year + 3}-12-31`);
      await page.getByRole('button', { name: '全部在册单位' }).click();
      await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
      const planRow = page.getByRole('row', { name: /商洛市委巡察工作规划/ });
      await planRow.getByRole('button', { name: '通过规划' }).click();
      await planRow.getByText('已通过').waitFor();

      await page.getByRole('link', { name: '巡察轮次' }).click();
      await page.getByRole('button', { name: '拟定轮次' }).click();
      await page.getByRole('dialog').getByLabel('届内巡察规划').click();
      await page.getByTitle('商洛市委巡察工作规划').click();
      await range('巡察时间', day(-20), day(40));
      await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
      const roundRow = page.getByRole('row', { name: /第1轮/ });
      await roundRow.getByText('拟定中').waitFor();
      await roundRow.getByRole('button', { name: '组建巡察组' }).click();
      const drawer = page.locator('.ant-drawer-open');
      const pick = async (label: string, field: string, option: string) => {
        await drawer.getByLabel(label, { exact: true }).click();
        await page.locator(`[role="option"][id^="${field}_list"][title="${option}"]`).click();
      };
      await pick('巡察对象', 'targetIds', TARGET);
      await pick('组长', 'leaderId', '田组长');
      await pick('副组长', 'deputyIds', '任副组长');
      // A multiple choice stays open over the fields below it until one clicks elsewhere.
      await drawer.getByText('巡察对象', { exact: true }).click();
      await pick('联络员', 'liaisonId', '冯联络员');
      await pick('组员', 'memberIds', '贺组员');
      await drawer.getByText('巡察对象', { exact: true }).click();
      await drawer.getByRole('button', { name: '组 建' }).click();
      await roundRow.getByText('1 个').waitFor();
      await roundRow.getByRole('button', { name: '批准' }).click();
      await roundRow.getByText('已批准').waitFor();
      await roundRow.getByRole('button', { name: '进驻启动' }).click();
      await roundRow.getByText('已进驻').waitFor();
      await snap(page, '00-office-round-launched');
    });

    // ── The team leader: stations, talks, finds, drafts and approves the report ──
    await as(['巡察组干部', '田组长'], async ({ page, expect: expectAnswer }) => {
      const waiting = page.getByRole('listitem').filter({ hasText: TARGET });
      await untilShown(page, waiting, 'the launched inspection on the team’s home');
      expect(await waiting.textContent()).toContain('待进驻');
      await snap(page, '01-team-home');
      await openMenu(page, '我的巡察');
      await page.getByRole('link', { name: TARGET }).click();
      await page.getByText(`巡察工作台：${TARGET}`).waitFor();
      urls.inspection = new URL(page.url()).pathname;

      // 巡前通报 before stationing: the commission's briefing, the others still missing.
      await choose(page, page.getByRole('combobox', { name: '通报单位' }), '纪委监委');
      await page
        .getByLabel('通报内容（负面清单、问题线索、审计发现、信访情况）')
        .fill('近三年无立案审查对象；收到反映数字化项目问题信访1件');
      await page.getByLabel('通报日期').fill(day(-3));
      await page.keyboard.press('Tab');
      await page.getByRole('button', { name: '记录巡前通报' }).click();
      await page.getByText('尚未通报：组织部、审计机关、信访部门').waitFor();
      await snap(page, '01b-briefings');

      await page.getByLabel('公告时间').fill(`${day(-2)} 09:00`);
      await page.keyboard.press('Enter');
      await page.getByLabel('举报电话').check();
      await page.getByLabel('意见箱/举报箱').check();
      await snap(page, '02-stationing');
      await page.getByRole('button', { name: '进 驻' }).click();
      const meter = page.getByTestId('talk-meter');
      await meter.waitFor();
      expect(await meter.getAttribute('data-met')).toBe('false');
      await snap(page, '03-talks-and-research');

      // The report is refused while the talks fall short, and says why.
      await page.getByRole('tab', { name: '报告与反馈' }).click();
      expectAnswer(422, '/report');
      await page.getByRole('button', { name: '起草报告' }).click();
      await page.getByTestId('report-refusal').waitFor();
      expect(await page.getByTestId('report-refusal').textContent()).toMatch(/谈话/);
      await snap(page, '04-report-refused');

      // 个别谈话 until the meter turns green: 30人以下全覆盖 over the five must-talk groups.
      await page.getByRole('tab', { name: '谈话与调研' }).click();
      const talks: Array<[string, number]> = [
        ['领导班子成员', 2],
        ['党员', 3],
        ['中层干部', 2],
        ['少数民族代表', 1],
        ['老中青代表', 2],
      ];
      let talked = 0;
      for (const [group, count] of talks) {
        await choose(page, page.getByRole('combobox', { name: /谈话对象/ }), group);
        await page.getByLabel('人数', { exact: true }).fill(String(count));
        await page.getByRole('button', { name: '记录谈话' }).click();
        talked += count;
        await meter.getByText(`${talked}/${HEADCOUNT}`).waitFor();
      }
      await page.locator('[data-testid="talk-meter"][data-met="true"]').waitFor();
      // The refusal spoke of the talks as they were: it is gone.
      await page.getByTestId('report-refusal').waitFor({ state: 'detached' });
      await snap(page, '05-talks-met');

      // 发现问题 from the round's catalog, an immediate item from it, and a confidential clue.
      await page.getByRole('tab', { name: /发现问题/ }).click();
      await page.getByLabel('问题表述').fill('档案数字化项目资金管理不规范');
      await page.getByLabel('问题描述').fill('2025年档案数字化项目资金未按合同约定支付');
      await page.getByRole('combobox', { name: /监督重点条目/ }).fill('SGJJ-2-07');
      await page.keyboard.press('Enter');
      await page.getByRole('combobox', { name: /涉及人员层级/ }).click();
      await page.getByTitle('科级干部', { exact: true }).click();
      await page.getByLabel('涉及金额（元）').fill('86000');
      await page.getByLabel('重点问题').check();
      await page.getByRole('button', { name: '记录问题' }).click();
      await page.getByRole('cell', { name: '档案数字化项目资金管理不规范' }).waitFor();
      await page.getByLabel('事项', { exact: true }).fill('清退未按合同支付的项目资金');
      await page
        .getByRole('combobox', { name: /来源问题/ })
        .first()
        .click();
      await page.getByTitle('档案数字化项目资金管理不规范').first().click();
      await page.getByRole('button', { name: '交 办' }).click();
      await page.getByRole('cell', { name: '清退未按合同支付的项目资金' }).waitFor();
      await page.getByLabel('涉及人员姓名').fill(PERSON);
      await page.getByLabel('职务', { exact: true }).fill('办公室主任');
      await page.getByRole('combobox', { name: /职级/ }).click();
      await page.getByTitle('科级干部', { exact: true }).last().click();
      await page.getByLabel('线索内容').fill(ALLEGATION);
      await page.getByRole('combobox', { name: /违纪类别/ }).click();
      await page.getByTitle('廉洁纪律', { exact: true }).click();
      await page.getByRole('button', { name: '记录线索' }).click();
      await page.getByText('问题线索（1）').waitFor();
      // Confidential: once recorded, no list shows the person.
      expect(await page.getByText(PERSON).count()).toBe(0);
      await snap(page, '06-finding-item-clue');

      await page.getByRole('tab', { name: '报告与反馈' }).click();
      await page.getByRole('button', { name: '起草报告' }).click();
      await page.getByRole('button', { name: '组长审定' }).waitFor();
      await snap(page, '07-report-drafted');
      await page.getByRole('button', { name: '组长审定' }).click();
      await page.getByText('待巡察办提请书记专题会听取').waitFor();
    });

    // ── The office: consultation and the secretary meeting's hearing with its directives ──
    await as(OFFICE, async ({ page }) => {
      await openMenu(page, '巡察工作');
      await page.getByRole('link', { name: TARGET }).click();
      await page.getByLabel('组办会商意见').fill('同意报告，补充资金问题的数额');
      await page.getByRole('button', { name: '记录组办会商' }).click();
      await page.getByRole('button', { name: '记录组办会商' }).waitFor({ state: 'detached' });
      // 书记点人点事点问题: a matter owned by the finance bureau, due in a month; a person (by
      // post) for the commission.
      const addDirective = page.getByRole('button', { name: '添加一项点人点事点问题' });
      await addDirective.click();
      const matter = page.getByTestId('directive-0');
      await matter
        .getByLabel('所点内容（点人写职务，不写姓名）')
        .fill('档案数字化项目资金问题督促整改');
      await matter.getByLabel('责任部门').fill('市财政局');
      // Enter confirms the typed day; it does not record the hearing half entered.
      await pickDay(page, matter.getByLabel('办理时限'), day(30));
      await addDirective.click();
      const person = page.getByTestId('directive-1');
      await person.getByRole('combobox', { name: '类别' }).click();
      await page.locator('[role="option"][title="点人"]').last().click();
      await person.getByLabel('所点内容（点人写职务，不写姓名）').fill('办公室主任履职情况');
      await person.getByLabel('责任部门').fill('市纪委监委');
      await snap(page, '08-office-hearing');
      await page.getByRole('button', { name: '记录书记专题会听取' }).click();

      // The ledger: what was done on the matter, then its closing.
      await page.getByText('书记点人点事台账（已办结 0/2）').waitFor();
      await page.getByRole('cell', { name: day(30) }).waitFor();
      await page
        .getByRole('row', { name: /档案数字化项目资金问题督促整改/ })
        .getByRole('button', { name: '跟踪办理' })
        .click();
      await page
        .getByLabel('办理情况（办结时填写办结情况）')
        .fill('市财政局已约谈馆长，资金按合同支付');
      await page.getByRole('button', { name: '确认办结' }).click();
      await page.getByText('书记点人点事台账（已办结 1/2）').waitFor();
      await snap(page, '08b-directives-ledger');

      // 成果运用: a recommendation letter to the target, a prompt to the commission.
      for (const [kind, addressee, subject] of [
        ['巡察建议书', `${TARGET}党组`, '健全数字化项目资金支付审核制度'],
        ['向纪委监委提示', '商洛市纪委监委', '办公室主任履职情况，建议关注'],
      ] as const) {
        await choose(page, page.getByRole('combobox', { name: '运用方式' }), kind);
        await page.getByLabel('送达单位').fill(addressee);
        await page.getByLabel('主要内容（涉及人员写职务，不写姓名）').fill(subject);
        await page.getByRole('button', { name: '记录成果运用' }).click();
        await page.getByRole('cell', { name: subject }).waitFor();
      }
      await snap(page, '08c-result-uses');
    });

    // ── The team delivers the feedback: the problem list goes to the organization ──
    await as(['巡察组干部', '田组长'], async ({ page }) => {
      await page.goto(urls.inspection);
      await page.getByText(`${TARGET}问题清单（1）`).waitFor();
      await snap(page, '09-feedback-form');
      await page.getByRole('button', { name: '反馈问题清单' }).click();
      await page.getByRole('button', { name: '反馈问题清单' }).waitFor({ state: 'detached' });
      await page.getByText('反馈日期').waitFor();
    });

    // ── The office reviews the clue with the commission and transfers it ──
    await as(OFFICE, async ({ page }) => {
      await openMenu(page, '问题线索');
      const link = page.getByRole('link', { name: TARGET });
      await untilShown(page, link, 'the clue in the office’s ledger');
      await snap(page, '10-clue-ledger');
      await link.click();
      await page.getByText(PERSON).waitFor();
      urls.clue = new URL(page.url()).pathname;
      await page.getByRole('combobox', { name: '移交对象' }).click();
      await page.getByTitle('纪检监察机关', { exact: true }).click();
      await page.getByLabel('会商意见').fill('属纪检监察机关管辖，移交市纪委监委');
      await snap(page, '11-clue-joint-review');
      await page.getByRole('button', { name: '记录会商结果' }).click();
      await page.getByRole('button', { name: '移交线索' }).click();
      await page.getByText('移交编号').waitFor();
      await snap(page, '12-clue-transferred');
    });

    // ── The commission signs for it, decides the disposition and reports the final outcome ──
    await as(COMMISSION, async ({ page }) => {
      await openMenu(page, '移交线索');
      await page.getByRole('link', { name: TARGET }).click();
      await page.getByText(ALLEGATION).waitFor();
      await page.getByLabel('签收人（职务）').fill('案件监督管理室');
      await page.getByRole('button', { name: '签 收' }).click();
      await page.getByRole('combobox', { name: '处置方式' }).click();
      await page.getByTitle('初步核实', { exact: true }).click();
      await page.getByRole('button', { name: '确定处置方式' }).click();
      await page.getByLabel('立案').click();
      await page.getByLabel('处分（人）').fill('1');
      await page.getByLabel('办结（最终结果）').click();
      await snap(page, '13-clue-outcome');
      await page.getByRole('button', { name: '报告办理结果' }).click();
      await page.getByText('已办结').first().waitFor();
      await snap(page, '14-clue-concluded');
    });

    // ── The organization: an incomplete plan is refused item by item, then completed ──
    await as(['被巡察党组织', TARGET], async ({ page, expect: expectAnswer }) => {
      await openMenu(page, '整改落实');
      const link = page.getByRole('link', { name: TARGET });
      await untilShown(page, link, 'the rectification case of the feedback');
      await link.click();
      urls.case = new URL(page.url()).pathname;
      const items = page.locator('[data-testid^="plan-item-"]');
      await items.first().waitFor();
      const count = await items.count();
      expect(count).toBeGreaterThan(1);
      const fill = async (item: Locator, index: number) => {
        await item.getByLabel('整改措施（每行一条）').fill(`措施${index}：建立资金支付审核制度`);
        await item.getByLabel('责任人').fill('馆长');
        await pickDay(page, item.getByLabel('整改时限'), day(60));
      };
      // Every item but the last written: the screening names what the last lacks.
      for (let i = 0; i < count - 1; i++) await fill(items.nth(i), i + 1);
      expectAnswer(422, '/plan');
      await page.getByRole('button', { name: '报送整改方案' }).click();
      await page.getByTestId('plan-refusal').waitFor();
      const last = items.nth(count - 1);
      for (const lack of ['缺少整改措施', '缺少责任人', '缺少整改时限']) {
        await last.getByText(lack).waitFor();
      }
      expect(await items.first().getByText(/缺少/).count()).toBe(0);
      await snap(page, '15-plan-incomplete');
      await fill(last, count);
      await page.getByRole('button', { name: '报送整改方案' }).click();
      await page.getByText('整改方案已报送，待巡察办审核。').waitFor();
      await snap(page, '16-plan-submitted');
    });

    // ── The office approves the plan and signs off every item with its evidence ──
    await as(OFFICE, async ({ page }) => {
      await openMenu(page, '整改监督');
      await page.getByRole('link', { name: TARGET }).click();
      await page.getByRole('button', { name: '提交审核意见' }).click();
      const signOff = page.getByRole('button', { name: '验收销号' });
      await signOff.first().waitFor();
      await snap(page, '17-items');
      while ((await signOff.count()) > 0) {
        const before = await signOff.count();
        await signOff.first().click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('销号依据（佐证材料）').fill('资金已按合同支付，附支付凭证');
        await dialog.getByRole('button', { name: '确 定' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.waitForFunction(
          (n) =>
            Array.from(document.querySelectorAll('button')).filter(
              (b) => b.innerText === '验收销号',
            ).length < n,
          before,
        );
      }
      await page.getByText('已销号').first().waitFor();
      await snap(page, '18-items-signed-off');
    });

    // ── The organization reports ──
    await as(['被巡察党组织', TARGET], async ({ page }) => {
      await page.goto(urls.case);
      await page.getByLabel('整改报告摘要').fill('反馈问题已全部整改到位，建立制度2项');
      await page.getByLabel('挽回资金（元）').fill('86000');
      await page.getByLabel('建立完善制度（项）').fill('2');
      await page.getByRole('button', { name: '报送整改报告' }).click();
      await page.getByRole('button', { name: '报送整改报告' }).waitFor({ state: 'detached' });
      await page.getByTestId('disclosure').waitFor();
      await snap(page, '19-report-and-disclosure');
    });

    // ── The office accepts the report, assesses and closes the case ──
    await as(OFFICE, async ({ page }) => {
      await page.goto(urls.case);
      await page.getByRole('button', { name: '提交报告审核意见' }).click();
      await page.getByLabel('较好').check();
      await page.getByRole('button', { name: '记录评估结果' }).click();
      await page.getByRole('button', { name: '结束整改' }).click();
      await page.getByText('整改已结束。').waitFor();
      await snap(page, '20-case-closed');

      // The figures of the cycle, the only read of the API in this test.
      const expected = {
        problems: {
          found: 1,
          fedBack: 1,
          rectified: 1,
          key: 1,
          keyRectified: 1,
          publicConcerns: 0,
        },
        directives: { issued: 2, closed: 1, overdue: 0 },
        resultUses: { 'recommendation-letter': 1, 'discipline-prompt': 1, 'written-warning': 0 },
        clues: { transferred: 1, concluded: 1, casesFiled: 1, sanctionedPersons: 1 },
        immediateItems: 1,
        rectification: { cases: 1 },
        rulesEstablished: 2,
        targets: { inScope: 2, inspected: 1 },
      };
      let stats: unknown;
      for (let i = 0; i < 60; i++) {
        stats = await page.evaluate(() =>
          fetch('/api/query/v1/stats?jurisdiction=611000').then((r) => r.json()),
        );
        try {
          expect(stats).toMatchObject(expected);
          break;
        } catch {
          await page.waitForTimeout(500);
        }
      }
      expect(stats).toMatchObject(expected);
    });
    expect(a11y).toEqual([]);
  }, 900_000);

  it('a cadre of no team of it, another target’s organization and the analyst reach none of its records', async () => {
    expect(urls.inspection && urls.clue && urls.case).toBeTruthy();
    const refused = async (page: Page, path: string) => {
      await page.goto(path);
      await page
        .getByText(/无权访问|未找到/)
        .first()
        .waitFor();
      const text = await page.getByRole('main').innerText();
      expect(text).not.toContain(PERSON);
      expect(text).not.toContain(ALLEGATION);
      expect(text).not.toContain('巡察工作台');
    };
    // The service answers 404 for a record out of reach (or 403): either is 未找到/无权访问.
    await as(['巡察组干部', '邱干部'], async ({ page, expect: expectAnswer }) => {
      expectAnswer(404, '/inspections/');
      expectAnswer(403, '/inspections/');
      await refused(page, urls.inspection);
      await refused(page, urls.clue);
      await refused(page, urls.case);
      await snap(page, '21-reach-other-cadre');
    });
    await as(['被巡察党组织', OTHER_TARGET], async ({ page, expect: expectAnswer }) => {
      expectAnswer(404, '/rectification-cases/');
      expectAnswer(403, '/rectification-cases/');
      await refused(page, urls.inspection);
      await refused(page, urls.clue);
      await refused(page, urls.case);
      await snap(page, '22-reach-other-organization');
    });
    await as(ANALYST, async ({ page }) => {
      await refused(page, urls.inspection);
      await refused(page, urls.clue);
      await refused(page, urls.case);
      // What the analyst may open names no clue's person and no allegation.
      for (const path of ['/', '/analysis']) {
        await page.goto(path);
        await page.getByTestId('who').waitFor();
        await page.waitForLoadState('networkidle');
        const text = await page.locator('body').innerText();
        expect(text).not.toContain(PERSON);
        expect(text).not.toContain(ALLEGATION);
      }
      await snap(page, '23-reach-analyst');
    });
    expect(a11y).toEqual([]);
  }, 240_000);
});
