import { AxeBuilder } from '@axe-core/playwright';
import { expect, openApp, openPanel, openPreset, test, timeSlider } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

/** A heartbeat's dot on the topology (MESSAGE_COLOURS.heartbeat, #7f7f7f), as red, green and blue. */
const HEARTBEAT_GREY = [0x7f, 0x7f, 0x7f];

test('the Network view: load the ring preset, play, choose a node, crash one from the keyboard menu', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  // The default scenario has no network: the view says how to get one.
  await expect(page.getByText(/has no network section/)).toBeVisible();
  await page.getByRole('button', { name: 'Load “Network: gossip on a ring of 8”' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Network: gossip on a ring of 8');
  const topology = page.getByRole('img', { name: /^Network topology: 8 nodes, 8 links/ });
  await expect(topology).toBeVisible();

  // Play: messages go on their way, and the picture says how many.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => Number(await timeSlider(page).inputValue())).toBeGreaterThan(12);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(topology).toHaveAttribute('aria-label', /[1-9]\d* sent/);

  // Choose n6: the narration names it, and the Simulate view's processes are its own.
  await page.getByLabel('Show node').selectOption('6');
  await expect(page.getByRole('status').filter({ hasText: 'Showing n6 in the other views.' })).toBeVisible();
  await expect(topology).toHaveAttribute('aria-label', /showing n6\.$/);
  await page.getByRole('tab', { name: 'Simulate', exact: true }).click();
  await openPanel(page, 'Processes');
  await expect(page.getByRole('cell', { name: 'receiver', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Network', exact: true }).click();

  // Crash n3 from the keyboard: its entry in the drawer, the context-menu key, Enter on the first item.
  await openPanel(page, 'Nodes and faults');
  const n3 = page.getByRole('button', { name: /^n3: up/ });
  await n3.focus();
  await page.keyboard.press('ContextMenu');
  const menu = page.getByRole('menu', { name: 'Faults for n3' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('Crash n3');
  await expect(menu.getByRole('menuitem', { name: 'Pause n3' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Crash n3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Crash n3: done at tick \d+\.$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^n3: crashed/ })).toBeVisible();
  await expect(topology).toHaveAttribute('aria-label', /crashed: n3/);

  // With a menu open, nothing serious for a screen reader or a keyboard.
  await page.getByRole('button', { name: /^n3: crashed/ }).press('Enter');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');

  // A crashed node only restarts.
  await page.getByRole('button', { name: /^n3: crashed/ }).press('Enter');
  await expect(page.getByRole('menu', { name: 'Faults for n3' }).getByRole('menuitem')).toHaveText(['Restart n3']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^n3: crashed/ })).toBeFocused();
});

test('the Network view’s analysis panels: each tab of "every analysis panel" draws its figure or table', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openPreset(page, 'Network: every analysis panel');
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  await timeSlider(page).fill('560');
  await expect(timeSlider(page)).toHaveValue('560');
  const drawer = page.getByRole('region', { name: 'Network panels' });
  const seriousAxe = async () => {
    const axe = await new AxeBuilder({ page }).analyze();
    return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  };

  await openPanel(page, 'Message sequence');
  const sequence = drawer.getByRole('group', { name: 'Message sequence up to tick 560' });
  await expect(sequence.getByRole('img', { name: /^Message sequence of 6 nodes/ })).toBeVisible();
  expect(await seriousAxe(), 'Message sequence').toEqual([]);

  await openPanel(page, 'Security log');
  const log = drawer.getByRole('region', { name: 'Security log' });
  await expect(log.getByRole('heading', { name: 'Security log (signed) up to tick 560' })).toBeVisible();
  await log.getByRole('checkbox', { name: 'Rejections only' }).check();
  await expect(
    log.getByRole('region', { name: 'Security log entries' }).getByRole('cell', { name: 'tampered' }),
  ).toBeVisible();
  expect(await seriousAxe(), 'Security log').toEqual([]);

  await openPanel(page, 'Link statistics');
  const links = drawer.getByRole('region', { name: 'Link statistics' }).getByRole('table');
  await expect(links.getByRole('rowheader')).toHaveCount(12);
  expect(await seriousAxe(), 'Link statistics').toEqual([]);

  await openPanel(page, 'Infection curve');
  await expect(drawer.getByRole('group', { name: /^Gossip infection curve up to tick 560/ })).toBeVisible();
  await expect(drawer.getByText(/expects about 2.53 rounds/)).toBeVisible();
  expect(await seriousAxe(), 'Infection curve').toEqual([]);

  await openPanel(page, 'Migration timeline');
  await expect(drawer.getByText('No migration has reached its stop by tick 560', { exact: false })).toBeVisible();
  expect(await seriousAxe(), 'Migration timeline').toEqual([]);

  // The panel follows the slider: the security log's counts at another tick.
  await openPanel(page, 'Security log');
  await timeSlider(page).fill('120');
  await expect(log.getByRole('heading', { name: 'Security log (signed) up to tick 120' })).toBeVisible();

  // A run with three migrations: the chooser, and each one's timeline.
  await drawer.getByRole('tab', { name: 'Migration timeline' }).click();
  await page.getByLabel('Preset').selectOption({ label: 'Network: live migration three ways' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Network: live migration three ways');
  await page.getByRole('button', { name: 'Run to end', exact: true }).click();
  const chooser = drawer.getByRole('combobox', { name: 'Migration' });
  await expect(chooser.getByRole('option')).toHaveCount(3);
  await expect(drawer.getByRole('group', { name: 'Post-copy migration timeline' })).toBeVisible();
  await chooser.selectOption({ index: 1 });
  await expect(drawer.getByRole('group', { name: 'Pre-copy migration timeline' })).toBeVisible();
  expect(await seriousAxe(), 'Migration timeline with a migration').toEqual([]);
});

test('the fault palette: an attack, a clock skew, a message dropped from the list, one delayed from its dot, a migration', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openPreset(page, 'Network: every analysis panel');
  await page.getByRole('tab', { name: 'Network', exact: true }).click();
  await timeSlider(page).fill('200');
  await expect(timeSlider(page)).toHaveValue('200');
  await openPanel(page, 'Nodes and faults');
  const drawer = page.getByRole('region', { name: 'Network panels' });
  const narration = page.getByRole('list', { name: 'What happened (newest first)' });
  const said = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const nodeMenu = async (id: string) => {
    await drawer.getByRole('button', { name: new RegExp(`^${id}: `) }).press('ContextMenu');
    return page.getByRole('menu', { name: `Faults for ${id}` });
  };

  // A clock skew: n2's clock runs 50 ticks ahead, in its entry and the narration.
  const clock = (await nodeMenu('n2')).getByRole('group', { name: "n2's clock" });
  await clock.getByRole('menuitem', { name: "Set n2's clock 50 ticks ahead" }).click();
  await expect(said("Set n2's clock 50 ticks ahead: done at tick 200.")).toBeVisible();
  await expect(drawer.getByRole('button', { name: /^n2: up, .*clock 50 ticks ahead$/ })).toBeVisible();
  await expect(narration).toContainText("n2's clock runs 50 ticks ahead: its protocol timers move");

  // An attack: n1 sends its last message again with a byte changed; the security log shows it rejected.
  const attacks = (await nodeMenu('n1')).getByRole('group', { name: 'Turn n1 malicious' });
  await attacks.getByRole('menuitem', { name: /^n1 tampers with its last message/ }).click();
  await expect(said(/^n1 tampers with its last message: .*: done at tick 200\.$/)).toBeVisible();
  await expect(narration).toContainText('n1 turns malicious: it sends its last message again with a byte of its body');

  // A message in flight, from the drawer's list: dropped, and its loss narrated.
  const flights = drawer.getByRole('list', { name: 'Messages in flight' });
  const first = flights.getByRole('button').first();
  const id = /^message #(\d+)/.exec((await first.textContent()) ?? '')?.[1];
  expect(id).toBeDefined();
  await first.press('Enter');
  await page
    .getByRole('menu', { name: `Faults for message #${id}` })
    .getByRole('menuitem', { name: /^Drop message/ })
    .click();
  await expect(said(new RegExp(`^Drop message #${id} .*: done at tick 200\\.$`))).toBeVisible();
  await expect(narration).toContainText(new RegExp(`message #${id} lost at n\\d: a drop fault took it off the link`));
  await expect(flights.getByRole('button', { name: new RegExp(`^message #${id} `) })).toHaveCount(0);

  // A message's dot on the picture, clicked: its menu, and a delay. The dot is found by its colour: a heartbeat's,
  // five ticks after the nodes sent theirs (at 200, every 50 ticks), on their way along the links.
  await timeSlider(page).fill('205');
  await expect(timeSlider(page)).toHaveValue('205');
  const topology = page.getByRole('img', { name: /^Network topology/ });
  const dot = await topology.evaluate((top: HTMLCanvasElement, grey: number[]) => {
    // the messages are drawn on their own layer, the canvas under the nodes' (which takes the clicks)
    const c = top.previousElementSibling as HTMLCanvasElement;
    const d = (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
    const ratio = c.width / c.getBoundingClientRect().width;
    for (let i = 0; i < d.length; i += 4)
      if (d[i] === grey[0] && d[i + 1] === grey[1] && d[i + 2] === grey[2])
        return { x: ((i / 4) % c.width) / ratio, y: Math.floor(i / 4 / c.width) / ratio + 2 };
    return null;
  }, HEARTBEAT_GREY);
  expect(dot).not.toBeNull();
  await topology.click({ position: dot ?? { x: 0, y: 0 } });
  const dotMenu = page.getByRole('menu', { name: /^Faults for message #\d+$/ });
  const dotId = /#(\d+)$/.exec((await dotMenu.getAttribute('aria-label')) ?? '')?.[1];
  await dotMenu.getByRole('menuitem', { name: /^Delay message/ }).click();
  await expect(
    said(new RegExp(`^Delay message #${dotId} \\(heartbeat, .*\\) by 20 ticks: done at tick 205\\.$`)),
  ).toBeVisible();
  await expect(narration).toContainText(new RegExp(`message #${dotId} is held 20 ticks on n\\d→n\\d by a delay fault`));

  // The tampered copy arrives and is rejected: the security log counts it.
  await timeSlider(page).fill('260');
  await expect(timeSlider(page)).toHaveValue('260');
  await openPanel(page, 'Security log');
  const log = drawer.getByRole('region', { name: 'Security log' });
  await log.getByRole('checkbox', { name: 'Rejections only' }).check();
  await expect(
    log.getByRole('region', { name: 'Security log entries' }).getByRole('cell', { name: 'tampered' }),
  ).toBeVisible();

  // A migration through its dialog: a process of n0, to n1, by post-copy.
  await page.getByLabel('Preset').selectOption({ label: 'Network: live migration three ways' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Network: live migration three ways');
  await timeSlider(page).fill('100');
  await expect(timeSlider(page)).toHaveValue('100');
  await openPanel(page, 'Nodes and faults');
  await (await nodeMenu('n0')).getByRole('menuitem', { name: 'Migrate a process from n0…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Migrate a process from n0' });
  await expect(dialog.getByRole('combobox', { name: 'Process' })).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Process' }).selectOption({ label: 'P1 model-server' });
  await dialog.getByRole('combobox', { name: 'Target node' }).selectOption({ label: 'n1' });
  await dialog.getByRole('radio', { name: /^Post-copy/ }).check();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: 'Migrate' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(said('Migrate P1 (model-server) from n0 to n1 by post-copy: done at tick 100.')).toBeVisible();
  await expect(narration).toContainText('starts to migrate from n0 to n1 by postCopy');
});
