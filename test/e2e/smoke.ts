// The browser smoke test: the workbench as a user sees it, driven through the page alone. It opens a faulty policy,
// waits for the squiggle and the Problems panel's entry, asks for completion inside `"Action": "s3:Get|"`, and saves
// screenshots of each under test/e2e/artifacts/.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launchChromium } from './editor';

/** Every wait in here is on the page's state, never a fixed sleep. */
const WAIT_MS = 30_000;

export async function smoke(options: {
  url: string;
  artifacts: string;
  record: (title: string, body: () => Promise<void>) => Promise<boolean>;
}): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const shot = (name: string) => page.screenshot({ path: join(options.artifacts, name) });
    let failures = 0;
    // A failed check leaves a screenshot of what the page showed.
    const check = (title: string, body: () => Promise<void>) =>
      options.record(title, async () => {
        try {
          await body();
        } catch (error) {
          await shot(`smoke-failed-${++failures}.png`).catch(() => undefined);
          throw error;
        }
      });
    let opened = await check('workbench opens the faulty policy', async () => {
      await page.goto(options.url);
      await page.locator('.monaco-workbench').waitFor({ timeout: WAIT_MS });
      // The explorer is there once the folder is open; Quick Open then finds the file.
      await page.locator('.explorer-folders-view').waitFor({ timeout: WAIT_MS });
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').waitFor({ timeout: WAIT_MS });
      await page.keyboard.type('smoke.json');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'smoke.json' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'smoke.json' }).waitFor({ timeout: WAIT_MS });
    });
    if (!opened) return;
    opened = await check('the policy gets a Policy Lens squiggle', async () => {
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: WAIT_MS });
    });
    await check('the Problems panel lists the finding with its rule id', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'is not an action' }).first();
      await row.waitFor({ timeout: WAIT_MS });
      const text = await row.innerText();
      assert.match(text, /"s3:Get" is not an action, only the start of \d+ action names/);
      assert.match(text, /policy-lens/);
      assert.match(text, /unknown-action/);
      await shot('diagnostic.png');
    });
    const listed = await check('completion inside "Action": "s3:Get|" lists the S3 Get actions', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      // Line 6, after `"s3:Get` (column 24), through Go to Line, as a user would get there by keyboard.
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ timeout: WAIT_MS });
      await page.keyboard.type('6:24');
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
      await page.keyboard.press('Control+Space');
      const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
      await rows.filter({ hasText: 's3:Get' }).first().waitFor({ timeout: WAIT_MS });
      const labels = await rows.locator('.label-name').allInnerTexts();
      assert.ok(labels.length >= 5, `labels: ${labels.join(', ')}`);
      for (const label of labels) assert.match(label, /^s3:Get[A-Z]/, `labels: ${labels.join(', ')}`);
      // The focused item shows its access level beside it.
      assert.match(await rows.first().innerText(), /Read/);
      await shot('completion.png');
    });
    if (!listed) return;
    await check('choosing s3:GetObject from the list fixes the policy', async () => {
      await page.keyboard.type('Object');
      const rows = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
      await rows.first().filter({ hasText: 's3:GetObject' }).waitFor({ timeout: WAIT_MS });
      await page.keyboard.press('Enter');
      await page.locator('.view-line', { hasText: '"Action": "s3:GetObject",' }).waitFor({ timeout: WAIT_MS });
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: WAIT_MS });
      await shot('fixed.png');
    });
  } finally {
    await browser.close();
  }
}
