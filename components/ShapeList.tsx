import type { Shape } from './icon-shapes';

/** An icon's shapes as SVG elements. */
export function ShapeList({ shapes }: { shapes: readonly Shape[] }) {
  return shapes.map((shape, index) => {
    if (shape.tag === 'circle') return <circle key={index} cx={shape.cx} cy={shape.cy} r={shape.r} />;
    return <path key={index} d={shape.d} fill={shape.fill} stroke={shape.stroke} />;
  });
}
