/**
 * One Almond dataset example (`query (p_count :Number) := … #_[utterances=[…]]`): an opaque ThingTalk program
 * with placeholders, the placeholders' types, and the utterances that say it with `${p_name}`,
 * `${p_name:const}` or `$p_name` standing for the values.
 */
export interface Exemplar {
  readonly id: string;
  /** The program, opaque to this package: the caller substitutes the slot values. */
  readonly program: string;
  /** Placeholder name → ThingTalk type ("Number", "String", "Date", "Measure(C)", "Enum(on,off)", "Entity(tt:username)"…). */
  readonly args: Readonly<Record<string, string>>;
  readonly utterances: readonly string[];
}
