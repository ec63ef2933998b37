#!/usr/bin/env python3
"""Turns tests/validation/training_cases.json (independent published training runs, with sources)
into training_cases.inc, the C++ case table validation_test.cpp includes. Run from the repo root:
    python3 tests/validation/make_training_cases.py
The rules that express a case in mlsysim's terms (which catalog node and fabric stand for the
hardware, defaults for fields a source leaves out) are applied uniformly and listed in
docs/validation.md; cases that cannot be expressed are listed there with the reason."""
import json, os, re, sys

from generated import write_table

from aws_instances import aws_kind

HERE = os.path.dirname(os.path.abspath(__file__))
LOADED_WAVES = []


def load_wave(n):
    """The records of training_cases_wave<n>.json; the header and the unloaded-file check read
    LOADED_WAVES."""
    LOADED_WAVES.append(n)
    return json.load(open(os.path.join(HERE, "training_cases_wave%d.json" % n)))


# Wave 1 (T01-T66, first predictions by e5d24cd) and wave 2 (U01-U80, collected blind after
# 2f9ffc0, first predictions by that commit; U13-U15, U51-U55, U71-U76 and U79-U80 later, when
# their hardware's catalog nodes were added).
cases = json.load(open(os.path.join(HERE, "training_cases.json")))
cases += load_wave(2)
# Wave 3 (W01-W34, collected blind after d8ea093, first predictions by that commit's model).
cases += load_wave(3)
# Wave 4 (X01-X38 NVIDIA, Y01-Y18 other accelerators; collected blind on 2026-11-29, first
# predictions by the model of f70900b). The rules marked "wave 4" below were written before any
# wave-4 prediction was computed.
cases += load_wave(4)
# Wave 5 (N01-N23 NVIDIA, M01-M18 other accelerators; collected blind on 2026-11-29 after the
# Neuron-latency change 77f9cbf, first predictions by the model of 2ee3d12). The rules marked
# "wave 5" below were written before any wave-5 prediction was computed.
cases += load_wave(5)
# Wave 6 (G01-G34 NVIDIA, K01-K12 other accelerators; collected blind on 2026-11-29 after
# Recompute::mlp (5bd682f), first predictions by the model of that commit). The rules marked
# "wave 6" below were written before any wave-6 prediction was computed.
cases += load_wave(6)
# Wave 7 (D01-D20 JAX stacks, E01-E22 PyTorch / Hugging Face stacks; collected blind on
# 2026-11-29 after the eager-elementwise change 2ac44a7, first predictions by the model of that
# commit). The rules marked "wave 7" below were written before any wave-7 prediction.
cases += load_wave(7)
# Wave 8 (H01-H22 NVIDIA, F01-F13 TPU / Gaudi; collected blind on 2026-11-29 after the GB200
# SM-count change 3231140, first predictions by the model of that commit). The rules marked
# "wave 8" below were written before any wave-8 prediction was computed.
cases += load_wave(8)
# Wave 9 (B01-B06 NVIDIA, I01-I08 TPU v6e; collected blind on 2026-11-29 after the 16-bit
# vocabulary projection of FP8 recipes, 1eefc20, first predictions by the model of that commit).
# The rules marked "wave 9" below were written before any wave-9 prediction was computed.
cases += load_wave(9)
# Wave 10 (XA01-XA15 NVIDIA, XB01-XB08 TPU v6e; collected blind on 2026-11-29, first predictions
# by the model of 0b0bf97). The rules marked "wave 10" below were written before any wave-10
# prediction was computed.
cases += load_wave(10)
# Wave 11 (XC01-XC15; collected blind on 2026-11-29 in session 10, first predictions by the model
# of the commit that adds them). The rules marked "wave 11" below were written before any wave-11
# prediction was computed.
cases += load_wave(11)
# Wave 12 (XD01-XD07 non-NVIDIA and MoE, XE01-XE09 NVIDIA with other stacks; collected blind on
# 2026-11-30 in session 11, first predictions by the model of the commit that adds them). The
# rules marked "wave 12" below were written before any wave-12 prediction was computed.
cases += load_wave(12)
# Wave 13 (XF01-XF11, A100 / A800; collected blind on 2026-11-30 in session 11, first predictions
# by the model of the commit that adds them). The rules marked "wave 13" below were written before
# any wave-13 prediction was computed.
cases += load_wave(13)
# Wave 14 (XG01-XG08, MLPerf Training on B200 / GB200; collected blind on 2026-11-30 in session
# 11, first predictions by the model of the commit that adds them). No rule was added for it;
# the repeat rule below covers it.
cases += load_wave(14)
# Wave 15 (XH01-XH16 dense models on Hopper / Blackwell / MI325X with context-parallel sequence
# pairs, XI01-XI05 MLPerf v6.0 on GB300 / MI355X; collected blind on 2026-11-30 in session 12,
# first predictions by the model of the commit that adds them, which includes the measured
# attention training rates of e3a9e12). The rules marked "wave 15" below were written before any
# wave-15 prediction was computed.
cases += load_wave(15)
# Wave 16 (XJ01-XJ12 AMD, MLPerf GPT-3 at 2K tokens, MaxText on TPU v5p; XK01-XK08 MoE: MLPerf
# gpt-oss-20b and Qwen3-235B-A22B on GB200 / GB300; collected blind on 2026-11-30 in session 12,
# first predictions by the model of the commit that adds them). No rule was added for it: the
# existing rules (the GB300 rule of wave 15 included) and the repeat rule cover it; a B300 HGX
# node is not in the catalog, so XK02 is not expressible.
cases += load_wave(16)
# Wave 17 (XL01-XL14 NVIDIA: MLPerf v5.1 GB300 and v3.0 H100 logs, the Megatron-LM README's
# weak-scaling table, a torchtitan MoE run; XM01-XM07 AMD / Gaudi / Trainium / TPU; collected
# blind on 2026-11-30 in session 13, first predictions by the model of the commit that adds
# them). The rules marked "wave 17" below were written before any wave-17 prediction was computed.
cases += load_wave(17)
# Wave 18 (XN01-XN18: the zero-bubble pipeline paper's 1F1B rows on 8-32 A100, the USP
# long-context report's rows on 8-16 A800, the BLOOM logbook's pre-training trials on 8-384 A100;
# collected blind on 2026-11-30 in session 13, first predictions by the model of the commit that
# adds them). The rules marked "wave 18" below were written before any wave-18 prediction.
cases += load_wave(18)
# Wave 19 (XO01-XO12: nanotron's benchmark heatmap on 8-512 H100, AXLearn's Fuji-7B / 70B timings
# on H100, TPU v5e and v6e; collected blind on 2026-11-30 in session 13, first predictions by the
# model of the commit that adds them). The rules marked "wave 19" below were written before any
# wave-19 prediction was computed.
cases += load_wave(19)
# Wave 20 (XP01-XP07: MLPerf Training v5.1 Llama 3.1 8B result logs of Nebius, Supermicro, HPE
# and Lambda on 8-72 B200 / B300 / H200 / GB300; XQ01-XQ17: tpu-recipes' Llama 3.1 8B
# long-context studies on 64 TPU v5p / TPU7x, one engineer's MoE pre-training notes on TPU v5p /
# TPU7x and GB300; collected blind on 2026-11-30 in session 14, first predictions by the model of
# the commit that adds them, the first wave predicted with NCCL's collective cost model). The
# rules marked "wave 20" below were written before any wave-20 prediction was computed.
cases += load_wave(20)
# Wave 21 (XR01-XR13: torchtitan FSDP2 / float8 Llama 3.1 8B on 32-64 H200 and 32 H100 (AWS),
# torchtitan on 64 MI250X GCDs (Frontier), AXLearn Fuji-70B on 8-32 MI300X (AMD's fork),
# KempnerForge MoE on 8 H200; collected blind on 2026-11-30 in session 14, first predictions by
# the model of the commit that adds them). The rules marked "wave 21" below were written before
# any wave-21 prediction was computed.
cases += load_wave(21)
# Wave 22 (XS01-XS08: MLPerf Training v5.0 / v5.1 result logs of Lenovo, Supermicro, Dell, Cisco
# and Nebius: Llama 3.1 8B on 8 B200 / B300 / MI355X / MI350X, Llama 3.1 405B on 512 and 1,024
# H200; collected blind on 2026-11-30 in session 15, first predictions by the model of the commit
# that adds them). The rules marked "wave 22" below were written before any wave-22 prediction.
cases += load_wave(22)
# Wave 23 (XT01-XT06: MLPerf Training v5.1 / v6.0 Llama 3.1 8B logs on 8 B200, 8 H200 NVL, 16-64
# B300, and a ROCm Megatron-LM Llama-2-7B run on 8 gfx942 GPUs; collected blind on 2026-11-30 in
# session 15). The rules marked "wave 23" below were written before any wave-23 prediction.
cases += load_wave(23)
# Wave 24 (XU01-XU12: Megatron-Bridge / AutoModel rows new since the used commits, MLPerf Training
# v6.0 results of four further submitters on GB300 and B300; collected blind on 2026-11-30 in
# session 16, first predictions by the model of the commit that adds them). The rules marked
# "wave 24" below were written before any wave-24 prediction was computed.
cases += load_wave(24)
# Wave 25 (XV01-XV05: MLPerf Training v6.0 gpt_oss_20b results of Dell, Nebius, Lambda and Cisco on
# 16 / 64 B300, 8 / 72 GB300 and 64 H100; collected blind on 2026-11-30 in session 17 after the
# local-attention commits, first predictions by the model of the commit that adds them). The
# rules marked "wave 25" below were written before any wave-25 prediction was computed.
cases += load_wave(25)
# Wave 26 (XW01-XW04: MLPerf Training v5.1 / v6.0 result logs: DeepSeek-V3 671B and Llama 3.1
# 405B (NVFP4) on 512 GB300, gpt_oss_20b on 8 B300, Llama 3.1 8B on 8 B200; XX01-XX10, a second
# pass over the same results: Llama 3.1 405B on 8,192 GB200 (Azure), 4,096 GB300 (CoreWeave) and
# 72 GB300 (HPE), DeepSeek-V3 on 2,048-8,192 GB200 / GB300 (NVIDIA, CoreWeave), Llama 3.1 8B on
# 1,024 GB200 (NVIDIA) and 64 / 128 H100 (Cisco); XY01-XY07, a third pass: Llama 3.1 8B NVFP4 on
# 8 / 32 GB300 and GB200 (Oracle, HPE), Llama 3.1 405B on 2,048 GB300 and gpt_oss_20b on 8 / 72
# GB200 (NVIDIA); collected blind on 2026-11-30 in session 18 after the kernel-boundary commit,
# first predictions by the model of the commit that adds them; the model did not change between
# the three passes). The rules marked "wave 26" below were written
# before any wave-26 prediction of the cases they govern was computed.
cases += load_wave(26)
# Wave 27 (XZ01-XZ04: MLPerf Training v6.0 result logs: Llama 3.1 8B FP8 on 16 H200 (Cisco),
# NVFP4 on 16 GB300 and 16 GB200 (HPE), Llama 3.1 405B NVFP4 with a reduced global batch on one
# 72-GPU GB300 rack (HPE); collected blind on 2026-12-01 in session 19 after the loss and the
# B300 / GB300 SM counts, first predictions by the model of the commit that adds them). The rules
# marked "wave 27" below were written before any wave-27 prediction was computed.
cases += load_wave(27)
# Wave 28 (YA01-YA15: ATorch's Llama 2 7B benchmark table on 8-64 A100 (FSDP and DeepSpeed
# pipeline), NeMo Framework Launcher 24.05's FP8 Llama 2 7B / 70B rows on 8-64 H100, NeMo's
# long-sequence Llama 3 8B FP8 table on 32-256 B200, MLPerf Training v3.0 GPT-3 175B BF16 on 256 /
# 384 Gaudi2, MLPerf v4.0 GPT-3 175B FP8 on 512 H100 (Sustainable Metal Cloud), a DeepSeek-V2-
# Lite-style MoE on 8 H100; collected blind on 2026-12-01 in session 20 after the driver-visible
# memory commit, first predictions by the model of the commit that adds them). The rules marked
# "wave 28" below were written before any wave-28 prediction was computed.
cases += load_wave(28)
# Wave 29 (YB01-YB15: ColossalAI's Gemini Llama 2 7B run on 32 A800, Lightning-Thunder's FP8 / BF16
# FSDP benchmarks on 8-16 H100, Megatron-DeepSpeed's 30B long-sequence table on 32 A100 40GB,
# NeMo 25.02 / 25.04 performance-summary rows on B200 and GB200 (Mixtral, Nemotron-4, Llama 3 /
# 3.1), Lambda's torchtitan gpt-oss runs on 64 GB300; collected blind on 2026-12-01 in session 20
# after wave 28, first predictions by the model of the commit that adds them). The rules marked
# "wave 29" below were written before any wave-29 prediction was computed.
cases += load_wave(29)
# Wave 30 (YC01-YC09: tpu-recipes' Ironwood (TPU7x) MaxText summary rows added or re-measured
# after the commit waves 2 / 20 read (Llama 3.1 405B / 70B in BF16 and FP8, 70B at 128K tokens,
# Qwen3-235B-A22B in FP8), NeMo AutoModel's DeepSeek-V3 on 1,024 H100 and Kimi K2 on 256 H100
# rows; collected blind on 2026-12-01 in session 20 after wave 29, first predictions by the model
# of the commit that adds them). The rules marked "wave 30" below were written before any wave-30
# prediction was computed.
cases += load_wave(30)
# Wave 31 (YD01-YD09: Megatron-Bridge's performance summary rows first published in its 26.04 and
# 26.06 releases (Llama 3.1 405B FP8 / NVFP4 on 256 GB300; Llama 3 70B MXFP8 / NVFP4 / FP8 with
# Megatron-FSDP on 64 GB300 and MXFP8 on 64 GB200; Kimi K2, GPT-OSS 120B and Qwen3-30B-A3B MoE
# rows), collected blind on 2026-12-01 in session 21, first predictions by the model of the
# commit that adds them). The rules marked "wave 31" below were written before any wave-31
# prediction was computed.
cases += load_wave(31)
# Wave 32 (YE01-YE06: the Swiss AI Initiative's Megatron-LM fork, pull requests stating measured
# throughput of Llama 3.2 1B / 3B, a 0.55B Llama-style model and Llama 3.1 8B on 4-256 GPUs of
# CSCS Alps, with the configuration from each PR's Slurm script; collected blind on 2026-12-01 in
# session 21). The rules marked "wave 32" below were written before any wave-32 prediction.
cases += load_wave(32)
# Wave 33 (YF01-YF09: MosaicML llm-foundry's "H100 80GB BF16 (Large Scale, >= 128 GPUs)" table at
# commit 5e85bd62d, MPT 1B-70B with FSDP (SHARD_GRAD_OP / FULL_SHARD) on 128-512 H100, the
# configuration from the same commit's sweep.py and mpt-*.yaml; collected blind on 2026-12-01 in
# session 21). The rules marked "wave 33" below were written before any wave-33 prediction.
cases += load_wave(33)
# Wave 34 (YG01-YG18: the rows of llm-foundry's MPT benchmark README at 061f2c7 that waves 1 and
# 33 did not take: MPT 1B-70B with FSDP FULL_SHARD on 8-64 A100 40GB / 80GB and H100; collected
# blind on 2026-12-01 in session 21). The rules marked "wave 34" below were written before any
# wave-34 prediction.
cases += load_wave(34)
# Wave 35 (YH01-YH05: torchtitan's first docs/performance.md at 395a526, Llama 2 13B / 70B with
# FSDP2 on 64 A100 80GB under four activation-checkpointing settings; collected blind on
# 2026-12-01 in session 22). The rules marked "wave 35" below were written before any wave-35
# prediction.
cases += load_wave(35)
# Wave 36 (YI01-YI14: yanring/Megatron-MoE-ModelZoo, NVIDIA's Megatron-Core MoE best-practice
# repository: Mixtral 8x22B on 128 H100, Qwen3-235B-A22B on 64 GB300 and a 16K-128K
# context-parallel series on 256 H100; collected blind on 2026-12-01 in session 23). The rules
# marked "wave 36" below were written before any wave-36 prediction.
cases += load_wave(36)
# Wave 37 (YJ01-YJ06: Lambda's "FlashAttention 2 on Lambda Cloud" README, a GPT-3 2.7B-shaped
# model on 1 and 8 A100 80GB / H100 80GB with FlashAttention-2 and with the Hugging Face baseline;
# collected blind on 2026-12-01 in session 23). The rules marked "wave 37" below were written
# before any wave-37 prediction.
cases += load_wave(37)
# Wave 38 (YK01-YK04: Lambda's GPT-NeoX README, GPT-NeoX-20B and a hidden-4096 variant on 8-24
# A100 40GB over Lambda's on-demand Ethernet; collected blind on 2026-12-01 in session 23). The
# rules marked "wave 38" below were written before any wave-38 prediction.
cases += load_wave(38)
# Wave 39 (YL01-YL09: VectorInstitute/vectorlm's reference throughput, Llama 3 8B with PyTorch FSDP
# on 1, 2 and 4 A100 80GB at 2K, 4K and 8K tokens; collected blind on 2026-12-01 in session 23).
# The rules marked "wave 39" below were written before any wave-39 prediction.
cases += load_wave(39)
# Wave 40 (YM01-YM10: LitGPT's Thunder README, TinyLlama 1.1B pre-training on 1 and 8 A100 40GB,
# eager and Thunder-compiled; torchtune's README "Optimization flags" table, Llama 3.2 3B full
# fine-tune on one A100; collected blind on 2026-12-01 in session 24). The rules marked "wave 40"
# below were written before any wave-40 prediction.
cases += load_wave(40)
# Wave 41 (YN01-YN07: torchprime's README, Llama 3 8B and Llama 3.1 405B with PyTorch/XLA on TPU
# v6e-256; hpcaitech's ColossalAI-Pytorch-lightning GPT-2 benchmark on 4-8 A100 40GB; collected
# blind on 2026-12-01 in session 24). The rules marked "wave 41" below were written before any
# wave-41 prediction.
cases += load_wave(41)
# Wave 42 (YO01-YO07: AWS Neuron's Trn1 training performance table, training_data_decoder.csv at the
# Neuron SDK 2.21.0 and 2.18.0 release commits; collected blind on 2026-12-01 in session 24). The
# rules marked "wave 42" below were written before any wave-42 prediction.
cases += load_wave(42)
# Wave 43 (YP01-YP04: Megatron-Bridge model verification cards, card.yaml pretrain items on H100 and
# GB200; collected blind on 2026-12-01 in session 25). The rules marked "wave 43" below were
# written before any wave-43 prediction.
cases += load_wave(43)
# Wave 44 (YQ01-YQ14: FP8-LM's Table 5 on H100 and Korthikanti et al.'s Tables 3 and 5 on A100;
# collected blind on 2026-12-01 in session 25). The rules marked "wave 44" below were written
# before any wave-44 prediction.
cases += load_wave(44)
# Wave 45 (YR01-YR14: the per-run spreadsheets of "Efficient Parallelization Layouts for
# Large-Scale Distributed Model Training", Hagemann et al., Llama 13B / 30B / 65B shapes on 32-256
# A100; collected blind on 2026-12-01 in session 25). The rules marked "wave 45" below were
# written before any wave-45 prediction.
cases += load_wave(45)
# Wave 46 (YS01-YS07: the Megatron-LM baseline rows of the VocabularyParallelism artifact, Yeung et
# al., a 4B GPT with 32K-256K vocabularies on one 8-GPU A100 server at PP 8; collected blind on
# 2026-12-01 in session 25). The rules marked "wave 46" below were written before any wave-46
# prediction.
cases += load_wave(46)
# Wave 47 (no record: a blind search of pipeline- and sequence-parallel papers' artifacts found no
# committed measurement with a full configuration on a catalog accelerator; session 25).
cases += load_wave(47)
# Wave 48 (YU01-YU04: the final NeMo 24.07 revision of docs/source/performance/performance_summary.md,
# FP8 pre-training on DGX-H100: GPT-3 5B / 20B / 175B and Nemotron-3 8B, configurations the suite
# never held; collected blind on 2026-12-01 in session 26). The rules marked "wave 48" below were
# written before any wave-48 prediction.
cases += load_wave(48)
# Wave 49 (YV01-YV09: torchtitan PR #165's FSDP1 / FSDP2 runs of a Llama 2 7B shape on 8 H100
# with peak reserved memory, and issue #1207's BF16 baseline of Llama 3 8B on 4 H100; collected
# blind on 2026-12-01 in session 26). The rules marked "wave 49" below were written before any
# wave-49 prediction.
cases += load_wave(49)
# Wave 50 (YW01-YW19: torchtitan pull requests #1690 (Qwen3 32B), #822, #808, #996 (Llama 3 8B)
# and #355 (Llama 3 8B on A100) and issue #1789 (a DeepSeek-V3 16B flavor), read from their logs;
# collected blind on 2026-12-01 in session 26). The rules marked "wave 50" below were written
# before any wave-50 prediction.
cases += load_wave(50)
# Wave 51 (YX01-YX08: the recipe index of Megatron-LM's examples/moe_recipes/README.md, Qwen3
# 30B-A3B / 235B-A22B and DeepSeek-V3 on H100, B200 and GB200; collected blind on 2026-12-01 in
# session 26). The rules marked "wave 51" below were written before any wave-51 prediction.
cases += load_wave(51)
# Wave 52 (YY01-YY03: torchtitan pull requests #1287, #1513 and #701, read from the logs in their
# descriptions; collected blind on 2026-12-01 in session 26). The rules marked "wave 52" below
# were written before any wave-52 prediction.
cases += load_wave(52)
# Wave 53 (YZ01-YZ07: the B300 / GB300 rows of Megatron-LM's MoE recipe index, and the GB300
# entries of Megatron-Bridge's model verification cards; collected blind on 2026-12-01 in
# session 26). The rules marked "wave 53" below were written before any wave-53 prediction.
cases += load_wave(53)
# Wave 54 (ZA01-ZA14: Megatron-Bridge's performance summaries and verification cards on B300 / GB300
# / GB200, and Marin's Levanter speedrun results on TPU v5p / v4; collected blind on 2026-12-01 in
# session 26). The rules marked "wave 54" below were written before any wave-54 prediction.
cases += load_wave(54)
# Wave 55 (ZB01-ZB10: COAT's Table 7, FSDP Llama-2 7B / 13B on 2-8 GPUs in BF16 and TE FP8, from
# the NVlabs/COAT README; collected blind on 2026-12-01 in session 27). The rules marked
# "wave 55" below were written before any wave-55 prediction.
cases += load_wave(55)
# Wave 56 (ZC01-ZC10: earlier revisions of tpu-recipes' Trillium / v5p MaxText READMEs; collected
# blind on 2026-12-01 in session 27). The rules marked "wave 56" below were written before any
# wave-56 prediction.
cases += load_wave(56)
# Wave 57 (ZD01-ZD02: AMD-AGI/Primus commits, gpt-oss-20b's MLPerf configuration on 8 MI355X in
# FP8 and a MaxText Mixtral FP8 remark on MI300X; collected blind on 2026-12-01 in session 27). The
# rules marked "wave 57" below were written before any wave-57 prediction.
cases += load_wave(57)
# Wave 58 (ZE01-ZE13: Modalities' FSDP scaling tables on Leonardo's A100 64GB and MareNostrum 5's
# H100 64GB; collected blind on 2026-12-01 in session 27). The rules marked "wave 58" below were
# written before any wave-58 prediction.
cases += load_wave(58)
# Wave 59 (ZF01-ZF14: llm-foundry's April-2023 MPT throughput table and mosaicml/examples'
# December-2022 MosaicGPT table, FSDP on 8-256 A100; collected blind on 2026-12-01 in session 27).
# The rules marked "wave 59" below were written before any wave-59 prediction.
cases += load_wave(59)
# Wave 60 (ZG01-ZG08: gpu-recipes' A4 Mixtral 8x7B example entry and dgxc-benchmarking's v25.04
# Llama 3.1 70B / 405B tables on 64-2048 H100; collected blind on 2026-12-01 in session 27). The
# rules marked "wave 60" below were written before any wave-60 prediction.
cases += load_wave(60)
# Wave 61 (ZH01-ZH02: the ROCm blog post "From Operator to Kernel: Profile Primus Training with
# madengine", Qwen3-30B-A3B FP8 (Megatron) and Qwen3-0.6B (TorchTitan) on 8 MI300X; collected
# blind on 2026-12-02 in session 28). The rules marked "wave 61" below were written before any
# wave-61 prediction.
cases += load_wave(61)
# Wave 62 (ZI01-ZI10: AMD Infinity Hub's "ROCm PyTorch Training Container (v25.2)" guide, FSDP
# Llama 3.1 8B / 70B on 8 MI300X and 8 MI325X; collected blind on 2026-12-02 in session 28). The
# rules marked "wave 62" below were written before any wave-62 prediction.
cases += load_wave(62)
# Wave 63 (ZJ01-ZJ03: ROCm/MAD's Llama 3.1 8B FSDP FP8 pre-training benchmark README, 8 MI300X;
# collected blind on 2026-12-02 in session 28). The rules marked "wave 63" below were written
# before any wave-63 prediction.
cases += load_wave(63)
# Wave 64 (ZK01-ZK02: a superseded revision of Megatron-Bridge's 26.04.01 performance summary;
# collected blind on 2026-12-02 in session 28). The rules marked "wave 64" below were written
# before any wave-64 prediction; none was computed (both rows are excluded).
cases += load_wave(64)
# Waves 65 and 66 (session 28): nothing (arXiv systems papers' baseline tables, unreachable past
# their abstracts; nanotron/old_bench's per-run folders, which name no accelerator). Their notes
# are training_cases_wave65.md and _wave66.md.
cases += load_wave(65)
cases += load_wave(66)
# Wave 67 (ZN01-ZN07: a personal fork of Seq1F1B (zwx119/Seq1F1B) whose experiment guide tables
# its softmax (FlashAttention-2) baselines of GPT 1.3B / 2.7B / 7B on one 8-GPU "A100-80GB SXM"
# node, with the raw Megatron logs committed; collected blind on 2026-12-02 in session 29). The
# rules marked "wave 67" below were written before any wave-67 prediction.
cases += load_wave(67)
# Wave 68 (ZO01-ZO11: the README of Crusoe Cloud's torchtitan fork, Llama 3.1 8B with FSDP2 on
# 12-68 GB200, 8-16 B200, 32-128 H200 and 16-128 H100; collected blind on 2026-12-02 in session
# 29). The rules marked "wave 68" below were written before any wave-68 prediction.
cases += load_wave(68)
# Wave 69 (ZP01-ZP04: Together AI's together-dgxc-benchmarking repository, Megatron-Bridge
# recipes in the nemo:26.02.00 container on one 8-GPU B200 node, with the raw job logs committed;
# collected blind on 2026-12-02 in session 29). The rules marked "wave 69" below were written
# before any wave-69 prediction.
cases += load_wave(69)
# Wave 70 (ZQ01-ZQ04: the same Together repository, Qwen3-30B-A3B FP8 / MXFP8 at a global batch of
# 512 on 8 B200, and a GB200 rack-acceptance report's Qwen2.5-72B and gpt-oss-120b runs on 64 GB200
# of one NVL72 rack, with their job logs; collected blind on 2026-12-02 in session 29). The rules
# marked "wave 70" below were written before any wave-70 prediction.
cases += load_wave(70)
# Wave 71 (ZR01-ZR02: the same Together repository's B300 job logs, Llama 3.1 8B and Qwen3-30B-A3B
# with Megatron-Bridge in the nemo:25.11.01 container on one 8-GPU B300 node; collected blind on
# 2026-12-02 in session 30). The rules marked "wave 71" below were written before any wave-71
# prediction.
cases += load_wave(71)
# Wave 72 (ZS01: a personal blog's torchtitan run of the Llama 3.2 1B shape with a 32k code tokenizer
# through torchtitan's transformers backend, DDP on 2 H100; collected blind on 2026-12-02 in
# session 30). The rules marked "wave 72" below were written before any wave-72 prediction.
cases += load_wave(72)
# Wave 73 (ZT01-ZT06: LambdaLabsML/torchtitan's gb300 result notes and config registry, gpt-oss-120b /
# 20b with FSDP2 on 64 GB300 and 8 B200; collected blind on 2026-12-02 in session 30). The rules
# marked "wave 73" below were written before any wave-73 prediction.
cases += load_wave(73)
# Wave 74 (nothing: the MLPerf Training v4.0-v6.0 system directories not yet used are repeats of
# used runs or configurations, or do not state their layout; training_cases_wave74.md lists each;
# session 30).
cases += load_wave(74)
# Wave 75 (ZV01-ZV02: nanochat base pre-training, d20 on 8 H100 from a re-implementation's committed
# run report and d16 on 2 H100 from a lab notebook; collected blind on 2026-12-02 in session 30).
# The rules marked "wave 75" below were written before any wave-75 prediction.
cases += load_wave(75)
# Wave 76 (ZW01-ZW04: nanochat base pre-training on one 8-GPU H100 node, d32 from run1000.sh's
# pasted log and d24 / d26 from the repository's speedrun leaderboard; collected blind on
# 2026-12-02 in session 31). The rules marked "wave 76" below were written before any wave-76
# prediction.
cases += load_wave(76)
# Wave 77 (ZX01-ZX04: llm.c GPT-2 124M on one A800 80GB PCIe and one RTX 4090, from a personal
# note and a Zhihu article; collected blind on 2026-12-02 in session 31). Nothing expressible (the
# wave-77 rules below; session 32 made ZX02-ZX04 expressible).
cases += load_wave(77)
# Wave 78 (ZY01-ZY02: Marin's Levanter speedrun results for Llama 130m and 300m on one TPU v5p-32
# slice; collected blind on 2026-12-02 in session 32).
cases += load_wave(78)
# Wave 79 (ZZ01-ZZ10: a personal MI350X benchmark repository's DDP and single-GPU runs of GPT-style
# 7B / 13B shapes, and Marin's Levanter speedruns of Llama 150m on a TPU v4-128 slice and 50m on one
# H200; collected blind on 2026-12-02 in session 32).
cases += load_wave(79)
# Wave 80 (KA01-KA11: Marin's Levanter speedruns of Llama 30m-75m on a TPU v4-128 slice, 50m on 4
# A100 and 1.4B on 8 H200, and the MI350X repository's single-GPU rows of six smaller GPT shapes;
# collected blind on 2026-12-02 in session 32; the Z prefixes ran out at ZZ).
cases += load_wave(80)
# Wave 81 (KB01-KB02: a personal Nebius benchmark of a 12-layer PyTorch encoder stack in FP32 with DDP
# on 8 and 16 H100; collected blind on 2026-12-02 in session 32).
cases += load_wave(81)
# Wave 82 (KC01-KC04: cluster-toolkit's MaxText Llama 3.1 8B example on a TPU7x-32 slice, and
# MarinFold's NeMo runs of a 2.9B Qwen3-style model on 8 H100 at three micro-batches; collected
# blind on 2026-12-02 in session 32).
cases += load_wave(82)
# Wave 83 (KD: MarinFold's other experiments and DeepSpeed issue threads; collected blind on
# 2026-12-02 in session 32). Nothing usable: approximate figures, inference or RL runs, unnamed
# accelerators (the .md lists each candidate).
cases += load_wave(83)
# Wave 84 (KE01-KE11: rasbt/LLMs-from-scratch's "PyTorch Performance Tips for Faster LLM Training",
# a GPT-2-124M-shaped model on one A100 through five cumulative eager steps, and NVIDIA
# cudnn-frontend's Llama-3.2-1B training benchmark on one H200 and one B200 with locked clocks;
# collected blind on 2026-12-02 in session 36, first predictions by the model of 0957ef4). The
# rules marked "wave 84" below were written before any wave-84 prediction was computed.
cases += load_wave(84)
# Wave 85 (KF01-KF12: ServiceNow Fast-LLM's quick-start and README tables, SmolLM2-135M,
# Llama-3.2-1B, Llama-3.1-8B and a Mistral-7B shape on 8-32 H100 / A100 / V100; IBM
# fms-acceleration's full fine-tuning baselines, Mistral-7B and SantaCoder on one and two A100;
# collected blind on 2026-12-04 in session 38, first predictions by the model of 69282c0). The
# rules marked "wave 85" below were written before any wave-85 prediction was computed.
cases += load_wave(85)
# Wave 86 (KG01-KG07: ljm565/universal-llm-trainer's one-GPU full fine-tuning table, Llama-3.1-8B
# and Phi-3-mini on one H100 / A100; Scicom small-ablation's Qwen3-0.6B DDP on 4 H100 / H200 /
# L40S; collected blind on 2026-12-04 in session 38, first predictions by the model of 69282c0).
# The rules marked "wave 86" below were written before any wave-86 prediction was computed.
cases += load_wave(86)
# Wave 87 (KH01-KH16: DeepSpeedExamples' bf16 master-weight ZeRO-3 pair on 4 H100; pretraining-bench's
# one-GPU TransformerEngine runs on GB300 / GH200 / H200 / H100; FIRE_playground's GPT-2 small on one
# H100; ML-Infrastructure-Engineer's Megatron-Bridge Qwen3 layout matrix on 16 H100; collected blind
# on 2026-12-04 in session 39, first predictions by the model of 2da3bf6). The rules marked
# "wave 87" below were written before any wave-87 prediction was computed.
cases += load_wave(87)
# Wave 88 (KI01-KI10: Megatron-DeepSpeed's GPT-3 13B / 1.3B table on DGX-2 V100s; Megatron-LM pull
# request #1723's Llama-3-8B BF16 / FP8 comparison on 8 H200; pull request #5032's Megatron-FSDP
# Qwen3-30B-A3B runs on 8 GB200; DeepSpeed pull request #7999's Qwen3-32B ZeRO-3 baseline on 8
# MI300X; collected blind on 2026-12-04 in session 39, first predictions by the model of 8d962e3).
# The rules marked "wave 88" below were written before any wave-88 prediction was computed.
cases += load_wave(88)
# Wave 89 (KJ01-KJ10: Megatron-LM's functional-test golden values for a 7B GPT on one DGX H100 and on
# two GB200 trays; OneFlow DLPerf's Megatron-LM (2021) runs on 1-32 V100-SXM2-16GB; collected blind
# on 2026-12-04 in session 39, first predictions by the model of c80a7b4). The rules marked
# "wave 89" below were written before any wave-89 prediction was computed.
cases += load_wave(89)
# Wave 90 (KK01-KK07: a GB200 NVL72 operations knowledge base's five Megatron-LM runs on Google
# Cloud A4X trays (Llama 2 7B / 13B, Llama 3 70B, 4-64 GPUs in one NVLink domain); a university
# site's Megatron "GPT-15.6B" on 8 MI355X; collected blind on 2026-12-04 in session 40, first
# predictions by the model of 7dcaae8). The rules marked "wave 90" below were written before any
# wave-90 prediction was computed.
cases += load_wave(90)
# Wave 91 (KL01-KL06: marin-community/marin's agent-written lab-notebook issues #6044, #7201 and
# #7668: Grug MoE runs in JAX on TPU v4 and GB200, and a Megatron-Core MoE on one GB200 rack;
# collected blind on 2026-12-04 in session 41). Nothing expressible: every record lacks part of its
# configuration (below); no prediction was computed.
cases += load_wave(91)
# Wave 92 (no records: every candidate a collector found in session 41 had been used or rejected by an
# earlier wave or lacked part of its configuration; the .md lists them). Loaded so that a record
# added to it later goes through the same rules.
cases += load_wave(92)
# Wave 93 (KM01-KM03: Megatron-Bridge pull request #1760's Qwen3-235B-A22B step times on 64 B200,
# with the layouts from the recipe files at its merge commit; collected blind on 2026-12-04 in
# session 41, first predictions by the model of a286829). The rules marked "wave 93" below were
# written before any wave-93 prediction was computed.
cases += load_wave(93)
# Wave 94 (KN01-KN08: Megatron-LM pull requests #6311 / #6429 (a 14-layer DeepSeek-V3 on 64 H100)
# and Megatron-Bridge pull requests #4458 (DeepSeek-V3 on 256 B300) and #1869 (on 256 B200), with
# the layouts from the recipe files at the merge commits; collected blind on 2026-12-04 in session
# 42, first predictions by the model of 215e8ae). The rules marked "wave 94" below were written
# before any wave-94 prediction was computed; no measured value was printed.
cases += load_wave(94)
# Wave 95 (KO01: Megatron-Bridge pull request #2076's DeepSeek-V3 NVFP4 preset on GB300, with the
# layout from the recipe files at its merge commit; collected blind on 2026-12-04 in session 42,
# wired and first predicted in session 43 by the model of 2bc28f3). The rules marked "wave 95" below
# were written before any wave-95 prediction was computed.
cases += load_wave(95)
# Wave 96 (KP01-KP09: the Megatron-LM README's 2021 GPT-3 175B run on 1,024 A100, and torchtitan
# pull requests #481, #812, #833, #3132 and #3105 (Llama 3.1 405B on 128 H100, Llama 3 8B float8
# on 8 H100, Llama 3 8B and Qwen3-32B on 4 GB200); collected blind on 2026-12-04 in session 43,
# first predictions by the model of 75b0aa2). The rules marked "wave 96" below were written before
# any wave-96 prediction was computed; no measured value was printed.
cases += load_wave(96)
# Wave 97 (KQ01-KQ16: BAAI FlagPerf's Megatron benchmark cases, a Llama-3-8B-shaped model in a
# TP/PP sweep on 8 A800 and on 8 / 16 H100, a Llama-3-70B shape on 64 H100, Llama 2 70B in FlagScale
# on 32 H800 and an 8-expert MoE in Pai-Megatron-Patch on 8 A800; collected blind on 2026-12-04 in
# session 43, wired and first predicted in session 44 by the model of 6dc2d7a). The rules marked
# "wave 97" below were written before any wave-97 prediction was computed; two slips printed
# measured values while the wave was wired (the "Wave-97 rules" say which and when).
cases += load_wave(97)
# Waves 98-100 (no records: three blind searches in session 46, for pipeline / context-parallel
# papers (KT), MoE parallelism papers (KU) and FSDP / overlap papers (KV), found every candidate new
# to the suite but could read only the papers' openings, not their tables; each .md lists the
# candidates, the novelty checks and why each was left). Loaded so that a record added later goes
# through the same rules.
cases += load_wave(98)
cases += load_wave(99)
cases += load_wave(100)
# Wave 101 (KW01-KW03: Meta lingua's 7B FSDP2 baseline on 8 H100 (issue #56) and mlc-ai
# PithTrain's Qwen3-30B-A3B on 64 H100, PP4 x EP8 with FSDP2 and HSDP (PR #40); collected blind
# on 2026-12-05 in session 48, after the persistent-GEMM stall of 72e7132, to test it on FSDP runs
# it was not built with). The "Wave-101 rules" below were written before any wave-101 prediction.
cases += load_wave(101)
# Wave 102 (KX01-KX03: torchtitan's Llama 3 70B on 128 H100, FSDP 16 x TP 8, full activation
# checkpointing, bf16 vanilla TP, bf16 async TP and float8 vanilla TP, from the async-TP
# developer's comment in pytorch/torchtitan issue #1185; collected blind on 2026-12-05 in session
# 49, after the tensor-parallel overlap of d8f076d, to test its pricing of async TP on a pair it
# was not built with). The "Wave-102 rules" below were written before any wave-102 prediction.
cases += load_wave(102)
# Wave 103 (KY01-KY06: MaxText recipes on TPU7x (Ironwood) from AI-Hypercomputer/tpu-recipes'
# Ironwood table rows no earlier record took: Llama 3.1 70B FP8, gpt-oss-120b, Gemma 4 31B and
# 26B-A4B; collected blind on 2026-12-06 in session 50, after 37c5abe). The "Wave-103 rules"
# below were written before any wave-103 prediction.
cases += load_wave(103)
# Wave 104 (KZ01-KZ14: Qwen3-235B-A22B on 256 H800 and Qwen3-30B-A3B on 16 H800 with
# Pai-Megatron-Patch / Megatron-Core, from XTuner's Megatron MoE benchmark page and a
# Pai-Megatron-Patch issue; collected blind on 2026-12-06 in session 50, after 0cf7c62). The
# "Wave-104 rules" below were written before any wave-104 prediction.
cases += load_wave(104)
_unloaded = sorted(f for f in os.listdir(HERE) if re.fullmatch(r"training_cases_wave\d+\.json", f)
                   and int(re.search(r"\d+", f).group()) not in LOADED_WAVES)
