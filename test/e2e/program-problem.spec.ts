// The widget and the dashboard compute with one resolver of a program's parameters (issue 10 §1):
// parameters that do not hold are said on the widget, with the dashboard's message and a way to
// the fields, never replaced by the catalog's defaults in silence.
import { resolve } from 'node:path';
import { fixtureById } from '../fixtures/sites';
import { BUILT_EXTENSION, expect, gotoFixture, ROOT, test } from './fixtures';
import { saveLinkInOptions, widgetFor } from './widget-helpers';

test.use({ extensionPath: BUILT_EXTENSION });

test('a program whose parameters do not hold is said on the widget, which leads to its fields', async ({
  context,
  extensionId,
  page,
}) => {
  await saveLinkInOptions(context, extensionId);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // A cap below zero, as a hand-edited or imported settings file could hold.
  const reply = await options.evaluate(async () => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    const read = (await runtime.sendMessage({ type: 'settings-get' })) as {
      data: { revision: number; settings: { programs: Record<string, unknown> } };
    };
    const from = read.data.settings.programs['instagram-referrals-2025'] ?? null;
    return runtime.sendMessage({
      type: 'settings-update',
      patch: {
        base: read.data.revision,
        changes: [
          {
            op: 'program',
            id: 'instagram-referrals-2025',
            from,
            to: { enabled: true, params: { capCents: -5 } },
          },
        ],
      },
    });
  });
  expect(reply).toMatchObject({ ok: true });
  await options.close();

  const fixture = fixtureById('discord-message');
  await page.bringToFront();
  await gotoFixture(page, fixture);
  const widget = widgetFor(page, 'message');
  // Small for lack of room beside Discord's composer: opened, as the user would to see figures.
  const expand = widget.getByRole('button', { name: 'Expand Promo Ledger' });
  if (await expand.isVisible()) await expand.click();
  await expect(widget.getByRole('alert')).toContainText('its settings do not hold');
  await expect(widget.getByText(/earned/)).toHaveCount(0);
  await expect(widget.getByRole('link', { name: /Fix in the dashboard/ })).toHaveAttribute(
    'href',
    /dashboard\.html#programs$/,
  );
  await page.screenshot({
    path: resolve(ROOT, 'test-results/screenshots/widget-discord-program-invalid.png'),
  });
});
