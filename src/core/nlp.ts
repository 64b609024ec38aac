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
  tags: Set<string>;
  offset: { start: number; length: number };
}
