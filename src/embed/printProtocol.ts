/**
 * The print handshake between an embedded panel and its `<curvature-lab>` host: the frame greets
 * its parent once it can build its figure for print; a host that prints frames answers that it
 * wants it, and the frame then sends a `curvlab:print` message after every change. A plain
 * iframe's parent never answers, so the frame never loads the figure renderer and QR encoder.
 */
export const PRINT_HELLO = 'curvlab:print-hello';
export const PRINT_WANTED = 'curvlab:print-wanted';
