import challenge from '../../lexicon/challenge.json';
import commitment from '../../lexicon/commitment.json';
import horizon from '../../lexicon/horizon.json';
import originality from '../../lexicon/originality.json';
import people from '../../lexicon/people.json';
import risk from '../../lexicon/risk.json';
import vision from '../../lexicon/vision.json';
import type { LexiconFile, LexiconRule } from './types';

/** The lexicon shipped with leadlint, one file per dimension (validated at build time by esbuild.js). */
export const BUILTIN_LEXICON_FILES: Record<string, LexiconFile> = {
  'lexicon/vision.json': vision as LexiconFile,
  'lexicon/challenge.json': challenge as LexiconFile,
  'lexicon/originality.json': originality as LexiconFile,
  'lexicon/risk.json': risk as LexiconFile,
  'lexicon/horizon.json': horizon as LexiconFile,
  'lexicon/people.json': people as LexiconFile,
  'lexicon/commitment.json': commitment as LexiconFile,
};

export const BUILTIN_RULES: readonly LexiconRule[] = Object.values(BUILTIN_LEXICON_FILES).flatMap((file) => file.rules);
