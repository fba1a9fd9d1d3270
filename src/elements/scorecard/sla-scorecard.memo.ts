/**
 * Text memos, so that 500 rows do not format the same things 500 times (the output is the same):
 * values per (unit, digits, value) for the current Formatter, kept between renders (an update
 * re-renders every row, and most values did not change); messages without parameters (labels,
 * status words) for one render.
 */
import type { Unit } from '../../feed/types.js';
import type { Formatter, MessageKey, Translate } from '../shared/index.js';

/** Most formatted values kept between renders; cleared when full. */
const VALUE_MEMO_MAX = 10_000;

export class TextMemo {
  readonly #values = new Map<string, string>();
  #valuesFormatter: Formatter | undefined;
  readonly #labels = new Map<MessageKey, string>();

  /** A render starts: messages are looked up again (the language may have changed). */
  startRender(): void {
    this.#labels.clear();
  }

  /** `t` with the messages without parameters memoised for this render. */
  messages(t: () => Translate): Translate {
    return (key, params) => {
      if (params) return t()(key, params);
      let text = this.#labels.get(key);
      if (text === undefined) {
        text = t()(key);
        this.#labels.set(key, text);
      }
      return text;
    };
  }

  /** `fmt.value(value, unit, { digits })`, memoised; pass-fail values in words. */
  value(fmt: Formatter, t: Translate, value: number, unit: Unit, digits: number): string {
    if (unit === 'pass-fail')
      return t(value >= 1 ? 'compliance.complied' : 'compliance.notComplied');
    if (this.#valuesFormatter !== fmt) {
      this.#values.clear();
      this.#valuesFormatter = fmt;
    }
    // String(-0) is "0", but Intl writes "-0": keep them apart.
    const key = `${unit} ${digits} ${Object.is(value, -0) ? '-0' : value}`;
    let text = this.#values.get(key);
    if (text === undefined) {
      text = fmt.value(value, unit, { digits });
      if (this.#values.size >= VALUE_MEMO_MAX) this.#values.clear();
      this.#values.set(key, text);
    }
    return text;
  }
}
