let last = 0;
const chat = document.getElementById('chat');
const persona = document.getElementById('persona');
const status = document.getElementById('status');

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderFlex(node) {
  if (!node) return el('span');
  switch (node.type) {
    case 'carousel': { const d = el('div', 'col'); (node.contents || []).forEach(b => d.appendChild(renderFlex(b))); return d; }
    case 'bubble': { const d = el('div', 'col');
      ['header', 'hero', 'body', 'footer'].forEach(k => node[k] && d.appendChild(renderFlex(node[k]))); return d; }
    case 'box': { const d = el('div', node.layout === 'horizontal' || node.layout === 'baseline' ? 'row' : 'col');
      (node.contents || []).forEach(c => d.appendChild(renderFlex(c))); return d; }
    case 'text': { const s = el('span', null, node.text || '');
      if (node.weight === 'bold') s.style.fontWeight = 'bold';
      if (node.color) s.style.color = node.color;
      if (node.align === 'end') s.style.textAlign = 'right';
      if (node.size === 'xxs' || node.size === 'xs') s.style.fontSize = '.75rem';
      return s; }
    case 'separator': return el('hr');
    default: return el('span');
  }
}

function show(line) {
  const me = line.from === 'member' && line.userId === persona.value;
  const box = el('div', 'msg ' + (me ? 'me' : line.from));
  box.appendChild(el('div', 'who', line.name || ''));
  if (line.message && line.message.type === 'flex') {
    const f = el('div', 'flex');
    f.appendChild(renderFlex(line.message.contents));
    box.appendChild(f);
  } else {
    box.appendChild(el('div', 'bubble', line.text));
  }
  // Quick-reply buttons, as LINE for iOS and Android shows them (LINE for PC shows none: typing does the same).
  const items = line.message && line.message.quickReply ? line.message.quickReply.items : null;
  if (items) {
    const row = el('div', 'quick');
    items.filter(i => i.action && i.action.type === 'postback').forEach(i => {
      const b = el('button', null, i.action.label);
      b.type = 'button';
      b.onclick = () => tap(i.action);
      row.appendChild(b);
    });
    box.appendChild(row);
  }
  chat.appendChild(box);
  chat.scrollTop = chat.scrollHeight;
}

async function tap(action) {
  const r = await fetch('/simulator/tap', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: persona.value, data: action.data, label: action.displayText || action.label }) });
  const body = await r.json();
  status.textContent = r.ok ? 'แตะปุ่มแล้ว (webhook ' + body.callbackStatus + ')' : (body.error || 'ส่งไม่สำเร็จ');
  poll();
}

async function poll() {
  try {
    const r = await fetch('/simulator/messages?after=' + last);
    const lines = await r.json();
    lines.forEach(l => { show(l); last = Math.max(last, l.seq); });
  } catch (e) { status.textContent = 'ติดต่อบอทไม่ได้ (bot unreachable)'; }
}

async function start() {
  const setup = await (await fetch('/simulator/setup')).json();
  document.getElementById('group').textContent = setup.groupName + ' · ' + setup.district;
  if (setup.adminTokenHint) {
    document.getElementById('token-hint').textContent = ' รหัสผู้ดูแล (admin token): ' + setup.adminTokenHint;
  }
  setup.personas.forEach(p => { const o = el('option', null, p.name); o.value = p.userId; persona.appendChild(o); });
  persona.value = localStorage.getItem('persona') || persona.value;
  persona.onchange = () => localStorage.setItem('persona', persona.value);
  await poll();
  if (last === 0) await fetch('/simulator/join', { method: 'POST' });
  setInterval(poll, 700);
}

document.getElementById('send').onsubmit = async ev => {
  ev.preventDefault();
  const text = document.getElementById('text').value;
  if (!text.trim()) return;
  const r = await fetch('/simulator/say', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: persona.value, text }) });
  const body = await r.json();
  status.textContent = r.ok ? 'ส่งแล้ว (webhook ' + body.callbackStatus + ')' : (body.error || 'ส่งไม่สำเร็จ');
  document.getElementById('text').value = '';
  poll();
};
document.getElementById('text').addEventListener('keydown', e => {
  if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); document.getElementById('send').requestSubmit(); }
});
start();
