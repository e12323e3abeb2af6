import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useStore,
  type EdgeProps,
  type EdgeTypes,
} from '@xyflow/react';

/**
 * An arrow with its label as HTML over the picture (React Flow's EdgeLabelRenderer), not as SVG
 * text: React Flow's own SVG label measures itself (getBBox) after it mounts, which forces a layout
 * in the middle of drawing a picture and then draws every labelled arrow again. HTML lays itself
 * out with the page. The label carries its arrow's classes (deny, dimmed by a walkthrough step)
 * and its stacking, and is hidden from screen readers: the arrow's own name already says it
 * (accessibleNames.ts).
 */
function LabelledEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  // Its arrow as given to React Flow: the classes, and the z-index a walkthrough step raises its
  // arrows to (the label is raised with them, or the raised line would cross it).
  const edge = useStore((s) => s.edgeLookup.get(id));
  const className = edge?.className;
  const zIndex = edge?.zIndex;
  return (
    <>
      <BaseEdge
        path={path}
        {...(markerEnd !== undefined ? { markerEnd } : {})}
        {...(style !== undefined ? { style } : {})}
        {...(interactionWidth !== undefined ? { interactionWidth } : {})}
      />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className={className ? `rm-edge-label ${className}` : 'rm-edge-label'}
            data-edge={id}
            aria-hidden="true"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              ...(zIndex !== undefined ? { zIndex } : {}),
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

/** Defined once at module scope, as React Flow asks. */
export const edgeTypes: EdgeTypes = { labelled: LabelledEdge };
