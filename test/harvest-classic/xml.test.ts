/** Harvest's XML both ways (src/apis/harvest-classic/xml.ts), on the spec's own operations. */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { chooseFormat, fromXml, render, toXml } from '../../src/apis/harvest-classic/xml.js';
import { specModel } from '../../src/core/spec-model.js';
import { loadDocument } from '../../src/node.js';

const model = specModel(loadDocument('harvest-classic'));
const op = (id: string) => model.byId.get(id)!;
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml) as Record<string, unknown>;

describe('Harvest XML', () => {
  it('chooses XML only when Accept names it before JSON', () => {
    const req = (accept?: string) => ({ method: 'GET', path: '/', search: '', headers: accept ? { accept } : {} });
    expect(chooseFormat(req('application/xml'))).toBe('xml');
    expect(chooseFormat(req('text/xml, application/json'))).toBe('xml');
    expect(chooseFormat(req('application/json, application/xml'))).toBe('json');
    expect(chooseFormat(req('*/*'))).toBe('json');
    expect(chooseFormat(req())).toBe('json');
  });

  it('renders REST resources hyphenated and typed, lists as type="array" of the singular', () => {
    const xml = toXml(op('listProjects'), [{ project: { id: 3, client_id: 1, name: 'A & B', active: true, hourly_rate: 12.5, budget: null, starts_on: '2026-01-02', created_at: '2026-01-02T03:04:05Z' } }]);
    const doc = parse(xml) as { projects: Record<string, unknown> };
    expect(doc.projects['@type']).toBe('array');
    expect(doc.projects.project).toEqual({
      id: { '#text': '3', '@type': 'integer' },
      'client-id': { '#text': '1', '@type': 'integer' },
      name: 'A & B',
      active: { '#text': 'true', '@type': 'boolean' },
      'hourly-rate': { '#text': '12.5', '@type': 'decimal' },
      budget: { '@nil': 'true' },
      'starts-on': { '#text': '2026-01-02', '@type': 'date' },
      'created-at': { '#text': '2026-01-02T03:04:05Z', '@type': 'datetime' },
    });
  });

  it('renders Time Tracking payloads underscored: <daily>, and <timer><day_entry> with the previous hours beside it', () => {
    const entry = { id: 5, spent_at: '2026-11-18', project_id: 2, hours: 1.5, notes: null, timer_started_at: '2026-11-18T10:00:00Z' };
    const timer = parse(toXml(op('toggleTimer'), { ...entry, hours_for_previously_running_timer: 0.87 })) as { timer: Record<string, unknown> };
    expect(timer.timer.day_entry).toMatchObject({ project_id: { '#text': '2' }, hours: { '#text': '1.5', '@type': 'float' }, notes: { '@nil': 'true' } });
    expect(timer.timer.hours_for_previously_running_timer).toEqual({ '#text': '0.87', '@type': 'float' });
    const daily = parse(toXml(op('getDaily'), { for_day: '2026-11-18', day_entries: [entry], projects: [{ id: 1, name: 'P', tasks: [{ id: 9, name: 'T', billable: true }] }] })) as { daily: Record<string, Record<string, unknown>> };
    expect(daily.daily.day_entries).toMatchObject({ '@type': 'array', day_entry: { id: { '#text': '5' } } });
    expect(daily.daily.projects).toMatchObject({ project: { tasks: { '@type': 'array', task: { id: { '#text': '9' } } } } });
  });

  it('renders the account under <hash>, and errors as plain text in any format', () => {
    expect(toXml(op('whoAmI'), { company: { full_domain: 'x' }, user: { id: 1 } })).toMatch(/<hash>\s*<company>\s*<full-domain>x<\/full-domain>/);
    const err = render({ status: 404, headers: {}, body: 'Client 9 not found' }, 'xml', op('getClient'));
    expect(err).toEqual({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Client 9 not found' });
    expect(render({ status: 201, headers: { Location: '/clients/1' } }, 'xml', op('createClient'))).toEqual({ status: 201, headers: { Location: '/clients/1' } });
  });

  it('reads XML bodies into the JSON model, typed by type= attributes and by the schema', () => {
    expect(fromXml('<?xml version="1.0"?><client><name>X &amp; Y</name><highrise-id>12</highrise-id><active>false</active><details nil="true"/></client>', op('createClient'))).toEqual({
      client: { name: 'X & Y', highrise_id: 12, active: false, details: null },
    });
    expect(fromXml('<request><hours> </hours><project_id type="integer">3</project_id><task_id>4</task_id><spent_at type="date">Tue, 17 Oct 2006</spent_at></request>', op('addDayEntry'))).toEqual({
      hours: '',
      project_id: 3,
      task_id: 4,
      spent_at: 'Tue, 17 Oct 2006',
    });
    expect(fromXml('<user><id type="integer">5</id></user>', op('createUserAssignment'))).toEqual({ user: { id: 5 } });
    expect(() => fromXml('<client><name>x</client>', op('createClient'))).toThrow(/not valid XML/);
    expect(() => fromXml('<a/><b/>', op('createClient'))).toThrow();
  });
});
