/**
 * The series of a "Download data" document as CSV, so spreadsheets get the same numbers as the
 * JSON: every array of numbers (or of [x, y] pairs) becomes a column named by its JSON path, and
 * columns of equal length form one table. Tables are separated by a blank line and a `# …` title.
 */
type Column = { name: string; values: (number | null)[] };

function collect(v: unknown, path: string, out: Column[], depth: number) {
  if (depth > 8 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    if (v.length >= 2 && v.every((x) => typeof x === 'number' || x === null)) {
      out.push({ name: path, values: v as (number | null)[] });
      return;
    }
    if (
      v.length >= 2 &&
      v.every(
        (x) =>
          Array.isArray(x) && x.length === 2 && x.every((y) => typeof y === 'number' || y === null),
      )
    ) {
      out.push({ name: `${path}[0]`, values: v.map((x) => (x as (number | null)[])[0]) });
      out.push({ name: `${path}[1]`, values: v.map((x) => (x as (number | null)[])[1]) });
      return;
    }
    // Arrays of records (runs, views): index them by a name field when they have one.
    v.forEach((item, i) => {
      const rec = item as Record<string, unknown> | null;
      const label =
        rec && typeof rec === 'object' && !Array.isArray(rec)
          ? (rec.method ?? rec.name ?? rec.id)
          : undefined;
      collect(item, `${path}[${typeof label === 'string' ? label : i}]`, out, depth + 1);
    });
    return;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k === 'params') continue; // parameters are in the JSON; the CSV is for series
    collect(x, path ? `${path}.${k}` : k, out, depth + 1);
  }
}

const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function seriesCsv(data: unknown): string {
  const cols: Column[] = [];
  collect(data, '', cols, 0);
  const byLength = new Map<number, Column[]>();
  for (const c of cols)
    byLength.set(c.values.length, [...(byLength.get(c.values.length) ?? []), c]);
  const tables: string[] = [];
  for (const [n, group] of [...byLength].sort((a, b) => b[1].length - a[1].length)) {
    const rows = [
      `# ${group.length} series of length ${n}`,
      ['index', ...group.map((c) => cell(c.name))].join(','),
    ];
    for (let i = 0; i < n; i++)
      rows.push(
        [String(i), ...group.map((c) => (c.values[i] === null ? '' : String(c.values[i])))].join(
          ',',
        ),
      );
    tables.push(rows.join('\n'));
  }
  return tables.join('\n\n') + '\n';
}
