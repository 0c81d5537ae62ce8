// Demo pages: lists every event the widgets send to the host page (section names only).
document.addEventListener('DOMContentLoaded', () => {
  const log = document.getElementById('event-log');
  if (!log) return;
  for (const type of ['mne-ready', 'mne-step', 'mne-finished', 'mne-booking', 'mne-call']) {
    document.addEventListener(type, (event) => {
      const item = document.createElement('li');
      const where = event.target.id || event.target.localName;
      item.textContent = `${where}: ${type}${event.detail?.step ? ` (${event.detail.step})` : ''}`;
      log.append(item);
    });
  }
});
