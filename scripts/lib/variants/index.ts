/**
 * The robustness suite: every fixture case re-rendered into shapes of markup nobody here chose,
 * with the same items, numbers and statuses. See docs/robustness.md.
 */
import type { LoadedCase } from '../fixture-cases';
import { locateItems } from './locate-items';
import type { LocatedDocument } from './model';
import { readDocument } from './read-blocks';
import { boldLabel, definitionList, headingLabel, inlineLabel, numberSpan, orderedList } from './shapes-flow';
import { brLines, divSoup, pdfLines } from './shapes-lines';
import { table, tableNoHeader } from './shapes-table';

export const SHAPES = {
  'heading-label': headingLabel,
  'inline-label': inlineLabel,
  'bold-label': boldLabel,
  'ordered-list': orderedList,
  'number-span': numberSpan,
  table,
  'table-no-header': tableNoHeader,
  'definition-list': definitionList,
  'div-soup': divSoup,
  'br-lines': brLines,
  'pdf-lines': pdfLines,
} satisfies Record<string, (doc: LocatedDocument) => string>;

export type ShapeName = keyof typeof SHAPES;
export const SHAPE_NAMES = Object.keys(SHAPES) as ShapeName[];
export const isShapeName = (name: string): name is ShapeName => Object.hasOwn(SHAPES, name);

/** A case's page read back as blocks, with its items located. */
export async function locateCase(fixture: LoadedCase): Promise<LocatedDocument> {
  return locateItems(await readDocument(fixture.html, fixture.url), fixture);
}

/** The variant's folder name: `<case>__<shape>`. */
export const variantName = (caseName: string, shape: ShapeName) => `${caseName}__${shape}`;

/** One shape of a case, as a case of its own: same URL, page kind and items; new page.html. */
export function renderVariant(fixture: LoadedCase, doc: LocatedDocument, shape: ShapeName): LoadedCase {
  return {
    url: fixture.url,
    pageKind: fixture.pageKind,
    source: `${shape} re-rendering of ${fixture.name} (scripts/lib/variants): ${fixture.source}`,
    items: fixture.items,
    name: variantName(fixture.name, shape),
    html: SHAPES[shape](doc),
  };
}

/** Every requested shape of a case. */
export async function variantsOf(
  fixture: LoadedCase,
  shapes: readonly ShapeName[] = SHAPE_NAMES,
): Promise<{ shape: ShapeName; variant: LoadedCase }[]> {
  const doc = await locateCase(fixture);
  return shapes.map((shape) => ({ shape, variant: renderVariant(fixture, doc, shape) }));
}