if _unloaded:
    sys.exit("make_training_cases.py: %s not loaded: add a `cases += load_wave(N)` line with its "
             "wave's comment" % ", ".join(_unloaded))
# Session 44: `--sources` prints each record's id, title and source URLs (never its quote, which
# may hold the measured row) for a research pass's novelty check, and writes nothing.
if "--sources" in sys.argv[1:]:
    for c in cases:
        s_ = c.get("source", {})
        urls = sorted(set(re.findall(r"https?://[^\s'\",;)]+", json.dumps(
            {k: v for k, v in s_.items() if k != "quote"}))))
        print("%s\t%s\t%s" % (c["id"], s_.get("title", ""), " ".join(urls)))
    sys.exit(0)
# Wave-15 rules (written before any wave-15 prediction, from the sources and earlier rules only):
# * XH01-XH06: Megatron's three context-parallel exchanges (p2p ring, all-gather, a2a/Ulysses) of
#   the same 1.2B run; the solver prices the ring exchange (ParallelConfig::cp), so the p2p rows
#   XH01 / XH04 are the cases and the other variants are repeats of the same solver inputs
#   (counted once by the repeat rule below, as earlier software variants were).
# * XH10, XH11: torchao's "power limited" B200 (limit not stated) priced at the catalog B200;
#   torchtitan's PyTorch SDPA on Blackwell keeps the device's measured attention rate (the
#   FlashAttention-2 rule is for Hopper, where its slowdown is published).
# * XH14: a 16K-token SFT step whose data may be packed (the source does not say) priced as
#   whole 16K causal sequences.
# * GB300 (XI01-XI04): the rack-scale rule of GB200 with the catalog's GB300 GPU and DGX_GB300
#   node (one 800G ConnectX-8 per GPU, catalog entries of 7c22e14 from NVIDIA's documents) over
#   InfiniBand XDR; CoreWeave's fabric (XI03, XI04) is not named by the source, taken as XDR.
# Wave-17 rules (written before any wave-17 prediction, from the sources and earlier rules only):
# * XL08-XL13 (the Megatron-LM README's weak-scaling table, Megatron-Core r0.8.0 on H100): the
#   table states the shape, TP / PP / DP, the GPU count and the global batch; the micro-batch
#   (1), recomputation (none, the wave-4 rule for a silent source) and the attention kernel
#   (fused; Megatron runs Transformer Engine's) take the existing defaults; precision BF16 (the
#   record reads it from the table's own TFLOP/s-to-MFU ratio, 989 TFLOP/s = H100's dense BF16
#   peak); FFN 4h and tied embeddings (Megatron's GPT model defaults, the tied() rule); the
#   per-GPU TFLOP/s is Megatron's num_floating_point_operations without a recomputation term, so
#   it is compared with the model (PaLM) FLOP/s, as other records without an eq. (3) convention.
# * XL05-XL07 (MLPerf v3.0 GPT-3 175B FP8): the catalog's GPT3 entry, as wave 16's MLPerf GPT-3
#   rows; XL07 (CoreWeave) has XL06's configuration and is counted once by the repeat rule.
# * Records that read a result file an earlier wave already used (the research pass missed it
#   on the used list) are excluded: XL03 (= XE08's file), XM01 (= XJ01's file).
# * XM03 (Dell's 8 x MI355X run of AMD's Primus MXFP4 llama31_8b recipe): the record itself
#   calls it a repeat of the recipe already in the suite (XD01, AMD's own run); counted once, as
#   I04 / I08 were (the repeat rule compares the records' wording, which differs here).
# * XM07 (the source's own approximation of Gemma 4 E4B): 8 heads x head_dim 256 = 2,048 is not
#   the hidden size 2,560 and the case row has no head_dim (attention is sized h / heads), and
#   five of every six layers use a 512-token sliding window; not expressible.
# * XM05 (Trainium1): degrees in NeuronCores, halved by the two-core rule (TP 8 cores = 4 chips).
# Wave-18 rules (written before any wave-18 prediction, from the sources and earlier rules only):
# * XN01-XN06 (zero-bubble paper, 1F1B rows, Megatron-LM on A100): "mixed precision" -> BF16 and
#   an unstated recomputation -> none (the existing rules), the unstated vocabulary -> the
#   row default, pipeline-only (DP 1).
# * XN07-XN12 (USP report): the context-parallel degree is Ulysses degree x ring degree, priced
#   as the ring exchange (the wave-15 rule: Megatron's all-gather and a2a / Ulysses variants are
#   the ring's inputs); precision "not stated, bf16 presumed" -> BF16; recomputation not stated
#   -> none; the report's TFLOP/s counts attention in full, as the model FLOP/s does.
# * XN13-XN18 (BLOOM logbook): BLOOM ties its output layer to the input embedding (Megatron-
#   DeepSpeed's GPT model, no untie option in 2022): tied() counts "bloom" as tied, as it did
#   "gpt" (T61, an earlier BLOOM-176B record without "gpt" in its name, was expressed untied: a
#   mapping bug found while writing this rule). XN13 is BLOOM-176B's production layout (TP 4,
#   PP 12, DP 8, micro-batch 2 on 384 A100), already in the suite as T61 and XF01: counted once.
# Wave-19 rules (written before any wave-19 prediction, from the sources and earlier rules only):
# * A record whose model name says "tied embeddings" (and not "untied") ties them: tied() read
#   only the family name (nanotron's 1.34B / 3.57B benchmark models, XO01 / XO02, say so).
# * AXLearn's offload policies (save_and_offload_only_these_names, offload_attention_proj_policy)
#   keep the named q / k / v (and o) projections on the host and recompute the rest: the same
#   saved set as MaxText's custom policy with those tensors offloaded and the MLP rematerialized,
#   Recompute::mlp (the wave-6 MaxText rule).
# * TPU v5e (XO08, XO09) has no catalog node or fabric rig in this suite: not expressible.
# * nanotron's records (XO01-XO06) name its flash_attn_varlen_func attention: the wave-7 varlen
#   rule excludes them (whether its data loader resets positions at document boundaries, i.e.
#   attends per document, is not stated).
# Wave-20 rules (written before any wave-20 prediction, from the sources and earlier rules only):
# * MaxText's per_device_batch_size below 1 (XQ01-XQ11: context parallelism splits each sequence
#   over cp devices): a data-parallel group of cp devices holds per_device x cp sequences, all in
#   one step (no accumulation), so the micro-batch is the global batch / dp.
# * XQ01-XQ11 are Llama 3.1 8B with MaxText's override_model_config (16 query heads of 256, 4 KV
#   heads): the record's shape, not the catalog's Llama 3.1 8B (heads x head_dim = hidden, so the
#   case row expresses it).
# * Hunyuan 3 (XQ12-XQ14, XQ16: layer 0 dense, layers 1-79 MoE, MTP head): the record's shape
#   with every layer MoE (the case row has no dense-layer count; 1 of 80 layers) and no MTP layer
#   (XQ16 ran with --mtp-layers 0; the TPU rows' MTP head is not priced).
# * MaxText's custom remat policy written "custom; context=device, decoder_layer_input=..."
#   (XQ01-XQ05, XQ07-XQ11) is read by the MaxText rule (maxtext_remat): only the layer input and
#   the attention context kept -> full. MaxText's optimizer_memory_host_offload=true (XQ11) is
#   optimizer offload (offload_optimizer), as ZeRO-Offload's; the catalog's TPU7x has no host
#   link to price it over (train() refuses), so XQ11 is not expressible.
# * XQ15: the source lists its figures as expected steady-state values ("~23.11 s"), not log
#   lines: not a measurement (as U78's lower bound).
# * XQ17: the sequence length is the Megatron-Bridge DeepSeek-V3 recipe's default (4,096), as the
#   record says; XQ16 / XQ17's distributed optimizer (ZeRO-1) likewise.
# * MLPerf's NVFP4 runs (XP01-XP03) compute in FP4 by the wave-12 rule; B300 has no catalog node
#   in this suite (XP04, XP05: not expressible).
# Wave-21 rules (written before any wave-21 prediction, from the sources and earlier rules only):
# * AXLearn's mesh axis "seq" (XR09, AMD's fork) shards the sequence: context parallelism, as
#   the record maps it; AXLearn's nothing_saveable remat is full (the wave-10 rule); an unstated
#   precision the record assumes BF16 (AMD's README gives none) stays BF16, as earlier records.
# * XR08 / XR11 are XR07's configuration on another NIC vendor's cluster: the repeat rule.
# * AWS p5 (XR03, XR04: 32 x 100G EFA per 8 H100) -> the DGX H100 rig, the same 400 Gb/s per GPU
#   (the collective wave-CB rule).
# Session-15 rule (written before any wave-22 prediction; it changes the rig of earlier AWS p5 runs
# whose results were known, N18-N21, XO07, XO12, XR03, XR04, so those are in sample from then on):
# * A run on a named AWS GPU instance (or an H100 run over "EFA v2", a p5) prices on that
#   instance's catalog node and EFA fabric (aws_instances.py, shared with the collective suite),
#   which carry the latency AWS's NCCL plugin reports; this replaces the wave-21 p5 rule above.
# Wave-22 rules (written before any wave-22 prediction, from the sources and earlier rules only):
# * MLPerf's NVFP4 runs (XS01-XS03) compute in FP4, as wave 20's XP01-XP03 (the wave-12 rule);
#   B300 (XS02) has no catalog node: not expressible (the wave-20 rule).
# * XS03 is XS01's configuration on another vendor's B200 server and XS08 XS04's on another
#   MI355X server: the repeat rule (counted once, as the first record).
# * XS05's parallel settings are AMD's MI350X configuration as shipped in another submitter's
#   folder (the record says so and checks them against the logged batch and accumulation):
#   taken as recorded. A config with no recomputation setting is none (the wave-4 rule); FP8 with
#   FP8 parameters is FP8 (Transformer Engine's recipe, as earlier MLPerf rows).
# * XS06 / XS07 (Nebius H200, 8 x NDR per node) take the H200 rig. The peak memory they print
#   (tracked_stats max_memory_usage) carries no unit in the log (GB or GiB): not compared.
# Wave-23 rules (written before any wave-23 prediction, from the sources and earlier rules only):
# * H200 NVL (XT02, XT03) is a PCIe card whose NVLink bridges join 2 or 4 cards, not an HGX
#   NVSwitch board: the catalog has the card (Hardware.Cloud.H200_NVL) but no node for it, so
#   these runs are not expressible (hw_kind names "h200 nvl" and "h100 nvl" before "h200").
# * A device the source names only by its architecture (XT06: "gfx942", shared by MI300X and
#   MI325X; the record infers MI300X) is not expressible.
# * XT01 repeats XS01's configuration on another B200 server (the repeat rule, whose key now
#   holds the parsed precision, not the record's spelling of it); B300 (XT04, XT05) has no
#   catalog node.
# Session-16 rule (written before any B300 prediction was computed; the catalog gained the nodes
# from NVIDIA's and AWS's specifications, nothing was set from these runs):
# * B300 (an HGX / DGX B300 board, whoever built the server) -> the catalog's DGX_B300 (8 B300,
#   one 800 Gb/s ConnectX-8 per GPU) over InfiniBand XDR; AWS p6-b300 -> P6_B300_48xlarge over
#   EFA 400G (the session-15 AWS rule). This replaces "B300 has no catalog node" above: XC12,
#   XK02, XP04, XS02, XT04 and XT05 are expressible, first predicted by the model of the commit
#   that adds this rule (their results were recorded in earlier sessions; nothing was set from
#   them); XP05 is XC12's configuration on another vendor's server (the repeat rule).
# Session-16 rules for the Gaudi 2 and TPU v5e nodes (written before any prediction on them was
# computed; the catalog gained HLS_Gaudi2, TPUv5e_Host and TPU_ICI_v5e from Intel's and Google's
# specifications, nothing was set from these runs):
# * Gaudi 2 -> HLS_Gaudi2 (8 cards, 21 x 100 GbE all-to-all inside the server, 3 x 100 GbE
#   scale-out per card) over RoCE 100G. Gaudi 3 and Trainium2 still have no node.
# * TPU v5e -> TPUv5e_Host over TPU_ICI_v5e, within one slice: a v5e pod is 256 chips, the largest
#   ICI slice, so a run on more chips spans slices over the data-center network (multislice),
#   which this rig does not express: not expressible (T50, F09, XO08, XO09).
# Wave-24 rules (written before any wave-24 prediction, from the sources and earlier rules only):
# * Transformer Engine's THD layout ("packed sequences (THD)", XU04, XU05) is per-sample (varlen)
#   attention over packed samples: the wave-7 rule (sample lengths not published).
# * MLPerf's gpt_oss_20b benchmark uses the Llama 3.1 tokenizer (XK02's source: an LM head of
#   128,256, not the public model's 201,088): a record of it that leaves the vocabulary unstated
#   (XU07) takes its recorded shape with that vocabulary, as XK02.
# * XU11 and XU12 run XK02's configuration (the MLPerf v6.0 gpt_oss_20b reference on 8 B300: the
#   same batch 24, micro-batch 3, MXFP8) on two other vendors' servers; their records infer the
#   recomputation setting from other submitters' copies of the reference config (S), XK02 read it
#   in its own: repeats, counted once as XK02. XU10 repeats XP04 (the repeat rule).
# Wave-25 rules (written before any wave-25 prediction, from the sources and earlier rules only):
# * MLPerf's gpt_oss_20b runs the Llama 3.1 tokenizer (the wave-24 rule): XV01-XV05 state the
#   vocabulary 128,256 and also name the catalog's GPT_OSS_20B (public vocabulary 201,088) as
#   their key; a record of this benchmark takes its recorded shape, whatever key it names, as
#   XK02 / XU07 did. The shape rows get gpt-oss's head dimension 64 and its 128-token window on
#   12 of 24 layers from attention_layout() (session 17), which the records' attention fields
#   also state.
# * Recomputation: XV01 and XV04 print recompute_modules ['core_attn'] (selective, as XK01 /
#   XK02); XV02 and XV03 print none and take it from the same implementation's other v6.0 logs (S),
#   as XK03 did: selective.
# * XV03 (8 GB300, batch 24, micro-batch 3, MXFP8) runs XK03's configuration on another
#   provider's rack: a repeat, counted once as XK03 (the XU11 / XU12 rule), whether or not the
#   repeat rule's configuration key catches it. XV04 (72 GB300, CP 2, EP 4) is XK04's
#   configuration, but XK04 is not in the suite (its recomputation was unknown), so XV04, whose
#   log prints it, is a case of its own.
# Wave-26 rules (written before any wave-26 prediction, from the sources and earlier rules only):
# * XW02 runs XK02's configuration (the MLPerf v6.0 gpt_oss_20b reference on 8 B300: batch 24,
#   micro-batch 3, MXFP8, DP 8) on HPE's server, and XW04 XS01's (MLPerf v5.1 Llama 3.1 8B on
#   8 B200 from the same Lenovo config file, config_SR780aV3_SR680aV3_SR680aV4.sh) on the sibling
#   SR780a V3: repeats, counted once as XK02 / XS01 (the XU11 / XU12 rule).
# * XW01 and XW03 state full-iteration CUDA graphs; the suite keeps the default (eager) kernel
#   launch gap for every row (TrainingOptions::kernel_launch_gap is not mapped per row), as it
#   did for every earlier CUDA-graph run.
# * XW03's own config file is not stored: its virtual stages (8), micro-batch (1) and NVFP4 recipe
#   come from the same submitter's 2,048-GPU config with the same tp2 pp8 cp2 layout (confidence
#   S, as recorded); XW01's shared settings from the submitter's sibling 512-GPU directory (S).
# * XX01-XX10 (written after XW01 / XW03's first predictions, before any XX prediction): the XW
#   rules above; layouts the records take from a submitter's sweep scripts or sibling configs
#   (XX01, XX02, XX05-XX07, XX08: confidence S) are used as recorded; XX04's global batch (1,152,
#   from the samples-per-step increments) and sequence parallelism (assumed, as every Megatron
#   MLPerf config with TP > 1 sets it) as recorded; Cisco's config file name (tp8) disagrees with
#   its contents and the logged batch (tp2): the contents (the record's choice). The peak memory
#   the Cisco logs print (XX09, XX10) is not compared: its unit (GB or GiB) is not stated, and
#   MLPerf's max_memory_usage rows of earlier waves are not compared either. Megatron-Core's
#   recompute_modules ["mlp"] (XX05-XX07) is Recompute::mlp (see recompute()).
# * XY01-XY07 (written after the XX predictions, before any XY prediction): XY01 runs XL04's
#   configuration (NVIDIA's Llama 3.1 8B NVFP4 recipe, 8 GB300, batch 16, micro-batch 2) on
#   Oracle's rack and XY03 XG05's (the same recipe on 8 GB200) on HPE's, on older software:
#   repeats, counted once as XL04 / XG05 (the XU11 rule). XY05's virtual stages come from its own
#   config file (config_GB300_512x4x16xtp2pp8cp2_cg_fp4.sh, which XW03 was read from: 8), which
#   the record names but did not reopen. XY06 / XY07 (NVIDIA's gpt_oss_20b on GB200) print no
#   recomputation setting: the implementation's other v6.0 gpt_oss_20b logs print
#   recompute_modules ['core_attn'] (the wave-25 rule): selective. XY04's step time is the last
#   block's average (0.495 s), as the record takes it and as MLPerf rows are read elsewhere.
# Wave-27 rules (written before any wave-27 prediction, from the sources and earlier rules only):
# * XZ02 / XZ03 run Transformer Engine's fused attention in FP8 (fp8_dot_product_attention): not
#   modelled; attention stays at the 16-bit rate of every low-precision recipe (docs/solvers.md),
#   as for the earlier NVFP4 MLPerf rows. Full-iteration CUDA graphs (XZ01, XZ04): the XW01 rule
#   (the eager launch gap is kept).
# * XZ01's gradient accumulation: Megatron's own count (2 micro-batches per step = 32 / (16 x 1))
#   rather than the MLLOG line's 4.0, as recorded. XZ03's step time is its last block's average
#   (0.4098 s; the run average 0.4256 s includes slower early blocks), the XY04 rule.
# * XZ04 is XX04's layout (TP 4, PP 18, 7 virtual stages, one GB300 rack) at a global batch of 144
#   instead of 1,152: a different configuration, not a repeat (the repeat rule compares the whole
#   configuration). Its batch (from the samples-per-step increments), sequence parallelism and
#   recomputation (none) are taken as recorded (confidence S), as XX04's were.
# * The loss rule (session 19): all four name no fused cross entropy: the fp32 copy.
# Wave-28 rules (written before any wave-28 prediction, from the sources and earlier rules only):
# * YA01-YA05 (ATorch's benchmark table): the table prints hardware TFLOP/s per GPU from ATorch's
#   own FLOP formula (example_utils.compute_llama2_training_flops, recomputation counted); the
#   record converts it to tokens/s per GPU with that formula's FLOPs per 4,096-token sequence
#   (2.50611e14), an identity, and tokens/s per GPU is compared (the metric order of every wave).
#   The DeepSpeed-pipeline rows (YA04, YA05) state no attention kernel: fused, the rule of every
#   wave (materialized only where the source says the attention is not a flash kernel); fp16 is
#   priced as bf16. Peak memory ('Mem Max allocated', torch.cuda.max_memory_allocated) is compared
#   as the memory rows of earlier waves are.
# * YA08 (NeMo's packed SQuAD fine-tuning, THD layout) falls under the wave-7 packed-samples rule;
#   YA15 (a DeepSeek-V2-Lite-style MLA model without a catalog entry) under the wave-8 MLA rule.
# * YA09-YA11 (NeMo's long-sequence table, B200): "TFLOPS / GPU" is compared as model TFLOP/s per
#   GPU, the rule of T63 / T64 (the same file's H100 table); micro-batch 1 and recomputation none
#   where the table states neither (the rules of every wave: mb defaults to 1, no recompute
#   setting is none); the April 2025 revision of the file (self-consistent: GPUs = TP x CP x DP),
#   as recorded.
# * YA12 / YA13 (MLPerf v3.0 Gaudi2, BF16): TP 8 x PP 8 from run_gpt.sh's defaults, consistent
#   with the logged gradient accumulation (confidence S, as recorded); step time = the median
#   training-only interval between evaluations (the record's reading), compared as tokens/s per
#   card.
# * YA14 (MLPerf v4.0 GPT-3 on 512 H100, Sustainable Metal Cloud): the median of the logged
#   train_step_timing, compared as tokens/s per GPU; immersion cooling is not an input.
# * The loss rule (session 19): none names a fused cross entropy: the fp32 copy.
# Wave-29 rules (written before any wave-29 prediction, from the sources and earlier rules only):
# * YB01 (ColossalAI's Gemini plugin: chunked ZeRO-3-style sharding) is ZeRO-3 with full
#   recomputation, as recorded; tokens/s per GPU from the printed samples/s (x 4,096 / 32, an
#   identity); its printed 'max memory usage' (torch max allocated, MB read as MiB, as recorded)
#   is compared as earlier waves' peak-memory rows are.
# * YB02-YB04 (Lightning-Thunder's benchmark_litgpt): FSDP ZeRO-2 as recorded; "H100 80GB" is
#   the H100 (SXM, the 80 GB HBM3 part; the wave-8 rule excludes only a record whose accelerator
#   the source does not name); YB04's one printed iteration after warm-up is its measurement, as
#   recorded (S).
# * YB05 / YB06 (Megatron-DeepSpeed's long-sequence table): "A100 SXM4 40GB" is the A100 40GB (the
#   hw_kind rule gains this wording; no earlier record uses it); the printed hardware TFLOP/s is
#   converted to tokens/s per GPU by the repository's throughput formula's FLOPs per token, which
#   does not depend on the batch; the unnamed model is the folder's only TP-32 script's 30B
#   shape (S, as recorded).
# * YB07 (EP 8 over a data-parallel group of 4) falls under the EP-beyond-DP rule; YB13-YB15
#   (FlexAttention with document masking) under the wave-7 packed-samples rule.
# * YB08-YB12 (NeMo 25.02 / 25.04 performance summary): tokens/s per GPU compared; no
#   recomputation where the row states none (the rule of every wave); virtual stages as printed.
# * The loss rule (session 19): none names a fused cross entropy: the fp32 copy.
# Wave-30 rules (written before any wave-30 prediction, from the sources and earlier rules only):
# * YC01-YC07 (tpu-recipes' Ironwood summary at a later commit than waves 2 / 20 read): rows that
#   commit added or re-measured, each a configuration no earlier record has (YC05 and YC07 differ
#   from U74 and U72 in precision: FP8 against BF16; the repeat rule compares the whole
#   configuration). MaxText's custom remat policies by the wave-10 / wave-20 rules; activation
#   offload to host memory is not modelled (the rule of every MaxText row); JAX devices halved to
#   chips (the CORES_PER_CHIP rule); "fp8_full" quantization is FP8 compute; the fused loss of XLA
#   stacks (session 19); a record naming a model key the catalog lacks (Llama3_1_405B) takes its
#   recorded shape.
# * YC08 (NeMo AutoModel DeepSeek-V3 on 1,024 H100): the layout of the 256-GPU config scaled to
#   the table's row (S, as recorded); YC09 (Kimi K2, MLA without a catalog model) falls under the
#   wave-8 MLA rule.
# Wave-31 rules (written before any wave-31 prediction, from the sources and earlier rules only):
# * YD01-YD09 (Megatron-Bridge's performance summary at its 26.04 / 26.06 release commits, rows
#   first published there; the file's other rows at other commits were read by waves 4, 24-26):
#   each a configuration no earlier record has (the repeat rule compares the whole configuration;
#   YD05 is X02's recipe on GB300 with 20 offloaded layers and micro-batch 2, not a repeat).
#   Tokens/s per GPU compared (the metric order of every wave); virtual stages, FSDP and EP as
#   printed, the preset's settings as recorded; MXFP8 is FP8 compute and NVFP4 FP4 compute (the
#   precision() rule of wave 12; the layers TE keeps in higher precision are not modelled, as
#   for every earlier NVFP4 row); TE's FP8 attention (YD07, YD08: fp8_dot_product_attention) is
#   the XZ02 rule (attention at the 16-bit rate); the attention backend of the MoE rows (assumed
#   fused, as recorded) by the rule of every wave.
# * YD05: "no recompute; CPU activation offloading of 20 layers" is X02's wording otherwise:
#   recomputation none, activation offload to host memory not modelled (the X02 / MaxText rule).
# * YD06 (Kimi K2, MLA without a catalog model) falls under the wave-8 MLA rule.
# * The loss rule (session 19): none names a fused cross entropy: the fp32 copy.
# Wave-32 rules (written before any wave-32 prediction, from the sources and earlier rules only):
# * YE01-YE06 (swiss-ai/Megatron-LM PRs): no source names the GPU; the collector reads GH200 off
#   the Alps "Clariden" nodes the scripts run on (4 GPUs, 288 Grace cores per node). GH200 has no
#   training rig (the hw_kind rule above; "gh200" contains "h200", which would have mapped it to
#   the HGX H200 node with InfiniBand: found while writing these rules, before any YE prediction;
#   no earlier record names GH200). Independently, every throughput is a "~" reading and an
#   accelerator the source does not name is excluded (the wave-8 rule).
# Wave-33 rules (written before any wave-33 prediction, from the sources and earlier rules only):
# * YF01-YF09 (llm-foundry's large-scale H100 table at 5e85bd62d): the wave-1 MPT rules of T01-T06
#   (the same README's smaller tables, read at an earlier commit): the recorded MPT shapes (tied
#   embeddings, no GQA, a plain 4h MLP, vocabulary 50368), "h100_80gb" = the H100 SXM (the MFU
#   column's 989 TFLOP/s peak), the DGX H100 rig's fabric (the source states none), FSDP
#   SHARD_GRAD_OP = ZeRO-2 and FULL_SHARD = ZeRO-3, activation checkpointing on = full, the
#   Triton / flash attention of the MPT rows. Each is a configuration no earlier record has (128-512
#   GPUs; T01-T06 ran on 8-64): not repeats. Tokens/s per GPU compared.
# * The loss rule (session 19): llm-foundry names no fused cross entropy: the fp32 copy.
# Wave-34 rules (written before any wave-34 prediction, from the sources and earlier rules only):
# * YG01-YG18 (the rows of llm-foundry's MPT README at 061f2c7 that T01-T14 and YF01-YF09 did not
#   take): the wave-1 MPT rules (recorded shapes, FULL_SHARD = ZeRO-3, activation checkpointing on
#   = full, "a100_40gb" / "a100_80gb" / "h100_80gb" = A100 40GB / A100 80GB SXM / H100 SXM, the
#   FlashAttention-2 rate on Hopper for llm-foundry (attention_efficiency), "PURE" and "AMP" bf16
#   alike: bf16 compute); YG18's FP8 (TransformerEngine linear layers) is FP8 compute, attention
#   at 16 bits (the rule of every FP8 row). Fabric: the A100 tables' "1600 Gbps RoCE" is the A100
#   rig's fabric (the T02 / T14 rows ran on it); the H100 rows' network is not stated (the record
#   quotes the README's RoCE note for the A100 tables): the DGX H100 rig. The device rule read such
#   a sentence as RoCE for T01; it no longer does (T01 moves; it is in sample already).
# * The loss rule (session 19): llm-foundry names no fused cross entropy: the fp32 copy.
# Wave-35 rules (written before any wave-35 prediction, from the sources and earlier rules only):
# * YH01-YH05 (torchtitan's first performance.md at 395a526): the torchtitan rules of waves 8 and
#   21 (FSDP2 fully_shard = ZeRO-3 across the 64 ranks, bf16 compute with fp32 master weights and
#   AdamW states, PyTorch SDPA's flash backend on A100); "64 A100 (80GB memory)" = the A100 SXM
#   80GB rig (the MFU column's 312 TFLOP/s peak), its fabric the rig's (the source states none),
#   8 GPUs per node; the model shapes as recorded (Llama 2 13B: MHA, vocabulary 32000; 70B: GQA 8).
# * Recomputation: "no" is none; "full" is full; torchtitan's per-op selective checkpointing
#   ("selective op") is selective, as the earlier torchtitan per-op SAC rows. "selective layer"
#   checkpoints every N-th block in full, and the table does not give N (YH02): no mode can be
#   chosen without it, so YH02 is excluded (its FLOPs lie anywhere between none and full).
# * The loss rule (session 19): torchtitan of April 2024 names no fused cross entropy: the fp32
#   copy.
# Wave-36 rules (written before any wave-36 prediction, from the sources and earlier rules only):
# * Routing. The training solver prices balanced routing (every expert T k / E tokens). Where the
#   source gives the same configuration with dropless aux-loss routing and with
#   --moe-router-force-load-balancing (YI01 / YI02, YI06 / YI07, YI08 / YI09, YI10 / YI11,
#   YI12 / YI13), the forced-balance row is the case and the dropless row the same solver inputs
#   measured with real routing (excluded, not a repeat the model could tell apart). YI04 (token
#   drop at capacity factor 1.0 with expert inputs padded to capacity: every expert computes
#   exactly T k / E tokens) is YI02's inputs again: a repeat, counted once as YI02.
# * Recomputation "--recompute-modules layernorm moe" (YI06-YI13: the norms and the whole MoE
#   block re-run, not the attention core) has no mode of its own: the mode nearest in recomputed
#   forward FLOPs (the wave-6 rule). Per token and layer the MoE block re-runs 8 experts x 3
#   matrices x 4096 x 1536 x 2 = 302 MFLOP; `selective` re-runs the causal attention core,
#   2 x 2 x (s / 2) x 64 heads x 128 = 16384 s FLOP (268 MFLOP at 16K, 537 at 32K, 1074 at 64K,
#   2147 at 128K); `mlp` both. Nearest: `selective` at 16K and 32K (YI06-YI09), none at 64K and
#   128K (YI10-YI13).
# * Megatron-Core's --overlap-moe-expert-parallel-comm (with --delay-wgrad-compute: the 1F1B
#   all-to-all overlap of YI05) is the expert all-to-all overlap option, as "a2a overlap with";
#   "no 1F1B A2A overlap (A2A_OVERLAP=0)" (YI06-YI14) is not.
# * Throughput is Megatron's --log-throughput TFLOP/s per GPU (num_floating_point_operations, no
#   recomputation counted: the model FLOP/s, compared as such), except YI14, whose tokens/s per
#   GPU is derived from the printed step time (the metric order of every wave).
# * "H100" with the sibling readme's "InfiniBand 8x50 GB/s" cluster is the DGX H100 rig; the
#   Mixtral rows, whose file states no fabric, the same by the rule of every H100 row; "GB300"
#   with 64 GPUs in one NVL72 rack the GB300 rack. Context-parallel rows whose expert-parallel
#   group spans context-parallel ranks (CP 2-8 with DP below EP) fall under the wave-6 rule
#   (not expressible).
# * The loss rule (session 19): the records name no fused cross entropy: the fp32 copy.
# Wave-37 rules (written before any wave-37 prediction, from the sources and earlier rules only):
# * YJ01-YJ06 (Lambda's FlashAttention-2 README with the configs of its flash-attention fork):
#   the record's GPT-3 2.7B shape (32 x 2560, 32 heads of dimension 80, a plain 4h GELU MLP,
#   learned positions, tied embeddings, vocabulary 50264 / 50257), fp16 mixed precision = fp16
#   compute with fp32 master weights and Adam states, ZeroRedundancyOptimizer = ZeRO-1 (nothing to
#   shard on one GPU), no recomputation, micro-batch 4 (FlashAttention-2) or 1 (baseline),
#   global batch 512; "A100 80GB SXM4" / "H100 80GB SXM5" = the A100 SXM 80GB / H100 SXM rigs,
#   one node. FlashAttention-2 on Hopper by its rule (attention_efficiency). The Hugging Face
#   GPT2LMHeadModel baseline (YJ05, YJ06) is eager attention over a materialized score matrix and
#   eager elementwise kernels (the HF rule); the flash-attention fork's GPT model fuses them.
# * The loss: flash_attn's CrossEntropyLoss (flash_attn.losses.cross_entropy, a fused Triton
#   kernel over the 16-bit logits) is a fused cross entropy; the baseline's torch
#   CrossEntropyLoss the fp32 copy (the session-19 loss rule).
# * Tokens/s per GPU compared (the metric order of every wave; the README's Tokens/Sec over the
#   GPUs). The memory column (GB per GPU, method not stated) is not compared.
# Wave-38 rules (written before any wave-38 prediction, from the sources and earlier rules only):
# * YK01, YK03, YK04 cross nodes over Lambda's on-demand Ethernet with InfiniBand disabled
#   (NCCL_IB_DISABLE=1), whose bandwidth the source does not state: no fabric to price, not
#   expressible (the README itself blames the network for three nodes running no faster than two).
# * YK02 (one node of 8 A100 40GB SXM4, the hidden-4096 variant at PP4 TP2): the A100 40GB rig;
#   fp16 mixed precision = 16-bit compute; ZeRO-1; "checkpoint-activations" = full
#   recomputation; "standard" attention (no flash) = materialized (the wave-13 rule); the record's
#   shape (44 layers, hidden 4096, 64 heads, 4h MLP, vocabulary 50432, untied embeddings: a name
#   saying "untied" is untied, GPT-style or not; no earlier record says so); GPT-NeoX's parallel
#   attention / MLP residual is the same FLOPs and not modelled. Global batch 128 = micro-batch 4 x
#   32 accumulation steps: the README says the run uses "the same config as the 20B model", whose
#   file sets them. Compared: the step time derived from the printed samples/s (the metric order).
# * The loss rule (session 19): no fused cross entropy named: the fp32 copy.
# Wave-39 rules (written before any wave-39 prediction, from the sources and earlier rules only):
# * YL01-YL09 (vectorlm's docs/reference_throughput.md with its benchmark harness and configs at
#   the same commit): Llama3_8B (the HF checkpoint); FSDP FULL_SHARD = ZeRO-3 over the 1-4 GPUs of
#   one node (the A100 SXM 80GB rig; NVLink between them assumed from the SXM4 board, as every
#   A100 SXM row); "pure bf16" = bf16 compute (the optimizer states in bf16 are a memory matter,
#   and memory is not published); full recomputation per decoder layer; FlashAttention-2 on A100
#   (no Hopper rule); the Hugging Face model's eager elementwise kernels and fp32 loss copy (the HF
#   and session-19 loss rules); micro-batch 8 / 4 / 2 at 2K / 4K / 8K tokens, 4 accumulation steps.
# * The published value is the median of per-micro-step throughput: 3 of every 4 micro-steps run
#   without the gradient reduce-scatter and the optimizer step (no_sync), so the median leaves
#   them out, while the solver's throughput includes them, amortized over the 4 micro-steps. The
#   prediction is therefore biased slow by their share; it is compared as printed, not corrected.
# * Tokens/s summed over the GPUs compared (the record's first usable metric).
# Wave-40 rules (written before any wave-40 prediction, from the sources and earlier rules only):
# * YM01-YM06 (LitGPT extensions/thunder/README.md with pretrain.py at the same commit): the
#   record's TinyLlama 1.1B shape (22 x 2048, 32 heads, 4 KV heads, SwiGLU 5632, vocabulary
#   32000, untied: "LitGPT" in a name is the library, not a GPT-style model), "A100-SXM4-40GB" =
#   the A100 40GB rig (one node, nvidia-smi's spelling of it), "bf16-true" = bf16 compute
#   (its bf16 optimizer states are a memory matter: the published memory is in GB of allocated
#   bytes, not compared, as wave 39's pure-bf16 runs), no recomputation, torch SDPA = fused
#   attention (A100: no Hopper rule), FSDP FULL_SHARD = ZeRO-3, "Replicated" = DDP (ZeRO 0).
# * Eager rows (--compiler null: LitGPT's plain PyTorch RMSNorm, rotary and SwiGLU modules) run
#   eager elementwise kernels, as the Hugging Face rule; the Thunder rows (nvFuser executor) fused
#   ones. So each Thunder row differs from its eager row in a solver input (ElementwiseKernels)
#   and is a case of its own, not a repeat.
# * The timed iteration of the DDP and single-GPU rows (16 and 128 accumulation steps) is the
#   last micro-iteration of a step: one micro-batch's forward and backward with the gradient
#   all-reduce and the optimizer step. It is expressed as a step of global batch dp x micro-batch
#   (one micro-iteration carrying the all-reduce and the optimizer), which is what was timed; the
#   FSDP rows (global batch 32 = 8 x 4) are whole steps already.
# * The loss rule (session 19): LitGPT's cross entropy names no fused kernel: the fp32 copy.
#   Tokens/s per GPU compared (derived from the printed iteration time; the metric order).
# * YM07-YM10 (torchtune's table): packed Alpaca samples with a block-causal document mask (flex
#   attention): packed samples with per-sample attention over lengths the source does not
#   publish (the wave-7 rule), and the tokens counted exclude padding; not expressible.
# Wave-41 rules (written before any wave-41 prediction, from the sources and earlier rules only):
# * YN01-YN04 (torchprime's README "Expected step duration" rows with the recipe configs of its
#   era): Llama3_8B / Llama3_405B; "pure bf16" = bf16 compute (its bf16 states and Adafactor are a
#   memory matter; the optimizer step is priced as the solver's, a small share of a step); FSDP =
#   ZeRO-3 over the data-parallel chips, TP 4 as recorded; flash attention unless the source says
#   otherwise (405B's recipe names no attention kernel: fused, the default). The 8B rows state no
#   recomputation: none (the wave-4 rule for a source silent on it; the record's guess that XLA
#   rematerializes under memory pressure is not taken), 405B's recipe full. YN04 runs on two
#   v6e-256 pods over the data-center network (dcn fsdp 2): a TPU run beyond one 256-chip slice,
#   the multislice rule written for TPU v5e (T50), now for any TPU: not expressible.
# * YN05-YN07 (the ColossalAI-Pytorch-lightning GPT-2 table): the benchmark code has no timer and
#   runs 3-8 steps (--steps_per_epoch 3 for the 12B row), so the published figures may include the
#   first step's warm-up; a run that short with no stated timing is not a steady-state
#   measurement: not expressible.
# Wave-42 rules (written before any wave-42 prediction, from the sources and earlier rules only):
# * YO01-YO07 (two releases of the Neuron SDK's Trn1 table, which waves 2 and 4 read at other
#   releases): a configuration already in the suite measured again on another SDK release is a
#   repeat, counted once (the wave-10 rule across waves): YO01 is U53's / Y17's (Llama-2-7B, 256
#   chips, TP 8, 4K, batch 1024), YO04 U51's, YO05 U52's, YO06 Y16's, YO07 U54's. YO02 (Llama-2-13B,
#   TP 8 PP 8) and YO03 (Llama-2-70B at 4K, TP 32 PP 8) are new configurations, expressed by the
#   standing rules from their records (NeuronCore degrees halved per chip; the example scripts'
#   selective recomputation of the attention core and standard, non-flash attention; bf16 with
#   fp32 master weights; the Neuron loss rule); tokens/s as printed.
# Wave-43 rules (written before any wave-43 prediction, from the sources and earlier rules only):
# * YP01 (gpt-oss-120b on 64 x H100, TP 2, PP 4, EP 16, DP 8): the expert group spans tensor-parallel
#   ranks: not expressible (the wave-6 rule, applied below).
# * YP02 (Qwen3-30B-A3B on 8 x GB200, MXFP8, EP 8, MBS 4, GBS 512, 4096 tokens: a Megatron-Bridge
#   functional verification recipe) expresses exactly YD08's solver inputs (the 26.06 performance
#   recipe of the same model, devices, precision, layout and batch); the two differ in CUDA-graph
#   scope and kernels, which the inputs do not carry. The same configuration on another software
#   state: a repeat, counted once as YD08 (the wave-42 rule).
# * YP03 (Qwen3-30B-A3B on 16 x H100, BF16, EP 16, MBS 1, GBS 1024) expresses X19's solver inputs
#   (the same recipe before expert-parallel communication overlap): a repeat, counted once as X19.
# * YP04 (Moonlight-16B-A3B, multi-head latent attention, no catalog model): not expressible (the
#   wave-8 rule, applied below).
# Wave-44 rules (written before any wave-44 prediction, from the sources and earlier rules only):
# * YQ01-YQ06 (FP8-LM, arXiv 2310.18313 v2, Table 5 on Azure ND H100 v5: the Megatron-LM BF16 and
#   Transformer Engine FP8 baselines, not the paper's own FP8 optimizer / communication scheme,
#   which no precision here describes). Table 5 prints TP, PP, DP, micro-batch and samples/s but no
#   global batch; the paper's training section gives its models' batch (4M tokens = 2048 sequences
#   of 2048 for GPT-7B and 13B). For the unpipelined rows (YQ01-YQ04) that batch is taken as the
#   table's (it sets only the accumulation count); for the pipelined 175B rows (YQ05, YQ06) the
#   bubble depends on it, and the table's batch is unpublished: not expressible (the standing
#   rule for a pipelined run). Recomputation not stated: none (the wave-4 rule). "GPU Mem. (GB)"
#   is not compared (the unit's kind is not stated). Compared: tokens/s/GPU = samples/s x 2048 /
#   GPUs, an identity.
# * YQ07-YQ14 (Korthikanti et al. 2022, arXiv 2205.05198, Tables 3 and 5 on Selene A100 80GB:
#   22B / 175B / 530B / 1T at DP 1, "present work" = sequence parallelism + selective recomputation
#   of the attention core, the baseline = full recomputation without sequence parallelism). The
#   tables were read in a transcription of the paper; its configurations and "present work"
#   iteration times reproduce the MFU / HFU that the Megatron-LM README prints (primary) within
#   0.15 points, so the transcription is taken for both columns of Table 5 and for the
#   interleaving it states (three virtual stages for 175B and 530B; none stated for 1T: 1).
#   Megatron's selective recomputation is Recompute::selective, its attention of 2022 (a fused
#   softmax over the score matrix) materialized (the wave-13 rule); the 16-bit type is not stated
#   (fp16 and bf16 share A100's rate): bf16. Learned positions, GeLU MLP, vocabulary 51,200 (the
#   README). 175B = the catalog GPT3 shape. Compared: tokens/s/GPU = batch x 2048 / iteration
#   time / GPUs, an identity.
#   Found after their first predictions had printed: these are the measurements of the in-suite
#   case V3 (Korthikanti et al.'s Table 5, in the suite since session 1 and in sample; its source
#   is cited without the URL scheme, so the research briefs' used-URL list missed it): repeats,
#   counted once as V3, and excluded below. docs/validation.md records their first predictions.
# Wave-45 rules (written before any wave-45 prediction, from the sources and earlier rules only):
# * YR01-YR14 (Aleph-Alpha's committed spreadsheets for Hagemann et al., arXiv 2311.05610: one row
#   per run of their training framework on DGX A100 80GB nodes, Llama-shaped models at 2K / 8K
#   tokens, bf16, 1F1B pipelines). The sheet's columns (average step time, MFU and a throughput)
#   fix the global batch (throughput x step time / sequence length: 2048 sequences at 2K, 512 at
#   8K), so it is published for the pipelined rows too; the vocabulary (128,000, untied) and the
#   30B FFN width (17,888) are the only values that reproduce the sheet's parameter count; ZeRO-1
#   is the framework's one optimizer-sharding mode; no interleaving (1F1B). The shapes are the
#   records' (no catalog key: a 128K vocabulary is not Llama 1 / 2's). Attention from the sheets'
#   kernel column: 'flash_attention2' (with or without the fused RMSNorm) fused, 'torch' (YR03)
#   materialized; the records' "unfused torch RMSNorm" names the norm, not attention, so the
#   keyword rule above does not apply to these rows; elementwise kernels by the standing rule.
#   Recomputation as the sheet's activation_checkpointing column says; sequence parallelism as its
#   column says (TP 1 rows have none to choose), and a row differing from another only in it is
#   a different configuration (the repeat key carries it; since session 25 the key holds every
#   input of the row). The step time is the mean of the last 9 of 10 logged steps (the framework's
#   timer): a steady-state measurement. Compared: tokens/s/GPU from the step time, an identity.
# Wave-46 rules (written before any wave-46 prediction, from the sources and earlier rules only):
# * YS01-YS07 (sail-sg/VocabularyParallelism artifact/README.md results table and the committed
#   run scripts: unmodified Megatron-LM, non-interleaved 1F1B, TP 1 / PP 8 / DP 1 on "a single
#   server with 8 A100 GPUs", micro-batch 1, GBS 128, fp16, no recomputation, FlashAttention; a
#   GPT shape of 32 x 3072 with vocabularies of 32K-256K, untied). "A100" without its memory = the
#   A100 (80 GB SXM) entry (the standing device mapping). The printed MFU is the artifact's own
#   timer over one iteration after nine (the 10th of 10): taken as the step's time. The step time
#   is the artifact's MFU formula inverted (an identity); compared: tokens/s/GPU, and the printed
#   peak reserved memory (GiB) in the memory area. The collector's dropped 2K / 256K row (17.29%
#   MFU, where the paper's own table reads 25.23%) stays out: a source that disagrees with itself
#   on that one cell (the wave-8 rule). The rows differ only in vocabulary and length, so the
#   repeat key carries the vocabulary (one of the row's inputs; the key now holds all of them).
# Wave-48 rules (written before any wave-48 prediction, from the sources and earlier rules only):
# * YU01-YU04 (NVIDIA/NeMo performance_summary.md at 8e3d65d, the last 24.07 revision, re-measured
#   with the "vboost" clock setting; the NeMo 24.09 user guide prints the same table). The first
#   24.07 revision (070a0bb) is T25-T29's source; these four rows of it were never taken into the
#   suite, so their configurations have never been predicted. Where a configuration was measured
#   twice, the source's final revision is the measurement (its first revision printed 22521 /
#   5851 / 726 / 12701 tokens/s/GPU for these rows; vboost is not modelled: the catalog's H100
#   peak and measured GEMM rate stand). The T25-T29 reading holds: FP8 (Transformer Engine),
#   the distributed optimizer = ZeRO-1, sequence parallelism with TP > 1, TE / cuDNN fused
#   attention, no recomputation (the table states none: the wave-4 rule), the printed TP / PP /
#   VP with DP = GPUs / (TP x PP). Shapes are the records' (NeMo's config classes at that
#   commit): GPT-3 5B / 20B / 175B with learned positions, GeLU and tied embeddings (the tied()
#   rule for GPT-style names); Nemotron-3 8B with a squared-ReLU (non-gated) FFN of 16384 and an
#   untied 256K vocabulary. Compared: tokens/s/GPU as printed.
# Wave-49 rules (written before any wave-49 prediction, from the sources and earlier rules only):
# * YV01-YV08 (torchtitan, then "torchtrain", PR #165 introducing FSDP2: a Llama 2 7B shape on 8
#   H100, local batch 8 (YV07: 16) x 2048 tokens, bf16 parameters with fp32 master state and
#   AdamW, ZeRO-3 (FSDP), SDPA). The PR's device reports 95.04 GiB: the 96 GB H100 of Meta's hosts
#   that T15-T22 ran on (torchtitan's own benchmark of December 2024), so the H100GrandTeton
#   node, matched on the capacity the PR prints (95.0396 GiB; no earlier record carries it, and
#   the generated table moves no earlier row). Throughput: the midpoint of the PR's
#   words-per-second range (6100-6300 and so on; the range is 2-4% wide), tokens/s/GPU, an
#   identity of the PR's counter. Memory: the peak reserved bytes (torch.cuda
#   reserved_bytes.all.peak) the PR prints, in GiB or as a percentage of 95.04 GiB (the memory
#   area; the standing reading of torchtitan's "memory" line). Recomputation: "full" is full,
#   per-op SAC is selective (the wave-34 rule for torchtitan's "selective op"), "no AC" none.
#   The standing rules otherwise: torchtitan's SDPA on Hopper at the FlashAttention-2 rate, fused
#   elementwise kernels (torchtitan is not one of the eager stacks, compiled or not, as XR03 and
#   YH01-YH05 were expressed), the fp32 copy of the loss. The solver's inputs do not tell FSDP1
#   from FSDP2 or torch.compile from eager here, so YV03 / YV04 (FSDP1) and YV05 / YV06
#   (compiled) repeat YV01 / YV02's inputs and are counted once, as the first record (the
#   wave-10 repeat rule, whose key holds every input of the row). Session 29's eager rule split
#   YV05 / YV06 off; session 53's FSDP2 copy-out (`fsdp_copy_out`, an input since) splits YV03 /
#   YV04 off: rows since, in sample without first predictions.
# * YV09 (torchtitan issue #1207, the BF16 baseline of a float8 study: Llama 3 8B on 4 H100 with
#   FSDP 2 x TP 2 and per-op SAC, 5378 tokens/s/GPU, 45.68 GiB peak): the issue prints no batch or
#   length; torchtitan's llama3_8b.toml of the issue's date (batch 1, 8192 tokens) is the run's
#   configuration, a framework's default taken as the wave-4 rule takes one. "4xH100s" = the
#   H100 (SXM) entry (the O rule for a plain device name), four GPUs of one node; the record's
#   "[S]" that Meta's devgpu H100s are the 96 GB part is the collector's inference, not the
#   issue's, and is not used (the SA12-SA21 rule of the serving suite). Sequence
#   parallelism with TP (torchtitan's default). Compared: tokens/s/GPU as printed (its counter
#   divides by the TP degree) and the peak memory.
# Wave-50 rules (written before any wave-50 prediction, from the sources and earlier rules only):
# * YW01-YW19 (torchtitan pull requests and one issue that print their runs' log lines: tps per
#   GPU, memory as GiB with its percentage of the device, MFU; configurations from the tomls at
#   the PRs' commits). The wave-49 reading holds (FSDP = ZeRO-3, per-op SAC selective, SDPA at the
#   FlashAttention-2 rate, fused elementwise kernels compiled or not, the fp32 loss copy; tps as
#   printed, memory = the peak reserved bytes of the "memory" field).
# * Device: PRs #822 / #808 (YW10-YW15) say "8 H100s" and log each run's memory in GiB with its
#   percentage of the device, which is 95.0 GiB (arithmetic on the printed pair, the capacity PR
#   #165 printed): the 96 GB H100 (H100GrandTeton, as T15-T22 and YV01-YV08), listed in
#   DEVICE_FROM_LOG below rather than matched on the records' wording. PR #355's logged pair
#   gives 79.15 GiB with "8 A100 DevGPU": the 80 GB A100 (YW18, YW19). PR #1690's rows (YW01-YW08)
#   name no GPU; its committed preset's comment ("8 H100 GPUs (with 96GiB memory)") names what the
#   preset was tuned for, not what each row (8 to 64 GPUs) ran on, and wave 33 left the PR for
#   that reason: the wave-8 rule (no accelerator named) takes them out, as it takes PR #996's
#   YW16 / YW17, which name neither the GPU nor the count.
# * Log windows: torchtitan logs step 1 on its own and then every log_freq steps, each line's tps
#   and MFU averaging the steps since the last line; a line at step 10 or 20 is therefore a
#   window after the first (warm-up / compile) step, taken as the steady state.
# * FSDP's reshard_after_forward=False (YW11, "never") keeps the gathered parameters from the
#   forward to the backward pass: ZeRO-2 (as the record gives it); the default and "always"
#   (YW10, YW12) are ZeRO-3. Rows that differ only in torch.compile (YW06 from YW01, YW13 from
#   YW10), in the float8 scaling recipe (YW15 from YW14: both FP8 GEMMs) or in the optimizer's
#   kernel (YW19 from YW18: foreach vs fused AdamW) repeat an earlier row's inputs and count once
#   (the repeat rule).
# * YW09 (issue #1789): FlexAttention with a block-causal (per-document) mask over packed C4
#   documents: the YM07-YM10 rule (attention over unpublished sample lengths): not expressible.
# Wave-51 rules (written before any wave-51 prediction, from the sources and earlier rules only):
# * YX01-YX08 (NVIDIA/Megatron-LM examples/moe_recipes/README.md at e5ad098, "Recipe Index": a
#   median TFLOP/s per GPU per recipe, each recipe's YAML holding the full Megatron-LM arguments;
#   synthetic data with the router forced to balance tokens over the experts, which is what the
#   solver's MoE pricing assumes). The wave-36 readings hold: --log-throughput's TFLOP/s per GPU
#   (num_floating_point_operations, no recomputation term) compared with the model (PaLM) FLOP/s;
#   recompute_modules lists (moe_act / layernorm / mla_up_proj / mlp) are selective, as XK06,
#   XK08, X06, X07 and W30 were read; the HybridEP / DeepEP dispatcher forwards over NVLink (the
#   forwarding rule); the distributed optimizer = ZeRO-1; Transformer Engine attention; the
#   records' FP8 recipes (blockwise, MXFP8) are FP8 GEMMs. "H100" = the DGX H100 rig, "B200" the
#   DGX B200, "GB200" the GB200 rack (the standing device mapping).
# * YX04: the README's 214.3 is the measurement; an unmerged pull request (#5728) that re-measured
#   the Qwen3 rows through Megatron-Bridge (302.0 for this cell) is another run on another stack,
#   not this recipe's, and is not used.
# * YX04 (TP 2, EP 32 over DP 16): expert parallelism beyond the data-parallel group, the standing
#   rule's "not expressible".
# * YX08 offloads the optimizer states (and one set of expert activations) to host memory under
#   the distributed optimizer (ZeRO-1); the solver's optimizer offload is ZeRO-3's: not
#   expressible.
# * The README's B300 / GB300 and DeepSeek-V4 rows were not collected (the collector took B300 /
#   GB300 for devices outside the catalog, which they are not); they are left for a later wave.
# Wave-52 rules (written before any wave-52 prediction, from the sources and earlier rules only):
# * YY01-YY03: the wave-49 / wave-50 torchtitan readings. YY01's log prints "NVIDIA H100 with
#   94.99GiB memory": the 96 GB H100 (DEVICE_FROM_LOG); its configuration is YW10's (Llama 3 8B,
#   FSDP 8, local batch 1 x 8192, per-op SAC) on later software: a repeat, counted once as YW10.
#   YY02 (a DeepSeek-V3 16B flavor with MLA and no catalog entry) falls under the wave-8 MLA rule.
#   YY03 (PR #701: "8 H100 GPUs", no capacity printed) is the H100 (SXM) entry; the collector's
#   inference from other PRs that it was the 96 GB part is not used (the YV09 rule); its 6800 is
#   the author's rounded figure, taken as printed.
# Wave-53 rules (written before any wave-53 prediction, from the sources and earlier rules only):
# * YZ01-YZ03 (Megatron-LM examples/moe_recipes, the B300 / GB300 rows of the recipe index at
#   e5ad098, each with its recipe YAML): the wave-51 readings; "B300" = the DGX B300 node,
#   "GB300" = the GB300 rack (the standing device mapping; wave 51's collector had taken them for
#   devices outside the catalog). The README's row is the measurement; the unmerged PR #5728's
#   re-measurement of YZ03 (1396.1) is not used (the YX04 rule).
# * YZ04-YZ07 (Megatron-Bridge's model verification cards, the GB300 entries added by PRs #5583,
#   #5717, #5720, #5722): the card files are cited by waves 24 and 43 for other rows; these GB300
#   configurations were never collected (the same misreading of the catalog), so they are new.
#   The wave-24 / wave-31 Megatron-Bridge readings hold (bf16_with_mxfp8_mixed = FP8 GEMMs, TE's
#   FP8 attention by the XZ02 rule, recompute_modules [] = none, the distributed optimizer =
#   ZeRO-1); the records' tokens/s per GPU is compared (the metric order). The "paged stash" of
#   expert activations is a memory feature and is not modelled; the capacity factor it is sized
#   with (1.5) is a buffer size, not token dropping.
# Wave-54 rules (written before any wave-54 prediction, from the sources and earlier rules only):
# * ZA01-ZA11 (Megatron-Bridge's model verification cards and performance summaries, rows cited at
#   commits no wave used): every one of these rows is also printed in a file an earlier wave cited
#   (the cards at 067f987d, used by waves 24 and 43; the performance summaries and archive of the
#   releases waves 24 and 31 read). Which of a used file's other rows an integration printed is not
#   known, so they count as read (the TF01-TF77 rule of wave 34): not expressible. A revision
#   whose numbers differ is a new measurement (the wave-32 rule); these rows' numbers are the used
#   files'.
# * The same rule, applied while writing this one, reaches two earlier waves of this session after
#   their first predictions had printed: YU02 (NeMo 24.07's GPT-3 20B row, 5851 tokens/s/GPU, the
#   same number in the first revision 070a0bb that T25-T29 come from; YU01, YU03, YU04 were
#   re-measured with vboost, new numbers) and YZ04-YZ07 (the GB300 entries of the verification
#   cards, printed in the card files waves 24 and 43 cited; wave 43's collector passed over them).
#   They are excluded below; docs/validation.md publishes their first predictions.
# * ZA12-ZA14 (marin-community/marin speedrun_results.json: Levanter Llama shapes on TPU v5p-32 = 16
#   chips and v4-256 = 128 chips): Levanter's default layout, FSDP over every chip (the wave-4 rule
#   for a framework's default; the file prints no mesh); gradient_checkpointing true with the
#   default scan policy, which saves each block's input and recomputes the rest: full; bf16 compute
#   with fp32 parameters and optimizer state; the TPU's measured attention rate (session 13), the
#   fused XLA loss (the loss rule). The step time is the file's training_time over its step count
#   (a whole-run average of 6,000-22,888 steps, whose one compile step does not move it).
#   Compared: the step time (the metric order takes tokens/s/GPU, an identity of it).
# Wave-55 rules (written before any wave-55 prediction, from the sources and earlier rules only):
# * ZB01-ZB10 (COAT's Table 7 in NVlabs/COAT's README): the table names no GPU, and the paper text
#   could not be read; the record infers H100 from the same README's sentence about a different
#   example ("on 8 * H100" for the ToolBench fine-tune) and a peak memory near 80 GB. That is not
#   the source naming the accelerator of these rows: the wave-8 rule excludes them (its test on
#   the device field, "not name the", catches them).
# Wave-56 rules (written before any wave-56 prediction, from the sources and earlier rules only):
# * ZC01-ZC10 (tpu-recipes READMEs at revisions no wave cited, their example step lines and the
#   MaxText configs they pin): a revision whose numbers differ from the cited one is a new
#   measurement (the wave-32 rule), and the revisions read here print other numbers. The
#   tpu-recipes rules of waves 4, 6 and 20 hold: v6e-256 = 256 Trillium chips in one ICI slice,
#   v5p-256 = 128 v5p chips, FSDP over every chip (ici_fsdp_parallelism -1), bf16 compute with fp32
#   weights (base.yml), remat_policy 'full' = full, a custom policy that offloads q / k / v to the
#   host = mlp (the wave-6 MaxText rule), one that offloads only the layer input and
#   rematerializes the rest = full, Pallas splash attention at the TPU's measured attention rate,
#   MaxText's fused loss. The single example step line printed is the measurement (as every
#   tpu-recipes row); its tokens/s per chip is compared (the metric order; the step time is an
#   identity of it).
# * ZC05-ZC10 print configurations an earlier record holds (W03, W01, W07, W02, W05, U75),
#   measured on earlier software: repeats, counted once as the earlier record (the YO01 rule; the
#   repeat key catches those whose inputs match exactly, the list below names the rest).
# Wave-57 rules (written before any wave-57 prediction, from the sources and earlier rules only):
# * ZD01 (Primus commit 68256bd's validation note, 929 ms/step at steady state, and the MI355X
#   1x8x1 config and FP8 yaml at that commit): the rules of Primus's Megatron backend (waves 6 and
#   15: the distributed optimizer = ZeRO-1, TransformerEngine's fused attention, FP8 tensorwise =
#   FP8 compute with BF16 attention by the XZ02 rule), no recomputation (none configured, the
#   wave-4 rule), MI355X = the catalog's MI355X node; the MLPerf gpt-oss-20b shape as recorded
#   (24 layers, head dimension 64, the Llama 3.1 vocabulary of the benchmark) with its 128-token
#   sliding windows on every other layer (session 17's local attention, as K07 and the XI / XK
#   rows). K07 (the same model on the same machine) ran 4,096 tokens and a global batch of 16 with
#   the o200k vocabulary: not a repeat. Compared: the step time, as the source prints it (tokens/s
#   per GPU is derived).
# * ZD02 (Primus commit ea72b1a: "696 TFLOP/s" per device in a bug-fix message, Mixtral 8x7B on
#   MaxText FP8 on MI300X): the message states neither the GPU count nor the global batch (the record
#   assumes one node of 8), and the figure is a rounded aside: not expressible (the wave-8 rules).
# Wave-58 rules (written before any wave-58 prediction, from the sources and earlier rules only):
# * ZE01-ZE13 (Modalities' README "Scaling Experiments" table and docs/scaling_experiments/
#   scaling_mn5.md): the tables give a parameter count, not a shape (the record infers layers and
#   width by inverting the MFU formula and leaves heads, FFN width and vocabulary unknown), and the
#   GPUs are Leonardo's A100 SXM 64GB and MareNostrum 5's H100 64GB (HBM2e), parts with other
#   memory bandwidths than the catalog's A100 80GB / H100 SXM entries, which no catalog node
#   holds. Not expressible (as in every wave, a row needs the model's shape and a catalog node).
# Wave-59 rules (written before any wave-59 prediction, from the sources and earlier rules only):
# * ZF01-ZF06 (llm-foundry scripts/train/benchmarking/README.md at c6cfb42, the April-2023 table
#   that the cited 061f2c7 / 5e85bd6 revisions replaced) and ZF07-ZF14 (mosaicml/examples
#   llm/throughput/README.md at 22d724c, December 2022): rows no cited revision prints, so new
#   measurements (the wave-32 rule). The wave-1 MPT rules of T01-T14, YF and YG hold: the recorded
#   shapes from the benchmark yamls of the same commits (tied embeddings, no GQA, a plain 4h MLP,
#   vocabulary 50368), "a100_80gb" / "a100_40gb" = A100 80GB / 40GB SXM (the MFU column's 312
#   TFLOP/s peak), the A100 rig's fabric ("1600 Gbps RoCE" where the table says it, else the rig's
#   own), FULL_SHARD = ZeRO-3, activation checkpointing on = full, the Triton / flash attention of
#   the MPT rows, "PURE" and "AMP" bf16 alike (bf16 compute), the fp32 loss copy (the loss rule).
#   Tokens/s per GPU compared (the metric order). A row whose solver inputs an earlier record has
#   is a repeat (the key below).
# Wave-60 rules (written before any wave-60 prediction, from the sources and earlier rules only):
# * ZG02-ZG08 (NVIDIA/dgxc-benchmarking llama3.1/README.md at v25.04, NeMo 25.02.01's performance
#   recipes): the NeMo / Megatron-Core readings of waves 4, 8 and 24 (the distributed optimizer =
#   ZeRO-1, FP8 = FP8 GEMMs with attention at 16 bits by the XZ02 rule, no recomputation where the
#   scripts set none: the wave-4 rule), H100 80GB SXM = the DGX H100 rig over InfiniBand, the
#   step time compared as the table prints it. Configurations the suite already holds (T31, T42,
#   U08-U10) were left by the collector; these layouts and GPU counts are new.
# * ZG01 (gpu-recipes training/a4/mixtral-8x7b/nemo-pretraining-gke README at 0211dc1: one
#   DLLogger example entry): the README names neither the config nor the precision of its example;
#   the record infers its default job (fp8, micro-batch 4). A measurement whose configuration the
#   source does not state is not expressible (the rule of every wave for an unstated layout).
# Wave-61 rules (written before any wave-61 prediction, from the sources and earlier rules only;
# the head-dimension rule in attention_layout was written first, in its own commit):
# * ZH01 (Primus v26.7, Megatron backend, examples/megatron/configs/MI300X/
#   qwen3_30B_A3B-FP8-pretrain.yaml: TP1 PP1 EP8, DP 8, micro-batch 2, global batch 256, 4096
#   tokens, "fp8: hybrid", no recomputation, the distributed optimizer = ZeRO-1, forced uniform
#   routing = the solver's balanced routing): the Megatron readings of waves 4 and 24 (FP8 GEMMs,
#   attention at 16 bits by the XZ02 rule). The post's own GEMM table gives the output layer a
#   width of 131,200, not Qwen3's padded 151,936 (mock data with another tokenizer): the record's
#   shape with that vocabulary (the wave-8 tokenizer rule: the run's vocabulary, not the model's),
#   head dimension 128 (the session-28 rule), untied embeddings. "AMD Instinct MI300X" x 8 = the
#   catalog's MI300X node. Compared: the step time (the metric order; the tokens/s the log prints
#   is a differently aggregated median of the same run).
# * ZH02 (Primus v26.7, TorchTitan backend, qwen3_0.6B-pretrain.yaml: FSDP2 full shard over 8 =
#   ZeRO-3, local batch 4, global batch 32, 4096 tokens, BF16, no activation checkpointing,
#   torch.compile): the torchtitan readings of waves 12 and 27 (compiled elementwise kernels, the
#   fp32 loss rule), the record's Qwen3-0.6B shape (28 x 1024, 16 heads of 128, 8 KV heads, FFN
#   3072, tied 151,936 vocabulary). The post prints two baseline medians of the same
#   configuration (328.1 and 330.3 ms); the first is compared (one measurement, the metric
#   order), the second differs by 0.7%.
# Wave-62 rules (written before any wave-62 prediction, from the sources and earlier rules only.
# The integrator saw the guide's results table while locating the file the collector cited by
# its index id; no rule below depends on a measured value):
# * ZI02-ZI05, ZI07-ZI10 (AMD-AIG-AIMA/pytorch-training-benchmark train_fsdp.py, the guide's
#   Llama 3.1 8B rows): PyTorch FSDP (FULL_SHARD over the 8 GPUs = ZeRO-3), micro-batch and
#   sequence length as the table prints them per row (the guide's example command names a "4k"
#   config with batch 3, which the table pairs with 8192 tokens: the table's per-row values are
#   taken), the script's default gradient accumulation of 8 (global batch 64 x micro-batch), no
#   recomputation, the catalog-shaped Llama 3.1 8B of the benchmark's config (vocabulary 128,256,
#   untied). BF16 rows: torch.compile (the script's default): compiled elementwise kernels; FP8
#   rows: Transformer Engine layers under FP8 autocast (FP8 GEMMs, attention at 16 bits by the
#   XZ02 rule). The printed "TFLOPS/s/GPU" is the script's own count (llama.py
#   estimate_flops_per_token: 6 L (3 E K + E (H + 2 J) hd + E H hd) + 6 E V + 12 L T H hd per
#   token, attention not halved for causality, no recomputation), divided by the mean micro-step
#   time: it converts to tokens/s per GPU by that count, an identity (the wave-28 / wave-29
#   rule), and tokens/s per GPU is compared (the metric order). "AMD Instinct MI300X" /
#   "MI325X" x 8 = the catalog's MI300X / MI325X nodes.
# * ZI01, ZI06 (the guide's Llama 3.1 70B rows, AMD's modified torchtitan, run_llama_train.sh):
#   the guide states neither the recomputation nor the torchtitan configuration (toml, commit),
#   and its "data parallelism of 1" is not the 8-way sharding the record reads; a measurement
#   whose configuration the source does not state is not expressible (the rule of every wave).
# Wave-63 rules (written before any wave-63 prediction, from the sources and earlier rules only):
# * ZJ01-ZJ03 (ROCm/MAD scripts/pytorch_train/llama3_1_8B: HF accelerate with FSDP FULL_SHARD over
#   8 processes = ZeRO-3, Transformer Engine layers under FP8 autocast, no torch.compile, no
#   recomputation): the wave-62 reading of the same family of AMD benchmark scripts (FP8 GEMMs,
#   attention at 16 bits by the XZ02 rule; the script's default gradient accumulation of 8, so
#   global batch 64 x micro-batch; micro-batch and length as the table prints them). The README
#   names the platform "MI300"; the peak memory it prints (up to 177.24 GB a GPU) exceeds the
#   128 GB of the MI300A, the only other MI300-series part, so the device is the MI300X (a
#   deduction from the source, not an assumption). Compared: tokens/s per GPU as printed (the
#   metric order; its TFLOP/s is the same rate times the script's FLOPs per token), and the peak
#   memory: torch.cuda.max_memory_allocated printed in decimal GB, converted to GiB (x 10^9 /
#   2^30) and compared as the allocated-memory rows of earlier waves are.
# Wave-64 rules (written before any wave-64 prediction, from the sources and earlier rules only):
# * ZK01, ZK02 (Megatron-Bridge docs/performance-summary.md at 17a381f9, the first "26.04.01 NeMo
#   Container" table): eleven days later 21d102f, a revision the suite cites, replaced the whole
#   table under the same container label with re-measured numbers for the same configurations
#   (ZK02's tokens/s is the replacing row's). A measurement its publisher replaced is not taken
#   (the withdrawn-run rule; wave 60's collector left dgxc-benchmarking's superseded Grok-1 rows
#   the same way), and the replacing rows count as read (the used-file rule).
# Wave-67 rules (written before any wave-67 prediction, from the sources and earlier rules only):
# * ZN01-ZN04, ZN06, ZN07 run Seq1F1B: each sequence is cut into 4 spans that the pipeline
#   schedules separately. The solver's pipeline schedules are 1F1B and interleaved 1F1B, whose
#   bubble and first-stage activations differ from Seq1F1B's, so these rows are not expressible.
# * ZN05 is the same fork with one span (the guide's plain 1F1B baseline): Megatron-LM 1F1B, TP 1
#   / PP 4 / DP 2, micro-batch 1, global batch 8, bf16, the distributed optimizer = ZeRO-1, no
#   recomputation, FlashAttention-2 (its Ampere rate), a GPT shape with a 4h GeLU MLP, biases,
#   untied embeddings as the record states. "A100-80GB SXM" = the A100 (80 GB SXM) rig by the
#   device-naming rule; the collector's doubt (the logs' NCCL topology shows 8 NVLinks a GPU, the
#   A800's count) is recorded and not acted on: the source names the part. Compared: tokens/s per
#   GPU (the metric order; the guide's total / 8), and the peak reserved memory of the fullest
#   stage (GiB) in the memory area, as wave 46's reserved-memory rows.
# Wave-68 rules (written before any wave-68 prediction, from the sources and earlier rules only):
# * ZO01-ZO03 (crusoecloud/torchtitan README at 3d0bed9, "Torchtitan performance results for
#   various cluster configs": Llama 3.1 8B, FSDP2 over every GPU, TP / PP / CP 1, 8,192 tokens,
#   bf16, the table's per-GPU batch, no gradient accumulation, so global batch = batch x GPUs):
#   the README's earlier revision prints, beside its GB200 rows, "Example config file for 90%
#   memory usage on GB200" with local_batch_size 5 and selective activation checkpointing of
#   option "op" = torchtitan's per-op SAC = Recompute::alternate_matmuls (session 27's rule; the
#   recompute() reader now also takes the record's words "op policy" for it). "GB200" with 12-68
#   GPUs on 3-17 trays "in the same IMEX partition" = the GB200 rack (the standing device mapping:
#   one NVL72 domain). torchtitan's SDPA on Blackwell keeps the device's measured attention rate
#   (the XH10 rule); fused elementwise kernels and the fp32 loss copy (the YV rules for torchtitan).
#   Compared: tokens/s per GPU as printed (torchtitan's "tps", rank 0, over steps 91-100), and
#   torchtitan's "memory" (max reserved, GiB) in the memory area (the standing reading).
# * ZO04-ZO11 (the same table's B200, H200 and H100 rows): the README prints no configuration for
#   them, and the fork's committed llama3_8B.toml (batch 1, no checkpointing) is not what they ran
#   (their batches are 2-5); the recomputation of these runs is not stated, so they are not
#   expressible (the ZI01 rule). The collector's inference from their memory use is a reading of
#   the measurement, not a statement of the configuration.
# Wave-69 rules (written before any wave-69 prediction, from the sources and earlier rules only):
# * ZP01-ZP04 (Together's committed Megatron-Bridge runs: the summary md's averages over
#   iterations 31-50, the layouts from the configuration block each job log prints): the
#   Megatron-Bridge / NeMo readings of earlier waves (the distributed optimizer = ZeRO-1,
#   Transformer Engine attention and fused elementwise kernels; recompute_modules without a
#   recompute granularity are inactive: no recomputation). "B200, 8x GPU" = the DGX B200 rig (the
#   standing device mapping). Full-iteration CUDA graphs (ZP01, ZP02): the XW01 rule (the eager
#   launch gap is kept). ZP02's FP8 recipe (Transformer Engine tensorwise current scaling, FP8
#   parameters) keeps its first and last transformer layers in BF16; the solver takes one
#   precision per run, so all 32 layers are priced in FP8 (2 of 32 layers' GEMMs priced faster
#   than they ran; stated, not corrected). ZP03's NVFP4 recipe = FP4 GEMMs (the NVFP4 rows of
#   earlier waves), attention at 16 bits. ZP04 (Qwen3-30B-A3B, EP 8 over DP 8, all-to-all
#   dispatch, router forced to balance the load): the solver's routing is balanced, which is what
#   the forced balance runs; its job yaml names another GPU and batch, and the log, the run's own
#   record, wins (the record's choice). Compared: the metric order (the md's average step time,
#   tokens/s per GPU its identity).
# Wave-70 rules (written before any wave-70 prediction, from the sources and earlier rules only):
# * ZQ01, ZQ02 (Qwen3-30B-A3B, EP 8 over DP 8 on 8 B200, GBS 512): the wave-69 readings (ZP04's
#   layout and forced balance; ZQ01's FP8 recipe with BF16 first and last layers priced FP8
#   throughout); MXFP8 (ZQ02) is FP8 GEMMs, as the MXFP8 rows of earlier waves; CUDA graphs over
#   sub-layer scopes keep the eager launch gap (the XW01 rule).
# * ZQ03, ZQ04 (together-dgxc-benchmarking tests/gb200/reports, "R08 Run 3": 16 trays of 4 GB200 in
#   one NVL72 rack, the job logs committed): the GB200 rack (the standing device mapping; NCCL
#   prints P2P/MNNVL between trays). Megatron-Bridge readings as above; the configuration is the
#   log's printed header (no job script committed). recompute_modules ['layernorm'] (ZQ03) and
#   ['layernorm', 'moe_act'] (ZQ04) with selective granularity are selective (the standing reading
#   of Megatron-Core's module lists). ZQ03's vocabulary is the one its embedding's parameter count
#   implies (152,064, the named checkpoint's), not the tokenizer's printed 32,000, the record's
#   choice (a mock-data tokenizer does not size the model). ZQ04: gpt-oss-120b's sliding windows by
#   session 17's local attention; its attention sinks are not modelled; its log prints that DeepEP
#   was skipped on GB200, so the dispatch is the all-to-all one (the forwarding reader now ignores
#   such a line; no earlier row moved). Compared: the metric order (the report's median step time
#   over the post-warmup steps). ZQ02's MXFP8 run has ZQ01's solver inputs: a repeat, counted once
#   as ZQ01 (the repeat rule).
# Wave-71 rules (written before any wave-71 prediction, from the sources and earlier rules only):
# * ZR01, ZR02 (together-dgxc-benchmarking tests/b300/pretrain/{llama3.1,qwen3}: the committed job
#   logs and run scripts; the measured value is the mean of the log's per-iteration step time over
#   iterations 35-44, the window of the repository's own parser common/parse_train_timing.sh): the
#   wave-69 Megatron-Bridge readings (distributed optimizer = ZeRO-1, Transformer Engine attention
#   and fused elementwise kernels, recompute_modules without a granularity inactive: no
#   recomputation; ZR02's forced-balance routing is the solver's balanced routing). Device: the
#   part the repository names, "NVIDIA B300 SXM6 AC" on one 8-GPU host (the same commit's NCCL log
#   and, for ZR02, the directory's "Platform: B300, 8x GPU") = the DGX B300 node (the session-16
#   B300 rule). The run scripts' '--gpu gb300' is Megatron-Bridge's recipe selector, not the
#   device, so the records' wording is not matched on it (DEVICE_FROM_LOG). Full-iteration CUDA
#   graphs (ZR01) and CUDA graphs over sub-layer scopes (ZR02) keep the eager launch gap (the XW01
#   rule). NCCL_NVLS_ENABLE=0 is not read by the training solver (its collectives on one node are
#   the node's priced NCCL choice; stated, not corrected). ZR02 is ZP04's configuration on another
#   device and container: its own case. Compared: the metric order (the mean step time, tokens/s
#   per GPU its identity).
# Wave-72 rules (written before any wave-72 prediction, from the sources and earlier rules only):
# * ZS01 (dudeperf3ct's "train an LLM, part 2" post with its companion repository minicode-llm at
#   96e1787): the model is the shape the record states (the Llama 3.2 1B layers with the run's
#   32,768-token vocabulary and tied embeddings), not the catalog entry's vocabulary (the ZQ03
#   reading: the run's own embedding sizes the model). "NVIDIA H100 80GB HBM3" x 2 on one Lambda
#   instance = two GPUs of the HGX H100 node (the standing device mapping; the instance's link
#   between them is not stated). torchtitan with torch.compile per block and on the loss: fused
#   elementwise kernels (the wave-49 rule; the transformers backend's modules are compiled the
#   same way); SDPA = FlashAttention (the standing Hopper reading). DDP = ZeRO 0 (the wave-23
#   "Replicated" reading), BF16 GEMMs (torchtitan's autocast to mixed_precision_param outside
#   FSDP). The post's configuration snippets, its W&B summary and the log's "Applied DDP" agree;
#   the repository's committed smoke-test toml (batch 8 with FSDP, or 4096 tokens with selective
#   checkpointing) is not what ran, so the record's reading stands. Compared: torchtitan's tps,
#   rank 0, the mean of the three printed log lines (steps 100, 150, 200), and its "memory" (max
#   reserved, GiB) in the memory area (the standing reading; the memory-history recording the run
#   had on is not modelled).
# Wave-73 rules (written before any wave-73 prediction, from the sources and earlier rules only):
# * ZT01-ZT06 (the fork of wave 29's YB13-YB15): every run trains on document-packed C4 with
#   flash-attn's varlen backend (per-document causal masking), so attention runs over document
#   lengths the source does not publish: not expressible (the wave-7 varlen rule, as YB13-YB15).
#   Were the lengths known, ZT02 would still need a reading for FP8 on the attention projections
#   only, and ZT03 / ZT04 one for a selective policy that saves the expert GEMMs.
#   The collector reports two facts about YB13-YB15 from the same files: job 56 (YB14) ran local
#   batch 16, not the table's 18, and the runs' attention was flash-attn varlen, not FlexAttention.
#   Neither changes anything here (YB13-YB15 are not expressible by the same rule).
# Wave-75 rules (written before any wave-75 prediction, from the sources and earlier rules only):
# * ZV01, ZV02 (nanochat d20 / d16: plain ReLU^2 MLPs of 4h, MHA with head dimension 128, untied
#   65,536-token embeddings): the records' shapes (no catalog entry). "NVIDIA H100 80GB HBM3" = the
#   HGX H100 node's GPUs (the standing mapping); ZV02's two GPUs passed through to one VM are two
#   GPUs of that node, whether or not the VM exposes their NVLink (not stated; its gradient
#   traffic is one all-reduce of 0.34 B parameters per 16 micro-steps). torch.compile of the
#   model: fused elementwise kernels (the wave-49 reading); SDPA = FlashAttention-2 on Hopper (the
#   standing reading); the logits' fp32 cast = the upcast loss. No DDP wrapper, the optimizers
#   reduce-scatter the gradients and all-gather the weights: ZeRO-2 (the records' reading).
#   nanochat's Muon optimizer (Newton-Schulz iterations on every matrix, about 1% of a step's
#   FLOPs at these batches), its logit soft-cap and QK norms are not modelled (stated, not
#   corrected). The documents are concatenated into full 2048-token rows with no document mask:
#   plain causal attention. Compared: tokens/s per GPU derived from the report's total training
#   time over its timed steps (the records' first measured rate), and ZV01's max allocated memory
#   in the memory area (the standing reading of allocated peaks).
#   Disclosure: the records' unit texts, which repeat the total training times and ZV01's memory,
#   were printed while reading their layout, before these rules were written; no rule depends
#   on them.
# Wave-76 rules (written before any wave-76 prediction, from the sources and earlier rules only):
# * ZW01-ZW04 (nanochat d32 / d24 / d26): the records' shapes (no catalog entry), read as wave 75
#   read d20 / d16 (plain ReLU^2 MLPs of 4h, MHA with head dimension 128, untied embeddings, ZeRO-2
#   for the optimizers' reduce-scatter and all-gather, torch.compile's fused elementwise kernels,
#   Muon, the soft-cap and QK norms not modelled). "8XH100" = the HGX H100 node's GPUs (the
#   standing mapping; SXM is the records' assumption). ZW01's SDPA = FlashAttention-2 on Hopper;
#   ZW02-ZW04 call FlashAttention-3 (the solver's Hopper default). ZW03 / ZW04's torchao float8
#   tensorwise recipe on every Linear = fp8 (the solver keeps the vocabulary projection at 16
#   bits, stated, not corrected).
# * New in wave 76: the d24 / d26 code's sliding windows. A record whose model text says "N layers
#   with a W-token causal window" gets W on N layers (attention_layout, the session-17 local
#   attention), the other layers full. Their value embeddings (a second embedding table per odd
#   layer, added to V) are lookups without matmul FLOPs; their gradient exchange and optimizer
#   update (about 0.6 B of d24's 1.4 B parameters) and the per-layer residual scalars are not
#   modelled (stated, not corrected).
# * Compared: tokens/s per GPU. ZW01: from its two printed steps (4 and 5, after the compiling
#   first step: the torchtitan log-window reading), the records' rate from step time x 524,288
#   tokens (that code's printed tok/sec counts one micro-step). ZW02-ZW04: the leaderboard's total
#   training time over its timed steps (the wave-75 reading). No memory is published.
# Wave-77 rules (written before any wave-77 prediction and before any wave-77 value was printed):
# * ZX01 (llm.c on one "A800 80GB PCIe"): the catalog's A800 is the SXM4 part; the PCIe card (lower
#   power limit and memory bandwidth) has no entry: not expressible (hw_kind would read "a800" as
#   the SXM4 node, so the row is excluded by name).
# * ZX02-ZX04 (llm.c on one GeForce RTX 4090): the catalog has the card (RTX4090) but the suite has
#   no training rig for a single workstation GPU (every HwKind is a datacenter node and fabric):
#   not expressible. A one-GPU rig of the catalog card would make them expressible; it was not
#   added this session.
# Session-32 rules for ZX02-ZX04 (written before any prediction of them; their measured values were
# never printed, so they are first predictions and out of sample):
# * A one-GPU workstation rig (hw_kind "RTX4090", validation_test.cpp): the catalog's GeForce RTX
#   4090 card alone in a node of one, with no NIC; the fleet's fabric (10 GbE) is never crossed by a
#   one-GPU run. The card's BF16 rate is its FP32-accumulate rate (165.2 TFLOP/s dense, Ada
#   whitepaper: GeForce runs FP32 accumulation at half the FP16-accumulate rate), which cuBLASLt's
#   BF16 GEMMs use; no measured GEMM or bandwidth is catalogued, so the solver's default fractions
#   apply (flagged as an assumption in its result).
# * llm.c's loss is its fused classifier (karpathy/llm.c train_gpt2.cu, fused_classifier: "does the
#   forward pass and first part of the backward pass", on the floatX logits, writing the logits'
#   gradient in place): LossKernel::fused. Its layernorm, GELU, residual and AdamW kernels are its
#   own single-pass CUDA kernels: ElementwiseKernels::fused (the default reading). ZX02's
#   "non-flash" attention (llm.c's own kernels over a materialised T x T matrix) is materialized by
#   the wave-4 wording rule; ZX03 / ZX04's cuDNN attention is fused at the solver's default rate.
# * Compared: tokens/s per GPU from the records' mean step time (steps 2-20). ZX01 stays excluded
#   (no A800 PCIe card in the catalog and no vendor datasheet for it found in the store).
# Wave-78 rules (written before any wave-78 prediction; the records' measured-unit strings, which
# carry the summed training times, were printed while the record format was read, and no rule below
# depends on them):
# * ZY01-ZY02 (marin-community/marin speedrun_results.json at 3cb4a05 for the 130m and 300m Llama
#   presets of the adamw_llama_scaling series on one v5p-32 slice = 16 chips): the wave-54 ZA12-ZA14
#   rule unchanged (Levanter's default layout, FSDP over the 16 chips, 8 sequences per chip; full
#   recomputation by the Levanter scan-layers rule; bf16 compute with fp32 parameters and optimizer
#   state; the TPU's measured attention rate; the fused XLA loss; the step time as the file's
#   training_time over its step count; tokens/s per chip compared by the metric order). The
#   records' head dimension 64 (hidden / heads) needs no override.
# Wave-79 rules (written before any wave-79 prediction and before any wave-79 value was printed):
# * ZZ01-ZZ08 (alfredyu24/amd-mi350-benchmarks at fde8824: benchmark_results.md with
#   multigpu_benchmark.py and transformer_benchmark.py of the same commit): the MI350X rig (one
#   8-GPU platform; 1, 2 or 4 GPUs run on a node of that many, the wave-7 partial-node rule); the
#   scripts' GPT-style shapes (GELU two-matrix MLP, LayerNorm, learned positions, tied 50,257-token
#   embedding: tied() reads "GPT-style"); DDP = ZeRO 0 over the GPUs; no recomputation.
#   - "pure FP16" (model.to(torch.float16), AdamW over the fp16 parameters) = fp16 compute; its
#     fp16 gradients and Adam moments with no master copy are a memory matter, as wave 39's and 40's
#     pure-bf16 runs: the solver's state (fp32 gradients, moments and master weights) is kept, so
#     the DDP all-reduce is priced at 4 bytes per gradient where the run moved 2 (stated, not
#     corrected), and the published memory (torch.cuda.max_memory_allocated / 1e9 on GPU 0) is not
#     compared.
#   - Attention: the scripts' own q @ k^T, masked_fill, softmax and @ v over the materialised score
#     matrix: materialized ("materialised" joins the wave-4 wordings; no earlier record's attention
#     field uses it outside the YR rows, which have their own rule).
#   - Elementwise: the scripts' nn.LayerNorm, F.gelu, residual adds and the attention's scale,
#     mask and softmax run as PyTorch eager kernels (no torch.compile, PyTorch 2.9.0 printed):
#     eager around fused norms (nn.LayerNorm is one native kernel), the session-29 kind.
#   - Loss: F.cross_entropy on the fp16 logits without .float(): no fp32 copy, 16-bit passes
#     only, nearest to the fused count (LossKernel::fused).
#   - transformer_benchmark.py (ZZ07, ZZ08) sets dropout 0.1: the row format carries no dropout,
#     so its masks and kernels are not priced (stated, not corrected).
#   - Compared: tokens/s per GPU (the metric order).
# * ZZ09 (Marin's llama_150m_run on a TPU v4-128 slice = 64 chips) and ZZ10 (Marin's llama_50m_h200
#   on one H200): the wave-54 Marin rule unchanged (Levanter's default FSDP layout, full
#   recomputation by the Levanter scan-layers rule, bf16 compute with fp32 state, the fused XLA loss,
#   the step time as training_time over the step count); the TPU v4 rig for ZZ09, the H200 rig on
#   a node of one GPU for ZZ10 (its Levanter attention on GPU at the solver's default rate: no
#   Hopper FlashAttention-2 wording applies).
# Wave-80 rules (written before any wave-80 prediction and before any wave-80 value was printed):
# * KA01-KA05 (marin-community/marin speedrun_results.json files of llama_30m, llama_75m and
#   llama_50m_10xC on a TPU v4-128 slice = 64 chips, llama_50m_gpu on 4 A100 and llama_1_4B_8xH200
#   on 8 H200): the wave-54 Marin rule unchanged; the TPU v4 rig, the A100 rig on a node of the
#   run's 4 GPUs ("A100" = the catalog's SXM4 80 GB part, the reading of every unqualified A100
#   record), the H200 rig (one 8-GPU node). KA05's z-loss (an extra logsumexp term) is not priced.
# * KA06-KA11 (the MI350X repository's transformer_benchmark.py rows at sequence length 512, batch
#   32 down to 2, one GPU): the wave-79 ZZ07-ZZ08 rule unchanged (pure FP16 read as fp16 compute,
#   materialized attention, eager kernels around fused norms, the fp16 loss, dropout 0.1 not
#   priced, memory not compared).
# Wave-81 rules (written before any wave-81 prediction and before any wave-81 value was printed):
# * KB01-KB02 (drmysore/nebius-h100-8gpu-benchmark and -16gpu-benchmark, exercise2 result JSONs
#   with scripts/benchmark.py of the same commits): the H100 rig (DGX H100, 8 x 400G NDR; KB02 on two
#   nodes, as its OPTIMIZATION.md states 8 mlx5 NDR NICs per node); DDP = ZeRO 0; no recomputation.
#   - "FP32 end to end" with TF32 matmuls off (PyTorch 2.3's default): fp32 compute, weights and
#     activations (a new precision reading; no earlier record's precision starts with "fp32"), so
#     the GEMMs run at the default fraction of the 66.9 TFLOP/s FP32 peak. The solver's fp32 master
#     copy beside fp32 weights is kept (a memory matter; no memory is published).
#   - The model is nn.TransformerEncoderLayer without a mask: bidirectional attention, which the
#     solver prices as causal (half the score FLOPs), and at the FlashAttention-2-on-Hopper rate
#     (0.34 of the 16-bit peak; the record names SDPA, the FA2 wording), where PyTorch's fp32
#     memory-efficient kernel runs on the FP32 units:
#     attention is about 6% of the step's FLOPs, so both make the prediction fast by a few percent
#     (stated, not corrected). Dropout 0.1 is not priced.
#   - Elementwise: PyTorch eager kernels around the native LayerNorm (the wave-79 reading); loss:
#     cross_entropy on fp32 logits, the fp32 passes of the upcast count.
#   - Compared: tokens/s per GPU (the metric order).
# Wave-82 rules (written before any wave-82 prediction and before any wave-82 value was printed):
# * KC01 (GoogleCloudPlatform/cluster-toolkit docs/gcluster_job_guide.md at 1047080, section 7.2:
#   MaxText llama3.1-8b on a tpu7x-32 slice, with the MaxText configs of the pinned tag): the example
#   log printed under the section's command is its measurement (the tpu-recipes reading of waves 4,
#   6, 20 and 56; its device count, JAX version and TPU type match the section). The TPU7x rig (32
#   chips, two JAX devices each); FSDP over the 64 devices; the custom remat policy that offloads the
#   q / k / v / out projections and the layer input and rematerializes the rest is `mlp` (the wave-6
#   and wave-56 MaxText rules); bf16 compute; splash attention at the TPU's rate; MaxText's fused
#   loss. The mean of its two printed steps (4 and 5) per chip is compared.
# * KC02-KC04 (Open-Athena/MarinFold exp112 README with nemo_train_qwen3.py and common.py at 9cecb1f:
#   NeMo 25.04 runs of a Qwen3-style 2.9B model on 8 H100 at micro-batch 1 / 2 / 4): the record's
#   shape (48 x 2048, 32 / 8 heads of 64, SwiGLU 8192, untied, vocabulary 2944); "H100" = the H100
#   rig (the reading of unqualified H100 records; the code's own peak comment says H100 SXM);
#   Megatron's distributed optimizer = ZeRO 1 over DP 8; full recomputation of every layer;
#   Transformer Engine's attention (the TE words), fp32 loss copy (no fused cross entropy named);
#   dropout 0.1 (the container's default) not priced. Tokens/s per GPU compared.
# Wave-84 rules (written before any wave-84 prediction was computed; KE01-KE05's measured values
# were visible in the records' quote fields while these rules were written, KE06-KE11's were not
# read; nothing below refers to a measured value):
# * KE01-KE05 (rasbt/LLMs-from-scratch ch05/10_llm-training-speed, README at 322000d, scripts at
#   908dd2f: a GPT-2-124M-shaped model with an untied head, 163M parameters, batch 8 x 1024 on one
#   A100, PyTorch 2.6 eager, no recomputation, AdamW, DDP-free): the record's shape (plain GELU MLP,
#   LayerNorm, learned positions; tied() reads "UNTIED"); the A100 40GB rig, the memory size the
#   record infers from the final script's batch search (the accelerator itself is named).
#   - Precision: KE01 "pure fp32 with FP32 (non-TF32) matmuls" = fp32 compute, weights and
#     activations (the wave-81 reading; "pure fp32" joins "fp32"); KE02 "fp32 ... with TF32
#     tensor-core matmuls" = tf32 compute with 4-byte weights and activations (a new reading: no
#     earlier record names TF32), at the catalog's dense TF32 peak; KE03-KE05 "pure bf16" = bf16.
#     Their pure state (no master copy, moments at the weights' precision) is kept at the solver's
#     mixed default, as waves 39, 40 and 79 (an optimizer-time and memory matter; no memory is
#     compared).
#   - Elementwise: KE01-KE03 run the from-scratch LayerNorm and tanh-GELU as separate eager ops:
#     ElementwiseKernels::eager (the Llama count; the from-scratch GELU's seven-odd kernels are
#     priced as the count's one activation kernel, and the count's rotary kernels stand for the
#     learned positions: stated, not corrected); KE04-KE05 use nn.LayerNorm / nn.GELU: eager around
#     fused norms (the wave-79 reading).
#   - Attention: KE01-KE04 materialized (the "eager" wording); KE05 PyTorch SDPA's flash kernel on
#     A100: fused at the solver's default rate (the FlashAttention-2 rule is for Hopper).
#   - Loss: cross_entropy on the model's logits without .float(): the wave-79 / wave-81 rule (fp32
#     passes for KE01-KE02, the 16-bit count for KE03-KE05).
#   - Not priced (stated; each makes the prediction fast): dropout 0.1 on the embeddings,
#     attention weights and residual branches (the row format carries no dropout); the one
#     evaluation (two no-grad forward passes) inside every timed interval of 15 (00_orig.py) or 10
#     (final script) steps; the non-fused foreach AdamW of KE01.
#   - Compared: "Avg tok/sec" as tokens/s per GPU (the metric order).
# * KE06-KE11 (NVIDIA/cudnn-frontend benchmark/Llama-3.2-1B-Training at 7606332: HF
#   LlamaForCausalLM in pure bf16 with SDPA's flash backend and SGD, one H200 at 1500 MHz and one
#   B200 at 1665 MHz): excluded. The benchmark locks the SM clock with nvidia-smi -lgc below the
#   clock the catalog's peaks and measured GEMM ceilings were taken at; the rig has no clock input,
#   so the prediction would price a faster device than the one timed.
# Wave-85 rules (written before any wave-85 prediction; the records keep their measured values in
# the measured entries only, and none was read while these were written):
# * ZeRO stages given as text ("2 [D: 'zero_stage: 2']", "1 [S: ...]", "null in config (...)"):
#   the leading stage; a null stage takes the standing default (ZeRO-1; the record reads Fast-LLM's
#   default as optimizer state sharded over the data-parallel ranks).
# * KF03, KF07 (8 x V100-SXM2): excluded. The catalog has the V100 card but no V100 node (a DGX-1's
#   hybrid cube-mesh NVLink is not a fabric it holds). Lifted in session 39 (below).
# * Fast-LLM (KF01-KF08): its cross entropy is a fused kernel whatever the record says
#   (cross_entropy_impl "auto" resolves to the Triton kernel, or to the fused implementation with a
#   tensor-parallel vocabulary: fast_llm/layers/language_model/head.py); its elementwise ops are
#   its own Triton / Apex kernels (the standing fused reading), one query and one key-value
#   projection (not the separate-projection reading).
# * A record whose model text states a sliding window ("sliding-window attention 4096", "sliding
#   window 4096": Mistral 7B v0.1's config) gets it on every layer (attention_layout); it changes
#   KF08 (8,192 tokens) and not KF09 / KF10 (4,096 tokens, no token sees past the window).
# * "no torch.compile" says the model was not compiled: the HF rule no longer reads the word
#   "compile" in it as a compiled run (KF09-KF12, Hugging Face / TRL fine-tuning: eager elementwise
#   kernels, separate Mistral projections, PyTorch's cross entropy; SantaCoder's GPTBigCode keeps
#   one c_attn and one c_fc). Older records with the phrase are read the same way (below).
# * "pure bf16 ... weights, gradients and AdamW moments are bf16" (KF09-KF12, accelerate
#   mixed_precision "no" on a bf16-loaded model): the row's pure state, gradients and Adam moments
#   at the weights' precision and no fp32 master copy (TrainingStatePrecision), for the memory the
#   records publish.
# * KF09-KF12 run on the A100 80GB node with one or two of its GPUs (the 1- and 2-GPU rows of the
#   fms-acceleration table, one process or accelerate's FSDP on one node).
# Wave-86 rules (written before any wave-86 prediction; the measured values stay in the records'
# measured entries and were not read):
# * KG01-KG04 (universal-llm-trainer: Hugging Face modules in the project's own loop, pure bf16,
#   HF gradient checkpointing on every layer, SDPA): the HF rule (eager elementwise kernels,
#   separate projections for Llama; Phi-3 keeps its fused qkv_proj / gate_up_proj), the pure state
#   (wave 85), the FlashAttention-2-on-Hopper rate for SDPA on H100. "no Liger/fused kernels" says
#   Liger was absent and "no compile call in the code" that nothing was compiled: the HF rule no
#   longer reads "liger" or "compile" in them (no older row changed).
#   The loss: nn.CrossEntropyLoss on the model's bf16 logits, with no fp32 copy (transformers 4.49
#   upcasts only inside its own loss_function, which this loop does not call): the 16-bit reading
#   of the wave-79 rule (LossKernel::fused stands for cross entropy over 16-bit logits).
# * "No flash-attn package is configured" (KG01-KG04) says the pip flash-attn package is absent,
#   not that attention is materialized: SDPA's own flash kernel runs (fully filled sequences, the
#   all-ones mask dropped, is_causal), so the attention rules no longer read "no flash" in it.
# * KG05-KG07 (small-ablation: per-document varlen attention over multipacked blocks): excluded by
#   the wave-7 rule (the document lengths are not published).
# Session-39 rules (written before KF03's and KF07's first predictions; their measured values were
# never printed: the two rows were excluded from the generated table until now):
# * The catalog gained a DGX-1 node (DGX1_V100: 8 x V100 SXM2 on the V100's NVLink 2 device link,
#   four EDR NICs) and an InfiniBand EDR fabric, from NVIDIA's DGX-1 V100 white paper. A device
#   written "V100-SXM2" runs on it (hw_kind "V100"); a PCIe V100 still has no node. KF03 and KF07
#   (Fast-LLM on one 8 x V100-SXM2-32GB node, fp16 with loss scaling, FlashAttention off) are
#   predicted by the standing rules: materialized attention ("no FlashAttention"), fp16 at the
#   V100's tensor-core peak with the default GEMM fraction (the catalog has no measured V100 GEMM
#   ceiling), the wave-85 Fast-LLM reading (fused loss and elementwise kernels, ZeRO-1).
# Wave-87 rules (written before any wave-87 prediction; the records keep their measured values in
# the measured entries only, and no generated row's measured value was printed while writing them):
# * Attention: a text that names TransformerEngine's fused attention or SDPA's flash backend first
#   is fused; "unfused" in it names another row of the source (KH09-KH16: "the README's separate
#   'unfused attention' row shows the default is fused") and "eager" the run (KH08). "Explicit
#   QK^T / softmax / AV matmuls (not SDPA/flash)" (nn.MultiheadAttention with need_weights=True,
#   KH01 / KH02) is materialized, with no FlashAttention rate.
# * Precision: "Megatron-Bridge 'bf16_with_fp8_current_scaling_mixed'" is FP8 (KH13); before this
#   rule it read as bf16 and KH13 as a repeat of KH10.
# * State: "pure bf16 model states" (DeepSpeed's bf16_master_weights_and_grads +
#   bf16_optimizer_states, KH02) takes the pure state for its time; its memory is not used (the
#   bf16 master weights and master gradients, 4 B per parameter, are not a state the solver holds).
#   Transformer Engine's FusedAdam with master_weights=False over bf16 layers (KH03-KH06) keeps no
#   master copy, bf16 gradients and fp32 moments (FusedAdam's default moment dtype; the report's
#   "optimizer states in BF16" is not what the code sets): a new row field, no_master.
# * Plain PyTorch eager: KH01 / KH02 (nn.LayerNorm, nn.GELU, nn.MultiheadAttention, no compile) and
#   KH08 (nanoGPT without torch.compile) take eager_fused_norm; KH02's and KH08's loss runs inside
#   torch.autocast, which computes cross_entropy in fp32 (LossKernel::pytorch); KH01 (autocast
#   off, loss on the bf16 logits) keeps the wave-79 reading. KH07 (compiled) keeps the fused reading.
# * Memory printed in decimal GB (KH07-KH16) is converted to GiB (the wave-63 rule).
# * KH04 (a GH200 with 144 GB of HBM3e at 4.9 TB/s): the catalog's GH200 is the 96 GB HBM3 part,
#   so the run stays not expressible (no hardware entry; expressible since session 40, below).
# Wave-88 rules (written before any wave-88 prediction; no generated row's measured value was
# printed while writing them):
# * KI01-KI03 (Megatron-DeepSpeed on DGX-2): excluded (until session 40, below). A DGX-2 joins 16 V100-SXM3-32GB (450 W, a
#   higher clock than the catalog's 300 W SXM2 part) over NVSwitch with eight EDR NICs; the catalog
#   has neither that part nor that node, and the session-39 DGX-1 node (8 GPUs, hybrid cube-mesh) is
#   not it. The records' device text names "V100 SXM2" only as the nearest catalog entry.
# * KI04-KI06 (Megatron-LM pull request #1723 on "NVIDIA H200"): not expressible by the wave-23 rule,
#   since the same analysis labels its separate blockwise run "H200 NVL" (the PCIe card with NVLink
#   bridges, no catalog node), so which H200 the three rows ran on is not settled. "TransformerEngine
#   FP8" at the start of a precision is read as FP8 all the same (KI05, KI06; no earlier record).
# * KI07-KI09 (Megatron-FSDP on 8 GB200 in two 4-GPU trays): fully sharded = ZeRO-3 (the records'
#   zero_stage 3); the GB200 rack rule puts the 8 GPUs in one NVLink domain (the source does not
#   say whether the two trays share one); selective recomputation of moe_act is the standing
#   selective reading; KI08 (Megatron-FSDP v2) expresses the same inputs as KI07 (v1) and is a
#   repeat; KI09's MXFP8 is FP8.
# * KI10 (Hugging Face Qwen3-32B under DeepSpeed ZeRO-3 on 8 MI300X): the standing HF rule (eager
#   elementwise, PyTorch's loss, separate projections), attention "requested as 'eager'"
#   materialized, as the record reads it [S]; its memory (max_memory_allocated / 1e9) converted to
#   GiB. KI07-KI09's "peak device memory" names neither the statistic nor the unit: not used.
# Wave-89 rules (written before any wave-89 prediction; no generated row's measured value was
# printed while writing them):
# * KJ01-KJ04 (Megatron-LM's functional tests in deterministic mode): the standing Megatron reading
#   (Transformer Engine's attention at its measured rate, fused elementwise kernels, the native
#   loss); the GB200 pair on the GB200 rack rule (one NVLink domain for the two trays, as the
#   records assume [S]). Their memory is the last rank's: for the PP 4 runs (KJ01, KJ03) that is
#   the last pipeline stage, not the stage the model reports, so it is not used; KJ02 / KJ04 (TP 4
#   x DP 2, every rank alike) keep theirs. Their model text says "no --swiglu", which gated() read
#   as a gated FFN; it now reads the flag as absent (a plain GeLU MLP; no older row changed).
# * KJ05-KJ10 (DLPerf's Megatron-LM of March 2021 on V100-SXM2-16GB): a rig variant of the
#   session-39 DGX-1 node with the 16 GB part and one EDR NIC per node, as the records' topology
#   states (hw_kind "V100_16GB_OneNic"); "explicit QK^T and AV batched GEMMs" is materialized
#   attention (the wave-87 rule); the standing fp16 and dropout readings.
# Wave-90 rules (written before any wave-90 prediction; no generated row's measured value was
# printed while writing them):
# * KK01-KK05 (Megatron-Core r0.16 with Transformer Engine 2.15 on A4X GB200 trays): the GB200 rack
#   rule (the 8- and 64-GPU runs stay in one NVL72 NVLink domain, as the pods' clique affinity
#   pins them) and the standing Megatron reading (Transformer Engine's fused attention at its
#   measured rate, fused elementwise kernels, Megatron-Core's native loss, which the standing rule
#   keeps for --cross-entropy-loss-fusion as it did for waves 16 and 88). The launcher takes the
#   micro-batch size as a positional argument and the source never prints it: the generator's
#   rule for a null micro-batch (1) applies, a stated assumption (at 4,096 tokens a sequence, the
#   layer GEMMs have at least 4,096 rows either way; a larger micro-batch means fewer micro-batches
#   and fewer kernel launches per step). The global batch (256; 1,024 for the 70B run) is the
#   collector's [D] reading, checked by the collector against the rows' own step time and
#   tokens/s; it sets the gradient-accumulation count, not the per-token work.
# * KK06-KK07 (MI355X): excluded, below.
# Session-40 catalog rules (written before any of these runs was predicted; their measured values
# were never printed, as they were never expressible):
# * KH04 (pretraining-bench's one-GPU run on "NVIDIA GH200 144G HBM3e"): the catalog's new
#   GH200_144GB (NVIDIA's GH200 datasheet: 144 GB HBM3e at 4.9 TB/s, the 96 GB part's compute) on a
#   one-GPU rig; GH200 records of more than one superchip stay out (no node).
# * KI01-KI03 (Megatron-DeepSpeed on DGX-2): the catalog's new DGX2 node (16 V100_SXM3 on NVSwitch,
#   eight 100 Gb/s EDR NICs) over InfiniBand EDR. The README names the DGX-2, whose V100s run at
#   350 W and 125 TFLOP/s (2 PFLOPS over 16 GPUs); the records' "450 W" [S] is the DGX-2H's part,
#   which the source does not name. The standing readings otherwise (fp16, full recomputation,
#   Megatron's core attention materialized). KI03's "--recompute-method uniform
#   --recompute-num-layers 1" is full recomputation (every layer's chunk checkpointed; the rule
#   for a layer count read only "(k of n layers)"), which makes it KI02's inputs again on another
#   recomputation path: a repeat, counted once.
# Session-41 rule (with waves 1-91 known): half_grads() above (Aleph Alpha's Scaling framework with
# ZeRO holds and reduces its gradients at bf16); it moves YR01-YR14 by at most 0.3%.
# Wave-97 rules (written before any wave-97 prediction was computed. Two slips printed measured
# values: the wiring's duplicate check printed KQ01's tokens/s, as U38's, which is how six of the
# records were found to repeat wave-2 / wave-4 rows; then, after these rules were written, a check
# of the generated rows whose mask missed the metric field printed the ten remaining rows' measured
# throughput and memory. The same check showed that the code had not yet applied two of the
# rules below (KQ11's FP8 and the records' Recompute::none): those two fixes came after the print
# and implement the rules as written. No rule was chosen or changed with a value in view):
# * KQ01, KQ09, KQ10, KQ12, KQ14, KQ16: README rows of FlagPerf's llama3_8B / llama3_70B /
#   llama2_70B / qwen1.5_MoE Megatron cases that waves 2 and 4 read at earlier commits (U38-U42,
#   X32): the same measurements, counted once as the first records (excluded below). The wave's
#   novelty check had searched only the file of used sources, which lists one FlagPerf path.
# * KQ02-KQ08, KQ11 (FlagPerf's pretrain_llama3.sh on Megatron-Core core_v0.6.0): the records'
#   shape, not the catalog's Llama 3 8B: the script passes neither --untie-embeddings-and-output-
#   weights nor --position-embedding-type rope nor --disable-bias-linear, so under that tag's
#   argument defaults the model ties its embeddings (tied(): a name that says the model has "a tied
#   input/output embedding" ties it, although it names Meta's untied model for contrast), and has
#   learned absolute positions (8,192 x 4,096 = 34M parameters, 0.4% of the model) and biases on
#   its linear layers, which the rows do not carry (an understatement of the weights and of a few
#   elementwise passes, stated here). The vocabulary is the record's 128,256 (Megatron pads it to
#   128 x TP: 0.2% / 0.6% more logits at TP 4 / 8; no row in the suite pads).
# * Recomputation: the committed script passes no --recompute-* flag while the README's list of
#   optimisations names recompute-activations; the records follow the script (Recompute::none).
#   Wave 2 had read U38-U41 with the README's selective recomputation; those rows are left as they
#   were read (changing them now would be a reading chosen with their results known).
# * The A800 rows take the catalog's A800 on its DGX A800 node (400 GB/s NVLink), the H100 rows
#   the H100 node (the 2 x 8 rows over its catalog InfiniBand fabric; the README's 400 Gb/s is
#   its own supposition from the sibling 70B README [S]); KQ11's Transformer Engine FP8 with
#   delayed scaling (amax history 1024) is fp8 and not current scaling. KQ13 / KQ15 (FlagScale's
#   Llama 2 70B on 32 H800) are the catalog's Llama2_70B on the H800 node, as U42 was read; the
#   README's 200 Gb/s InfiniBand is not a row input (the node's own fabric prices the PP and DP
#   traffic that crosses nodes; HCAs per node are not stated).
# Wave-96 rules (written before any wave-96 prediction was computed; KP03-KP05's device fields
# quote the memory torchtitan logged, which was printed once while the records were read and is
# the measured reserved peak of those three rows: no rule below was chosen with it in view):
# * KP01 (the Megatron-LM README's GPT-3 175B on 1,024 A100, January 2021): the catalog's GPT3
#   on the A100 node (40 or 80 GB not stated); FP16, full recomputation of every layer, Megatron's
#   materialized core attention with its fused softmax, the non-distributed optimizer (ZeRO-0);
#   its step time is the row's metric.
# * KP02-KP05 (torchtitan on 128 / 8 H100): the 95 GB H100 (Meta's HBM2e lower-TDP part named by
#   torchtitan's performance page and the logged capacity) is the wave-49 Grand Teton kind
#   (DEVICE_FROM_LOG). KP02 and KP03 ran without torch.compile on PyTorch nightlies of July 2024
#   and January 2025, before the fused RMSNorm: the session-29 eager reading (TORCHTITAN_EAGER:
#   eager elementwise kernels, separate projections, PyTorch's loss); KP04 / KP05 are compiled
#   (fused). KP03-KP05 run torchao's dynamic tensorwise float8, per-tensor current scaling
#   (FP8_CURRENT: the session-39 rule reads a record naming "delayed" as not current, but these
#   name delayed scaling only as the recipe their pull request removed), with 16-bit saved inputs
#   (torchao, session 42). Compiled, KP04 and KP05 (whose float8 all-gather of FSDP weights is
#   not a row input) have the inputs of YW15 (wave 50: torchtitan pull request #808's compiled
#   tensorwise float8 Llama 3 8B on the same eight H100), so the repeat rule counts them once, as
#   YW15. Selective "op" is per-op SAC (alternate_matmuls, session 27).
# * KP06 (graph_trainer, FSDP 4 x TP 2 on 8 H100): its default memory policy saves every
#   compute-intensive op and recomputes only cheap ones, so no GEMM or attention kernel runs
#   twice: Recompute::none (the elementwise outputs it does not keep are then counted as held, an
#   overstatement of its memory stated here). Whole-graph capture is compiled: fused.
# * KP07-KP09 (4 GB200 of one NVL72 tray): the GB200 rack-scale rule; KP07 / KP09 compiled (fused),
#   KP08 eager on a May 2026 nightly (TORCHTITAN_EAGER: eager_fused_norm). The "tok/s" column is
#   per GPU as the record reads it [S].
# Wave-95 rules (written before any wave-95 prediction was computed; the record's measured value
# was printed once, when the record was read in full before wiring, and these rules are the
# standing readings, none chosen with that value in view):
# * KO01 (Megatron-Bridge's DeepSeek-V3 NVFP4 V2 preset on GB300, 4 per node): the GB300 rack-scale
#   rule (wave 15: the catalog's GB300 GPU on the DGX_GB300 node); the catalog's DeepSeek_V3 (MTP
#   and the embedding / loss pipeline chunks not modelled, as for every DeepSeek-V3 row); the
#   standing Megatron reading (fused attention at the measured rate, fused elementwise kernels,
#   Megatron-Core's native loss); recompute_modules ['mla_up_proj'] is selective recomputation;
#   NVFP4 is FP4 (the wave-12 rule) with Transformer Engine's quantized saved inputs (session 42);
#   the all-to-all dispatcher without overlap; no CUDA graphs, so the eager launch gap holds. The
#   GPU count 256 is the record's supposition from the sibling presets [S], kept as the record
#   states it.
# Wave-104 rules (written before any wave-104 prediction was computed; no measured value was
# printed, the collector's notes and the wiring view carry none):
# * KZ01-KZ14 (Qwen3-235B-A22B on 256 H800 and Qwen3-30B-A3B on 16 H800, Pai-Megatron-Patch's
#   run_mcore_qwen3.sh over Megatron-Core): the standing Megatron readings (bf16, which the records
#   suppose; sequence parallelism with tp > 1; ZeRO-1 as the distributed optimizer; Transformer
#   Engine attention; the asynchronous backward TP collectives of 37c5abe where tp > 1 and the
#   userbuffers overlap is not stated). Three reading fixes from the records' text: (1) a
#   recomputation that starts "none (" or "none stated for this row" reads none (KZ07, KZ13,
#   KZ14 name the script's selective flags only as removed or as a doubt; no earlier record
#   starts so and names "selective"); (2) "TP comm overlap not stated" reads off (KZ07; the
#   session-49 rule reads only a stated on, and the record names the script's flag as a doubt);
#   (3) KZ10 is its overlap table's baseline with the data-parallel overlap off, which the
#   harness does not read (every row runs with it on), so KZ10 is excluded and KZ11, the same
#   layout with it on, is the row (it was KZ10's repeat). KZ03, KZ04, KZ06, KZ08 and KZ09 put
#   expert parallelism across tensor-parallel ranks (EP 8 over DP 4), and KZ01, KZ02 and KZ05
#   split 94 layers into 32 x 3 = 96 virtual pipeline chunks (uneven stages): not expressible
#   (the last as a general check, which no earlier record meets).
# Wave-103 rules (written before any wave-103 prediction was computed; no measured value was
# printed, the collector's notes and the wiring view carry none):
# * KY01 (MaxText llama3.1-70b fp8_full on 256 TPU7x; the FP8 partner of YC06, the 256-chip
#   partner of YC05): the standing readings of YC05 / YC06 (per chip, FSDP over every chip as
#   ZeRO-3, the recipe's custom remat that keeps the projections as `mlp`, one micro-batch per
#   step) and of YC02 / YC04's FP8 (16-bit saved inputs: MaxText / Qwix, not Transformer Engine).
# * KY02, KY03 (MaxText gpt-oss-120b on 256 and 64 TPU7x, the December-2025 recipe with random
#   routing, which the record notes a later re-measurement replaced): gpt-oss's family layout
#   (head_dim 64, window 128 on half the layers); the recipe's custom remat ("decoder_layer_input
#   and mlpwo offloaded to host memory, the rest recomputed") as full recomputation, the nearest
#   mode (what is offloaded is kept, the rest re-run; the host copies are not priced); balanced
#   expert load, which random routing gives. KY03 is U73's layout on another recipe (U73 reads
#   selective recomputation from its own record), a different measurement, not a repeat.
# * KY04-KY06 (Gemma 4 31B and 26B-A4B): not expressible. The global layers' heads (x 512, with
#   4 or 2 KV heads and shared K/V projections) differ from the local layers' (x 256), and a row
#   carries one head shape, the reason XM07 (Gemma 4 E4B) was excluded in wave 17; the family
#   rule of session 17 reads "sliding-window(N)" only as XM07 wrote it.
# Wave-102 rules (written before any wave-102 prediction was computed; no measured value was
# printed, the collector's notes and the wiring view carry none):
# * KX01-KX03 (torchtitan's Llama 3 70B on 128 H100, FSDP2 over 16 x TP 8 with sequence-parallel
#   norms, full activation checkpointing, torch.compile): the standing readings of the same
#   author's wave-12 runs XE01-XE05 (Meta's Grand Teton H100 of 96 GB, which the record supposes;
#   SDPA at the FlashAttention-2 rate; compiled, so fused elementwise kernels and one fused
#   projection each; the fp32 loss copy; torchao's float8 tensorwise as FP8 with current scaling
#   and 16-bit saved inputs, KX03); the toml defaults the record supposes (local batch 8 of 8,192
#   tokens, one micro-batch per step). The tensor-parallel overlap rule of d8f076d reads KX01 and
#   KX03 as vanilla TP and KX02 as async TP; KX02's own text names its pair ("Pair with KX01
#   (same layout, vanilla TP)"), which the rule's "vanilla tp" test would read as KX02's setting
#   and fold KX02 into KX01 as a repeat (as would its quote's "vs vanilla TP"), so the rule drops
#   a sentence that names a paired record and skips a comparison before reading (PAIR_SENTENCE;
#   it changes no earlier row's reading).
# Wave-101 rules (written before any wave-101 prediction was computed. The collector's notes
# field, which the wiring view printed once, quotes the sources' own rounded summaries ("~9000
# WPS" for KW01, "~293K" tokens/s over 64 GPUs for KW02) and KW01's memory percentage; the rules
# below are the standing readings and two reading fixes from the records' text, none chosen with
# a value in view):
# * KW01 (Meta lingua's apps/main 7B on 8 H100, FSDP2 full_shard, torch.compile): the record's
#   shape with its supposed Llama-3 vocabulary of 128,256 [S] (the collector's note that lingua's
#   own FLOP counter implies a larger one is not a statement of the tokenizer, so the record's
#   value is kept); recomputation none (the record: "none (selective_activation_checkpointing:
#   false)", which the "selective" test would misread); PyTorch SDPA on Hopper at the
#   FlashAttention-2 rate (the torchtitan SDPA rule: the record's "PyTorch picks flash/cuDNN/
#   efficient backend" lists the candidates, it does not say cuDNN ran); compiled, so fused
#   elementwise kernels and one fused projection each (the standing compiled reading); the fp32
#   loss copy; memory as the record states it (lingua's max_active_pct, read as unstated).
# * KW02 (PithTrain's Qwen3-30B-A3B on 64 H100, PP4 x EP8, FSDP2 over the dense data-parallel
#   width 16, experts over 2): ZeRO-3; DualPipeV's two chunks per stage as v = 2 (the solver's
#   interleaved bubble, an approximation: DualPipeV's own bubble is not modelled) with the MoE
#   all-to-all overlapped with the other micro-batch (the wave-36 overlap rule for DualPipe);
#   FlashAttention-4 at the device's measured attention rate (the default for a fused kernel the
#   FA2 rule does not name); no recomputation (the record's reading of the code); the all-to-all
#   dispatcher without node forwarding (EP 8 stays inside a node); tokens/s per GPU = the PR's
#   global figure / 64 (the record's reading). The H100 default: the persistent-GEMM stall of
#   72e7132 applies (the stack names no SM carve-out).
# * KW03 (the same run with HSDP: dense weights sharded over 8 and replicated over 2): the solver
#   shards ZeRO-3 over the whole data-parallel group and has no hybrid sharding, so its inputs are
#   KW02's and it is counted once (the repeat rule).
# Wave-94 rules (written before any wave-94 prediction was computed; no measured value printed):
# * KN01-KN03 (the 14-layer DeepSeek-V3 of Megatron-LM #6311 / #6429): excluded by the wave-8 MLA
#   rule (MLA is expressible only through a catalog model, and the catalog's DeepSeek-V3 has 61
#   layers); the records also assume the dense / MoE split of the 14 layers [S].
# * KN04-KN08 (Megatron-Bridge's DeepSeek-V3 presets on 256 B300 / B200, 8 per node): the catalog's
#   DeepSeek_V3 (MTP and the embedding / loss pipeline stages not modelled, as for every DeepSeek-V3
#   row) on the DGX B300 / B200 node; the standing Megatron reading (fused attention at the measured
#   rate, fused elementwise kernels, Megatron-Core's native loss); recompute_modules
#   ['mla_up_proj'] is selective recomputation (the standing reading of a recompute-module list);
#   the HybridEP (KN04-KN06) and DeepEP (KN07, KN08) dispatchers forward tokens per node (the
#   wave-70 rule); KN05's moe_a2a_overlap is the wave-36 overlap; MXFP8 is FP8 and NVFP4 FP4 (the
#   wave-12 rule), with Transformer Engine's quantized saved inputs (session 42); KN05's FP8
#   attention at the 16-bit rate (the XZ02 rule); CUDA graphs (partial in KN04 / KN06, the full
#   iteration in KN05) are not a row input, so every row keeps the eager launch gap. KN04-KN06's
#   global batch 4,096 is the record's reading of which preset the pull request measured [D].
# Wave-93 rules (written before any wave-93 prediction was computed; the three step times were
# printed once, by a mistake in the check of the generated rows, before these rules were written:
# the rules below are the standing readings and one reading fix from the records' text, none
# chosen with the values in view):
# * KM01-KM03 (Megatron-Bridge's performance scripts, Qwen3-235B-A22B on 64 B200, 8 per node):
#   the catalog's DGX B200 node (the performance summary names this recipe family's system
#   DGX-B200 [S]); the standing Megatron reading (Transformer Engine's fused attention at its
#   measured rate, fused elementwise kernels, Megatron-Core's native loss); MXFP8 is the fp8
#   precision with the block-scaled cast (KM01); the 94 layers over 8 stages (8 x 4 chunks for
#   KM02 / KM03) as the solver splits them, with the embedding and loss stages Megatron accounts
#   for not modelled (an approximation stated here); KM03's quoted recipe diff sets
#   moe_a2a_overlap=True (the wave-36 overlap rule). Their dispatcher is the all-to-all one: the
#   records' "(no flex/HybridEP backend ...)" names the backend the run lacked, which the
#   node-forwarding rule had read as HybridEP (ep_node_forwarding(); no older row changes). The
#   GPU count (64) is the recipe's num_gpus, not the pull request's text [S].
# Wave-91 rules (written before any wave-91 prediction; no record's measured value was printed):
# * KL01-KL06: excluded, below; a record that names neither its vocabulary and heads nor its
#   parallel layout, or none of its shape, gives the solver nothing to run.
# Measurements the suite cannot use as they are (the reason is listed in docs/validation.md).
EXCLUDED = {
    **{_c: "the record states neither the vocabulary, the attention heads nor the parallel layout "
           "(the shape is taken from a related issue, the layout assumed to be Levanter's default); "
           "the run's MoE is a JAX Grug implementation with an MFU convention the source does not "
           "define (the wave-91 rule)" for _c in ("KL01", "KL02")},
    "KL03": "the layout is given only as 'FSDP + intra-rack sharding' (tensor, expert and data "
            "parallel degrees unknown), and the run trains with MuonH, whose Newton-Schulz "
            "iterations the solver does not price (the wave-91 rule)",
    **{_c: "the source's readable text gives neither the layers, hidden size, heads, vocabulary nor "
           "sequence length of the Megatron-Core MoE (only its total and active parameters), and "
           "its router is forced to balance load (the wave-91 rule)" for _c in ("KL04", "KL05", "KL06")},
    **{_c: "run with HSA_OVERRIDE_GFX_VERSION=9.4.2: the MI355X (gfx950) runs kernels built for "
           "MI300X (gfx942), without CDNA 4's double-rate 16-bit matrix instructions; the catalog's "
           "MI355X peaks and GEMM ceiling (hipBLASLt built for gfx950) do not describe that run "
           "(the wave-90 rule)" for _c in ("KK06", "KK07")},
    **{"KE%02d" % _i: "the benchmark locks the SM clock below the one the catalog's peaks and GEMM "
                      "ceilings are taken at (1500 MHz on H200, 1665 MHz on B200); the rig has no "
                      "clock input (the wave-84 rule)" for _i in range(6, 12)},
    # wave 97: FlagPerf README rows waves 2 and 4 read at earlier commits (the wave-97 rule).
    **{_c: "%s's measurement (the same FlagPerf README row, read again at a later commit: a repeat, "
           "counted once)" % _u for _c, _u in (("KQ01", "U38"), ("KQ09", "U40"), ("KQ10", "U39"),
                                                 ("KQ12", "U41"), ("KQ14", "U42"), ("KQ16", "X32"))},
    "ZX01": "an A800 80GB PCIe card: the catalog's A800 is the SXM4 part (the wave-77 rule)",
    **{"ZO%02d" % _i: "the source states no recomputation for its B200 / H200 / H100 rows (the committed "
                      "config is not what they ran)" for _i in range(4, 12)},
    **{"ZN%02d" % _i: "a Seq1F1B schedule (sequences cut into 4 pipelined spans), which the solver "
                      "does not model" for _i in (1, 2, 3, 4, 6, 7)},
    "ZK01": "a row its publisher replaced eleven days later under the same label (superseded by a cited revision)",
    "ZK02": "a row its publisher replaced eleven days later under the same label (superseded by a cited revision)",
    "ZI01": "the guide states neither the recomputation nor AMD's torchtitan configuration of its 70B run",
    "ZI06": "the guide states neither the recomputation nor AMD's torchtitan configuration of its 70B run",
    "ZG01": "an example log entry whose config file and precision the README does not state",
    **{"ZE%02d" % _i: "a parameter count, not a shape (layers and width inferred from the MFU formula), "
                      "on 64 GB A100 / H100 parts no catalog node holds" for _i in range(1, 14)},
    "ZD02": "the source states neither the GPU count nor the batch (a rounded aside in a commit message)",
    # wave 56 (the rule above): earlier software's measurement of a configuration in the suite.
    "ZC05": "W03's configuration measured on earlier software (a repeat, counted once)",
    "ZC06": "W01's configuration measured on earlier software (a repeat, counted once)",
    "ZC07": "W07's configuration measured on earlier software (a repeat, counted once)",
    "ZC08": "W02's configuration measured on earlier software (a repeat, counted once)",
    "ZC09": "W05's configuration measured on earlier software (a repeat, counted once)",
    "ZC10": "U75's configuration measured on earlier software (a repeat, counted once)",
    # wave 54 (see the wave-54 rules above).
    "ZA01": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA02": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA03": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA04": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA05": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA06": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA07": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA08": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA09": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA10": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "ZA11": "a row also printed in a Megatron-Bridge file an earlier wave cited: counts as read (the wave-34 rule)",
    "YU02": "the same measurement (5851 tokens/s/GPU) in NeMo 24.07's first revision, a file wave 1 "
            "cited (T25-T29): its other rows count as read (the wave-34 rule); found after the "
            "first prediction",
    "YZ04": "a row of the verification cards waves 24 and 43 cited: counts as read (the wave-34 "
            "rule); found after the first prediction",
    "YZ05": "a row of the verification cards waves 24 and 43 cited: counts as read (the wave-34 "
            "rule); found after the first prediction",
    "YZ06": "a row of the verification cards waves 24 and 43 cited: counts as read (the wave-34 "
            "rule); found after the first prediction",
    "YZ07": "a row of the verification cards waves 24 and 43 cited: counts as read (the wave-34 "
            "rule); found after the first prediction",
    # wave 50 / wave 51 (see their rules above).
    "YW09": "packed samples with a per-document (block-causal) mask: attention over unpublished sample lengths",
    "YX08": "optimizer state offloaded to the host under the distributed optimizer (ZeRO-1): the "
            "solver offloads the optimizer only under ZeRO-3",
    # wave 42 (see the wave-42 rules above).
    "YO01": "U53's configuration measured again on Neuron SDK 2.21 (a repeat, counted once)",
    "YO04": "U51's configuration measured again on Neuron SDK 2.21 (a repeat, counted once)",
    "YO05": "U52's configuration measured again on Neuron SDK 2.21 (a repeat, counted once)",
    "YO06": "Y16's configuration measured again on Neuron SDK 2.18 (a repeat, counted once)",
    "YO07": "U54's configuration measured again on Neuron SDK 2.18 (a repeat, counted once)",
    "YP02": "YD08's configuration (Qwen3-30B-A3B, 8 GB200, MXFP8, EP 8, MBS 4, GBS 512) in a "
            "functional verification recipe (a repeat, counted once)",
    "YP03": "X19's configuration (Qwen3-30B-A3B, 16 H100, BF16, EP 16, GBS 1024) measured on "
            "another Megatron-Bridge release (a repeat, counted once)",
    "YQ05": "Table 5 prints no global batch for this pipelined run (the training section's batch "
            "belongs to the convergence runs)",
    "YQ06": "Table 5 prints no global batch for this pipelined run (the training section's batch "
            "belongs to the convergence runs)",
    "YQ07": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ08": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ09": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ10": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ11": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ12": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ13": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    "YQ14": "V3's measurement (Korthikanti et al. 2022, Table 5; in the suite since session 1, "
            "in sample): a repeat, counted once",
    # wave 41 (see the wave-41 rules above).
    "YN04": "two TPU v6e-256 pods over the data-center network (multislice beyond one 256-chip slice)",
    "YN05": "a 3-8-step run with no timer in the benchmark: the figure may include the warm-up step",
    "YN06": "a 3-8-step run with no timer in the benchmark: the figure may include the warm-up step",
    "YN07": "a 3-step run with no timer in the benchmark: the figure may include the warm-up step",
    # wave 40 (see the wave-40 rules above).
    "YM07": "packed samples with a per-document (block-causal) mask: attention over unpublished sample lengths",
    "YM08": "packed samples with a per-document (block-causal) mask: attention over unpublished sample lengths",
    "YM09": "packed samples with a per-document (block-causal) mask: attention over unpublished sample lengths",
    "YM10": "packed samples with a per-document (block-causal) mask: attention over unpublished sample lengths",
    # wave 38 (see the wave-38 rules above).
    "YK01": "crosses nodes over Lambda's on-demand Ethernet, whose bandwidth the source does not state",
    "YK03": "crosses nodes over Lambda's on-demand Ethernet, whose bandwidth the source does not state",
    "YK04": "crosses nodes over Lambda's on-demand Ethernet, whose bandwidth the source does not state",
    # wave 36 (see the wave-36 rules above).
    "YI01": "dropless routing of YI02's configuration (the solver prices balanced routing: YI02 is the case)",
    "YI04": "token drop padded to capacity 1.0: YI02's inputs again (a repeat, counted once as YI02)",
    "YI06": "dropless routing of YI07's configuration (the solver prices balanced routing: YI07 is the case)",
    "YI08": "dropless routing of YI09's configuration (the solver prices balanced routing: YI09 is the case)",
    "YI10": "dropless routing of YI11's configuration (the solver prices balanced routing: YI11 is the case)",
    "YI12": "dropless routing of YI13's configuration (the solver prices balanced routing: YI13 is the case)",
    # wave 35 (see the wave-35 rules above).
    "YH02": "torchtitan's layer-level selective checkpointing without its layer frequency",
    "U77": "the same measurement as V5 (PaLM 540B MFU on 6144 TPU v4), already in the suite",
    "U78": "the source gives a lower bound (\">260 TFLOP/s\"), not a measurement",
    # wave 8: third-party re-measurements of configurations already in the suite from the
    # upstream recipes (the source says so); a repeat adds no independent evidence.
    "C02": "a re-measurement of the upstream v5p DeepSeek-V3 recipe already used (a repeat)",
    "C03": "a re-measurement of a TPU7x DeepSeek-V3 row of the Ironwood summary already used",
    "C04": "a re-measurement of a TPU7x DeepSeek-V3 row of the Ironwood summary already used",
    "C05": "a re-measurement of a TPU7x DeepSeek-V3 row of the Ironwood summary already used",
    "C06": "a re-measurement of a TPU7x DeepSeek-V3 row of the Ironwood summary already used",
    "C07": "a re-measurement of the TPU7x Qwen3-235B row of the Ironwood summary already used",
    # wave 8: the source calls this run a floor (tuning flags dropped); the later version of the
    # same file (C08) is the run with the recipe's full settings.
    "C01": "the source calls its figure a floor (a run without the recipe's tuning flags)",
    # wave 9: the same configuration as I03 (Qwen3-8B, v6e-8, seq 8192, 3 per chip), measured
    # again on other MaxText versions and clusters; counted once.
    "I04": "a repeat of I03's configuration (another MaxText version and cluster)",
    "I08": "a repeat of I03's configuration (another MaxText version and cluster)",
    # wave 17 (see the wave-17 rules above).
    "XL03": "the result file XE08 already uses (a used source the research pass did not skip)",
    "XM01": "the result file XJ01 already uses (a used source the research pass did not skip)",
    "XM03": "a repeat of XD01's recipe, device count, batch and precision (another submitter)",
    "XM07": "heads x head_dim (8 x 256) is not the hidden size and 5 of 6 layers use a sliding window",
    # wave 18 (see the wave-18 rules above).
    "XN13": "BLOOM-176B's production layout, already in the suite as T61 and XF01 (a repeat)",
    # wave 20 (see the wave-20 rules above).
    "XQ11": "optimizer state offloaded to the host of a TPU7x, whose catalog entry has no host link",
    "XQ15": "the source gives expected steady-state values (\"~23.11 s\"), not a measurement",
    # Session 15 (found by comparing every pair of records' measured values, after all of these
    # had first predictions): the same measurement published twice by one project, under a
    # renamed file or in a second document, and collected by two waves. Counted once, as the
    # first record (the repeat rule).
    # Session 27: H16 and H18 were not expressible until the alternate_matmuls rule (their
    # "per-op SAC" named no mode the suite had), so XH10 / XH11, whose first predictions were
    # recorded in session 9, are the first records of these measurements that the suite priced
    # and stay; H16 / H18 are the repeats.
    "H16": "XH10's measurement (pytorch/ao prints the same power-limited B200 table twice)",
    "H18": "XH11's measurement (pytorch/ao prints the same power-limited B200 table twice)",
    "H17": "XH11's solver inputs (torchao's float8 tensorwise recipe of the same power-limited "
           "B200 run, priced as fp8 like its mxfp8 row): a repeat, counted once as XH11",
    "H19": "XH11's solver inputs (the mxfp8 rceil variant of XH11's recipe): a repeat, counted "
           "once as XH11",
    "H20": "XH11's solver inputs (torchao's float8 rowwise recipe of the same power-limited B200 "
           "run, priced as fp8): a repeat, counted once as XH11",
    "G24": "X19's measurement (Megatron-Bridge prints the same 16 x H100 Qwen3-30B-A3B run twice)",
    "XR01": "X11's measurement (torchtitan's H200 benchmark file, renamed at a later commit)",
    "XR02": "X12's measurement (torchtitan's H200 benchmark file, renamed at a later commit)",
    # wave 24
    "XU11": "XK02's configuration (MLPerf v6.0 gpt_oss_20b on 8 B300) on another vendor's server (a repeat)",
    "XV03": "XK03's configuration (MLPerf v6.0 gpt_oss_20b on 8 GB300) on another provider's rack (a repeat)",
    "XU12": "XK02's configuration (MLPerf v6.0 gpt_oss_20b on 8 B300) on another vendor's server (a repeat)",
    # wave 26
    "XW02": "XK02's configuration (MLPerf v6.0 gpt_oss_20b on 8 B300) on another vendor's server (a repeat)",
    "XW04": "XS01's configuration (MLPerf v5.1 Llama 3.1 8B, Lenovo's shared config) on the sibling server (a repeat)",
    "XY01": "XL04's configuration (MLPerf v6.0 Llama 3.1 8B NVFP4 on 8 GB300) on Oracle's rack (a repeat)",
    "XY03": "XG05's configuration (MLPerf Llama 3.1 8B NVFP4 on 8 GB200) on HPE's servers (a repeat)",
    # wave 103 (see the wave-103 rules above).
    # wave 104 (see the wave-104 rules above).
    "KZ10": "data-parallel overlap off (the baseline row of its overlap table); the harness runs every "
            "row with Megatron's --overlap-grad-reduce / --overlap-param-gather on, as KZ11 ran",
    **{_c: "Gemma 4: its global layers' heads (x 512, 4 or 2 KV heads, shared K/V) differ from the "
           "local layers' (x 256), and a row carries one head shape (as XM07)"
       for _c in ("KY04", "KY05", "KY06")},
}
# wave 26: virtual pipeline stages a record names the config file of but did not read (the rule above).
VPP_FROM_CONFIG = {"XY05": 8}
# wave 50: devices whose capacity the source itself fixes (a committed preset, or a log's GiB with
# its percentage of the device) where the records' wording does not name the part.
DEVICE_FROM_LOG = {cid: "H100GrandTeton" for cid in ("YW10", "YW11", "YW12", "YW13", "YW14", "YW15",
                                                     "YY01")}
