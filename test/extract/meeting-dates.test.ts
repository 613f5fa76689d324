// Meeting dates are the day the text names, whatever the machine's time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';

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
