// Program health dashboard: plain JavaScript under a strict CSP (no inline code or styles, no CDN).
// The page is public; the figures need a bearer token, kept in sessionStorage for this tab. It comes from
// the company's OpenID provider (authorization code flow with PKCE, a public client: no secret in the
// page), or for service accounts and scripts from the URL fragment (#token=...) or the paste box.
'use strict';

const TOKEN_KEY = 'pairwise.analytics.token';
const SIGN_IN_KEY = 'pairwise.analytics.sign-in';
const API = '/api/v1/analytics';
const SVG = 'http://www.w3.org/2000/svg';
let refreshSeconds = 5;

const TILES = [
  ['mentors', o => o.enrollment.mentors, 'count'],
  ['mentees', o => o.enrollment.mentees, 'count'],
  ['waitlist', o => o.enrollment.waitlist, 'count'],
  ['match-rate', o => o.matching.matchRate, 'percent'],
  ['time-to-match', o => o.matching.timeToMatchMedianDays, 'days'],
  ['acceptance-rate', o => o.matching.proposalAcceptanceRate, 'percent'],
  ['time-to-first-session', o => o.matching.timeToFirstSessionMedianDays, 'days'],
  ['active', o => o.mentorships.active, 'count'],
  ['completed', o => o.mentorships.completed, 'count'],
  ['ended-early', o => o.mentorships.endedEarly, 'count'],
  ['sessions-held', o => o.sessions.held, 'count'],
  ['sessions-per-month', o => o.sessions.heldPerActiveMentorshipPerMonth, 'number'],
  ['cadence-adherence', o => o.sessions.cadenceAdherence, 'percent'],
  ['average-rating', o => o.sessions.averageRating, 'number'],
  ['goal-completion', o => o.sessions.goalCompletion, 'percent'],
  ['mentor-load', o => o.mentorLoad.averageMenteesPerMentor, 'number'],
  ['cross-department', o => o.connections.crossDepartment, 'count'],
  ['at-risk', o => o.atRisk, 'count'],
];

function takeTokenFromFragment() {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    // keep the token out of the address bar and the history
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

// --- sign-in at the OpenID provider ---------------------------------------------------------------------

async function signInSettings() {
  const response = await fetch('sign-in.json', { headers: { 'Accept': 'application/json' } });
  return response.ok ? response.json() : {};
}

async function providerConfiguration(issuer) {
  const response = await fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration');
  if (!response.ok) {
    throw new Error('the sign-in service answered ' + response.status);
  }
  return response.json();
}

function randomText() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function redirectUri() {
  return window.location.origin + window.location.pathname;
}

async function beginSignIn(settings) {
  const provider = await providerConfiguration(settings.issuer);
  const attempt = { verifier: randomText(), state: randomText(), search: window.location.search };
  sessionStorage.setItem(SIGN_IN_KEY, JSON.stringify(attempt));
  const challenge = base64Url(new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(attempt.verifier))));
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri(), scope: settings.scope,
    state: attempt.state, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

// Back from the provider with ?code=&state= (or ?error=): exchange the code, restore the address.
async function finishSignIn(settings) {
  const query = new URLSearchParams(window.location.search);
  if (!query.has('code') && !query.has('error')) {
    return;
  }
  const attempt = JSON.parse(sessionStorage.getItem(SIGN_IN_KEY) || '{}');
  sessionStorage.removeItem(SIGN_IN_KEY);
  history.replaceState(null, '', window.location.pathname + (attempt.search || ''));
  if (query.has('error') || !attempt.state || query.get('state') !== attempt.state || !settings.issuer) {
    throw new Error(query.get('error') || 'the sign-in answer does not belong to this tab');
  }
  const provider = await providerConfiguration(settings.issuer);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
      client_id: settings.clientId, code_verifier: attempt.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('the sign-in service refused the code (' + response.status + ')');
  }
  sessionStorage.setItem(TOKEN_KEY, (await response.json()).access_token);
}

