/** An SVG arrowhead <marker> for `markerEnd="url(#id)"`; ids must be unique in the document. */
export function ArrowMarker({ id, color }: { id: string; color: string }) {
  return (
    <defs>
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0L10,5L0,10Z" fill={color} />
      </marker>
    </defs>
  );
}
