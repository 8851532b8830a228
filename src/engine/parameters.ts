/**
 * Counting the parameters of a decoder-only transformer (total, embedding, non-embedding, active per token)
 * and its FLOPs per token, for dense and mixture-of-experts models.
 *
 * Conventions: "embedding" = the input token-embedding matrix plus the output (unembedding) matrix when it is
 * not tied — as Kaplan et al. 2020 (arXiv 2001.08361, §2.1) exclude both, and as Qwen2.5's "Non-Embedding"
 * count does. "active" = the parameters one token passes through: everything except the routed experts it is
 * not sent to (embedding and output matrices included — the convention that reproduces Mixtral's 12.9B).
 * Position embeddings are not counted (every preset uses rotary embeddings, which have no parameters).
 * Units: parameters (counts of scalars); FLOPs per token.
 */
import { requirePositive, requirePositiveInteger } from './stats';

/** DeepSeek-V2/V3 multi-head latent attention (MLA) widths, as in the config.json keys of the same names. */
export interface MlaShape {
  /** q_lora_rank: rank of the query down-projection; 0 or absent = a full query projection. */
  qLoraRank?: number;
  /** kv_lora_rank: width of the compressed key/value latent. */
  kvLoraRank: number;
  /** qk_nope_head_dim: per-head query/key width without rotary position. */
  qkNopeHeadDim: number;
  /** qk_rope_head_dim: per-head query/key width carrying rotary position (the key part is shared by heads). */
  qkRopeHeadDim: number;
  /** v_head_dim: per-head value width. */
  vHeadDim: number;
}

/** A decoder-only transformer, in the terms of a Hugging Face config.json. */
export interface TransformerArch {
  /** num_hidden_layers. */
  layers: number;
  /** hidden_size (d_model). */
  dModel: number;
  /** num_attention_heads (query heads). */
  heads: number;
  /** num_key_value_heads: = heads for multi-head, < heads for grouped-query, 1 for multi-query attention. */
  kvHeads: number;
  /** head_dim; default dModel / heads. */
  headDim?: number;
  /** intermediate_size: the feed-forward width of a dense layer (and of each expert unless expertFfnHidden is set). */
  ffnHidden: number;
  /** vocab_size. */
  vocab: number;
  /** tie_word_embeddings: the output layer reuses the input embedding matrix. */
  tiedEmbeddings: boolean;
  /** Gated feed-forward (SwiGLU/GeGLU: gate, up and down matrices) instead of two matrices. */
  gatedFfn: boolean;
  /** Biases on the query, key and value projections (Qwen2/2.5). Default false. */
  qkvBias?: boolean;
  /** Routed experts per MoE layer (num_local_experts / n_routed_experts). Absent or 0 = dense. */
  experts?: number;
  /** Routed experts used per token (num_experts_per_tok). */
  activeExperts?: number;
  /** Shared experts every token uses (n_shared_experts). Default 0. */
  sharedExperts?: number;
  /** Feed-forward width of one expert (moe_intermediate_size); default ffnHidden. */
  expertFfnHidden?: number;
  /** The first k layers are dense, with width ffnHidden (first_k_dense_replace). Default 0. */
  denseLayers?: number;
  /** A learned per-expert bias in the router (DeepSeek-V3's e_score_correction_bias). Default false. */
  routerBias?: boolean;
  /** Normalisation layers: 'rms' (a weight vector each), 'layer' (weight and bias), 'none'. Default 'rms'. */
  norms?: 'rms' | 'layer' | 'none';
  /** Multi-head latent attention; when present it replaces the q/k/v/o projections. */
  mla?: MlaShape;
}

/** Parameter counts of a TransformerArch (all in parameters). */
export interface ParameterCount {
  total: number;
  /** Input embedding plus the untied output matrix. */
  embedding: number;
  /** total − embedding. */
  nonEmbedding: number;
  /** Parameters used per token: total minus the routed experts a token is not sent to (= total for dense). */
  active: number;
  /** active − embedding: the N of Kaplan's FLOP count for an MoE model. */
  activeNonEmbedding: number;
}

function optInt(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (value === 0) return 0;
  return requirePositiveInteger(name, value);
}