# wave 71: B300 runs whose run scripts pass Megatron-Bridge's recipe selector '--gpu gb300'.
DEVICE_FROM_LOG.update({cid: "B300" for cid in ("ZR01", "ZR02")})
# wave 96: torchtitan's 95 GB H100s (Meta's HBM2e lower-TDP part, the wave-49 Grand Teton kind).
DEVICE_FROM_LOG.update({cid: "H100GrandTeton" for cid in ("KP02", "KP03", "KP04", "KP05")})
first = {}
fp = os.path.join(HERE, "training_first_predictions.json")
if os.path.exists(fp):
    first = json.load(open(fp))
models = set(os.path.splitext(f)[0] for f in os.listdir(os.path.join(HERE, "../../catalog/models/language")))


def hw_kind(dev, inter):
    d = dev.lower()
    if "h200 nvl" in d or "h100 nvl" in d:
        return None  # wave 23: PCIe cards with NVLink bridges, no catalog node
    if "gh200" in d:
        # session 40: one GH200 144GB HBM3e superchip on its own (Hardware.Cloud.GH200_144GB, a
        # one-GPU rig; the count rule below keeps multi-GPU GH200 systems out).
        if "144g" in d.replace(" ", "") and "hbm3e" in d:
            return "GH200_144GB"
        # wave 32: Grace Hopper (four GH200 per node over Slingshot-11 on CSCS Alps) is not the
        # HGX H200 node its name contains; no catalog node (the collective suite's CC11-CC15 rule).
        return None
    if "gfx942" in d and "mi300x (inferred" in d:
        return None  # wave 23: named only by its architecture
    aws = aws_kind(d + " " + (inter or ""))
    if aws is not None:
        return None if aws == "none" else aws  # the session-15 rule
    if "geforce rtx 4090" in d:
        return "RTX4090"  # session 32: one card in a one-GPU workstation rig (ZX02-ZX04)
    if "gaudi 2" in d or "gaudi2" in d:
        return "Gaudi2"  # session 16: HLS_Gaudi2 (21 x 100 GbE all-to-all) over RoCE 100G
    if "gaudi" in d or "trainium2" in d:
        return None  # no catalog node or fabric for these
    # Rack-scale and non-NVIDIA systems (nodes and fabrics added for wave 2; the rigs in
    # validation_test.cpp say which node and fabric each kind is). Tested before "b200": a GB200
    # GPU is not a DGX B200.
    if "gb200" in d:
        return "GB200"  # DGX_GB200 (one 72-GPU NVLink domain per rack) + InfiniBand NDR
    if "gb300" in d:
        # wave 15: the GB200 rack rule with the catalog's GB300 (DGX_GB300: one 800G ConnectX-8
        # per GPU) over InfiniBand XDR. Also expresses wave 12's XD04, XD07, XE08, first
        # predicted with wave 15 (their results were known; nothing was set from them).
        return "GB300"
    if "trainium" in d or "trn1" in d:
        # trn1.32xlarge (800 Gbps EFA) unless the source names only the trn1n (1,600 Gbps).
        text = (d + " " + (inter or "")).lower()
        return "Trn1n" if "trn1n" in text and "trn1.32xlarge" not in text else "Trn1"
    if "tpu7x" in d or "ironwood" in d:
        return "TPU7x"
    if "v6e" in d or "trillium" in d:
        return "TPUv6e"
    if "v5e" in d or "v5litepod" in d:
        return "TPUv5e"  # session 16: TPUv5e_Host over the v5e ICI torus (one slice)
    if "mi325x" in d:
        return "MI325X"  # wave 5: the catalog's MI325X on the MI300X platform (same UBB, drop-in)
    if "mi300x" in d:
        return "MI300X"  # wave 5: MI300X_Platform (8 GPUs, Infinity Fabric mesh) + RoCE 400G
    if "mi355x" in d:
        return "MI355X"
    if "mi350x" in d:
        return "MI350X"
    if "a800" in d:
        return "A800"
    if "h200" in d:
        return "H200"  # wave 4: HGX H200 (8 GPUs, NVLink 4, one 400G NIC per GPU) + InfiniBand NDR
    if "b300" in d:
        return "B300"  # session 16: DGX_B300 + InfiniBand XDR (tested after "gb300")
    if "b200" in d:
        return "B200"
    if "tpu v4" in d:
        return "TPUv4"
    if "h800" in d:
        return "H800"
    if "96gb" in d or "94gb" in d or "95.0396 gib" in d:  # wave 49: the capacity torch printed
        return "H100GrandTeton"
    if "h100" in d:
        # wave 34: "not stated for the H100 table (A100 tables: ... RoCE)" names no RoCE fabric for
        # the H100 runs: the DGX H100 rig's own (T01 read it as RoCE, a misreading found then).
        roce = inter and "roce" in inter.lower() and "not stated" not in inter.lower()
        return "H100RoCE" if roce else "H100"
    if "dgx-2" in d and "v100" in d:
        # session 40: the DGX-2 node (16 V100 SXM3 32GB on NVSwitch, eight EDR NICs) over
        # InfiniBand EDR. A record naming only "DGX-2" is the 350 W system; the DGX-2H's 450 W
        # parts are another entry the catalog does not hold.
        return "DGX2"
    if "v100-sxm2-16gb" in d:
        # wave 89: OneFlow DLPerf's cluster (KJ05-KJ10): 16 GB parts in 8-GPU cube-mesh nodes with
        # one EDR NIC each (the records' topology), the DGX-1 node with that memory and one NIC
        return "V100_16GB_OneNic"
    if "v100-sxm2" in d or "v100 sxm2" in d:
        return "V100"  # session 39: DGX1_V100 + InfiniBand EDR (KF03, KF07; PCIe V100s: no node)
    if "a100 40gb" in d or re.search(r"a100[ -]sxm4?[ -]40gb", d):
        # wave 29: "A100 SXM4 40GB" names the 40 GB part as "A100 40GB" does; wave 40: so does
        # nvidia-smi's "A100-SXM4-40GB" (no earlier record's device is written that way)
        return "A100_40GB"
    if "a100" in d:
        return "A100"
    if "tpu v5p" in d:
        return "TPUv5p"
    return None


