// A newcomer's journey through the demo in real Chromium (Debian's), with
// axe-core run on every page visited, in English and Spanish, by keyboard,
// and again with JavaScript turned off. Every page is checked at a desktop's
// width and again at a phone's (axe at 375 px, no sideways scrolling at 375
// and 320 px), with screenshots of both in e2e/output/. Any axe violation or
// overflow fails the suite.
//
//   TANDEM_BIN=../target/debug/tandem node journey.mjs
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BIN = process.env.TANDEM_BIN || '../target/debug/tandem';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

let failures = 0;
let pagesChecked = 0;
// Screenshots of every page checked, at a phone's width and a desktop's (CI artefacts).
const SHOTS = process.env.E2E_SHOTS || join(import.meta.dirname, 'output');
mkdirSync(SHOTS, { recursive: true });
const PHONES = [375, 320];
const widths = [];
const fail = (message) => { failures += 1; console.error(`FAIL ${message}`); };
const ok = (message) => console.log(`ok   ${message}`);
function expect(condition, message) { if (condition) ok(message); else fail(message); }

// ---- a real SMTP server process (`tandem smtp-sink`) that the demo mails to

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
  });
}

async function startSink() {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'tandem-mail-'));
  const child = spawn(BIN, ['smtp-sink', '--addr', `127.0.0.1:${port}`, '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('smtp-sink did not start')), 10000);
    child.stdout.on('data', (chunk) => { if (String(chunk).includes('listening')) { clearTimeout(timer); resolve(); } });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`smtp-sink exited with ${code}`)); });
  });
  return { child, dir, url: `smtp://127.0.0.1:${port}` };
}

// ---- start the demo and read what it prints

function startDemo(smtpUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, ['demo', '--addr', '127.0.0.1:0', '--smtp-url', smtpUrl], { env: { ...process.env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`demo did not start; output so far:\n${out}`)), 60000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ctrl+C')) {
        clearTimeout(timer);
        const url = out.match(/running at (http:\/\/\S+)/)[1];
        const links = [...out.matchAll(/(http:\/\/\S+\/join\/\S+)/g)].map((m) => m[1]);
        const surveyLinks = [...out.matchAll(/(http:\/\/\S+\/c\/riverbend\/s\/\S+)/g)].map((m) => m[1]);
        const password = out.match(/password for all of them is ([^\s)]+)\)/)[1];
        const logins = Object.fromEntries([...out.matchAll(/^\s+(admin|facilitator|member|observer)\s+(\S+@\S+)$/gm)].map((m) => [m[1], m[2]]));
        resolve({ child, url, pupilLink: links[0], familyLink: links[1], surveyLinks, password, logins });
      }
    });
    child.stderr.on('data', (chunk) => { if (process.env.E2E_VERBOSE) process.stderr.write(chunk); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`demo exited with ${code}:\n${out}`)); });
  });
}

// ---- axe on the current page

async function axeRun(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

function shotName(label, width) {
  return join(SHOTS, `${String(pagesChecked).padStart(3, '0')}-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${width}.png`);
}

// axe at the desktop width the context has, then at a phone's: no violations
// and nothing wider than the screen, at 375 and at 320 px.
async function axeCheck(page, label) {
  const desktop = page.viewportSize() || { width: 1280, height: 720 };
  pagesChecked += 1;
  const result = await axeRun(page);
  if (result.length === 0) {
    ok(`axe: no violations on ${label}`);
  } else {
    fail(`axe: ${result.length} violation(s) on ${label}\n${JSON.stringify(result, null, 2)}`);
  }
  await page.screenshot({ path: shotName(label, desktop.width), fullPage: true }).catch(() => {});
  for (const width of PHONES) {
    await page.setViewportSize({ width, height: 800 });
    const wide = await page.evaluate(() => {
      const doc = document.documentElement;
      // The elements that stick out, to name in the failure.
      const culprits = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && !el.closest('.table-scroll, .scroll'))
        .slice(0, 4)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
      return { scroll: doc.scrollWidth, client: doc.clientWidth, culprits };
    });
    widths.push({ label, width, scroll: wide.scroll });
    expect(wide.scroll <= wide.client, `${label} at ${width} px: ${wide.scroll} px wide${wide.scroll > wide.client ? ` — ${wide.culprits.join(', ')}` : ''}`);
    if (width === 375) {
      const phone = await axeRun(page);
      if (phone.length === 0) ok(`axe at 375 px: no violations on ${label}`);
      else fail(`axe at 375 px: ${phone.length} violation(s) on ${label}\n${JSON.stringify(phone, null, 2)}`);
      await page.screenshot({ path: shotName(label, width), fullPage: true }).catch(() => {});
    }
  }
  await page.setViewportSize(desktop);
}

async function visit(page, url, label, expectedStatus = 200) {
  const response = await page.goto(url);
  const status = response ? response.status() : 0;
  expect(status === expectedStatus, `${label}: HTTP ${status} (expected ${expectedStatus})`);
  const h1s = await page.locator('h1').count();
  expect(h1s === 1, `${label}: exactly one h1`);
  await axeCheck(page, label);
}

async function htmlLang(page) {
  return page.evaluate(() => document.documentElement.lang);
}

async function switchLanguage(page, code) {
  await page.locator(`.lang-switch button[value="${code}"]`).click();
  await page.waitForLoadState('load');
}

// ---- the journey

