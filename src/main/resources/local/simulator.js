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

// Flex messages as LINE draws them (flex.css holds the shared rules). Pixel values are those of LINE's Flex Message
// Simulator: text sizes, bubble widths per size, each size's block padding, and the spacing keywords.
const FX = {
  textPx: { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 },
  spacePx: { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 },
  borderPx: { none: 0, light: 0.5, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 },
  imagePx: { xxs: 40, xs: 60, sm: 80, md: 100, lg: 120, xl: 140, xxl: 160, '3xl': 180, '4xl': 200, '5xl': 220 },
  // Each bubble size: its width, corner radius, the padding of its header and body, the body's bottom above a footer.
  bubble: {
    nano: { width: 120, radius: 10, header: '10px', body: '10px', aboveFooter: '10px' },
    micro: { width: 160, radius: 10, header: '10px', body: '10px', aboveFooter: '10px' },
    deca: { width: 220, radius: 10, header: '11px 14px 13px', body: '11px 14px 13px', aboveFooter: '17px' },
    hecto: { width: 241, radius: 10, header: '11px 14px 13px', body: '11px 14px 13px', aboveFooter: '17px' },
    kilo: { width: 260, radius: 10, header: '13px', body: '13px', aboveFooter: '17px' },
    mega: { width: 300, radius: 17, header: '20px', body: '19px 20px 20px', aboveFooter: '10px' },
    giga: { width: 500, radius: 5, header: '20px', body: '19px 20px 20px', aboveFooter: '10px' }
  }
};

function fxLength(value, keywords) {
  if (value === undefined || value === null) return null;
  if (keywords && value in keywords) return keywords[value] + 'px';
  return /^-?\d+(\.\d+)?(px|%)$/.test(value) ? value : null;
}

function fxTextSize(size) {
  return fxLength(size || 'md', FX.textPx) || '16px';
}

// Where a component sits in its box: LINE's flex is flex-grow with basis 0 in a horizontal or baseline box (default 1),
// and flex-grow over the content's height in a vertical box (default 0). Spacing goes before every child but the
// first; a component's own margin replaces it.
function fxPlace(e, node, ctx) {
  if (!ctx) return;
  const across = ctx.layout === 'horizontal' || ctx.layout === 'baseline';
  if (!['separator', 'spacer'].includes(node.type)) {
    let grow = node.flex;
    if (across) {
      if (grow === undefined) grow = 1;
      e.style.flex = grow === 0 || (node.type === 'box' && node.width) ? '0 0 auto' : grow + ' 0 0';
    } else {
      if (grow === undefined) grow = node.type === 'filler' ? 1 : 0;
      e.style.flex = grow === 0 ? '0 0 auto' : grow + ' 0 auto';
    }
  }
  const gap = node.margin !== undefined ? fxLength(node.margin, FX.spacePx) : (ctx.first ? null : ctx.spacing);
  if (gap) e.style[across ? 'marginInlineStart' : 'marginTop'] = gap;
  if (node.position === 'absolute') e.style.position = 'absolute';
  else if (node.offsetTop || node.offsetBottom || node.offsetStart || node.offsetEnd) e.style.position = 'relative';
  const offsets = { offsetTop: 'top', offsetBottom: 'bottom', offsetStart: 'insetInlineStart', offsetEnd: 'insetInlineEnd' };
  Object.entries(offsets).forEach(([k, css]) => { const v = fxLength(node[k], FX.spacePx); if (v) e.style[css] = v; });
}

