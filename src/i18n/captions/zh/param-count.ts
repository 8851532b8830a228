import type { FigureStrings } from '../../../figures/lib/types';

export default {
  title: '什么算参数：真实架构的参数计数器',
  caption:
    '上：一个只含解码器的 Transformer 的全部参数，以及一个词元实际经过的参数，按嵌入、注意力、前馈或专家、输出层和归一化分段；在混合专家（MoE）模型里，大部分参数在词元没有被路由到的专家中。下：按 Kaplan 等的算法得到的每词元 FLOPs：一次前向传播 2N + 2·n_layer·n_ctx·d_attn，其中 N 为一个词元使用的非嵌入参数；训练约为其 3 倍；以及计入与不计入嵌入的 6N 规则。计入所有权重矩阵、归一化层的权重和模型确有的偏置；旋转位置编码没有参数。DeepSeek-V3 不计多词元预测模块（使检查点达到 685B 的那 14B），并沿用其潜在注意力的各个宽度（这里没有对应的栏）。链接把每词元使用的参数量交给计算规划器。',
  source:
    '架构取自各模型公开的配置：Hugging Face 上 meta-llama/Llama-2-7b-hf、Llama-2-70b-hf、Meta-Llama-3-8B、Meta-Llama-3-70B、mistralai/Mistral-7B-v0.1、Mixtral-8x7B-v0.1 和 Qwen/Qwen2.5-7B 的 config.json；deepseek-ai/DeepSeek-V3 的 inference/configs/config_671B.json。复现的公开参数量：各检查点的大小（model.safetensors.index.json）；Mixtral 8×7B 共 46.7B、每词元 12.9B（Mistral AI 的发布公告；Jiang 等 2024，arXiv 2401.04088 中为 47B 和 13B）；Qwen2.5 7B 为 7.61B、非嵌入 6.53B（模型卡）；DeepSeek-V3 共 671B、激活 37B（arXiv 2412.19437，摘要）。FLOPs：Kaplan 等 2020（arXiv 2001.08361）原文表 1 与 §2.1。',
  alt: '两组水平堆叠条形图。上面是模型的全部参数与每词元使用的参数，按组成部分着色；下面是每词元 FLOPs：前向传播、训练，以及计入与不计入嵌入的 6N 规则。',
} satisfies FigureStrings;
