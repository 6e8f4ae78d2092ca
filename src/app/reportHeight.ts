/** In an embed, tell the host page (embed.js, or any listener) how tall the content is. */
export function startHeightReports() {
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    // The body's own height (with its margins), not the document's scrollHeight: that one never
    // drops below the frame's height, so a frame that grew (a phone turned sideways, a view
    // closed) would never shrink back.
    const body = document.body;
    const cs = getComputedStyle(body);
    const h = Math.ceil(
      body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom),
    );
    if (Math.abs(h - last) < 2) return;
    last = h;
    window.parent.postMessage({ type: 'curvlab:height', height: h }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
