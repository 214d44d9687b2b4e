import { itemLabel } from '../model/items';
import { type SavedItem } from '../model/model';
import { statusLine } from './report-facts';
import { cleanText, itemLink, oneLine } from './text';

/**
 * What a reference manager's note says about one saved recommendation: a heading line
 * ("Recommendation 7 — Rejected (status from Accountability Index)"), its text, the reason for a
 * correction, the government's answer in short, the reader's note, tags and a link to the text.
 */
export function recommendationNoteParts(item: SavedItem): string[] {
  const parts = [`${itemLabel(item)} — ${statusLine(item)}`, cleanText(item.text).trim()];
  const reason = item.statusOverride?.reason.trim();
  if (reason) parts.push(`Reason for the correction: ${cleanText(reason)}`);
  const summary = item.response?.summary?.trim();
  if (summary) parts.push(`Government response: ${cleanText(summary)}`);
  if (item.note.trim()) parts.push(`Note: ${cleanText(item.note).trim()}`);
  const tags = item.tags.map(oneLine).filter(Boolean);
  if (tags.length) parts.push(`Tags: ${tags.join('; ')}`);
  const url = itemLink(item);
  if (url) parts.push(url);
  return parts;
}
