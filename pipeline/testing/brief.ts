/** Test helper: a brief of the archive copy with only its text to say (2010-01-04, no links). */
import type { Brief } from '../../core/brief';

export const archiveBrief = (text: string): Brief => ({
  date: '2010-01-04',
  text,
  category: 'Politics and elections',
  stories: [],
  outlets: [],
  links: [],
  copy: 'archive',
  file: 'archive/2010.jsonl',
  line: 1,
});
