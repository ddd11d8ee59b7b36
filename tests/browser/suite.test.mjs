// End-to-end browser suite for userled: headless Chromium (Debian's package) driven by
// playwright-core against the real server on loopback, with axe-core for accessibility.
//
// Run it through `bash tests/browser/run.sh`, which builds and starts the server. Run alone, it
// needs USERLED_URL (the server's base URL) and USERLED_PASSWORD (the moderator's password;
// USERLED_USERNAME defaults to "moderator").
//
// The tests share one browser, each in its own browser context. Tests 3 and 4 follow one
// submission from the public form to publication; every other test makes what it needs itself
// (memoised), so any test can run alone with --test-name-pattern.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const BASE = (process.env.USERLED_URL ?? '').replace(/\/+$/, '');
const USERNAME = process.env.USERLED_USERNAME || 'moderator';
const PASSWORD = process.env.USERLED_PASSWORD ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SHOTS_DIR = process.env.SCREENSHOT_DIR || path.join(here, 'screenshots');
const REPORTS_DIR = path.join(here, 'reports');
const AXE_PATH = require.resolve('axe-core/axe.min.js');

const WIDTHS = [390, 1280];
const HEIGHTS = { 390: 844, 1280: 800 };
const ACTION_TIMEOUT = 15_000;
const NAVIGATION_TIMEOUT = 30_000;
const STAMP = Date.now();

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** @type {import('playwright-core').Browser} */
let browser;

function log(line) {
  console.log(line);
}

// ---------------------------------------------------------------------------------------------
// Helpers

async function newContext(options = {}) {
  const context = await browser.newContext({
    baseURL: BASE,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
  return context;
}

/** Runs `body` with a fresh context, closing it whatever happens. */
async function withContext(options, body) {
  const context = await newContext(options);
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}

function pathOf(page) {
  const url = new URL(page.url());
  return url.pathname;
}

/** Opens `url` and waits for the load event; checks the status of the final response. */
async function go(page, url, expectedStatus = 200) {
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.ok(response, `no response for ${url}`);
  // A revalidated page (ETag, 304) is the same page as a 200.
  const status = response.status() === 304 ? 200 : response.status();
  assert.equal(status, expectedStatus, `GET ${url} answered ${response.status()}, expected ${expectedStatus}`);
  return response;
}

/** Clicks something that navigates (a link, a submit button) and waits for the new page's load. */
async function clickAndWait(page, locator) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    locator.click(),
  ]);
  assert.ok(response, `no response after clicking ${locator}`);
  return response;
}

/** The number in the results' status line, "14 organisations matching “harm”". */
async function resultCount(page) {
  const text = (await page.locator('[role="status"]').innerText()).trim();
  const match = text.match(/^(\d+) organisations?\b/);
  assert.ok(match, `unexpected result count line: ${JSON.stringify(text)}`);
  return Number(match[1]);
}

function searchButton(page) {
  return page.locator('form.search').getByRole('button', { name: 'Search', exact: true });
}

async function search(page, words) {
  await go(page, '/organisations');
  await page.locator('#q').fill(words);
  const response = await clickAndWait(page, searchButton(page));
  assert.equal(response.status(), 200);
  assert.equal(pathOf(page), '/organisations');
  assert.equal(new URL(page.url()).searchParams.get('q'), words);
}

function sendButton(page) {
  return page.locator('form.record-form').getByRole('button', { name: 'Send for review' });
}

const VALID = {
  description:
    'A peer-run harm reduction collective created by the browser suite: it runs drop-in sessions and hands out safer-use kits.',
  degreeNote: 'Founded and run by people who use drugs, according to its own pages.',
  sourceUrl: 'https://example.org/browser-suite',
  sourceTitle: 'Browser suite source page',
};

/** Fills every required field of the public form except the name (when `name` is undefined). */
async function fillSubmission(page, name) {
  if (name !== undefined) await page.locator('#f-name').fill(name);
  await page.locator('#f-description').fill(VALID.description);
  await page.locator('#f-categories-harm_reduction').check();
  await page.locator('#f-user_led_degree-user_led').check();
  await page.locator('#f-degree_note').fill(VALID.degreeNote);
  await page.locator('#f-sources-0-url').fill(VALID.sourceUrl);
  await page.locator('#f-sources-0-title').fill(VALID.sourceTitle);
}