async function newcomerJourney(browser, demo) {
  const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' });
  const page = await context.newPage();
  const base = demo.url;

  await visit(page, `${base}/`, 'home (en)');
  // The skip link is the first thing the keyboard reaches.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement && document.activeElement.className);
  expect(first === 'skip-link', 'keyboard: the skip link comes first');
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  expect(focused === 'main', 'keyboard: the skip link moves focus to the main content');

  await page.getByRole('link', { name: 'Log in' }).click();
  await page.waitForURL(/\/login/);
  await axeCheck(page, 'login (en)');
  // Submitting empty shows errors that are themselves accessible.
  await page.getByRole('button', { name: 'Log in' }).last().click();
  await page.waitForLoadState('load');
  expect(await page.getByText('There is a problem').isVisible(), 'empty login explains the problem');
  await axeCheck(page, 'login with errors (en)');

  // Log in by keyboard only.
  await page.getByLabel('Email address').focus();
  await page.keyboard.type(demo.logins.facilitator);
  await page.keyboard.press('Tab');
  await page.keyboard.type(demo.password);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  expect(await page.getByText('You are logged in.').isVisible(), 'keyboard login works');

  await visit(page, `${base}/c/riverbend`, 'community home (en, facilitator)');
  await page.getByRole('link', { name: /Northside Middle School redesign/ }).first().click();
  await page.waitForURL(/\/i\//);
  expect(await page.locator('svg.triangle').count() === 1, 'initiative page draws the triangle');
  expect(await page.locator('table.data').count() >= 3, 'and gives the same facts in tables');
  await axeCheck(page, 'initiative (en)');
  const initiativeUrl = page.url();
  // On a phone the section tabs fold into a menu that opens by keyboard, without script.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.locator('nav.tabs .tabs-full').isHidden() && await page.locator('details.tabs-compact').isVisible(), 'phone: the sections are one menu');
  await page.locator('details.tabs-compact summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('details.tabs-compact').getByRole('link', { name: 'Ideas and needs', exact: true }).click();
  await page.waitForURL(/\/ideas$/);
  ok('phone: the menu opens by keyboard and leads to a section');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(initiativeUrl);

  await switchLanguage(page, 'es');
  expect(await htmlLang(page) === 'es', 'switching to Spanish changes the page language');
  expect(await page.getByRole('heading', { name: 'Triángulo estratégico' }).isVisible(), 'the initiative page is in Spanish');
  await axeCheck(page, 'initiative (es)');
  expect(await page.getByRole('heading', { level: 1, name: /Rediseño de la escuela intermedia Northside/ }).isVisible(), 'the initiative itself reads in Spanish (content translation)');
  await visit(page, `${initiativeUrl}/translations`, 'translations (es, staff)');
  await visit(page, `${base}/c/riverbend`, 'community home (es)');
  expect(await htmlLang(page) === 'es', 'the language choice is remembered');
  await visit(page, `${initiativeUrl}/edit`, 'edit initiative (es)');
  await visit(page, `${base}/c/riverbend/initiatives/new`, 'new initiative (es)');
  await visit(page, `${base}/c/riverbend/members`, 'members (es)');
  await visit(page, `${base}/account`, 'account (es)');

  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Ha cerrado la sesión.').isVisible(), 'logged out (es)');
  await context.close();

  // A pupil opens their invitation link in a fresh browser.
  const pupilContext = await browser.newContext({ bypassCSP: true, locale: 'es-ES' });
  const pupil = await pupilContext.newPage();
  await pupil.setExtraHTTPHeaders({ 'Accept-Language': 'es-ES,es;q=0.9' });
  await visit(pupil, demo.pupilLink, 'invitation (es, pupil)');
  expect(await htmlLang(pupil) === 'es', 'the invitation follows the browser language');
  await pupil.getByLabel('Tu nombre o un apodo').fill('Sam');
  await pupil.getByRole('button', { name: 'Unirme' }).click();
  await pupil.waitForURL(/\/c\/riverbend$/);
  expect(await pupil.getByText('Ya forma parte de la comunidad').isVisible(), 'the pupil has joined');
  await axeCheck(pupil, 'community home after joining (es, pupil)');
  await pupil.getByRole('button', { name: 'Cerrar sesión' }).click();
  await pupil.waitForLoadState('load');
  await visit(pupil, demo.pupilLink, 'used invitation (es)', 410);
  await pupilContext.close();
}

// Issue 3's model by a facilitator: the charter gate, publishing a charter,
// the health view changing, adding a stakeholder, the packet.
async function seedModelJourney(browser, demo) {
  const context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' });
  const base = demo.url;
  // The facilitator chose Spanish earlier (remembered with the account); this browser picks English.
  await context.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const page = await context.newPage();
  const send = `${base}/c/riverbend/i/working-together-a-send-parent-carer-conference`;
  await page.goto(`${base}/login`);
  await page.locator('#f-email').fill(demo.logins.facilitator);
  await page.locator('#f-password').fill(demo.password);
  await page.locator('form[action="/login"] button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));

  await visit(page, `${send}/health`, 'health before the charter (en)');
  expect(await page.getByText('The power-sharing charter is not published').isVisible(), 'health flags the unpublished charter');

  await page.goto(send);
  await page.getByRole('button', { name: 'Open participation' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Participation cannot open until the power-sharing charter is published').isVisible(), 'participation is refused before the charter');
  await axeCheck(page, 'participation refused (en)');

  await visit(page, `${send}/charter`, 'charter draft (en, staff)');
  await page.getByRole('button', { name: 'Publish the charter' }).first().click();
  await page.waitForLoadState('load');
  expect(await page.getByRole('heading', { name: 'Publish the charter?' }).isVisible(), 'publishing asks on a second page');
  await axeCheck(page, 'confirm publishing the charter (en)');
  await page.getByRole('button', { name: 'Yes, publish the charter' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('The charter is published').isVisible(), 'the charter is published');
  await axeCheck(page, 'charter published (en)');

  await visit(page, `${send}/health`, 'health after the charter (en)');
  expect(await page.getByText('The power-sharing charter is not published').count() === 0, 'the health view changes');

  await page.goto(send);
  await page.getByRole('button', { name: 'Open participation' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Participation is open.').isVisible(), 'participation opens once the charter is published');

  await visit(page, `${send}/environment`, 'environment (en, staff)');
  await page.locator('#f-stakeholder-new-name').fill('SEND parent-carer forum');
  await page.locator('#f-stakeholder-new-kind').selectOption('organisation');
  await page.locator('#f-stakeholder-new-formal_authority').selectOption('consulted');
  await page.locator('#f-stakeholder-new-instrument').fill('Consulted on every session');
  await page.locator('#f-stakeholder-new-influence').selectOption('high');
  await page.locator('#f-stakeholder-new-stance').selectOption('champion');
  await page.locator('#f-stakeholder-new-suitability').selectOption('both');
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByRole('rowheader', { name: /SEND parent-carer forum/ }).isVisible(), 'the stakeholder is on the map');
  await axeCheck(page, 'environment with a new stakeholder (en)');

  await visit(page, `${send}/packet`, 'authorization packet (en)');
  expect(await page.locator('body.printable').count() === 1, 'the packet is print-ready');
  await switchLanguage(page, 'es');
  await axeCheck(page, 'authorization packet (es)');
  await context.close();
}

async function logIn(context, base, email, password) {
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.locator('form[action="/login"] button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

// Issue 4: a parent posts a need, a facilitator answers "not possible" with
// the charter's reason, the parent is told in the app and by email.
async function ideasJourney(browser, demo, sink) {
  const base = demo.url;
  const north = `${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`;
  const title = 'Hire a second counsellor';
  const parentContext = await browser.newContext({ bypassCSP: true });
  await parentContext.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const parent = await logIn(parentContext, base, demo.logins.member, demo.password);
  await visit(parent, `${north}/ideas`, 'ideas board (en, parent)');
  await parent.locator('#f-idea-kind').selectOption('need');
  await parent.locator('#f-idea-title').fill(title);
  await parent.locator('#f-idea-body').fill('Waiting lists for a counsellor are six weeks long.');
  if (await parent.locator('#f-idea-conduct').count() > 0) await parent.locator('#f-idea-conduct').check();
  await parent.getByRole('button', { name: 'Post', exact: true }).click();
  await parent.waitForURL(/\/ideas\/\d+$/);
  const ideaUrl = parent.url();
  expect(await parent.getByRole('heading', { name: title }).isVisible(), 'the parent\u2019s need is posted and has its own page');
  await axeCheck(parent, 'new idea (en, parent)');

  const staffContext = await browser.newContext({ bypassCSP: true });
  await staffContext.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const staff = await logIn(staffContext, base, demo.logins.facilitator, demo.password);
  await visit(staff, `${base}/c/riverbend/queue`, 'answer queue (en, facilitator)');
  expect(await staff.getByRole('link', { name: title }).count() > 0, 'the new need waits in the answer queue');
  await visit(staff, ideaUrl, 'idea with the answer form (en, facilitator)');
  // "Not possible" without a reason is refused, accessibly.
  await staff.locator('#f-respond-status').selectOption('not_possible');
  await staff.locator('#f-respond-response').fill('Counsellors are hired by the district.');
  await staff.getByRole('button', { name: 'Publish the answer' }).click();
  await staff.waitForLoadState('load');
  expect(await staff.getByText('There is a problem').isVisible(), '"not possible" needs a reason');
  await axeCheck(staff, 'answer with errors (en)');
  const area = await staff.locator('#f-respond-decision_area option').evaluateAll(
    (options) => options.find((o) => o.textContent.startsWith('Staffing'))?.value);
  await staff.locator('#f-respond-status').selectOption('not_possible');
  await staff.locator('#f-respond-reason').selectOption('charter');
  await staff.locator('#f-respond-decision_area').selectOption(area);
  await staff.locator('#f-respond-response').fill('Counsellors are hired by the district. We have asked it to fund a second post.');
  await staff.getByRole('button', { name: 'Publish the answer' }).click();
  await staff.waitForURL(ideaUrl);
  expect(await staff.locator('section.response').getByText('Not possible').first().isVisible(), 'the answer is public with its status');
  expect(await staff.locator('section.response').getByText(/Staffing/).first().isVisible(), 'and names the charter area that fixes it');
  await axeCheck(staff, 'answered idea (en)');
  await visit(staff, `${north}/accountability`, 'you said, we did (en)');
  await visit(staff, `${base}/c/riverbend/moderation`, 'moderation (en, facilitator)');
  await staffContext.close();

  await visit(parent, `${base}/notifications`, 'notifications (en, parent)');
  expect(await parent.getByText(`An idea you follow has a new answer: ${title}`).isVisible(), 'the parent is told in the app');
  await switchLanguage(parent, 'es');
  expect(await htmlLang(parent) === 'es', 'notifications in Spanish');
  await axeCheck(parent, 'notifications (es, parent)');
  await parent.goto(ideaUrl);
  expect(await parent.locator('section.response').getByText('No es posible').first().isVisible(), 'the answer reads in Spanish too');
  await axeCheck(parent, 'answered idea (es, parent)');
  await switchLanguage(parent, 'en');
  // The worker sends the email within a few seconds.
  let mail = '';
  for (let i = 0; i < 60 && !mail; i += 1) {
    for (const f of readdirSync(sink.dir)) {
      const text = readFileSync(join(sink.dir, f), 'utf8');
      if (text.includes(demo.logins.member) && text.includes(title)) mail = text;
    }
    if (!mail) await new Promise((r) => setTimeout(r, 500));
  }
  expect(mail !== '', 'the parent gets an email through the SMTP server');
  expect(mail.includes('Not possible'), 'the email says what was decided');
  await parentContext.close();
}

// Issue 11: someone who forgot their password asks for a link, gets it by
// email through the SMTP server and sets a new password with it.
async function recoveryJourney(browser, demo, sink) {
  const base = demo.url;
  const context = await browser.newContext({ bypassCSP: true });
  await context.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const page = await context.newPage();
  await visit(page, `${base}/login`, 'login (en, before a reset)');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.waitForURL(/\/login\/forgot/);
  await axeCheck(page, 'forgot password (en)');
  await page.getByLabel('Email address').fill(demo.logins.observer);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.waitForURL(/\/login$/);
  expect(await page.getByText('If an account uses that address').isVisible(), 'the same answer for any address');
  let link = '';
  for (let i = 0; i < 60 && !link; i += 1) {
    for (const f of readdirSync(sink.dir)) {
      // Undo quoted-printable soft line breaks before looking for the link.
      const text = readFileSync(join(sink.dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const found = text.match(/(http:\/\/\S+\/reset\/[A-Za-z0-9_-]+)/);
      if (text.includes(demo.logins.observer) && found) link = found[1];
    }
    if (!link) await new Promise((r) => setTimeout(r, 500));
  }
  expect(link !== '', 'the reset link arrives through the SMTP server');
  if (!link) { await context.close(); return; }
  await visit(page, link, 'choose a new password (en)');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save and log in' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('There is a problem').isVisible(), 'a short password is refused');
  await axeCheck(page, 'new password with errors (en)');
  await page.getByLabel('New password').fill('tulip window marble seventeen');
  await page.getByRole('button', { name: 'Save and log in' }).click();
  await page.waitForURL(/\/account$/);
  expect(await page.getByText('Your new password is saved').isVisible(), 'the reset signs the person in');
  await axeCheck(page, 'account after a reset (en)');
  await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
  await page.waitForURL(/\/account\/second-factor$/);
  expect(await page.getByRole('img', { name: 'QR code for your authenticator app' }).isVisible(), 'two-step sign-in shows a QR code');
  await axeCheck(page, 'set up two-step sign-in (en)');
  await visit(page, link, 'a spent reset link (en)');
  expect(await page.getByText('This link cannot be used').isVisible(), 'a reset link works once');
  await context.close();
}

// Issue 5: a parent votes in a poll and fills a budget ballot, then reads
// the results of a closed poll and a closed budget, in both languages.
async function decideJourney(browser, demo) {
  const base = demo.url;
  const north = `${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`;
  const context = await browser.newContext({ bypassCSP: true });
  await context.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const page = await logIn(context, base, demo.logins.member, demo.password);
  await visit(page, `${north}/decide`, 'decide together (en, parent)');
  await page.getByRole('link', { name: 'Which lunch timetable should we trial first?' }).click();
  await page.waitForURL(/\/polls\/\d+$/);
  expect(await page.getByText('Level of influence:').isVisible(), 'the ballot shows the charter level of influence');
  await axeCheck(page, 'open poll (en, parent)');
  await page.getByLabel('One 40-minute lunch for everyone').check();
  await page.getByLabel('A short lunch and a longer afternoon break').check();
  await page.getByRole('button', { name: 'Cast my vote' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Your vote is recorded').isVisible(), 'the vote is recorded');
  expect(await page.getByText('Your ballot: One 40-minute lunch for everyone, A short lunch and a longer afternoon break').isVisible(), 'the ballot is shown back');
  await axeCheck(page, 'poll after voting (en)');

  await page.goto(`${north}/decide`);
  await page.getByRole('link', { name: 'Clubs and enrichment fund' }).click();
  await page.waitForURL(/\/budgets\/\d+$/);
  await axeCheck(page, 'open budget (en, parent)');
  await page.getByLabel(/Robotics club/).fill('8');
  await page.getByLabel(/School garden/).fill('5');
  await page.getByRole('button', { name: 'Cast my vote' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('You gave 13 points; the most is 10.').first().isVisible(), 'too many points are refused with a reason');
  expect(await page.getByLabel(/Robotics club/).inputValue() === '8' && await page.getByLabel(/School garden/).inputValue() === '5',
    'and the points typed are still there to correct');
  await axeCheck(page, 'budget ballot with errors (en)');
  await page.getByLabel(/Robotics club/).fill('6');
  await page.getByLabel(/School garden/).fill('4');
  await page.getByRole('button', { name: 'Cast my vote' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Your vote is recorded').isVisible(), 'the budget ballot is recorded');

  await page.goto(`${north}/decide`);
  await page.getByRole('link', { name: 'Which name should the new school have?' }).click();
  await page.waitForURL(/\/polls\/\d+$/);
  expect(await page.getByText('Result: Maya Angelou Middle School').isVisible(), 'the closed poll shows its result');
  expect(await page.getByRole('table', { name: /Instant-runoff rounds/ }).isVisible(), 'with its rounds as a table');
  expect(await page.locator('svg.chart').count() >= 1, 'and as a chart');
  await axeCheck(page, 'closed ranked poll (en)');
  await page.goto(`${north}/decide`);
  await page.getByRole('link', { name: 'Design-session budget' }).click();
  await page.waitForURL(/\/budgets\/\d+$/);
  expect(await page.getByRole('table', { name: 'Why each project was or was not funded' }).isVisible(), 'the closed budget explains every project');
  await axeCheck(page, 'closed budget (en)');
  await switchLanguage(page, 'es');
  expect(await page.getByRole('table', { name: 'Por qué se financió o no cada proyecto' }).isVisible(), 'the explanation in Spanish');
  await axeCheck(page, 'closed budget (es)');
  await switchLanguage(page, 'en');
  await context.close();
}

// Issue 15: a facilitator opens a selection by lot; the facilitator and the
// parent (in Spanish) volunteer; a bad quota is refused, then the quotas are
// saved; the lottery is published with the hash of a secret; a wrong secret
// draws nothing; the draw happens in public; the published file verifies
// with `tandem sortition verify`.
async function selectionJourney(browser, demo) {
  const base = demo.url;
  const north = `${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`;
  const staff = await browser.newContext({ bypassCSP: true });
  await staff.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const fac = await logIn(staff, base, demo.logins.facilitator, demo.password);
  await visit(fac, `${north}/selections`, 'selections (en, facilitator)');
  await fac.locator('#f-title').fill('Lunchtime clubs panel');
  await fac.locator('#f-seats').fill('1');
  await fac.locator('form[action$="/selections"] button[type=submit]').click();
  await fac.waitForURL(/\/selections\/\d+$/);
  const selection = fac.url();
  await axeCheck(fac, 'a new selection (en, facilitator)');
  await fac.getByRole('button', { name: 'Volunteer', exact: true }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('You are in the pool.', { exact: true }).isVisible(), 'the facilitator volunteered');

  const family = await browser.newContext({ bypassCSP: true });
  await family.addCookies([{ name: 'tandem_lang', value: 'es', url: base }]);
  const parent = await logIn(family, base, demo.logins.member, demo.password);
  await visit(parent, selection, 'a selection open to volunteers (es, parent)');
  await parent.getByRole('button', { name: 'Presentarme', exact: true }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Usted está: en el grupo de candidatos.').isVisible(), 'the parent volunteered (es)');
  await axeCheck(parent, 'volunteered (es, parent)');

  await fac.goto(selection);
  await fac.getByText('Set the quotas', { exact: true }).click();
  await fac.locator('#f-min-0').fill('5');
  await fac.locator('form[action$="/quotas"] button[type=submit]').click();
  await fac.waitForLoadState('load');
  expect(await fac.locator('.field-problem').count() > 0, 'a quota beyond the seats is refused');
  await axeCheck(fac, 'quotas with errors (en)');
  await fac.locator('#f-min-0').fill('0');
  await fac.locator('form[action$="/quotas"] button[type=submit]').click();
  await fac.waitForLoadState('load');
  await fac.locator('#f-commit-secret').fill('lunch clubs by lot');
  await fac.getByRole('button', { name: 'Close volunteering and publish the lottery' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Hash of the secret', { exact: true }).isVisible(), 'the hash is published before the draw');
  await axeCheck(fac, 'lottery published (en)');
  await fac.locator('#f-draw-secret').fill('lunch clubs by luck');
  await fac.locator('#f-draw-entropy').fill('3 5 2 6');
  await fac.locator('form[action$="/draw"] button[type=submit]').click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('This is not the secret whose hash was published').first().isVisible(), 'a wrong secret draws nothing');
  await axeCheck(fac, 'a wrong secret (en)');
  await fac.locator('#f-draw-secret').fill('lunch clubs by lot');
  await fac.locator('#f-draw-entropy').fill('3 5 2 6');
  await fac.locator('form[action$="/draw"] button[type=submit]').click();
  await fac.waitForLoadState('load');
  expect(await fac.getByRole('heading', { name: 'Who was drawn' }).isVisible(), 'the draw names who was drawn');
  await axeCheck(fac, 'drawn (en)');

  // Anyone recomputes the draw from the published file.
  const file = join(mkdtempSync(join(tmpdir(), 'tandem-lottery-')), 'lottery.json');
  writeFileSync(file, await (await fac.request.get(`${selection}/lottery/1`)).text());
  const said = execFileSync(BIN, ['sortition', 'verify', file, '--secret', 'lunch clubs by lot', '--entropy', '3526'], { env: { ...process.env, LANG: 'C' } }).toString();
  expect(said.includes('Verified: the same panel as recorded.'), 'tandem sortition verify recomputes the draw');

  await parent.goto(selection);
  await axeCheck(parent, 'the draw as a volunteer sees it (es)');
  const asked = await parent.getByRole('button', { name: 'Acepto mi puesto' }).count();
  if (asked === 1) {
    await parent.getByRole('button', { name: 'Acepto mi puesto' }).click();
    await parent.waitForLoadState('load');
    expect(await parent.getByText('Usted está: aceptó.').isVisible(), 'the parent accepted the seat (es)');
  } else {
    expect(await parent.getByText('Usted está: en el grupo de candidatos.').isVisible(), 'the parent was not drawn (es)');
  }
  await staff.close();
  await family.close();
}

// A parent registers for a council meeting on a phone (in Spanish), asks for
// an interpreter and gets a code; the facilitator checks them in with it,
// writes the last council's minutes, records their approval with its mover
// and publishes them; the parent subscribes to their meetings' calendar.
async function councilJourney(browser, demo) {
  const base = demo.url;
  const family = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 800 } });
  await family.addCookies([{ name: 'tandem_lang', value: 'es', url: base }]);
  const parent = await logIn(family, base, demo.logins.member, demo.password);
  await visit(parent, `${base}/c/riverbend/meetings`, 'meetings (es, parent, phone)');
  await parent.getByRole('link', { name: 'Parent council: homework and screens' }).click();
  await parent.waitForLoadState('load');
  const meeting = parent.url();
  await parent.getByLabel('Interpretación o traducción').check();
  await parent.getByRole('button', { name: 'Inscribirme', exact: true }).click();
  await parent.waitForLoadState('load');
  expect(await parent.locator('.field-problem').count() > 0, 'interpreting without a language is explained (es)');
  await axeCheck(parent, 'registration with an error (es, phone)');
  await parent.getByLabel('Interpretación o traducción').check();
  await parent.locator('#f-register-language').fill('árabe');
  await parent.getByRole('button', { name: 'Inscribirme', exact: true }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Tiene plaza.', { exact: true }).isVisible(), 'the parent has a place (es)');
  const code = (await parent.locator('strong.code').textContent()).trim();
  expect(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/.test(code), `a check-in code without look-alike characters (${code})`);
  await axeCheck(parent, 'registered with a code (es, phone)');

  const staff = await browser.newContext({ bypassCSP: true });
  await staff.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const fac = await logIn(staff, base, demo.logins.facilitator, demo.password);
  await visit(fac, meeting, 'a meeting as its organiser sees it (en)');
  expect(await fac.getByText('Interpreting into árabe: 1').isVisible(), 'the organiser sees the access needs as totals');
  await fac.locator('#f-checkin-code').fill('OOO111');
  await fac.getByRole('button', { name: 'Check in', exact: true }).click();
  await fac.waitForLoadState('load');
  expect(await fac.locator('.field-problem').count() > 0, 'a wrong check-in code is refused');
  await axeCheck(fac, 'a wrong check-in code (en)');
  await fac.locator('#f-checkin-code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await fac.getByRole('button', { name: 'Check in', exact: true }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Checked in.', { exact: true }).isVisible(), 'the parent is checked in with the code typed loosely');

  // Minutes of the November council: written, approved at December's with a mover, published.
  await visit(fac, `${base}/c/riverbend/bodies/1`, 'the site council as its organiser sees it (en)');
  await fac.getByRole('link', { name: 'Site council: November' }).click();
  await fac.waitForLoadState('load');
  const november = fac.url();
  await fac.locator('#f-minutes-summary').fill('The council reviewed the hub\'s first weeks.');
  await fac.locator('#f-decision_text_0').fill('Keep the hub open on Saturday mornings');
  await fac.locator('#f-decision_ideas_0').fill('9999');
  await fac.getByRole('button', { name: 'Save a new version' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.locator('.field-problem').count() > 0, 'a decision answering an idea that does not exist is refused');
  await fac.locator('#f-decision_ideas_0').fill('');
  await fac.getByRole('button', { name: 'Save a new version' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Draft', { exact: true }).isVisible(), 'the minutes are a draft');
  await fac.locator('#f-approve-mover').selectOption({ index: 1 });
  await fac.getByRole('button', { name: 'Record the approval' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('The approval is recorded.', { exact: true }).isVisible(), 'the council approved the minutes');
  await axeCheck(fac, 'minutes approved (en)');
  await fac.getByRole('button', { name: 'Publish the minutes' }).click();
  await fac.waitForLoadState('load');
  await parent.goto(november);
  expect(await parent.getByText('Keep the hub open on Saturday mornings').isVisible(), 'the published minutes are public (es)');
  await axeCheck(parent, 'published minutes (es, phone)');

  // The parent's private calendar address lists the meeting they registered for.
  await parent.goto(`${base}/c/riverbend/meetings`);
  await parent.getByRole('button', { name: 'Crear mi dirección privada' }).click();
  await parent.waitForLoadState('load');
  const feed = (await parent.locator('#calendar-h ~ p code').textContent()).trim();
  await axeCheck(parent, 'private calendar address (es, phone)');
  const ics = await (await parent.request.get(feed)).text();
  const id = meeting.split('/').pop();
  expect(ics.startsWith('BEGIN:VCALENDAR') && ics.includes(`UID:meeting-${id}@`) && ics.includes('BEGIN:VTIMEZONE'), 'the feed lists the meeting with its zone');
  await parent.getByRole('button', { name: 'Desactivar mi dirección' }).click();
  await parent.waitForLoadState('load');
  expect((await parent.request.get(feed)).status() === 404, 'a revoked address no longer answers');
  await staff.close();
  await family.close();
}

// A parent proposes a session to the spring workshop day on a phone, in
// Spanish (refused first without a lead); the facilitator, on the panel,
// reviews it (refused first without a comment), records the decision with
// its reason and places it (a clash with another session refused first);
// the parent registers for a session, is checked in with her code, gives
// feedback (refused first without a score) and opens her certificate.
async function eventsJourney(browser, demo) {
  const base = demo.url;
  const family = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 800 } });
  await family.addCookies([{ name: 'tandem_lang', value: 'es', url: base }]);
  const parent = await logIn(family, base, demo.logins.member, demo.password);
  await visit(parent, `${base}/c/riverbend/events`, 'events (es, parent, phone)');
  await parent.getByRole('link', { name: 'Spring Working Together workshop day' }).click();
  await parent.waitForLoadState('load');
  const event = parent.url().split('#')[0];
  await axeCheck(parent, 'an event with its programme (es, phone)');
  await parent.getByRole('link', { name: 'Proponer una sesión' }).click();
  await parent.waitForLoadState('load');
  await parent.locator('#f-propose-title').fill('Cuentos en casa');
  await parent.locator('#f-propose-summary').fill('Leer juntos diez minutos al día, con libros en español.');
  await parent.locator('#f-propose-i_lead').uncheck();
  await parent.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.locator('.field-problem').count() > 0 || await parent.locator('.problem-summary').count() > 0, 'a session without a lead is explained (es)');
  await axeCheck(parent, 'a proposal with an error (es, phone)');
  await parent.locator('#f-propose-i_lead').check();
  await parent.locator('#f-propose-my_role').selectOption('parent_carer');
  await parent.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Tu propuesta se envió al comité.').isVisible(), 'the proposal reaches the panel (es)');
  const pid = parent.url().split('#p-')[1];
  expect(/^\d+$/.test(pid || ''), `the proposal's anchor (${parent.url()})`);
  await axeCheck(parent, 'proposals after proposing (es, phone)');

  const staff = await browser.newContext({ bypassCSP: true });
  await staff.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const fac = await logIn(staff, base, demo.logins.facilitator, demo.password);
  await visit(fac, `${event}/proposals`, 'proposals as the panel sees them (en)');
  const review = fac.locator(`form[action$="/proposals/${pid}/review"]`);
  for (const n of [0, 1, 2]) await fac.locator(`#f-review-${pid}-score_${n}`).selectOption(String(5 - (n % 2)));
  await review.getByRole('button', { name: 'Save the review' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.locator('.field-problem').count() > 0, 'a review without a comment is explained');
  await axeCheck(fac, 'a review with an error (en)');
  await fac.locator(`#f-review-${pid}-comment`).fill('Families asked for reading in Spanish.');
  await fac.locator(`form[action$="/proposals/${pid}/review"]`).getByRole('button', { name: 'Save the review' }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Your review is saved.').isVisible(), 'the panel member reviewed');
  await fac.locator(`#f-decide-${pid}-decision`).selectOption('accepted');
  await fac.locator(`#f-decide-${pid}-reason`).fill('Led by a parent, in Spanish: what families asked for.');
  await fac.locator(`form[action$="/proposals/${pid}/decision"]`).getByRole('button').click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('The decision is recorded and the proposer told.').isVisible(), 'the decision is recorded');
  const day = (await fac.locator(`#f-place-${pid}-starts_at`).inputValue()).slice(0, 10);
  await fac.locator(`#f-place-${pid}-room`).selectOption({ label: 'Room 1 (30)' });
  await fac.locator(`#f-place-${pid}-starts_at`).fill(`${day}T10:15`);
  await fac.locator(`form[action$="/proposals/${pid}/place"]`).getByRole('button').click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('The room is taken then by').first().isVisible(), 'a clash in the room is refused');
  await axeCheck(fac, 'a clash in the programme (en)');
  await fac.locator(`#f-place-${pid}-starts_at`).fill(`${day}T11:30`);
  await fac.locator(`form[action$="/proposals/${pid}/place"]`).getByRole('button').click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Your changes are saved.').isVisible(), 'the session is in the programme');

  // The parent registers for a session, is checked in, gives feedback and opens her certificate.
  await parent.goto(event);
  expect(await parent.getByRole('link', { name: 'Cuentos en casa' }).first().isVisible(), 'her session is in the programme (es)');
  const reading = parent.getByRole('link', { name: 'Inscribirme en esta sesión Reading together at home' });
  const sid = (await parent.getByRole('link', { name: 'Reading together at home' }).first().getAttribute('href')).split('#p-')[1];
  await reading.click();
  await parent.waitForLoadState('load');
  await parent.getByRole('button', { name: 'Inscribirme', exact: true }).click();
  await parent.waitForLoadState('load');
  const code = (await parent.locator('strong.code').textContent()).trim();
  await fac.goto(parent.url().split('#')[0]);
  await fac.locator('#f-checkin-code').fill(code);
  await fac.getByRole('button', { name: 'Check in', exact: true }).click();
  await fac.waitForLoadState('load');
  expect(await fac.getByText('Checked in.', { exact: true }).isVisible(), 'the parent is checked in to the session');
  await parent.goto(event);
  const feedback = parent.locator(`form[action$="/proposals/${sid}/feedback"]`);
  await feedback.getByRole('button', { name: 'Enviar mi opinión' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.locator('.field-problem').count() > 0, 'feedback without a score is explained (es)');
  await axeCheck(parent, 'feedback with an error (es, phone)');
  await parent.locator(`#f-feedback-${sid}-useful`).selectOption('5');
  await parent.locator(`#f-feedback-${sid}-changed`).selectOption('4');
  await parent.locator(`#f-feedback-${sid}-worked`).fill('Ideas para leer en casa.');
  await parent.locator(`form[action$="/proposals/${sid}/feedback"]`).getByRole('button', { name: 'Enviar mi opinión' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Gracias por tu opinión.').isVisible(), 'the feedback is thanked (es)');
  expect(await parent.locator(`form[action$="/proposals/${sid}/feedback"]`).count() === 0, 'feedback is given once');
  await parent.getByRole('link', { name: 'Certificado de asistencia' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Reading together at home').isVisible(), 'the certificate lists the session she attended');
  await axeCheck(parent, 'certificate of attendance (es, phone)');
  await visit(fac, `${event}/report`, 'the report as the organisers see it (en)');

  // The parent ticks an item of the action she co-owns with a teacher.
  const north = `${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`;
  await visit(parent, `${north}/actions`, 'who does what (es, phone)');
  await parent.getByRole('link', { name: "Draw up the hub's evening rota with volunteers" }).click();
  await parent.waitForLoadState('load');
  const before = await parent.locator('progress').first().getAttribute('value');
  await parent.getByRole('button', { name: 'Marcar hecho: Agree the evenings with the caretaker' }).click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Marcado.', { exact: true }).isVisible(), 'the item is ticked (es)');
  const after = await parent.locator('progress').first().getAttribute('value');
  expect(Number(after) > Number(before), `progress comes from the checklist (${before} → ${after})`);
  await axeCheck(parent, 'an action after ticking (es, phone)');

  // She takes a place as a reading buddy (her safeguarding check is recorded) and records her strengths.
  const harbor = `${base}/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view`;
  await visit(parent, `${harbor}/roles`, 'roles and rosters (es, phone)');
  await parent.getByRole('link', { name: 'Reading buddy' }).click();
  await parent.waitForLoadState('load');
  await axeCheck(parent, 'a role with its shifts (es, phone)');
  await parent.getByRole('button', { name: /^Apuntarme/ }).first().click();
  await parent.waitForLoadState('load');
  expect(await parent.getByText('Tienes plaza.', { exact: true }).isVisible(), 'a place on a reading shift (es)');
  expect(await parent.getByText('Tienes plaza en este turno.').first().isVisible(), 'the shift says it is hers (es)');
  await visit(parent, `${base}/c/riverbend/strengths`, 'my strengths (es, phone)');
  await parent.locator('#f-strengths-skills').fill('Leer en voz alta, cuentos');
  await parent.locator('#f-strengths-languages').fill('español, inglés');
  await parent.getByLabel('Tardes entre semana').check();
  await parent.getByRole('button', { name: 'Guardar' }).first().click();
  await parent.waitForLoadState('load');
  expect(await parent.locator('#f-strengths-skills').inputValue() === 'Leer en voz alta, cuentos', 'her strengths are kept, privately (es)');
  await staff.close();
  await family.close();
}

// A parent votes on statements one at a time, adds one, and reads the map.
async function conversationJourney(browser, demo) {
  const base = demo.url;
  const north = `${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`;
  const context = await browser.newContext({ bypassCSP: true });
  await context.addCookies([{ name: 'tandem_lang', value: 'en', url: base }]);
  const page = await logIn(context, base, demo.logins.member, demo.password);
  await page.goto(`${north}/decide`);
  await page.getByRole('link', { name: 'A phone-free school day?' }).click();
  await page.waitForURL(/\/conversations\/\d+$/);
  await axeCheck(page, 'conversation (en, parent)');
  const progress = await page.locator('#next .meta').first().textContent();
  for (const label of ['Agree', 'Disagree', 'Pass / unsure']) {
    const statement = await page.locator('q.statement').textContent();
    await page.getByRole('button', { name: label, exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Your vote is recorded').isVisible(), `a vote (${label}) is recorded`);
    expect(await page.locator('q.statement').textContent() !== statement, 'the next statement is a different one');
  }
  expect(await page.locator('#next .meta').first().textContent() !== progress, 'progress moves on');
  await axeCheck(page, 'conversation after voting (en)');
  await page.getByLabel('Statement', { exact: true }).fill('Phones could be used in the library for homework.');
  await page.getByRole('button', { name: 'Add the statement' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('A facilitator will check your statement').isVisible(), 'a statement waits for moderation');
  await page.getByRole('link', { name: 'See the opinion map' }).first().click();
  await page.waitForURL(/\/report$/);
  expect(await page.getByRole('img', { name: 'Opinion map' }).isVisible(), 'the map is an image with a name');
  expect(await page.getByRole('table', { name: 'Opinion groups' }).isVisible(), 'and the same groups as a table');
  expect(await page.getByRole('heading', { name: 'What most people share' }).isVisible(), 'consensus statements');
  await axeCheck(page, 'opinion map (en)');
  await switchLanguage(page, 'es');
  expect(await page.getByRole('heading', { name: 'Lo que comparte la mayoría' }).isVisible(), 'the report in Spanish');
  await axeCheck(page, 'opinion map (es)');
  await switchLanguage(page, 'en');
  await context.close();
}

// Every page in every language (Arabic right to left), as anonymous visitor and as administrator.
async function everyPage(browser, demo) {
  const base = demo.url;
  const north = '/c/riverbend/i/northside-middle-school-redesign-a-community-design-team';
  const send = '/c/riverbend/i/working-together-a-send-parent-carer-conference';
  const sections = ['/environment', '/charter', '/phases', '/engagement', '/health', '/packet', '/ideas',
    '/ideas?status=not_possible&sort=endorsed', '/ideas?q=lunch', '/ideas/1', '/ideas/3', '/accountability',
    '/decide', '/polls/1', '/polls/2', '/polls/3', '/budgets/1', '/budgets/2', '/conversations/1',
    '/conversations/1/report', '/who', '/who?focus=ideas', '/selections', '/selections/1', '/who?focus=conversation-1&from=2026-01-01&to=2026-12-31'];
  const anonymous = ['/', '/glossary', '/login', '/c/riverbend', '/c/riverbend/initiatives', '/c/riverbend/initiatives?school=harbor-view-high-school',
    '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view', '/c/riverbend/i/safer-routes-to-riverbend-elementary',
    north, ...sections.map((s) => north + s), `${north}/charter/v/1`, `${send}/charter`, `${send}/health`,
    '/c/riverbend/conduct', `${send}/ideas`, '/c/riverbend/who', '/c/riverbend/who?school=northside-middle-school',
    '/c/riverbend/baselines', '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/who',
    '/c/riverbend/bodies', '/c/riverbend/bodies/1', '/c/riverbend/bodies/2', '/c/riverbend/meetings',
    '/c/riverbend/meetings/1', '/c/riverbend/meetings/3', '/c/riverbend/events', '/c/riverbend/events/1',
    '/c/riverbend/events/1/proposals', '/c/riverbend/events/2', '/c/riverbend/events/2/proposals',
    `${north}/actions`, `${north}/actions/2`, `${north}/actions/3`,
    '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles', '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles/1',
    '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles/2', '/c/riverbend/surveys',
    '/c/riverbend/surveys/1', '/c/riverbend/surveys/2', '/c/riverbend/surveys/2/results', '/c/riverbend/surveys/3',
    '/c/riverbend/surveys/3/form'];
  const admin = ['/account', '/c/riverbend/members', '/c/riverbend/members/merge', '/c/riverbend/invitations', '/c/riverbend/settings',
    '/c/riverbend/i/staff-workload-and-wellbeing-review', '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/edit',
    ...sections.map((s) => north + s), `${north}/worksheet`, `${north}/translations`, `${send}/charter`, '/c/riverbend/initiatives/new',
    '/c/riverbend/queue', '/c/riverbend/moderation', '/notifications', '/c/riverbend/audit',
    '/c/riverbend/audit?action=idea.respond', '/c/riverbend/baselines', '/c/riverbend/profile',
    '/c/riverbend/baselines?aim_dimension=home_language&aim_group=Arabic#outreach',
    '/c/riverbend/bodies', '/c/riverbend/bodies/1', '/c/riverbend/meetings', '/c/riverbend/meetings/1', '/c/riverbend/meetings/3',
    '/c/riverbend/events', '/c/riverbend/events/1', '/c/riverbend/events/1/proposals', '/c/riverbend/events/1/report',
    '/c/riverbend/events/2', '/c/riverbend/events/2/proposals', `${north}/actions`, `${north}/actions/1`, `${send}/actions`,
    '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles', '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles/1',
    '/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles/2', '/c/riverbend/strengths', '/c/riverbend/safeguarding',
    '/c/riverbend/surveys', '/c/riverbend/surveys/1/results', '/c/riverbend/surveys/2', '/c/riverbend/surveys/3',
    '/c/riverbend/surveys/3/results', '/c/riverbend/surveys/3/paper', '/c/riverbend/surveys/4'];
  for (const lang of ['en', 'es', 'ar']) {
    const context = await browser.newContext({ bypassCSP: true });
    await context.addCookies([{ name: 'tandem_lang', value: lang, url: base }]);
    const page = await context.newPage();
    for (const path of anonymous) await visit(page, `${base}${path}`, `${path} (${lang}, anonymous)`);
    const dir = await page.evaluate(() => document.documentElement.getAttribute('dir'));
    expect(dir === (lang === 'ar' ? 'rtl' : 'ltr'), `the page runs ${dir} in ${lang}`);
    await visit(page, `${base}/no-such-page`, `404 page (${lang})`, 404);
    await visit(page, `${base}/join/not-a-real-invitation-code-000000`, `unknown invitation (${lang})`, 404);
    await page.goto(`${base}/login`);
    await page.locator('#f-email').fill(demo.logins.admin);
    await page.locator('#f-password').fill(demo.password);
    await page.locator('form[action="/login"] button[type=submit]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    for (const path of admin) await visit(page, `${base}${path}`, `${path} (${lang}, admin)`);
    await visit(page, `${base}/c/riverbend/audit?from=someday`, `audit log with a bad filter (${lang})`, 422);
    await visit(page, `${base}${north}/who?from=someday`, `who takes part with a bad date (${lang})`, 422);
    // A baseline with a bad line is refused with the line named; an outreach link is shown once.
    await page.goto(`${base}/c/riverbend/baselines`);
    await page.locator('#f-set-rows').fill('Arabic,many');
    await page.locator('form[action="/c/riverbend/baselines"] button[type=submit]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('.field-problem').count() > 0, `a bad baseline line is explained (${lang})`);
    await axeCheck(page, `baseline form with errors (${lang})`);
    await page.goto(`${base}/c/riverbend/baselines?aim_dimension=home_language&aim_group=Arabic`);
    await page.locator('form[action="/c/riverbend/outreach"] button[type=submit]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#outreach #new-link').count() === 1, `an outreach link is shown (${lang})`);
    await axeCheck(page, `outreach link created (${lang})`);
    // A second page of a paged list: reached by its "next page" link, with a way back.
    await page.goto(`${base}/c/riverbend/members`);
    const nextLinks = await page.locator('a[rel=next]').count();
    const next = nextLinks === 1 ? await page.locator('a[rel=next]').getAttribute('href') : null;
    expect(next && next.includes('after='), `the members list links its next page (${lang})`);
    if (next) {
      await visit(page, `${base}${next}`, `members, second page (${lang})`);
      expect(await page.locator('.pager a:not([rel])').count() === 1, `the second page links back to the first (${lang})`);
    }
    // A form with errors, and a freshly created invitation link.
    await page.goto(`${base}/c/riverbend/invitations`);
    await page.locator('#f-days').fill('999');
    await page.locator('form[action="/c/riverbend/invitations"] button[type=submit]').click();
    await page.waitForLoadState('load');
    await axeCheck(page, `invitation form with errors (${lang})`);
    await page.locator('#f-days').fill('7');
    await page.locator('form[action="/c/riverbend/invitations"] button[type=submit]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('#new-link').count() === 1, `a new invitation link is shown (${lang})`);
    await axeCheck(page, `invitation created (${lang})`);
    // A sign-in link for a member who signs in by links, shown once on the members page.
    await page.goto(`${base}/c/riverbend/members`);
    await page.locator('form[action$="/signin-link"] button[type=submit]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('#new-link').count() === 1, `a sign-in link is shown (${lang})`);
    await axeCheck(page, `sign-in link issued (${lang})`);
    const signin = new URL(await page.locator('#new-link').inputValue()).pathname;
    const visitor = await browser.newContext({ bypassCSP: true });
    await visitor.addCookies([{ name: 'tandem_lang', value: lang, url: base }]);
    const stranger = await visitor.newPage();
    await visit(stranger, `${base}${signin}`, `sign-in link (${lang})`);
    await visitor.close();
    await context.close();
  }
}

// Issue 18: a family answers the anonymous "did we do what we said?" survey
// from a printed link on a phone (told first how answers are kept; a
// required question skipped is explained), in English and in Spanish; a
// visitor then reads the published results of last year's family survey.
async function surveysJourney(browser, demo) {
  const base = demo.url;
  expect(demo.surveyLinks.length === 3, 'the demo prints three survey links');
  for (const [lang, link] of [['en', demo.surveyLinks[0]], ['es', demo.surveyLinks[1]]]) {
    const phone = await browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 800 } });
    await phone.addCookies([{ name: 'tandem_lang', value: lang, url: base }]);
    const page = await phone.newPage();
    await visit(page, link, `a survey opened from its link (${lang}, phone)`);
    const kept = lang === 'es' ? 'Anónima' : 'Anonymous';
    const text = await page.locator('main').textContent();
    expect(text.indexOf(kept) >= 0 && text.indexOf(kept) < text.indexOf('1. '), `how answers are kept comes before the first question (${lang})`);
    const send = lang === 'es' ? 'Enviar mis respuestas' : 'Send my answers';
    await page.getByRole('button', { name: send }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('.problem-summary').count() === 1, `a required question skipped is explained (${lang})`);
    await axeCheck(page, `a survey with a required question skipped (${lang}, phone)`);
    await page.locator('#f-q0-4').check();
    await page.locator('#f-q1-3').check();
    await page.locator('#f-q5-text').fill(lang === 'es' ? 'Más reuniones por la tarde.' : 'More evening meetings.');
    await page.getByRole('button', { name: send }).click();
    await page.waitForLoadState('load');
    const thanks = lang === 'es' ? 'Gracias: sus respuestas están registradas.' : 'Thank you: your answers are recorded.';
    expect(await page.getByText(thanks).first().isVisible(), `the answers are recorded (${lang})`);
    expect(await page.locator('input[name="q0"]').count() === 0, `the link answers once (${lang})`);
    await axeCheck(page, `a survey answered (${lang}, phone)`);
    // A visitor reads the published results of last year's family survey.
    await visit(page, `${base}/c/riverbend/surveys`, `surveys as a visitor (${lang}, phone)`);
    await page.locator('a[href="/c/riverbend/surveys/2/results"]').first().click();
    await page.waitForLoadState('load');
    const results = await page.locator('main').textContent();
    expect(results.includes(lang === 'es' ? 'Conexiones' : 'Connections') || results.includes('Connections'), `the scales are shown (${lang})`);
    expect(await page.locator('td abbr').count() >= 2, `a group too small to show is suppressed, with the one that would give it away (${lang})`);
    expect(!results.includes('Mr Hensley'), `a withheld answer is not published (${lang})`);
    await axeCheck(page, `survey results as a visitor (${lang}, phone)`);
    await phone.close();
  }
}

// The same essentials with JavaScript off: everything is plain forms and links.
async function withoutJavaScript(browser, demo) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const base = demo.url;
  await page.goto(`${base}/login`);
  await page.locator('#f-email').fill(demo.logins.member);
  await page.locator('#f-password').fill(demo.password);
  await page.locator('form[action="/login"] button[type=submit]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  expect(await page.getByText('You are logged in.').isVisible(), 'no JavaScript: log in');
  await page.goto(`${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team`);
  await page.locator('.lang-switch button[value="es"]').click();
  await page.waitForLoadState('load');
  expect(await page.getByRole('heading', { name: 'Triángulo estratégico' }).isVisible(), 'no JavaScript: switch language');
  // Endorsing an idea is a plain form too (the page is in Spanish now).
  await page.goto(`${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team/ideas/1`);
  const endorse = page.locator('form[action$="/ideas/1/endorse"] button');
  const before = await endorse.textContent();
  await endorse.click();
  await page.waitForLoadState('load');
  expect(await endorse.textContent() !== before, 'no JavaScript: endorse an idea and take it back with the same button');
  // Changing a vote is a plain form too.
  await page.goto(`${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team/polls/2`);
  await page.locator('#f-ballot-approve-2').check();
  await page.locator('form[action$="/polls/2/ballot"] button[type=submit]').click();
  await page.waitForLoadState('load');
  expect(await page.locator('.flash').count() === 1, 'no JavaScript: change a vote');
  // Voting on a statement of a conversation is a plain form too.
  await page.goto(`${base}/c/riverbend/i/northside-middle-school-redesign-a-community-design-team/conversations/1`);
  await page.locator('form.statement-vote button[value="agree"]').click();
  await page.waitForLoadState('load');
  expect(await page.locator('.flash').count() === 1, 'no JavaScript: vote on a statement');
  // Giving up a meeting place and registering again are plain forms too.
  await page.goto(`${base}/c/riverbend/meetings`);
  await page.getByRole('link', { name: 'Parent council: homework and screens' }).click();
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: 'Renunciar a mi plaza' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Ha renunciado a su plaza.').isVisible(), 'no JavaScript: give up a meeting place');
  await page.getByRole('button', { name: 'Inscribirme', exact: true }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Tiene plaza.', { exact: true }).isVisible(), 'no JavaScript: register for a meeting');
  // Proposing a session and giving a view of the whole event are plain forms too.
  await page.goto(`${base}/c/riverbend/events/2/proposals`);
  await page.locator('#f-propose-title').fill('Sin JavaScript');
  await page.locator('#f-propose-summary').fill('Una sesión propuesta con un formulario simple.');
  await page.getByRole('button', { name: 'Enviar la propuesta' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Tu propuesta se envió al comité.').isVisible(), 'no JavaScript: propose a session');
  await page.goto(`${base}/c/riverbend/events/2`);
  await page.locator('#f-overall-overall').selectOption('5');
  await page.locator('form[action$="/events/2/feedback"] button[type=submit]').click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Gracias por tu opinión.').isVisible(), 'no JavaScript: give a view of the whole event');
  // Giving up a reading shift is a plain form too.
  await page.goto(`${base}/c/riverbend/i/peer-mentoring-and-buddying-at-harbor-view/roles/1`);
  await page.locator('form[action$="/cancel"] button[type=submit]').first().click();
  await page.waitForLoadState('load');
  expect(await page.locator('.flash').count() === 1, 'no JavaScript: give up a shift');
  // Answering a survey from its link is a plain form too (with the page in Spanish).
  await page.goto(demo.surveyLinks[2]);
  await page.locator('#f-q0-5').check();
  await page.getByRole('button', { name: 'Enviar mis respuestas' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Gracias: sus respuestas están registradas.').first().isVisible(), 'no JavaScript: answer a survey');
  await page.goto(demo.familyLink);
  await page.getByRole('button', { name: 'Unirme' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Ya es miembro de esta comunidad.').isVisible(), 'no JavaScript: an invitation for someone already a member changes nothing');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await page.waitForLoadState('load');
  expect(await page.getByText('Ha cerrado la sesión.').isVisible(), 'no JavaScript: log out');
  await context.close();
}

const sink = await startSink();
const demo = await startDemo(sink.url);
console.log(`demo at ${demo.url}`);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  await newcomerJourney(browser, demo);
  await seedModelJourney(browser, demo);
  await ideasJourney(browser, demo, sink);
  await decideJourney(browser, demo);
  await conversationJourney(browser, demo);
  await selectionJourney(browser, demo);
  await councilJourney(browser, demo);
  await eventsJourney(browser, demo);
  await surveysJourney(browser, demo);
  await recoveryJourney(browser, demo, sink);
  await everyPage(browser, demo);
  await withoutJavaScript(browser, demo);
} catch (error) {
  fail(`the journey stopped: ${error.stack || error}`);
} finally {
  await browser.close();
  demo.child.kill('SIGTERM');
  sink.child.kill('SIGTERM');
}
const widest = widths.filter((w) => w.width === 375).sort((a, b) => b.scroll - a.scroll).slice(0, 5);
console.log(`\nwidest at 375 px: ${widest.map((w) => `${w.label} ${w.scroll}`).join('; ')}`);
console.log(`${pagesChecked} pages checked with axe-core at desktop and 375 px, and for overflow at 375 and 320 px; ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
