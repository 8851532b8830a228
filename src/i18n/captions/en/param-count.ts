import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: 'What counts as a parameter: a counter for real architectures',
  caption:
    'Top: all the parameters of a decoder-only transformer and those one token passes through, split into embedding, attention, feed-forward or experts, output layer and norms; in a mixture of experts most parameters sit in experts a token is not sent to. Bottom: FLOPs per token as Kaplan et al. count them, a forward pass of 2N + 2·n_layer·n_ctx·d_attn with N the non-embedding parameters a token uses, training at three times that, and the 6N rule with and without the embeddings. Every weight matrix, the norms’ weights and the biases a model has are counted; rotary positions have none. DeepSeek-V3 is counted without its multi-token-prediction module (the 14B that make the 685B of its checkpoint) and keeps its latent-attention widths, which have no field here. The link hands the parameters used per token to the compute planner.',
  source:
    'Architectures from each model’s published configuration: config.json of meta-llama/Llama-2-7b-hf, Llama-2-70b-hf, Meta-Llama-3-8B, Meta-Llama-3-70B, mistralai/Mistral-7B-v0.1, Mixtral-8x7B-v0.1 and Qwen/Qwen2.5-7B on Hugging Face; deepseek-ai/DeepSeek-V3, inference/configs/config_671B.json. Published counts they reproduce: the checkpoints’ sizes (model.safetensors.index.json); Mixtral 8×7B 46.7B total, 12.9B per token (Mistral AI’s announcement; 47B and 13B in Jiang et al. 2024, arXiv 2401.04088); Qwen2.5 7B 7.61B, 6.53B non-embedding (model card); DeepSeek-V3 671B total, 37B activated (arXiv 2412.19437, abstract). FLOPs: Kaplan et al. 2020 (arXiv 2001.08361) Table 1 and §2.1.',
  alt: 'Two sets of horizontal stacked bars. Above, the model’s parameters and those used per token, coloured by component; below, FLOPs per token for a forward pass, for training, and by the 6N rule with and without embeddings.',
} satisfies FigureStrings;
