import type { Table } from '../../tree/types.js';

/** Each column's share of a table's width in percent: as the template asked, or even. */
export function columnPercents(table: Table): number[] {
  const columns = table.header.length || (table.rows[0]?.cells.length ?? 1);
  return table.widths ?? Array.from({ length: columns }, () => 100 / columns);
}