/** Checked, defaulted shape used by both counters. */
function normalise(arch: TransformerArch) {
  if (arch === null || typeof arch !== 'object') throw new RangeError('arch must be an object describing the transformer.');
  const layers = requirePositiveInteger('layers', arch.layers);
  const dModel = requirePositiveInteger('dModel', arch.dModel);
  const heads = requirePositiveInteger('heads', arch.heads);
  const kvHeads = requirePositiveInteger('kvHeads', arch.kvHeads);
  if (kvHeads > heads) throw new RangeError(`kvHeads (${kvHeads}) cannot exceed heads (${heads}).`);
  const headDim = arch.headDim === undefined ? dModel / heads : requirePositiveInteger('headDim', arch.headDim);
  requirePositive('headDim', headDim);
  const ffnHidden = requirePositiveInteger('ffnHidden', arch.ffnHidden);
  const vocab = requirePositiveInteger('vocab', arch.vocab);
  const experts = optInt('experts', arch.experts, 0);
  const activeExperts = experts > 0 ? requirePositiveInteger('activeExperts', arch.activeExperts ?? Number.NaN) : 0;
  if (activeExperts > experts) throw new RangeError(`activeExperts (${activeExperts}) cannot exceed experts (${experts}).`);
  const sharedExperts = optInt('sharedExperts', arch.sharedExperts, 0);
  const expertFfnHidden = optInt('expertFfnHidden', arch.expertFfnHidden, ffnHidden);
  const denseLayers = experts > 0 ? optInt('denseLayers', arch.denseLayers, 0) : layers;
  if (denseLayers > layers) throw new RangeError(`denseLayers (${denseLayers}) cannot exceed layers (${layers}).`);
  const normSize = arch.norms === 'none' ? 0 : arch.norms === 'layer' ? 2 * dModel : dModel;
  return { ...arch, layers, dModel, heads, kvHeads, headDim, ffnHidden, vocab, experts, activeExperts, sharedExperts, expertFfnHidden, denseLayers, normSize };
}

/** Attention parameters of one layer. */
function attentionParams(a: ReturnType<typeof normalise>): number {
  const { dModel, heads } = a;
  if (a.mla) {
    const m = a.mla;
    const kv = requirePositiveInteger('mla.kvLoraRank', m.kvLoraRank);
    const nope = requirePositiveInteger('mla.qkNopeHeadDim', m.qkNopeHeadDim);
    const rope = requirePositiveInteger('mla.qkRopeHeadDim', m.qkRopeHeadDim);
    const v = requirePositiveInteger('mla.vHeadDim', m.vHeadDim);
    const qRank = optInt('mla.qLoraRank', m.qLoraRank, 0);
    const qHead = heads * (nope + rope);
    // q: down-projection, its RMSNorm, up-projection (or one full projection without a query LoRA).
    const q = qRank > 0 ? dModel * qRank + qRank + qRank * qHead : dModel * qHead;
    // kv: down-projection to the latent plus the shared rotary key, the latent's RMSNorm, up-projection to keys and values.
    const kvp = dModel * (kv + rope) + kv + kv * heads * (nope + v);
    return q + kvp + heads * v * dModel;
  }
  const q = dModel * heads * a.headDim;
  const kv = 2 * dModel * a.kvHeads * a.headDim;
  const bias = a.qkvBias ? heads * a.headDim + 2 * a.kvHeads * a.headDim : 0;
  return q + kv + bias + heads * a.headDim * dModel;
}

/** Feed-forward parameters of one FFN of width `hidden`. */
function ffnParams(dModel: number, hidden: number, gated: boolean): number {
  return (gated ? 3 : 2) * dModel * hidden;
}

/**
 * Parameter counts of a decoder-only transformer: total, embedding (input embedding + untied output
 * matrix), non-embedding, and active per token (MoE: attention, norms, router, shared experts and
 * `activeExperts` routed experts per MoE layer, plus embeddings). Per layer: attention (grouped-query:
 * d·h·d_head + 2·d·h_kv·d_head + h·d_head·d; or MLA), feed-forward (3·d·d_ff gated, 2·d·d_ff otherwise),
 * two norms; plus a final norm. Biases only where `qkvBias`/`routerBias` say (the presets have no others).
 * Units: parameters.
 * Example: ARCH_PRESETS.llama2_7b → total 6,738,415,616, embedding 262,144,000; ARCH_PRESETS.mixtral_8x7b → total 46.70e9, active 12.88e9.
 */
export function countParameters(arch: TransformerArch): ParameterCount {
  const a = normalise(arch);
  const attn = attentionParams(a);
  const norms = 2 * a.normSize;
  const dense = attn + ffnParams(a.dModel, a.ffnHidden, a.gatedFfn) + norms;
  const moeLayers = a.layers - a.denseLayers;
  const expert = ffnParams(a.dModel, a.expertFfnHidden, a.gatedFfn);
  const router = a.experts * a.dModel + (a.routerBias ? a.experts : 0);
  const moe = attn + norms + router + (a.experts + a.sharedExperts) * expert;
  const embedding = a.vocab * a.dModel * (a.tiedEmbeddings ? 1 : 2);
  const total = a.denseLayers * dense + moeLayers * moe + a.normSize + embedding;
  const active = total - moeLayers * (a.experts - a.activeExperts) * expert;
  return { total, embedding, nonEmbedding: total - embedding, active, activeNonEmbedding: active - embedding };
}

