import { DOCUMENTS, readProfileFiles, resolveProfiles } from './profiles.ts';
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

/** Whether a shipped document is national (国务院部委) or a region's own. */
export function documentScope(doc: string): 'national' | 'regional' {
  return (DOCUMENTS as Record<string, { scope?: string }>)[doc]?.scope === 'national' ? 'national' : 'regional';
}

export function citeText(cite: { doc: string; clause: string }): string {
  const doc = (DOCUMENTS as Record<string, { number: string; title: string }>)[cite.doc];
  return doc ? `《${doc.title}》（${doc.number}）${cite.clause}` : `${cite.doc} ${cite.clause}`;
}