/**
 * Sends a valid form and follows it to the received page. When the site lists similar names
 * first, confirms the organisation is a different one and sends again. Returns the reference.
 */
async function sendValid(page) {
  let response = await clickAndWait(page, sendButton(page));
  if (pathOf(page) === '/submit' && response.status() === 200 && (await page.locator('#f-confirm_new').count()) > 0) {
    log('    the form listed organisations with similar names; confirming this one is different');
    await page.locator('#f-confirm_new').check();
    response = await clickAndWait(page, sendButton(page));
  }
  assert.equal(response.status(), 200, `the received page answered ${response.status()} at ${page.url()}`);
  const match = pathOf(page).match(/^\/submit\/received\/(UL-[0-9A-Z]{4}-[0-9A-Z]{4})$/);
  assert.ok(match, `expected /submit/received/UL-XXXX-XXXX, got ${page.url()}`);
  const reference = (await page.locator('.reference').innerText()).trim();
  assert.equal(reference, match[1], 'the page shows the reference in its address');
  return reference;
}

async function signIn(context) {
  const page = await context.newPage();
  try {
    await go(page, '/admin/sign-in');
    await page.locator('#f-username').fill(USERNAME);
    await page.locator('#f-password').fill(PASSWORD);
    const response = await clickAndWait(page, page.locator('form[action="/admin/sign-in"] button[type="submit"]'));
    assert.equal(pathOf(page), '/admin', `signing in as ${USERNAME} did not lead to the queue (now at ${page.url()}, status ${response.status()})`);
    assert.equal(response.status(), 200);
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Shared records, made once per run (by the tests that exercise them, or on demand)

const made = {
  /** @type {{name: string, reference: string} | null} the submission of test 3 */
  submitted: null,
  /** @type {{name: string, reference: string, slug: string} | null} published by test 4 */
  published: null,
  /** @type {{name: string, reference: string} | null} left pending, for the review pages */
  pending: null,
  /** @type {string | null} the reference of a request about an entry, left open */
  entryRequest: null,
};

async function submitThroughForm(name) {
  return withContext({}, async (context) => {
    const page = await context.newPage();
    await go(page, '/submit');
    await fillSubmission(page, name);
    return { name, reference: await sendValid(page) };
  });
}

async function ensureSubmitted() {
  made.submitted ??= await submitThroughForm(`Browser Suite Collective ${STAMP}`);
  return made.submitted;
}

async function approve(submission) {
  return withContext({}, async (context) => {
    await signIn(context);
    const page = await context.newPage();
    await go(page, '/admin');
    const link = page.locator('.queue tbody td a', { hasText: submission.reference });
    assert.equal(await link.count(), 1, `the queue lists ${submission.reference} once`);
    await clickAndWait(page, link);
    assert.equal(pathOf(page), `/admin/submissions/${submission.reference}`);
    await assert.doesNotReject(page.locator('h1', { hasText: submission.name }).waitFor());
    const button = page.locator('form[action$="/approve"]').getByRole('button', { name: 'Approve and publish' });
    const response = await clickAndWait(page, button);
    assert.equal(response.status(), 200, `approving answered ${response.status()} at ${page.url()}`);
    const match = pathOf(page).match(/^\/organisations\/([a-z0-9-]+)$/);
    assert.ok(match, `approval should lead to the organisation page, not ${page.url()}`);
    assert.equal((await page.locator('h1').innerText()).trim(), submission.name);
    return { ...submission, slug: match[1] };
  });
}

async function ensurePublished() {
  made.published ??= await approve(await ensureSubmitted());
  return made.published;
}

async function ensurePending() {
  made.pending ??= await submitThroughForm(`Browser Suite Pending Group ${STAMP}`);
  return made.pending;
}

/** A request about the entry `slug`, sent through its form as a person would; its reference. */
async function ensureEntryRequest(slug) {
  made.entryRequest ??= await withContext({}, async (context) => {
    const page = await context.newPage();
    await go(page, `/organisations/${slug}/request`);
    await page.locator('#f-kind-change').check();
    await page.locator('#f-reason').fill(`Browser suite request ${STAMP}`);
    await clickAndWait(page, page.locator('form.request-form button[type=submit]'));
    const match = pathOf(page).match(/^\/requests\/(UL-[0-9A-Z]{4}-[0-9A-Z]{4})$/);
    assert.ok(match, `a request should lead to its reference page, not ${page.url()}`);
    return match[1];
  });
  return made.entryRequest;
}

/** The seed organisation whose page shows the most (aliases, evaluations, figures, events...). */
async function richestOrganisation() {
  const list = await (await fetch(`${BASE}/api/v1/organisations?per_page=100`)).json();
  let best = null;
  for (const item of list.items) {
    const record = await (await fetch(`${BASE}/api/v1/organisations/${item.slug}`)).json();
    const lists = ['aliases', 'evaluations', 'facts', 'events', 'related', 'activities', 'sources', 'user_profiles'];
    const score =
      lists.filter((key) => Array.isArray(record[key]) && record[key].length > 0).length * 100 +
      lists.reduce((sum, key) => sum + (Array.isArray(record[key]) ? record[key].length : 0), 0);
    if (!best || score > best.score) best = { slug: item.slug, score };
  }
  assert.ok(best, 'the registry lists no organisation');
  return best.slug;
}

/**
 * Every page type of the site, with how to open it. `open(page)` navigates and returns the final
 * response; `signedIn` pages need a moderator's session in the context.
 */
async function pageTypes(lang = 'en') {
  const [pending, published, organisation] = [await ensurePending(), await ensurePublished(), await richestOrganisation()];
  const entryRequest = await ensureEntryRequest(organisation);
  const prefix = lang === 'en' ? '' : `/${lang}`;
  const types = [
    { name: 'home', path: '/' },
    { name: 'search-results', path: '/organisations?q=harm', expect: '.result-name a' },
    { name: 'search-no-results', path: '/organisations?q=zzxqvj', expect: '.empty' },
    { name: 'organisation', path: `/organisations/${organisation}`, expect: 'ol.sources a' },
    { name: 'category', path: '/categories/harm_reduction', expect: '.result-name a' },
    { name: 'country', path: '/countries/DE', expect: '.result-name a' },
    { name: 'about', path: '/about' },
    { name: 'api', path: '/api' },
    { name: 'submit', path: '/submit', expect: 'form.record-form' },
    {
      name: 'submit-errors',
      status: 422,
      expect: '.error-summary',
      open: async (page) => {
        await go(page, `${prefix}/submit`);
        return clickAndWait(page, page.locator('form.record-form button[type=submit]').last());
      },
    },
    { name: 'received', path: `/submit/received/${pending.reference}`, expect: '.reference' },
    { name: 'suggest-correction', path: `/organisations/${organisation}/suggest`, expect: 'form.record-form' },
    { name: 'sign-in', path: '/admin/sign-in', expect: '#f-password' },
    { name: 'admin-queue', path: '/admin', signedIn: true, expect: '.queue' },
    { name: 'review', path: `/admin/submissions/${pending.reference}`, signedIn: true, expect: 'form[action$="/approve"]' },
    { name: 'admin-edit', path: `/admin/organisations/${published.slug}/edit`, signedIn: true, expect: 'form.record-form' },
    { name: 'history', path: `/organisations/${published.slug}/history`, expect: '.revision' },
    { name: 'not-found', path: '/no-such-page', status: 404 },
    { name: 'contact', path: '/contact' },
    { name: 'privacy', path: '/privacy', expect: '.cookies' },
    { name: 'accessibility', path: '/accessibility' },
    { name: 'entry-request', path: `/organisations/${organisation}/request`, expect: 'form.request-form' },
    { name: 'entry-request-received', path: `/requests/${entryRequest}`, expect: '.reference' },
    { name: 'entry-request-review', path: `/admin/requests/${entryRequest}`, signedIn: true, expect: 'form[action$="/close"]' },
  ];
  const statistics = await fetch(`${BASE}/statistics`);
  await statistics.arrayBuffer();
  if (statistics.status === 200) {
    types.push({ name: 'statistics', path: '/statistics' });
  } else {
    log(`    skipping /statistics: it answers ${statistics.status}`);
  }
  for (const type of types) {
    if (type.path) type.path = type.path === '/' && prefix ? prefix : `${prefix}${type.path}`;
  }
  return types;
}

/** The interface languages other than English, as their address prefixes. */
const OTHER_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

async function openPageType(page, type) {
  const expected = type.status ?? 200;
  let response;
  if (type.open) {
    response = await type.open(page);
    assert.equal(response.status(), expected, `${type.name} answered ${response.status()}, expected ${expected}`);
  } else {
    response = await go(page, type.path, expected);
  }
  if (type.expect) await page.locator(type.expect).first().waitFor({ state: 'attached' });
  return response;
}

// ---------------------------------------------------------------------------------------------
// axe-core

async function runAxe(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // Content in a closed <details> is one click away: check it too.
    for (const details of document.querySelectorAll('details:not([open])')) details.open = true;
    const results = await window.axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    const brief = (list) =>
      list.map((rule) => ({
        id: rule.id,
        impact: rule.impact,
        help: rule.help,
        helpUrl: rule.helpUrl,
        nodes: rule.nodes.map((node) => ({
          target: node.target.map(String),
          html: node.html,
          failureSummary: node.failureSummary,
        })),
      }));
    return { violations: brief(results.violations), incomplete: brief(results.incomplete) };
  });
}