# wave 11: GPU kinds whose catalog node is an 8-GPU HGX / DGX board. A source that states smaller
# nodes for a multi-node run (KempnerForge's H200 cluster: 4 GPUs per node) runs on nodes of that
# size with the board's intra-node link and NICs per GPU (one 400G NIC per GPU on HGX H200; the
# source does not give its NICs, an assumption, stated): which collectives cross the fabric
# follows the source's node size.
HGX_KINDS = ("H100", "H100RoCE", "H200", "B200", "B300", "A100", "A100_40GB", "H800", "A800", "V100",
             "V100_16GB_OneNic",
             "AwsP4d", "AwsP4de", "AwsP5", "AwsP5en", "AwsP6B200", "AwsP6B300")

# Session 51: device kinds whose catalog entry has no host link (Recompute::saved_tensors cannot
# keep a tensor in host memory on them).
NO_HOST_LINK = ("TPU7x", "H800", "A800", "GB200", "GB300",
                "Trn1", "Trn1n", "Trn2")

# Cores a chip exposes as separate ranks (see the degree rule in the loop below).
CORES_PER_CHIP = {"TPU7x": 2, "Trn1": 2, "Trn1n": 2}


def maxtext_remat(r):
    """wave 6: MaxText remat policies by the tensors they save (MaxText layers/decoders.py,
    get_remat_policy; base.yml sets every tensor of the `custom` policy to 'remat' unless the run
    overrides it). Saving the attention projections and rematerializing the MLP is `mlp`; saving
    every weight matmul output ('minimal') is selective; saving none of the attention projections
    is full. Written with Recompute::mlp (5bd682f); waves 1-5 took every custom / save_* policy as
    selective, so the MaxText cases this moves are in sample."""
    if any(p in r for p in ("qkv_proj_offloaded", "save_qkv_proj", "save_dot_except_mlp",
                            "save_dot_with_context_except_mlp", "save_qkv_out_proj")):
        return "mlp"
    named = re.search(r"remat_policy\s*[=:]\s*['\"]?([a-z_]+)", r)  # wave 7: "quoted" names
    if named and named.group(1) == "full":
        return "full"
    if named and named.group(1).startswith("minimal"):
        return "selective"
    if "custom" not in r:
        return None
    # wave 8: "other tensors at MaxText defaults" names the defaults (base.yml: 'remat'), so the
    # tensors the record lists decide the mode below.
    r = r.replace("at maxtext defaults, not stated", "at maxtext defaults")
    if "not stated" in r or "per script" in r:
        return "selective"  # saved tensors unknown: the wave-3 assumption stands
    # wave 82 (KC01): the same with out_proj listed among the offloaded projections
    if re.search(r"query_proj, key_proj, value_proj(, out_proj)? offloaded", r):
        # wave 56 (ZC03): q / k / v offloaded and "others rematerialised": the offloaded
        # projections are kept (on the host), so the rule below for q / k / v listed as
        # rematerialized does not apply: `mlp`, as the same README's later revision (U76).
        return "mlp"
    if "rematerial" in r:
        return "full"  # the record lists q/k/v as rematerialized; only the layer input is kept
    if any(t in r for t in ("query", "q/k/v", "qkv")):
        if re.search(r"mlpw[io][_01]*\s*:\s*(device|offload)", r):
            return "selective"  # wave 7: the MLP tensors saved too; only the attention core remat
        return "mlp"  # q/k/v (and out_proj) saved or offloaded; the MLP left at 'remat'
    if re.search(r"context\s*[:=]\s*(device|offload)", r):
        # session 14 (with wave 20 known, so the runs it moves are in sample): the attention
        # output kept means the attention core is not recomputed: Recompute::all_but_attention
        # (8739034), which did not exist when the rule above read these policies as full.
        return "all_but_attention"
    return "full"  # only the layer input, out_proj or mlpwo kept