/** FLOPs per token of a forward pass and of training, Kaplan et al. 2020 Table 1 and §2.1. */
export interface FlopsPerToken {
  /** N in Kaplan's count: non-embedding parameters used per token (activeNonEmbedding), parameters. */
  params: number;
  /** d_attn of the context term: query/key width heads·d_head (MLA: heads·(nope + rope)). */
  attentionWidth: number;
  /** Kaplan Table 1 forward pass: 2N + 2·n_layer·n_ctx·d_attn, FLOPs per token. */
  forward: number;
  /** Training with the context term: 3 × forward (backward ≈ 2 × forward, Kaplan §2.1), FLOPs per token. */
  training: number;
  /** The 6N rule with Kaplan's N (non-embedding, active), FLOPs per token. */
  sixN: number;
  /** The 6N rule with all active parameters counted (Chinchilla's convention of counting embeddings), FLOPs per token. */
  sixNTotal: number;
  /** Share of the forward pass spent on the context term, 2·n_layer·n_ctx·d_attn / forward (dimensionless). */
  contextShare: number;
}

/**
 * FLOPs per token side by side: Kaplan et al. 2020 Table 1's forward pass C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn
 * (N = non-embedding parameters a token uses; d_attn the attention width; one multiply-add = 2 FLOPs), training
 * ≈ 3 × that, and the 6N rule (§2.1: "C ≈ 6N … per training token") with N counted Kaplan's way and with all
 * active parameters. Context in tokens. Units: FLOPs per token.
 * Example: Llama 2 7B at a 4096-token context → forward 1.40e10 (2N = 1.30e10 plus 1.07e9 for attention);
 * 6N = 3.89e10, 6N with embeddings = 4.04e10.
 */
export function flopsPerToken(arch: TransformerArch, context: number): FlopsPerToken {
  requirePositive('context', context);
  const a = normalise(arch);
  const count = countParameters(arch);
  const n = count.activeNonEmbedding;
  const attentionWidth = a.mla ? a.heads * (a.mla.qkNopeHeadDim + a.mla.qkRopeHeadDim) : a.heads * a.headDim;
  const ctxTerm = 2 * a.layers * context * attentionWidth;
  const forward = 2 * n + ctxTerm;
  return { params: n, attentionWidth, forward, training: 3 * forward, sixN: 6 * n, sixNTotal: 6 * count.active, contextShare: ctxTerm / forward };
}

/** Keys of the built-in presets. */
export type ArchPresetKey = 'llama2_7b' | 'llama2_70b' | 'llama3_8b' | 'llama3_70b' | 'mistral_7b' | 'mixtral_8x7b' | 'qwen25_7b' | 'deepseek_v3';

/**
 * Architectures of open models, copied from each model's config.json on Hugging Face (keys: hidden_size,
 * num_hidden_layers, num_attention_heads, num_key_value_heads, intermediate_size, vocab_size,
 * tie_word_embeddings, and the MoE/MLA keys named in MlaShape/TransformerArch). All use RMSNorm, SwiGLU and
 * rotary positions; none has linear-layer biases except Qwen2.5's q/k/v projections.
 * - llama2_7b: meta-llama/Llama-2-7b-hf (4096, 32 layers, 32 heads, 32 KV heads, 11008, vocab 32000, untied).
 * - llama2_70b: meta-llama/Llama-2-70b-hf (8192, 80, 64, 8, 28672, 32000, untied).
 * - llama3_8b: meta-llama/Meta-Llama-3-8B (4096, 32, 32, 8, 14336, 128256, untied).
 * - llama3_70b: meta-llama/Meta-Llama-3-70B (8192, 80, 64, 8, 28672, 128256, untied).
 * - mistral_7b: mistralai/Mistral-7B-v0.1 (4096, 32, 32, 8, 14336, 32000, untied).
 * - mixtral_8x7b: mistralai/Mixtral-8x7B-v0.1 (as Mistral 7B, num_local_experts 8, num_experts_per_tok 2;
 *   the router is a bias-free d_model × 8 matrix per layer).
 * - qwen25_7b: Qwen/Qwen2.5-7B (3584, 28, 28, 4, 18944, 152064, untied, q/k/v biases).
 * - deepseek_v3: deepseek-ai/DeepSeek-V3 (7168, 61 layers, 128 heads, intermediate 18432 for the
 *   first_k_dense_replace = 3 dense layers, moe_intermediate_size 2048, n_routed_experts 256,
 *   num_experts_per_tok 8, n_shared_experts 1, q_lora_rank 1536, kv_lora_rank 512, qk_nope_head_dim 128,
 *   qk_rope_head_dim 64, v_head_dim 128, vocab 129280, untied; router bias e_score_correction_bias). The
 *   multi-token-prediction module (num_nextn_predict_layers 1, the 14B that makes the Hub's "685B") is not
 *   part of the main model and is not counted.
 */