// A box; a block's own box (ctx null) takes the block's default padding, which its padding properties override.
function fxBox(node, ctx, options, blockPadding) {
  const layout = node.layout || 'vertical';
  const d = el('div', 'fx-box fx-' + layout);
  fxPlace(d, node, ctx);
  Object.assign(d.style, blockPadding || {});
  const pad = { paddingAll: 'padding', paddingTop: 'paddingTop', paddingBottom: 'paddingBottom',
    paddingStart: 'paddingInlineStart', paddingEnd: 'paddingInlineEnd' };
  Object.entries(pad).forEach(([k, css]) => { const v = fxLength(node[k], FX.spacePx); if (v) d.style[css] = v; });
  if (node.backgroundColor) d.style.backgroundColor = node.backgroundColor;
  if (node.background && node.background.type === 'linearGradient') {
    const b = node.background;
    const stops = b.centerColor ? [b.startColor, b.centerColor + ' ' + (b.centerPosition || '50%'), b.endColor]
      : [b.startColor, b.endColor];
    d.style.backgroundImage = 'linear-gradient(' + (b.angle || '0deg') + ', ' + stops.join(', ') + ')';
  }
  if (node.borderWidth) d.style.borderWidth = fxLength(node.borderWidth, FX.borderPx) || '0';
  if (node.borderColor) d.style.borderColor = node.borderColor;
  if (node.cornerRadius) d.style.borderRadius = fxLength(node.cornerRadius, FX.spacePx);
  ['width', 'maxWidth', 'height', 'maxHeight'].forEach(k => { const v = fxLength(node[k]); if (v) d.style[k] = v; });
  if (node.justifyContent) d.style.justifyContent = node.justifyContent;
  if (node.alignItems) d.style.alignItems = node.alignItems;
  const spacing = fxLength(node.spacing, FX.spacePx);
  (node.contents || []).forEach((c, i) => d.appendChild(fxComponent(c, { layout, spacing, first: i === 0, options })));
  return d;
}

function fxText(node, ctx) {
  const d = el('div', 'fx-text' + (node.wrap ? ' fx-wrap' : ''));
  fxPlace(d, node, ctx);
  d.style.fontSize = fxTextSize(node.size);
  const p = el('p');
  if (node.contents && node.contents.length) {
    node.contents.forEach(s => {
      const span = el('span', 'fx-span', s.text || '');
      if (s.size) span.style.fontSize = fxTextSize(s.size);
      if (s.color) span.style.color = s.color;
      if (s.weight === 'bold') span.style.fontWeight = 'bold';
      if (s.style === 'italic') span.style.fontStyle = 'italic';
      if (s.decoration && s.decoration !== 'none') span.style.textDecoration = s.decoration;
      p.appendChild(span);
    });
  } else {
    p.textContent = node.text || '';
  }
  if (node.color) d.style.color = node.color;
  if (node.weight === 'bold') d.style.fontWeight = 'bold';
  if (node.style === 'italic') d.style.fontStyle = 'italic';
  if (node.decoration && node.decoration !== 'none') p.style.textDecoration = node.decoration;
  if (node.align) p.style.textAlign = { start: 'start', end: 'end', center: 'center' }[node.align] || 'start';
  if (node.gravity) d.style.justifyContent = { top: 'flex-start', center: 'center', bottom: 'flex-end' }[node.gravity];
  const lineSpacing = fxLength(node.lineSpacing);
  if (node.wrap && lineSpacing) p.style.lineHeight = 'calc(1.4em + ' + lineSpacing + ')';
  if (node.wrap && node.maxLines > 0) {
    p.style.display = '-webkit-box';
    p.style.webkitBoxOrient = 'vertical';
    p.style.webkitLineClamp = String(node.maxLines);
  }
  d.appendChild(p);
  return d;
}

function fxButton(node, ctx) {
  const d = el('div', 'fx-button fx-' + (node.style || 'link') + (node.height === 'sm' ? ' fx-sm' : ''));
  fxPlace(d, node, ctx);
  const action = node.action || {};
  const label = el('span', null, action.label || '');
  if (node.color) label.style[node.style === 'primary' || node.style === 'secondary' ? 'backgroundColor' : 'color'] = node.color;
  if (node.gravity) d.style.justifyContent = { top: 'flex-start', center: 'center', bottom: 'flex-end' }[node.gravity];
  if (action.type === 'postback' && ctx.options && ctx.options.onPostback) {
    d.classList.add('fx-tappable');
    label.onclick = () => ctx.options.onPostback(action);
  }
  d.appendChild(label);
  return d;
}

