// Choosing a week in the list opens its page (a script file, not an inline handler: the pages' CSP allows no inline script).
document.getElementById('week')?.addEventListener('change', e => { location.href = e.target.value; });
