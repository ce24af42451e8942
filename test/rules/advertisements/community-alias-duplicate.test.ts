import { describe, expect, it } from 'vitest';
import { brief, diagnose } from '../../helpers/diagnose.js';
import { docs, obj } from './docs.js';

const run = (text: string) => brief(diagnose(text, { metallbVersion: '0.14.9' }), 'metallb/community-alias-duplicate');
const community = (name: string, ...entries: string[]) => obj('Community', name, '  communities:', ...entries.map((e) => `    - ${e}`));

describe('metallb/community-alias-duplicate', () => {
  it.each([
    { name: 'unique aliases pass', text: docs(community('c1', '{name: a, value: "1:1"}'), community('c2', '{name: b, value: "1:1"}')), expected: [] },
    { name: 'twice in one Community', text: docs(community('c1', '{name: a, value: "1:1"}', '{name: a, value: "1:2"}')), expected: ['metallb/community-alias-duplicate@8:14'] },
    {
      name: 'across Community objects',
      text: docs(community('c1', '{name: a, value: "1:1"}'), community('c2', '{name: a, value: "1:2"}'), community('c3', '{name: a, value: "1:3"}')),
      expected: ['metallb/community-alias-duplicate@15:14', 'metallb/community-alias-duplicate@23:14'],
    },
  ])('$name', ({ text, expected }) => {
    expect(run(text)).toEqual(expected);
  });

  it('relates to the first definition', () => {
    const d = diagnose(docs(community('c1', '{name: a, value: "1:1"}'), community('c2', '{name: a, value: "1:2"}')), { metallbVersion: '0.14.9' }).find(
      (x) => x.code === 'metallb/community-alias-duplicate',
    );
    expect(d?.related?.[0]?.range?.start).toEqual({ line: 7, column: 14 });
    expect(d?.message).toContain('Community "c1"');
  });
});
