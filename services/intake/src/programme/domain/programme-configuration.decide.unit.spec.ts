import { deciderSpec } from '@hpc-access/testing';
import { loadProgrammeRules } from '../programme-config';
import { programmeConfigurationDecider, type ProgrammeConfigurationCommand, type ProgrammeConfigurationEvent } from './programme-configuration';

const rules = loadProgrammeRules();
const context = { now: new Date('2026-11-02T09:00:00Z'), actor: { id: 'admin-1', role: 'administrator' } };
const at = '2026-11-02T09:00:00.000Z';
const seeded: ProgrammeConfigurationEvent = { type: 'ProgrammeConfigurationSeeded', data: { rules, seededAt: at } };
const change = (changed: typeof rules): ProgrammeConfigurationCommand => ({ type: 'ChangeProgrammeConfiguration', data: { rules: changed, reason: '2027 terms of reference' }, context });
const spec = deciderSpec(programmeConfigurationDecider);

describe('the programme configuration', () => {
  it('is seeded once: a later start finds it and writes nothing', () => {
    spec.given([]).when({ type: 'SeedProgrammeConfiguration', data: { rules }, context }).then([seeded]);
    spec.given([seeded]).when({ type: 'SeedProgrammeConfiguration', data: { rules }, context }).then([]);
  });

  it('a change is an event with its reason, and the new rules are what is in force', () => {
    const larger = { ...rules, modes: { ...rules.modes, playground: { ...rules.modes.playground, maxGpuHours: 6000 } } };
    spec.given([seeded]).when(change(larger)).then([{ type: 'ProgrammeConfigurationChanged', data: { rules: larger, reason: '2027 terms of reference', changedAt: at } }]);
    spec.given([seeded]).when(change(larger)).thenState({ rules: larger });
  });

  it('cannot be changed before it was seeded', () => {
    spec.given([]).when(change(rules)).thenThrows('not-seeded', { kind: 'conflict' });
  });

  it('refuses limits that contradict themselves', () => {
    const inverted = { ...rules, modes: { ...rules.modes, 'fast-lane': { ...rules.modes['fast-lane'], minGpuHours: 60000 } } };
    spec.given([seeded]).when(change(inverted)).thenThrows('limits-inverted', { kind: 'invalid', field: 'rules.modes.fast-lane.minGpuHours' });
    const noDurations = { ...rules, modes: { ...rules.modes, playground: { ...rules.modes.playground, durationsMonths: [] } } };
    spec.given([seeded]).when(change(noDurations)).thenThrows('no-durations', { kind: 'invalid' });
    const sameCode = { ...rules, modes: { ...rules.modes, 'fast-lane': { ...rules.modes['fast-lane'], code: 'PG' } } };
    spec.given([seeded]).when(change(sameCode)).thenThrows('duplicate-mode-code', { kind: 'invalid', field: 'rules.modes' });
    spec.given([seeded]).when(change({ ...rules, systems: [...rules.systems, rules.systems[0]] })).thenThrows('duplicate-system', { kind: 'invalid' });
  });
});
