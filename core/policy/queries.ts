import { DOCUMENTS, readProfileFiles, resolveProfiles } from './profiles.ts';
import STANDARDS from './standards.json' with { type: 'json' };
import type { Citation } from './define.ts';
import type { RegionProfile } from './schema.ts';

// The policy area's published reads: which regions exist, the home's profile, and how a clause is cited.

let cache: Map<string, RegionProfile> | undefined;

/** Profiles are read once per process; they ship with the program and do not change while it runs. */
export function allProfiles(): RegionProfile[] {
  cache ??= resolveProfiles(readProfileFiles());
  // National first, then regions in the order of their file names.
  return [...cache.values()].sort((a, b) => (a.code === 'national' ? -1 : b.code === 'national' ? 1 : 0));
}

export function findProfile(code: string): RegionProfile | undefined {
  return allProfiles().find((p) => p.code === code);
}

/** Whether a citation's source is national (a ministry, a national standard) or a region's own document. */
export function citationScope(cite: Citation): 'national' | 'regional' {
  if (!('doc' in cite)) return 'national';
  return (DOCUMENTS as Record<string, { scope?: string }>)[cite.doc]?.scope === 'national' ? 'national' : 'regional';
}

/** 《title》（number）clause — the way a citation is printed on screens and filings. */
export function citeText(cite: Citation): string {
  const source = 'doc' in cite ? (DOCUMENTS as Record<string, Source>)[cite.doc] : (STANDARDS as Record<string, Source>)[cite.standard];
  const id = 'doc' in cite ? cite.doc : cite.standard;
  return source ? `《${source.title}》（${source.number}）${cite.clause}` : `${id} ${cite.clause}`;
}

interface Source {
  title: string;
  number: string;
}

