// The answer box of an anonymous question: a character count (as GOV.UK's character count) and a
// gentle hint when the words look like they hold something that could identify the writer: a name,
// a phone number, an email address, a postcode, a street address or a date of birth.
// Everything here runs in the browser: nothing is sent to the portal while someone types.
// The texts come from data- attributes the page sets, so they stay in the message bundle.

const UNAMBIGUOUS_STREETS = 'street|road|avenue|lane|crescent|gardens|terrace|mews|boulevard';
const CAPITALISED_STREETS = 'Close|Drive|Way|Court|Place|Square|Grove|Row|Rise|Walk|Hill|Park|St|Rd|Ave|Ln';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?'
  + '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** What each kind of detail looks like. Kept loose on purpose: a hint too many beats one too few. */
const PATTERNS = {
  name: [
    /\bmy name(?:'s| is)\b/i,
    /\b(?:i am|i'm|im) called\b/i,
    /\bcall me [A-Z][a-z]/,
    /\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Mm]x|[Dd]r)\.?\s+[A-Z][A-Za-z'-]+/,
  ],
  phone: [
    // 07700 900123, 020 7946 0018, (020) 7946 0018, +44 7700 900123, +44 (0)20 7946 0018
    /(?:\+\s*44\s*(?:\(\s*0\s*\))?|\(?\b0)\s*\d(?:[\s\-()]*\d){8,9}(?!\d)/,
  ],
  email: [
    /[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}/,
  ],
  postcode: [
    // SE1 7AA, E16 1ZE, SW1A 1AA, w1a0ax
    /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/i,
  ],
  address: [
    new RegExp(`\\b\\d+[a-z]?,?\\s+(?:[A-Za-z'\\-]+\\s+){1,3}(?:${UNAMBIGUOUS_STREETS})\\b`, 'i'),
    new RegExp(`\\b\\d+[a-z]?,?\\s+(?:[A-Z][A-Za-z'\\-]*\\s+){1,3}(?:${CAPITALISED_STREETS})\\b`),
  ],
  birth: [
    // 12/03/1985, 12-3-85, 12.03.1985
    /\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b/,
    new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\s+(?:19|20)\\d{2}\\b`, 'i'),
    /\bborn (?:on|in)\b/i,
    /\b(?:date of birth|d\.o\.b\.?|dob|my birthday)\b/i,
  ],
};

/** The kinds of detail the text seems to hold, in a fixed order. */
function find(text) {
  const value = String(text || '');
  return Object.keys(PATTERNS).filter(kind => PATTERNS[kind].some(pattern => pattern.test(value)));
}

function format(template, value) {
  return String(template || '').replace('{0}', value);
}

/** "a phone number", "a phone number and an email address", "a name, a phone number and a postcode". */
function list(words, and) {
  if (words.length <= 1) return words.join('');
  return words.slice(0, -1).join(', ') + ' ' + and + ' ' + words[words.length - 1];
}

function textOf(host) {
  const area = host.querySelector('textarea');
  return area ? area.value : (host.value || '');
}

const timers = new WeakMap();

function update(host) {
  const text = textOf(host);
  const hint = document.getElementById(host.getAttribute('data-hint-id'));
  if (hint) {
    const kinds = find(text);
    const words = kinds.map(kind => hint.getAttribute('data-' + kind)).filter(Boolean);
    const message = words.length === 0 ? '' : format(hint.getAttribute('data-message'), list(words, hint.getAttribute('data-and')));
    const shown = hint.querySelector('p');
    if (message === '') {
      if (shown) shown.remove();
    } else if (!shown || shown.textContent !== message) {
      const p = shown || document.createElement('p');
      p.className = 'voice-hint__text';
      p.textContent = message;
      if (!shown) hint.appendChild(p);
    }
    hint.setAttribute('data-kinds', kinds.join(' '));
  }
  const count = document.getElementById(host.getAttribute('data-count-id'));
  const max = Number(host.getAttribute('data-max-length'));
  if (count && max > 0) {
    const left = max - [...text].length;
    const key = left >= 0 ? 'data-remaining' : 'data-too-many';
    const message = format(count.getAttribute(key), Math.abs(left).toLocaleString('en-GB'));
    count.textContent = message;
    count.classList.toggle('voice-count--over', left < 0);
    // Screen readers hear the count once typing pauses, not at every key.
    const spoken = document.getElementById(host.getAttribute('data-count-spoken-id'));
    if (spoken) {
      clearTimeout(timers.get(host));
      timers.set(host, setTimeout(() => { spoken.textContent = message; }, 1000));
    }
  }
}

function hostOf(event) {
  return event.composedPath().find(el => el instanceof Element && el.hasAttribute('data-voice-answer'));
}

function onInput(event) {
  const host = hostOf(event);
  if (host) update(host);
}

if (!window.portalVoiceAnswer) {
  window.portalVoiceAnswer = { find, update };
  document.addEventListener('input', onInput, true);
}