export const ARCH_PRESETS: Record<ArchPresetKey, TransformerArch> = {
  llama2_7b: { layers: 32, dModel: 4096, heads: 32, kvHeads: 32, ffnHidden: 11008, vocab: 32000, tiedEmbeddings: false, gatedFfn: true },
  llama2_70b: { layers: 80, dModel: 8192, heads: 64, kvHeads: 8, ffnHidden: 28672, vocab: 32000, tiedEmbeddings: false, gatedFfn: true },
  llama3_8b: { layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnHidden: 14336, vocab: 128256, tiedEmbeddings: false, gatedFfn: true },
  llama3_70b: { layers: 80, dModel: 8192, heads: 64, kvHeads: 8, ffnHidden: 28672, vocab: 128256, tiedEmbeddings: false, gatedFfn: true },
  mistral_7b: { layers: 32, dModel: 4096, heads: 32, kvHeads: 8, ffnHidden: 14336, vocab: 32000, tiedEmbeddings: false, gatedFfn: true },
  mixtral_8x7b: {
    layers: 32,
    dModel: 4096,
    heads: 32,
    kvHeads: 8,
    ffnHidden: 14336,
    vocab: 32000,
    tiedEmbeddings: false,
    gatedFfn: true,
    experts: 8,
    activeExperts: 2,
  },
  qwen25_7b: { layers: 28, dModel: 3584, heads: 28, kvHeads: 4, ffnHidden: 18944, vocab: 152064, tiedEmbeddings: false, gatedFfn: true, qkvBias: true },
  deepseek_v3: {
    layers: 61,
    dModel: 7168,
    heads: 128,
    kvHeads: 128,
    ffnHidden: 18432,
    vocab: 129280,
    tiedEmbeddings: false,
    gatedFfn: true,
    experts: 256,
    activeExperts: 8,
    sharedExperts: 1,
    expertFfnHidden: 2048,
    denseLayers: 3,
    routerBias: true,
    mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
  },
};

/** Where the parameters of a TransformerArch are (all in parameters); the parts add up to countParameters' total. */
export interface ParameterBreakdown {
  /** Input token embedding, vocab × d_model (also the output layer when tied). */
  inputEmbedding: number;
  /** Output (unembedding) matrix when it is not tied, vocab × d_model; 0 when tied. */
  outputLayer: number;
  /** Attention of every layer: q, k, v, o projections and their biases (or MLA's projections and latent norms). */
  attention: number;
  /** Feed-forward of the dense layers (every layer of a dense model; first_k_dense_replace of an MoE). */
  denseFfn: number;
  /** Shared experts of the MoE layers, used by every token. */
  sharedExperts: number;
  /** All routed experts of the MoE layers. */
  routedExperts: number;
  /** The routed experts one token is sent to (activeExperts per MoE layer). */
  activeRoutedExperts: number;
  /** Router matrices (d_model × experts per MoE layer) and their biases. */
  router: number;
  /** Normalisation weights: two per layer and the final one. */
  norms: number;
}

/**
 * The parameters of a decoder-only transformer by component, with the same conventions as countParameters:
 * total = inputEmbedding + outputLayer + attention + denseFfn + sharedExperts + routedExperts + router + norms, and
 * active = the same with activeRoutedExperts in place of routedExperts. Units: parameters.
 * Example: ARCH_PRESETS.llama3_8b → inputEmbedding 525,336,576, outputLayer 525,336,576, attention 1,342,177,280,
 * denseFfn 5,637,144,576, norms 266,240 (sum 8,030,261,248).
 */
export function parameterBreakdown(arch: TransformerArch): ParameterBreakdown {
  const a = normalise(arch);
  const moeLayers = a.layers - a.denseLayers;
  const expert = ffnParams(a.dModel, a.expertFfnHidden, a.gatedFfn);
  const matrix = a.vocab * a.dModel;
  return {
    inputEmbedding: matrix,
    outputLayer: a.tiedEmbeddings ? 0 : matrix,
    attention: a.layers * attentionParams(a),
    denseFfn: a.denseLayers * ffnParams(a.dModel, a.ffnHidden, a.gatedFfn),
    sharedExperts: moeLayers * a.sharedExperts * expert,
    routedExperts: moeLayers * a.experts * expert,
    activeRoutedExperts: moeLayers * a.activeExperts * expert,
    router: moeLayers * (a.experts * a.dModel + (a.routerBias ? a.experts : 0)),
    norms: a.layers * 2 * a.normSize + a.normSize,
  };
}
