/** In an embed, tell the host page (embed.js, or any listener) how tall the content is. */
export function startHeightReports() {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const h = document.documentElement.scrollHeight;
    if (Math.abs(h - last) < 2) return;
    last = h;
    window.parent.postMessage({ type: 'curvlab:height', height: h }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
