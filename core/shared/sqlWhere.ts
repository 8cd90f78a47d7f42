/**
 * The WHERE clause of a list query, built from the filters a person set: each condition with its values as
 * named parameters (@name), so a list with ten filters reads as ten lines and no `?` is ever miscounted.
 * Every list (the roster, the audit log, and the areas to come) builds its filters with this.
 */
export class Where {
  private readonly parts: string[] = [];
  readonly params: Record<string, unknown> = {};

  /** A condition as written, e.g. and('r.floor = @floor', { floor: 3 }); its parameters must be named uniquely. */
  and(sql: string, params: Record<string, unknown> = {}): this {
    for (const [name, value] of Object.entries(params)) {
      if (Object.hasOwn(this.params, name)) throw new Error(`SQL 参数重名：@${name}`);
      this.params[name] = value;
    }
    this.parts.push(sql);
    return this;
  }

  /** `column = @name`, only when the filter is set (not null or undefined). */
  equals(column: string, name: string, value: unknown): this {
    return value === null || value === undefined ? this : this.and(`${column} = @${name}`, { [name]: value });
  }

  /** `column >= @name` / `column < @name` style bounds, only when set. */
  compare(column: string, op: '>=' | '>' | '<=' | '<', name: string, value: unknown): this {
    return value === null || value === undefined ? this : this.and(`${column} ${op} @${name}`, { [name]: value });
  }

  /** The text somewhere in (any of) the columns; % and _ typed by a person match themselves. */
  contains(columns: readonly string[], name: string, text: string): this {
    return this.likeAny(columns, name, `%${escapeLike(text)}%`);
  }

  /** Columns that start with the text (an index can serve this one). */
  startsWith(columns: readonly string[], name: string, text: string): this {
    return this.likeAny(columns, name, `${escapeLike(text)}%`);
  }

  /** Columns that end with the text (the last digits of a 身份证 number). */
  endsWith(columns: readonly string[], name: string, text: string): this {
    return this.likeAny(columns, name, `%${escapeLike(text)}`);
  }

  private likeAny(columns: readonly string[], name: string, pattern: string): this {
    const ors = columns.map((c) => `${c} LIKE @${name} ESCAPE '\\'`);
    return this.and(ors.length === 1 ? ors[0]! : `(${ors.join(' OR ')})`, { [name]: pattern });
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The conditions joined by AND, without the keyword ('1' when there are none). */
  get conditions(): string {
    return this.parts.length === 0 ? '1' : this.parts.join(' AND ');
  }

  /** `WHERE …` or nothing. */
  get sql(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
