// Meeting dates are the day the text names, whatever the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { isDatePhrase, mayHoldDate } from '../../src/extract/meeting-names.ts';

const TZ = process.env.TZ;
afterEach(() => {
  if (TZ === undefined) delete process.env.TZ;
  else process.env.TZ = TZ;
});

function meetingDate(published: string, tz: string): unknown {
  process.env.TZ = tz;
  const x = extract([{ id: 'a', published, text: 'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius on Tuesday.' }]);
  return x.entities.find((e) => e.type === 'meeting')?.attributes.date;
}

describe('meeting dates', () => {
  // Regression (issue 13, defect 5): chrono resolved in local time and toISOString() moved the day.
  it('"on Tuesday", published 2025-01-10, is 2025-01-07 in Auckland, Los Angeles and UTC', () => {
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      expect(meetingDate('2025-01-10', tz), tz).toBe('2025-01-07');
      expect(meetingDate('2025-01-10T23:30:00-11:00', tz), tz).toBe('2025-01-07');
    }
  });
});

describe('the clause filter before chrono', () => {
  // Clauses written for the test: date words inside other words, beside dots, and real dates.
  const clauses = [
    'the mayor met the marketing chief at the summit in Simon Town',
    'talks with the monitors on the decision, said Wednesbury',
    'a meeting of the U.S.Monday group',
    'met Sundar and the sultan at the satellite station',
    'talks in Marseille with Junot',
    'the meeting on Monday in Paris',
    'talks scheduled for mid-May',
    'the summit in Jan. in Davos',
    'a visit the day before yesterday',
    'met the envoy at 10 Downing Street',
  ];
  it('lets through every clause in which chrono finds a date phrase (no date lost)', async () => {
    const chrono = await import('chrono-node/en');
    for (const c of clauses) {
      const found = chrono.parse(c, new Date(2000, 0, 1, 12), { forwardDate: false }).some((r) => isDatePhrase(r.text));
      if (found) expect(mayHoldDate(c), c).toBe(true);
    }
  });
  it('keeps out clauses whose only date words are parts of other words', () => {
    expect(clauses.slice(0, 2).map(mayHoldDate)).toEqual([false, false]);
    expect(mayHoldDate('met Sundar and the sultan at the satellite station')).toBe(false);
    expect(clauses.slice(5).map(mayHoldDate)).toEqual([true, true, true, true, true]);
    expect(mayHoldDate('a meeting of the U.S.Monday group')).toBe(true);
  });
});
