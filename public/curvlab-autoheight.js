/* Curvature Lab: auto-height for plain <iframe> embeds (docs/embedding.md). Include it once on a
   page: every embedded panel posts {type: 'curvlab:height', height} to its parent, and this sizes
   the iframe that sent it (only that one: e.source is checked). No dependency. */
/* global document, addEventListener */
addEventListener('message', function (e) {
  var d = e.data;
  if (!d || d.type !== 'curvlab:height' || !(d.height > 0)) return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++)
    if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + 'px';
});
