import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IsInt, IsString, Min } from 'class-validator';
import { IsEntityId } from '../entity-id';
import { defineIntegrationEvent } from '../integration-event';
import { integrationEventRegistry } from '../registry';
import { buildAsyncApiDocument } from './asyncapi-document';
import type { JsonSchema } from './payload-schemas';
import { compareWithPublished, describeBreaks, publishedSchemasOf, type PublishedSchemas } from './published-schemas';

const SNAPSHOT = join(__dirname, '..', '..', 'asyncapi', 'published.json');
const PLEDGE_SIGNED = 'hpc-access.governance.PledgeSigned.v1';
const SCREENED = 'hpc-access.intake.ApplicationScreened.v1';

describe('published integration event versions (libs/contracts/asyncapi/published.json)', () => {
  const published = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as PublishedSchemas;
  const current = publishedSchemasOf(buildAsyncApiDocument());

  it('are all still in the contracts, unchanged', () => {
    const { breaking } = compareWithPublished(published, current);
    // A break needs a new event version (ADR 19), never an edit of a published one.
    expect(describeBreaks(breaking)).toBe('');
  });

  it('include every event version of the contracts (a new one is published with npm run contracts:snapshot)', () => {
    expect(compareWithPublished(published, current).unpublished).toEqual([]);
    expect(Object.keys(published.events).length).toBeGreaterThanOrEqual(integrationEventRegistry.size);
  });
});

describe('the compatibility rule: a published version is frozen but for its annotations', () => {
  const published = publishedSchemasOf(buildAsyncApiDocument());
  /** The current contracts as a copy of the published ones, changed by `mutate`. */
  const changed = (type: string, mutate: (payload: JsonSchema & { properties: Record<string, JsonSchema>; required: string[] }) => void) => {
    const copy = JSON.parse(JSON.stringify(published)) as PublishedSchemas;
    mutate(copy.events[type].payload as JsonSchema & { properties: Record<string, JsonSchema>; required: string[] });
    return compareWithPublished(published, copy).breaking.map((b) => `${b.path}: ${b.change}`);
  };

  it('catches a field removed', () => {
    expect(changed(PLEDGE_SIGNED, (p) => {
      delete p.properties['signedBy'];
      p.required = p.required.filter((name) => name !== 'signedBy');
    })).toEqual([
      'payload.signedBy: field removed (or renamed): events that carry it are refused',
      'payload.signedBy: no longer required: consumers of this version expect it',
    ]);
  });

  it('catches a field renamed', () => {
    const breaks = changed(PLEDGE_SIGNED, (p) => {
      p.properties['signer'] = p.properties['signedBy'];
      delete p.properties['signedBy'];
      p.required = p.required.map((name) => (name === 'signedBy' ? 'signer' : name));
    });
    expect(breaks).toEqual(expect.arrayContaining([
      'payload.signedBy: field removed (or renamed): events that carry it are refused',
      'payload.signer: now required: events without it are refused',
    ]));
  });

  it('catches a type changed', () => {
    expect(changed(PLEDGE_SIGNED, (p) => {
      p.properties['pledgeVersion'] = { type: 'string' };
    })).toEqual(['payload.pledgeVersion: minimum changed from 1 to nothing', 'payload.pledgeVersion: type changed from "integer" to "string"']);
  });

  it('catches a new required field', () => {
    expect(changed(PLEDGE_SIGNED, (p) => {
      p.properties['channel'] = { type: 'string' };
      p.required.push('channel');
    })).toEqual([
      'payload.channel: field added: consumers of this version refuse unknown fields',
      'payload.channel: now required: events without it are refused',
    ]);
  });

  it('catches an enum value removed, also inside a nested class', () => {
    expect(changed(SCREENED, (p) => {
      p.properties['outcome']['enum'] = ['eligible', 'ineligible'];
      const principles = (p.properties['dossier'] as { properties: Record<string, { items: { properties: Record<string, JsonSchema> } }> }).properties['principles'];
      principles.items.properties['assessment']['enum'] = ['no-issue', 'issue-open'];
    })).toEqual([
      'payload.dossier.principles[].assessment: enum value "issue-mitigated" removed',
      'payload.outcome: enum value "information-requested" removed',
    ]);
  });

  it('catches even an optional field added: consumers of the version refuse unknown fields', () => {
    expect(changed(PLEDGE_SIGNED, (p) => {
      p.properties['note'] = { type: 'string' };
    })).toEqual(['payload.note: field added: consumers of this version refuse unknown fields']);
  });

  it('catches a limit changed either way', () => {
    expect(changed(SCREENED, (p) => {
      p.properties['reasons']['maxItems'] = 60;
    })).toEqual(['payload.reasons: maxItems changed from 50 to 60']);
  });

  it('lets annotations change', () => {
    expect(changed(PLEDGE_SIGNED, (p) => {
      p.properties['signedAt']['description'] = 'When the representative signed.';
    })).toEqual([]);
  });

  it('catches a published version removed, and lets a new version or event be added (then published by the script)', () => {
    const copy = JSON.parse(JSON.stringify(published)) as PublishedSchemas;
    copy.events['hpc-access.governance.PledgeSigned.v2'] = copy.events[PLEDGE_SIGNED];
    delete copy.events[PLEDGE_SIGNED];
    expect(compareWithPublished(published, copy)).toEqual({
      breaking: [{ type: PLEDGE_SIGNED, path: '', change: 'published version removed from the contracts' }],
      unpublished: ['hpc-access.governance.PledgeSigned.v2'],
    });
    const added = JSON.parse(JSON.stringify(published)) as PublishedSchemas;
    added.events['hpc-access.governance.PledgeSigned.v2'] = added.events[PLEDGE_SIGNED];
    expect(compareWithPublished(published, added)).toEqual({ breaking: [], unpublished: ['hpc-access.governance.PledgeSigned.v2'] });
  });

  it('catches a header changed', () => {
    const copy = JSON.parse(JSON.stringify(published)) as PublishedSchemas;
    (copy.events[PLEDGE_SIGNED].headers['required'] as string[]).push('causation-id');
    expect(describeBreaks(compareWithPublished(published, copy).breaking)).toBe(
      `${PLEDGE_SIGNED} headers.causation-id: now required: events without it are refused`,
    );
  });
});

describe('the gate on a real contract change', () => {
  // PledgeSigned v1 as a careless edit would leave it: signedBy renamed, signedAt loosened.
  class PledgeSignedEdited {
    @IsEntityId() organisationId!: string;
    @IsInt() @Min(1) pledgeVersion!: number;
    @IsEntityId() signer!: string;
    @IsString() signedAt!: string;
  }

  it('fails the build when a published payload class is edited in place', () => {
    const published = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as PublishedSchemas;
    const contracts = [...integrationEventRegistry.values()].filter((contract) => contract.type !== PLEDGE_SIGNED);
    const edited = buildAsyncApiDocument([...contracts, defineIntegrationEvent('governance', 'PledgeSigned', 1, PledgeSignedEdited)]);
    expect(describeBreaks(compareWithPublished(published, publishedSchemasOf(edited)).breaking).split('\n')).toEqual([
      `${PLEDGE_SIGNED} payload.signedAt: format changed from "date-time" to nothing`,
      `${PLEDGE_SIGNED} payload.signedBy: field removed (or renamed): events that carry it are refused`,
      `${PLEDGE_SIGNED} payload.signedBy: no longer required: consumers of this version expect it`,
      `${PLEDGE_SIGNED} payload.signer: field added: consumers of this version refuse unknown fields`,
      `${PLEDGE_SIGNED} payload.signer: now required: events without it are refused`,
    ]);
  });
});
