import {afterEach, describe, expect, it, vi} from 'vitest';

// The switch an admin has (README): FAQ_EVENTS=0 at build time, read by the site through customFields.
describe('FAQ_EVENTS', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  // Loads docusaurus.config.ts and every plugin it imports, twice: seconds on a loaded machine.
  it('records events by default, and not when the build sets FAQ_EVENTS=0', {timeout: 30_000}, async () => {
    vi.stubEnv('FAQ_EVENTS', undefined);
    expect((await import('../../../docusaurus.config')).default.customFields).toEqual({events: true});
    vi.resetModules();
    vi.stubEnv('FAQ_EVENTS', '0');
    expect((await import('../../../docusaurus.config')).default.customFields).toEqual({events: false});
  });
});
