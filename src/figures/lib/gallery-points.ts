/**
 * The models the model-gallery figure places on the parameters–tokens plane, from two sources:
 * - papers: the chosen models of the engine's catalogue (src/engine/models.ts), at the N and D of their own papers,
 *   which the catalogue cites table by table;
 * - the Observational Scaling Laws release (Ruan, Maddison & Hashimoto 2024; src/data/obsscaling.ts): every base model
 *   with both a parameter count and a pretraining token count, as released.
 * A release row that is the same model as a catalogue entry (its `obsScalingIds`) is drawn once, as the paper point.
 * Missing values are never filled in: a release row without a token count is counted, not drawn.
 */
// The sizes only: the gallery needs no scores, and obsscaling.ts's scores would double what this figure downloads.
import { type ObsSize, obsSizes } from '../../data/obsscaling-sizes';
import { OBS_SET_ASIDE } from '../../data/obsscaling-set-aside';
import { modelById } from '../../engine/models';
import { modelName, setAsideOf } from './obs-models';

export type GallerySource = 'paper' | 'release';

/** One model on the plane. */
export interface GalleryPoint {
  /** The engine's model id (paper) or the Hugging Face name (release). */
  id: string;
  /** The name readers see: the catalogue's (Chinchilla 70B) or the Hugging Face name without its organisation (pythia-70m-deduped). */
  name: string;
  source: GallerySource;
  /** Parameters N (for a mixture of experts, as its source gives them: activated per token in the catalogue). */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** A paper point: the release rows drawn as this point (empty when the release does not have the model). */
  alsoInRelease: readonly string[];
}

/** Release rows left out although they have both numbers (src/data/obsscaling-set-aside.ts), with the paper's number. */
export const RELEASE_SET_ASIDE = OBS_SET_ASIDE;

type Placed = ObsSize & { params: number; tokens: number };
const placed = (m: ObsSize): m is Placed => m.params !== null && m.tokens !== null;

/**
 * Both sources, merged: the catalogue models `paperIds` (engine ids, in that order) and the release rows `models` (in
 * file order). `noTokens` and `setAside` are the release rows not drawn, `merged` the release rows drawn as a paper point.
 * Example: with the gallery's 13 paper models, 113 release points (148 rows − 25 without tokens − 8 drawn as paper
 * points − 2 set aside).
 */
export function galleryPoints(paperIds: readonly string[], models: readonly ObsSize[] = obsSizes) {
  const byId = new Map(models.map((m) => [m.id, m]));
  const paper: GalleryPoint[] = paperIds.map(modelById).map((m) => ({
    id: m.id,
    name: m.name,
    source: 'paper',
    params: m.params,
    tokens: m.tokens,
    alsoInRelease: (m.obsScalingIds ?? []).filter((id) => byId.has(id)),
  }));
  const merged = new Set(paper.flatMap((p) => p.alsoInRelease));
  const aside = new Set<string>(RELEASE_SET_ASIDE.map((a) => a.id));
  const release: GalleryPoint[] = models
    .filter(placed)
    .filter((m) => !merged.has(m.id) && !aside.has(m.id))
    .map((m) => ({ id: m.id, name: modelName(m.id), source: 'release', params: m.params, tokens: m.tokens, alsoInRelease: [] }));
  return {
    paper,
    release,
    /** Release rows without a pretraining token count (none lacks a parameter count). */
    noTokens: models.filter((m) => !placed(m)).map((m) => m.id),
    /** Release rows set aside (RELEASE_SET_ASIDE), with the release's number and the authors'. */
    setAside: RELEASE_SET_ASIDE.map((a) => byId.get(a.id)).flatMap((m) => (m && setAsideOf(m)) || []),
    /** Release rows drawn as a paper point. */
    merged: [...merged],
  };
}
