// The client under development: plain fetch calls to /api/v1, nothing mock-specific.
// It logs in as admin/admin (a login the mock's scenarios have) and keeps the token.
const $ = (id) => document.getElementById(id);
let token = '';

async function api(method, path, body) {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${data.message ?? data.error}`);
  return data;
}

async function showProjects() {
  const { projects } = await api('GET', '/projects?status=active&per_page=100');
  $('projects').replaceChildren(...projects.map((p) => Object.assign(document.createElement('li'), { textContent: p.name })));
  $('timer-project').replaceChildren(...projects.map((p) => Object.assign(document.createElement('option'), { value: p.id, textContent: p.name })));
}

async function showTimer() {
  const { active, timer } = await api('GET', '/timer/status');
  $('timer-status').textContent = active ? `running on ${timer.project} since ${timer.start_time}` : 'no timer';
}

async function run(action) {
  try {
    await action();
    $('status').textContent = 'ready';
  } catch (e) {
    $('status').textContent = e.message;
  }
}

export async function startApp() {
  const res = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin' }) });
  ({ token } = await res.json());
  $('create').addEventListener('submit', (e) => {
    e.preventDefault();
    void run(async () => {
      await api('POST', '/projects', { name: $('project-name').value, client_id: 1 });
      $('project-name').value = '';
      await showProjects();
    });
  });
  $('start-timer').addEventListener('click', () => void run(async () => {
    await api('POST', '/timer/start', { project_id: Number($('timer-project').value) });
    await showTimer();
  }));
  $('stop-timer').addEventListener('click', () => void run(async () => {
    const { time_entry } = await api('POST', '/timer/stop');
    $('timer-status').textContent = `stopped: ${time_entry.duration_seconds} s on ${time_entry.project}`;
  }));
  await run(async () => {
    await showProjects();
    await showTimer();
  });
}