# Session 51: MaxText's remat policies by the tensors they keep (Recompute::saved_tensors): the named
# policies of layers/decoders.py (get_remat_policy, minimal_policy) and utils/maxtext_utils.py
# (get_save_and_offload_names), and base.yml's defaults for `custom` (decoder_layer_input 'device',
# every other tensor 'remat'), read at AI-Hypercomputer/maxtext e591f30. `full` and JAX's
# nothing_saveable keep only the layer input (the checkpointed function's argument).
QKV = ("query", "key", "value")
MAXTEXT_POLICIES = {
    "minimal_with_context": dict.fromkeys(QKV + ("out_proj", "mlp_wi", "mlp_wo", "context"), "device"),
    "minimal_flash": dict.fromkeys(QKV + ("out_proj", "mlp_wi", "mlp_wo", "context"), "device"),
    "minimal": dict.fromkeys(QKV + ("out_proj", "mlp_wi", "mlp_wo"), "device"),
    "save_dot_with_context_except_mlp": dict.fromkeys(QKV + ("context", "out_proj"), "device"),
    "save_dot_except_mlpwi": dict.fromkeys(QKV + ("out_proj", "mlp_wo"), "device"),
    "save_dot_except_mlp": dict.fromkeys(QKV + ("out_proj",), "device"),
    "save_qkv_proj": dict.fromkeys(QKV, "device"),
    "qkv_proj_offloaded": dict.fromkeys(QKV, "host"),
    "minimal_offloaded": dict.fromkeys(QKV + ("out_proj", "mlp_wi", "mlp_wo"), "host"),
    "save_out_proj": {"out_proj": "device"},
    "full": {},
}
NAMES = [  # text form -> saved-set names
    (r"decoder_layer_input", ("layer_input",)),
    (r"q/k/v/out projections", QKV + ("out_proj",)),
    (r"query/key/value_proj|q/k/v proj(?:ections)?|q/k/v", QKV),
    (r"key_proj/value_proj", ("key", "value")),
    (r"qkv_proj", QKV),
    (r"query_proj", ("query",)),
    (r"key_proj", ("key",)),
    (r"value_proj", ("value",)),
    (r"out_proj", ("out_proj",)),
    (r"context", ("context",)),
    (r"mlpwi_0|mlpwi_1|mlpwi", ("mlp_wi",)),
    (r"mlpwo", ("mlp_wo",)),
]
PLACE = [(r"offload", "host"), (r"saved on device|kept on device|=device|:\s*device", "device"),
         (r"rematerial|=remat|recomputed", "recompute")]


