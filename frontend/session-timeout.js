// Warns before an idle session is closed (WCAG 2.2.1 Timing Adjustable). The server closes
// sessions after a period with no real requests (heartbeats do not count), so the timer is
// re-armed on every Vaadin request this page makes, and "Stay signed in" makes one.
const state = { warnAfterMs: 0, expireAfterMs: 0, warnTimer: null, expireTimer: null, host: null };

function dialog() {
  return state.host?.querySelector('dialog.session-timeout');
}

function arm() {
  clearTimeout(state.warnTimer);
  clearTimeout(state.expireTimer);
  if (!state.host) return;
  state.warnTimer = setTimeout(showWarning, state.warnAfterMs);
  state.expireTimer = setTimeout(expired, state.expireAfterMs);
}

function showWarning() {
  const d = dialog();
  if (d && !d.open) d.showModal();
}

function expired() {
  const target = state.host?.getAttribute('data-expired-url') || '/';
  window.location.assign(target);
}

function isVaadinRequest(url) {
  return typeof url === 'string' && url.includes('v-r=uidl');
}

function watchRequests() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (isVaadinRequest(String(url))) arm();
    return open.call(this, method, url, ...rest);
  };
  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const url = typeof input === 'string' ? input : input?.url;
    if (isVaadinRequest(url)) arm();
    return originalFetch.call(this, input, init);
  };
}

window.portalSessionTimeout = {
  start(host, warnAfterSeconds, expireAfterSeconds) {
    state.host = host;
    state.warnAfterMs = warnAfterSeconds * 1000;
    state.expireAfterMs = expireAfterSeconds * 1000;
    const d = dialog();
    d?.querySelector('.session-timeout__stay')?.addEventListener('click', () => {
      d.close();
      host.$server.stayActive();
    });
    if (!window.__portalRequestsWatched) {
      window.__portalRequestsWatched = true;
      watchRequests();
    }
    arm();
  },
};
