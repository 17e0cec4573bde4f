// "Exit this page", after the GOV.UK Design System component: one click, or Shift pressed
// three times within 5 seconds, hides the page at once and replaces it with a neutral site.
// location.replace keeps the portal page out of the Back history.
const PRESSES_NEEDED = 3;
const WINDOW_MS = 5000;

let presses = 0;
let timer = null;

function container() {
  return document.querySelector('[data-module="exit-this-page"]');
}

function announce(text) {
  const el = container()?.querySelector('.exit-this-page__indicator');
  if (el) el.textContent = text;
}

function endSession(root) {
  const path = root?.getAttribute('data-session-end');
  if (!path) return;
  try {
    // sendBeacon survives the navigation away; it carries the session cookie.
    navigator.sendBeacon(path);
  } catch (e) {
    // Leaving quickly matters more than ending the session.
  }
}

function exitPage() {
  const root = container();
  const link = root?.querySelector('.exit-this-page__button');
  const target = link?.getAttribute('href') || 'https://www.bbc.co.uk/weather';
  document.documentElement.classList.add('exit-this-page--hide-content');
  const indicator = root?.querySelector('.exit-this-page__indicator');
  announce(indicator?.getAttribute('data-exiting') || '');
  endSession(root);
  window.location.replace(target);
}

function reset(announceTimeout) {
  if (timer) clearTimeout(timer);
  timer = null;
  if (announceTimeout && presses > 0) {
    const indicator = container()?.querySelector('.exit-this-page__indicator');
    announce(indicator?.getAttribute('data-timed-out') || '');
  }
  presses = 0;
}

// A link with role="button" must also answer Space, as GOV.UK Frontend's button module does.
function isSpaceOnButton(event) {
  return (event.key === ' ' || event.key === 'Spacebar')
    && event.target instanceof Element
    && event.target.matches('.exit-this-page__button[role="button"]');
}

function onKeyDown(event) {
  if (!container()) return;
  if (isSpaceOnButton(event)) {
    event.preventDefault();
    event.target.click();
    return;
  }
  if (event.key !== 'Shift' || event.repeat) {
    // Any other key breaks the sequence, as in GOV.UK Frontend.
    if (event.key !== 'Shift') reset(false);
    return;
  }
  presses += 1;
  const indicator = container().querySelector('.exit-this-page__indicator');
  if (presses >= PRESSES_NEEDED) {
    reset(false);
    exitPage();
    return;
  }
  announce(indicator?.getAttribute(presses === 1 ? 'data-pressed-once' : 'data-pressed-twice') || '');
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => reset(true), WINDOW_MS);
}

function onClick(event) {
  const link = event.target instanceof Element ? event.target.closest('.exit-this-page__button') : null;
  if (!link) return;
  event.preventDefault();
  exitPage();
}

// When the page comes back from the back/forward cache, show it again.
function onPageShow(event) {
  if (event.persisted) document.documentElement.classList.remove('exit-this-page--hide-content');
}

if (!window.__exitThisPageInstalled) {
  window.__exitThisPageInstalled = true;
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('click', onClick, true);
  window.addEventListener('pageshow', onPageShow);
}
