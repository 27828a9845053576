import { configurationHistory } from './configuration-history';

describe('a configuration history as the route answers it', () => {
  const at = '2026-11-02T09:00:00.000Z';

  it("takes the configuration from the service's payload key and the reason where the change carries one", () => {
    const history = configurationHistory(
      [
        { type: 'ProgrammeConfigurationSeeded', revision: 0, recordedAt: at, actor: { id: 'intake', role: 'system' }, data: { rules: { maxHours: 10 }, seededAt: at } },
        { type: 'ProgrammeConfigurationChanged', revision: 1, recordedAt: at, actor: { id: 'admin-1', role: 'administrator' }, data: { rules: { maxHours: 12 }, reason: 'new call', changedAt: at } },
      ],
      'rules',
    );
    expect(history.events.map((e) => [e.revision, e.actor.role, e.configuration, e.reason])).toEqual([
      [0, 'system', { maxHours: 10 }, null],
      [1, 'administrator', { maxHours: 12 }, 'new call'],
    ]);
    expect(history.events[1]?.data).toEqual({ rules: { maxHours: 12 }, reason: 'new call', changedAt: at });
  });

  it('has no reason where the service asks none', () => {
    const [version] = configurationHistory([{ type: 'ConfigurationChanged', revision: 3, recordedAt: at, actor: { id: 'gov-1', role: 'governance-officer' }, data: { configuration: { days: 30 } } }], 'configuration').events;
    expect(version).toMatchObject({ configuration: { days: 30 }, reason: null });
  });
});