def names_in(text):
    found, rest = [], text
    for pat, names in NAMES:
        if re.search(pat, rest):
            found += names
            rest = re.sub(pat, " ", rest)
    return found


def maxtext_saved(r):
    """The saved set a MaxText / JAX remat policy names, as parse_saved_tensors's 'name=place,...',
    or None when the record does not say which tensors it keeps (a custom policy whose tensors are
    "not stated", "per script", or taken from another row), or names a policy of another stack
    (Praxis, AXLearn, Levanter): those keep the older readings of recompute()."""
    r = r.lower()
    if "nothing_saveable" in r:
        return "layer_input=device"
    named = re.search(r"remat_policy\s*[=:]?\s*['\"]?([a-z_]+)", r)
    policy = named.group(1) if named else None
    if policy is None and re.match(r"(minimal|full) \(remat_policy", r):
        policy = r.split()[0]
    keep = {}
    if policy in MAXTEXT_POLICIES and policy != "custom":
        keep = dict(MAXTEXT_POLICIES[policy])
        # a full policy may still move the layer input ("with decoder_layer_input offloaded")
        if "decoder_layer_input offloaded" in r or "decoder_layer_input=offload" in r:
            keep["layer_input"] = "host"
        return spec(keep)
    if not ("custom" in r):
        return None
    if re.search(r"not stated|per script|assumed as|\(as [a-z]\d\d\)|no per-tensor flags", r) and \
            "other tensors at maxtext defaults" not in r and "defaults" not in r.split("not stated")[0]:
        return None
    # key=value pairs
    for m in re.finditer(r"(decoder_layer_input|context|query_proj|key_proj|value_proj|qkv_proj|"
                         r"out_proj|mlpwi_0|mlpwi_1|mlpwi|mlpwo)\s*[:=]\s*(device|offload|remat)", r):
        for n in names_in(m.group(1)):
            keep[n] = {"device": "device", "offload": "host", "remat": "recompute"}[m.group(2)]
    # "host offload of A and B": the names after the verb
    m = re.search(r"offload of ([^;()]*)", r)
    if m:
        for n in names_in(m.group(1)):
            keep[n] = "host"
        r = r[:m.start()] + r[m.end():]
    # "A, B and C offloaded to host, D kept on device, the rest recomputed": each verb places
    # the names written since the previous verb.
    verbs = re.compile(r"offloaded|saved on device|kept on device|rematerial\w*|recomputed")
    prev = 0
    for mm in verbs.finditer(r):
        place = ("host" if mm.group().startswith("offload") else
                 "device" if "device" in mm.group() else "recompute")
        text = re.sub(r"\b(decoder_layer_input|context|query_proj|key_proj|value_proj|qkv_proj|"
                      r"out_proj|mlpwi_0|mlpwi_1|mlpwi|mlpwo)\s*[:=]\s*(device|offload|remat)",
                      " ", r[prev:mm.start()])
        for n in names_in(text):
            keep.setdefault(n, place)
        prev = mm.end()
    return spec(keep)


def levanter_default_remat(r):
    """Session 52 (with every wave known, so the rows it moves are in sample): Levanter's default
    block checkpointing is JAX's default policy, not PyTorch's full recomputation. LlamaConfig's
    `gradient_checkpointing` defaults to True (levanter src/levanter/models/llama.py @9263f81);
    haliax's ScanCheckpointPolicy.from_bool_or_str(True) is ScanCheckpointPolicy(simple=True),
    whose checkpoint() is eqx.filter_checkpoint(block) with no policy (haliax
    src/haliax/_src/scan.py @f41e7d4; the same filter_checkpoint call before 2328443, March 2025):
    jax.checkpoint keeps only the block's inputs and its staged recomputation is dead-code
    eliminated, as Recompute::saved_tensors with the layer input kept prices it (the down
    projection does not run again). Records that name another Levanter policy keep the older
    reading."""
    r = r.lower()
    return r.startswith("gradient_checkpointing: true") and "levanter" in r and "default" in r


def spec(keep):
    order = ["layer_input", "query", "key", "value", "context", "out_proj", "mlp_wi", "mlp_wo"]
    keep.setdefault("layer_input", "device")
    return ",".join("%s=%s" % (k, keep[k]) for k in order if k in keep)


def recompute(r):
    if r is None:
        return "none"
    r = r.lower()
    if r.startswith("none [p: the committed pretrain_llama3.sh passes no --recompute"):
        # wave 97: the records follow FlagPerf's script (no flag) and name the README's
        # recompute-activations only as a conflict, which the "selective" test below would read
        return "none"
    if "remat" in r or "checkpoint policy" in r:
        m = maxtext_remat(r)
        if m:
            return m
    # wave 68: a record that says "op policy" (torchtitan's selective_ac_option 'op') means the same.
    if re.search(r"per-op|per op|op-level|selective op\b|selective_ac_option\s*=\s*'op'|op policy", r):
        # session 27 (with waves 1-54 known, so the runs it moves are in sample): torchtitan's
        # op-level selective checkpointing keeps every second matmul's output and the attention
        # output, and recomputes the rest (torchtitan distributed/activation_checkpoint.py,
        # _custom_policy): Recompute::alternate_matmuls, which did not exist when earlier rules
        # read these runs as selective.
        return "alternate_matmuls"
    if r.startswith("gradient_checkpointing: true") and "levanter" in r:
        # wave 54: Levanter's scan-layers checkpointing with its default policy keeps each block's
        # input and recomputes the rest (Marin's speedrun records).
        return "full"
    if r.startswith("custom;"):
        # wave 20: tpu-recipes' records name MaxText's custom policy as "custom; <tensor>=<where>"
        # without the word "remat": the same policy, read by the MaxText rule.
        return maxtext_remat(r)
    if "nothing_saveable" in r:
        # wave 10: JAX's jax.checkpoint_policies.nothing_saveable saves no intermediate of the
        # checkpointed layer, only its input: every layer's forward runs again (full).
        return "full"
    if "recompute-method uniform" in r:
        # session 40 (KI03): Megatron's uniform method cuts all the layers into chunks of
        # --recompute-num-layers and checkpoints every chunk's input, so every layer's forward
        # runs again (full); only the block method leaves layers out.
        return "full"
    if "recompute_layer_ids" in r or "recompute-num-layers" in r:
        # wave 6: full recomputation of a subset of the layers (Megatron/Primus
        # --recompute_layer_ids): the mode nearest in recomputed FLOPs, none below half the
        # layers, full from half on.
        k = re.search(r"\((\d+) of (\d+) layers\)", r)
        if k:
            return "none" if int(k.group(1)) * 2 < int(k.group(2)) else "full"
        return None
    if re.search(r"recompute_granularity\s*=\s*none|checkpointing mode:\s*`?none", r):
        # wave 8: Megatron-Bridge's "recompute_granularity = None" and torchtitan's
        # "activation checkpointing mode: none" recompute nothing.
        return "none"
    if re.search(r"recompute_modules \[\s*\]", r):
        # wave 24: Megatron-Bridge's selective granularity with an empty module list recomputes
        # nothing (XU01, XU02 say "none", then quote the recipe).
        return "none"
    if r.startswith("not set in"):
        # wave 24: a preset with no recomputation setting (XU04, XU05): none (the wave-4 rule).
        return "none"
    if r.startswith("not stated for this run (yaml default act_ckpt_granularity null"):
        # wave 26 (XY06, XY07): NVIDIA's gpt_oss_20b implementation; its other v6.0 logs print
        # recompute_modules ['core_attn'] (the wave-25 rule): selective.
        return "selective"
    if r.startswith("recipe-defined") or r.startswith("not stated"):
        # wave 6: a recipe the source does not quote is silent on recomputation (wave-4 rule).
        return "none"
    if r.startswith("full"):
        return "full"
    if r.startswith("not printed") and "core_attn" in r:
        # wave 25: core_attn taken from the same implementation's other logs (XV02, XV03):
        # Megatron's core_attn module recomputation is its selective mode, as XK03.
        return "selective"
    if re.search(r'selective: mlp \(recompute_modules="mlp"\)', r):
        # wave 26 (XX05-XX07): Megatron-Core's recompute_modules ["mlp"] re-runs the MLP / MoE
        # block's forward in the backward pass; the nearest mode is `mlp` (which also re-runs the
        # attention core: about 5% of DeepSeek-V3's forward FLOPs at 4,096 tokens), not
        # selective (the attention core alone).
        return "mlp"
    if r.startswith("none (") or r.startswith("none stated for this row"):
        # wave 104: "none ('recompute=false, including removing --recompute-granularity selective
        # --recompute-modules moe')" (KZ13, KZ14) and "none stated for this row [S: ... the base
        # script hard-codes --recompute-granularity selective ...]" (KZ07) name the selective flags
        # only as removed or as a doubt, which the "selective" test below would read as the run's.
        return "none"
    if r.startswith("selective") or r.startswith("minimal") or "selective" in r:
        return "selective"
    if "recompute-activations" in r:  # Megatron's --recompute-activations is selective
        return "selective"
    if "num_layers 0" in r:
        # wave 4: Megatron block recomputation of 0 layers recomputes nothing.
        return "none"
    if r.startswith("not stated") or r.startswith("not checked"):
        # wave 4: a source silent on recomputation is taken as the framework default, none
        # (Megatron-Core, NeMo, Colossal-AI, Automodel); the same as a missing field (None above).
        # MaxText's default ('full') is stated in its cases.
        return "none"
    if r.startswith("remat_policy=custom") or r.startswith("remat_policy=save_"):
        # wave 4: MaxText custom / save_* remat policies keep named projections and recompute the
        # rest, as "custom remat" below (wave-3 wording).
        return "selective"
    if r.startswith("custom remat"):
        # MaxText's custom remat policies save the named projections (and offload some to host)
        # and recompute the rest of the layer: between selective and full; taken as selective
        # (assumption, written before any wave-3 prediction).
        return "selective"
    if "activation recomputation" in r or "checkpoint-activations" in r:
        return "full"  # Narayanan et al. 2021: each layer's input kept, the rest recomputed
    if r.startswith("none"):
        return "none"
    if r.startswith("no recompute;"):
        # wave 31 (YD05): "no recompute; CPU activation offloading of N layers" is X02's "none set;
        # CPU activation offloading" worded otherwise: none (activation offload is not modelled).
        return "none"
    if "offload" in r and re.search(r"\[?[qkvo]+\]?_proj|q/k/v|qkv", r):
        # wave 19: AXLearn's offload policies keep the q / k / v (o) projections on the host and
        # recompute the rest (the MLP): `mlp`, as MaxText's custom policy with them offloaded.
        return "mlp"
    return None


def gated(name):
    # wave 89: "no --swiglu" (Megatron's flag named as absent, KJ01-KJ04) is a plain MLP
    n = re.sub(r"no (--)?swiglu", "", name.lower())
    # wave 4 adds gemma (GeGLU, Gemma reports), baichuan (SwiGLU, Baichuan 2 paper), chatglm
    # (SwiGLU, GLM configs), aquila (Llama architecture); Gemma 3 (W06) and Baichuan2 (W33) were
    # expressed with a plain MLP before, a mapping bug found while writing these rules.
    # wave 85: Mistral (its MLP is gate / up / down, SwiGLU) and any record that names SwiGLU; a
    # mapping bug found in wave 85's records (its Mistral rows read as a plain MLP), fixed after
    # their measured values had been seen in the generated rows but before any prediction.
    return any(k in n for k in ("llama", "qwen", "mixtral", "deepseek", "grok", "gpt-oss", "maxtext", "internlm",
                                "gemma", "baichuan", "chatglm", "aquila", "granite",  # wave 7: Granite (Llama architecture)
                                "mistral", "swiglu"))


# Fused-attention kernel generation on Hopper. FlashAttention-2 (flash-attn 2.x, PyTorch SDPA's
# flash backend, Triton ports) does not use Hopper's TMA and wgmma instructions: "up to 335
# TFLOPs/s" forward + backward on H100 (Dao 2023, FlashAttention-2, section 4.1, Fig. 7) = 0.34 of
# the 989.4 TFLOP/s dense BF16 peak. Transformer Engine (NeMo, Megatron) runs cuDNN's Hopper
# kernels (FlashAttention-3 class); those and every non-Hopper device keep the solver default.
FA2_ON_HOPPER = 335.0 / 989.4
FA2_WORDS = ("flash-attn 2", "flashattention-2", "flashattention 2", "flash attention 2", "fa2",
             "sdpa", "llm-foundry", "composer", "torchtitan")
TE_WORDS = ("transformer engine", "nemo", "megatron", "cudnn", "flashattention-3", "fa3",
            "flash-attn 3", "flash attention 3")


