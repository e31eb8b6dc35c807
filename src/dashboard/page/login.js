// The sign-in form: the token goes once to POST /api/session, which answers with a session cookie; then the page loads.
'use strict';
document.getElementById('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('sign-in-error');
  const input = document.getElementById('token');
  error.textContent = '';
  try {
    const res = await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: input.value }), credentials: 'same-origin' });
    if (res.ok) return void location.replace('/');
    const body = await res.json().catch(() => ({}));
    error.textContent = body.error || `sign-in refused (HTTP ${res.status})`;
  } catch (err) {
    error.textContent = `the dashboard does not answer: ${err.message}`;
  }
  input.select();
});
