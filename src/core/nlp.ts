import nlp from 'compromise';

/** The one compromise instance the core uses; nets built with it must be swept with it. */
export { nlp };
export type View = ReturnType<typeof nlp>;

/** compromise's internal term: we read its text, tags, punctuation and offset. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  /** A contraction's expanded word: "don't" is "do" plus a term with no text whose implicit is "not". */
  implicit?: string | null;
  tags: Set<string>;
  offset: { start: number; length: number };
}
