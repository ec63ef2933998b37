#!/usr/bin/env python3
"""Build training_cases_wave84.json (KE01-KE11): eager-mode PyTorch training runs.

Sources:
  * rasbt/LLMs-from-scratch ch05/10_llm-training-speed (README @322000d, scripts @908dd2f)
  * NVIDIA/cudnn-frontend benchmark/Llama-3.2-1B-Training (README, CSVs, script @7606332)
Only arithmetic is done here: parameter counts and derived tokens/s or step times.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- parameter counts
def gpt2_untied(vocab=50257, ctx=1024, d=768, L=12, qkv_bias=False):
    emb = vocab * d + ctx * d
    per = 3 * d * d + (3 * d if qkv_bias else 0)        # W_query/W_key/W_value (or fused qkv), no bias
    per += d * d + d                                      # out_proj / proj (bias)
    per += d * 4 * d + 4 * d + 4 * d * d + d              # MLP with biases
    per += 2 * 2 * d                                      # two LayerNorms (scale+shift)
    return emb + L * per + 2 * d + vocab * d              # final norm + untied out_head (no bias)

def llama32_1b():
    V, h, L, f, hq, hkv, hd = 128256, 2048, 16, 8192, 32, 8, 64
    per = h * hq * hd + 2 * h * hkv * hd + hq * hd * h + 3 * h * f + 2 * h
    return V * h + L * per + h                            # tied lm_head

P_GPT = gpt2_untied()
P_LLAMA = llama32_1b()
assert P_LLAMA == 1235814400, P_LLAMA

# ---------------------------------------------------------------- rasbt rows
R_README = ("https://github.com/rasbt/LLMs-from-scratch/blob/322000d8334012f8bd99eb02c4ebd405e7707f19/"
            "ch05/10_llm-training-speed/README.md")
R_ORIG = ("https://github.com/rasbt/LLMs-from-scratch/blob/908dd2f71ed39ecc36934b8315f16d21c60cd0d9/"
          "ch05/10_llm-training-speed/00_orig.py")
R_OPT = ("https://github.com/rasbt/LLMs-from-scratch/blob/908dd2f71ed39ecc36934b8315f16d21c60cd0d9/"
         "ch05/10_llm-training-speed/01_opt_single_gpu.py")

GPT_MODEL = {
    "name": ("Build-a-LLM-from-scratch GPT_CONFIG_124M (GPT-2-small shape): 12 layers, emb 768, 12 heads x 64 (MHA), "
             "plain GELU(tanh) MLP 3072, pre-LayerNorm, learned absolute positions (1024), qkv_bias False, other Linear "
             "layers with bias, UNTIED out_head, vocab 50257, dropout 0.1 [D: 00_orig.py]; "
             f"{P_GPT:,} params [S: computed by _build_wave84.py]"),
    "mlsysim_key_guess": "gpt2-124m (but untied LM head: +38.6M params) [S]",
    "params": P_GPT, "layers": 12, "hidden": 768, "ffn_hidden": 3072, "heads": 12, "kv_heads": 12,
    "head_dim": 64, "vocab": 50257, "experts": None, "top_k": None, "expert_ffn_hidden": None,
    "shared_experts": None,
}
GPT_HW = {
    "device": ("NVIDIA A100 [D: 'All experiments were run on A100 GPUs', 'single A100']; memory size / form not stated -> "
               "A100 SXM4 40GB assumed [S: the final step picks 'the largest power of 2 [batch] supported by the GPU' = 32 "
               "with ~22.5 GB reserved, so batch 64 (~2x) did not fit, which points to a 40 GB card; the shell prompt "
               "'ubuntu@159-13-52-60' looks like a Lambda Cloud VM, whose 1x A100 40GB instance is SXM4]"),
    "count": 1, "per_node": 1,
    "intra_node": "single GPU, no communication [D]",
    "inter_node": "none [D]",
    "software": "PyTorch 2.6.0+cu124, CUDA 12.4 [D: printed in the 00_orig.py log]; plain PyTorch training loop (no Lightning/HF Trainer) [D]",
}
GPT_TIMER = ("Metric = 'Avg tok/sec' after the first epoch [D]: train_model_simple_with_timing() records a CUDA event every "
             "eval_freq steps (15 in 00_orig.py, 10 in the final 01 script), divides training tokens of the interval (batch 8 x 1024) "
             "by elapsed event time and accumulates over all intervals except the one ending at step 0. The event is re-armed BEFORE "
             "evaluate_model(), so each interval also contains one evaluation (1 train + 1 val batch forward under no_grad) plus "
             "loss.item() syncs and printing [D: code]; DataLoader num_workers 4 over a tokenized Gutenberg book (Middlemarch), "
             "stride = context length, no padding [D].")

def gpt_row(rid, step_label, where, quote, tps, precision, attention, notes_extra, confidence="S"):
    return {
        "id": rid,
        "category": "small",
        "source": {
            "title": ("rasbt/LLMs-from-scratch bonus material ch05/10_llm-training-speed 'PyTorch Performance Tips for Faster LLM "
                      f"Training' - GPT-2-124M-shaped model, single A100, batch 8 x 1024, eager PyTorch: {step_label}"),
            "authors": "Sebastian Raschka",
            "year": 2025,
            "url": f"{R_README} ; baseline script: {R_ORIG} ; final optimized script (all steps incl. compile): {R_OPT}",
            "where": where,
            "quote": quote,
        },
        "confidence": confidence,
        "model": GPT_MODEL,
        "hardware": GPT_HW,
        "config": {
            "precision": precision,
            "seq_len": 1024,
            "global_batch_sequences": 8,
            "micro_batch": 8,
            "tp": 1, "pp": 1, "cp": 1, "ep": 1, "dp": 1, "vpp": None,
            "zero_stage": 0, "fsdp": False,
            "recompute": "none (no gradient/activation checkpointing) [D: code]",
            "attention": attention,
            "sequence_parallel": False,
        },
        "measured": [
            {"metric": "tokens_per_second_per_gpu", "value": tps,
             "unit": "tokens/s on the single GPU [D: 'Avg tok/sec' after epoch 1]",
             "flop_convention": None},
            {"metric": "step_time_s", "value": round(8 * 1024 / tps, 5),
             "unit": "s per optimizer step [S: derived = 8192 tokens / Avg tok/sec; includes the evaluation overhead described in notes]",
             "flop_convention": None},
        ],
        "notes": ("torch.compile: NOT used (the README applies torch.compile only at step 8; this row is the state before it) [D]. "
                  "CUDA graphs: no [D]. Framework: plain PyTorch eager, single process, no DDP/FSDP/DeepSpeed [D]. "
                  "Optimizer: AdamW lr 5e-4, wd 0.1 [D]. Micro-batch 8, gradient accumulation 1, global batch 8 x 1024 [D]. "
                  "Norm: LayerNorm; MLP: plain (non-gated) GELU-tanh, 4x [D]. Dropout 0.1 on embeddings, attention weights and "
                  "residual branches [D] (drop_rate 0.1 is in GPT_CONFIG_124M). " + GPT_TIMER + " " + notes_extra),
    }

rows = []
rows.append(gpt_row(
    "KE01", "baseline 00_orig.py (fp32, materialized attention, from-scratch LayerNorm/GELU)",
    "README section 'Baseline' (log of `python 00_orig.py`) and the 'Before' value of section 1; code = 00_orig.py at 908dd2f (unchanged in later README commits).",
    ("'PyTorch version: 2.6.0+cu124' ; 'CUDA version: 12.4' ; 'Ep 1, Step 000045, Train: 5.316, Val: 5.362, Step tok/sec: 12541, "
     "Avg tok/sec: 12525' ; 'Note that these modifications take the training speed from 12,525 tokens per second (single A100) ...' ; "
     "'All experiments were run on A100 GPUs.' ; 00_orig.py: 'GPT_CONFIG_124M = {\"vocab_size\": 50257, \"context_length\": 1024, "
     "\"emb_dim\": 768, \"n_heads\": 12, \"n_layers\": 12, \"drop_rate\": 0.1, \"qkv_bias\": False}', 'OTHER_SETTINGS = {\"learning_rate\": "
     "5e-4, \"num_epochs\": 15, \"batch_size\": 8, \"weight_decay\": 0.1}', 'torch.optim.AdamW(model.parameters(), lr=..., weight_decay=...)'"),
    12525,
    ("pure fp32 with FP32 (non-TF32) matmuls: model and AdamW state fp32, no autocast, torch.set_float32_matmul_precision not "
     "called (PyTorch default 'highest') [D: code; README step 2 'Uses tensor cores' is the later change]"),
    ("materialized eager attention [D]: separate W_query/W_key/W_value Linear layers, Q@K^T, masked_fill_ with a registered "
     "1024x1024 triu buffer, softmax, dropout(0.1) on the attention weights, @V; causal; MHA 12 x 64"),
    ("Kernel mix [D: code]: from-scratch LayerNorm (mean/var/sub/div/mul/add as separate eager ops) and from-scratch tanh-GELU "
     "(pow/mul/tanh/add), i.e. many small elementwise kernels; AdamW non-fused (PyTorch 2.6 default foreach implementation) [S]; "
     "DataLoader without pin_memory [D]. Model is 163M parameters because the out_head is untied [S: computed]."),
))
rows.append(gpt_row(
    "KE02", "state after README steps 1-4 (TF32 tensor cores, fused AdamW, pinned memory; still fp32 and materialized attention)",
    "README section '4. Pinned memory in the data loader', 'After' value (steps 1-4 applied cumulatively on top of 00_orig.py).",
    ("'### 1. Create causal mask on the fly' ; '### 2. Use  tensor cores' '- Uses tensor cores (only works for Ampere GPUs like A100 and "
     "newer)' ; '### 3. Fused AdamW optimizer' '- Uses the fused kernels for `AdamW` by setting `fused=True`' ; '### 4. Pinned memory "
     "in the data loader' ... 'After:' '- `Avg tok/sec: 28402`' '- `Reserved memory: 26.2422 GB`' ; 01_opt_single_gpu.py: "
     "'torch.set_float32_matmul_precision(\"high\")', 'fused=True', 'pin_memory=True'"),
    28402,
    ("fp32 parameters, activations and AdamW state with TF32 tensor-core matmuls (torch.set_float32_matmul_precision('high')) "
     "[D: README step 2 + final script]; no autocast"),
    ("materialized eager attention as KE01 (separate Q/K/V Linears, explicit scores, softmax, dropout 0.1) but with the causal mask "
     "created on the fly instead of a stored buffer [D: README step 1; exact intermediate code not published, S]"),
    ("Intermediate configuration: the repository publishes only the baseline and the fully optimized script; the steps-1-4 state "
     "is described in README prose and reconstructed from the 00->01 diff [S]. From-scratch LayerNorm/GELU still in place [D: "
     "they are replaced at step 6]. AdamW fused=True [D]. pin_memory=True [D]."),
))
rows.append(gpt_row(
    "KE03", "state after README step 5 (pure bfloat16 model and optimizer state; from-scratch LayerNorm/GELU; materialized attention)",
    "README section '5. Using bfloat16 precision', 'After' value (steps 1-5 applied cumulatively).",
    ("'### 5. Using bfloat16 precision' '- Switches from 32-bit float to 16-bit brain float (bfloat16) precision' ... 'Before:' "
     "'- `Avg tok/sec: 28402`' ... 'After:' '- `Avg tok/sec: 45486`' '- `Reserved memory: 13.7871 GB`' ; 01_opt_single_gpu.py: "
     "'model.to(device).to(torch.bfloat16)'"),
    45486,
    ("PURE bf16 (not autocast): model.to(torch.bfloat16), so weights, gradients and fused-AdamW moments are all bf16, no fp32 "
     "master copy [D: final script line; S: that step 5 used this same line]; TF32 setting irrelevant for bf16 matmuls"),
    ("materialized eager attention in bf16 (separate Q/K/V Linears, explicit scores + on-the-fly causal mask + softmax + dropout 0.1) [S: as KE02]"),
    ("From-scratch LayerNorm and tanh-GELU still in place (many elementwise kernels, now in bf16) [D: replaced at step 6]. "
     "Fused AdamW operates on bf16 parameters [S]."),
))
rows.append(gpt_row(
    "KE04", "state after README step 6 (pure bf16; nn.LayerNorm + nn.GELU(tanh); materialized attention)",
    "README section '6. Replacing from-scratch code by PyTorch classes', 'After' value (steps 1-6 applied cumulatively).",
    ("'### 6. Replacing from-scratch code by PyTorch classes' '- Replaces the LayerNorm and GeLU from-scratch implementation by "
     "PyTorch's native implementations' ... 'After:' '- `Avg tok/sec: 55256`' '- `Reserved memory: 11.5645 GB`' ; 01_opt_single_gpu.py: "
     "'nn.GELU(approximate=\"tanh\")', 'self.norm1 = nn.LayerNorm(cfg[\"emb_dim\"])'"),
    55256,
    "PURE bf16 as KE03 [D/S]",
    ("materialized eager attention in bf16 (separate Q/K/V Linears, explicit scores + causal mask + softmax + dropout 0.1) [S: "
     "attention is replaced only at step 7]"),
    ("Native fused LayerNorm and GELU(approximate='tanh') kernels [D]. Still non-SDPA attention [D]."),
))
rows.append(gpt_row(
    "KE05", "state after README step 7 (pure bf16; native LayerNorm/GELU; SDPA FlashAttention with fused QKV projection) - last eager state",
    "README section '7. Using FlashAttention', 'After' value (steps 1-7 applied cumulatively; step 8 adds torch.compile and is excluded).",
    ("'### 7. Using FlashAttention' '- Uses PyTorch's self-attention function with FlashAttention instead of our from-scratch multi-head "
     "attention implementation.' ... 'After:' '- `Avg tok/sec: 91901`' '- `Reserved memory: 5.9004 GB`' ; '### 8. Using `pytorch.compile`' "
     "'- Uses `torch.compile(model)`.' ; 01_opt_single_gpu.py: 'self.qkv = nn.Linear(d_in, 3 * d_out, bias=qkv_bias)', "
     "'nn.functional.scaled_dot_product_attention(queries, keys, values, attn_mask=None, dropout_p=use_dropout, is_causal=True)'"),
    91901,
    "PURE bf16 as KE03 [D/S]",
    ("torch.nn.functional.scaled_dot_product_attention with is_causal=True and dropout_p 0.1 in training [D: final script]; backend "
     "chosen by PyTorch 2.6 for bf16/head_dim 64/A100 = FlashAttention-2 kernel [S; README calls it 'FlashAttention']; single "
     "fused qkv Linear (768 -> 2304, no bias) [D]"),
    ("This is the fastest configuration WITHOUT torch.compile; README steps 8-10 (compile, vocab padding to 50304, batch 32) and the "
     "4x A100 DDP figure all use torch.compile and are not recorded."),
))

# ---------------------------------------------------------------- cudnn-frontend rows
C = "7606332572705e2e89e025ac7546a8bbffbf5cab"
C_BASE = f"https://github.com/NVIDIA/cudnn-frontend/blob/{C}/benchmark/Llama-3.2-1B-Training/"
LLAMA_MODEL = {
    "name": ("meta-llama/Llama-3.2-1B config, randomly initialised HF transformers LlamaForCausalLM(config) [D]: 16 layers, hidden 2048, "
             "32 q heads / 8 KV heads x 64 (GQA), SwiGLU ffn 8192, RMSNorm, RoPE (llama3 scaling), no biases, TIED embedding/LM head, "
             f"vocab 128256 [S: public HF config]; {P_LLAMA:,} params [S: computed]"),
    "mlsysim_key_guess": "llama-3.2-1b [S]",
    "params": P_LLAMA, "layers": 16, "hidden": 2048, "ffn_hidden": 8192, "heads": 32, "kv_heads": 8,
    "head_dim": 64, "vocab": 128256, "experts": None, "top_k": None, "expert_ffn_hidden": None,
    "shared_experts": None,
}
HW = {
    "H200": {
        "device": ("NVIDIA H200 [D: 'GPU: NVIDIA H200']; form not stated [S: 141 GB HBM3e; the host CPU 'Intel(R) Xeon(R) Silver 4314' "
                   "(Ice Lake, 256 GB RAM) hints at a PCIe H200 NVL server rather than an HGX board - both have 141 GB / 4.8 TB/s]; "
                   "SM clock LOCKED at 1500 MHz [D: 'with the clock frequency locked at 1500 MHz to match the H200's base clock']"),
        "clock": "1500 MHz",
    },
    "B200": {
        "device": ("NVIDIA B200 [D: 'GPU: NVIDIA B200'; host 'INTEL(R) XEON(R) PLATINUM 8570', 2 TB RAM -> DGX/HGX B200 SXM [S]]; "
                   "SM clock LOCKED at 1665 MHz [D: 'after the clock is locked at 1665 MHz, namely, the base clock of B200']"),
        "clock": "1665 MHz",
    },
}
CSV = {"H200": "artifacts/h200_training_timing.csv", "B200": "artifacts/b200_training_timing.csv"}
CSV_COMMIT = {"H200": "06ddf804b33c41334965abd99426cca599e85a14 (unchanged at 7606332)", "B200": C}

# FLASH_ATTENTION rows only, shapes chosen by rule (seq 1024 / 4096 / 16384) before reading the values.
flash = {
    ("H200", 12, 1024): ("0.22822560071945192", "0.228"),
    ("H200", 3, 4096): ("0.2598997974395752", "0.260"),
    ("H200", 1, 16384): ("0.5001843190193176", "0.500"),
    ("B200", 12, 1024): ("0.14496242761611938", "0.145"),
    ("B200", 3, 4096): ("0.17227792978286743", "0.172"),
    ("B200", 1, 16384): ("0.374487898349762", "0.374"),
}
order = [("H200", 12, 1024), ("H200", 3, 4096), ("H200", 1, 16384),
         ("B200", 12, 1024), ("B200", 3, 4096), ("B200", 1, 16384)]
for i, key in enumerate(order):
    gpu, bs, sl = key
    raw, table = flash[key]
    t = float(raw)
    rid = f"KE{6 + i:02d}"
    rows.append({
        "id": rid,
        "category": "small",
        "source": {
            "title": (f"NVIDIA/cudnn-frontend benchmark/Llama-3.2-1B-Training - HF LlamaForCausalLM (Llama-3.2-1B config, random init) "
                      f"training-iteration time on 1x {gpu} (clock-locked), pure bf16, SDPA FLASH_ATTENTION backend, BS={bs} SL={sl}"),
            "authors": "NVIDIA cuDNN frontend team",
            "year": 2025,
            "url": (f"{C_BASE}README.md ; raw data: {C_BASE}{CSV[gpu]} ; script: {C_BASE}training_perf.py ; "
                    f"container: {C_BASE}Dockerfile"),
            "where": (f"README 'Results' -> '### {gpu}' timing table, row 'BS={bs} SL={sl}', column FLASH_ATTENTION; full-precision value "
                      f"from {CSV[gpu]} (commit {CSV_COMMIT[gpu]}), row 'FLASH_ATTENTION,{bs},{sl}'. The benchmark folder was added in "
                      "06ddf80/7606332 (2025-05-22), only reformatted in 9793df5 and deleted in b8c0656 (2026-01-27)."),
            "quote": (f"README: '| BS={bs} SL={sl} | ... | {table} |' (columns CUDNN_ATTENTION | EFFICIENT_ATTENTION | FLASH_ATTENTION, "
                      f"'(sec per iter)') ; CSV: 'FLASH_ATTENTION,{bs},{sl},{raw},BS={bs} SL={sl},...' ; README: 'Below are the result "
                      "of the benchmark running on a single B200 GPU or H200 GPU.' ; 'CUDA: 12.9 (from NGC container)' 'cuDNN: 9.9.0' "
                      "'PyTorch: 2.7.0 (from NGC container)' 'transformers: 4.35.0' ; 'the timing measured here involves the entire 16 "
                      "layers of the Llama model and each iteration includes a forward pass and a backward pass' ; script: "
                      "'dtype = torch.bfloat16', 'torch.set_default_dtype(dtype)', 'model = LlamaForCausalLM(config).to(device).train()', "
                      "'optimizer = torch.optim.SGD(model.parameters(), lr=1e-6)', 'warmup_iterations = 5', 'measure_iterations = 100', "
                      "'output = model.forward(inputs_embeds=inputs_embeds, attention_mask=attention_mask)', 'loss = loss_fct(output.logits"
                      ".view(-1, config.vocab_size), target.view(-1))', 'optimizer.zero_grad()', 'loss.backward()', 'optimizer.step()', "
                      "'data.append((backend_name, batch_size, seq_len, duration/measure_iterations))'"),
        },
        "confidence": "D",
        "model": LLAMA_MODEL,
        "hardware": {
            "device": HW[gpu]["device"],
            "count": 1, "per_node": 1,
            "intra_node": "single GPU (first CUDA device), no communication [D]",
            "inter_node": "none [D]",
            "software": ("nvcr.io/nvidia/pytorch:25.04-py3 (PyTorch 2.7.0, CUDA 12.9, cuDNN 9.9.0) [D]; HF transformers stated as 4.35.0 "
                         "[D] but the Dockerfile does 'pip install transformers' (latest at build time, 2025-05) and Llama-3.2 configs "
                         "need >= 4.43, so a 4.5x release is likely [S]"),
        },
        "config": {
            "precision": ("PURE bf16: torch.set_default_dtype(bfloat16), so weights, activations, gradients and logits are bf16; no "
                          "autocast, no fp32 master weights [D: script]; HF LlamaRMSNorm upcasts to fp32 internally [S: HF code]"),
            "seq_len": sl,
            "global_batch_sequences": bs,
            "micro_batch": bs,
            "tp": 1, "pp": 1, "cp": 1, "ep": 1, "dp": 1, "vpp": None,
            "zero_stage": 0, "fsdp": False,
            "recompute": "none (gradient checkpointing not enabled) [D: script]",
            "attention": ("HF transformers SDPA attention (torch.nn.functional.scaled_dot_product_attention) restricted with "
                          "sdpa_kernel(SDPBackend.FLASH_ATTENTION) = PyTorch's built-in FlashAttention-2 kernel [D]; causal via is_causal "
                          "(all-ones attention_mask is dropped by HF for SDPA) [S: the flash backend rejects explicit masks]; GQA 32/8; "
                          "no dropout (attention_dropout 0.0 in the Llama config) [S]"),
            "sequence_parallel": False,
        },
        "measured": [
            {"metric": "step_time_s", "value": round(t, 6),
             "unit": ("s per training iteration [D: CSV 'time' = wall time of 100 timed iterations / 100, after 5 warm-up iterations, "
                      "torch.cuda.synchronize() before start and after end]"),
             "flop_convention": None},
            {"metric": "tokens_per_second_per_gpu", "value": round(bs * sl / t, 1),
             "unit": f"tokens/s on the single GPU [S: derived = {bs} x {sl} / step_time]",
             "flop_convention": None},
        ],
        "notes": ("torch.compile: NOT used (plain eager model.forward) [D]. CUDA graphs: no [D]. Framework: raw PyTorch loop around "
                  "HF LlamaForCausalLM, single GPU, no DDP/FSDP/DeepSpeed [D]. Optimizer: torch.optim.SGD lr 1e-6, no momentum, no "
                  "weight decay -> trivially cheap update on bf16 params (default foreach implementation) [D/S]. Micro-batch "
                  f"{bs}, gradient accumulation 1, global batch {bs} x {sl} tokens [D]. Norm RMSNorm, MLP gated SwiGLU (HF eager "
                  "LlamaMLP: gate/up/down Linears + SiLU + mul as separate kernels) [S: HF code]. Iteration = forward from "
                  "inputs_embeds (random bf16 tensor: the token-embedding lookup is SKIPPED, but the tied 2048x128256 LM head "
                  "GEMM is done) + CrossEntropyLoss over bf16 logits of size B*S x 128256 outside the model + zero_grad + backward + "
                  "SGD step [D]. Same input tensors reused every iteration (no data loading) [D]. GPU SM clock locked "
                  f"at {HW[gpu]['clock']} with nvidia-smi -lgc (below boost clock) [D]. The README text says '50 iterations' but the "
                  "script at the same commit times 100 [D: discrepancy, the script is what produced the CSV]. The run order was "
                  "shape-major with backends CUDNN, EFFICIENT, FLASH, so this FLASH timing follows two other backends on the same "
                  "shape [D: script loop]. Selection: FLASH_ATTENTION column only (PyTorch's standard fused kernel), shapes "
                  "SL 1024 / 4096 / 16384 picked by rule to span the sequence lengths; the other 30 cells of the two tables "
                  "are not recorded."),
    })

with open(os.path.join(HERE, "training_cases_wave84.json"), "w") as fh:
    json.dump(rows, fh, indent=1)
    fh.write("\n")
print(len(rows), "rows;", "GPT params", P_GPT, "Llama params", P_LLAMA)