def attention_efficiency(c):
    dev = c["hardware"]["device"].lower()
    if not any(k in dev for k in ("h100", "h800", "h200", "gh200")):
        return 0.0  # the solver default
    text = " ".join(str(x) for x in (c["hardware"].get("software"), c["config"].get("attention"),
                                       c["source"].get("title"))).lower()
    if c["id"] == "KW01":
        return FA2_ON_HOPPER  # wave 101: PyTorch SDPA; the record lists cuDNN only as a candidate
    if any(k in text for k in TE_WORDS):
        return 0.0
    att = re.sub(r"no flash-attn package", "", (c["config"].get("attention") or "").lower())  # wave 86
    if "no flash" in att or "explicit qk^t" in att:
        return 0.0  # wave 37: a materialized baseline named beside a FlashAttention-2 title
    if any(k in text for k in FA2_WORDS):
        return FA2_ON_HOPPER
    return 0.0


# Stacks that run Hugging Face Transformers' modules in PyTorch eager mode (no torch.compile, no
# XLA, no Megatron / NeMo / Colossal-AI / Liger kernels replacing them): elementwise ops as
# eager kernels (ElementwiseKernels::eager, docs/solvers.md). Written after waves 1-6 were
# predicted, so the cases it moves (U26-U28, X31) are in sample.
HF_WORDS = ("hf transformers", "hugging face", "huggingface", "transformers modeling", "hf trainer")
# wave 7: XTuner dispatches its own Triton RMSNorm and rotary kernels into the Hugging Face
# modules (xtuner/model/modules/dispatch), so it is not counted as eager.
NOT_EAGER = ("compile", "xla", "megatron", "nemo", "colossal", "liger", "xtuner")


# Session 29 (with every case of waves 1-69 known, so the runs it moves are in sample): torchtitan
# without torch.compile runs its Llama modules' elementwise ops as PyTorch eager kernels, which
# move what the eager count of docs/solvers.md counts (ATen's composite rms_norm, the complex
# rotary, the SwiGLU product, the residual adds and the contiguous attention output), except that
# nn.RMSNorm is one fused kernel (aten::_fused_rms_norm) on PyTorch nightlies from August 2025 and
# release 2.9 on (pytorch/pytorch #153666: not landed on 2025-07-09, in the nightlies by
# 2025-08-13, pytorch/pytorch issue #157345). Until then every torchtitan run was read as fused
# (the wave-49 rule), compiled or not. A run is changed only where its record states both that
# the model was not compiled and a date or release that places its PyTorch on one side of the
# fused kernel; the rest keep the fused reading. Compiled runs (T15 / T17's "FSDP +
# torch.compile" rows, YW01, YV05-YV08, ...) keep it by right.
TORCHTITAN_EAGER = {
    # composite nn.RMSNorm (PyTorch before the fused kernel):
    **{_c: ("eager", "compile = false in the presets, April 2024") for _c in
       ("YH01", "YH02", "YH03", "YH04", "YH05")},
    **{_c: ("eager", "PR #165's eager rows (its compile rows are YV05-YV08), March 2024") for _c in
       ("YV01", "YV02", "YV03", "YV04")},
    "XR03": ("eager", "eager (compile=false), PyTorch nightly of March 2025"),
    **{_c: ("eager", "compile off (toml compile = false), PR #822 of February 2025") for _c in
       ("YW10", "YW11", "YW12")},
    **{_c: ("eager", "toml compile = false, June 2024") for _c in ("YW18", "YW19")},
    "YY01": ("eager", "compile off (no compiling line in the log), runs of June 2025"),
    "KP02": ("eager", "compile = false, PyTorch nightly of late July 2024"),  # wave 96
    "KP03": ("eager", "compile = false, PyTorch nightly of January 2025"),  # wave 96
    # fused nn.RMSNorm (PyTorch nightlies from August 2025, release 2.9 on):
    **{_c: ("eager_fused_norm", "no compile applied, nightly of September 2025") for _c in
       ("YW02", "YW03", "YW04", "YW05", "YW06", "YW07", "YW08")},
    "YW09": ("eager_fused_norm", "compile on the loss only, nightly of October 2025"),
    "KP08": ("eager_fused_norm", "torch.compile off, PyTorch nightly of May 2026"),  # wave 96
    "YB13": ("eager_fused_norm", "no torch.compile, torch 2.14"),
    **{_c: ("eager_fused_norm", "no torch.compile, torch nightly for CUDA 13.0") for _c in
       ("ZO01", "ZO02", "ZO03", "ZO04", "ZO05", "ZO06", "ZO07", "ZO08", "ZO09", "ZO10", "ZO11")},
    # not changed: YW16 / YW17 (compile off by the toml default, which the collector doubts), YY02
    # (a PyTorch source build of 2025-07-31, between the two dates), XL14 (no date or release),
    # U68-U70, T24, T66, YV09, XR05 (compile not stated).
}


# wave 79: plain PyTorch models without torch.compile on PyTorch 2.9 (the wave-79 rule).
PLAIN_PYTORCH_EAGER = {"ZZ%02d" % _i: "eager_fused_norm" for _i in range(1, 9)}
PLAIN_PYTORCH_EAGER.update({"KA%02d" % _i: "eager_fused_norm" for _i in range(6, 12)})  # wave 80
PLAIN_PYTORCH_EAGER.update({"KB01": "eager_fused_norm", "KB02": "eager_fused_norm"})  # wave 81
# wave 84: the from-scratch LayerNorm / GELU steps, then nn.LayerNorm / nn.GELU
PLAIN_PYTORCH_EAGER.update({"KE01": "eager", "KE02": "eager", "KE03": "eager",
                            "KE04": "eager_fused_norm", "KE05": "eager_fused_norm"})
# wave 87: nn.LayerNorm / F.layer_norm (one kernel) and nn.GELU modules without torch.compile:
# DeepSpeedExamples' SimpleTransformerModel (KH01, KH02) and nanoGPT run eagerly (KH08)
PLAIN_PYTORCH_EAGER.update({"KH01": "eager_fused_norm", "KH02": "eager_fused_norm",
                            "KH08": "eager_fused_norm"})
# wave 87: the loss inside torch.autocast: autocast runs cross_entropy in fp32 (it is on the
# "CUDA ops that can autocast to float32" list of PyTorch's AMP reference), PyTorch's own eager
# passes over an fp32 copy of the 16-bit logits (LossKernel::pytorch); KH01 (autocast off, loss
# on the bf16 logits) keeps the wave-79 reading.
AUTOCAST_LOSS = ("KH02", "KH08")


def hf_eager(c):
    """A run of Hugging Face Transformers' modules in PyTorch eager mode (the HF rule above)."""
    soft = " ".join(str(x) for x in (c["hardware"].get("software"), c["config"].get("attention"))).lower()
    # wave 7: "torch.compile: not used (...)" / "Liger: not stated" say the kernels were absent.
    soft = re.sub(r"(torch\.compile|liger[^.:]*): not (used|stated)( \([^)]*\))?", "", soft)
    soft = re.sub(r"\bno (?:torch\.)?compile\b", "", soft)  # waves 85-86: the run was not compiled
    soft = re.sub(r"\bno liger\b", "", soft)  # wave 86: Liger was absent
    return any(k in soft for k in HF_WORDS) and not any(k in soft for k in NOT_EAGER)


def elementwise(c):
    if c["id"] in TORCHTITAN_EAGER:
        return TORCHTITAN_EAGER[c["id"]][0]
    if c["id"] in PLAIN_PYTORCH_EAGER:
        return PLAIN_PYTORCH_EAGER[c["id"]]
    soft = " ".join(str(x) for x in (c["hardware"].get("software"), c["config"].get("attention"))).lower()
    if hf_eager(c):
        return "eager"
    if "litgpt" in soft and "compiler: eager" in soft:
        return "eager"  # wave 40: LitGPT with --compiler null (its plain PyTorch modules)
    return "fused"


# Session 37 (separate projections, with every case of waves 1-84 known, so the runs it moves are in
# sample): the projection layout of the code a run executed eagerly (TrainingOptions::separate_qkv
# / separate_gate_up, docs/solvers.md "Separate projections"), each nn.Linear its own GEMM:
# - Hugging Face Transformers' Llama-family modules (modeling_llama / granite / mistral / mixtral /
#   qwen2 / qwen3 / gemma / olmo: q_proj, k_proj, v_proj; gate_proj, up_proj), the runs the HF rule
#   of elementwise() reads as eager: both separate. ChatGLM (query_key_value, dense_h_to_4h) and
#   GPT-style HF classes keep one GEMM each.
# - torchtitan without torch.compile (TORCHTITAN_EAGER; models/llama3 wq / wk / wv, FeedForward
#   w1 / w3): both.
# - LitGPT (litgpt/model.py: one qkv Linear; LLaMAMLP fc_1 / fc_2): gate / up only.
# - KE01-KE04 (W_query / W_key / W_value; a plain MLP): Q / K / V only; KE05 has one qkv Linear.
# Compiled runs keep the fused reading: Inductor's group / batch fusion passes can merge linears
# that share an input (BatchLinearLHSFusion, enabled through pre_grad_fusion_options, whose
# default the records do not pin down). So do the plain-PyTorch scripts whose records do not say
# how they project (ZZ, KA; KB's nn.TransformerEncoderLayer has one in_proj), Megatron-Core / NeMo
# (linear_qkv, linear_fc1), MPT (Wqkv) and the JAX stacks (XLA may merge dots that share an
# operand; the TPU compiler's passes are not public).
SEPARATE_FAMILIES = ("llama", "granite", "mistral", "mixtral", "qwen2", "qwen3", "qwen 2", "qwen 3",
                     "gemma", "olmo")


def projections(c):
    """(separate Q / K / V, separate gate / up) for a record."""
    cid = c["id"]
    if cid in ("KE01", "KE02", "KE03", "KE04"):
        return True, False
    if elementwise(c) == "fused" or cid in PLAIN_PYTORCH_EAGER:
        return False, False
    if cid in TORCHTITAN_EAGER:
        return True, True
    soft = " ".join(str(x) for x in (c["hardware"].get("software"), c["config"].get("attention"))).lower()
    if "litgpt" in soft:
        return False, True
    name = c["model"]["name"].lower()
    return (True, True) if any(f in name for f in SEPARATE_FAMILIES) else (False, False)


# Loss kernels (LossKernel, docs/solvers.md "Loss"): fused in place at 16 bits where the record
# names a fused cross entropy (Transformer Engine's parallel_cross_entropy, Megatron-Core's
# cross_entropy_fusion_impl "te", Liger's kernels) or runs on an XLA compiler (JAX / MaxText, TPUs,
# AWS Neuron), which fuses the loss's casts and reductions; otherwise the fp32 copy of
# Megatron-Core's native loss and of PyTorch's cross_entropy on logits.float(). Written in
# session 19 with every case's result known: the cases it moves are in sample.
FUSED_LOSS_WORDS = ("karpathy/llm.c",  # session 32: llm.c's fused classifier (ZX02-ZX04)
                    "liger", "cross_entropy_fusion_impl", "parallel_cross_entropy",
                    "fused cross entropy", "fused cross-entropy", "jax", "maxtext", "neuron",
                    "flash_attn crossentropyloss",  # wave 37: flash_attn.losses.cross_entropy
                    "fast-llm")  # wave 85: Fast-LLM's Triton / fused cross entropy


def pure_state(c):
    """Wave 85: the record states that gradients and the optimizer's moments are kept at the bf16
    weights' precision (no autocast, no master copy): TrainingStatePrecision's pure state.
    Wave 87: "pure bf16 model states" (DeepSpeed's bf16 master weights, gradients and moments, KH02;
    its bf16 master copy is not held by the pure state, so KH02's memory is not used)."""
    p = (c["config"].get("precision") or "").lower()
    return re.search(r"gradients and \S+ moments are bf16", p) is not None or p.startswith("pure bf16 model states")


# Session 39 (FP8 scaling, TrainingOptions::fp8_scaling; written with waves 1-89 known, so the rows
# it moves are in sample): an FP8 run whose record names per-tensor current scaling ("current
# scaling", "fp8_current_scaling", "tensorwise", Float8CurrentScaling) and neither delayed nor
# block scaling is priced with current scaling's amax pass. Records that name both (W22, W24, N02,
# A12-A16: a comparison or a changed default; T33, XH11: block recipes beside current ones) keep
# the standing delayed reading, as does every record that names no recipe.
def setup_text(c):
    """The configuration, hardware and notes of a record, lower-cased (the FP8 readings' text)."""
    return json.dumps({k: c.get(k) for k in ("config", "hardware", "notes")}).lower()


# wave 96: torchao's dynamic tensorwise Float8Linear; the records name delayed scaling only as the
# recipe the pull request removed.
FP8_CURRENT = ("KP03", "KP04", "KP05")


def fp8_current(c):
    t = setup_text(c)
    if precision(c["config"].get("precision")) != "fp8":
        return False
    if c["id"] in FP8_CURRENT:
        return True
    current = re.search(r"current[ _-]scaling|tensorwise|float8currentscaling", t) is not None
    other = re.search(r"delayed|blockwise|block[ _-]scal|mxfp8|128x128|1x128", t) is not None
    return current and not other


def memory_statistic(x):
    """Session 41: which statistic a published peak memory is, read from its unit and evidence
    text (never its value). The model predicts the allocated peak (docs/solvers.md, "Memory per
    GPU"); the summary test reports the memory rows by this reading, so a reader sees how far the
    model is from each kind of figure. It changes no prediction.
    allocated: torch's max_memory_allocated / allocated_bytes / active_bytes (Megatron's "max
    allocated"); reserved: the caching allocator's reserved peak; device: what the driver reports
    as used (nvidia-smi, rocm-smi, "hip mem usage", a "mem used/total" column), which adds the
    context, library workspaces and the allocator's cache; unstated: none of these, or both."""
    t = ((x.get("unit") or "") + " " + (x.get("evidence") or "")).lower()
    if re.search(r"allocated,? not reserved", t):
        return "allocated"
    if re.search(r"(reserved vs\.? allocated|allocated vs\.? reserved)[^.;]*(not stated|unknown)", t):
        return "unstated"
    alloc = re.search(r"max_memory_allocated|allocated_bytes|mem_alloc|max allocated|active_bytes|"
                      r"memory_allocated", t) is not None
    res = re.search(r"max_memory_reserved|reserved_bytes|max[ _]reserved|peak reserved|"
                    r"memory_reserved", t) is not None
    dev = re.search(r"nvidia-smi|rocm-smi|hip mem usage|hbm usage|used of \d|mem \d+/\d+|"
                    r"mem x/\d+|memory\.used", t) is not None
    if alloc != res:
        return "allocated" if alloc else "reserved"
    if dev and not alloc:
        return "device"
    return "unstated"


# The readings memory_statistic() must give (run with every generation, so --check fails if a
# change to its patterns reads one of these wordings, taken from the records, differently).
for _text, _stat in (
        ("GiB, torch.cuda.max_memory_allocated on rank 0 (allocated, not reserved)", "allocated"),
        ("GiB [D: mem_peak_torch_mem_alloc_in_bytes / 2^30]", "allocated"),
        ("GiB, torch.cuda max reserved (reserved_bytes.all.peak)", "reserved"),
        ("GiB used of 80 (mem column '59/80')", "device"),
        ("GB/GPU ('hip mem usage' in log)", "device"),
        ("GiB as labelled [S: reserved vs allocated not stated]", "unstated"),
        ("GB as printed (Peak Mem (GB))", "unstated")):
    if memory_statistic({"unit": _text}) != _stat:
        raise SystemExit("make_training_cases.py: memory_statistic(%r) is %r, not %r"
                         % (_text, memory_statistic({"unit": _text}), _stat))


# Session 43 (TrainingOptions::state, CLI --grads / --moments; written with waves 1-95 known, so
# the rows it moves are in sample): the training state's formats where the record states them.
# Megatron-Core sizes its grad buffer `torch.float if ddp_config.grad_reduce_in_fp32 else
# param.dtype` (distributed_data_parallel.py), and Megatron-LM's arguments.py keeps gradient
# accumulation and reduction in fp32 for bf16 only while `--main-grads-dtype` is fp32 and
# `--grad-reduce-in-bf16` is off; so a record stating grad_reduce_in_fp32 False, bf16 gradient
# reduction, `--grad-reduce-in-bf16` or bf16 main grads holds and reduces its gradients at the
# weights' 16 bits (the distributed optimizer's fp32 copy of the reduced shard lives only in the
# optimizer step). A record stating bf16 Adam moments (`--exp-avg-dtype bf16`, the precision-aware
# optimizer's exp_avg / exp_avg_sq) keeps them at 2 bytes. Other records keep the fp32 defaults.
_BF16_GRADS = (r"grad_reduce_in_fp32\s*(=|:)?\s*false", r"grad_reduce_in_fp32 switched off",
               r"grad reduce in bf16", r"gradient reduction in bf16", r"bf16 gradient reduction",
               r"grad-reduce-in-bf16", r"main-grads-dtype bf16", r"bf16 main grads", r"bf16 grads")
_BF16_MOMENTS = (r"bf16 adam (moments|exp_avg|states)", r"bf16 exp_avg",
                 r"bf16 (main )?grads (and|/) adam moments", r"exp-avg-dtype bf16")


def half_grads(c):
    """Session 41 (with every YR result known, so the rows it moves are in sample): Aleph Alpha's
    Scaling framework with ZeRO keeps the gradients on the bf16 parameters and all-reduces them
    there; only the rank's fp32 shard gets an fp32 copy, inside the optimizer step, beside the
    sharded fp32 master weights and Adam moments (Aleph-Alpha/scaling@01b9d21,
    src/scaling/core/optimizer/optimizer.py: "zero reduces grads on the original parameters",
    "FP32 grad should never exist outside of the step function"). Gradients at the weights'
    precision, master copy and moments as the standing reading. Session 43: also every record
    that states 16-bit gradient reduction in Megatron's terms (_BF16_GRADS above)."""
    t = setup_text(c)
    aleph = ("aleph-alpha/scaling" in t or "aa-scaling" in t) and (c["config"].get("zero_stage") or 0) >= 1
    return aleph or any(re.search(p, t) for p in _BF16_GRADS)


_PRECISION_AWARE = (r"precision-aware optimizer", r"precision-aware distributed optimizer",
                    r"use-precision-aware-optimizer", r"use_precision_aware_optimizer")
_NOT_PRECISION_AWARE = (r"precision-aware optimizer off", r"no precision-aware optimizer",
                        r"use_precision_aware_optimizer\s*(=|:)?\s*false")


def precision_aware(c):
    """Session 43 (TrainingStatePrecision::precision_aware): Megatron-Core's precision-aware
    optimizer where the record states it on (its TE FusedAdam reads the gradient buffer in place
    and keeps the master copy of bf16 weights as 16-bit remainders; the records do not state
    store_param_remainders, whose default is on [S])."""
    t = setup_text(c)
    return (any(re.search(p, t) for p in _PRECISION_AWARE)
            and not any(re.search(p, t) for p in _NOT_PRECISION_AWARE))


def half_moments(c):
    """Session 43: Adam's moments at bf16 where the record states them so (_BF16_MOMENTS above)."""
    return any(re.search(p, setup_text(c)) for p in _BF16_MOMENTS)


def hp_saved_inputs(c):
    """Session 42 (TrainingOptions::quantized_saved_inputs; written with waves 1-93 known, so the
    rows it moves are in sample): a GEMM below 16 bits keeps its input for the weight gradient
    quantized in Transformer Engine (TE 2.x `linear.py`: `inputmat.update_usage(rowwise_usage=
    False, columnwise_usage=True)`, then `saved_inputmat = inputmat`), and at 16 bits in torchao's
    float8 training (`matmul_with_hp_or_float8_args.forward`: `ctx.save_for_backward(input_hp,
    weight_hp_t)`). An FP8 / FP4 record keeps the solver's quantized default only when it names
    Transformer Engine or a stack built on it (Megatron, NeMo, Primus) and names neither torchao /
    torchtitan nor Intel Gaudi (whose TE port's saving this rule has not read); every other
    low-precision record (MaxText, DeepSpeed, unnamed) is priced with 16-bit saved inputs."""
    if precision(c["config"].get("precision")) not in ("fp8", "fp4"):
        return False
    t = setup_text(c)
    te = re.search(r"transformer[ _-]?engine|\bte\b|megatron|nemo|primus", t) is not None
    other = re.search(r"torchao|torchtitan|float8linear|gaudi|habana", t) is not None
    return not te or other


def no_master(c):
    """Wave 87: Transformer Engine's FusedAdam with master_weights=False over bf16 parameters: no
    fp32 master copy, gradients at bf16, Adam moments at FusedAdam's default fp32 (exp_avg_dtype /
    exp_avg_sq_dtype; the records' code sets neither, KH03-KH06)."""
    return "fusedadam with master_weights=false" in (c["config"].get("precision") or "").lower()


# Session 38 (with every case of waves 1-84 known, so the runs it moves are in sample): PyTorch's
# F.cross_entropy on logits.float() run eagerly (LossKernel::pytorch, docs/solvers.md "Loss": its
# own passes over the fp32 copy and three fp32 tensors held in its backward) where the code that
# computed the loss is known to be that: Hugging Face Transformers' causal-LM loss (logits.float(),
# then CrossEntropyLoss / F.cross_entropy; the runs the HF rule reads as eager) and torchtitan's
# cross_entropy_loss (pred.flatten(0, 1).float()) in its eager runs (TORCHTITAN_EAGER, but YW09,
# whose loss is compiled). Megatron-Core / NeMo keep their native in-place loss; LitGPT's
# chunked_cross_entropy runs on the 16-bit logits without the fp32 copy and the plain-PyTorch
# scripts keep their wave rules; compiled runs are left as they were (Inductor fuses the loss).
def pytorch_cross_entropy(c):
    if c["id"] in PLAIN_PYTORCH_EAGER:
        return False  # the wave 79 / 81 / 84 rules below (KE's "no Lightning/HF Trainer" is no HF run)
    if c["id"] in TORCHTITAN_EAGER:
        return c["id"] != "YW09"
    return hf_eager(c)


def loss_kernel(c):
    if re.search(r"loss is computed from the full bf16 logits", c.get("notes") or ""):
        return "fused"  # wave 86: cross entropy over the 16-bit logits, no fp32 copy (wave-79 reading)
    if pytorch_cross_entropy(c) or c["id"] in AUTOCAST_LOSS:
        return "pytorch"
    if c["id"] in PLAIN_PYTORCH_EAGER:
        # wave 79: cross_entropy on fp16 logits, no fp32 copy; wave 81: on fp32 logits, fp32 passes
        # wave 84: TF32 matmuls keep fp32 logits (KE02)
        return "upcast" if precision(c["config"].get("precision")) in ("fp32", "tf32") else "fused"
    text = record_text(c) + " " + c["hardware"]["device"].lower()
    text = re.sub(r"liger[^.:;]*: not (used|stated)( \([^)]*\))?", "", text)
    xla = re.search(r"\bxla\b", text) is not None  # not "p5.48xlarge"
    xla_device = any(k in c["hardware"]["device"].lower() for k in ("tpu", "trainium"))
    return "fused" if xla or xla_device or any(k in text for k in FUSED_LOSS_WORDS) else "upcast"


# Dispatchers that send a token over the fabric once per destination node and forward it over
# NVLink (schedule.ep_node_forwarding, docs/solvers.md): DeepEP and HybridEP (Megatron's `flex`
# dispatcher backends, NeMo Automodel, torchtitan, Primus-Turbo) and DeepSeek's own HAI-LLM
# (DeepSeek-V3 report, section 3.2.2). Written after waves 1-10 were predicted: the cases it
# moves are in sample.
FORWARDING_WORDS = ("deepep", "hybridep", "hybrid-ep", "hai-llm")


# Session 37 (dropout priced in time, with every case of waves 1-84 known, so the runs it moves
# are in sample): a record that states a non-zero dropout probability ("dropout 0.1",
# "dropout: float = 0.1", "dropout(0.1)") trains with dropout (TrainingOptions::dropout; where
# its sites and kernels are priced is docs/solvers.md, "Dropout"). Records that say "dropout
# disabled", "dropouts 0" or name no probability run without.
DROPOUT = re.compile(r"dropout(?:: float)?\s*[:=(]?\s*0?\.[1-9]")


def dropout(c):
    return DROPOUT.search(c["model"]["name"].lower() + " " + record_text(c)) is not None


def record_text(c):
    """The software, notes, quoted row and configuration of a record, lower-cased."""
    return " ".join(str(x) for x in (c["hardware"].get("software"), c.get("notes"),
                                     c["source"].get("quote"), json.dumps(c["config"]))).lower()


def ep_node_forwarding(c):
    # wave 70: a log that says it skipped DeepEP ("deepep skipped", "skipping deepep configuration")
    # ran the all-to-all dispatcher, not DeepEP.
    # wave 93: "alltoall token dispatcher (no flex/HybridEP backend ...)" names the backend it lacks.
    text = re.sub(r"deepep skipped|skipping deepep|deepep is only applicable[^.']*|"
                  r"no flex/hybridep backend", "", record_text(c))
    return any(k in text for k in FORWARDING_WORDS)


# MoE all-to-all overlapped with another micro-batch's compute (schedule.ep_comm_overlap):
# Megatron's `moe_a2a_overlap=True` (`--overlap-moe-expert-parallel-comm`) and DeepSeek's
# DualPipe. Written after waves 1-10 were predicted (T40, X05, X28 were already in sample).
def ep_comm_overlap(c):
    # wave 36: Megatron-Core's --overlap-moe-expert-parallel-comm (the 1F1B all-to-all overlap).
    return re.search(r"moe_a2a_overlap\s*=\s*true|dualpipe|a2a overlap with|"
                     r"overlap-moe-expert-parallel-comm", record_text(c)) is not None


# Tensor-parallel collectives pipelined with the layer's GEMMs (schedule.tp_comm_overlap):
# Megatron's `--tp-comm-overlap`, NeMo / Megatron-Bridge's `ub_tp_comm_overlap` and MLPerf's
# TP_COMM_OVERLAP=True (Transformer Engine userbuffers), and torchtitan's async TP (symmetric-
# memory all-gather / reduce-scatter pipelined with the matmuls). Session 49: until then the
# harness ran every case with the solver's default (off) whatever the record said. Read only
# where the record states it: a collector's assumption ("NeMo-recipe defaults (assumption, not
# stated in table)"), a commented-out export ('#export TP_COMM_OVERLAP=True') and every stated
# off (False, "off", "disabled", "switched off", "no TP comm overlap", "no async TP") read off;
# a table whose columns mix runs with and without async TP (T19, T20, T66) states neither.
# Written with these records' configuration text in view and every prediction it moves known:
# every row it moves is in sample.
TP_OVERLAP_OFF = re.compile(
    r"tp comm overlap (?:and sequence parallel are nemo-recipe defaults \(assumption|off|"
    r"disabled|switched off)|no tp comm overlap|tp overlap off|#export tp_comm_overlap|"
    r"tp_comm_overlap\s*[=:]?\s*false|no async tp|(?<!vs )(?<!than )vanilla tp|"
    r"tp comm overlap not stated")
TP_OVERLAP_ON = re.compile(
    r"tp.comm.overlap|tp userbuffer|userbuffer tp overlap|tp overlap|"
    r"enable_async_tensor_parallel|async tp on")


# A sentence that names a paired record ("Pair with KX01 (same layout, vanilla TP).") states the
# pair's setting, not the record's own, as does a comparison ("... TPS vs vanilla TP"), which
# the off test skips (wave 102).
PAIR_SENTENCE = re.compile(r"pair(?:ed)? with [^.]*\.")


def tp_comm_overlap(c):
    text = PAIR_SENTENCE.sub("", record_text(c))
    return TP_OVERLAP_OFF.search(text) is None and TP_OVERLAP_ON.search(text) is not None


# Session 50 (schedule.tp_async_backward; written with every case of waves 1-102 known, so every
# row it moves is in sample): Megatron-LM's column-parallel layers run their backward collectives
# asynchronously beside the gradient GEMMs (LinearWithGradAccumulationAndAsyncCommunication, on
# by default since Megatron-LM merged it on 2021-09-02, 6e1bde1; `--no-async-tensor-model-
# parallel-allreduce` turns the all-reduce off), and so do Transformer Engine's modules
# (linear.py, layernorm_linear.py, layernorm_mlp.py: async_op=True), with sequence parallelism
# after re-gathering the input saved sharded. A record runs with it when it names a stack built
# on either (NeMo, Megatron-Core / Megatron-LM / Megatron-Bridge, Transformer Engine, Primus,
# FlagScale, Megatron-LLaMA, Microsoft's Megatron-DeepSpeed) and none of: a compiler or device
# stack that schedules its own collectives (Neuron, XLA, JAX, Gaudi); the off flag; a stated "no
# compute/communication overlap"; a Megatron older than the merge (the PTD-P paper's 2021 runs,
# commits 8aa4619 and 152aab304, MT-NLG's 2021 DeepSpeed + Megatron); BigScience's 2021-2022
# fork (the "chronicles" runs), whose layers predate it. Every other stack (PyTorch DTensor TP in
# torchtitan and KempnerForge, PaddleNLP, GPT-NeoX, Aleph Alpha's, the Llama 3 paper's internal
# one) keeps serial backward collectives.
TP_ASYNC_STACK = re.compile(
    r"megatron[- ]?core|mcore|megatron-bridge|\bnemo\b|transformer[ _-]?engine|transformerengine|"
    r"\bte (?:fp8|mxfp8|nvfp4|layers|impl)|primus|flagscale|megatron-llama|megatron-lm|"
    r"megatron-deepspeed")
TP_ASYNC_OFF = re.compile(
    r"neuron|trainium|torch_xla|pytorch/xla|\bjax\b|gaudi|habana|synapseai|"
    r"no-async-tensor-model-parallel-allreduce|no compute/communication overlap|"
    r"bigscience|chronicles|ptd-p|8aa4619|152aab304|"
    r"deepspeed \+ megatron-lm \(3d parallelism\), 2021")


def tp_async_backward(c):
    t = record_text(c)
    return TP_ASYNC_OFF.search(t) is None and TP_ASYNC_STACK.search(t) is not None


def precision(p):
    """fp8 when the source says FP8; fp16 when it says FP16 alone; else bf16 ("amp" and "mixed
    fp16/bf16 (not stated)" are taken as bf16, an assumption).
    wave 12: fp4 when the source's precision starts with an FP4 format (MXFP4, NVFP4): the
    recipe's GEMMs run at FP4 (the solver keeps attention and the vocabulary projection at 16
    bits, as for FP8). Waves 1-11 would have taken these as bf16; the only earlier FP4 records
    (H12, H15) are excluded for another reason, so the rule moves no earlier case."""
    p = (p or "bf16").lower()
    if p.startswith("fp32") and "tf32 tensor-core matmuls" in p:
        return "tf32"  # wave 84: fp32 state with TF32 matmuls (KE02; no earlier record names TF32)
    if p.startswith("fp32") or p.startswith("pure fp32"):  # wave 84: "pure fp32" (KE01)
        return "fp32"  # wave 81: FP32 end to end (KB01-KB02; no earlier record starts so)
    if p.startswith("mxfp4") or p.startswith("nvfp4") or p.startswith("fp4"):
        return "fp4"
    if p.startswith("fp8") or p.startswith("mxfp8") or p.startswith("float8") or p.startswith("te fp8"):
        return "fp8"  # wave 7: "TE FP8" (Transformer Engine FP8 in PaxML)
    if p.startswith("megatron-bridge 'bf16_with_fp8"):
        return "fp8"  # wave 87: a Megatron-Bridge FP8 recipe named first (KH13; no earlier record)
    if p.startswith("transformerengine fp8"):
        return "fp8"  # wave 88: Transformer Engine's FP8 named first (KI05, KI06; no earlier record)
    if p.startswith("bf16 + fp8 (transformer engine"):
        return "fp8"  # wave 97: Transformer Engine FP8 GEMMs over BF16 (KQ11; no earlier record)
    if "fp16" in p and "bf16" not in p:
        return "fp16"
    if p.startswith("fp16"):
        # session 39: a record that starts with FP16 and names BF16 only to say it is unsupported
        # ("fp16 mixed precision [D: ... `bf16` is not supported on V100 GPUs]", KF03 / KF07) is an
        # FP16 run; it was read as bf16 (no other record starts "fp16" and names bf16)
        return "fp16"
    return "bf16"


def tied(name):
    """MPT and Megatron GPT-style models share the input and output embeddings; gpt-oss does not.
    wave 11: a name that mentions GPT-2 only as its tokenizer ("with GPT-2 tokenizer", "GPT2 BPE
    tokenizer") is not a GPT-style model. XA15, a Llama shape, was expressed with tied embeddings
    before (a mapping bug found while writing the wave-11 rules); with its 50,304-token head the
    fix moves its prediction by under 0.5%, so it stays out of sample."""
    n = re.sub(r"gpt-?2 (bpe )?tokenizer", "", name.lower())
    # wave 40: "LitGPT" / "litgpt" names the training library, not a GPT-style model. Wave 29's
    # Llama 2 rows (YB02-YB04, "litgpt 'Llama-2-7b-hf' config") had tied embeddings in their
    # rows, a mapping bug found while writing the wave-40 rules; they take the catalog models'
    # own embeddings, so the fix moves none of their predictions.
    n = n.replace("litgpt", "")
    if "and a tied input/output embedding" in n:
        # wave 97: FlagPerf's Megatron script ties them (Megatron's default); the name also names
        # Meta's untied Llama 3 for contrast, which the "untied" test below would read as the run
        return True
    if "tied embeddings" in n and "untied" not in n:  # wave 19: the record says so
        return True
    if "untied" in n:  # wave 38: a GPT-style name the record says is untied (GPT-NeoX)
        return False
    return "mpt" in n or "bloom" in n or ("gpt" in n and "gpt-oss" not in n)