async function api(path) {
  const response = await fetch(API + path, { headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'application/json' } });
  if (!response.ok) {
    const error = new Error(path + ' answered ' + response.status);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function format(figure, kind) {
  if (!figure || figure.suppressed) {
    return 'suppressed';
  }
  if (figure.value === null || figure.value === undefined) {
    return '–';
  }
  switch (kind) {
    case 'percent': return (figure.value * 100).toFixed(1) + ' %';
    case 'days': return figure.value.toFixed(1) + ' d';
    case 'number': return figure.value.toFixed(2);
    default: return String(Math.round(figure.value));
  }
}

function el(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

function renderTiles(overview) {
  TILES.forEach(([id, pick, kind]) => {
    const value = document.querySelector('#tile-' + id + ' .value');
    const figure = pick(overview);
    value.textContent = format(figure, kind);
    value.classList.toggle('suppressed', !figure || figure.suppressed);
    value.title = figure && figure.suppressed ? 'Fewer than five people: suppressed' : '';
  });
}

function renderFunnel(overview) {
  const svg = document.getElementById('funnel');
  clear(svg);
  const stages = overview.funnel;
  const max = Math.max(1, ...stages.map(s => s.mentees.value || 0));
  stages.forEach((stage, i) => {
    const y = 10 + i * 36;
    const width = stage.mentees.suppressed ? 0 : Math.round(400 * (stage.mentees.value || 0) / max);
    svg.appendChild(el('text', { x: 0, y: y + 18 }, stage.stage.replace(/_/g, ' ').toLowerCase()));
    svg.appendChild(el('rect', { x: 150, y: y, width: width, height: 26, fill: '#457b9d' }));
    svg.appendChild(el('text', { x: 160 + width, y: y + 18, 'class': 'funnel-value', 'data-stage': stage.stage },
      format(stage.mentees, 'count')));
  });
}

function renderSeries(weeks) {
  const svg = document.getElementById('series');
  clear(svg);
  const left = 40, top = 10, width = 580, height = 180;
  const values = weeks.flatMap(w => [w.matches.value || 0, w.sessionsHeld.value || 0]);
  const max = Math.max(1, ...values);
  svg.appendChild(el('line', { x1: left, y1: top + height, x2: left + width, y2: top + height, stroke: '#9aa0ad' }));
  svg.appendChild(el('text', { x: 0, y: top + 10 }, String(max)));
  svg.appendChild(el('text', { x: 0, y: top + height }, '0'));
  const step = weeks.length > 1 ? width / (weeks.length - 1) : 0;
  [['matches', '#457b9d'], ['sessionsHeld', '#e76f51']].forEach(([key, colour]) => {
    const points = weeks.map((w, i) => {
      const v = w[key].suppressed ? 0 : (w[key].value || 0);
      return (left + i * step).toFixed(1) + ',' + (top + height - height * v / max).toFixed(1);
    });
    svg.appendChild(el('polyline', { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2,
      'data-series': key }));
  });
  weeks.forEach((w, i) => {
    if (i % 2 === 0 || weeks.length < 8) {
      svg.appendChild(el('text', { x: left + i * step - 18, y: top + height + 16 }, w.week.substring(5)));
    }
  });
}

function renderSkills(skills) {
  const svg = document.getElementById('skills');
  clear(svg);
  const shown = skills.slice(0, 10);
  const max = Math.max(1, ...shown.flatMap(s => [s.mentors.value || 0, s.mentees.value || 0]));
  svg.setAttribute('viewBox', '0 0 640 ' + Math.max(40, shown.length * 40 + 10));
  shown.forEach((skill, i) => {
    const y = 5 + i * 40;
    svg.appendChild(el('text', { x: 0, y: y + 20 }, skill.skill));
    [['mentors', '#457b9d', 0], ['mentees', '#e76f51', 16]].forEach(([key, colour, dy]) => {
      const figure = skill[key];
      const width = figure.suppressed ? 0 : Math.round(380 * (figure.value || 0) / max);
      svg.appendChild(el('rect', { x: 150, y: y + dy, width: width, height: 14, fill: colour }));
      svg.appendChild(el('text', { x: 156 + width, y: y + dy + 12, 'class': 'skill-value',
        'data-skill': skill.skill, 'data-side': key }, format(figure, 'count')));
    });
  });
}

function renderAtRisk(items, note) {
  const body = document.querySelector('#at-risk tbody');
  clear(body);
  document.getElementById('at-risk-note').textContent = note || '';
  (items || []).forEach(item => {
    const row = document.createElement('tr');
    row.dataset.mentorship = item.mentorshipId;
    [item.mentorshipId + (item.subject === 'PROPOSAL' ? ' (proposal)' : ''), item.mentorIds.join(', '),
      item.menteeIds.join(', '), item.reasons.map(r => r.code + ': ' + r.detail).join('; ')].forEach(text => {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.appendChild(cell);
    });
    body.appendChild(row);
  });
}

async function loadPrograms() {
  const select = document.getElementById('program');
  const programs = await api('/programs');
  const selected = select.value;
  while (select.options.length > 1) {
    select.remove(1);
  }
  programs.forEach(p => select.add(new Option(p.name, p.programId)));
  select.value = programs.some(p => p.programId === selected) ? selected : '';
}

async function refresh() {
  if (!token()) {
    return;
  }
  const program = document.getElementById('program').value;
  const scope = program ? '/programs/' + encodeURIComponent(program) : '';
  try {
    const [overview, weeks, skills] = await Promise.all([api(scope + '/overview'), api(scope + '/time-series'),
      api(scope + '/skills')]);
    renderTiles(overview);
    renderFunnel(overview);
    renderSeries(weeks);
    renderSkills(skills);
    if (!program) {
      renderAtRisk([], 'Pick a program to see its at-risk mentorships.');
    } else {
      try {
        renderAtRisk(await api(scope + '/at-risk'), '');
      } catch (e) {
        renderAtRisk([], e.status === 403 ? 'Only the program\'s owners see its at-risk list.' : 'Not available.');
      }
    }
    document.getElementById('updated').textContent = new Date().toLocaleTimeString();
    setStatus('Live, every ' + refreshSeconds + ' s');
  } catch (e) {
    setStatus(e.status === 401 ? 'Signed out: the token was refused or has expired' : 'Update failed: ' + e.message);
    if (e.status === 401) {
      showSignIn();
    }
  }
}

function setStatus(text) {
  document.getElementById('status').textContent = text;
}

function showSignIn() {
  document.getElementById('sign-in').hidden = false;
  document.getElementById('dashboard').hidden = true;
}

async function start() {
  document.getElementById('sign-in').hidden = true;
  document.getElementById('dashboard').hidden = false;
  try {
    await loadPrograms();
  } catch (e) {
    setStatus(e.status === 401 ? 'Signed out: the token was refused or has expired' : 'Programs not available');
    if (e.status === 401) {
      showSignIn();
      return;
    }
  }
  await refresh();
}

document.addEventListener('DOMContentLoaded', async () => {
  takeTokenFromFragment();
  document.getElementById('token-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token-input').value.trim());
    start();
  });
  document.getElementById('program').addEventListener('change', refresh);
  let settings = {};
  try {
    settings = await signInSettings();
    await finishSignIn(settings);
  } catch (e) {
    setStatus('Sign-in failed: ' + e.message);
  }
  const button = document.getElementById('sign-in-button');
  button.hidden = !settings.issuer;
  button.addEventListener('click', () => beginSignIn(settings).catch(e => setStatus('Sign-in failed: ' + e.message)));
  refreshSeconds = Math.max(1, Number(new URLSearchParams(window.location.search).get('refresh')) || 5);
  if (token()) {
    start();
  } else {
    showSignIn();
  }
  window.setInterval(refresh, refreshSeconds * 1000);
});