function describeViolation(where, violation) {
  const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ');
  const more = violation.nodes.length > 3 ? ` (+${violation.nodes.length - 3} more)` : '';
  const first = violation.nodes[0];
  const html = first ? first.html.replace(/\s+/g, ' ').slice(0, 160) : '';
  const why = first?.failureSummary ? first.failureSummary.replace(/\s*\n\s*/g, ' ') : '';
  return (
    `${where}: ${violation.id} [${violation.impact}] ${violation.help} — ${violation.nodes.length} element(s): ${targets}${more}` +
    `\n        first: ${html}\n        why: ${why}\n        rule: ${violation.helpUrl}`
  );
}

// ---------------------------------------------------------------------------------------------
// The suite

describe('userled in a browser', () => {
  before(async () => {
    assert.ok(BASE, 'USERLED_URL must give the server to test, such as http://127.0.0.1:3000 (bash tests/browser/run.sh sets it)');
    assert.ok(PASSWORD, 'USERLED_PASSWORD must give the moderator password');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    log(`# browser: Chromium ${browser.version()}; site: ${BASE}`);
  });

  after(async () => {
    await browser?.close();
  });

  test('1. search, narrow with a facet, widen again', { timeout: 90_000 }, async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await search(page, 'harm');
      const all = await resultCount(page);
      const shown = await page.locator('.result-name a').count();
      assert.ok(all > 1, `searching "harm" should find several organisations, found ${all}`);
      assert.ok(shown > 0 && shown <= all, `${shown} result links for ${all} matches`);
      assert.match(await page.locator('[role="status"]').innerText(), /matching “harm”/);
      log(`    "harm": ${all} organisations`);

      const germany = page
        .locator('aside.facets .facet a')
        .filter({ has: page.locator('.label', { hasText: /^Germany$/ }) });
      assert.equal(await germany.count(), 1, 'the country facets offer Germany once');
      const facetCount = Number((await germany.locator('.count').innerText()).trim());
      assert.equal(await germany.getAttribute('aria-current'), null, 'Germany is not selected yet');
      await clickAndWait(page, germany);
      assert.equal(new URL(page.url()).searchParams.get('country'), 'DE');
      assert.equal(new URL(page.url()).searchParams.get('q'), 'harm');

      const narrowed = await resultCount(page);
      log(`    "harm" in Germany: ${narrowed} organisation(s)`);
      assert.ok(narrowed < all, `narrowing to Germany should drop the count (${narrowed} vs ${all})`);
      assert.ok(narrowed > 0, 'Germany should still have a match');
      assert.equal(narrowed, facetCount, 'the count is the one the facet announced');
      // The first line under each result says where it is; the second, how current it is.
      const metas = await page.locator('.result .meta:not(.currency)').allInnerTexts();
      assert.equal(metas.length, narrowed);
      for (const meta of metas) assert.match(meta, /Germany/, 'every result is in Germany');

      const selected = page
        .locator('aside.facets .facet a.selected')
        .filter({ has: page.locator('.label', { hasText: /^Germany$/ }) });
      assert.equal(await selected.count(), 1, 'the Germany facet is marked selected');
      assert.equal(await selected.getAttribute('aria-current'), 'true');

      await clickAndWait(page, selected);
      assert.equal(new URL(page.url()).searchParams.get('country'), null, 'the country filter is gone');
      assert.equal(await resultCount(page), all, 'widening brings the count back');
      assert.equal(await page.locator('aside.facets .facet a.selected').count(), 0, 'no facet is selected');
    });
  });

  test('2. open an organisation from the results', { timeout: 60_000 }, async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await search(page, 'harm');
      const first = page.locator('.result-name a').first();
      const name = (await first.innerText()).trim();
      const href = await first.getAttribute('href');
      await clickAndWait(page, first);
      assert.equal(pathOf(page), href);
      assert.equal((await page.locator('h1').innerText()).trim(), name);
      const sources = page.locator('ol.sources li a');
      const count = await sources.count();
      assert.ok(count > 0, `${name} lists its sources as links`);
      for (const link of await sources.all()) {
        assert.match(await link.getAttribute('href'), /^https?:\/\//, 'a source links to a web address');
        assert.ok((await link.innerText()).trim().length > 0, 'a source link has text');
      }
      log(`    ${name} (${href}): ${count} source link(s)`);
    });
  });

  test('3. submit a new organisation: an error first, then the fix', { timeout: 90_000 }, async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const name = `Browser Suite Collective ${STAMP}`;
      await go(page, '/submit');
      await fillSubmission(page, undefined);
      const rejected = await clickAndWait(page, sendButton(page));
      assert.equal(rejected.status(), 422, 'a form without a name is refused with 422');
      assert.equal(pathOf(page), '/submit');

      const summary = page.locator('.error-summary');
      await summary.waitFor();
      const summaryLinks = summary.locator('a');
      assert.ok((await summaryLinks.count()) >= 1, 'the summary links to the errors');
      assert.equal(await summary.locator('a[href="#f-name"]').count(), 1, 'the summary links to the name field');
      const nameError = page.locator('#f-name-error');
      assert.ok(await nameError.isVisible(), '#f-name-error is shown');
      log(`    422 with: ${(await summaryLinks.allInnerTexts()).join('; ')}`);
      assert.equal(await page.locator('#f-name').getAttribute('aria-invalid'), 'true');

      // What was typed is kept.
      assert.equal(await page.locator('#f-name').inputValue(), '');
      assert.equal(await page.locator('#f-description').inputValue(), VALID.description);
      assert.equal(await page.locator('#f-degree_note').inputValue(), VALID.degreeNote);
      assert.equal(await page.locator('#f-sources-0-url').inputValue(), VALID.sourceUrl);
      assert.equal(await page.locator('#f-sources-0-title').inputValue(), VALID.sourceTitle);
      assert.ok(await page.locator('#f-categories-harm_reduction').isChecked());
      assert.ok(await page.locator('#f-user_led_degree-user_led').isChecked());

      // The summary's link takes the keyboard to the field.
      await summary.locator('a[href="#f-name"]').click();
      await page.waitForFunction(() => document.activeElement?.id === 'f-name');

      await page.locator('#f-name').fill(name);
      const reference = await sendValid(page);
      made.submitted = { name, reference };
      log(`    received ${reference} for "${name}"`);
    });
  });

  test('4. a moderator approves it; it is published and found', { timeout: 90_000 }, async () => {
    const published = await ensurePublished();
    log(`    approved ${published.reference}: /organisations/${published.slug}`);
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await go(page, `/organisations/${published.slug}`);
      assert.equal((await page.locator('h1').innerText()).trim(), published.name);
      await search(page, published.name);
      const names = (await page.locator('.result-name a').allInnerTexts()).map((text) => text.trim());
      assert.ok(names.includes(published.name), `searching its name finds it (found: ${names.join(', ')})`);
      const link = page.locator('.result-name a', { hasText: published.name });
      assert.equal(await link.getAttribute('href'), `/organisations/${published.slug}`);
    });
  });

  test('5. axe-core finds no violation on any page type', { timeout: 600_000 }, async (t) => {
    const types = await pageTypes();
    const found = [];
    const report = [];
    const anonymous = await newContext({ bypassCSP: true });
    const moderator = await newContext({ bypassCSP: true });
    try {
      await signIn(moderator);
      for (const type of types) {
        for (const width of WIDTHS) {
          await t.test(`axe ${type.name} @ ${width}px`, async () => {
            const page = await (type.signedIn ? moderator : anonymous).newPage();
            try {
              await page.setViewportSize({ width, height: HEIGHTS[width] });
              await openPageType(page, type);
              const { violations, incomplete } = await runAxe(page);
              const where = `${type.name} @ ${width}px (${pathOf(page)})`;
              report.push({ page: type.name, width, url: pathOf(page), violations, incomplete });
              const review = incomplete.length ? `; ${incomplete.length} rule(s) need review: ${incomplete.map((r) => r.id).join(', ')}` : '';
              log(`    axe ${type.name} @ ${width}px: ${violations.length === 0 ? 'ok, no violations' : `${violations.length} VIOLATION(S)`}${review}`);
              for (const violation of violations) {
                found.push(describeViolation(where, violation));
                log(`      ${describeViolation(where, violation)}`);
              }
              assert.equal(violations.length, 0, `axe: ${violations.map((v) => v.id).join(', ')} on ${where} (details above)`);
            } finally {
              await page.close();
            }
          });
        }
      }
    } finally {
      await anonymous.close();
      await moderator.close();
      await mkdir(REPORTS_DIR, { recursive: true });
      await writeFile(path.join(REPORTS_DIR, 'axe.json'), JSON.stringify(report, null, 2));
    }
    if (found.length) {
      log(`# axe: ${found.length} violation(s), details in tests/browser/reports/axe.json:`);
      for (const line of found) log(`#   ${line}`);
    }
    assert.equal(found.length, 0, `axe found ${found.length} violation(s), listed above and in tests/browser/reports/axe.json`);
  });

  test('6. screenshots of every page type at 390 px and 1280 px', { timeout: 600_000 }, async (t) => {
    const types = await pageTypes();
    await mkdir(SHOTS_DIR, { recursive: true });
    for (const file of await readdir(SHOTS_DIR)) {
      if (file.endsWith('.png')) await rm(path.join(SHOTS_DIR, file));
    }
    // The real Content-Security-Policy applies here: the pages look as a visitor sees them.
    const anonymous = await newContext();
    const moderator = await newContext();
    try {
      await signIn(moderator);
      for (const type of types) {
        for (const width of WIDTHS) {
          await t.test(`screenshot ${type.name} @ ${width}px`, async () => {
            const page = await (type.signedIn ? moderator : anonymous).newPage();
            const problems = [];
            page.on('console', (message) => {
              if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
            });
            page.on('pageerror', (error) => problems.push(String(error)));
            try {
              await page.setViewportSize({ width, height: HEIGHTS[width] });
              await openPageType(page, type);
              const file = path.join(SHOTS_DIR, `${type.name}-${width}.png`);
              await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
              const size = await page.evaluate(() => ({
                scroll: document.documentElement.scrollWidth,
                height: document.documentElement.scrollHeight,
                inner: window.innerWidth,
              }));
              log(`    screenshot ${type.name} @ ${width}px -> ${path.relative(process.cwd(), file)} (${size.scroll}x${size.height})`);
              if (size.scroll > size.inner) {
                log(`    WARNING ${type.name} @ ${width}px scrolls sideways: the page is ${size.scroll}px wide`);
              }
              for (const problem of problems) log(`    WARNING ${type.name} @ ${width}px console: ${problem}`);
            } finally {
              await page.close();
            }
          });
        }
      }
    } finally {
      await anonymous.close();
      await moderator.close();
    }
  });

  test('7. axe-core finds no violation on any page type in every other language', { timeout: 900_000 }, async (t) => {
    const found = [];
    const report = [];
    const anonymous = await newContext({ bypassCSP: true });
    const moderator = await newContext({ bypassCSP: true });
    try {
      await signIn(moderator);
      for (const lang of OTHER_LANGUAGES) {
        for (const type of await pageTypes(lang)) {
          await t.test(`axe ${lang} ${type.name} @ 390px`, async () => {
            const page = await (type.signedIn ? moderator : anonymous).newPage();
            try {
              await page.setViewportSize({ width: 390, height: HEIGHTS[390] });
              await openPageType(page, type);
              assert.equal(await page.getAttribute('html', 'lang'), lang, `${type.name}: <html lang>`);
              const { violations, incomplete } = await runAxe(page);
              const where = `${lang} ${type.name} @ 390px (${pathOf(page)})`;
              report.push({ lang, page: type.name, width: 390, url: pathOf(page), violations, incomplete });
              log(`    axe ${lang} ${type.name}: ${violations.length === 0 ? 'ok, no violations' : `${violations.length} VIOLATION(S)`}`);
              for (const violation of violations) {
                found.push(describeViolation(where, violation));
                log(`      ${describeViolation(where, violation)}`);
              }
              assert.equal(violations.length, 0, `axe: ${violations.map((v) => v.id).join(', ')} on ${where} (details above)`);
            } finally {
              await page.close();
            }
          });
        }
      }
    } finally {
      await anonymous.close();
      await moderator.close();
      await mkdir(REPORTS_DIR, { recursive: true });
      await writeFile(path.join(REPORTS_DIR, 'axe-languages.json'), JSON.stringify(report, null, 2));
    }
    assert.equal(found.length, 0, `axe found ${found.length} violation(s) in other languages, listed above and in tests/browser/reports/axe-languages.json`);
  });

  test('8. the home and list pages in German and Polish at 390 px: screenshots, nothing wider than the phone', { timeout: 300_000 }, async (t) => {
    await mkdir(SHOTS_DIR, { recursive: true });
    const context = await newContext();
    try {
      for (const lang of ['de', 'pl']) {
        const pages = [
          { name: 'home', path: `/${lang}` },
          { name: 'search-results', path: `/${lang}/organisations?q=harm+reduction+germany`, expect: '.result-name a' },
          { name: 'organisations', path: `/${lang}/organisations`, expect: '.result-name a' },
        ];
        for (const type of pages) {
          await t.test(`screenshot ${lang} ${type.name} @ 390px`, async () => {
            const page = await context.newPage();
            try {
              await page.setViewportSize({ width: 390, height: HEIGHTS[390] });
              await openPageType(page, type);
              assert.equal(await page.getAttribute('html', 'lang'), lang);
              const file = path.join(SHOTS_DIR, `${lang}-${type.name}-390.png`);
              await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
              const size = await page.evaluate(() => ({
                scroll: document.documentElement.scrollWidth,
                inner: window.innerWidth,
              }));
              log(`    screenshot ${lang} ${type.name} @ 390px -> ${path.relative(process.cwd(), file)}`);
              assert.ok(size.scroll <= size.inner, `${lang} ${type.name} is ${size.scroll}px wide on a ${size.inner}px phone`);
            } finally {
              await page.close();
            }
          });
        }
      }
    } finally {
      await context.close();
    }
  });

  test('10. contact details: typed into the form (a link added without JavaScript), approved, and leading the entry on a phone', { timeout: 300_000 }, async (t) => {
    await mkdir(SHOTS_DIR, { recursive: true });
    const name = `Browser Suite Contact Group ${STAMP}`;
    const submission = await withContext({}, async (context) => {
      const page = await context.newPage();
      await go(page, '/submit');
      await fillSubmission(page, name);
      await page.locator('#f-contact-email').fill('contact@browser-suite.example');
      await page.locator('#f-contact-telephone').fill('+49 561 123 4567');
      await page.locator('#f-contact-address-street').fill('Friedrich-Ebert-Straße 12');
      await page.locator('#f-contact-address-postal_code').fill('34117');
      await page.locator('#f-contact-address-locality').fill('Kassel');
      await page.locator('#f-contact-address-country').selectOption('DE');
      // "Add a link" sends the form back with one row more: no JavaScript, nothing lost.
      const grown = await clickAndWait(page, page.locator('#f-contact_links-add'));
      assert.equal(grown.status(), 200);
      assert.equal(await page.locator('#f-contact-email').inputValue(), 'contact@browser-suite.example');
      await page.locator('#f-contact_links-0-kind').selectOption('messaging');
      await page.locator('#f-contact_links-0-url').fill('t.me/browser_suite_peers');
      await page.locator('#f-contact-meets').selectOption('both');
      await page.locator('#f-contact_languages-de').check();
      await page.locator('#f-contact_languages-tr').check();
      await page.locator('#f-contact-how_to_get_in_touch').fill('Tuesdays 18:00 at the café. Ask for Hatice.');
      return { name, reference: await sendValid(page) };
    });
    const published = await approve(submission);
    for (const lang of ['en', 'de']) {
      await t.test(`${lang} contact block @ 390px`, async () => {
        await withContext({ viewport: { width: 390, height: HEIGHTS[390] }, bypassCSP: true }, async (context) => {
          const page = await context.newPage();
          const prefix = lang === 'en' ? '' : `/${lang}`;
          await go(page, `${prefix}/organisations/${published.slug}`);
          const hrefs = await page.locator('.reach-actions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          assert.deepEqual(hrefs, ['mailto:contact@browser-suite.example', 'tel:+495611234567']);
          assert.equal(await page.locator('.reach-details a[href="https://t.me/browser_suite_peers"]').count(), 1);
          assert.deepEqual(
            await page.locator('.reach-details span[lang]').evaluateAll((spans) => spans.map((s) => s.textContent)),
            ['Deutsch', 'Türkçe'],
          );
          // Above the fold on a phone: the heading and every one-tap way to reach it.
          const fold = HEIGHTS[390];
          const lastAction = await page.locator('.reach-actions li').last().boundingBox();
          assert.ok(lastAction && lastAction.y + lastAction.height <= fold, `the last way to reach it ends at ${lastAction?.y + lastAction?.height}px, below the ${fold}px fold`);
          for (const link of await page.locator('.reach-actions a').all()) {
            const box = await link.boundingBox();
            assert.ok(box && box.height >= 44, `a contact link is ${box?.height}px tall, less than a 44px target`);
          }
          const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
          assert.ok(size.scroll <= size.inner, `the entry is ${size.scroll}px wide on a ${size.inner}px phone`);
          const file = path.join(SHOTS_DIR, `phone-${lang}-contact-390.png`);
          await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
          log(`    ${lang} contact block @ 390px -> ${path.relative(process.cwd(), file)}`);
          const { violations } = await runAxe(page);
          for (const violation of violations) log(describeViolation(`${lang} contact`, violation));
          assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) on the entry with contact details`);
        });
      });
    }
  });

  test('9. the error summary, the review page, history and statistics on a phone, in three languages', { timeout: 600_000 }, async (t) => {
    await mkdir(SHOTS_DIR, { recursive: true });
    const anonymous = await newContext();
    const moderator = await newContext();
    try {
      await signIn(moderator);
      for (const lang of ['en', 'de', 'pl']) {
        const wanted = ['submit-errors', 'review', 'history', 'statistics'];
        const types = (await pageTypes(lang)).filter((type) => wanted.includes(type.name));
        assert.equal(types.length, wanted.length, `page types found in ${lang}`);
        for (const type of types) {
          await t.test(`${lang} ${type.name} @ 390px`, async () => {
            const page = await (type.signedIn ? moderator : anonymous).newPage();
            try {
              await page.setViewportSize({ width: 390, height: HEIGHTS[390] });
              await openPageType(page, type);
              const file = path.join(SHOTS_DIR, `phone-${lang}-${type.name}-390.png`);
              await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
              const size = await page.evaluate(() => ({
                scroll: document.documentElement.scrollWidth,
                inner: window.innerWidth,
              }));
              log(`    ${lang} ${type.name} @ 390px -> ${path.relative(process.cwd(), file)}`);
              assert.ok(size.scroll <= size.inner, `${lang} ${type.name} is ${size.scroll}px wide on a ${size.inner}px phone`);
              if (type.name === 'submit-errors') {
                // Each link of the summary leads to its control, which takes the focus.
                const links = page.locator('.error-summary a');
                assert.ok((await links.count()) > 0, 'the summary lists the errors');
                const target = (await links.first().getAttribute('href')).replace(/^#/, '');
                await links.first().click();
                const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
                assert.equal(focused, target, 'the first link moves the focus to its control');
              }
            } finally {
              await page.close();
            }
          });
        }
      }
    } finally {
      await anonymous.close();
      await moderator.close();
    }
  });
});