# Session 17 (the catalog gained sliding-window and chunked local attention; every row below had
# its result known, so each row this moves is in sample): a record's attention layout and head
# dimension by model family, from the models' config.json (the catalog entries' sources), for
# the rows that describe their model by shape. The record schema has no head_dim: gpt-oss's
# 64 and Gemma 3's 256 are not hidden / heads (2880 / 64 = 45, 3840 / 16 = 240), which these
# rows used before (a mapping bug found while writing this rule).
#   gpt-oss: sliding_window 128 on the even-indexed layers (layer_types), head_dim 64.
#   Gemma 3: sliding_window 1024, one global layer in 6 (sliding_window_pattern 6), head_dim 256.
#   Gemma 2: sliding_window 4096 on the even-indexed layers, head_dim 256 (9B) / 128 (27B).
#   Gemma 4 E4B shape (XM07): the record states "5:1 sliding-window(512):global", head_dim 256.
#   Llama 4: attention_chunk_size 8192 on three of every four layers (no_rope_layers).
#   Mistral 7B: MaxText's mistral-7b.yml sets no window (AI-Hypercomputer/maxtext
#   MaxText/configs/models/mistral-7b.yml: attention "dot_product", no sliding_window), so W05,
#   the one Mistral row, runs full attention although the catalog's v0.1 entry has the window.
# Returns (head_dim or 0 for hidden / heads, window or 0, local layers, chunked).
def attention_layout(m, soft):
    n = m["name"].lower()
    L = m["layers"]
    if "gpt-oss" in n or "gpt_oss" in n:
        return 64, 128, L - L // 2, False
    if "gemma 4" in n:
        w = re.search(r"sliding-window\((\d+)\)", n)
        return 256, int(w.group(1)) if w else 0, L - L // 6, False
    if "gemma 3" in n or "gemma-3" in n:
        return 256, 1024, L - L // 6, False
    if "gemma 2" in n or "gemma-2" in n:
        return (128 if "27b" in n else 256), 4096, (L + 1) // 2, False
    if "llama 4" in n or "llama-4" in n or "llama4" in n:
        return 0, 8192, L - L // 4, True
    # Wave 76: a record that states its windowed layers ("18 layers with a 1024-token causal
    # window", nanochat d24 / d26) gets them; no earlier record's text has the phrase.
    w = re.search(r"(\d+) layers with a (\d+)-token causal window", n)
    if w:
        return 0, int(w.group(2)), int(w.group(1)), False
    # Wave 85: a model text stating one sliding window for the model ("sliding-window attention
    # 4096", "sliding window 4096": Mistral 7B v0.1) gets it on every layer.
    w = re.search(r"sliding[- ]window(?: attention)? (\d+)", n)
    if w:
        return 0, int(w.group(1)), L, False
    # Session 28 (written with every result of waves 1-60 known, while writing the wave-61 rules:
    # Qwen3-0.6B's 16 heads x 128 are 2,048 against a hidden size of 1,024): a record whose model
    # text states a head dimension ("head dim 256", "head_dim 128") that is not hidden / heads
    # takes it. Before, these rows were sized hidden / heads (a mapping bug): XJ08-XJ12 (MaxText's
    # synthetic decoders, head_dim 256 against 320 / 160) and XQ12-XQ14 (Hy3, 128 against 64)
    # moved and are in sample; XI01 / XI02 (gpt-oss) had it from the family rule above.
    hd = re.search(r"head[ _-]?dim(?:ension)?\s*(\d+)", n)
    heads = m.get("heads") or m["hidden"] // 128
    if hd and int(hd.group(1)) * heads != m["hidden"]:
        return int(hd.group(1)), 0, 0, False
    return 0, 0, 0, False


# Session 50 (written with wave 103's first predictions known, so the rows it moves are in
# sample): MaxText runs a device's whole `per_device_batch_size` in one forward and backward pass
# ("Instead of updating the weights every step, you may effectively use a larger batch by
# accumulating the gradient over a set of steps. gradient_accumulation_steps: 1", MaxText's
# src/MaxText/configs/base.yml, https://github.com/AI-Hypercomputer/maxtext/blob/
# 003b41698f6eca8280cd600919dc6e5a65686ece/src/MaxText/configs/base.yml, read 2026-12-06). A
# MaxText record that states no micro-batch and no gradient accumulation was expressed with
# one-sequence micro-batches (the default of 1 for a missing field), so under FSDP every
# parameter was gathered once per sequence instead of once per step (the tpu-recipes Ironwood
# rows U71-U74, YC01-YC07, KY01-KY03); it now takes the per-device batch, gbs / dp.
def maxtext_one_pass(c):
    if c["config"].get("micro_batch") is not None:
        return False
    t = record_text(c) + " " + c["source"]["title"].lower() + " " + c["model"]["name"].lower()
    return "maxtext" in t and re.search(r"(?<!no )(?<!without )gradient[ _]accumulation", t) is None


def zero_of(g):
    """The ZeRO stage; ZeRO-1 when not published, ZeRO-3 for a run recorded as FSDP without a
    stage (wave 7: U68-U70 and M10-M16 had taken ZeRO-1 before, a mapping bug found while
    writing the wave-7 rules; they are in sample)."""
    z = g.get("zero_stage")
    if isinstance(z, str):  # wave 85: "2 [D: 'zero_stage: 2']", "null in config (...)"
        m = re.match(r"\s*(\d)\b", z)
        z = int(m.group(1)) if m else None
    if z is not None:
        return z
    return 3 if g.get("fsdp") else 1


# A JAX stack (its "fsdp" is a sharding degree, not PyTorch's FSDP), read with `stack_text`.
JAX_STACK = r"\bjax\b|axlearn|maxtext|levanter|paxml|praxis"


def stack_text(c):
    """The record's software and its source's title, lower-cased: where a stack is named."""
    return (str(c["hardware"].get("software")) + " " + c["source"]["title"]).lower()


def fsdp_copy_out(c, zero):
    """Session 53: PyTorch FSDP2 (`fully_shard`) copies each gathered layer out of the
    all-gather's flat buffer on the compute stream (`schedule.fsdp_copy_out`). A ZeRO-3 record
    that names FSDP2, `fully_shard` or torchtitan (FSDP2 since its PR #165, March 2024); not one
    that names only FSDP1 (ZI: "torch fsdp1"), a row of a comparison recorded as FSDP1 (YV03,
    YV04: "Row: FSDP1"), nor one that names FSDP2 only as an option beside Megatron-FSDP (YB10).
    A JAX stack's "fsdp2" is a sharding degree (XR06-XR10: AXLearn's "dp4/fsdp2"), not FSDP2."""
    if zero != 3:
        return False
    if re.search(JAX_STACK, stack_text(c)):
        return False
    t = record_text(c) + " " + c["source"]["title"].lower()
    if re.search(r"row: fsdp1", str(c.get("notes")).lower()):
        return False
    if "fsdp1" in t and "fsdp2" not in t:
        return False
    if "megatron-fsdp" in t:
        return False
    return re.search(r"fsdp2|fully_shard|torchtitan", t) is not None


def fsdp_flat_gradient(c, zero):
    """Session 55: PyTorch FSDP1 (`FullyShardedDataParallel`) makes a layer's parameters views of
    one gathered flat parameter, so each backward concatenates their gradients into the flat
    gradient on the compute stream (`schedule.fsdp_flat_gradient`). A ZeRO-3 record not on FSDP2
    (`fsdp_copy_out`) whose stack is PyTorch FSDP: it names FSDP1, FullyShardedDataParallel,
    FULL_SHARD, Lightning's FSDPStrategy, "PyTorch FSDP", or a stack built on FSDP1 before FSDP2
    (MosaicML Composer / LLM Foundry, Hugging Face Accelerate, IBM fms-fsdp). Not a JAX / XLA
    stack, DeepSpeed, Megatron, ColossalAI's Gemini (read from the software and the title: ZI's
    notes name Megatron and AXLearn records only to compare), nor a Lightning Thunder run that
    shards with its own ThunderFSDPStrategy (YM02; YM01's eager run is Lightning's
    FSDPStrategy). Written with every wave known; the rows it moves are in sample."""
    if zero != 3 or fsdp_copy_out(c, zero):
        return False
    if re.search(JAX_STACK + r"|torch_xla|\bxla\b|deepspeed|megatron|colossal|gemini",
                 stack_text(c)):
        return False
    t = record_text(c) + " " + c["source"]["title"].lower()
    if "thunder" in t and "compiler: eager" not in t:
        return False
    return re.search(r"fsdp1|fsdp \(v1\)|fullyshardeddataparallel|full_shard|fsdpstrategy|"
                     r"pytorch fsdp|torch fsdp|composer|llm[- ]foundry|accelerate|fms-fsdp",
                     t) is not None


def cstr(s):
    return json.dumps(s if s is not None else "")


rows, skipped = [], []
wave10_seen = {}
by_id = {c["id"]: c for c in cases}
for c in cases:
    cid, m, h, g = c["id"], c["model"], c["hardware"], c["config"]
    why = None
    kind = hw_kind(h["device"], h.get("inter_node"))
    kind = DEVICE_FROM_LOG.get(cid, kind)
    rc = recompute(g.get("recompute"))
    if "--recompute-modules layernorm moe" in (g.get("recompute") or ""):
        # wave 36: the MoE block re-run, mapped to the mode nearest in recomputed FLOPs.
        rc = "selective" if (g.get("seq_len") or 0) <= 32768 else "none"
    if cid == "KP06":
        rc = "none"  # wave 96: graph_trainer saves every compute-intensive op (no GEMM re-run)
    if cid == "KW01":
        rc = "none"  # wave 101: "none (selective_activation_checkpointing: false)"
    ref = re.search(r"\bas ([A-Z]\d\d)\b", g.get("recompute") or "")
    if ref and ref.group(1) in by_id:
        # wave 6: a record that takes its remat policy from another case ("as M11") gets that
        # case's mode.
        rc = recompute(by_id[ref.group(1)]["config"].get("recompute"))
    # Session 51 (with every wave known, so the rows it moves are in sample): a MaxText / JAX
    # policy whose kept tensors the record names runs as Recompute::saved_tensors with that set
    # (which also prices JAX's recomputation as it runs: only what the backward pass needs, so
    # never the down projection); the older mode readings above stay for every other row. A set
    # with host-kept tensors needs the device's host link: the TPU entries have none (no
    # per-chip figure sourced), so those rows keep their older reading too.
    saved = ""
    text = g.get("recompute") or ""
    if ref and ref.group(1) in by_id:
        text = by_id[ref.group(1)]["config"].get("recompute") or ""
    kept = maxtext_saved(text) if re.search(r"remat|nothing_saveable|custom;", text.lower()) else None
    if levanter_default_remat(text):
        kept = "layer_input=device"
    # Multi-head latent attention (the catalog's DeepSeek models) has other tensors than the set
    # names (MaxText's mla_q, mla_kv, ...): the older reading.
    mla_model = re.search(r"deepseek", m["name"], re.I) is not None
    if kept is not None and not mla_model and ("=host" not in kept or kind not in NO_HOST_LINK):
        rc, saved = "saved_tensors", kept
    n = h.get("count")
    tp, pp, cp, ep = g.get("tp"), g.get("pp"), g.get("cp") or 1, g.get("ep") or 1
    if cid in EXCLUDED:
        why = EXCLUDED[cid]
    elif kind is None:
        why = "hardware without a catalog entry or fabric (" + h["device"][:40] + ")"
    elif kind == "GH200_144GB" and n != 1:
        why = "GH200 systems of more than one superchip: no catalog node (the session-40 rule)"
    elif not m.get("layers") or not m.get("hidden"):
        why = "model shape not published"
    elif n is None or tp is None or pp is None:
        why = "parallel configuration not published"
    elif rc is None:
        why = "recomputation mode not expressible"
    dp = g.get("dp")
    if why is None and dp is None:
        dp = n // (tp * pp * cp)
    # Frameworks that give each core of a two-core chip its own rank count degrees in cores: JAX
    # sees two devices (TensorCores) per TPU7x chip (Google's TPU7x page: "two TPU devices" per
    # chip), the Neuron SDK two NeuronCore-v2 per Trainium chip (AWS Trainium page). mlsysim's
    # accelerator is the chip. The two cores of a chip hold consecutive ranks, so the innermost
    # dimension with a degree above 1 (order tp, cp, dp, pp, the solver's layout) is halved.
    # wave 4: MaxText / FSDP runs whose record gives the data-parallel (DCN or ICI data) degree
    # apart from the FSDP degree: every rank outside TP, PP and CP is a ZeRO-3 data-parallel rank.
    cores = CORES_PER_CHIP.get(kind, 1)
    if (why is None and g.get("fsdp") and dp is not None and tp * pp * cp * dp not in (n, cores * n)
            and n % (tp * pp * cp) == 0):
        dp = n // (tp * pp * cp)
    # wave 5: layer kinds the training solver does not price.
    lname = m["name"].lower()
    if why is None and ("nemotron-h" in lname or "mamba" in lname):
        why = "hybrid Mamba-Transformer layers are not a training workload the solver prices"
    if why is None and "deepseek-v4" in lname:
        why = "DeepSeek-V4's compressed sparse attention is not an attention kernel the solver prices"
    # wave 7: runs that pack short samples into each sequence and attend within each sample
    # (varlen attention, padding-free packing) do attention over lengths the source does not
    # publish.
    att_text = (g.get("attention") or "").lower()
    if why is None and ("varlen" in att_text or "packing true" in att_text or "(thd)" in att_text):
        why = "packed samples with per-sample (varlen) attention: the sample lengths are not published"
    # The wave-8 exclusions below apply only to cases without a recorded first prediction: a rule
    # written after a case's result was seen must not take that case out of the suite (it could
    # drop a known miss). T66, K05-K07 (an assumed device) and Y01 (a self-contradicting source)
    # were predicted in earlier waves and stay.
    new_case = cid not in first
    # wave 8: a record whose accelerator the source does not name (the research note assumes it:
    # "assumption", "exact SKU not named", "not name the GPU") has no hardware to predict on.
    dev_text = h["device"].lower()
    if why is None and new_case and any(k in dev_text for k in ("assumption", "not named", "not name the")):
        why = "the source does not name the accelerator (the record assumes it)"
    # wave 8: multi-head latent attention (MLA) is expressible only through a catalog model that
    # carries its ranks (DeepSeek-V3 / R1); the case row holds MHA / GQA shapes only.
    key_guess = m.get("mlsysim_key_guess")
    if why is None and new_case and "mla" in re.findall(r"[a-z]+", lname) and key_guess not in models:
        why = "MLA attention without a catalog model: the case row expresses MHA / GQA only"
    # wave 8: a source that contradicts itself on the configuration (GPU count, batch) has no
    # single run to predict.
    if why is None and new_case and "inconsistent source" in (c.get("notes") or "").lower():
        why = "the source contradicts itself on the GPU count and batch"
    if why is None and (g.get("precision") or "").lower().startswith("int8"):
        why = "int8 matmul training (AQT) is not a precision the training solver prices"
    if why is None and kind in CORES_PER_CHIP and dp is not None and tp * pp * cp * dp == CORES_PER_CHIP[kind] * n:
        k = CORES_PER_CHIP[kind]
        if tp > 1 and tp % k == 0:
            tp //= k
        elif cp > 1 and cp % k == 0:
            cp //= k
        elif dp % k == 0:
            dp //= k
    if why is None and tp * pp * cp * dp != n and ep > 1 and tp * pp * cp * dp * ep == n:
        # wave 6: a record (Primus tables: TP/PP/CP/EP/DP) whose degrees multiply to the GPU count
        # only with EP as a separate factor gives the data-parallel degree outside the expert
        # group; mlsysim's EP lies inside DP.
        dp = dp * ep
    if why is None and tp * pp * cp * dp != n:
        why = "degrees do not multiply to the GPU count"
    if why is None and kind == "TPUv5e" and n > 256:
        why = "TPU v5e beyond one 256-chip slice (multislice over the data-center network)"
    if why is None and pp > m["layers"]:
        # wave 13: Megatron-DeepSpeed's PipelineModule places the embedding and the head on
        # stages of their own (BLOOM-176B's 70 layers on 72 stages); mlsysim's stages hold
        # transformer layers only.
        why = "more pipeline stages than transformer layers (embedding and head stages): not expressible"
    if why is None and pp * (g.get("vpp") or 1) > m["layers"]:
        # wave 104: 32 stages x 3 virtual chunks of Qwen3-235B-A22B's 94 layers (KZ01, KZ02, KZ05),
        # which Megatron runs with uneven first / last stages; mlsysim's chunks hold whole layers
        # evenly and `train()` refuses more chunks than layers.
        why = "more pipeline chunks (pp x vpp) than transformer layers: not expressible"
    if why is None and dp % ep != 0:
        why = "expert parallelism beyond the data-parallel group (EP x ETP over TP ranks) not expressible"
    mb = g.get("micro_batch") or 1
    gbs = g.get("global_batch_sequences")
    if why is None and maxtext_one_pass(c) and gbs and dp and pp == 1:
        mb = max(1, gbs // dp)
    if why is None and mb < 1 and gbs and dp:
        mb = gbs // dp  # wave 20: MaxText's fractional per-device batch with context parallelism
    if why is None and cid[:2] == "YM" and any(x["metric"] == "micro_step_time_s" for x in c["measured"]):
        gbs = dp * mb  # wave 40: the timed iteration is one micro-batch's, with the step's extras
    if why is None and gbs is None:
        if pp == 1:
            gbs = dp * mb
        else:
            why = "global batch not published for a pipelined run"
    seq = g.get("seq_len") or 8192
    metric = None
    for want in ("tokens_per_second_per_gpu", "step_time_s", "throughput_total_tokens_per_s",
                 "model_tflops_per_gpu", "mfu"):
        for x in c["measured"]:
            if x["metric"] == want and x["value"] is not None:
                metric = (want, x["value"])
                # Narayanan et al. eq. (3) counts a recomputed forward pass: compare with the
                # solver's megatron_flops_per_gpu, not the model (PaLM) FLOP/s.
                conv = (x.get("flop_convention") or "").lower()
                if want == "model_tflops_per_gpu" and ("eq. (3)" in conv or "eq. 3" in conv):
                    metric = ("megatron_tflops_per_gpu", x["value"])
                break
        if metric:
            break
    if why is None and metric is None and cid[:2] == "ZI":
        # wave 62: the benchmark script's TFLOP/s per GPU, converted by its own FLOPs per token.
        tf = next(x["value"] for x in c["measured"] if x["metric"] == "tflops_per_gpu")
        L, E, K, H, J, V, T = (m["layers"], m["hidden"], m["ffn_hidden"], m["heads"], m["kv_heads"],
                               m["vocab"], g["seq_len"])
        hd = E // H
        fpt = 6 * L * (3 * E * K + E * (H + 2 * J) * hd + E * H * hd) + 6 * E * V + 12 * L * T * H * hd
        metric = ("tokens_per_second_per_gpu", float("%.5g" % (tf * 1e12 / fpt)))
    if why is None and metric is None:
        why = "no usable measurement"
    if why:
        skipped.append((cid, m["name"], why))
        continue
    key = m.get("mlsysim_key_guess")
    if key not in models:
        key = None
    heads = m.get("heads") or m["hidden"] // 128
    vocab = m.get("vocab") or 50432  # MPT's tokenizer (MPT-7B config vocab_size 50432)
    if "mlperf" in lname and "gpt_oss_20b" in lname and not m.get("vocab"):
        key, vocab = None, 128256  # wave 24: MLPerf's gpt_oss_20b (Llama 3.1 tokenizer, as XK02)
    if "mlperf" in lname and "gpt_oss_20b" in lname and m.get("vocab") == 128256:
        key = None  # wave 25: its recorded shape, whatever catalog key the record names
    if cid == "ZH01":
        # wave 61: the post's GEMM table shows the run's output layer at 131,200 columns, not
        # Qwen3's 151,936: the record's shape with the run's vocabulary.
        key, vocab = None, 131200
    if cid == "ZS01":
        # wave 72 (the rule written before its prediction): the run's own 32,768-token vocabulary and
        # tied embeddings size the model. The first run took the catalog's Llama 3.2 1B (128,256
        # tokens) instead, a mapping bug found afterwards: ZS01 is in sample from the fix on.
        key = None
    if "gpt2bpetokenizer" in (c.get("notes") or "").lower() and key != "GPT3":
        # wave 8: a run that trains a published shape with NeMo's GPT2BPETokenizer has GPT-2's
        # 50,257-token vocabulary, not the model's: the record's shape with that vocabulary.
        key, vocab = None, 50257
    v = g.get("vpp") or VPP_FROM_CONFIG.get(cid, 1)
    micro = gbs // (dp * mb) if dp * mb else 0
    if v > 1 and (pp == 1 or micro % pp != 0):  # interleaving needs a pipeline
        v = 1
    # Attention that the source says is not a flash kernel is materialized (wave 4 added the
    # "non-flash" / "no flash" / "eager" wordings; W33's "eager/standard attention (no
    # flash-attention 2)" was expressed as fused before, a mapping bug found with them).
    att = (g.get("attention") or "").lower()
    att = re.sub(r"no flash-attn package", "", att)  # wave 86: SDPA's own flash backend, no pip flash-attn
    # wave 13: Megatron's "fused softmax" (FusedScaleMaskSoftmax, a softmax kernel over the
    # materialized score matrix) and its "standard" attention path are not flash kernels. K01 and
    # K02 ("megatron standard (no fused kernels)") had been expressed as fused, a mapping bug
    # found while writing this rule; they are in sample.
    attn = "materialized" if any(k in att for k in ("unfused", "non-flash", "no flash", "eager",
                                                    "fused softmax", "standard",
                                                    "materialised")) else "fused"  # wave 79
    if att.startswith("transformerengine fused attention") or "sdpa (flash backend" in att:
        # wave 87: the kernel named first is fused; "unfused" there names another row of the source
        # (KH09-KH16) and "eager" the run, not attention (KH08)
        attn = "fused"
    if "explicit qk^t" in att:
        attn = "materialized"  # wave 87: nn.MultiheadAttention's need_weights path (KH01, KH02)
    if cid[:2] == "YR":
        # wave 45: the sheets' kernel column; "unfused" there names the RMSNorm, not attention
        attn = "materialized" if "plain pytorch attention" in att else "fused"
    prec = precision(g["precision"])
    # ZeRO-3 with CPU offload: the optimizer state is offloaded; session 16 (after the
    # results of U26-U28 were known, so they are in sample): a record naming DeepSpeed's
    # offload_param offloads the parameters too (offload level 2).
    soft = (h.get("software") or "") + " " + (c.get("notes") or "")
    # Not activation offload (MaxText remat policies) and not "no CPU offload".
    offload = (g.get("zero_stage") == 3) and (re.search(
        r"(?<!no )(cpu offload|offload_optimizer|optimizer offload|offload optimizer)",
        soft.lower()) is not None or "optimizer_memory_host_offload=true" in (
            g.get("recompute") or "").lower())
    if offload and re.search(r"offload_param\b", soft.lower()):
        offload = 2
    s = c["source"]
    src = f'{s["title"]} ({s.get("year", "")}), {s.get("where", "")} - {s["url"]}'
    mem_x = [x for x in c["measured"] if x["metric"] == "peak_memory_gib" and x["value"]]
    mem = [x["value"] for x in mem_x]
    if cid[:2] in ("ZJ", "KH") or cid == "KI10":  # wave 63 (87: KH07-KH16; 88: KI10): decimal GB, to GiB
        gb_x = [x for x in c["measured"] if x["metric"] == "peak_memory_gb" and x["value"]]
        mem = [round(x["value"] * 1e9 / 2**30, 2) for x in gb_x] or mem
        mem_x = gb_x or mem_x
    mem_stat = memory_statistic(mem_x[0]) if mem_x else "none"
    if cid == "KH02":
        mem = []  # wave 87: DeepSpeed's bf16 master weights and gradients, which the pure state lacks
    if cid in ("KJ01", "KJ03"):
        mem = []  # wave 89: the last rank's memory is the last pipeline stage's, not the peak stage's
    # wave 10: a record whose expressed configuration (every input of the row) equals an earlier
    # record's of the same wave is the same run measured again on another software variant (XA02
    # and XA04: another MoE dispatcher; XB03, XB06: another trainer of the same slice, batch and
    # length); the model sees one configuration, so it is counted once, as the first record.
    # Session 25: the key carries every input the row passes on (waves 40, 45 and 46 had found
    # elementwise kernels, sequence parallelism and the vocabulary missing from it one at a time);
    # with the full key every earlier wave keeps exactly the repeats it had.
    tp_overlap = tp > 1 and tp_comm_overlap(c)
    tp_async = tp > 1 and not tp_overlap and tp_async_backward(c)
    row_key = (kind, n, key_guess, m.get("layers"), m.get("hidden"), m.get("ffn_hidden"),
               m.get("experts"), prec, g.get("seq_len"), g.get("global_batch_sequences"),
               g.get("micro_batch"), tp, pp, cp, ep, dp, g.get("vpp"), rc, g.get("zero_stage"),
               m.get("vocab"), m.get("heads"), m.get("kv_heads"), attn, elementwise(c),
               loss_kernel(c), g.get("sequence_parallel") is not False, ep_comm_overlap(c),
               ep_node_forwarding(c), h.get("per_node"), dropout(c), projections(c), pure_state(c),
               no_master(c), fp8_current(c), half_grads(c), hp_saved_inputs(c), half_moments(c),
               precision_aware(c), tp_overlap, tp_async, fsdp_copy_out(c, zero_of(g)),
               fsdp_flat_gradient(c, zero_of(g)))
    # wave 11 / wave 12: the same rule within waves 11 and 12 (a wave-12 record that repeats a
    # wave 10-12 configuration, e.g. torchtitan's async-TP run beside its vanilla-TP run, which
    # the solver's inputs cannot tell apart, is counted once).
    # Every two-letter prefix (waves 10 on; session 40: derived from the id instead of a tuple
    # that every wave extended by hand).
    if cid[1:2].isupper():
        if new_case and row_key in wave10_seen:
            skipped.append((cid, m["name"], "the configuration of %s measured again on another software "
                            "variant (a repeat, counted once)" % wave10_seen[row_key]))
            continue
        wave10_seen.setdefault(row_key, cid)
    per_node = h.get("per_node") or 0
    if kind not in HGX_KINDS or not (0 < per_node < 8 and n > per_node and n % per_node == 0):
        per_node = 0  # the catalog node
    # Test names of waves 1-3 keep their historical "T" prefix; wave 4 uses its ids (X01 and Y01
    # would otherwise collide).
    prefix = cid if cid[0] in "XYZNMGKDEHFACBI" else "T" + cid[1:]  # wave 54: Z
    name = prefix + re.sub(r"[^A-Za-z0-9]", "", m["name"])[:40]
    # A '|' in a name (XU01's pipeline layout 'Et*4|(t*4)*14tmL') would split the printed table.
    what = f'{m["name"]} on {n} x {h["device"].split("(")[0].strip()}'.replace("|", "/")
    rows.append(dict(id=cid, name=name, what=what, cat=c["category"], src=src, key=key,
                     L=m["layers"], h=m["hidden"], f=m.get("ffn_hidden") or m.get("expert_ffn_hidden") or 4 * m["hidden"],
                     a=heads, kv=m.get("kv_heads") or heads, V=vocab, E=m.get("experts") or 0,
                     k=m.get("top_k") or 0, fe=m.get("expert_ffn_hidden") or 0,
                     shared=m.get("shared_experts") or 0, gated=gated(m["name"]),
                     tied=tied(m["name"]),
                     hw=kind, n=n, prec=prec, seq=seq, gbs=gbs, mb=mb, tp=tp, pp=pp, cp=cp,
                     ep=ep, dp=dp, v=v, zero=zero_of(g),
                     rc=rc, attn=attn, sp=g.get("sequence_parallel") is not False,
                     metric=metric[0], measured=metric[1], mem=mem[0] if mem else 0,
                     mem_stat=mem_stat if mem else "none",
                     conf=c["confidence"], attn_eff=attention_efficiency(c), offload=offload,
                     elementwise=elementwise(c), loss=loss_kernel(c), fwd=ep_node_forwarding(c),
                     a2a_overlap=ep_comm_overlap(c), per_node=per_node,
                     layout=attention_layout(m, soft), dropout=dropout(c), proj=projections(c),
                     pure=pure_state(c), no_master=no_master(c), fp8_current=fp8_current(c),
                     half_grads=half_grads(c), hp_saved=hp_saved_inputs(c),
                     half_moments=half_moments(c), aware=precision_aware(c),
                     tp_overlap=tp_overlap, tp_async=tp_async, saved=saved,
                     copy_out=fsdp_copy_out(c, zero_of(g)),
                     flat_grad=fsdp_flat_gradient(c, zero_of(g))))

# Session 15: a measurement collected twice (the same project publishing it under a renamed file
# or in a second document escapes the research briefs' used-path check) would be counted twice.
# Two included rows on the same hardware kind and device count whose measured value agrees to
# four or more significant digits are refused here; exclude the later one (EXCLUDED) or, for a
# true coincidence, say so in DISTINCT.
DISTINCT = set()


def significant_digits(x):
    digits = ("%.10g" % abs(x)).replace(".", "").lstrip("0").rstrip("0")
    return len(digits)


seen_values = {}
for r in rows:
    if significant_digits(float(r["measured"])) < 4:
        continue
    k = (r["metric"], float(r["measured"]), r["hw"], r["n"])
    if k in seen_values and frozenset((seen_values[k], r["id"])) not in DISTINCT:
        # Session 44: the message names the pair, never the value (a blind wave is wired with this
        # check; wave 97's first repeat printed its measured value here).
        raise SystemExit("make_training_cases.py: %s and %s measure the same %s (to every printed "
                         "digit) on %d x %s: the same measurement twice? Exclude the later one "
                         "(EXCLUDED) or list the pair in DISTINCT" % (
                             seen_values[k], r["id"], r["metric"], r["n"], r["hw"]))
    seen_values.setdefault(k, r["id"])

# Session 44: a blind-safe view for wiring a wave. `--show PREFIX` prints every solver input of the
# generated rows whose id starts with PREFIX (and why the others of that prefix were skipped), with
# the measured value, the measured memory and the first predictions left out, so the rows can be
# checked against the rules before any prediction is computed (wave 97's hand-written mask missed
# the metric field and printed its values). It writes nothing; `--show ""` shows every row.
HIDDEN = ("id", "what", "measured", "mem", "src", "name")
if "--show" in sys.argv[1:]:
    at = sys.argv.index("--show") + 1
    want = sys.argv[at] if at < len(sys.argv) else ""
    shown = [r for r in rows if r["id"].startswith(want)]
    not_shown = [s_ for s_ in skipped if s_[0].startswith(want)]
    if not shown and not not_shown:
        sys.exit("make_training_cases.py --show: no record's id starts with %r" % want)
    for r in shown:
        print(r["id"], r["what"][:60], " ".join("%s=%s" % (k, v) for k, v in r.items()
                                                if k not in HIDDEN))
    for s_ in not_shown:
        print(s_[0], "skipped:", s_[2])
    sys.exit(0)

out = ["// Generated by tests/validation/make_training_cases.py from training_cases.json and"
       " training_cases_wave2.json - _wave%d.json - do not edit." % max(LOADED_WAVES),
       "// clang-format off",
       "const TrainingRow kTrainingRows[] = {"]
for r in rows:
    fpred = first.get(r["id"], {})
    out.append("  {%s, %s, %s, %s, %s, %s, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, %s, %s, HwKind::%s, %d, %s, %d, %d, %d, %d, %d, %d, %d, %d, %d, %d, Recompute::%s, AttentionKernel::%s, %r, %d, ElementwiseKernels::%s, LossKernel::%s, %s, %s, %s, Metric::%s, %r, %r, %r, %r, %d, %d, %d, %d, %s, %s, %s, %s, %s, %s, %s, MemoryStat::%s, %s, %s, %s, %s, %s, %s, %s, %s, %s}," % (
        cstr(r["id"]), cstr(r["name"]), cstr(r["what"]), cstr(r["cat"]), cstr(r["src"]), cstr(r["key"]),
        r["L"], r["h"], r["f"], r["a"], r["kv"], r["V"], r["E"], r["k"], r["fe"], r["shared"],
        "true" if r["gated"] else "false", "true" if r["tied"] else "false", r["hw"], r["n"],
        cstr(r["prec"]), r["seq"], r["gbs"], r["mb"], r["tp"], r["pp"], r["cp"], r["ep"], r["dp"], r["v"],
        r["zero"], r["rc"], r["attn"], round(r["attn_eff"], 4), int(r["offload"]), r["elementwise"], r["loss"], "true" if r["sp"] else "false", "true" if r["fwd"] else "false", "true" if r["a2a_overlap"] else "false", r["metric"], float(r["measured"]),
        float(r["mem"]), float(fpred.get("value", 0.0)), float(fpred.get("memory", 0.0)), r["per_node"],
        r["layout"][0], r["layout"][1], r["layout"][2], "true" if r["layout"][3] else "false",
        "true" if r["dropout"] else "false", "true" if r["proj"][0] else "false",
        "true" if r["proj"][1] else "false", "true" if r["pure"] else "false",
        "true" if r["no_master"] else "false", "true" if r["fp8_current"] else "false",
        r["mem_stat"], "true" if r["half_grads"] else "false", "true" if r["hp_saved"] else "false",
        "true" if r["half_moments"] else "false", "true" if r["aware"] else "false",
        "true" if r["tp_overlap"] else "false", "true" if r["tp_async"] else "false",
        cstr(r["saved"]), "true" if r["copy_out"] else "false",
        "true" if r["flat_grad"] else "false"))
out.append("};")
out.append("// clang-format on")
out.append("// Not expressible (%d):" % len(skipped))
for s in skipped:
    out.append("//   %s %s: %s" % s)
write_table(os.path.join(HERE, "training_cases.inc"), "\n".join(out) + "\n")
print(len(rows), "cases,", len(skipped), "skipped")
for s in skipped:
    print(" skip", *s)
