import { expectAccessible, screenshot, signIn, startBrowserHarness, type BrowserHarness, forgetSession } from './browser-harness';
import { arrangeProgramme, type Programme } from './arrange-programme';

const inMonths = (months: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
};
const largeScaleOnVega = (title: string) => ({
  title,
  mode: 'large-scale' as const,
  system: 'vega',
  partition: 'gpu',
  // 20,000 GPU-h a month against Vega's 17,520 for Large Scale: the first gets a partial award.
  gpuHours: 60_000,
  durationMonths: 3,
  startDate: inMonths(1),
  projectSummary: 'Pre-training a mid-size model on public scientific text, evaluated on public benchmarks.',
  modelKind: 'language' as const,
  trainingComputeFlop: 2e21,
  data: 'Open-access scientific papers',
});

// The allocation committee's day on the demo programme, and the technical assessor's desk:
// homes, the capacity and time-to-access charts, the queue, and the ranking board reordered by keyboard.
jest.setTimeout(120_000);

describe('staff UI: allocation committee and technical assessor', () => {
  let h: BrowserHarness;
  let programme: Programme;
  let first: string;
  let second: string;
  let callId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    // CI's two cores are shared: a screen may take longer than the harness's default to load.
    h.page.setDefaultTimeout(30_000);
    programme = await arrangeProgramme(h.baseUrl);
    const cutOff = new Date(Date.now() + 14 * 86_400_000);
    cutOff.setUTCHours(9, 0, 0, 0);
    callId = (await programme.committee.post('/api/allocation/calls', { mode: 'large-scale', cutOffs: [cutOff.toISOString()] })).body.callId;
    first = await programme.registered('tessellate', largeScaleOnVega('Scientific text model A'));
    second = await programme.registered('aurora', largeScaleOnVega('Scientific text model B'));
    for (const [id, scores] of [[first, { excellence: 5, innovationAndImpact: 4, implementation: 4 }], [second, { excellence: 4, innovationAndImpact: 3, implementation: 5 }]] as const) {
      await programme.cleared(id, 'vega', 2);
      await programme.committee.post(`/api/allocation/applications/${id}/scores`, scores);
    }
    // Waits for the committee's scores: a third Large Scale application, registered only.
    await programme.registered('volta', { ...largeScaleOnVega('Protein model'), system: 'jupiter', partition: 'booster' });
    // Waits for the technical assessor at CINECA: a Fast Lane request on Leonardo, not yet assessed.
    await programme.registered('lumen', { ...largeScaleOnVega('Forest imagery fine-tuning'), mode: 'fast-lane', system: 'leonardo', partition: 'booster', gpuHours: 12_000, durationMonths: 1, startDate: inMonths(0) });
    await programme.until('the board to show both scores', () => programme.committee.get('/api/allocation/applications?mode=large-scale&status=awaiting-cut-off&pageSize=100'), (r) => r.body.items.filter((a: { weightedScore: number | null }) => a.weightedScore !== null).length === 2);
  }, 360_000);

  afterAll(async () => {
    await h?.close();
  });

  it('lands the committee on the Large Scale applications waiting for scores', async () => {
    await signIn(h.page, h.baseUrl, 'allocation-committee');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await expectAccessible(h.page, 'allocation committee home');
    await screenshot(h.page, 'home-allocation-committee');
  });

  it('draws capacity per system and partition, and the queue', async () => {
    await h.page.getByRole('link', { name: 'Capacity' }).click();
    await h.page.getByRole('heading', { name: 'Capacity per system and partition', level: 1 }).waitFor();
    await h.page.locator('[data-testid="capacity-chart"] .recharts-surface').first().waitFor();
    expect(await h.page.locator('[data-testid="capacity-chart"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await h.page.getByRole('cell', { name: 'vega / gpu' }).count()).toBe(1);
    await expectAccessible(h.page, 'capacity');
    await screenshot(h.page, 'allocation-committee-capacity');
    await h.page.getByRole('link', { name: 'Queue', exact: true }).click();
    await h.page.getByRole('heading', { name: 'Continuous-mode queue' }).waitFor();
    await h.page.getByText(/Nobody waits for capacity|Position/).first().waitFor();
    await expectAccessible(h.page, 'queue');
  });

  it('shows where capacity runs out on the ranking board, with a partial award, reorders by keyboard and saves the order with a reason', async () => {
    await h.page.getByRole('link', { name: 'Ranking board' }).click();
    const vega = h.page.getByRole('region', { name: 'vega / gpu' });
    await vega.waitFor();
    const rows = vega.getByTestId('ranking-row');
    await rows.nth(1).waitFor();
    const order = async () => (await rows.allTextContents()).map((text) => (text.includes(first.slice(-8)) ? 'A' : text.includes(second.slice(-8)) ? 'B' : '?'));
    expect(await order()).toEqual(['A', 'B']);
    expect(await rows.nth(0).textContent()).toContain('Partial award');
    expect(await rows.nth(1).textContent()).toContain('Reserve list');
    expect(await vega.getByTestId('capacity-line').count()).toBe(1);
    await expectAccessible(h.page, 'ranking board');
    await screenshot(h.page, 'allocation-committee-ranking');

    const handle = vega.getByRole('button', { name: new RegExp(`^Move org-demo-tessellate · ${first.slice(-8)}`) });
    await handle.focus();
    await h.page.keyboard.press('ArrowDown');
    await h.page.getByText(`org-demo-tessellate · ${first.slice(-8)} moved to position 2 of 2.`).waitFor();
    expect(await order()).toEqual(['B', 'A']);
    expect(await rows.nth(0).textContent()).toContain('Partial award');
    expect(await rows.nth(1).textContent()).toContain('Reserve list');
    // The moved row keeps the focus, so the next key press moves it on.
    expect(await vega.getByRole('button', { name: /^Move org-demo-tessellate/ }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await h.page.keyboard.press('Home');
    expect(await order()).toEqual(['A', 'B']);

    // The committee saves B before A with a reason (ADR 35): the call records it, the board keeps it.
    await h.page.keyboard.press('ArrowDown');
    expect(await order()).toEqual(['B', 'A']);
    await h.page.getByRole('textbox', { name: 'Reason for the order' }).fill('B has the stronger implementation plan for Vega');
    await h.page.getByRole('button', { name: 'Save the order' }).click();
    await h.page.getByText('Order saved.').waitFor();
    await h.page.getByText('Saved order, the cut-off awards in it. Reason: B has the stronger implementation plan for Vega').waitFor();
    const saved = await programme.committee.get(`/api/allocation/calls/${callId}`);
    expect(saved.body.cutOffs[0].committeeOrder.filter((id: string) => id === first || id === second)).toEqual([second, first]);
    expect(await order()).toEqual(['B', 'A']);
    await expectAccessible(h.page, 'ranking board, order saved');
  });

  it('charts time to access against each mode\'s target', async () => {
    await h.page.getByRole('link', { name: 'Time to access' }).click();
    await h.page.getByRole('heading', { name: 'Time to access', level: 1 }).waitFor();
    await h.page.locator('[data-testid="time-to-access-chart"] .recharts-surface').first().waitFor();
    await h.page.getByRole('cell', { name: 'Fast Lane' }).waitFor();
    await expectAccessible(h.page, 'time to access');
    await screenshot(h.page, 'allocation-committee-time-to-access');
  });

  it("shows an allocation's suspension reasons, resumes only the committee's own, and closes it early after saying what will happen", async () => {
    // A Fast Lane award on LUMI (CSC's assessor, not the one signed in below), suspended by the committee.
    const allocationId = await programme.awarded('aurora', { ...largeScaleOnVega('Finnic speech model'), mode: 'fast-lane', system: 'lumi', partition: 'lumi-g', gpuHours: 12_000, durationMonths: 1, startDate: inMonths(0) });
    const suspended = await programme.committee.post(`/api/allocation/allocations/${allocationId}/suspension`, { reason: 'Usage outside the approved proposal under review' });
    expect(suspended.body.status).toBe('suspended');
    // From the committee's home: its allocations by state, the suspended ones listed, the one opened.
    await h.page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
    const counts = h.page.getByRole('region', { name: 'Allocations' });
    await counts.getByRole('link', { name: 'Suspended: 1' }).click();
    await h.page.waitForURL('**/allocation-committee/allocations?status=suspended');
    await h.page.getByRole('heading', { name: 'Allocations', level: 1 }).waitFor();
    await h.page.getByRole('cell', { name: 'Suspended' }).waitFor();
    expect(await h.page.getByRole('row').count()).toBe(2);
    await expectAccessible(h.page, 'committee allocation list');
    await screenshot(h.page, 'allocation-committee-allocations');
    await h.page.getByRole('link', { name: suspended.body.projectId }).click();
    await h.page.waitForURL(`**/allocation-committee/allocations/${allocationId}`);
    const reasons = h.page.getByRole('region', { name: 'Suspension reasons' });
    await reasons.getByRole('cell', { name: 'Usage outside the approved proposal under review' }).waitFor();
    expect(await reasons.getByRole('cell', { name: 'Staff decision' }).count()).toBe(1);
    await reasons.getByText(/Lifts the committee's 1 reason/).waitFor();
    await expectAccessible(h.page, 'committee allocation, suspended');
    await screenshot(h.page, 'allocation-committee-allocation');
    await reasons.getByRole('button', { name: 'Resume' }).click();
    await reasons.getByText('Not suspended.').waitFor();

    await h.page.getByRole('button', { name: 'Close early' }).click();
    const dialog = h.page.getByRole('dialog');
    await dialog.getByText(/closes today instead of on .*goes back to the pool at once.*final report falls due from today/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Close early' }).isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('The team finished its training run ahead of plan');
    await expectAccessible(h.page, 'close early confirmation');
    await dialog.getByRole('button', { name: 'Close early' }).click();
    await h.page.getByText(/Closed early by .*: The team finished its training run ahead of plan/).waitFor();
    const after = await programme.committee.get(`/api/allocation/allocations/${allocationId}`);
    expect(after.body).toMatchObject({ status: 'closed', closure: { kind: 'closed-early', reason: 'The team finished its training run ahead of plan' } });
    expect(await h.page.getByRole('button', { name: 'Revoke' }).count()).toBe(0);
  });

  it("shows allocation's settings with the nested ones as JSON, checked as typed before anything is sent", async () => {
    await h.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await h.page.getByRole('heading', { name: 'Allocation settings', level: 1 }).waitFor();
    const holidays = h.page.getByRole('textbox', { name: /Holidays/ });
    const before = await holidays.inputValue();
    expect(Array.isArray(JSON.parse(before))).toBe(true);
    await holidays.fill('["2026-12-25",');
    await h.page.getByText('Not valid JSON').waitFor();
    expect(await h.page.getByRole('button', { name: 'Save a new revision' }).isDisabled()).toBe(true);
    await expectAccessible(h.page, 'allocation settings');
    // Undoing is offered while the JSON does not parse: the way back to what the service holds.
    await h.page.getByRole('button', { name: 'Undo my changes' }).click();
    await h.page.getByText('Nothing changed yet.').waitFor();
    expect(await holidays.inputValue()).toBe(before);
  });

  it('lands the technical assessor on what waits on its site, and keeps a rejection without remarks from being sent', async () => {
    await forgetSession(h.page);
    await signIn(h.page, h.baseUrl, 'technical-assessor');
    await h.page.getByRole('heading', { name: '1 waiting for you' }).waitFor();
    await expectAccessible(h.page, 'technical assessor home');
    await screenshot(h.page, 'home-technical-assessor');
    await h.page.getByRole('main').getByRole('link', { name: /org-demo-lumen-vision/ }).click();
    await h.page.getByRole('radio', { name: 'Rejected: not feasible on this system' }).check();
    await h.page.getByRole('button', { name: 'Record the assessment' }).click();
    await h.page.getByText('Say why (remarks are needed unless accepted as is)').waitFor();
    await expectAccessible(h.page, 'technical assessment');
    await h.page.getByRole('textbox', { name: 'Remarks' }).fill('The requested container runtime is not available on the Booster.');
    await h.page.getByRole('button', { name: 'Record the assessment' }).click();
    await h.page.getByText('Assessed: Rejected: not feasible on this system').waitFor();
  });
});