function fxImage(node, ctx) {
  const d = el('div', 'fx-image');
  fxPlace(d, node, ctx);
  const frame = el('div', null, 'รูปภาพ');
  frame.style.width = node.size === 'full' ? '100%' : (fxLength(node.size || 'md', FX.imagePx) || '100px');
  const ratio = (node.aspectRatio || '1:1').split(':').map(Number);
  frame.style.aspectRatio = ratio[0] + ' / ' + ratio[1];
  if (node.backgroundColor) frame.style.backgroundColor = node.backgroundColor;
  d.style.alignItems = { start: 'flex-start', end: 'flex-end', center: 'center' }[node.align || 'center'];
  if (node.gravity) d.style.justifyContent = { top: 'flex-start', center: 'center', bottom: 'flex-end' }[node.gravity];
  d.appendChild(frame);
  return d;
}

function fxComponent(node, ctx) {
  switch (node && node.type) {
    case 'box': return fxBox(node, ctx, ctx.options);
    case 'text': return fxText(node, ctx);
    case 'button': return fxButton(node, ctx);
    case 'image': case 'video': return fxImage(node, ctx);
    case 'separator': { const s = el('div', 'fx-separator'); fxPlace(s, node, ctx);
      if (node.color) s.style.borderColor = node.color; return s; }
    case 'icon': { const i = el('span', 'fx-icon'); fxPlace(i, node, ctx); i.style.flex = '0 0 auto';
      i.style.fontSize = fxTextSize(node.size); return i; }
    case 'filler': { const f = el('div', 'fx-filler'); fxPlace(f, node, ctx); return f; }
    case 'spacer': { const s = el('div'); fxPlace(s, node, ctx); s.style.flex = '0 0 auto';
      const v = fxLength(node.size || 'md', FX.spacePx); s.style.width = v; s.style.height = v; return s; }
    default: return el('span', 'fx-unknown', 'ไม่รู้จักส่วนประกอบ ' + (node && node.type));
  }
}

function fxBubble(node, options) {
  const size = FX.bubble[node.size] || FX.bubble.mega;
  const b = el('div', 'fx-bubble fx-size-' + (node.size || 'mega'));
  b.style.width = size.width + 'px';
  b.style.borderRadius = size.radius + 'px';
  if (node.direction === 'rtl') b.dir = 'rtl';
  const styles = node.styles || {};
  ['header', 'hero', 'body', 'footer'].filter(k => node[k]).forEach((k, i) => {
    const block = el('div', 'fx-block fx-block-' + k);
    const style = styles[k] || {};
    if (style.backgroundColor) block.style.backgroundColor = style.backgroundColor;
    if (style.separator && i > 0) {
      block.classList.add('fx-block-separator');
      if (style.separatorColor) block.style.borderTopColor = style.separatorColor;
    }
    const padding = { header: { padding: size.header }, hero: {}, footer: { padding: '10px' },
      body: node.footer ? { padding: size.body, paddingBottom: size.aboveFooter } : { padding: size.body } }[k];
    block.appendChild(node[k].type === 'box' ? fxBox(node[k], null, options, padding)
      : fxComponent(node[k], { layout: 'vertical', first: true, options }));
    b.appendChild(block);
  });
  return b;
}

/** A LINE message of type flex as LINE would draw it. options.onPostback(action) makes postback buttons tappable. */
function renderFlexMessage(message, options) {
  const root = el('div', 'fx-message');
  const contents = message && message.contents;
  if (contents && contents.type === 'carousel') {
    const c = el('div', 'fx-carousel');
    (contents.contents || []).forEach(b => c.appendChild(fxBubble(b, options)));
    root.appendChild(c);
  } else if (contents && contents.type === 'bubble') {
    root.appendChild(fxBubble(contents, options));
  }
  return root;
}

function show(line) {
  const me = line.from === 'member' && line.userId === persona.value;
  const box = el('div', 'msg ' + (me ? 'me' : line.from));
  box.appendChild(el('div', 'who', line.name || ''));
  if (line.message && line.message.type === 'flex') {
    box.appendChild(renderFlexMessage(line.message, { onPostback: tap }));
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

function wirePage() {
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
}

// The chat page wires itself; a page that only draws Flex messages (the browser test's) loads the renderer alone.
if (chat) wirePage();
