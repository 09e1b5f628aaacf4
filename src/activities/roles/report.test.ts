import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../../domain/testing/workshopHarness.ts';
import { rolesKind } from './index.ts';
import type { RolesConfig, RolesState } from './schema.ts';
import { ANNA, BRAM, CHADIA, DEWI, given, type Scene } from './testkit.ts';

/** The report section and what the kind offers other activities. */
describe('roles: report and references', () => {
  const reportOf = (g: Scene, withReferences: boolean) => {
    const activity = g.h.state.activities[g.activityId]!;
    return rolesKind.report(activity.state as RolesState, {
      config: activity.config as RolesConfig,
      title: activity.title,
      language: 'nl',
      participants: g.h.state.participants,
      partnerships: g.h.state.partnerships,
      t: (key, params) => (params ? `${key}${JSON.stringify(params)}` : key),
      references: withReferences ? g.h.engine.references(g.h.state) : [],
    });
  };

  it('lists the roles of both sides with the strengths behind them and their support', () => {
    const g = given();
    const a = g.propose(ANNA, 'Netwerker');
    g.send(BRAM, { type: 'endorseRole', roleId: a });
    g.propose(CHADIA, 'Tolk', 'informal');
    const hidden = g.propose(CHADIA, 'Weg', 'informal');
    g.send(FACILITATOR, { type: 'hideRole', roleId: hidden });
    const blocks = reportOf(g, true);
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.list.formal',
      items: [
        'Netwerker — report.endorsements{"count":1} — report.strengths{"list":"Ze weten de weg"}',
      ],
    });
    expect(blocks).toContainEqual({
      type: 'list',
      title: 'report.list.informal',
      items: [
        'Tolk — report.endorsements{"count":0} — report.strengths{"list":"Ze kennen de gezinnen"}',
      ],
    });
    // Without references the report says how many strengths are linked.
    expect(JSON.stringify(reportOf(g, false))).toContain('report.linkedCount{\\"count\\":1}');
  });

  it('groups the lists per municipality in municipality scope', () => {
    const g = given({ scope: 'municipality' });
    g.propose(DEWI, 'Vertrouwenspersoon', 'informal');
    g.propose(ANNA, 'Netwerker');
    const headings = reportOf(g, true)
      .filter((b) => b.type === 'heading')
      .map((b) => b.text);
    expect(headings.slice(1)).toEqual(['Utrecht', 'Zaanstad']);
  });

  it('says so when there are no roles', () => {
    expect(reportOf(given(), true)).toContainEqual({ type: 'paragraph', text: 'report.noRoles' });
  });

  it('offers shared roles with their side as references', () => {
    const g = given();
    const a = g.propose(ANNA, 'Netwerker');
    expect(g.h.engine.references(g.h.state).filter((r) => r.type === 'role')).toEqual([
      { type: 'role', activityId: g.activityId, id: a, text: 'Netwerker', side: 'formal' },
    ]);
  });

  it('has a default config that passes its schema in every language', () => {
    for (const language of ['nl', 'en'] as const)
      expect(rolesKind.configSchema.safeParse(rolesKind.defaultConfig(language)).success).toBe(
        true,
      );
    expect(rolesKind.defaultConfig('en').catalog.formal[1]).toMatchObject({
      key: 'fixer',
      name: 'Fixer',
    });
  });
});
