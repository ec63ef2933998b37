// Serving validation against published measurements. Each case is its own test with its source
// and the prediction first recorded for it (before any change made because of it). Whether it is
// out of sample is computed: declared out of sample (no default or rule was chosen with it in
// view) and still predicted within 0.5% of that first prediction. The headline test prints the
// per-area out-of-sample count, mean and worst |error| (docs/validation.md, "Serving").
//
// Session 17: the catalog gained sliding-window and chunked local attention (gpt-oss, Gemma 2 /
// 3, Mistral 7B v0.1, Llama 4) and serve_case() prices it: local layers attend only to their window
// and keep only its KV pages (ServingParams::windowed_kv_pages, vLLM V1's hybrid KV cache
// manager). The rule blocks below that say the schema cannot express the window, and that full
// attention is priced on every layer, describe the model their cases were first predicted with;
// the cases whose predictions this moved are in sample by the 0.5% rule above.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <functional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mlsysim/mlsysim.hpp"

namespace mlsysim::solvers {
namespace {

enum class Area { throughput, latency, speedup };
enum class Sample { out_of_sample, in_sample };

struct ServingCase {
  std::string id;
  std::string what;
  std::string source;  ///< title, table or figure, URL
  Area area;
  double measured;
  std::string unit;
  double first_prediction;  ///< recorded when the case was first run; 0 if not recorded
  /// Declared: out of sample for every research case (S, R), in sample for V19 (in the repository
  /// while the engine was designed). The sample a case is counted in is `effective`.
  Sample sample;
  std::string note;
  std::function<double()> predict;
};

constexpr double kMeanBudget = 0.20;   // per area, out-of-sample mean |error|
constexpr double kWorstBudget = 0.40;  // any single out-of-sample case
constexpr double kMissSlack = 0.05;    // a known miss may not get worse than its first error + this

/// Out of sample while the model still gives the recorded first prediction; once a rule or default
/// changed with the case's result known moves its prediction (by more than the 4 significant
/// digits the first prediction was recorded with, 0.5%), it is in sample for good (the rule of
/// validation_test.cpp's sample_of).
Sample sample_of(double first, double now) {
  return first != 0 && std::abs(now / first - 1.0) <= 0.005 ? Sample::out_of_sample
                                                            : Sample::in_sample;
}

// ---- The client warm-up rule (session 60, landed in session 61 with the front end; written with
// every case known: each case it moves by more than 0.5% is in sample, sample_of).
// * Mechanism: vLLM's benchmark_serving.py / `vllm bench serve` (v0.4.3 until PR #30975 of
//   January 2026) and SGLang's bench_serving (v0.4.0, v0.4.5-v0.5.6 as read) send
//   input_requests[0] once before the run; with vLLM V1's default prefix caching, SGLang's radix
//   cache or TensorRT-LLM's KV reuse the first measured request then finds its prompt cached up
//   to its last whole page (docs/research/benchmark-client-warmup.md, the clients' and engines'
//   code at pinned commits). Expressed as SimulationOptions::primed_prompts.
// * Rows: those whose record states or clearly implies both conditions, read from the records
//   blind to the predictions (docs/research/benchmark-client-warmup-rows.md, "Yes without
//   caveat"), less the SGLang releases after v0.5.6 whose client was not read (that file's doubt
//   3). Rows with a caveat there (elided commands, date-inferred versions, data-parallel routing
//   that may send the warm-up to another replica's cache) and rows marked unknown are not primed.
// * Primed prompts: 1; UI01 10 (its harness runs a 10-prompt warm-up bench of the same seed-0
//   sample first). Rows priced by serve() rather than simulate() are not affected.
std::int64_t primed_by_client_warmup(std::string_view id) {
  static constexpr std::string_view kPrimed[] = {
      "R16",  "R17",  "R18",  "O05",  "O06",  "O07",  "O08",  "O13",  "O14",  "SE01", "SE03",
      "SE05", "SE07", "SE08", "SE09", "SE10", "SG01", "SG02", "SG03", "SG04", "SG06", "SG07",
      "SG08", "SG09", "SG10", "SG11", "SG12", "SG13", "SI03", "SI04", "SI09", "SK01", "SK02",
      "SK14", "SK15", "SN01", "SN02", "SN03", "SN04", "SN05", "SN06", "SN07", "SP14", "SP16",
      "SR01", "SR02", "SR03", "SR04", "SR05", "SR06", "SR10", "ST13", "ST14", "SV01", "SV04",
      "SX01", "SX02", "SX03", "SZ03", "TB41", "TB42", "TB43", "TB44", "TC01", "TC02", "TC03",
      "TC04", "TC05", "TC06", "TC07", "TC08", "TC09", "TC10", "TC11", "TC12", "TC13", "TC14",
      "TC15", "TC16", "TC17", "TC18", "TC19", "TC20", "TC21", "TC22", "TC23", "TC24", "TC25",
      "TC26", "TC27", "TC28", "TC29", "TC30", "TC31", "TC32", "TC33", "TC34", "TC35", "TC36",
      "TC37", "TC38", "TC39", "TC40", "TC41", "TC42", "TC43", "TC44", "TC45", "TC46", "TC47",
      "TC48", "TC49", "TC50", "TC51", "TC52", "TC53", "TC54", "TC55", "TC56", "TC57", "TC58",
      "TC59", "TC60", "TC61", "TC62", "TC63", "TC64", "TC65", "TC66", "TC67", "TD01", "TY01",
      "TZ01", "TZ02", "UI01"};
  std::string_view record = id;
  while (!record.empty() && std::islower(static_cast<unsigned char>(record.back()))) {
    record.remove_suffix(1);
  }
  if (record == "UI01") return 10;
  return std::find(std::begin(kPrimed), std::end(kPrimed), record) != std::end(kPrimed) ? 1 : 0;
}

// ---- The front end (ServingParams::front_end_*) ----------------------------------------------
// The library prices an OpenAI-compatible HTTP server and its client in front of the engine by
// default (docs/solvers.md "Front end"). A run whose client drives the engine in-process has no
// such front end. These are the records whose client (the "client" column of
// docs/research/benchmark-client-warmup-rows.md, written blind to the predictions, parenthesised
// remarks dropped) matches
//   trtllm-bench | mlperf loadgen | gptsessionbenchmark | gptmanagerbenchmark |
//   benchmark_latency | benchmark_throughput | static-batch | benchmarks/cpp |
//   benchmarks/python/benchmark.py | offline | llm.generate | nanoflow | optimum-benchmark |
//   optimum-neuron generate | bench_one_batch (not _server) | speed-benchmark |
//   neuron sdk benchmark | trt-llm 0.9.0 benchmark sweep | qserve_benchmark | simulator
// (case-insensitive; 651 records), and V19 (not in that file: TensorRT-LLM v0.5's own performance
// table, from its C++ benchmarks, as its static batches and first-token latencies say). Every
// other case, HTTP clients and clients not stated alike, keeps the default.
bool in_process_client(std::string_view id) {
  static constexpr std::string_view kInProcess[] = {
      "L01",   "L02",   "L03",   "L04",   "L05",   "L06",   "L07",   "L08",   "L09",   "L10",
      "L11",   "L12",   "L13",   "L14",   "L15",   "L16",   "L17",   "L18",   "L19",   "L20",
      "L21",   "L22",   "L23",   "L24",   "L25",   "L26",   "L27",   "L28",   "L29",   "L30",
      "L31",   "L32",   "L33",   "L34",   "P01",   "P02",   "P03",   "P04",   "P05",   "P06",
      "P07",   "P08",   "P09",   "P10",   "P11",   "P12",   "P16",   "P18",   "P19",   "P20",
      "P21",   "P22",   "P23",   "P24",   "P25",   "P26",   "P27",   "P28",   "P29",   "P30",
      "Q20",   "Q21",   "Q22",   "Q23",   "Q24",   "Q25",   "Q26",   "Q27",   "Q28",   "Q29",
      "Q30",   "R01",   "R02",   "R03",   "R04",   "R05",   "R06",   "R07",   "R08",   "R09",
      "R10",   "R11",   "R12",   "R13",   "R14",   "R15",   "R22",   "R23",   "R24",   "R25",
      "R26",   "R27",   "R28",   "R29",   "R30",   "R31",   "R32",   "R33",   "R34",   "R35",
      "R36",   "R37",   "S01",   "S02",   "S03",   "S04",   "S05",   "S06",   "S07",   "S08",
      "S09",   "S15",   "S16",   "S17",   "S18",   "S19",   "S20",   "S21",   "S22",   "S23",
      "S24",   "S25",   "S37",   "S41",   "S43",   "S44",   "S45",   "S48",   "SA09",  "SA10",
      "SA11",  "SC09",  "SC10",  "SC11",  "SC12",  "SC13",  "SC29",  "SC30",  "SC31",  "SC32",
      "SC33",  "SC34",  "SD11",  "SD12",  "SD13",  "SD14",  "SD15",  "SD16",  "SD17",  "SD18",
      "SE13",  "SE14",  "SE15",  "SE16",  "SE17",  "SE18",  "SE19",  "SE20",  "SG18",  "SH01",
      "SH02",  "SH03",  "SH04",  "SH05",  "SH06",  "SH07",  "SH08",  "SH17",  "SI10",  "SI11",
      "SI12",  "SJ01",  "SJ02",  "SJ03",  "SJ04",  "SJ05",  "SJ06",  "SJ07",  "SJ08",  "SJ09",
      "SJ13",  "SN08",  "SO04",  "SO05",  "SP06",  "SP07",  "SP08",  "SR07",  "SR13",  "SR14",
      "SR15",  "SS01",  "SS02",  "SS03",  "SS04",  "SS05",  "SS06",  "SS07",  "SS08",  "SS09",
      "SS10",  "ST01",  "ST02",  "ST03",  "ST04",  "ST05",  "ST06",  "ST07",  "ST08",  "ST09",
      "ST10",  "ST11",  "ST12",  "SU01",  "SU02",  "SU03",  "SU04",  "SU05",  "SU06",  "SU07",
      "SU08",  "SW06",  "TD02",  "TD03",  "TD04",  "TD05",  "TD06",  "TD07",  "TD08",  "TD09",
      "TD10",  "TD11",  "TD12",  "TD13",  "TD14",  "TD15",  "TD16",  "TD17",  "TD18",  "TD19",
      "TD20",  "TE01",  "TE02",  "TE03",  "TE04",  "TE05",  "TE06",  "TE07",  "TE08",  "TE09",
      "TE10",  "TE11",  "TE12",  "TE13",  "TE14",  "TE15",  "TE16",  "TE17",  "TE18",  "TE19",
      "TE20",  "TE21",  "TE22",  "TE23",  "TE24",  "TE25",  "TE26",  "TE27",  "TE28",  "TE29",
      "TE30",  "TE31",  "TF01",  "TF02",  "TF03",  "TF04",  "TF05",  "TF06",  "TF07",  "TF08",
      "TF09",  "TF10",  "TF11",  "TF12",  "TF13",  "TF14",  "TF15",  "TF16",  "TF17",  "TF18",
      "TF19",  "TF20",  "TF21",  "TF22",  "TF23",  "TF24",  "TF25",  "TF26",  "TF27",  "TF28",
      "TF29",  "TF30",  "TF31",  "TF32",  "TF33",  "TF34",  "TF35",  "TF36",  "TF37",  "TF38",
      "TF39",  "TF40",  "TF41",  "TF42",  "TF43",  "TF44",  "TF45",  "TF46",  "TF47",  "TF48",
      "TF49",  "TF50",  "TF51",  "TF52",  "TF53",  "TF54",  "TF55",  "TF56",  "TF57",  "TF58",
      "TF59",  "TF60",  "TF61",  "TF62",  "TF63",  "TF64",  "TF65",  "TF66",  "TF67",  "TF68",
      "TF69",  "TF70",  "TF71",  "TF72",  "TF73",  "TF74",  "TF75",  "TF76",  "TF77",  "TF78",
      "TF79",  "TF80",  "TF81",  "TF82",  "TF83",  "TG01",  "TG02",  "TG03",  "TG04",  "TG05",
      "TG06",  "TG07",  "TG08",  "TG09",  "TG10",  "TG11",  "TG12",  "TG13",  "TG14",  "TG15",
      "TG16",  "TG17",  "TG18",  "TG19",  "TG20",  "TG21",  "TG22",  "TG23",  "TG24",  "TG25",
      "TG26",  "TG27",  "TG28",  "TG29",  "TG30",  "TG31",  "TG32",  "TG33",  "TG34",  "TG35",
      "TG36",  "TG37",  "TG38",  "TG39",  "TG40",  "TG41",  "TG42",  "TG43",  "TG44",  "TG45",
      "TG46",  "TG47",  "TG48",  "TG49",  "TG50",  "TG51",  "TH01",  "TI01",  "TJ01",  "TJ02",
      "TJ03",  "TJ04",  "TJ05",  "TJ06",  "TJ07",  "TJ08",  "TJ09",  "TJ10",  "TJ11",  "TJ12",
      "TJ13",  "TJ14",  "TJ15",  "TJ16",  "TJ17",  "TJ18",  "TJ19",  "TJ20",  "TK01",  "TK02",
      "TK03",  "TK04",  "TK05",  "TK06",  "TK07",  "TK08",  "TK09",  "TL01",  "TL02",  "TL03",
      "TL04",  "TL05",  "TL06",  "TL07",  "TL08",  "TL09",  "TL10",  "TL11",  "TL12",  "TL13",
      "TL14",  "TN01",  "TN02",  "TN03",  "TN04",  "TN05",  "TN06",  "TS01",  "TS02",  "TS03",
      "TS04",  "TS05",  "TS06",  "TS07",  "TS08",  "TS09",  "TS10",  "TS100", "TS101", "TS102",
      "TS103", "TS104", "TS105", "TS106", "TS107", "TS108", "TS109", "TS11",  "TS110", "TS111",
      "TS112", "TS113", "TS114", "TS115", "TS116", "TS117", "TS118", "TS119", "TS12",  "TS13",
      "TS14",  "TS15",  "TS16",  "TS17",  "TS18",  "TS19",  "TS20",  "TS21",  "TS22",  "TS23",
      "TS24",  "TS25",  "TS26",  "TS27",  "TS28",  "TS29",  "TS30",  "TS31",  "TS32",  "TS33",
      "TS34",  "TS35",  "TS36",  "TS37",  "TS38",  "TS39",  "TS40",  "TS41",  "TS42",  "TS43",
      "TS44",  "TS45",  "TS46",  "TS47",  "TS48",  "TS49",  "TS50",  "TS51",  "TS52",  "TS53",
      "TS54",  "TS55",  "TS56",  "TS57",  "TS58",  "TS59",  "TS60",  "TS61",  "TS62",  "TS63",
      "TS64",  "TS65",  "TS66",  "TS67",  "TS68",  "TS69",  "TS70",  "TS71",  "TS72",  "TS73",
      "TS74",  "TS75",  "TS76",  "TS77",  "TS78",  "TS79",  "TS80",  "TS81",  "TS82",  "TS83",
      "TS84",  "TS85",  "TS86",  "TS87",  "TS88",  "TS89",  "TS90",  "TS91",  "TS92",  "TS93",
      "TS94",  "TS95",  "TS96",  "TS97",  "TS98",  "TS99",  "TT01",  "TT02",  "TT03",  "TT04",
      "TT05",  "TT06",  "TT07",  "TT08",  "UE01",  "UG01",  "UG02",  "UG03",  "UG04",  "UG05",
      "UG06",  "UG07",  "UG08",  "UG09",  "UG10",  "UG11",  "UG12",  "UG13",  "UG14",  "UG15",
      "UG16",  "UG17",  "UG18",  "UG19",  "UG20",  "UK01",  "UK02",  "UO01",  "UO02",  "UO03",
      "UO04",  "UO05",  "UO06",  "UO07",  "UO08",  "UO09",  "UO10",  "UO11",  "UO12",  "V19",
      "Z01",   "Z02",   "Z03",   "Z04",   "Z05",   "Z06",   "Z07",   "Z08",   "Z09",   "Z10",
      "Z11",   "Z12",   "Z13",   "Z14",   "Z15",   "Z16",   "Z17",   "Z18",   "Z19",   "Z20",
      "Z21",   "Z22",   "Z23",   "Z24",   "Z25",   "Z26",   "Z27",   "Z28",   "Z29",   "Z30",
      "Z31",   "Z32",
  };
  std::string_view record = id;
  while (!record.empty() && std::islower(static_cast<unsigned char>(record.back()))) {
    record.remove_suffix(1);
  }
  return std::binary_search(std::begin(kInProcess), std::end(kInProcess), record);
}

// ---- vLLM V1's synchronous host time (ServingParams::host_time_*) ---------------------------
// vLLM's V1 engine, the default from 0.8.0, scheduled synchronously until v0.14.0 made
// --async-scheduling the default (merged 2025-12-29): the GPU waits each step while the host
// schedules, prepares the inputs and reads the sampled tokens. The session-62 rule prices that
// wait at 1.0 ms per iteration + 15 us per running sequence (docs/solvers.md "Host time per
// iteration": vLLM #25872's batch-1 step and GPUStack's gpt-oss-20b sync / async pair on one
// A100, vLLM v0.11.0). It applies to every case whose description names vLLM 0.8-0.13, or a vLLM
// main snapshot dated 2025, and does not say async scheduling or V0, whose rule sets no host time
// of its own, and to two whose records date a V1 release the description does not name: SN01
// (rocm/vllm:latest of August 2025, wave 16) and ST11 (vLLM pull request #12655's V1 of January
// 2025, wave 22). Cases whose records name no release (the other vLLM V1 ROCm recipes,
// optimum-neuron vLLM, vLLM-TPU, vLLM CI's benchmark_latency builds) keep none.
bool vllm_v1_synchronous(std::string_view id, std::string_view what) {
  static const std::regex release(
      R"(vLLM (0\.(8|9|10|11|12|13)(\.[0-9]+)*\b|(V1 \()?main (of |\()?2025-))");
  if (id.starts_with("SN01") || id == "ST11") return true;
  const std::string s(what);
  return std::regex_search(s, release) && s.find("async") == std::string::npos &&
         s.find("V0") == std::string::npos;
}

// ---- SGLang's MLA prefill form (ServingParams::mla_prefill) -----------------------------------
// SGLang picks the attention form of a DeepSeek (MLA) extend batch by backend (session 62,
// docs/research/sglang-mla-prefill-forms.md, from SGLang's deepseek_v2.py and model_runner.py):
// its MLA default to v0.4.5 is the triton backend, which runs a batch with a cached prefix in the
// absorbed form (absorbed_with_prefix); from v0.4.5.post1 (#5210) the default on Hopper is fa3,
// which runs a batch absorbed below 8,192 prefix tokens and over chunked prefix KV above
// (absorbed_below_8192). The rule applies to MLA models in cases whose description names SGLang
// 0.4.4-0.4.5 (triton) or 0.4.5.post1-post3 on an H100 / H200 / H20 / H800 (fa3), or "triton
// attention"; other SGLang releases were not read and keep the standard form.
MlaPrefill sglang_mla_prefill(std::string_view what) {
  const std::string s(what);
  static const std::regex fa3(R"(SGLang 0\.4\.5\.post[123]\b)");
  static const std::regex triton(R"(SGLang 0\.4\.4\b|SGLang 0\.4\.5\b(?!\.post))");
  static const std::regex hopper(R"(x(H100|H200|H20|H800)\b)");
  if (std::regex_search(s, fa3) && std::regex_search(s, hopper)) {
    return MlaPrefill::absorbed_below_8192;
  }
  if (std::regex_search(s, triton) || s.find("SGLang (triton attention)") != std::string::npos) {
    return MlaPrefill::absorbed_with_prefix;
  }
  return MlaPrefill::standard;
}

/// Whether the case being predicted ran in-process, its primed prompts, whether its engine is
/// vLLM V1 scheduling synchronously and SGLang's MLA prefill form for it (set around each case's
/// predict(), cases()).
thread_local bool g_in_process = false;
thread_local std::int64_t g_primed = 0;
thread_local bool g_v1_synchronous = false;
thread_local MlaPrefill g_mla_prefill = MlaPrefill::standard;

/// The options as the case ran them: without the front end for an in-process client, with V1's
/// synchronous host time where its rule sets none and, for an MLA model, SGLang's prefill form.
ServingOptions as_run(const Workload& m, ServingOptions o) {
  if (g_mla_prefill != MlaPrefill::standard && m.kv_lora_rank &&
      o.params.mla_prefill == MlaPrefill::standard) {
    o.params.mla_prefill = g_mla_prefill;
  }
  if (g_in_process) o.params.clear_front_end();
  if (g_v1_synchronous && o.params.host_time_per_iteration.value() == 0 &&
      o.params.host_time_per_sequence.value() == 0) {
    o.params.use_host_time(engine_host_time("vllm-v1-sync"));  // 1.0 ms + 15 us per sequence
  }
  return o;
}

/// Every harness prediction goes through these two (serve() and simulate() as the case ran).
ServingResult serve_case(const Workload& m, const HardwareNode& hw, const ServingOptions& o) {
  return serve(m, hw, as_run(m, o));
}
/// simulate() also primes the case's first prompts (the client warm-up rule), at most its request
/// count.
SimulationResult simulate_case(const Workload& m, const HardwareNode& hw, const ServingOptions& o,
                               SimulationOptions s) {
  const std::int64_t total =
      s.trace.empty() ? s.requests : static_cast<std::int64_t>(s.trace.size());
  s.primed_prompts = std::max(s.primed_prompts, std::min(g_primed, total));
  return simulate(m, hw, as_run(m, o), s);
}

// ---- V19: TensorRT-LLM on A100 80GB, LLaMA-7B FP16, TP 1 -----------------------------------
// Source: TensorRT-LLM performance table quoted in LLM-Viewer issue #4
// (https://github.com/hahnyuan/LLM-Viewer/issues/4), copied from the TensorRT-LLM docs
// (docs/source/performance.md, v0.5, "A100 ... LLaMA 7B ... FP16"). LLaMA-1 7B has the shape of
// the catalog's Llama2_7B (32 layers, 4096 hidden, 32 heads, 11008 FFN, 32000 vocab).
// These cases were in the repository while the serving engine was designed (the 128-token TTFT
// miss motivated the launch-overhead mechanism), so they are reported in sample.
constexpr const char* kV19Source =
    "TensorRT-LLM v0.5 performance table (A100, LLaMA 7B FP16), as quoted in LLM-Viewer issue "
    "#4, https://github.com/hahnyuan/LLM-Viewer/issues/4";

ServingOptions v19_options() {
  ServingOptions o;
  o.precision = {Precision::fp16, Precision::fp16, Precision::fp16, Precision::fp16};
  // gptSessionBenchmark runs a static batch: prefill all, then decode all.
  o.batching = Batching::static_batch;
  return o;
}

double v19_throughput(std::int64_t batch, std::int64_t in, std::int64_t out) {
  ServingOptions o = v19_options();
  o.batch = batch;
  o.input_tokens = in;
  o.output_tokens = out;
  return serve_case(Models::Language::Llama2_7B, Hardware::Cloud::A100, o)
      .output_throughput.in("tokens/s");
}

double v19_ttft(std::int64_t in) {
  ServingOptions o = v19_options();
  o.input_tokens = in;
  o.output_tokens = 1;
  return serve_case(Models::Language::Llama2_7B, Hardware::Cloud::A100, o).ttft.in("ms");
}

// ---- The session-10 closed-loop rule (replaces serve_case()'s steady state for closed loops).
// Written after waves 1-10 were known, so every case it moves is in sample (sample_of).
// * Mechanism: a benchmark client at max concurrency N starts N requests at once and sends each
//   next prompt when one completes. With fixed lengths, the first wave's prompts queue behind each
//   other (request i of the wave waits for the prompt chunks ahead of it), and later waves arrive
//   in the groups in which the earlier ones finished. The mean TTFT the sources print averages
//   that queue over their prompt count. serve_case()'s steady state spreads every prompt evenly
//   over the decode steps, which has no queue, so closed-loop TTFT at N >= 25 was 40-99% short in
//   wave 10.
// * Rule: every closed-loop row (vllm bench serve / benchmark_serving, sglang.bench_serving,
//   genai-perf, trtllm-bench at a concurrency, ATOM and vLLM-TPU recipes) is the request-level
//   simulator: SimulationOptions::concurrency = N, requests = the source's prompt count, the
//   row's fixed lengths, and the engine options of the row's own rule (loop_sim). Compared: mean
//   TTFT = ttft.mean, mean TPOT / ITL = tpot.mean, output tokens/s = output_throughput (first
//   arrival to last completion). Rows with uniform lengths (the O and InferenceX rules) were
//   already simulated this way.
// * Prompt counts: as printed (Q16/Q17 150, Z36-Z50 3 x N, O09/O10/O15/SB18 128, SC01-SC08
//   50 at N = 1 else 5 x N, SD01/SD02 3000, SD03-SD08 4 x N, S37 5120, S38 114688); unprinted with
//   vllm benchmark_serving (J23-J25) or vllm bench serve (Q18) = the tool's default 1000.
//   genai-perf rows without a request count (S35/S36, SC21-SC28) report steady-state measurement
//   windows: the first wave of N is a warm-up (SimulationOptions::warmup) and 10 x N requests are
//   measured (the count is an assumption, stated; at N = 1 it does not matter).

// ---- Research cases S01-S38 (tests/validation/serving_cases.json and .md, collected
// 2026-11-29 from primary sources; each case below names its source). Mapping rules, fixed before
// any prediction was computed and applied to every case alike:
// * TensorRT-LLM (trtllm-bench, trtllm-serve, NIM): continuous batching with the engine's own
//   limits: max batch 2048 (TensorRT-LLM's default max_batch_size), 8192 tokens per iteration
//   (its default max_num_tokens), KV cache allowed 0.95 of free memory (runtime_reserve 0.05,
//   as the source notes for trtllm-bench).
// * FP8 / FP4 weights compute at that precision with an FP8 KV cache (the TensorRT-LLM doc: "If
//   you specify FP8 quantization, the KV cache will automatically be set to FP8 as well"); BF16
//   runs BF16 throughout.
// * Offline "all requests queued" throughput: every replica (devices / tp) runs the largest batch
//   that fits (`max_concurrent`), continuous batching steady state.
// * Online rows at a request rate: the request-level simulator, 500 Poisson requests of the
//   fixed lengths, mean TTFT and mean TPOT (the sources' mean inter-token latency).
// * Closed-loop concurrency N: the steady state of serve_case() at batch min(N, max_concurrent).
//   Superseded for every wave by the session-10 closed-loop rule below.
// * DeepSeek-R1 with expert parallelism runs MoeServing::expert_parallel on the TP group
//   (attention data parallelism is not modelled).
struct Setup {
  const Workload* model;
  const HardwareNode* hw;
  std::int64_t devices, tp;
  Precision precision;  ///< weights and compute
  std::int64_t in, out;
  bool expert_parallel = false;
  bool attention_dp = false;  ///< wave 32: TensorRT-LLM's "DEP" columns
};

ServingOptions trtllm(const Setup& s) {
  ServingOptions o;
  o.tp = s.tp;
  const bool narrow = s.precision == Precision::fp8 || s.precision == Precision::fp4;
  o.precision = {s.precision, Precision::bf16, narrow ? Precision::fp8 : Precision::bf16,
                 s.precision};
  o.input_tokens = s.in;
  o.output_tokens = s.out;
  o.params.max_num_seqs = 2048;
  o.params.max_batched_tokens = 8192;
  o.params.runtime_reserve = 0.05;
  o.moe.expert_parallel = s.expert_parallel;
  o.moe.attention_data_parallel = s.attention_dp;
  return o;
}

/// Output tokens/s of all replicas of `o`, each at the largest batch that fits (the S offline
/// rule). Shared by every offline TensorRT-LLM rule, which differ only in the engine's limits.
double largest_batch_throughput(const Setup& s, ServingOptions o) {
  o.batch = std::max<std::int64_t>(1, serve_case(*s.model, *s.hw, o).max_concurrent);
  const double replicas = static_cast<double>(s.devices / s.tp);
  return serve_case(*s.model, *s.hw, o).output_throughput.in("tokens/s") * replicas;
}

/// Output tokens/s of all replicas at their largest batch.
double offline_throughput(const Setup& s) { return largest_batch_throughput(s, trtllm(s)); }

SimulationResult online(const Setup& s, double qps) {
  SimulationOptions sim;
  sim.qps = qps;
  sim.requests = 500;
  sim.input = {LengthKind::fixed, static_cast<double>(s.in)};
  sim.output = {LengthKind::fixed, static_cast<double>(s.out)};
  sim.replicas = s.devices / s.tp;
  return simulate_case(*s.model, *s.hw, trtllm(s), sim);
}

/// A closed-loop benchmark run (the session-10 closed-loop rule below): `prompts` requests in
/// all, of which the first `warmup` are not measured.
struct Loop {
  std::int64_t prompts;
  std::int64_t warmup = 0;
};
/// genai-perf with no request count printed: the first wave of N is its warm-up, then 10 x N
/// measured requests (an assumption: the runs report steady-state measurement windows).
Loop genai_perf(std::int64_t concurrency) { return {11 * concurrency, concurrency}; }

/// What a closed-loop benchmark reports: means over its measured requests, and output tokens/s.
struct LoopResult {
  Quantity ttft, tpot, output_throughput;
};

/// The session-10 closed-loop rule: the deployment of `sim` (one replica of `o` unless a source
/// serves several, or disaggregated pools) under a closed loop of `concurrency` clients at o's
/// fixed lengths (SimulationOptions::concurrency), the source's prompt count and warm-up.
/// The whole simulation result, for a source that also reports what LoopResult leaves out (the
/// mean end-to-end latency of a non-streaming client).
SimulationResult loop_simulation(const Workload& m, const HardwareNode& hw, const ServingOptions& o,
                                 std::int64_t concurrency, Loop loop, SimulationOptions sim = {}) {
  sim.concurrency = concurrency;
  sim.requests = loop.prompts;
  sim.warmup = loop.warmup;
  sim.input = {LengthKind::fixed, static_cast<double>(o.input_tokens)};
  sim.output = {LengthKind::fixed, static_cast<double>(o.output_tokens)};
  return simulate_case(m, hw, o, sim);
}
LoopResult loop_sim(const Workload& m, const HardwareNode& hw, const ServingOptions& o,
                    std::int64_t concurrency, Loop loop, SimulationOptions sim = {}) {
  const SimulationResult r = loop_simulation(m, hw, o, concurrency, loop, std::move(sim));
  return {r.ttft.mean, r.tpot.mean, r.output_throughput};
}

LoopResult closed_loop(const Setup& s, std::int64_t concurrency, Loop loop) {
  ServingOptions o = trtllm(s);
  o.params.max_num_seqs = std::max<std::int64_t>(o.params.max_num_seqs, concurrency);
  return loop_sim(*s.model, *s.hw, o, concurrency, loop);
}

const Workload& L31_8B = Models::Language::Llama3_1_8B;
const Workload& L31_70B = Models::Language::Llama3_1_70B;
const Workload& L31_405B = Models::Language::Llama3_405B;
const Workload& MIX7 = Models::Language::Mixtral_8x7B;
const Workload& MIX22 = Models::Language::Mixtral_8x22B;
const Workload& DSR1 = Models::Language::DeepSeek_R1;
const HardwareNode& H100 = Hardware::Cloud::H100;
const HardwareNode& H200 = Hardware::Cloud::H200;
const HardwareNode& A100 = Hardware::Cloud::A100;
const HardwareNode& B200 = Hardware::Cloud::B200;

constexpr const char* kTrt017 =
    "NVIDIA, TensorRT-LLM Performance Overview (v0.17 data), Throughput Measurements table, "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/258c7540c03517def55d9a5aadfa9288af474e1b/docs/"
    "source/performance/perf-overview.md";
constexpr const char* kTrtOnline =
    "NVIDIA, TensorRT-LLM Performance Overview, Online Serving Measurements table, "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/258c7540c03517def55d9a5aadfa9288af474e1b/docs/"
    "source/performance/perf-overview.md";
constexpr const char* kTrtNew =
    "NVIDIA, TensorRT-LLM Performance Overview (developer-guide/perf-overview.md), "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/03e27c7d5ff0c6e89f8328838c0a8e64f1b34f9d/docs/"
    "source/developer-guide/perf-overview.md";
constexpr const char* kNim =
    "NVIDIA NIM LLMs Benchmarking, Llama-3.3-70b-instruct 1.8.0, 2 x H100 80G fp8 TP2, 5000/500, "
    "https://docs.nvidia.com/nim/benchmarking/llm/1.0.0/performance.md";
constexpr const char* kR1Blog =
    "NVIDIA, How to get best performance on DeepSeek-R1 in TensorRT LLM, "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/01c4ece911eb569e72cf4177f83238a0520641c2/docs/"
    "source/blogs/Best_perf_practice_on_DeepSeek-R1_in_TensorRT-LLM.md";

constexpr const char* kMtpBlog =
    "NVIDIA, Pushing Latency Boundaries: Optimizing DeepSeek-R1 Performance on NVIDIA B200 GPUs, "
    "'Autoregressive MTP Layers' table, https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "01c4ece911eb569e72cf4177f83238a0520641c2/docs/source/blogs/tech_blog/"
    "blog1_Pushing_Latency_Boundaries_Optimizing_DeepSeek-R1_Performance_on_NVIDIA_B200_GPUs.md";

/// Per-token acceptance a whose mean accepted length (1 - a^(k+1)) / (1 - a) is `length`
/// (bisection; the source publishes the mean length, the engine takes a).
double acceptance_for(double length, std::int64_t k) {
  double lo = 1e-6, hi = 1 - 1e-9;
  for (int i = 0; i < 200; ++i) {
    const double mid = (lo + hi) / 2;
    const double l = (1 - std::pow(mid, static_cast<double>(k + 1))) / (1 - mid);
    (l < length ? lo : hi) = mid;
  }
  return (lo + hi) / 2;
}

/// MTP self-speculation speedup of tokens/s per user at batch 1 over the same replica without it
/// (rule: MTP is self-speculation at the default draft cost; acceptance from the mean length).
double mtp_speedup(std::int64_t k, double mean_length) {
  ServingOptions o = trtllm({&Models::Language::DeepSeek_R1, &Hardware::Cloud::B200, 8, 8,
                             Precision::fp4, 1024, 2048, true});
  o.batch = 1;
  o.speculation = Speculation{k, acceptance_for(mean_length, k), nullptr, 0.05};
  return compare_speculation(Models::Language::DeepSeek_R1, Hardware::Cloud::B200, o).tpot_speedup;
}

// ---- Wave 2: research cases R01-R37 (tests/validation/serving_cases_wave2.json and .md),
// collected blind on 2026-11-29 after commit 2f9ffc0. These mapping rules were written before any
// wave-2 prediction was computed and apply to every wave-2 case alike; the S rules above still
// hold where a rule below does not replace them.
// * Engine by framework, each with its published defaults or the flags the source printed:
//   - TensorRT-LLM blog tables of v0.5 / v0.7a (R01-R06: "Batch Size" column, fixed lengths, the
//     gptSessionBenchmark of that era): Batching::static_batch at the published batch (as V19),
//     the S rule's TensorRT-LLM limits (max batch 2048, reserve 0.05) and its precision rule (FP8
//     weights compute in FP8 with an FP8 KV cache; the 13B rows at batch 1024 and 128 cannot hold
//     a BF16 cache in 141 GB, which is consistent with it). Rows of the same tables quoted in
//     the case notes with their batch are added by the same rule: R04b (BS 32, 2048/128) and R06b
//     (BS 960, 128/128, first row of R05/R06's table).
//   - TensorRT-LLM PyTorch backend (R21): continuous batching with the S rule's limits and
//     precision rule.
//   - LMDeploy TurboMind v0.1.0a1 static inference benchmark (R23-R27): Batching::static_batch at
//     the published batch, FP16 weights, activations, KV cache and compute; max_num_seqs = the
//     batch.
//   - SGLang (R16, R18: DeepSeek-V3 on MI300X; R32-R36: Qwen3 on H20): continuous batching;
//     runtime_reserve = 1 - mem_fraction_static (0.85 printed by both sources -> 0.15); the token
//     budget is the printed --chunked-prefill-size (131072 for R16/R18), else SGLang's default
//     chunked_prefill_size 8192; no fixed cap on running requests (SGLang sizes
//     max_running_requests from the KV pool), so max_num_seqs = the concurrency; KV cache at the
//     model dtype BF16 (SGLang's --kv-cache-dtype default "auto"); FP8 checkpoints (Qwen3-*-FP8,
//     DeepSeek-V3's native block-FP8) compute in FP8; experts split tensor-parallel (no
//     --enable-ep-moe printed).
//     Session-21 rule (written with every serving result of waves 1-26 known, so every SGLang
//     case it moves is in sample by the computed rule): every SGLang and SGLang-JAX engine runs
//     prefill-first iterations (IterationSchedule::prefill_first: SGLang's default
//     Scheduler.get_next_batch_to_run, "Run prefill first if possible"), except where a source
//     prints --enable-mixed-chunk (R32-R36: enable_mixed_chunk=True, mixed iterations).
//     Session-22 rule (written with every serving result of waves 1-30 known, so every case it
//     moves is in sample by the computed rule): each engine's simulated requests hold KV pages
//     by the engine's own policy (ServingParams::kv_admission, docs/solvers.md "KV admission"):
//     every SGLang and SGLang-JAX engine estimated_output (SGLang's new_token_ratio admission
//     and retract_decode), every vLLM engine (V0 and V1, ROCm, TPU, Gaudi's vllm-fork, llm-d)
//     on_demand (pages as tokens come, the newest request preempted and recomputed);
//     TensorRT-LLM keeps reserve_output (GUARANTEED_NO_EVICT, its default), and so do engines
//     whose policy no source here states (Neuron, ATOM, LMDeploy) and every disaggregated pool.
//     serve_case()'s steady-state rows are not affected.
//   - vLLM 0.6 ROCm fork benchmark_throughput.py (R37): continuous batching, vLLM's default
//     max_num_seqs 256, the printed --max-num-batched-tokens 65536, --gpu-memory-utilization 0.99
//     -> reserve 0.01, --quantization fp8 -> FP8 weights and compute, --kv-cache-dtype fp8.
// * Static-batch rows are predicted at the published batch even where serve_case() says the batch
// does
//   not fit (the source ran it); output tokens/s = serve_case().output_throughput, TTFT (LMDeploy
//   "FTL ave") = serve_case().ttft (the whole batch's prefill). LMDeploy's per-token latency
//   percentiles (printed to 10 ms resolution: one or two significant digits) carry the throughput
//   column's information at fixed lengths and are not used.
// * "Tokens/s per GPU" at TP1 on one GPU is the replica's output tokens/s.
// * Area: TTFT, end-to-end latency and the tokens/s of a single stream at batch 1 are latency;
//   tokens/s of a batch > 1 is throughput; a ratio with/without speculation is speedup.
// * Qwen speed benchmark rows (R32-R36: batch 1, one request, speed = (prompt + generated tokens)
//   / time, 2048 generated): (input + 2048) / serve_case().request_latency at batch 1. The FP8 rows
//   of the same tables quoted in the case notes are added as "b"/"d" cases by the same rule, and
//   the R36 rows at input 30720 as "c"/"d".
// * Closed-loop rows labelled by max concurrency N (R16: N = 1, R18: N = 64, end-to-end latency
//   per request): the S rule, serve_case() at batch min(N, max_concurrent), request_latency.
//   SGLang's "random" dataset without --random-range-ratio draws lengths uniformly on [1, L] (the
//   default ratio 0.0 in python/sglang/bench_serving.py); the rows are run at the mean lengths
//   512 / 512 (a batch-1 request's latency is linear in its output length). The client command
//   printed with the table also carries --request-rate 1; the rule does not use it (the table is
//   labelled by concurrency).
// * Offline rows without a batch (R37): every replica runs the largest batch that fits (S rule)
//   under the engine's limits above. R37's table prints no unit; a row is used only where the two
//   readings (output tokens/s, or prompt + output tokens/s as vLLM 0.6's script printed) differ by
//   less than 10%: only 128/2048 (2459.8 vs 2315 output tokens/s); it is compared as output
//   tokens/s, the collector's reading.
// * Speculative decoding with a published mean accepted length AL (R21: N-gram, AL 1.66 on the
//   second turn for both k=3,v=5 and k=5,v=3): self-speculation at the default draft cost
//   (Speculation::self_draft_cost), draft length = max_draft_len v, acceptance from AL by
//   acceptance_for(); the source's "E2E runtime speed-up" of a fixed request set at batch b is
//   compare_speculation(...).throughput_gain at batch b. Lengths are not published (Magpie
//   conversations), so the engine defaults (512 in, 128 out) are used. R21a/b/c are the three
//   published batch sizes (1 and 4 with v=5, 32 with v=3). A speedup without a
//   published acceptance (R17, R18 with MTP, R22) is not expressible.
// * MLPerf rows (R09-R15, R29-R31) are skipped: the case file gives neither the mean input length
//   nor the length distribution (only the mean output length), and most give no parallelism.
//
// Not expressible (also in docs/validation.md, "Serving"):
//   R07, R08 (GPT-J 6B): the model is not in the catalog.
//   R09-R15, R29-R31 (MLPerf v5.0): input-length distribution not in the case file; R11, R15
//     also no precision, R12-R15, R29-R31 no parallelism.
//   R17 and R18's MTP column (DeepSeek-V3 MTP on MI300X), R22 (DeepSeek-R1 MTP speedup 2.16 on
//     B200): acceptance rate / length not published (R22's only in a figure; R22 is probably the
//     experiment behind S29b).
//   R19, R20 (SGLang GB200 NVL72, PD-disaggregated EP48): output length and the per-rank batch
//     are not published (when written, GB200 was also in the catalog only as a whole rack; a
//     per-GPU `Hardware.Cloud.GB200` exists since the wave-3 catalog additions).
//   R28 (LMDeploy request throughput on ShareGPT): only mean lengths derivable, no distribution.
//   R30 (MLPerf GB200 NVL72 405B): as R09-R15 (no input-length distribution).
//   R06 (Llama 2 70B, 128 + 4096 tokens): longer than the model's 4096-token context, which
//     serve_case() enforces (the source's engine was built with a longer maximum sequence); found
//     when the case list was first built, before any wave-2 prediction was printed.
//   R37's 128/128, 2048/128 and 2048/2048 rows: unit ambiguous (readings differ by 2x-17x).
//
// ---- Wave 3: research cases Q01-Q35 (tests/validation/serving_cases_wave3.json and .md),
// collected blind on 2026-11-29 after commit d8ea093 (skinny-tile GEMM model). These mapping rules
// were written before any wave-3 prediction was computed and apply to every wave-3 case alike;
// the S and R rules above still hold where a rule below does not replace them.
// * Intel Gaudi model-performance tables (Q01-Q13; SynapseAI 1.18, fixed input/output lengths,
//   "Batch Size" and "Throughput (tokens/sec)" columns): the page describes fixed-length
//   synthetic prompts run at a stated batch (optimum-habana text generation, which pads and
//   generates the whole batch together), so the rule is the R01-R06 static-batch rule:
//   Batching::static_batch at the published batch, max_num_seqs = the batch, predicted even where
//   serve_case() says the batch does not fit; "# HPU" = tensor parallel degree of one replica
//   (collector's assumption); FP8 rows compute in FP8 with FP8 weights and an FP8 KV cache (the S
//   precision rule; the collector notes INC FP8 recipes quantize the KV cache); throughput =
//   serve_case().output_throughput (generated tokens/s, collector's reading of the page). Other
//   engine parameters are serve_case()'s defaults. Rows of the same tables quoted in a case with
//   their batch are added as "b" cases by the same rule: Q01b, Q03b, Q05b, Q10b, Q11b (128/128
//   rows). Catalog: Gaudi3 (HL-325L, 128 GiB), Gaudi2 (HL-225H, 96 GiB), Mistral_7B, Llama2_7B/70B,
//   Llama3_1_8B/70B.
// * vLLM blog rows (Q16, Q17: Llama 3.1 8B, 1xH100, closed loop concurrency 8, 150 requests,
//   ~20k in / ~2k out +-15% uniform): serve_case()'s vLLM V1 defaults (gpu_memory_utilization 0.9
//   -> reserve 0.10, max_num_batched_tokens 8192, block 16), max_num_seqs = max(256, concurrency);
//   BF16 weights and compute (collector's assumption: the BF16 meta-llama checkpoint), KV cache
//   BF16 ("auto") or FP8 where the row says FP8 KV. Closed loop at concurrency N: the S rule,
//   serve_case() at batch min(N, max_concurrent), continuous batching, at the mean lengths 20000 /
//   2000. Median TTFT = serve_case().ttft, median ITL = serve_case().tpot, benchmark output tok/s =
//   serve_case().output_throughput (throughput area, batch > 1). H100 = the SXM entry (collector).
// * vLLM blog B200 ITL fit (Q18: concurrency 1, 128 output tokens, inputs swept 256..125k, a
//   published linear fit ITL = intercept + slope x input): the fit is evaluated at the two ends
//   of the sweep, 256 and 125000 input tokens, and compared with serve_case().tpot at batch 1,
//   output 128, same vLLM defaults, BF16 weights; Q18a/b BF16 KV, Q18c/d FP8 KV (a: 256, b: 125000
//   for BF16; c: 256, d: 125000 for FP8).
// * TensorRT-LLM XQA blog (Q19, v0.8, Llama-70B = Llama2_70B on 1xH200, 128/2048): the source's
//   out_tps = output_seqlen x batch_size / total_latency / tp is gptSessionBenchmark's static
//   batch, and no batch is published: Batching::static_batch at the largest batch that fits
//   (max_concurrent) under the S rule's TensorRT-LLM limits (max batch 2048, reserve 0.05) and
//   precision rule (FP8, collector's assumption, with FP8 KV). The with-XQA figure is compared;
//   the without-XQA figure isolates an attention kernel the model does not distinguish.
// * MLPerf rows (Q20-Q30) are skipped, as in wave 2: the case file gives the mean output length
//   only, no input-length distribution; Q26-Q30 give no parallelism or precision (assumed by the
//   collector), Q20/Q21 assume TP8.
// * AWS Neuron NxDI on trn2.48xlarge (Q31, Q33): TP64 over logical NeuronCores (LNC2) is 16
//   Trainium2 chips; the catalog's Trainium2 is a whole chip, so tp = 16 (chip count from the AWS
//   instance spec, collector's assumption). Batch 1 (--max-num-seqs 1, concurrency 1),
//   continuous batching, BF16 weights, compute and KV cache; token budget = the printed
//   --max-context-length 12288 (NxDI encodes a prompt in one context-encoding pass, as the
//   SGLang rule takes the printed chunk size); other parameters serve_case()'s defaults. Lengths:
//   10000 / 1501 (Q31, measured output) and 10000 / 1788 (Q33, the measured mean output; 1500
//   requested). p50 TTFT = serve_case().ttft, p50 TPOT = serve_case().tpot (latency area). The
//   per-request output tok/s at concurrency 1 is out / (TTFT + out x TPOT) and carries no further
//   information: not used. Llama 3.3 70B = Llama3_1_70B (S rule), Llama 3.1 405B = Llama3_405B.
//
// Not expressible (wave 3; also in docs/validation.md, "Serving"):
//   Q19 (TensorRT-LLM's XQA blog, H200 table): R05's measurement (2,941 tokens/s per H200 for
//     Llama 2 70B FP8 at 128/2048), which NVIDIA's Falcon-180B blog printed first; counted once,
//     as R05 (found in session 15 by comparing every pair of records' measured values).
//   Q14, Q15 (Gaudi 2 "Low Latency" table): "Latency (ms)" is not defined (first token, per
//     token or end to end) and no output length is given.
//   Q20-Q30 (MLPerf v4.0 / v5.1): input-length distribution not in the case file; Q26-Q30 no
//     parallelism and precision (assumed), Q20/Q21 parallelism assumed.
//   Q32, Q34 (NxDI fused speculation with a Llama 3.2 1B draft, k = 7): acceptance rate / length
//     not published (the R17/R22 rule); Q34 also quantizes only the MLP weights to FP8.
//   Q35 (SGLang GB200 NVL72 PD-disaggregated, EP48 decode): the per-GPU decode batch and output
//     length not published, attention data-parallel (as
//     R19/R20).
//
// ---- Wave 4: research cases P01-P30 (tests/validation/serving_cases_wave4.json and .md),
// collected blind on 2026-11-29; the first-prediction model of every P case is commit f70900b
// (no serving change since d8ea093 / 046d381). These mapping rules were written before any
// wave-4 prediction was computed and apply to every wave-4 case alike; the S, R and Q rules above
// still hold where a rule below does not replace them.
// * vLLM on 8xMI300X (P08-P12, Oracle OCI blog, Llama 3.1 405B FP8, "a single instance" on all
//   eight GPUs -> TP8, collector's assumption; vLLM ROCm of October 2024, flags not printed):
//   vLLM's defaults of that era: max_num_seqs 256, gpu_memory_utilization 0.9 -> reserve 0.10,
//   chunked prefill off in the benchmark scripts (their --enable-chunked-prefill defaults to
//   false) so the token budget is max(max_model_len, 2048) = 131072 (Llama 3.1's context); FP8
//   weights and compute, KV cache at the model dtype BF16 (--kv-cache-dtype "auto"; the source does
//   not set it). benchmark_latency.py rows (P08-P10: one batch of b prompts, 128 in / 128 out,
//   all issued together, identical lengths, run to completion): Batching::static_batch at the
//   published batch, max_num_seqs = max(256, b); "average latency" = serve_case().request_latency
//   (latency area). Their TPS column is batch x 128 / latency and is not used.
//   benchmark_throughput.py rows (P11, P12: all prompts queued, no batch published): the S offline
//   rule, the largest batch that fits (max_concurrent) under these limits, continuous batching,
//   output tokens/s.
// * TensorRT-LLM quantization blog (P13, P14: Llama 2 7B, 1xH100, 1024/128, batch 1 and 8, the
//   ratio of end-to-end inference speed FP8 / FP16): gptSessionBenchmark-era static batch (the
//   R01-R06 rule) at the published batch with the S TensorRT-LLM limits; the FP16 run is FP16
//   weights, activations, KV cache and compute (as V19), the FP8 run the S precision rule (FP8
//   weights and compute, FP8 KV cache). Ratio = serve_case().request_latency FP16 / FP8. A ratio is
//   in the speedup area (the headline's "speedup" line now holds speculative and precision ratios).
// * SGLang speculative-decoding doc (P15): not expressible (below).
// * TensorRT-LLM DeepSeek-R1 throughput blog (P17, 8xB200, FP4, 1K/2K, "approximately 4600"
//   TPS/GPU, batch not published): the S offline rule and the S DeepSeek-R1 rule
//   (MoeServing::expert_parallel on the TP8 group; the source's attention data parallelism is not
//   used, as S37/S38), FP4 weights and compute with FP8 KV; output tokens/s per GPU = the group's
//   / 8 (the TensorRT-LLM convention for TPS/GPU, collector's reading).
// * AWS Neuron Transformers NeuronX decoder benchmark CSVs (P18-P21 on trn1.32xlarge, P22 on
//   inf2.48xlarge; batch 1, fixed lengths): "TP Degree" counts NeuronCores, two per chip, and the
//   catalog's Trainium1 / Inferentia2 are whole chips, so tp = 16 (trn1.32xlarge: 16 chips) and
//   tp = 12 (inf2.48xlarge: 12 chips), as the Q31 rule. Batch 1 (max_num_seqs 1), continuous
//   batching; token budget = the CSV's "Sequence Length" column (the compiled n_positions, input +
//   output: the prompt is encoded in one context pass, as the Q31 rule takes the printed maximum
//   context length); weights at the "Weight Storage Data Type" (bf16; int8 for P20 = Llama3_8B;
//   P22's CSV has no such column: the model data type FP16), compute BF16 ("Matmult-BF16"
//   autocast), KV cache BF16; other parameters serve_case()'s defaults. p50 TTFT =
//   serve_case().ttft (P18a- P21a), p50 TPOT = serve_case().tpot (P18b-P21b; the TPOT columns of
//   the same rows). The CSV's throughput column is not defined (P21: 49.6 tok/s against 1/TPOT =
//   101) and is not used. P22's only latency, "Latency per Token" p50, is compared with
//   serve_case().request_latency / output tokens (the mean time per generated token of the request;
//   the CSV's throughput x latency per token = 1.0); read as TPOT instead it would differ by TTFT /
//   256, under 1% for a prompt of 256. Mistral 7B Instruct v0.2 = Mistral_7B (the v0.1 entry: same
//   shapes; serve_case() models no sliding window, so the two versions are the same model to it).
//   Llama 3 8B = Llama3_8B. Session 17: the catalog's v0.1 entry now carries its 4096-token window,
//   which v0.2 does not have (sliding_window null in its config.json): v0.2 rows use mistral_v02(),
//   the entry without it, so their predictions do not move.
// * TensorRT-LLM docs/source/performance.md (P23-P28, v0.6.1 / v0.5 data; the predecessor page of
//   the perf-overview.md files of wave 1, and the page the in-sample V19 rows came from in its v0.5
//   version; kept by the integrator's decision): gptSessionBenchmark static batch (the R01-R06
//   rule) at the published batch, the S limits and precision rule (FP8 engines were built with
//   --enable_fp8 --fp8_kv_cache per the page's methodology; A100 FP16 throughout). "LLaMA 7B / 70B"
//   = Llama2_7B / Llama2_70B (the page's methodology). Throughput per GPU = the replica's output
//   tokens/s / tp; first-token latency (batch 1, output 1) = serve_case().ttft. Rows of the same
//   tables quoted in a case with their configuration are added as "b" cases by the same rule: P27b
//   (H100 FP8 TP4, input 128: 26 ms), P28b (A100 FP16 TP4, input 128: 47 ms).
// * trtllm-bench throughput logs (P29, P30: Llama 3.1 70B, 8xH100 FP8 TP8, 3000 requests issued at
//   once): the S offline rule with the limits the log prints (max runtime batch 2048, max runtime
//   tokens 8192, FP8 weights with FP8 KV) and its "KV Memory Percentage: 90.00%" -> reserve 0.10
//   (the S rule's 0.95 -> 0.05 reading of TensorRT-LLM's KV fraction); output tokens/s.
// * MLPerf Offline rows (P01-P07): skipped, as in waves 2 and 3 (below).
//
// Not expressible or excluded (wave 4; also in docs/validation.md, "Serving"):
//   P01-P05 (MLPerf v5.1 Offline, B200x8 / GB200x4): the case file gives the mean output length
//     only (P04 not even that), no input-length distribution, and no precision or parallelism.
//   P06, P07 (MLPerf v5.1 Offline, GB300 NVL72): as P01-P05; also no per-GPU GB300 entry in the
//     catalog (only the whole GB300_NVL72 rack).
//   P15 (SGLang speculative decoding, Llama 3.1 8B on H100): batch and lengths not published
//     (MT-Bench prompts; batch 1 is the collector's assumption); the EAGLE-2/3 speedups give no
//     acceptance length (the R17/R22 rule).
//   P16 (MLPerf v5.1 AMD 8xMI325X "machine 2"): excluded by the integrator as a near-duplicate of
//     a used source (the machine-1 page of the same submission).
//   P22 (Llama 2 70B on inf2.48xlarge, TP 24 NeuronCores = 12 Inferentia2 chips): 12 does not
//     divide Llama 2 70B's 64 attention heads, which serve_case() enforces (Transformers NeuronX
//     pads the heads; the catalog's Inferentia2 is a whole chip of two cores, so TP 24 cannot be
//     placed). Found when the case list was first built: serve_case() refused it and no prediction
//     of any wave-4 case had been printed (as R06).
//
// ---- Wave 5: research cases L01-L35 (tests/validation/serving_cases_wave5.json and .md),
// collected blind on 2026-11-29 from sources unused by waves 1-4; the first-prediction model of
// every L case is commit 2ee3d12 (since the wave-4 integration: a GEMM-loop speed-up with
// identical results, and 77f9cbf, device links with a `collective_latency`: NeuronLink on
// Trainium1 / Inferentia2 now pays 1.5 us per hop and a 58 us floor per collective; that change
// moved P18a-P21b, the Trainium1 cases, in sample). These mapping rules were written before any
// wave-5 prediction was computed and apply to every wave-5 case alike; the S, R, Q and P rules
// above still hold where a rule below does not replace them.
// * MLPerf Inference v5.1 rows (L01-L24, Offline / Interactive / Server summaries of other
//   submitters): skipped by the MLPerf rule of waves 2-4 (below): the case file gives no
//   input-length distribution (only the mean output length, derived), and L04, L05, L08-L24 no
//   parallelism or batch (the NVIDIA harness layout was not read).
// * AWS Neuron Transformers NeuronX throughput_data_decoder.csv rows (L25-L29 on inf2.48xlarge,
//   L30-L33 on trn1.32xlarge; Neuron 2.18, fixed input/output lengths, a stated batch, "Application
//   Type: Batch"): the P18-P22 rule, extended to batch b. "TP Degree" counts NeuronCores, two per
//   chip: tp = 12 (inf2.48xlarge, 12 Inferentia2 chips) or 16 (trn1.32xlarge, 16 Trainium1 chips),
//   chip counts from the AWS instance spec (collector's assumption). Transformers NeuronX compiles
//   a fixed batch size: the b prompts are context-encoded together and the b sequences decoded
//   together to the fixed output length, which is Batching::static_batch at the published batch
//   (max_num_seqs = b; at batch 1 static and continuous batching give the same TTFT and TPOT, so
//   this is the P rule there). Token budget = b x the CSV's "Sequence Length" (the compiled
//   context shape; it does not enter a static batch's timing). Weights at the "Weight Storage
//   Data Type" (bf16; int8 for L28/L32 = Llama3_8B), compute BF16 ("Matmult-BF16" autocast), KV
//   cache BF16; other parameters serve_case()'s defaults. p50 TTFT = serve_case().ttft (the "a"
//   case), p50 TPOT = serve_case().tpot (the "b" case). The "Output Token Throughput" column is not
//   used (the P rule; it is not b / TPOT either: L32 1142.7 tok/s against 8 / 7.65 ms = 1046).
//   Llama-3-70B = Llama3_70B, Llama-2-70B = Llama2_70B, Llama 3 8B = Llama3_8B, Llama 2 7B =
//   Llama2_7B, Llama 2 13B = Llama2_13B, Mistral 7B Instruct v0.2 = Mistral_7B (the P rule).
// * Transformers Neuron trn1_latency_data_LLM.csv (L34, Neuron 2.14, batch 1): the same rule; not
//   expressible (below).
// * TensorRT-LLM Llama 4 Maverick + Eagle3 guide (L35): not expressible (below).
//
// Not expressible (wave 5; also in docs/validation.md, "Serving"):
//   L01-L24 (MLPerf v5.1, 8xMI300X / 8xMI325X / 16xMI300X vLLM and LLMBoost, 8xH200 / 4xH200 NVL /
//     8xH200 NVL / 8xB200 / 16xH100 / 4xGB200 TensorRT): no input-length distribution in the case
//     file (the MLPerf rule of waves 2-4); L04, L05, L08-L24 also no parallelism or batch.
//   L25-L29 (inf2.48xlarge, TP 24 NeuronCores = 12 Inferentia2 chips): 12 does not divide the
//     attention heads (64: Llama 3 70B, Llama 2 70B; 32: Mistral 7B, Llama 3 8B; 40: Llama 2
//     13B), which serve_case() enforces (as P22); L29 (4096 + 4096) also exceeds Llama 2 13B's
//     4096-token context. Read off the catalog shapes before any wave-5 prediction was computed.
//   L33 (Llama 2 7B on trn1.32xlarge, 128 + 8064 tokens): longer than Llama 2's 4096-token
//     context, which serve_case() enforces (the source compiled a longer n_positions; as R06).
//   L34 (Llama 2 13B on trn1.32xlarge, TP 32 NeuronCores = 16 chips): 16 does not divide Llama 2
//     13B's 40 attention heads.
//   L35 (Llama 4 Maverick + Eagle3 on 8xB200, "over 1000 tok/s per user"): a lower bound, not a
//     measurement; lengths, batch and acceptance are not published (the R17/R22 rule).
//
// ---- Wave 6: research cases J01-J25 (tests/validation/serving_cases_wave6.json and .md),
// collected blind on 2026-11-29 from sources unused by waves 1-5; the first-prediction model of
// every J case is commit f0052fd (since the wave-5 integration the serving model did not change:
// 6ba808b only moved the device-else-host link choice into one replica_link(), d2de123 added a CLI
// assumption line, 5bd682f is training recomputation). These mapping rules were written before
// any wave-6 prediction was computed and apply to every wave-6 case alike; the S, R, Q, P and L
// rules above still hold where a rule below does not replace them.
// * ShareGPT without published lengths (J01-J22): no rule of waves 1-5 gives ShareGPT's length
//   distribution or mean lengths from a cited source; R28 (LMDeploy on ShareGPT) was not
//   expressible with both means derivable. So: a ShareGPT row is expressible only where the source
//   publishes its input and output length distribution; none of J01-J22 does (J11-J16 give only a
//   derivable mean output length, 4281.51 / 22.03 = 194.3 tokens; J17-J22 only the 1024-token
//   truncation limits; J01-J10 nothing). The collector's "~200-250 in / ~200 out" is an
//   assumption, not a source, and is not used. J01-J22 are listed below.
// * FP8 checkpoints on A100 (J02, J05; would apply if their lengths were published): the A100 has
//   no FP8 tensor cores, so vLLM runs an FP8 checkpoint as weight-only FP8 (FP8 weights, BF16
//   compute and activations, KV cache BF16 "auto"); on H100 FP8 weights compute in FP8 with a BF16
//   KV cache (vLLM's --kv-cache-dtype "auto"; the Lambda scripts do not set it).
// * JetStream-PyTorch on TPU v5e-8 (J17-J22; would apply if their lengths were published): the
//   catalog's TPUv5e (197 TFLOP/s BF16, 393 TOPS INT8, 16 GiB) as tp = 8, int8 weights and KV cache
//   on the int8 rows, throughput read as output tokens/s (the collector's assumption).
// * vLLM 0.7.3 DeepSeek-V3 AWQ on 8xH100 SXM (J23-J25; the dzhsurf README's "Concurrency"
//   section, sonnet dataset -i 1024 -o 256, max concurrency 1, 15 and ~100): the server flags are
//   those of the repository's deploy/benchmarks/docker-compose.yaml that the README starts the
//   server with (https://github.com/dzhsurf/deepseek-v3-r1-deploy-and-benchmarks/blob/
//   e19e33783d93b8830b82d605edc5a01cde560cc3/deploy/benchmarks/docker-compose.yaml): TP 8,
//   max_num_seqs 128 (the README: concurrency 1-120 ran with 128), --gpu-memory-utilization 0.95
//   -> reserve 0.05, --max-num-batched-tokens 32768, --enable-chunked-prefill,
//   --enable-prefix-caching; continuous batching; experts split tensor-parallel (no expert
//   parallelism flag; as the R SGLang rule), no attention data parallelism.
//   - 4-bit AWQ (W4A16): weights Precision::int4, activations and compute FP16, KV cache FP16
//     ("auto" = the checkpoint's float16): serve_case()'s weight-only quantization
//     (docs/solvers.md, the weights' width sets the memory floor). AWQ's per-group FP16 scales and
//     4-bit zeros (group 128: about 0.16 bits per weight, ~4% more weight bytes than INT4) are not
//     modelled; nor is what the README reports loading (50 GB per GPU, 400 GB, against ~336 GB of
//     4-bit weights: the author says some parameters stay FP16); both change the KV capacity, which
//     binds none of these batches at 1280 tokens per request (read before any prediction:
//     128 x 1280 x 68.6 KiB of MLA latent = 11 GB per GPU with the latent on every TP rank, under
//     the ~26 GB that 0.95 x 80 GB less the README's 50 GB load leaves).
//   - Prefix caching: the sonnet prompts share a prefix of --sonnet-prefix-len tokens (200: the
//     default of both vLLM's benchmark_serving.py and the repository's run-all-benchmarks.sh; no
//     other value is printed), so prefix_hit_rate = 200 / 1024 (the first request's miss and
//     vLLM's 16-token block alignment, 192 cached tokens, are ignored).
//   - Closed loop at max concurrency N: the S rule, serve_case() at batch min(N, max_concurrent) at
//     the fixed lengths 1024 / 256; benchmark_serving's "output token throughput" =
//     serve_case().output_throughput. Area by the R rule: J23 (N = 1, one stream's tokens/s) is
//     latency; J24 (N = 15) and J25 (N = 100) are throughput. The source's figures are read from
//     its charts ("around 33", "about 250", "about 620"): approximate, compared as given.
//     J24's "about 58 ms" ITL is the author's 1000 / (250 / 15), not a measurement: not used. J25's
//     "total token throughput of roughly 3000" carries the same run's input tokens (with prefix
//     hits) and is not used.
//   DeepSeek-V3-AWQ = DeepSeek_V3 (the catalog's 671B model, 61 layers, MLA, 256 experts top-8;
//   the MTP module is not part of it and is not used: no speculative flag is set).
//
// Not expressible (wave 6; also in docs/validation.md, "Serving"):
//   J01-J10 (Lambda vLLM 0.5.4, 320 ShareGPT prompts at once, 1-8 x H100 / A100 SXM): ShareGPT
//     lengths not published (the rule above); the latency column's statistic is not stated either.
//   J11-J16 (SGLang 0.3.0 / vLLM 0.6.0 benchmark on ShareGPT, RPS 4 / 8 and offline): ShareGPT
//     input lengths not published, only the mean output length derivable (194.3; as R28).
//   J17-J22 (JetStream-PyTorch, TPU v5e-8, ShareGPT truncated to 1024 / 1024): length
//     distribution and means not published; the throughput's unit (output or total tokens/s) is
//     also the collector's assumption.

// ---- Wave 7: research cases Z01-Z52 (tests/validation/serving_cases_wave7.json and .md),
// collected blind on 2026-11-29 from sources unused by waves 1-6, every row with fixed input and
// output lengths and a stated batch or concurrency; the first-prediction model of every Z case is
// commit 3231140 (since the wave-6 integration the only model change is the GB200 SM count in the
// catalog, which no Z case uses). These mapping rules were written before any wave-7 prediction was
// computed and apply to every wave-7 case alike; the S, R, Q, P, L and J rules above still hold
// where a rule below does not replace them.
// * ROCm blog latency tables (Z01-Z32: Llama 3.1 70B / 405B, FP8 weights, TP8 on one 8-GPU node,
//   batch 1 / 8 / 32 / 128, 128 or 2048 in, 2048 out; "end-to-end latency ... also known as TTLT",
//   "elapsed_time for processing input_lengths + output_lengths" of the whole batch): one static
//   batch run to completion, so Batching::static_batch at the published batch and the latency is
//   serve_case().request_latency = TTFT (the whole batch's prefill) + (output - 1) x TPOT, which
//   for a static batch is the time to the batch's last token (the P08-P10 and P13/P14 reading).
//   Predicted at the published batch even where serve_case() says it does not fit (the R
//   static-batch rule). Latency area (the R rule: end-to-end latency). Engines:
//   - MI300X (odd ids; vLLM 0.6.7.dev ROCm image of 2025-01-12, benchmark_latency.py via ROCm MAD):
//     the P08-P10 rule unchanged (vLLM ROCm of that era, flags not printed): FP8 weights and
//     compute, KV cache at the model dtype BF16 (--kv-cache-dtype "auto"; the source does not
//     state a KV dtype: the research note's FP8 KV is its own assumption and is not used), reserve
//     0.10, token budget 131072 (chunked prefill off), max_num_seqs max(256, b).
//   - H100 SXM (even ids; TensorRT-LLM 0.16.0, benchmarks/cpp "emulated static batching"): the
//     R01-R06 rule (Engine2::trtllm_static): static batch at the published batch, the S limits
//     (max batch 2048, 8192 tokens, reserve 0.05) and the S precision rule (FP8 weights compute in
//     FP8 with an FP8 KV cache; the source does not state the KV dtype either, so the S default
//     applies).
//   Llama 3.1 405B = Llama3_405B (the S rule); Llama 3.1 70B = Llama3_1_70B.
// * Moreh vLLM, DeepSeek-R1 on 40 MI300X (Z33-Z35): not expressible (below).
// * TPU v6e-4 Qwen3 benchmark report (Z36-Z47: SGLang-JAX and vLLM-TPU, 1024/1024 or 8192/1024,
//   closed loop at max concurrency 8 / 64 / 256, num_prompts = 3 x concurrency, range ratio 1) and
//   the SGLang-JAX v7x-4 cookbook rows (Z48-Z50: 1024/1024, concurrency 128, 384 prompts):
//   - Hardware: the catalog's TPUv6 (v6e, one TensorCore per chip) and TPUv7 (TPU7x / Ironwood, a
//     whole chip of two TensorCores, 192 GiB). The sources' TP degree counts JAX devices; as the
//     Trainium2 (Q31) and Neuron (P18, L25) rules, a catalog entry is a whole chip, so tp = the
//     chip count: v6e-4 TP4 -> tp 4; v7x-4 "TP8" (8 TensorCores on 4 chips) -> tp 4. BF16
//     weights, activations, compute and KV cache (--dtype bfloat16 printed for SGLang-JAX; vLLM-TPU
//     serves the BF16 checkpoints with KV "auto").
//   - SGLang-JAX: the R SGLang rule: continuous batching, reserve = 1 - the printed
//     --mem-fraction-static (0.8 on the v6e rows, 0.90 on Z48; Z49 and Z50 print none, and the R
//     rule's 0.85 is used: an assumption, SGLang-JAX's own default was not read), token budget =
//     the printed --chunked-prefill-size 2048, max_num_seqs = the concurrency
//     (--max-running-requests 256 printed, never below a row's concurrency).
//   - vLLM on TPU (Z37, Z39, Z41, Z43, Z45, Z47; only --tensor_parallel_size 4, --max-model-len
//   9216
//     and no prefix caching printed): the Q16 vLLM V1 rule, serve_case()'s vLLM defaults (reserve
//     0.10, 8192 tokens per iteration), max_num_seqs = max(256, concurrency).
//   - Closed loop at max concurrency N: the S rule, serve_case() at batch min(N, max_concurrent) at
//   the
//     fixed lengths; the compared figure is the "output throughput" =
//     serve_case().output_throughput of the replica (one replica per row). Throughput area (every
//     row has N >= 8).
//   - Qwen3-30B-A3B with --ep-size 8 (Z50): MoeServing::expert_parallel on the TP group (the S
//     DeepSeek-R1 rule). Llama-3.3-70B-Instruct = Llama3_1_70B (the S rule: same shapes).
// * DeepSeek-V3.2 (Z51) and Qwen3.5-122B-A10B (Z52): not expressible (below).
//
// Not expressible (wave 7; also in docs/validation.md, "Serving"):
//   Z33-Z35 (Moreh vLLM, DeepSeek-R1 on 40 MI300X, 2 prefill + 3 decode instances, each TP1 with
//     attention data parallelism DP8 and EP8 on one node, request rate 140 capped at 10800 in
//     flight): attention data parallelism is not modelled (the R19/R20 and Q35 rule), so an
//     instance cannot be expressed (TP1 cannot hold the 671B weights on one GPU; serving it as TP8
//     would change its KV capacity and attention cost); the effective number of requests in flight
//     is not reported either, and the figure is over a trimmed steady-state window.
//   Z51 (DeepSeek-V3.2 with MTP on 16 H800): DeepSeek-V3.2's sparse attention (DSA) is not in the
//     catalog (DeepSeek_V3 is the dense-attention model); the run also uses attention data
//     parallelism (--dp 2 --enable-dp-attention) and caps running requests at 128 under a client
//     concurrency of 1024.
//   Z52 (Qwen3.5-122B-A10B on 8 B200): the model is not in the catalog (a hybrid-attention MoE
//     whose shapes the source does not give).
//
// ---- Wave 8: research cases O01-O26 (tests/validation/serving_cases_wave8.json and .md),
// collected blind on 2026-11-29 from sources unused by waves 1-7; the first-prediction model of
// every O case is the HEAD of wtS8, ce61b2c (the serving model is unchanged since 3231140: the
// commits after it touched training and data only). These mapping rules were written before any
// wave-8 prediction was computed and apply to every wave-8 case alike; the S, R, Q, P, L, J and Z
// rules above still hold where a rule below does not replace them.
// * SGLang cookbook rows with random lengths (O01-O08, O11-O14: SGLang 0.5.6; O20-O22: 0.5.9 on
//   ROCm; O23, O24: 0.5.6.post1): `sglang.bench_serving --dataset-name random` without
//   --random-range-ratio draws each request's input and output length uniformly on [1, L] (the
//   default ratio 0.0 of python/sglang/bench_serving.py, the wave-2 R16/R18 reading; the printed
//   totals agree: 500 prompts of nominal 1000/1000 average 500/505, 320 of 8000/1000 average
//   3981/530). These rows are expressed with the request-level simulator, which takes a uniform
//   length distribution: a closed loop (SimulationOptions::concurrency = the max concurrency N,
//   each client sending its next request when the previous one completes), requests = the
//   published num_prompts, input and output uniform on [1, L] at the nominal L, the simulator's
//   default seed. The simulator draws its own lengths, not SGLang's: on the 10-prompt rows the
//   printed sample means (610 / 422 for 1000 / 1000) stray from the distribution's 500 / 500, and
//   the simulated sample strays differently (an approximation, stated). Compared: bench_serving's
//   "Output token throughput" = SimulationResult::output_throughput ("a" case; throughput area for
//   N > 1; at N = 1 it carries no information beyond TTFT and TPOT, the Q31 rule, and is not
//   used), "Mean TTFT" = ttft.mean ("b", latency), "Mean TPOT" = tpot.mean ("c", latency).
//   Engine: the R SGLang rule, continuous batching, reserve 0.15 (mem_fraction_static 0.85; no
//   value printed by these sources, the Z49/Z50 assumption), token budget SGLang's default
//   chunked_prefill_size 8192 (none printed), max_num_seqs = N, KV cache BF16 ("auto"); BF16
//   checkpoints BF16 throughout, DeepSeek-R1-0528's native block FP8 computes in FP8; no --ep
//   printed, so experts split tensor-parallel; one replica of tp = the printed TP.
//   Models: Meta-Llama/Llama-3.1-70B = Llama3_1_70B; Qwen3-235B-A22B-Instruct-2507 =
//   Qwen3_235B_A22B (same architecture); Llama-4-Scout/Maverick-17B-16E/128E-Instruct =
//   Llama4_Scout / Llama4_Maverick; DeepSeek-R1-0528 = DeepSeek_R1 (the MTP module not used).
// * A device named without its memory variant ("NVIDIA A100 GPU (8x)", O01-O04, O11, O12): the
//   catalog entry of the plain name, A100 = the SXM4 80 GB (the collector's assumption, stated;
//   A100_40GB would differ in bandwidth, 1555 against 2039 GB/s).
// * Fixed-length vLLM rows (O09, O10: vLLM V1 ROCm on 1x MI355X, `vllm bench serve` random
//   8192/1024 --ignore-eos, totals 8191/1024 per request, 128 prompts, max concurrency 64; O15:
//   vLLM on 4x B200, random 30000/1000 --ignore-eos, 128 prompts, max concurrency 64): the Q16
//   vLLM V1 rule with the printed flags: reserve = 1 - --gpu-memory-utilization (0.9 on O09/O10,
//   0.85 on O15), token budget = the printed --max-num-batched-tokens (32768, O09/O10) else vLLM
//   V1's 8192 (O15), max_num_seqs = max(256, N), continuous batching, KV cache FP8 (printed
//   --kv-cache-dtype fp8 on all three); prefix caching on O15 finds no shared prefix in random
//   prompts (hit rate 0). Closed loop at N: the S rule, serve_case() at batch min(N,
//   max_concurrent) at the fixed lengths (8191 / 1024; 30000 / 1000), tp = the printed TP.
//   Compared: output tokens/s = serve_case().output_throughput ("a", throughput), mean TTFT =
//   serve_case().ttft ("b", latency), mean TPOT = serve_case().tpot ("c", latency; not captured for
//   O15). The sources' TTFT includes queueing behind the first wave of 64 (128 prompts), which
//   serve_case()'s steady state does not price (the S36a caveat); compared as the rule says. Since
//   session 10 these rows are simulated as closed loops of 128 prompts (the closed-loop rule
//   above).
//   - Precision: FP8 checkpoints (amd/...-FP8-KV, per-tensor FP8 weights and activations; Qwen3
//     block FP8) compute in FP8 with FP8 weights. MXFP4 (O10, OCP microscaling FP4, AMD Quark
//     checkpoint, VLLM_ROCM_USE_AITER_FP4_ASM_GEMM=1) = Precision::fp4 weights and compute (the S
//     precision rule: FP4 weights compute at that precision; MI355X has an FP4 matrix rate); the
//     shared 8-bit scale per 32 weights (0.25 bit per weight) is not modelled.
//   - Models: Llama-3.3-70B-Instruct checkpoints = Llama3_1_70B (the S rule: same shapes);
//     Qwen3-235B-A22B-Instruct-2507-FP8 = Qwen3_235B_A22B. Hardware: MI355X, B200.
// * Rows whose length distribution the source does not state (neither the tool's flags nor
//   totals from which it follows) are not expressible (the J rule); so are rows whose accelerator
//   or TP degree the source does not state (the collector's guesses are not used).
//
// Not expressible (wave 8; also in docs/validation.md, "Serving"):
//   O16-O18 (InferenceX, DeepSeek-R1-0528 FP8 on 8xH200, SGLang 0.5.7, concurrency 4): the length
//     distribution is not stated in the source (the collector's range ratio 0.8 is taken from
//     other InferenceX threads, "probably 0.8-1.0x"); also the mean ITL is ~10x the mean TPOT,
//     so tokens arrive in chunks (speculative decoding / MTP or a streaming interval) whose
//     configuration is not stated.
//   O19 (Qwen3Guard-Gen-8B on MI300X, vLLM): TP degree and GPU count not stated ("tested on 8 *
//     MI300x"; the serve command of this model is not in the source; TP1 is the collector's
//     guess from a sibling PR).
//   O25, O26 (SGLang PR #8638, DeepSeek-R1 trtllm_mla FP8 KV, batch 1 and 64): the GPU is not
//     named by the source (B200 is the collector's inference from the kernel's SM100-only
//     support), and the TP of the performance table is assumed from the accuracy command.
//
// ---- Wave 9: research cases SA01-SA21 (NVIDIA) and SB01-SB18 (AMD MI325X / MI355X, TPU7x)
// (tests/validation/serving_cases_wave9.json and .md), collected blind on 2026-11-29 from sources
// unused by waves 1-8; the first-prediction model of every SA/SB case is the HEAD of wtS9,
// 26fc709 (the serving model is unchanged since 3231140: 6ba808b only merged three copies of the
// link choice, behaviour unchanged). These mapping rules were written before any wave-9
// prediction was computed and apply to every wave-9 case alike; the S, R, Q, P, L, J, Z and O
// rules above still hold where a rule below does not replace them.
// * trtllm-bench throughput runs that follow NVIDIA's perf-overview procedure (SA09, SA10:
//   Llama-3.1-405B-Instruct-FP8, TP8, ISL 124 / OSL 2048 as stated, 3000 prompts; SA11:
//   Llama-3.1-8B-Instruct-FP8 on 1x H100 PCIe, 128/128): the S offline rule (offline_throughput:
//   the largest batch that fits, the S TensorRT-LLM limits and runtime reserve 0.05, FP8 weights
//   and compute with an FP8 KV cache), one replica of tp = the stated TP. The perf-overview
//   procedure the reporter says he followed builds its dataset with prepare_dataset.py
//   token-norm-dist at stdev 0, so the lengths are fixed. Compared: output tokens/s of all GPUs
//   (throughput area). A measurement stays a measurement unless the source retracts it or shows it
//   inconsistent with itself: SA09's reporter thinks the B200 figure low for the hardware (the
//   issue asks why the software is slow there), which is a true measurement of that software, so
//   SA09 is kept like any row. SA11 is an NVIDIA engineer's reply that compares his 0.20 figure
//   with the thread's run ("~10% higher than what you have"); a reply that compares itself with
//   the thread's run is read as that run's configuration (the thread's 128/128 dataset, the
//   thread's FP8 checkpoint, one GPU). H100 PCIe = the catalog's H100_PCIe (80 GB, 2 TB/s).
// * LLMPerf rows against trtllm-serve (SA01-SA08): LLMPerf draws lengths from a normal
//   distribution around --mean-input-tokens / --mean-output-tokens with stddev flags whose values
//   the source does not print (the command is not in the issue; LLMPerf's defaults are nonzero).
//   The length distribution is not stated: not expressible (the J rule, as O16-O18), whatever the
//   concurrency. Also not stated: trtllm-serve's batch/attention-DP/MTP settings.
// * Parallelism not stated by the source is not expressible (the earlier waves' rule; collector
//   assumptions are not used): SA12-SA15 (TP2, BF16 and the framework are the collector's
//   assumptions), SA16-SA21 (TP of 16 H100s not stated).
// * InferenceX-client and TPU-recipe rows with random lengths in [0.8 L, L] (SB01-SB05,
//   SB13-SB16; range ratio 0.8, confirmed by the tpu-recipes client's token totals, 919.8 / 7418.5
//   per request for nominal 1024 / 8192 = 0.9 L, the mean of [0.8 L, L]; assumed by the collector
//   for the InferenceX rows, whose harness passes its config's RANDOM_RANGE_RATIO): the wave-8
//   SGLang random-length rule with the interval [0.8 L, L] instead of [1, L]: the request-level
//   simulator, a closed loop of N clients (SimulationOptions::concurrency = the max concurrency),
//   requests = the number of prompts (320 printed for SB01-SB03; 10 x concurrency for the
//   InferenceX rows, `--num-prompts $(( $CONC * 10 ))` of InferenceX's
//   benchmarks/dsr1_fp8_mi325x.sh, read at 1fc5d73 for this rule), input and output uniform on
//   [floor(0.8 L), L], the simulator's default seed. Compared: output tokens/s
//   (SimulationResult::output_throughput; per GPU when the source gives per-GPU figures, divided
//   by the GPU count; throughput area, every such row has N >= 4), mean TTFT = ttft.mean and mean
//   TPOT = tpot.mean (latency area).
//   - Throughput definition: InferenceX / ATOM "tput/GPU" counts input + output tokens. The
//     output-token throughput is compared wherever the source gives it (SB04, SB05, SB13-SB16
//     print "Output tput/gpu"; SB01-SB03 print output tokens/s per chip); a row that gives only
//     the total is not compared on throughput (the simulator reports output tokens/s only, and
//     converting total to output needs the sample's realised lengths, which are not published).
//   - SGLang rows (SB04, SB05: v0.5.9; SB13-SB16: v0.5.19; InferenceX config
//     dsr1-fp8-mi325x-sglang, TP8 EP1 on 8x MI325X): the R SGLang engine rule exactly as wave 8
//     applied it: reserve 0.15, token budget 8192, max_num_seqs = N, KV cache BF16, DeepSeek-R1's
//     block FP8 computing in FP8, experts split tensor-parallel (EP1). The harness script's server
//     flags (--mem-fraction-static, --chunked-prefill-size, --kv-cache-dtype) changed between the
//     script's versions and the source does not pin one, so they are not used (only the client's
//     prompt count, the same in every version read). DeepSeek-R1-0528 = DeepSeek_R1 (MTP not
//     used).
//   - vLLM-TPU rows (SB01-SB03: Qwen3-32B on one TPU7x chip, qwen3_32b-server.yaml): the Q16 vLLM
//     V1 rule with the printed flags: --max-num-batched-tokens 4096, --max-num-seqs 135 (caps the
//     running batch below the 320 clients), --kv-cache-dtype fp8, reserve 0.10
//     (--gpu-memory-utilization not printed: vLLM's default 0.9), qwix FP8 weights and
//     activations = FP8 weights and compute. "TP2" spans the two TensorCores of one chip; a
//     catalog entry is a whole chip (the wave-7 TPU rule), so tp = 1 on TPUv7. Qwen3-32B =
//     Qwen3_32B.
// * Fixed-length vLLM rows (SB18: vLLM V1 ROCm on 1x MI355X, Llama-3.1-405B-Instruct MXFP4, random
//   8192/1024 --ignore-eos, totals 8191/1024 per request, 128 prompts, max concurrency 64): the
//   wave-8 O09/O10 rule unchanged (vllm_v1_closed with --gpu_memory_utilization 0.9, the printed
//   --max-num-batched-tokens 32768, FP8 KV cache; MXFP4 = Precision::fp4 weights and compute).
//   Llama-3.1-405B = Llama3_405B. A row is dropped only for a contradiction in the row itself:
//   SB17 (same file) is not expressible, SB18 is internally consistent (MXFP4 weights ~203 GB on
//   a 288 GB GPU) and is kept.
// * Speculative rows (MTP) need a published acceptance length (the R21 / S29 rule); none of
//   SB10-SB12 gives one.
// * A row whose accelerator or GPU count the source does not name is not expressible (the O25/O26
//   rule), whatever the collector infers.
//
// Not expressible (wave 9; also in docs/validation.md, "Serving"):
//   SA01-SA08 (TensorRT-LLM issue #5929, DeepSeek-R1 on 8x H200 / 8x B200, LLMPerf against
//     trtllm-serve): the length distribution is not stated (LLMPerf's stddev flags not printed,
//     its defaults are nonzero); trtllm-serve's other settings are not stated either.
//   SA12-SA15 (tt-inference-server #143, Qwen2.5-72B on 2x H100): TP, precision and framework
//     not stated (the collector's assumptions); the H100 variant is not stated either.
//   SA16-SA21 (tt-inference-server #356, DeepSeek-R1-0528 on 16x H100, TensorRT-LLM and SGLang):
//     TP / EP over the 16 GPUs not stated.
//   SB06-SB09 (ATOM PR #409, vLLM + ATOM plugin): the GPU is not named by the source (MI355X is
//     the collector's inference from the gfx950 image); also only the total (input + output)
//     throughput is given.
//   SB10 (ATOM PR #353, MXFP4 + MTP3): GPU count and TP not stated; MTP acceptance not stated.
//   SB11, SB12 (InferenceX PR #1628, MI355X ATOM MTP3): MTP acceptance not stated (the
//     speculative rule needs it); only total tokens/s per GPU, no TTFT / TPOT.
//   SB17 (vLLM recipes, Llama-3.1-405B FP8 on one MI355X): internally impossible (about 405 GB
//     of FP8 weights on one 288 GB GPU): a self-contradicting row.
//
// ---- Wave 10: research cases SC01-SC34 (NVIDIA) and SD01-SD18 (AMD MI355X / MI300X, TPU v6e)
// (tests/validation/serving_cases_wave10.json and .md), collected blind on 2026-11-29 from sources
// unused by waves 1-9; the first-prediction model of every SC/SD case is the HEAD of wtS10,
// 21ea4f1, whose serving model is that of a2bcd71 (ServingParams::kernel_stall; 0e7d673 and
// 21ea4f1 change only docs and case data).
// These mapping rules were written before any wave-10 prediction was computed and apply to every
// wave-10 case alike; the S, R, Q, P, L, J, Z, O and SA/SB rules above still hold where a rule
// below does not replace them.
// * Percentile-only latencies (SC01-SC08, silybench perf_points.csv: p95 TTFT, p95 TPOT, median
//   ITL, p95 end-to-end; no means): not compared. serve_case() gives means; the request-level
//   simulator's p50/p90/p99 for a fixed-length closed loop come only from its queueing (it has no
//   per-iteration jitter), a p95 has no counterpart (interpolating between p90 and p99 would be an
//   extra assumption), and a median ITL is a per-token statistic the simulator does not produce.
//   The mean output throughput the same rows print (output_throughput = output tokens / duration)
//   is compared. The campaign's "pipeline validation, not a published result" label does not
//   retract the raw data, which are published: a measurement stays a measurement (the SA09 rule).
//   Engine: vLLM 0.30.0 (V1) by the Q16 vLLM V1 rule (vllm_closed: serve_case()'s vLLM defaults,
//   --gpu-memory-utilization 0.9 as printed, max_num_seqs = max(256, N), closed loop at
//   concurrency N in the steady state; since session 10 the closed-loop rule), KV cache BF16 (no
//   --kv-cache-dtype: vLLM's "auto" = the model dtype), dynamic FP8 (--quantization fp8) = FP8
//   weights and compute, BF16 rows BF16 throughout. Qwen3-8B = Qwen3_8B; H100 SXM (a3-highgpu-1g) =
//   H100. Concurrency-1 rows' tokens/s are latency (the wave-2 area rule), the others throughput.
// * trtllm-bench throughput runs (SC09-SC13: TensorRT-LLM 0.16.0, Llama-3.1-8B-Instruct FP8 on 1x
//   H100 80GB HBM3, fixed synthetic lengths, 1000-30000 requests queued at once; engine batch
//   limits not printed): the S offline rule (offline_throughput: largest batch that fits under the
//   S TensorRT-LLM limits 2048 / 8192 / reserve 0.05, FP8 weights and compute, FP8 KV cache), as
//   SA09-SA11. Compared: output tokens/s (Token_Throughput; request throughput x OSL reproduces
//   it).
// * InferenceX rows (SC14-SC20): the wave-9 InferenceX rule (range08_closed: lengths uniform on
//   [floor(0.8 L), L], the README's RANDOM_RANGE_RATIO 0.8, applied to every InferenceX row
//   whether or not the PR restates it; a closed loop of N clients over 10 x N prompts; mean TTFT,
//   mean TPOT; output tokens/s per GPU). The accelerator is named by the config key (dsr1-fp8-
//   b200-trt, dsr1-fp8-h200-sglang) and the GPU count is the row's TP with EP1 and no DP (TP4 on
//   B200 = 4 GPUs); per-GPU figures = the replica's output tokens/s / TP. The 8-GPU node is not
//   used: one TP group is one replica. SGLang rows (SC18-SC20, v0.5.12 on H200) use the R SGLang
//   engine rule exactly as SB04/SB05 (inferencex_sglang). TensorRT-LLM rows (SC14-SC17,
//   1.3.0rc14 on B200) use the S TensorRT-LLM rule (limits 2048 / 8192, reserve 0.05, FP8 weights
//   and compute with an FP8 KV cache) in the same simulator loop. DeepSeek-R1-0528 = DeepSeek_R1
//   (same architecture); EP1 = experts split tensor-parallel; MTP and attention DP not stated,
//   so not used.
// * NVIDIA NIM rows (SC21-SC28: "an older version of NVIDIA NIM", TensorRT-LLM backend, version
//   not stated; GenAI-Perf synthetic input stddev 0, output forced with ignore_eos, closed loop at
//   concurrency N): the framework is stated as the TensorRT-LLM backend, so the S TensorRT-LLM rule
//   applies (as kNim's S35/S36 NIM rows), an unstated engine version being no different from the
//   TensorRT-LLM sources whose version is stated only loosely. Closed loop: the S rule
//   (closed_loop: serve_case() steady state at batch min(N, max_concurrent); since session 10 the
//   closed-loop rule above), one replica of tp = the
//   row's n_gpus ("parallelized across GPUs using tensor parallelism only"). Lengths: the nominal
//   200 / 2000 input (realised tokenised averages 199.2-199.97, within 0.5%) and the forced output.
//   fp16 / bf16 rows run 16-bit throughout, fp8 rows FP8 weights and compute with an FP8 KV cache.
//   Compared: mean TTFT, mean ITL (= serve_case().tpot) and output tokens/s of the TP group
//   (latency area for TTFT / ITL and for tokens/s at concurrency 1, throughput otherwise).
//   Meta-Llama-3-8B / 70B-Instruct = Llama3_8B / Llama3_70B; A100-SXM4-80GB = A100; H100_80GB_HBM3
//   = H100.
// * TensorRT-LLM 0.9.0 static-batch sweep (SC29-SC34, NVIDIA's benchmark CSV used by the DLI
//   course; "Batch Size" column, fixed ISL/OSL, the gptSessionBenchmark of that era): the R01-R06
//   static rule (Engine2::trtllm_static: static batch at the published batch, the S limits and
//   precision rule), "Mixed" = FP16 (the course's preprocess_data.py). Compared: Throughput
//   (tokens/sec = batch x OSL / latency: output tokens/s, static_tput) and 1st-token latency
//   (static_ttft); at batch 1 both are latency. Duplicates: each row was checked against every
//   earlier case file (serving_cases*.json) and the used-source list: no earlier wave used the
//   v0.9.0 sweep or TensorRT-LLM's v0.9.0 performance.md (P23-P28 are the v0.6.1 / v0.5 page), and
//   none of the rows' values appears in an earlier case, so none is excluded. Mistral 7B =
//   Mistral_7B, Llama 2 7B / 70B = Llama2_7B / Llama2_70B, Mixtral 8x7B = Mixtral_8x7B; L40S 48GB
//   = L40S, H200 141GB HBM3 = H200.
// * Printed "expected output" blocks (SD01, SD02: tpu-recipes vLLM TPU, "what you'd expect to
//   see - the numbers vary based on the vllm version"): a benchmark output block printed by the
//   source is a measurement unless the source calls it illustrative or it contradicts itself; this
//   one is internally consistent (3000 x 999 input and 3000 x 1000 output tokens) and the caveat
//   only says another version gives other numbers, so it is kept; the image named in the file
//   (vllm-tpu v0.12.0) is the engine. Engine: the vLLM V1 rule with the printed flags
//   (--gpu-memory-utilization 0.98, --max-num-batched-tokens 512, --max-num-seqs 256, no
//   quantization or KV-dtype flag: BF16 throughout), tp = 8 chips (a v6e chip has one TensorCore:
//   the wave-7 TPU rule), fixed lengths at the realised 999 / 1000 tokens (the O09 rule:
//   per-request totals printed), closed loop at concurrency N in serve_case()'s steady state (fixed
//   lengths: the O09 rule; since session 10 the closed-loop rule above, 3000 prompts). Compared:
//   output tokens/s of the 8 chips, mean TTFT, mean TPOT. Llama 3.3 70B = Llama3_1_70B (same
//   architecture, the S rule); TPU v6e = TPUv6.
// * Total-only throughput (SD03-SD18): the output tokens/s is derived from the total (input +
//   output) tokens/s only where the lengths are fixed, because then output = total x OSL / (ISL +
//   OSL) is an identity, not an estimate (the wave-9 rule refused the conversion for random
//   lengths, whose realised lengths are not published). ATOM's --random-range-ratio 1.0 fixes the
//   lengths (the SGLang / pre-0.8.5 vLLM client draws from [r L, L]; newer vLLM rejects r >= 1);
//   dstack's benchmark_throughput rows print total_num_tokens = N x (ISL + OSL) and requests/s,
//   whose product with OSL is the same output rate.
// * ATOM on MI355X (SD03-SD08: TP8 + EP8 server command printed; Qwen3-235B-A22B-Instruct-2507-FP8,
//   --kv_cache_dtype fp8, --enable-expert-parallel, --max-num-batched-tokens 20000; closed loop
//   at concurrency N, 4 x N prompts): ATOM is a vLLM-style engine, so the O09/O10 vLLM V1 rule with
//   the printed flags: token budget 20000, FP8 KV cache, FP8 weights and compute, experts expert-
//   parallel over the 8 GPUs, --gpu-memory-utilization not printed (vLLM's default 0.9, as SB01),
//   max_num_seqs = max(256, N), serve_case()'s steady state at batch min(N, max_concurrent) (fixed
//   lengths; since session 10 the closed-loop rule above). Compared: output tokens/s of the 8 GPUs
//   (derived by the identity above), mean TTFT, mean TPOT. The INT4 quick-allreduce and
//   QK-norm/RoPE fusion environment flags are not modelled. Qwen3-235B-A22B-Instruct-2507 =
//   Qwen3_235B_A22B (same architecture).
// * A row whose server configuration the source does not print is not expressible, whatever the
//   collector assumes (the SA12-SA21 rule that collector assumptions are not used): SD09, SD10 (the
//   recipe's TP4 + EP4 columns: the -tp 4 command and its flags are not printed).
// * vLLM 0.6 ROCm benchmark_throughput with --enforce-eager (SD11-SD18: 8x MI300X TP8,
//   Llama-3.1-405B FP8, N prompts submitted at once, --max-model-len 91680): the P08-P12 vLLM-ROCm
//   rule (vllm_rocm: FP8 weights and compute, BF16 KV cache - no --kv-cache-dtype flag, vLLM's
//   "auto"; the FP8-KV checkpoint's scales are used only with an FP8 cache dtype - reserve 0.10,
//   chunked prefill off: token budget max(max_model_len, 2048) = 91680, max_num_seqs = max(256,
//   N)). --enforce-eager captures no graphs, so every iteration launches its kernels from the host:
//   graph_launch_gap = the engine's eager_launch_gap (the model's own eager figure, 2.5 us; no
//   earlier case ran eager). All N prompts are admitted at once: when N fits (N <= the continuous
//   engine's max_concurrent) the run is one batch prefilled then decoded together, a static batch
//   of N (the P09/P10 benchmark_latency rule); otherwise the offline steady state at the largest
//   batch that fits (the R37/P11/P12 rule). --num-scheduler-step 1 / 15 (host scheduling): since
//   session 58 the V0 host time per iteration, whole or a fifteenth (v0_host_time). Compared:
//   output tokens/s of the 8 GPUs (throughput). Llama-3.1-405B (AMD Quark FP8-KV and Meta FP8
//   checkpoints) = Llama3_405B; MI300X = MI300X.
//
// Correction after the first run (a mapping bug, not a rule change; the cases it touches are in
// sample): SC09-SC13's summary file (llama-8b-results/analysis/throughput_summary.csv, labelled
// Llama-3.1-8B-Instruct on 1x H100) holds the numbers of the same repository's raw trtllm-bench
// logs results/result_<ISL>_<OSL>_<N>.txt, which print "Model: meta-llama/Llama-3.1-70B-Instruct",
// "TP Size: 8", "KV Memory Percentage: 90.00%" (read at aeec9f2 after the first run: the 128/128
// log gives 14389.7989 tok/s, SC09's value). So SC11 (1024/1024) and SC12 (2048/128) are exact
// repeats of P29 / P30 (10893.8728 and 1899.9652 tok/s, the used 70B logs) and are excluded; SC09,
// SC10 and SC13 are 70B TP8 runs of unused logs and are predicted by the P29/P30 rule
// (trtllm_bench_offline), declared in sample.
//
// Not expressible or excluded (wave 10; also in docs/validation.md, "Serving"):
//   SC11, SC12: exact repeats of the used measurements P29 / P30 (correction above).
//   SC01-SC08 latency metrics (silybench): only percentiles (p95 TTFT / TPOT / end-to-end, median
//     ITL), no means (rule above); their output throughput is compared.
//   SD09, SD10 (ATOM recipe, TP4 + EP4 on 4x MI355X): the TP4 server command is not printed.
//
// ---- Wave 11: research cases SE01-SE20 (NVIDIA) and SF01-SF16 (AMD MI355X / MI300X)
// (tests/validation/serving_cases_wave11.json and .md), collected blind on 2026-11-29 from sources
// unused by waves 1-10; the first-prediction model of every SE/SF case is the HEAD of wtS11,
// c9e4877, whose serving model is that of a2bcd71 (the kernel-boundary stall) with d309ca7's
// SimulationOptions::warmup, and whose closed-loop mapping is the session-10 closed-loop rule
// (2fe7598). These mapping rules were written before any wave-11 prediction was computed and apply
// to every wave-11 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD and session-10 rules above
// still hold where a rule below does not replace them.
// * Bursts (all P prompts submitted at once, no --max-concurrency, request rate inf), decided per
//   TOOL:
//   - `vllm bench serve` (an HTTP client against a running server; SE01-SE12): every prompt is one
//     client's one request, so the run is the session-10 closed loop at concurrency P over P
//     prompts (loop_sim: SimulationOptions::concurrency = P, requests = P, no warm-up: the source
//     states none and the tool runs none by default). The offline rules do not describe this tool
//     (they are for engines that see the whole prompt list: trtllm-bench, benchmark_throughput).
//   - trtllm-bench throughput (SE13-SE20): the P29/P30 rule (trtllm_bench_offline: the S offline
//     rule with the log's limits 2048 / 8192 and "KV Memory Percentage: 90.00%" -> reserve 0.10,
//     FP8 weights and compute with an FP8 KV cache, output tokens/s of the TP8 group), as SC09,
//     SC10 and SC13 were remapped.
// * GPUStack performance lab (SE01-SE12, `vllm bench serve --dataset-name random`, --seed 42):
//   vLLM's random dataset with the tool's default --random-range-ratio 0 (fixed lengths; the
//   printed "Total generated tokens" = prompts x OSL confirms the outputs ran to length although
//   --ignore-eos is not printed). Lengths: the nominal ISL / OSL of the document's workload list
//   (2000/100, 128/4, 4000/200, 32000/100); the printed input totals are 0.2% below prompts x ISL
//   (re-tokenisation) and the chat template adds a few tokens: not modelled. P = the printed
//   "Successful requests" (500, 1000 or 100). Engines, with the flags printed, else the existing
//   rules' defaults:
//   - vLLM v0.11.0 (`vllm serve MODEL [-tp 8]`, no other flag; SE01, SE03, SE05, SE07-SE10): the
//     Q16 vLLM V1 rule (vllm_closed: serve_case()'s vLLM defaults, reserve 0.10, token budget 8192,
//     block 16, max_num_seqs = max(256, P)), KV cache at the model dtype BF16 (no
//     --kv-cache-dtype: vLLM's "auto"). Baselines SE01/03/05/07 at the checkpoint's native dtype,
//     BF16 throughout (Qwen/Qwen3-32B); DeepSeek-R1-0528's native block FP8 computes in FP8 with
//     FP8 weights (the O rule), experts split tensor-parallel over the TP8 group (no expert
//     parallelism flag; vLLM's default). One replica of tp = the printed TP (1 or 8).
//   - TensorRT-LLM v1.2.0rc1 `trtllm-serve ... --enable_chunked_prefill` (SE02, SE04, SE06): the S
//     TensorRT-LLM rule (closed_loop: limits 2048 / 8192, reserve 0.05, chunked prefill within the
//     8192-token budget); Qwen/Qwen3-32B-FP8 (SE02, SE04) = FP8 weights and compute with an FP8 KV
//     cache (the S precision rule), Qwen/Qwen3-32B on A100 (SE06) BF16 throughout.
//     --max_seq_len 40960 does not bind.
//   - SGLang v0.5.3 with --enable-dp-attention (SE11, SE12): attention data parallelism is not
//     modelled (the R19/R20, Q35 and Z33-Z35 rule): not expressible.
//   Compared per row: output tokens/s ("a": throughput area, P > 1), mean TTFT ("b", latency;
//   the burst's queueing is what the closed-loop simulator prices), mean TPOT ("c", latency).
//   Hardware: "H100 SXM" = H100, "A100 SXM 80GB" = A100, "H200 SXM 141GB" = H200. Models:
//   Qwen3-32B = Qwen3_32B, DeepSeek-R1-0528 = DeepSeek_R1 (same architecture; MTP not used).
// * SE13, SE14 (trtllm-bench results/result_128_128_30000.txt and result_128_2048_3000.txt):
//   the same logs as wave 10's SC09 / SC10 (14389.7989 and 16901.879 tok/s): excluded as repeats.
//   SE15-SE20 are other result files of the same sweep, unused so far (their values appear in no
//   earlier case file): the P29/P30 rule above. H100 (the README's "8x H100"; SXM or PCIe not
//   stated) = the H100 (SXM) entry, as P29/P30 and SC09/SC10/SC13 of the same repository.
//   Llama-3.1-70B-Instruct = Llama3_1_70B. Throughput area.
// * llm-d MI355X (SF01-SF08, `vllm bench serve --backend vllm --dataset-name random --seed 1`
//   against vLLM 0.15.1 in ghcr.io/llm-d/llm-d-rocm:v0.6.0, TP8, closed loop at max concurrency
//   N): fixed lengths (vLLM's default range ratio 0; the printed total / output throughput ratios
//   match (ISL + OSL) / OSL, so outputs ran to length). Prompt count: the printed --num-prompts
//   128 for the 4k/4k concurrency-32 reproducer (SF04); the other rows print none, so the tool's
//   default 1000 (`--num-prompts` default=1000 in vLLM's benchmark dataset arguments; the
//   session-10 rule's Q18 / J23-J25 default). No warm-up (none stated, none by default). Engine:
//   the Q16 vLLM V1 rule with the printed server command `--tensor-parallel-size 8
//   --gpu-memory-utilization 0.85 --block-size 128`: reserve 0.15, kv_block_tokens 128, token
//   budget 8192 (none printed), max_num_seqs max(256, N) (the sweep's 256 / 512 never binds at
//   N <= 32). Each published row is the best of a 51-point sweep of gpu-memory-utilization {0.85,
//   0.95}, block size {64, 128, 256}, max-num-seqs {256, 512} and max-model-len {32k, 64k, 128k},
//   which the document says moves results by under 3%; the printed command's values are used for
//   every row (not the unknown per-row winner). Precision: amd/Llama-3.3-70B-Instruct-FP8-KV = FP8
//   weights and compute; KV cache BF16 (no --kv-cache-dtype printed: vLLM's "auto"; the FP8-KV
//   checkpoint's scales are used only with an FP8 cache dtype, the wave-10 SD11-SD18 rule).
//   Llama 3.3 70B = Llama3_1_70B (same architecture); MI355X = MI355X. Compared: output tokens/s
//   of the 8 GPUs ("a", throughput, every row has N >= 4) and mean TTFT ("b", latency). The
//   "TPOT/ITL (median)" column is a median per-token statistic: not compared (the wave-10
//   SC01-SC08 rule). The total tokens/s column carries no further information at fixed lengths.
// * AMD ROCm performance-results page (SF09-SF16: vLLM 0.11.1 container, 8x MI300X TP8,
//   amd/Llama-3.1-70B / 405B-Instruct-FP8-KV, "a local inference client is fed requests at an
//   infinite rate"): the page names no benchmark tool, prints no token totals and does not
//   describe the prompts, so the length distribution behind its Input / Output columns is stated
//   neither by a tool's flags nor by totals from which it follows: not expressible (the wave-8
//   rule, from the J rule). Independently, its "Throughput (tokens/s)" does not say total or
//   output tokens (the footnote is not in the stored copy, and the other versions of the page read
//   by this rule's author, the vLLM 0.10.2 snapshot, say only "Throughput (tokens/s)"); by the R37
//   rule an unresolved unit is usable only where the two readings differ by less than 10%, which
//   would leave only the 128-token-input rows (SF09, SF10, SF13, SF14), and they fail the length
//   rule. The "reproduce" user guide the page links was not read for this rule.
//
// Not expressible or excluded (wave 11; also in docs/validation.md, "Serving"):
//   SE11, SE12 (GPUStack, SGLang v0.5.3 --tp 8 --enable-dp-attention, DeepSeek-R1-0528 on
//     8x H200): attention data parallelism is not modelled.
//   SE13, SE14 (trtllm-bench 128/128 and 128/2048 logs): exact repeats of wave 10's SC09 / SC10.
//   SF09-SF16 (AMD ROCm performance-results page, vLLM 0.11.1 on 8x MI300X): the benchmark tool
//     is not named and the length distribution is not stated; the throughput unit (total or
//     output tokens/s) is unresolved (SF11, SF12, SF15, SF16 would fail the R37 unit rule too).
//
// ---- Wave 12: research cases SG01-SG18 (NVIDIA) and SH01-SH17 (AMD / TPU / Trainium / MLPerf)
// (tests/validation/serving_cases_wave12.json and .md), collected blind on 2026-11-30 (session 11)
// from sources unused by waves 1-11; the first-prediction model of every SG/SH case is the HEAD of
// main when this integration started, c88e9b9 (the base of worktree wtS12), whose serving model
// adds to wave 11's the attention at the KV cache's precision (687bdb1), the measured
// fused-attention cap on prefill (99f69be) and one gemm_ceiling() shared with the GEMM model
// (c88e9b9). These mapping rules were written before any wave-12 prediction was computed and apply
// to every wave-12 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD, SE/SF and session-10
// rules above still hold where a rule below does not replace them.
// * ShareGPT rows (SG01-SG07, SG09-SG13, GPUStack `vllm bench serve --dataset-name sharegpt`): the
//   J rule (a ShareGPT row is expressible only where the source publishes its input and output
//   length distribution) and R28 (not expressible with both means derivable). SG01-SG07, SG09 and
//   SG10 print token totals from which the mean lengths follow (23260 / 22061 over 100 prompts;
//   about 217 / 197 per request over 984 or 1000), not the distribution; SG11-SG13 print no length
//   figure at all. Not expressible (below).
// * GPUStack Qwen3-235B-A22B random 2000/100 burst (SG08: `vllm bench serve --dataset-name random
//   --random-input-len 2000 --random-output-len 100 --num-prompts 500 --seed 42`, no
//   --max-concurrency, against `vllm serve ... -tp 8`, vLLM v0.11.0, on 8x H100 SXM): the wave-11
//   GPUStack rule unchanged (vllm_burst: the session-10 closed loop at concurrency 500 over 500
//   prompts, no warm-up; the Q16 vLLM V1 rule, reserve 0.10, token budget 8192, max_num_seqs
//   max(256, P), BF16 weights, compute and KV cache; experts split tensor-parallel over the TP8
//   group, no expert-parallel flag) at the nominal 2000 / 100. The printed totals (998175 input,
//   49500 output: 1996.4 and 99.0 per request) are 0.2% and 1% under nominal; like wave 11's
//   re-tokenisation shortfall and chat-template tokens, not modelled. Compared: output tok/s ("a",
//   throughput), mean TTFT ("b", latency), mean TPOT ("c", latency).
//   Qwen3-235B-A22B-Instruct-2507 = Qwen3_235B_A22B (the O rule); "H100 SXM" = H100.
// * DataCrunch h200-benchmarks, raw sglang.bench_serving JSONL (SG14-SG17; SGLang from the
//   lmsysorg/sglang:latest image of December 2024, `--tp-size N --disable-radix-cache
//   --enable-torch-compile`, SG17 also `--mem-frac 0.87`; random 1024 / 1024 with
//   random_range_ratio 0.0 logged):
//   - Engine: the R SGLang rule (Engine2::sglang): continuous batching, reserve 1 - the printed
//     mem fraction (SG17: 0.13) else 0.15 (SG14-SG16; the O and Z49/Z50 assumption), token budget
//     SGLang's default chunked_prefill_size 8192 (none printed), KV cache BF16 ("auto"), BF16
//     weights and compute (the launch comments' "(bf16)"), one replica of tp = the printed
//     --tp-size. max_num_seqs = the clients of a closed loop (the R rule: SGLang sizes its running
//     requests from the KV pool), and in an open loop, which has no client count, the prompt count
//     (no cap but the KV pool). --disable-radix-cache = no prefix caching, which the engine does
//     not model anyway; torch.compile is not modelled.
//   - Lengths: the wave-8 reading of range ratio 0.0, input and output uniform on [1, 1024] (the
//     JSONL's totals agree: 508-513 input and 507-535 output tokens per request).
//   - SG14 (request_rate Infinity, max_concurrency null, 3000 prompts): every prompt at once. The
//     wave-11 burst rule is decided per tool; sglang.bench_serving, like `vllm bench serve`, is an
//     HTTP client sending each prompt as its own request, so the run is the session-10 closed loop
//     at concurrency 3000 over 3000 prompts, no warm-up (none stated). Compared: output tok/s
//     ("a", throughput) and mean end-to-end latency ("b", latency; SimulationResult::e2e.mean, the
//     R16/R18 end-to-end reading): the JSONL prints no mean TTFT or TPOT.
//   - SG15-SG17 (request_rate 4 / 8 / 1 req/s, bench_serving's Poisson arrivals, 1200 / 2400 / 300
//     prompts): the S online rule with the printed prompt count and the uniform lengths: the
//     request-level simulator in open loop at the printed rate (SimulationOptions::qps), requests
//     = the prompt count, the simulator's default seed. Compared: mean end-to-end latency
//     (latency). Their output tok/s is not compared: below saturation an open loop's output rate
//     is the offered load (rate x mean output length), which tests the client rather than the
//     engine (the S online rule compared latencies only); past saturation the end-to-end latency
//     carries the queue.
//   - Medians (TTFT, ITL, end-to-end) are not compared (the wave-10 percentile rule).
//   - The repository's README tabulates other runs (other prompt counts, other numbers at the same
//     rate); the JSONL the runs wrote is the primary file, and a measurement stays a measurement
//     (the SA09 rule). The README is not used.
//   Llama-3.3-70B-Instruct = Llama3_1_70B (the S rule), Llama-3.1-405B-Instruct = Llama3_405B;
//   "H200 141GB" (form factor not stated) = H200 (the O rule for a plain device name).
// * trtllm-bench 0.17 throughput log (SG18: Llama-3.1-405B FP8, TP8 on one a3-ultragpu-8g node of
//   8x H200, fixed 128 / 128, 30000 requests submitted at once): the P29/P30 rule (the S offline
//   rule with the limits the log prints): max runtime batch 4096, max runtime tokens 8192, "KV
//   Memory Percentage: 95.00%" -> reserve 0.05, FP8 weights and compute with an FP8 KV cache ("KV
//   Cache Dtype: FP8"), the largest batch that fits; output tok/s of the TP8 group ("Token
//   Throughput": 30000 x 128 / the total latency reproduces it). The 2-request warm-up is not
//   modelled. Throughput area. Llama-3.1-405B = Llama3_405B; H200 SXM = H200.
// * MLPerf Inference v5.1 rows (SH01-SH08, SH17): the MLPerf rule of waves 2-5. The case file
//   names the dataset (OpenOrca GPT-4 subset, or the Mixtral mix, real prompts truncated to 1024
//   tokens) but gives neither the input-length distribution nor its mean, only a mean output
//   length derived from tokens/s over samples/s. Not expressible (below), whatever the scenario.
// * ATOM DeepSeek-R1-0528 on 8x MI300X (SH09: `atom.entrypoints.openai_server --kv_cache_dtype fp8
//   -tp 8`; client `atom.benchmarks.benchmark_serving --random-input-len 1024 --random-output-len
//   1024 --random-range-ratio 0.8 --num-prompts 10 x CONC --max-concurrency 128 --ignore-eos`):
//   - Engine: the wave-10 ATOM rule (the O09/O10 vLLM V1 rule with the printed flags): FP8 KV
//     cache, FP8 weights and compute (the native block-FP8 checkpoint, the O rule); neither
//     --max-num-batched-tokens nor --gpu-memory-utilization printed, so vLLM V1's 8192 and reserve
//     0.10 (the O15 and SB01 defaults); max_num_seqs max(256, N); experts split tensor-parallel
//     (no --enable-expert-parallel, unlike SD03-SD08). One replica of tp 8.
//   - Load: the wave-9 range-0.8 rule (range08_closed: input and output uniform on [819, 1024],
//     the client's lower bound int(0.8 L); a closed loop of 128 clients over 1280 prompts).
//   - Compared: output tok/s of the 8 GPUs ("a", throughput) and mean TPOT ("b", latency). The
//     total tok/s is not compared (the wave-9 rule); no TTFT is printed.
//   DeepSeek-R1-0528 = DeepSeek_R1 (MTP not used); MI300X = MI300X.
// * ATOM with MTP (SH10: --method mtp --num-speculative-tokens 3): no acceptance rate or length
//   is published, so not expressible (the R17/R22 rule, as SB10-SB12).
// * SGLang cookbook, DeepSeek-V3.1 on 8x MI300X (SH11, SH12: SGLang 0.5.7 `launch_server --tp 8`
//   and nothing else; sglang.bench_serving random 1000 / 1000 at the default range ratio, max
//   concurrency 1 over 10 prompts and 100 over 500): the wave-8 SGLang cookbook rule unchanged
//   (sgl_random_closed: the R SGLang engine rule, reserve 0.15, token budget 8192, max_num_seqs =
//   N, KV cache BF16, the native block FP8 computing in FP8, experts split tensor-parallel; input
//   and output uniform on [1, 1000]; a closed loop of N clients over the printed prompt count).
//   Compared: output tok/s ("a", throughput; not at N = 1, the Q31 rule), mean TTFT ("b",
//   latency), mean TPOT ("c", latency); the printed mean end-to-end latency is not compared where
//   mean TTFT and TPOT are (the wave-8 rule). DeepSeek-V3.1 (the section header says -Terminus) =
//   DeepSeek_V3 (the same 671B MLA, 256-expert architecture; MTP not used).
// * SGLang-JAX cookbook on TPU v6e-4 (SH13: Llama-3.1-8B-Instruct, `--tp-size 4 --dtype bfloat16
//   --mem-fraction-static 0.88 --page-size 128 --max-running-requests 64`; SH14: Gemma-2-27B-it,
//   the same with 0.85 and `--chunked-prefill-size 2048`; sgl_jax.bench_serving random 512 / 512
//   and 1024 / 1024 at the default range ratio 0, max concurrency 16, 100 prompts):
//   - Engine: the wave-7 SGLang-JAX rule: reserve 1 - the printed mem fraction (0.12, 0.15), token
//     budget the printed chunk size (SH14: 2048) else the R rule's 8192 (SH13), max_num_seqs = N
//     (the running cap 64 does not bind at 16), BF16 throughout, tp = 4 chips (a v6e chip has
//     one TensorCore). --page-size 128 was printed on Z36-Z50 too and that rule did not use it,
//     so it is not used here.
//   - Load: the wave-8 random-length closed loop (input and output uniform on [1, L], which the
//     collector read in sgl_jax.bench_serving's code: [max(int(L x ratio), 1), L]), 16 clients
//     over the printed 100 prompts.
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency); the mean end-to-end latency is not (the wave-8 rule, as SH11/SH12).
//   Llama-3.1-8B-Instruct = Llama3_1_8B; Gemma-2-27B-it = Gemma2_27B (its 4096-token sliding
//   window, which serve_case() did not model until session 17, cannot bind below the rows' 2048
//   tokens; TP4 divides its 32 heads and 16 KV heads); TPU v6e = TPUv6.
// * vLLM-Neuron EAGLE3 tutorial on trn2.48xlarge (SH15, SH16): the page's Benchmarks note says
//   "Numbers are illustrative", so they are not measurements (the SD01 rule). Independently, the
//   chip count is not stated (TP 8 counts NeuronCores, and "all 8 Neuron devices" does not match
//   the instance's 16 Trainium2 chips; the O25/O26 rule), and the latencies are medians only.
//
// Not expressible (wave 12; also in docs/validation.md, "Serving"):
//   SG01-SG07, SG09, SG10 (GPUStack Qwen3-8B on 1x H100 at concurrency 1-8, Qwen3-235B-A22B on
//     8x H100 / 8x A100 in bursts of 984-1000, ShareGPT): only the mean lengths are derivable, not
//     the length distribution (the J / R28 rule).
//   SG11-SG13 (GPUStack quantization study, Qwen3-8B on 1x H100 / A100, 1000 ShareGPT prompts at
//     once): no length figure at all; "Throughput (tok/s)" does not say output or total tokens,
//     and the R37 unit rule cannot be applied without lengths.
//   SH01-SH08, SH17 (MLPerf v5.1: AMD MI355X / MI325X / MI300X, Krai vLLM / SGLang on MI300X and
//     H200, MangoBoost 16x MI325X): no input-length distribution or mean (the MLPerf rule);
//     SH02-SH04 and SH06 also run the Server / Interactive scenarios under p99 latency bounds, and
//     SH17's per-node engine configuration is the code tree's, not the run's (the collector's S).
//   SH10 (ATOM DeepSeek-R1 FP8 + MTP3 on 8x MI300X): MTP acceptance not published.
//   SH15, SH16 (vLLM-Neuron Llama-3.1-8B, baseline and EAGLE3, trn2.48xlarge): the source calls
//     its numbers illustrative; the chip count is not stated; medians only.
//
// ---- Wave 13: research cases SI01-SI13 (tests/validation/serving_cases_wave13.json and .md),
// collected blind on 2026-11-30 (session 11) by one research pass from sources unused by waves
// 1-12, every kept row with its lengths, concurrency or rate and prompt count stated. The
// first-prediction model of every SI case is the HEAD of main when this integration started,
// dc38626 (the base of worktree wtS13), whose serving model is that of 4a77a90 (FP4 GEMMs at
// measured FP4 rates, FP4 quantization with its amax pass and block scales); the commits after
// 4a77a90 touched validation and docs only. These mapping rules were written before any wave-13
// prediction was computed and apply to every wave-13 case alike; the S, R, Q, P, L, J, Z, O,
// SA/SB, SC/SD, SE/SF, SG/SH and session-10 rules above still hold where a rule below does not
// replace them.
// * SGLang fused-MoE tuning PRs with fixed lengths (SI04: PR #6939, `sglang.launch_server
//   --model DeepSeek-V3-0324 --tp 8 --attention-backend triton` with
//   SGLANG_ENABLE_FLASHINFER_GEMM=1 on 8x B200, `sglang.bench_serving --random-input-len 1000
//   --random-output-len 1000 --random-range-ratio 1 --num-prompts 128 --max-concurrency 16`, the
//   "Before tuning" block):
//   - Engine: the R SGLang rule (Engine2::sglang): continuous batching, reserve 0.15 (no
//     --mem-fraction-static printed: the O and Z49/Z50 assumption), token budget SGLang's default
//     chunked_prefill_size 8192 (none printed), max_num_seqs = the concurrency, KV cache BF16
//     ("auto"), DeepSeek-V3's native block FP8 = FP8 weights and compute, experts split
//     tensor-parallel (no EP flag), one replica of tp = the printed --tp 8. The attention backend
//     (triton instead of FlashMLA), the FlashInfer GEMM switch and the untuned fused-MoE config
//     are kernel choices the engine does not distinguish: not modelled.
//   - Load: range ratio 1 fixes the lengths (the client draws from [r L, L]; the printed totals
//     128000 / 128000 = 128 x 1000 agree), so the session-10 closed-loop rule (loop_sim): a
//     closed loop of 16 clients over the printed 128 prompts at 1000 / 1000, no warm-up
//     (bench_serving's warm-up request runs before the timed window and is not one of the
//     measured prompts, as in every earlier SGLang row).
//   - Compared: output tok/s (throughput). The total tok/s and request throughput the same block
//     prints are the output rate times fixed factors at fixed lengths: no further information.
// * SGLang fused-MoE tuning PR with random lengths (SI06: PR #6885, `launch_server --model-path
//   DeepSeek-V3-0324 --disable-radix-cache --tp 8` on 8x H20, bench_serving `--dataset-name
//   random --random-input 1024 --random-output 512 --max-concurrency 8 --num-prompt 200`, no range
//   ratio, the "Result (without Moe config)" block): the wave-8 SGLang cookbook rule unchanged
//   (sgl_random_closed: the R SGLang engine rule as for SI04, input and output uniform on [1,
//   1024] and [1, 512] at the default range ratio 0, a closed loop of 8 clients over the printed
//   200 prompts). The printed totals (103005 input, 53590 output: 515 and 268 per request) are a
//   sample of that distribution (means 512.5 and 256.5); the simulator draws its own sample (the
//   wave-8 approximation). --disable-radix-cache = no prefix caching, which the engine does not
//   model anyway (the SG14 rule). Compared: output tok/s = the printed total generated tokens /
//   the printed benchmark duration (bench_serving's own definition of its output throughput, so
//   the collector's derivation is an identity, not an estimate); throughput area.
//   H20 = the catalog's H20 (96 GB HBM3, the device the PR's title names; the H20-3e of SI07 is
//   another part). DeepSeek-V3-0324 = DeepSeek_V3 (same architecture; MTP not used).
// * vLLM benchmark_throughput on MI300X (SI10-SI12: PR #17530, `benchmarks/benchmark_throughput.py
//   --input-len L --output-len O --num-prompts 200 --model Qwen/Qwen3-30B-A3B-FP8 --max-model-len
//   32768 --gpu_memory_utilization 0.95 --tensor-parallel-size 1 --max_seq_len_to_capture 32768
//   --quantization fp8 --kv-cache-dtype fp8`, vLLM main of 2025-05-01 on ROCm, the "Tuned Config"
//   column):
//   - Engine version: vLLM of that date runs ROCm on its V0 engine: its V1 oracle leaves a
//     non-CUDA platform and an FP8 KV cache on V0 by default (read in a vLLM 0.8.x
//     engine/arg_utils.py, the version before 0.9's kv_events_config; the PR prints no
//     VLLM_USE_V1). V0's defaults: max_num_seqs 256; chunked prefill on by default only for
//     max_model_len > 32768, so off at the printed 32768, and the token budget is
//     max(max_model_len, 2048) = 32768. This is the P08-P12 / SD11-SD18 vLLM-ROCm rule (vllm_rocm)
//     with the printed flags: reserve 1 - 0.95 = 0.05, token budget 32768, FP8 weights and compute
//     (--quantization fp8 on the block-FP8 checkpoint), KV cache FP8 (--kv-cache-dtype fp8, unlike
//     vllm_rocm's "auto"). CUDA/HIP graphs are captured (no --enforce-eager;
//     --max_seq_len_to_capture 32768), so serve_case()'s default launch gaps apply. The tuned
//     Triton fused-MoE config and the VLLM_ROCM_USE_AITER=0 / VLLM_USE_TRITON_FLASH_ATTN=0 kernel
//     switches are not modelled.
//   - Load: the SD11-SD18 benchmark_throughput rule: all 200 prompts are handed to the engine at
//     once; when 200 fit (200 <= the continuous engine's max_concurrent; max_num_seqs 256 does not
//     bind), V0 without chunked prefill prefills every waiting prompt before it decodes, so the run
//     is one static batch of 200 prefilled then decoded together; otherwise the offline steady
//     state at the largest batch that fits.
//   - Lengths: benchmark_throughput counts the prompt tokens the engine saw
//     (len(prompt_token_ids) of each output) and ignore_eos runs every output to its length; the
//     printed output tok/s is O x the request rate (SI10: 1924.98 against 1.92 req/s x 1000),
//     while total / output = 6.245, 1.530 and 22.07 instead of the nominal 6, 1.5 and 21. So the
//     engine ran prompts of O x (total - output) / output tokens on average: 5245, 1060 and 10537
//     (identities of the printed rates, rounded to a token; the decoded random token ids
//     re-tokenising into more tokens is the likely cause, and the identity does not depend on it).
//     The rows run at those realised means (the O09 / SD01 rule: the engine runs the realised
//     lengths where the source's figures give them), outputs at the nominal 1000 / 2000 / 500; the
//     per-prompt spread of the re-tokenisation is not published and is not modelled.
//   - Compared: the printed output tok/s (throughput area; the unit is printed, so the R37 rule
//     does not arise). Requests/s and total tok/s carry no further information once the lengths
//     are fixed. Qwen3-30B-A3B-FP8 = Qwen3_30B_A3B; MI300X = MI300X.
// * A tensor-parallel group spanning nodes (SI05: PR #7687, DeepSeek-V3 `--tp 16 --nnodes 2` over
//   two nodes of 8x H200): serve_case() prices every collective of a replica on one link,
//   replica_link(hw), the device's scale-up link (NVLink on H200), and the source does not state
//   the inter-node fabric the TP16 all-reduces cross (61 layers x 2 all-reduces per decode step at
//   concurrency 8 make that fabric a first-order cost). Not expressible.
// * Attention data parallelism (SI01: vLLM `-dp=2 --enable-expert-parallel`, EP2 with DP2
//   attention): not modelled by these rules (the R19/R20, Q35, Z33-Z35 and SE11/SE12 rule).
// * A device or model not in the catalog is not expressible, whatever the collector maps it to:
//   GB300 (SI01, SI02: the catalog has only the whole GB300_NVL72 rack, the P06/P07 rule; B300 is
//   the HGX part), H20-3e (SI07: 141 GB HBM3e; the catalog's H20 is the 96 GB part),
//   DeepSeek-V3.2 (SI02: its DSA sparse attention, the Z51 rule), Qwen3-14B (SI03),
//   Qwen3-Next-80B-A3B and Qwen3-Coder-Next (SI08, SI09, SI13: hybrid Gated DeltaNet / gated
//   attention MoE).
//
// Not expressible (wave 13; also in docs/validation.md, "Serving"):
//   SI01 (DeepSeek-R1-0528 NVFP4 on 2x GB300, vLLM 0.14.1 EP2 + DP2, prefill-only): no per-GPU
//     GB300 in the catalog; attention data parallelism.
//   SI02 (DeepSeek-V3.2 NVFP4 on 2x GB300, TP2, prefill-only): DeepSeek-V3.2 (DSA) and GB300 not
//     in the catalog.
//   SI03 (Qwen3-14B AWQ on 1x A100, vLLM 0.9.1, 16000/200 at concurrency 1): Qwen3-14B not in the
//     catalog.
//   SI05 (DeepSeek-V3 on 16x H200, SGLang TP16 over two nodes): the TP group crosses nodes over a
//     fabric the source does not state, and serve_case() prices a replica's collectives on the
//     device link only.
//   SI07 (DeepSeek-R1-0528 on 8x H20-3e, SGLang TP8): H20-3e (141 GB) not in the catalog.
//   SI08, SI09 (Qwen3-Next-80B-A3B on 2x H200 / 8x H20, SGLang), SI13 (Qwen3-Coder-Next FP8 on
//     2x H100, SGLang): the model is not in the catalog.
//
// ---- Wave 14: research cases SJ01-SJ13 (tests/validation/serving_cases_wave14.json and .md),
// collected blind on 2026-11-30 (session 11) by one research pass from sources unused by waves
// 1-13 (dense catalog models only). The first-prediction model of every SJ case is the HEAD of
// main when this integration started, 4d3592a (the base of worktree wtS14), whose serving model
// is that of 32db3ea: wave 13's model (4a77a90, FP4 GEMMs at measured FP4 rates) with the
// capacity planner's notes (4f08a82) and the ffn_dim refusal (0bedeb9), neither of which moves a
// validation case. These mapping rules were written before any wave-14 prediction was computed
// and apply to every wave-14 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH,
// SI and session-10 rules above still hold where a rule below does not replace them.
// * AMD ROCm/vllm dev-docker README (SJ01-SJ05: rocm/vllm-dev image with vLLM v0.10.0, the
//   benchmark scripts of v0.8.5, 8x MI300X TP8, amd/Llama-3.1-70B-Instruct-FP8-KV). The README's
//   changelog says "V1 on by default" since its 20250620 image and both commands export
//   VLLM_V1_USE_PREFILL_DECODE_ATTENTION=1, so the engine is vLLM V1 (chunked prefill always on).
//   This README is a later version of the document behind R37 (the earlier copy of AMD's "vLLM
//   FP8 Latency and Throughput benchmarks on MI300X"); unlike the SF09-SF16 page it names the
//   tool and prints the commands, whose --input-len / --output-len make the lengths fixed.
//   - benchmark_throughput rows (SJ01: 3200 prompts of 128/2048; SJ02: 1500 of 128/4096; printed
//     flags --kv-cache-dtype fp8 --dtype float16 --gpu-memory-utilization 0.9 --max-model-len
//     8192 --max-num-batched-tokens 131072 --max-num-seqs N, graphs captured): the SD11-SD18 /
//     SI10-SI12 rule (vllm_rocm_all_prompts): the vLLM-ROCm engine (vllm_rocm: FP8 weights and
//     compute, the Quark FP8 checkpoint) with the printed flags: reserve 0.10, token budget
//     131072, max_num_seqs = N (the printed value, = max(256, N)), KV cache FP8 (as SI10-SI12).
//     --dtype float16 makes the 16-bit activations FP16; they keep vllm_rocm's BF16, which has the
//     same width (serve_case() prices activations by their bytes). All N prompts are handed to the
//     engine at once and max_num_seqs = N admits every one: when N fits in the KV cache the run
//     is one batch prefilled then decoded together (a static batch of N; V1 prefills the N x 128
//     prompt tokens in at most 4 iterations of 131072 tokens, mixed with the first decodes, an
//     overlap not modelled against 2048 or 4096 decode steps), otherwise the offline steady state
//     at the largest batch that fits. Unit: "Throughput (tokens/s)" does not say total or output
//     tokens, and benchmark_throughput prints both. By the R37 rule a row is used only where the
//     two readings differ by less than 10% (SJ01: 6.2%, SJ02: 3.1%; the collector rejected the
//     500/2000 and 2048/2048 rows, 25% and 100% apart), and it is compared as output tokens/s,
//     the reading R37 took for the earlier version of this document. Throughput area.
//   - benchmark_latency rows (SJ03-SJ05: one batch of b = 1 / 32 / 128 prompts of 128/2048 or
//     2048/2048, --dtype float16 --gpu-memory-utilization 0.9, no --kv-cache-dtype, 3 warm-up and
//     5 timed iterations): the P08-P10 / Z01-Z31 rule unchanged (vllm_batch_latency: static batch
//     of b, FP8 weights and compute, KV cache at the model dtype, 16-bit: "auto", the FP8-KV
//     checkpoint's scales being used only with an FP8 cache dtype, the SD11-SD18 reading; reserve
//     0.10; max_num_seqs max(256, b)); the compared figure is the batch's end-to-end latency =
//     serve_case().request_latency (latency area). V1 chunks a prompt set larger than its token
//     budget, but serve_case() prices a static batch's prefill as one pass over the batch's prompts
//     whatever the budget, so vllm_rocm's 131072 stands. The derived output tok/s (b x OSL /
//     latency) carries no further information and is not compared (the P08-P10 rule).
//   Llama-3.1-70B = Llama3_1_70B; MI300X = MI300X.
// * TensorRT-LLM performance-tuning guide (SJ06-SJ09: Llama-3.3-70B-Instruct on 4x H100 SXM TP4,
//   TensorRT-LLM 0.16.0 LLM-API engines, trtllm-bench over 1000 requests of fixed 2048/2048,
//   prepare_dataset.py token-norm-dist at stdev 0):
//   - Engine: the S TensorRT-LLM rule with the limits each build states, the P29/P30 and SG18
//     rule of taking the log's limits (trtllm_logged): SJ06 (default build) max batch 2048, max
//     num tokens 8192; SJ07 and SJ08 max batch 512, 2048 tokens (chunked context through paged
//     context attention); SJ09 max batch 512, 16384 tokens. KV memory: the "KV Memory Percentage:
//     90%" the guide's baseline output prints (trtllm-bench's default, not changed by the tuning
//     pages) -> reserve 0.10 for all four. Precision: SJ06, SJ07 BF16 throughout; SJ08 FP8
//     weights and compute with a BF16 KV cache (the page's FP8 "baseline" quantizes the weights
//     only and adds the FP8 KV cache in a separate step: a KV precision the source states
//     replaces the S rule's default FP8 cache, which applies only where the source states none);
//     SJ09 FP8 weights, compute and KV cache. Multiple profiles, the GEMM, SwiGLU and low-latency
//     GEMM plugins, reduce fusion and user buffers are kernel choices the engine does not
//     distinguish: not modelled.
//   - Throughput (trtllm-bench throughput, "will send all 1000 requests to the model
//     immediately"): the P29/P30 rule, the largest batch that fits, output tok/s of the TP4
//     group ("Token Throughput" = request throughput x 2048, so output tokens; "a", throughput).
//   - Latency (trtllm-bench latency, which "enforces a batch size of 1": requests one at a time,
//     100 measured after --warmup 10): the session-10 closed-loop rule at concurrency 1
//     (loop_sim over 110 prompts, the first 10 a warm-up) on the same engine at the same fixed
//     lengths. Compared: average TTFT = ttft.mean ("b", latency) and average inter-token latency
//     = tpot.mean ("c", latency). The request throughput carries no information beyond "a".
//   - Rows quoted only in the case notes (the FP8 page's FP8-KV run at 5299.6 tok/s, the
//     "Low Latency GEMM OFF" column) are not added: their build limits are not stated in what
//     the collector handed over.
//   Llama-3.3-70B = Llama3_1_70B (the S rule); "H100-sxm-80GB" = H100.
// * SGLang attention-backend results on one H200 (SJ10-SJ12: Llama-3.1-8B-Instruct,
//   `sglang.bench_serving --dataset-name random --request-rate 16 --num-prompts 200`, range ratio
//   not printed, so the wave-8 reading: lengths uniform on [1, L]): an open loop at a Poisson
//   rate, the SG15-SG17 rule. That rule compares an open loop's latencies and not its output
//   tok/s (below saturation the output rate is the offered load, a property of the client; past
//   it the end-to-end latency carries the queue). The results file tabulates only input and
//   output token throughputs, no latency, so nothing in SJ10 or SJ11 is compared: not
//   expressible. SJ12 is EAGLE3 speculative decoding without a published acceptance rate or
//   length (the R17/R22 rule), besides the same open-loop rule.
// * vLLM maintainer's benchmark_throughput run on one RTX A6000 (SJ13: vllm issue #4702,
//   2024-05-09, so vLLM about 0.4.2, Meta-Llama-3-8B-Instruct, --input-len 128 --output-len 128,
//   the script's default 1000 prompts, no other flag): the SD11-SD18 / SI10-SI12
//   benchmark_throughput rule (vllm_rocm_all_prompts) on the V0 engine with its defaults, which
//   are the same on CUDA as on ROCm and did not change across 0.4-0.6: reserve 0.10
//   (gpu_memory_utilization 0.9), chunked prefill off so a token budget of max(max_model_len,
//   2048) = 8192 (Llama 3's context), max_num_seqs 256 (the default caps the engine below the
//   1000 prompts, so the run is the offline steady state at the largest batch that fits), BF16
//   weights, activations, compute and KV cache (dtype "auto" on the BF16 checkpoint), CUDA graphs
//   captured. Unit: "Throughput: 16.90 requests/s, 4326.03 tokens/s" is total tokens (16.90 x 256
//   = 4326.4; that era's script printed (prompt + output) / elapsed), so output tok/s = 4326.03 x
//   128 / 256 = 2163.0, an identity at fixed lengths (the SD03-SD18 rule). Throughput area.
//   Meta-Llama-3-8B-Instruct = Llama3_8B; RTX A6000 = Hardware::Workstation::RTXA6000 (48 GB).
//
// Not expressible (wave 14; also in docs/validation.md, "Serving"):
//   SJ10, SJ11 (SGLang, Llama-3.1-8B on 1x H200, Poisson 16 req/s, 200 prompts): only token
//     throughputs are published, and an open loop's output rate is not compared (the SG15-SG17
//     rule); no latency is given.
//   SJ12 (the same with EAGLE3): acceptance rate / length not published; open loop as SJ10.
//
// ---- Wave 15: research cases SK01-SK15 (tests/validation/serving_cases_wave15.json and .md),
// collected blind on 2026-11-30 (session 12) by one research pass from sources unused by waves
// 1-14 (MoE serving with tensor, expert and data-parallel attention; one dense MXFP4 model). The
// first-prediction model of every SK case is the HEAD of main when this integration started,
// 31f4092 (the base of worktree wtS15), whose serving model is that of 32db3ea, as wave 14's:
// e3a9e12 changed only the training solver's attention (its catalog table
// measured_attention_training is not read by serve_case()), de6b8a2 only the capacity planner's
// notes, and 7c22e14 added catalog entries (gpt-oss-120b / gpt-oss-20b, GB300, DGX_GB300); the 466
// earlier rows read as at 85fba03. These mapping rules were written before any wave-15 prediction
// was computed and apply to every wave-15 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD,
// SE/SF, SG/SH, SI, SJ and session-10 rules above still hold where a rule below does not replace
// them.
// * gpt-oss-120b = Models::Language::GPT_OSS_120B (8c4f414; 36 layers, hidden 2880, 64 query heads
//   of head_dim 64, 8 KV heads, 128 experts of width 2880, top-4, every layer MoE). The catalog
//   schema cannot express its alternating 128-token sliding-window layers (18 of the 36), so the
//   solvers price full attention on every layer: the KV cache and attention of the windowed
//   layers are overstated, by a factor growing with the context (about 8x to 72x on those 18
//   layers at the rows' 1024-9216 tokens). The attention sinks and the q/k/v/o biases are not
//   modelled either.
// * MXFP4 checkpoints, precision rule. serve_case() takes one weight precision per model.
// gpt-oss-120b
//   stores its experts in MXFP4 (114.7B of its 116.8B parameters) and the rest in BF16; AMD's
//   Llama-3.3-70B-Instruct-MXFP4-Preview quantizes every linear layer (the O10 checkpoint type).
//   Both are Precision::fp4 weights: the O10 rule (MXFP4 = FP4 weights), the shared 8-bit scale
//   per 32 weights (0.25 bit per weight) not modelled. For gpt-oss this also prices its BF16
//   attention, router and LM-head weights (about 1.55B of the 5.1B parameters active per token)
//   at 4 bits, so the weight bytes a small-batch decode step streams are understated (about 2.6 GB
//   against about 5 GB per step) and the memory floor by about 3 GB; stated, not corrected.
//   Compute: on a device with an FP4 matrix rate in the catalog (MI355X, B200) the weights compute
//   in FP4 (the S precision rule, as O10 / SB18 on MI355X); on a device without one (H100, MI300X)
//   the checkpoint runs weight-only, FP4 weights with BF16 compute and activations (the J rule for
//   FP8 checkpoints on A100, which has no FP8 tensor cores). Activations BF16 throughout; the KV
//   cache as each source's flags say.
// * GPUStack performance lab, gpt-oss-120b on H100 (SK01, SK02: `vllm bench serve --backend
//   openai-chat --dataset-name random --random-input-len 2000 --random-output-len 100
//   --num-prompts 500 --seed 42`, no --max-concurrency, against vLLM v0.10.2: SK01 `vllm serve
//   openai/gpt-oss-120b --max-model-len 32768` on one H100, SK02 the "optimized" `vllm serve
//   openai/gpt-oss-120b --async-scheduling -tp 2` on two): the wave-11 GPUStack burst rule
//   unchanged (SE01-SE10, SG08): the session-10 closed loop at concurrency 500 over the 500
//   prompts, no warm-up, the Q16 vLLM V1 rule (reserve 0.10, token budget 8192, block 16,
//   max_num_seqs max(256, P) = 500), KV cache BF16 (no --kv-cache-dtype: "auto"), experts split
//   tensor-parallel over the TP2 group (no expert-parallel flag), one replica of tp = the printed
//   TP; precision by the MXFP4 rule (H100: FP4 weights, BF16 compute). Lengths: the nominal 2000 /
//   100 (vLLM's default range ratio 0). The printed totals (999120 input; 49197 and 49059 generated
//   of 50000: 98.4 and 98.1 per request, the outputs not forced) are 0.1% and 1.6-1.9% under
//   nominal; like SG08's 1%, the shortfall and the chat template's tokens are not modelled.
//   --async-scheduling (host scheduling overlapped with the GPU step) and --max-model-len 32768
//   (does not bind) are not modelled. Compared: output tok/s ("a", throughput), mean TTFT ("b",
//   latency), mean TPOT ("c", latency); the total tok/s and request rate carry no further
//   information at fixed lengths. "H100 SXM" (from the Chinese version of the page) = H100, the
//   catalog's SXM entry, which a plain "H100" also maps to (the O rule).
// * InferenceX, gpt-oss-120b FP4 on MI300X with vLLM v0.17.0 (SK03-SK05: PR #1061, TP1 at
//   concurrency 64 / 128 / 256; SK06: PR #1092, TP8 at concurrency 1). The wave-9 InferenceX rule
//   (range08_closed), applied to every InferenceX row whether or not the PR restates the harness
//   (the SC14-SC20 rule): input and output uniform on [floor(0.8 L), L] = [819, 1024], a closed
//   loop of N clients over 10 x N prompts (SK03-SK05; the harness's `--num-prompts CONC*10`) or
//   the printed 64 (SK06); the warm-up requests the harness sends before the timed run (2 x N;
//   SK06: 1) are not simulated, as in every earlier InferenceX and ATOM row.
//   - Engine: the Q16 vLLM V1 rule with the harness's printed server flags: reserve 0.05
//     (--gpu-memory-utilization 0.95), kv_block_tokens 64 (--block-size=64, the SF01-SF08 reading
//     of --block-size), token budget vLLM V1's 8192 (no --max-num-batched-tokens printed),
//     max_num_seqs max(256, N), KV cache BF16 (no --kv-cache-dtype), no prefix caching (not
//     modelled anyway); --max-model-len (2248 for 1k/1k in PR #1092) does not bind. Precision by
//     the MXFP4 rule (MI300X: FP4 weights, BF16 compute). Experts split tensor-parallel over the
//     TP8 group of SK06 (no expert-parallel flag). The AITER unified attention backend, the fused
//     rope/KV-cache compile pass, the inductor graph partition and the INT4 quick all-reduce
//     (VLLM_ROCM_QUICK_REDUCE_QUANTIZATION=INT4) are kernel choices not modelled (the SD03-SD08
//     rule for quick all-reduce).
//   - Compared: SK03-SK05 output tok/s (throughput; the PR prints it to 4 significant digits and
//     it is compared as printed); the total tok/s is not (the wave-9 rule), nor the median TPOT
//     (the wave-10 percentile rule). SK06 mean ITL = tpot.mean (latency; the S online rule reads a
//     mean ITL as the mean TPOT); its "TTFT : 33.6 ms" names no statistic, and only means are
//     compared (the wave-10 rule), so it is not; its output tok/s at concurrency 1 carries no
//     information beyond TTFT and TPOT (the Q31 rule) and is not used; total tok/s and tok/s per
//     GPU are totals (the wave-9 rule).
// * ROCm/ATOM nightly benchmark dashboard on MI355X (SK07-SK12: data.js entries of two nightly
//   runs; server `atom.entrypoints.openai_server` with the model's args from
//   .github/benchmark/models.json at the run's commit: gpt-oss-120b `--kv_cache_dtype fp8
//   --gpu-memory-utilization 0.9`, Llama-3.3-70B-Instruct-MXFP4 `--kv_cache_dtype fp8 -tp 1`,
//   DeepSeek-R1-0528 `--kv_cache_dtype fp8 -tp 8`; client `atom.benchmarks.benchmark_serving
//   --random-range-ratio 0.8 --num-prompts CONC*10 --num-warmups CONC*2 --ignore-eos`): the
//   wave-12 SH09 ATOM rule unchanged (atom_tp_only: the O09/O10 vLLM V1 rule with the printed
//   flags, reserve 0.10 - printed 0.9 for gpt-oss, vLLM's default 0.9 for the others - token
//   budget 8192 (none printed), max_num_seqs max(256, N), FP8 KV cache, experts split
//   tensor-parallel (no --enable-expert-parallel), one replica of tp = the printed TP; the
//   range-0.8 closed loop of N clients over 10 x N prompts, warm-ups not simulated). Precision:
//   gpt-oss-120b and the Llama MXFP4 checkpoint by the MXFP4 rule (MI355X: FP4 weights and
//   compute); DeepSeek-R1-0528's native block FP8 = FP8 weights and compute (the O rule).
//   Lengths: 1024 / 1024 rows uniform on [819, 1024] both ways; SK09 (8192 / 1024) input uniform
//   on [6553, 8192]. Compared: output tok/s ("a", throughput; every row has N >= 4), mean TTFT
//   ("b", latency) and mean TPOT ("c", latency): the repository's dashboard script maps
//   "throughput (tok/s)" to output_throughput, "TTFT (ms)" to mean_ttft_ms and "TPOT (ms)" to
//   mean_tpot_ms (read by the collector at the run's commit). "Total Tput" is not compared (the
//   wave-9 rule). Device: SK07-SK11's entries name "AMD Instinct MI355X" (288 GB). SK12's entry
//   records the rocm-smi string "AMD Radeon Graphics" with 288 GB, and the run's runner label in
//   the same repository's workflow is atom-mi355-8gpu: the device is named by the source's own
//   CI configuration (unlike SB06-SB09, where MI355X was the collector's inference from a gfx950
//   image that MI350X shares), so SK12 is expressed on MI355X. Models: gpt-oss-120b =
//   GPT_OSS_120B; Llama-3.3-70B-Instruct = Llama3_1_70B (the S rule: same shapes);
//   DeepSeek-R1-0528 = DeepSeek_R1 (MTP not used; the MTP3 series of the dashboard is not used).
// * SGLang data-parallel attention (`--enable-dp-attention`), a new rule: the library expresses it
//   since 3128977 as MoeServing::attention_data_parallel (docs/solvers.md: attention, dense layers
//   and the LM head data-parallel across the tp ranks, each rank holding their whole weights and
//   the KV of its own sequences, the experts expert-parallel, an all-to-all dispatch and combine
//   per MoE layer and no all-reduce; documented as not validated, over-predicting the in-sample
//   DeepSeek-R1 cases). SGLang `--tp N --dp N --enable-dp-attention` (with or without `--ep N`,
//   which the option implies) = one replica of tp = N with attention_data_parallel = true; the
//   row's concurrency is the whole group's running requests (the engine gives each rank its T / N
//   share). The R SGLang engine rule supplies the rest at the group level: reserve 1 - the
//   printed --mem-fraction-static (else 0.15), max_num_seqs = the clients, token budget the
//   printed --chunked-prefill-size else 8192, read as the group's total because SGLang divides
//   --chunked-prefill-size by dp_size under DP attention (server_args.py), KV cache at the printed
//   dtype else BF16, the checkpoint's precision. SGLang's scaling of its schedule conservativeness
//   (x 0.3) under DP attention is not modelled. `--dp D` with 1 < D < N (attention tensor-parallel
//   inside each of D groups) is not expressible with the option, which makes every rank its own
//   attention group. The earlier rows excluded as "attention data parallelism is not modelled"
//   (R19/R20, Q35, Z33-Z35, Z51, SE11/SE12, SI01) are not re-expressed. In wave 15 the rule would
//   apply to SK13 only, which fails the length rule (below), so no wave-15 case uses it.
// * ShareGPT rows (SK13-SK15, SGLang cookbook: `sglang.bench_serving --backend sglang
//   --num-prompt N --max-concurrency C` with no --dataset-name, so the tool's default ShareGPT
//   dataset): the J / R28 / SG01-SG10 rule, a ShareGPT row is expressible only where the source
//   publishes the length distribution; these print token totals from which only the mean lengths
//   follow. SK13's text says "1024 input tokens and 1024 output tokens", which its own totals
//   contradict (301.7 and 188.4 per request), so its lengths are ShareGPT's as well.
//
// Not expressible (wave 15; also in docs/validation.md, "Serving"):
//   SK13 (DeepSeek-V3 FP8 on 8x MI300X, SGLang 0.5.7 --tp 8 --ep 8 --dp 8 --enable-dp-attention,
//     concurrency 100 over 1000 prompts): ShareGPT lengths, only their means derivable (the
//     text's 1024 / 1024 contradicts the printed totals). The data-parallel attention itself is
//     expressible by the rule above.
//   SK14, SK15 (gpt-oss-120b on 8x B200, SGLang 0.5.6 --tp 8, concurrency 1 and 100): ShareGPT
//     lengths, only their means derivable.
//
// ---- Wave 16: research cases SN01-SN08 (tests/validation/serving_cases_wave16.json and .md),
// collected blind on 2026-11-30 (session 13) by one research pass from sources unused by waves
// 1-15 (the pass calls itself wave 17, tag SN). The first-prediction model of every SN case is the
// HEAD of main when this integration started, f8c9108 (the base of worktree wtS16), whose serving
// model is that of e11b1f0 (MoeServing::expert_weights; unquantized modules compute at their
// weights' precision): the commits after e11b1f0 changed the training solver, docs and a comment
// in serving.hpp, and f8c9108 only added the catalog's Qwen3_14B (from its config.json, before any
// wave-16 prediction). These mapping rules were written before any wave-16 prediction was computed
// and apply to every wave-16 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH,
// SI, SJ, SK and session-10 rules above still hold where a rule below does not replace them.
// * Models. gpt-oss-20b = GPT_OSS_20B, gpt-oss-120b = GPT_OSS_120B, under the wave-15 gpt-oss
//   rule: the catalog schema cannot express their alternating 128-token sliding-window layers (12
//   of gpt-oss-20b's 24, 18 of gpt-oss-120b's 36), so full attention is priced on every layer: the
//   KV cache and attention of the windowed layers are overstated, by about 16x at the 2100-token
//   contexts, 32x at 4100, 24x at 3072 and 250x at 32100 (context / 128); the attention sinks and
//   the q/k/v/o biases are not modelled either. Qwen3-14B and Qwen3-14B-FP8 = Qwen3_14B (f8c9108).
//   DeepSeek-R1 = DeepSeek_R1 (MTP not used).
// * gpt-oss's MXFP4 checkpoints: the wave-15 MXFP4 rule with the session-12 experts-only rule
//   (gpt_oss_experts_only): the routed experts are FP4 (MoeServing::expert_weights), attention,
//   router, embeddings and LM head BF16; the experts compute in FP4 where the device has an FP4
//   matrix rate (B200: SN08), else weight-only with BF16 compute (H100: SN02-SN04).
// * GPUStack Performance Lab (SN02-SN04, SN06, SN07: `vllm bench serve --backend openai-chat
//   --endpoint /v1/chat/completions --dataset-name random --seed 42`, no --max-concurrency, no
//   --request-rate, no --ignore-eos): the wave-11 GPUStack burst rule unchanged (SE01-SE10, SG08,
//   SK01/SK02): the session-10 closed loop at concurrency P over the P prompts, no warm-up (none
//   stated, none by default), P = the printed "Successful requests" (500; SN03 100), fixed lengths
//   (vLLM's default range ratio 0) at the nominal ISL of the document's workload list (2000, 4000,
//   32000); the printed input totals are 0.0-0.2% under prompts x ISL (re-tokenisation) and the
//   chat template adds a few tokens: not modelled. Engines, with the flags printed:
//   - vLLM v0.11.0 `vllm serve MODEL` (SN02, SN03, SN06) and `vllm serve openai/gpt-oss-20b
//     --async-scheduling` (SN04): the Q16 vLLM V1 rule (reserve 0.10, token budget 8192, block
//     16, max_num_seqs max(256, P)), KV cache BF16 (no --kv-cache-dtype: "auto"). SN06
//     (Qwen/Qwen3-14B) BF16 throughout (vllm_burst, as SE01); SN02-SN04 gpt-oss-20b by the MXFP4
//     rule on H100 (vllm_mxfp4_burst, as SK01/SK02). --async-scheduling is not modelled (the SK02
//     rule). One replica of tp 1: the commands print no -tp (vLLM's default of one GPU, as SK01).
//     The gpt-oss-20b page says only "NVIDIA H100 GPUs": the catalog's H100 (SXM) entry, which a
//     plain "H100" maps to (the O rule); the Qwen3-14B page says "A single NVIDIA H100 SXM GPU".
//   - SGLang v0.5.5.post1 `python3 -m sglang.launch_server --model-path Qwen/Qwen3-14B-FP8` and no
//     other flag (SN07): the R SGLang engine rule as SI04 (sgl_pr_fixed: reserve 0.15, no
//     --mem-fraction-static printed, the O and Z49/Z50 assumption; token budget SGLang's default
//     chunked_prefill_size 8192; max_num_seqs = the clients, here P; KV cache BF16, "auto"; the
//     block-FP8 checkpoint = FP8 weights and compute; tp 1). The wave-11 burst rule is decided per
//     tool, and the client is `vllm bench serve` against SGLang's OpenAI endpoint: the same closed
//     loop at P over P fixed-length prompts.
//   - Outputs that stop early, a new rule. Without --ignore-eos an output ends at EOS or at OSL.
//     The earlier GPUStack rows stopped at most 1.9% short of prompts x OSL (SG08 1.0%, SK01 1.6%,
//     SK02 1.9%) and ran at the nominal OSL, the shortfall "not modelled". A row whose printed
//     "Total generated tokens" is more than 2% below prompts x OSL runs at its realised mean
//     output length, the printed total / the successful requests rounded to a token, as a fixed
//     length (gpustack_output; the SI10-SI12 realised-mean rule, from the O09 / SD01 rule: the
//     engine runs the realised lengths the source's own totals give); the per-request spread (some
//     outputs ending at EOS, the others at OSL) is not published and is not modelled. So SN02 runs
//     47022 / 500 = 94 output tokens (6.0% short), SN03 9350 / 100 = 93.5 -> 94 (6.5% short), SN04
//     52966 / 500 = 106 (47.0% short, of 200); SN06 (50000 = 500 x 100) and SN07 (99814 of 100000,
//     0.2% short) run at the nominal 100 and 200.
//   - Compared per row: output tok/s ("a", throughput), mean TTFT ("b", latency; the burst's queue
//     is what the closed loop prices), mean TPOT ("c", latency), as SE01-SE10 and SK01/SK02.
//     SN03's output tok/s (86.62) is printed in its quoted block (the case table lists only the
//     total). The total tok/s and the request rate carry no further information once the lengths
//     are fixed; medians, p99 and the mean ITL are not compared (the wave-10 percentile rule; the
//     mean TPOT is printed, so the S online reading of a mean ITL as TPOT does not arise).
//   - Rows quoted only in a case's notes are not added: SN04's baseline without async scheduling
//     (33236.17 total tok/s, 184.26 ms mean TPOT) and SN07's vLLM BF16 baseline (9218.03 total
//     tok/s, 132.45 ms) come without their generated-token totals, so neither the early-stopping
//     rule nor the total-to-output identity (the SD03-SD18 rule, fixed lengths) can be applied.
// * vLLM recipes, DeepSeek-R1 on 8x MI300X (SN01: file DeepSeek/AMD_GPU/README.md at b7d325e,
//   later deleted; rocm/vllm:latest of August 2025 with VLLM_USE_V1=1; server `vllm serve
//   deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --max-model-len 65536 --max-num-seqs 1024
//   --max-num-batched-tokens 32768 --block-size 1`; client benchmark_serving.py --dataset-name
//   random --random-input-len 3200 --random-output-len 800 --ignore-eos --num-prompts 500
//   --max-concurrency 256):
//   - Engine: the Q16 vLLM V1 rule with the printed flags (as SF01-SF08 and SK03-SK06 took theirs):
//     reserve 0.10 (no --gpu-memory-utilization: vLLM's 0.9), token budget 32768, max_num_seqs
//     1024, kv_block_tokens 1 (--block-size 1, the SF01-SF08 reading of --block-size), KV cache
//     BF16 (no --kv-cache-dtype: "auto"), the native block FP8 = FP8 weights and compute (the O
//     rule), experts split tensor-parallel over the TP8 group (no expert-parallel flag), one
//     replica of tp 8; --max-model-len 65536 does not bind. AITER kernels (VLLM_ROCM_USE_AITER=1),
//     VLLM_V1_USE_PREFILL_DECODE_ATTENTION, piecewise graphs (full_cuda_graph false) and
//     NCCL_MIN_NCHANNELS are kernel choices, not modelled; nor is the clock lock `rocm-smi
//     --setperfdeterminism 1900` (the catalog's MI300X rates, its 2100 MHz peak table and a
//     measured GEMM rate, are not derated for it).
//   - Load: the session-10 closed-loop rule (vllm_r1_recipe: loop_sim): 256 clients over the
//     printed 500 prompts at fixed 3200 / 800 (the client's default range ratio 0; --ignore-eos,
//     and the printed 400000 generated = 500 x 800; the printed input total is 0.15% under 500 x
//     3200, not modelled), no warm-up (none stated).
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency). The mean ITL (equal to the mean TPOT here) and the mean end-to-end latency (the
//     wave-8 rule, not compared where TTFT and TPOT are), medians, p99 and the total tok/s are not.
// * TensorRT-LLM tech blog 9, gpt-oss-120b low-latency (SN08: low_latency.yaml with
//   enable_attention_dp false, CUDA graphs with padding, MoE backend TRTLLM; `trtllm-bench --model
//   openai/gpt-oss-120b throughput --backend pytorch --tp ${num_gpus} --ep 1 --config
//   low_latency.yaml --dataset gpt-oss-120b-1k2k.txt --max_batch_size ${max_batch_size}
//   --concurrency ${max_batch_size} --num_requests $((max_batch_size * 10))
//   --kv_cache_free_gpu_mem_fraction 0.9 --streaming --warmup 0`; "we achieve 420 tps/user with
//   8x B200 GPUs and batch size 1"):
//   - Parallelism: the printed template at num_gpus = 8 and max_batch_size = 1, the values the
//     sentence states: one replica of TP8 with EP1 (experts split tensor-parallel), no attention
//     data parallelism. The configuration is the source's printed command, so the SA12-SA21 rule
//     (collector assumptions are not used) does not arise.
//   - Engine: the S TensorRT-LLM rule with the printed limits (trtllm_logged, the P29/P30 rule):
//     max batch 1, KV memory fraction 0.9 -> reserve 0.10, max_num_tokens not printed -> 8192.
//     Precision: the MXFP4 rule on B200 (FP4 experts computing in FP4; the rest BF16); KV cache
//     FP8, the S precision rule's default where the source states no KV dtype (the SJ08 rule).
//     The TRTLLM MoE backend, programmatic dependent launch (TRTLLM_ENABLE_PDL=1) and graph
//     padding are kernel choices, not modelled. The TensorRT-LLM version behind 420 is not stated
//     (the file's container tag moved since publication); an unstated engine version is treated
//     as the S rule treats loosely stated ones (the SC21-SC28 rule).
//   - Load: the session-10 closed-loop rule at concurrency 1 over the template's 10 requests, no
//     warm-up (--warmup 0). Lengths: the blog's "isl of 1k and osl of 2k" = 1024 / 2048, fixed
//     (the S29 / P17 reading of TensorRT-LLM's 1k/2k; trtllm-bench datasets fix each request's
//     output length, and the dataset's generation is not shown).
//   - Compared: tokens/s per user (latency area: a single stream at batch 1, the wave-2 area rule)
//     = the loop's output tok/s (output tokens over the time of the ten back-to-back requests,
//     trtllm-bench's per-user output throughput with the context phase). trtllm-bench also prints
//     a per-user output speed without it; the two readings differ by TTFT's share of a request's
//     latency, about 1% at 1024 in / 2048 out, so the R37 unit rule (readings within 10%) admits
//     the row.
// * SGLang gpt-oss-20b on ShareGPT (SN05): the J / R28 / SG01-SG10 / SK13-SK15 rule, a ShareGPT
//   row is expressible only where the source publishes the length distribution.
//
// Not expressible (wave 16; also in docs/validation.md, "Serving"):
//   SN05 (gpt-oss-20b on 1x H100, SGLang v0.5.4.post2, 1000 ShareGPT prompts at once): ShareGPT
//     lengths, only their means derivable from the printed totals (215.3 in, 195.7 out).
//
// ---- Wave 17: research cases SO01-SO13 (tests/validation/serving_cases_wave17.json and .md),
// collected blind on 2026-11-30 (session 13) by one research pass from sources unused by waves
// 1-16 (serving-system sources with full setups: the QServe README, Mooncake's PD-disaggregation
// docs, the vLLM blog's MORI-IO post). The first-prediction model of every SO case is the HEAD of
// main when this integration started, ec07c38 (the base of worktree wtS17), whose serving model
// is that of e11b1f0, as wave 16's: the commits after f8c9108 (wave 16's base) changed only the
// serving validation, docs and README. These mapping rules were written before any wave-17
// prediction was computed and apply to every wave-17 case alike; the S, R, Q, P, L, J, Z, O,
// SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN and session-10 rules above still hold where a rule
// below does not replace them.
// * Quantized formats (QServe README, SO01-SO06). serve_case() takes weights, activations, KV cache
// and
//   compute precisions apart (Precisions): weights narrower than the compute precision are
//   weight-only quantization (the weights' width sets the memory floor, the GEMMs run at the
//   compute precision's rate; docs/solvers.md), and a KV cache in a format attention kernels do
//   not compute in (INT8, INT4, FP4) is held and read at its width and dequantized to the
//   activations' precision for the attention math. So every format of these rows is expressible:
//   - TRT-LLM-FP16: FP16 weights, activations, KV cache and compute (the P13/P14 and V19 rule).
//   - TRT-LLM-W8A8 (SmoothQuant, SO02): INT8 weights and compute, FP16 activations. KV cache FP16:
//     the row states none, and TensorRT-LLM keeps the cache at the model dtype unless an INT8 or
//     FP8 KV option is given; the S rule's FP8 cache follows from TensorRT-LLM's FP8 quantization
//     setting it ("If you specify FP8 quantization, the KV cache will automatically be set to FP8
//     as well") and does not extend to INT8 SmoothQuant. The README's footnote "SmoothQuant is
//     evaluated with per-tensor static KV cache quantization" belongs to its accuracy table, not
//     to the throughput table, and is not used.
//   - TRT-LLM-W4A16 (SO03): INT4 weights, FP16 activations, KV cache and compute (the J23-J25
//     AWQ rule; the group-128 scales and zeros of AWQ / GPTQ are not modelled).
//   - QServe-W4A8KV4 (SO04, SO05): INT4 weights, INT8 compute (QoQ's W4A8 GEMM dequantizes the
//     4-bit weights to INT8 and runs on INT8 tensor cores), FP16 activations, INT4 KV cache. The
//     per-group (g128, SO05) weight scales and the KV4 scales and zeros are not modelled; nor are
//     QServe's kernels (progressive quantization, compute-aware weight reordering, register-level
//     dequantization, SmoothAttention): kernel choices the engine does not distinguish, as every
//     earlier kernel switch. The catalog has INT8 rates for both devices (A100 624 TOPS, L40S 733).
// * QServe benchmark harness ("the criterion is maximum achieveable throughput", "input context
//   length is 1024 tokens, output generation length is 512 tokens", "In-flight batching is turned
//   off in the efficiency benchmarks", paged attention on; unit "tokens/second" of token
//   generation, one GPU per table, "Benchmark settings aligned with TensorRT-LLM"): a static batch
//   prefilled together then decoded together at fixed 1024 / 512, and the compared figure is the
//   batch's generated tokens over its whole latency (serve_case().output_throughput of the static
//   batch, the R01-R06 reading of gptSessionBenchmark, which the QServe harness says it aligns
//   with). One replica of tp 1 (the scripts launch no parallelism; one GPU per table). Throughput
//   area.
//   - TensorRT-LLM baselines without a published batch (SO01, SO02, SO03, SO06): the Q19 rule
//     (the rule Q19 was written with: a static batch at the largest batch that fits,
//     max_concurrent, under the S TensorRT-LLM limits: max batch 2048, 8192 tokens, reserve 0.05)
//     at the row's precisions above. "All experiments were conducted under the same device memory
//     budget" gives no figure, so the S reserve stands. TensorRT-LLM's version is not stated (the
//     SC21-SC28 rule for loosely stated versions).
//   - QServe rows (SO04, SO05): a static batch at the published "Max throughput batch size" (A100
//     Llama-3-8B 256, L40S Llama-2-70B 24; the scripts' GLOBAL_BATCH_SIZE), predicted even where
//     serve_case() says it does not fit (the R01-R06 rule: the source ran it), with QServe's
//     printed engine defaults (--max-num-seqs 256, raised to the batch where larger;
//     --max-num-batched- tokens 262144; 64-token pages) and serve_case()'s other defaults. The
//     pages the scripts allocate (NUM_GPU_PAGE_BLOCKS) only decide whether the batch fits, which
//     the rule does not use.
//   - Models and devices: Llama-3-8B = Llama3_8B, Llama-2-7B = Llama2_7B, Llama-2-70B = Llama2_70B
//     (1536-token requests fit their 8192 / 4096 contexts); "A100 (80G)" (form factor not stated)
//     = A100, the catalog's SXM4 80GB entry (the O rule for a plain device name); "L40S (48G)" =
//     L40S.
//   - Only the collector's rows are cases. The quotes carry whole table rows (eight models per
//     system) and the notes other systems of the same column; taking every cell would make one
//     harness's table most of the wave. The research pass chose its rows blind, and the
//     integration keeps to them (the other cells are neither predicted nor used).
// * Mooncake vLLM PD disaggregation on H800 (SO09, SO10: vLLM 0.11.2.dev358 V1, prefiller and
//   decoder each `vllm.entrypoints.openai.api_server --model Qwen3-8B --tensor-parallel-size 8
//   --no-enable-prefix-caching --kv-transfer-config MooncakeConnector` on its own node of 8x H800;
//   client `vllm bench serve --dataset-name random --random-input-len L --random-output-len 128
//   --num-prompts 50 --max-concurrency 1 --backend openai-chat`):
//   - Engine: the Q16 vLLM V1 rule (reserve 0.10: no --gpu-memory-utilization; token budget 8192;
//     block 16; max_num_seqs max(256, N)), BF16 weights, activations, compute and KV cache (no
//     --dtype or --kv-cache-dtype: "auto" on the BF16 checkpoint). The source's "KV Cache Size"
//     column confirms the BF16 cache without a prediction: Qwen3-8B holds 36 x 8 x 128 x 2 x 2
//     bytes = 144 KiB per token, 1.125 GiB for 8192 tokens and 4.5 GiB for 32768 (printed 1.13 GB
//     and 4.50 GB). Each instance is one replica of tp 8. --no-enable-prefix-caching: no prefix
//     caching, which the engine does not model anyway.
//   - Deployment: the library's disaggregation model (simulate with Deployment::disaggregated,
//     one prefill and one decode replica of that TP8 engine; docs/solvers.md: a finished prompt's
//     KV crosses the link between the pools before the request joins the decode pool). Its TTFT
//     ends at the prefill iteration that samples the first token, before the transfer; the
//     source's "Mean TTFT" is the client's and also holds the cross-node transfer (tabulated
//     apart: "Actual Transfer Time" 8.84 and 31.65 ms, 4.2% of the printed TTFT in both rows), the
//     toy proxy's two HTTP hops (prefiller first, with max_tokens 1, then decoder) and the decode
//     instance's first step. By the R37 / SN08 rule of admitting two readings that differ by less
//     than 10%, the transfer the source itself measures does not bar the rows. The rest is a cost
//     the engine does not have (no proxy, HTTP or scheduler time is modelled: S12a's miss note),
//     not a reading of the unit, so it does not bar them either; its size is stated here before
//     any prediction: the same table's 128-token row (46.09 ms with a 0.54 ms transfer; not a
//     case) bounds it at about 45 ms, its own short prefill included, which is up to 21% of
//     SO09's 212 ms and 6% of SO10's 750 ms: the model's TTFT is expected short by up to that.
//     The KV link is left at the simulator's default (the device link): at concurrency 1 the next
//     request is sent only when the previous one completes, so the transfer enters no compared
//     figure, and the RoCE fabric ("approximately 200 GB/s for the 8x RoCE connections") is not
//     needed.
//   - Load: the session-10 closed-loop rule at concurrency 1 over the printed 50 prompts, no
//     warm-up (none stated). Lengths fixed at 8192 / 128 and 32768 / 128 (vLLM's random dataset at
//     its default range ratio 0, the wave-11 GPUStack reading); the chat template's few tokens
//     (openai-chat endpoint) are not modelled. 32768 + 128 tokens fit Qwen3-8B's 40960 context.
//   - Compared: mean TTFT ("Mean TTFT (ms)", latency). The transfer time, KV size and bandwidth
//     columns are not compared (the simulator reports no transfer time, and its link is not the
//     source's). Only the collector's two rows (8192 and 32768 tokens) are cases, as for QServe.
//   Qwen3-8B = Qwen3_8B; "NVIDIA H800 (81GB)" = H800 (the catalog's H800 SXM5 80 GiB; 81 GB is
//   nvidia-smi's 81559 MiB).
// * Mooncake SGLang PD disaggregation on H20-3e (SO07, SO08): the H20-3e (143 GB HBM3e) is not in
//   the catalog, whose H20 is the 96 GB HBM3 part (the SI07 rule). Independently, the TTFT column
//   names no statistic (mean or median), and only means are compared (the wave-10 rule).
// * vLLM blog, MORI-IO on 8x MI300X (SO11-SO13: Qwen3-235B-A22B-FP8, "Input sequence length: 2000
//   tokens", "Output sequence length: 1000 tokens", "Dataset: random", "Workload: 100 total
//   requests", "Request rate: 0.5 to 10 (step 0.5)"; the compared figure is Table 3's "Requests
//   meeting both SLOs" at rate 8, SLOs "TTFT < 1 second and ITL < 50 ms per token"):
//   - The metric. The simulator reports it: SimulationOptions::slo with ttft and tpot targets
//     gives SimulationResult::slo_attainment, the fraction of requests whose TTFT and whose mean
//     TPOT (the request's mean inter-token latency) meet the targets, so the count would be
//     slo_attainment x the requests. The blog does not say whether "ITL < 50 ms per token" bounds
//     a request's mean inter-token latency or each of its gaps (its failure modes speak of "ITL
//     spikes" and "P99 ITL >> 50 ms", Figure 3 has one bar per request); the two readings are not
//     shown to be within 10% of each other, so the R37 rule for an unresolved unit does not admit
//     the rows.
//   - The load. The client is not named and its flags are not printed: neither the arrival
//     process at 8 req/s (Poisson or evenly spaced) nor the random dataset's length distribution
//     (range ratio; outputs forced or ending at EOS) is stated by a tool's flags or by token
//     totals (the SF09-SF16 rule). A count of requests under a threshold depends on the tails of
//     both, not only on their means.
//   - SO12 (1x TP8): its server command is not printed, only described (the SD09/SD10 rule).
//   - SO13 (1P+1D, write mode): the KV moves by RDMA over NICs the blog does not name
//     (MORI_DISABLE_AUTO_XGMI=1 turns the XGMI path off), and its TTFT, the failure mode the blog
//     reports for this column, includes that transfer, which the simulator's TTFT does not.
//   None of SO11-SO13 is expressible (below).
//
// Not expressible (wave 17; also in docs/validation.md, "Serving"):
//   SO07, SO08 (Qwen3-235B-A22B BF16, SGLang 1P1D TP8 on 16x H20-3e, concurrency 1): H20-3e
//     (143 GB HBM3e) not in the catalog; the TTFT's statistic is not named.
//   SO11, SO13 (Qwen3-235B-A22B-FP8 on 8x MI300X, vLLM 2x TP4 / MORI-IO 1P+1D, 8 req/s): the
//     ITL SLO's reading (mean or every gap) is unresolved; the client, the arrival process and
//     the length distribution are not stated; SO13's KV fabric is not named.
//   SO12 (the same, 1x TP8): as SO11, and the server command is not printed.
//
// ---- Wave 18: research cases SP01-SP19 (tests/validation/serving_cases_wave18.json and .md),
// collected blind on 2026-11-30 (session 13) by one research pass from sources unused by waves
// 1-17 (mid-range GPUs and non-NVIDIA accelerators; the pass calls itself wave 19, tag SP). The
// first-prediction model of every SP case is the HEAD of main when this integration started,
// 2bed7c4 (the base of worktree wtS18), whose serving engine is unchanged since e11b1f0: the
// commits since then changed the training solver, docs, the validation files and the catalog
// (in session 13: measured TPU splash-attention forward rates and training attention rates, GEMM
// ceilings carried to A100 40GB / A800 / H800, MI350X and B300 derived rates), and a43c043 only
// made fused_attention_rate refuse a non-positive token count. These mapping rules were written
// before any wave-18 prediction was computed and apply to every wave-18 case alike; the S, R, Q,
// P, L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO and session-10 rules above still
// hold where a rule below does not replace them.
// * Catalog. Every device and model the rows name exists: Inferentia2 (a whole chip of two
//   NeuronCore-v2, 32 GiB, NeuronLink-v2 with its measured collective floor), Gaudi3 (HL-325L;
//   the source does not say HL-325L or HL-338, and the plain name maps to the catalog entry of
//   that name, the O rule), TPUv6, MI300X, A100 (SXM4 80 GB), A100_40GB, A10G; Llama3_1_8B,
//   Llama2_7B, Llama2_13B, Llama2_70B, Llama3_405B (= Llama-3.1-405B, the S rule), Qwen3_14B,
//   GPT_OSS_20B. Each has a device or host link, which serve_case() needs for tp > 1.
// * Lengths, three rules decided from the sources before any prediction:
//   - guidellm 0.1's emulated data (`--data-type emulated --data "prompt_tokens=1500,
//     prompt_tokens_variance=150,generated_tokens=250,generated_tokens_variance=20"`,
//     optimum-neuron benchmark/vllm/performance.sh). Read in guidellm's
//     src/guidellm/request/emulated.py (EmulatedConfig._sample_tokens): a length is
//     rng.normal(base, sqrt(variance)), clamped to [1, base + 5 x variance]. So "variance 150" is
//     a standard deviation of 12.2 tokens (0.8% of 1500), not a +-150 range: the collector's
//     per-request records agree (20 prompts of 1482-1518 tokens, mean 1500.5). It is not a
//     uniform range, so the random-range-ratio rules (wave 8's [1, L], wave 9's [0.8 L, L]) do
//     not apply; a spread under 1% is run as the fixed mean 1500, as the sub-1% re-tokenisation
//     spreads of the GPUStack rows were (SE01, SG08). The output target (250, sd 4.5) is not
//     forced: the collector's per-request records hold outputs of 21-258 tokens, so requests end
//     at EOS, and the rows run at the realised mean output (the wave-16 early-stopping rule),
//     which here is the printed output tok/s over the printed request/s (both are totals over the
//     same run duration, so their ratio is the mean generated tokens per request, an identity;
//     for SP01 and SP02 the collector's per-request records give the same 222.7 and 212.9): SP01
//     38.524 / 0.17298 = 222.7 -> 223, SP02 426.21 / 2.0015 = 212.9 -> 213, SP03 440.45 / 2.0768
//     = 212.1 -> 212 (11-15% short of 250, past the rule's 2%).
//   - Printed token totals of vLLM's benchmark_serving (sonnet, random). Outputs: the wave-16
//     rule (a printed "Total generated tokens" more than 2% under prompts x OSL runs at the
//     realised mean, total / prompts, rounded; else the nominal OSL). Inputs, the same threshold,
//     from the O09 / SD01 / SI10-SI12 realised-length rule: a printed input total more than 2%
//     off prompts x ISL runs at its realised mean (sonnet builds each prompt from whole poem
//     lines, so its target is approximate: SP11/SP12 average 1195639 / 640 = 1868 for a nominal
//     2048, 8.8% short), else the nominal ISL (the sub-2% re-tokenisation shortfalls of SE01-SE10,
//     SG08, SK01, SN02-SN07 stay unmodelled). Sonnet prompts of one run differ by a few lines;
//     they are run as fixed at that length (the J23-J25 reading of sonnet rows).
//   - Dataset-driven lengths (ShareGPT, OpenOrca) with only mean lengths derivable: not
//     expressible (the J / R28 rule, and the MLPerf rule for OpenOrca), whatever the source's
//     repository holds beyond the case file.
// * Neuron devices (the Q31 / P18-P22 / L25 rule): a catalog Inferentia2 is a whole chip of two
//   NeuronCores, so tp = NeuronCores / 2: TP8 on inf2.48xlarge = 4 chips (tp 4; 4 divides Llama
//   3.1 8B's 32 heads and 8 KV heads), TP2 on inf2.8xlarge = 1 chip (tp 1), TP24 = 12 chips, which
//   divides neither Llama 2 7B's 32 heads nor Llama 2 13B's 40 (serve_case() refuses it: SP06, SP07
//   not expressible, as P22 and L25-L29).
// * optimum-neuron's vLLM plugin on inf2.48xlarge (SP01-SP03: chunked-prefill/README.md setup
//   "Batch size 32, Sequence length 4096, Tensor parallel 8, Concurrent users 32"; std-ods.csv =
//   Config A, standard context encoding; hybrid-ods.csv = Config D, chunked prefill of chunk
//   1024), guidellm client (performance.sh: GUIDELLM__NUM_SWEEP_PROFILES=0, a "synchronous" and a
//   "throughput" run; GUIDELLM__MAX_CONCURRENCY = the users):
//   - Engine: vLLM's scheduler over a model compiled for a batch of 32 and 4096 tokens:
//     continuous batching with max_num_seqs 32 (the compiled batch, which caps the running
//     requests); token budget: Config A encodes a whole prompt in one context-encoding pass, so
//     the compiled sequence length 4096 (the P18 / L25 rule: the CSV's sequence length; the Q31
//     rule: the printed maximum context length), Config D the printed chunk size 1024 (the R
//     SGLang rule's reading of a printed chunk size as the token budget). BF16 weights, compute,
//     activations and KV cache (optimum-neuron exports the checkpoint's BF16; no dtype is
//     printed, the checkpoint-dtype reading of Q16 / SE01). Other parameters serve_case()'s
//     defaults (the Neuron rules). One replica of tp 4 on Inferentia2. Padding every decode step to
//     the compiled batch, on-device sampling (ODS) and the hybrid sampling of Config D are kernel
//     choices, not modelled.
//   - Load: guidellm's synchronous run is one request at a time, its throughput run keeps up to
//     N = the users in flight (the collector's per-request records: peak 31 of 32): the session-10
//     closed-loop rule at concurrency 1 (SP01) and 32 (SP02, SP03). Prompt counts: SP01 the 20 of
//     its run's raw report (at concurrency 1 every request is alike, so the count does not move a
//     mean), SP02 the 100 of its raw report. SP03's report is not in the case file; SP03 ran the
//     same script, guidellm version and server settings 24 minutes after SP02 (CSV timestamps
//     2026-03-03 15:22 and 15:46). SP02's throughput run ended at 100 requests after about 50 s
//     (100 / 2.0 req/s), inside the 120 s duration limit, so its length was set by a request
//     count of the client's configuration, which SP03 shares: 100 prompts. No warm-up (none
//     stated).
//   - Compared: mean TTFT ("b", latency), mean ITL = tpot.mean ("c", latency; guidellm's
//     inter-token latency excludes the first token, the S online reading of a mean ITL as TPOT),
//     and for SP02/SP03 output tok/s ("a", throughput); not at concurrency 1 (SP01: the Q31 rule).
//     The request rate and the mean request latency are not (the rate is the output rate over a
//     fixed mean output; the wave-8 rule for an end-to-end mean where TTFT and TPOT are compared).
// * SP04 (optimum-neuron branch data_parallel_benchmarks, CLI DP=1, 128 users) and SP05 (three
//   TP8 replicas behind nginx, optimum-neuron 0.4.1 of September 2025, 128 users): the request
//   count is in neither row's file nor the case file, and SP02's count cannot be carried over:
//   they ran on other dates, other code, and at 128 users a count-capped run of 100 would be one
//   burst, not the closed loop the collector describes (up to 96 requests queued). A closed loop's
//   mean TTFT averages its first wave's queue over the count (the session-10 rule), so the load is
//   not stated: not expressible.
// * Hugging Face Inferentia2 blog (SP06-SP08: optimum-neuron NeuronModelForCausalLM.generate,
//   transformers-neuronx, models compiled with batch 1 or 4 and sequence length 2048, 256 input
//   tokens and 768 generated): the P18-P22 / L25 rule (neuronx_batch1: a compiled batch of 1,
//   one context pass, token budget = the compiled sequence length 2048, max_num_seqs 1, weights
//   at the model's 16-bit type with 16-bit compute and KV cache; FP16 (the blog's export example)
//   and BF16 have the same width and the same Inferentia2 rate, so the unstated 16-bit type
//   cannot matter). SP08 (Llama 2 7B on one chip, batch 1): compared the end-to-end latency of
//   the 768 new tokens = serve_case().request_latency ("a", latency) and the encoding time (the
//   blog's time to encode the 256-token prompt, its first-token latency) = serve_case().ttft ("b",
//   latency), printed to one significant digit (0.3 s: +-17%), compared as given (the J23-J25
//   rule for approximate figures). Its tokens/s (batch x 1024 / latency) carries no further
//   information. SP06, SP07: TP24 (above).
// * dstack vLLM vs TGI on 8x MI300X (SP09, SP10: Llama-3.1-405B-Instruct BF16, TP8, a modified
//   vLLM benchmark_serving.py `--dataset-name sonnet --num-prompt 64 --sonnet-input-len 80
//   --sonnet-prefix-len 50`, no --request-rate, output length the script's default 150 without
//   --ignore-eos):
//   - Load: the wave-11 burst rule (benchmark_serving is an HTTP client): the session-10 closed
//     loop at concurrency 64 over the 64 prompts, no warm-up. Lengths by the rules above: input
//     5189 / 64 = 81.1, 1.4% over 80 -> 80; output 3842 / 64 = 60.0, 60% short of 150 -> 60.
//   - Engine, SP09: vLLM 0.6.3.dev ROCm `vllm serve $MODEL_ID --tensor-parallel-size=8` and no
//     tuning flag ("we used the default backend configuration"): the P08-P12 vLLM-ROCm rule of the
//     same era (reserve 0.10, max_num_seqs 256, KV cache BF16 "auto") with the checkpoint's BF16
//     weights and compute, and one change the tool decides: that rule's 131072-token budget came
//     from the benchmark scripts, whose --enable-chunked-prefill defaults to false; `vllm serve`
//     leaves it unset, and vLLM 0.6's EngineArgs then enables chunked prefill for a model with
//     max_model_len > 32K on a device of type "cuda" (which ROCm builds report; the ROCm exclusion
//     came in a later version), with V0's chunked budget of 512 tokens (read in that era's
//     arg_utils.py and its log line "Chunked prefill is enabled with max_num_batched_tokens=512").
//     Llama 3.1's 131072-token context: token budget 512. No prefix caching (V0's default off; the
//     sonnet prompts' 50-token shared prefix is not reused).
//   - SP10, TGI (sha-11d7af7-rocm, `--num-shard 8 --max-concurrent-requests 8192
//     --max-total-tokens 130000`): no earlier rule covers TGI. Its per-iteration prefill budget
//     (--max-batch-prefill-tokens) is not printed, and TGI's launcher derives it from
//     --max-input-tokens (+ 50), which the source's task leaves blank (MAX-INPUT-TOKEN); TGI's own
//     default for it (the context minus one, 131071) would fail its check against the printed
//     --max-total-tokens 130000, so the run set a value the source does not give. The engine's
//     configuration is not stated (the SD09/SD10 rule): not expressible.
//   - Compared (SP09): output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency); the mean ITL, medians and p99 are not (the wave-10 rule), nor the total tok/s and
//     request rate (no further information at the run lengths).
// * HabanaAI Gaudi-tutorials vLLM container on Gaudi 3 (SP11: Llama-3.1-8B-Instruct TP1; SP12:
//   Llama-3.1-405B-Instruct TP8; vllm-fork v0.7.2 with Intel Gaudi software 1.21.1; server
//   `--block-size 128 --dtype bfloat16 --tensor-parallel-size TP --max-model-len 4352
//   --use-padding-aware-scheduling --max-num-seqs $MAX_NUM_SEQS --max-num-prefill-seqs 16
//   --num-scheduler-steps 1`; client perftest.sh: benchmark_serving.py --dataset-name sonnet
//   --sonnet-prefix-len 100 --sonnet-input-len 2048 --sonnet-output-len 2048 --ignore-eos
//   --num-prompts 640 --max-concurrency 64):
//   - Engine: vLLM V0 (the fork's v0.7.2) by the SI10-SI12 V0 rule: chunked prefill off, token
//     budget max(max_model_len, 2048) = 4352 (--max-num-prefill-seqs 16 does not bind at two
//     prompts per pass); kv_block_tokens 128 (--block-size 128, the SF01-SF08 reading); BF16
//     weights, activations, compute and KV cache (--dtype bfloat16; CACHE_DTYPE_BYTES 2). The
//     two values vllm_autocalc.py computes are not printed: MAX_NUM_SEQS is, by the script
//     (read at a later commit of the same folder), the number of max_model_len sequences the KV
//     memory holds rounded up to the decode bucket step, i.e. a cap at the KV pool's capacity, so
//     max_num_seqs = the clients, 64 (no cap but the KV pool, the R SGLang reading);
//     GPU_MEMORY_UTILIZATION leaves 1-3 GB of the memory after the weights, a value that depends
//     on settings_vllm.csv constants not in the case file: vLLM's default 0.9, reserve 0.10 (the
//     Q16 rule). At that reserve 64 requests of 1868 + 2048 tokens fit either way (405B TP8: 0.9 x
//     128 GiB - 101.5 GB of weights = 22 GB per card against 16 GB of BF16 KV; 8B: far more),
//     so the pool decides no admission. Bucketed HPU graphs and padding-aware scheduling are
//     kernel choices, not modelled. No prefix caching (V0's default; the 100-token sonnet prefix
//     is not reused). One replica of tp = the printed TP on the catalog's Gaudi3.
//   - Load: the session-10 closed-loop rule at concurrency 64 over the 640 prompts, no warm-up.
//     Lengths: input the realised 1868 (above), output 2048 (--ignore-eos; 1310720 = 640 x 2048).
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency); medians, p90 and the mean ITL are not (the wave-10 rule).
// * SkyPilot JetStream-PyTorch on TPU v6e-8 (SP13): OpenOrca prompts and reference answers,
//   only the mean lengths derivable from the totals (218.9 / 188.0): not expressible (the J /
//   R28 rule); the sharding (TP8 over the 8 chips) is also the collector's assumption.
// * GPUStack Performance Lab on one A100 (SP14-SP16, `vllm bench serve --backend openai-chat
//   --dataset-name random --random-input-len 2000 --random-output-len 100 --num-prompts 500
//   --seed 42`, no --max-concurrency, no --ignore-eos): the wave-11 GPUStack burst rule unchanged
//   (the session-10 closed loop at 500 over 500 prompts, no warm-up, fixed lengths at the
//   nominal 2000 input):
//   - SP14 vLLM v0.11.0 `vllm serve Qwen/Qwen3-14B`: vllm_burst (the Q16 vLLM V1 rule, BF16
//     throughout), as SN06 on H100. 50000 generated = 500 x 100: output 100.
//   - SP15 TensorRT-LLM v1.2.0rc1 `trtllm-serve Qwen/Qwen3-14B --max_seq_len=40960
//     --enable_chunked_prefill`: trtllm_burst (the S TensorRT-LLM rule, BF16 throughout: the BF16
//     checkpoint; FP8 failed on A100 per the page), as SE06. 50000 generated: output 100.
//   - SP16 vLLM v0.11.0 `vllm serve openai/gpt-oss-20b`: vllm_mxfp4_burst (the wave-15 MXFP4
//     rule with the experts-only rule: FP4 experts weight-only with BF16 compute, A100 having no
//     FP4 matrix rate; attention, router, embeddings and LM head BF16), as SN02 on H100, and the
//     wave-16 gpt-oss sliding-window caveat (full attention priced on every layer). 47224
//     generated, 5.6% short of 50000: output 47224 / 500 = 94.
//   - Hardware: "A single NVIDIA A100 SXM GPU" (SP14, SP15: memory size not printed; the
//     gpt-oss page says "A100 SXM 80GB") = A100, the catalog's SXM4 80 GB entry, which a plain
//     A100 maps to (the O rule). Qwen3-14B = Qwen3_14B; gpt-oss-20b = GPT_OSS_20B.
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency), as SE01-SE10 and SN02-SN07.
// * Philipp Schmid's TGI 1.0.3 on SageMaker (SP17: Llama 2 7B on one A10G, 1 user; SP18: 20
//   users; SP19: Llama 2 70B on 8x A100 40GB, 20 users; k6 constant-vus closed loops of 90 s):
//   the prompts are ShareGPT samples (samples.json, in order) and the case file gives only their
//   mean (214.3-215.6 tokens), so the J / R28 rule applies; the outputs (max_new_tokens 50,
//   greedy, EOS not suppressed) have no printed generated-token count, so neither the wave-16
//   rule nor a fixed 50 is stated. Not expressible. Had the lengths been stated: the harness's
//   "throughput" is 50 x users / the mean request latency (utils/get_metrics.py), the mean
//   end-to-end latency restated, so it would be compared as the simulator's e2e.mean (latency
//   area), not as an output rate the simulator computes from its own token counts.
//
// Not expressible (wave 18; also in docs/validation.md, "Serving"):
//   SP04 (Llama 3.1 8B, optimum-neuron vLLM DP=1 on 4 Inferentia2 chips, 128 guidellm users),
//     SP05 (three such replicas, 12 chips, 128 users): the request count of the closed loop is
//     not stated.
//   SP06, SP07 (Llama 2 7B / 13B on inf2.48xlarge, TP24 NeuronCores = 12 Inferentia2 chips):
//     12 divides neither 32 nor 40 attention heads.
//   SP10 (Llama 3.1 405B, TGI on 8x MI300X): TGI's prefill token budget follows from a
//     --max-input-tokens the source leaves blank; no engine rule covers TGI.
//   SP13 (Llama 2 7B, JetStream-PyTorch on TPU v6e-8, OpenOrca): only mean lengths derivable;
//     TP8 is the collector's assumption.
//   SP17-SP19 (Llama 2 7B / 70B, TGI 1.0.3 on A10G / 8x A100 40GB, ShareGPT): only the mean
//     input length in the case file, no generated-token count.
//
// ---- Wave 19: research cases SQ01-SQ09 (tests/validation/serving_cases_wave19.json and .md),
// collected blind on 2026-11-30 (session 14) by one research pass from sources unused by waves
// 1-18 (load sweeps from single sources; the pass calls itself wave 20, tag SQ). The
// first-prediction model of every SQ case is the HEAD of main when this integration started,
// 204b97e (the base of worktree wtS19), whose serving engine is unchanged since e11b1f0: session
// 14 changed only the training solver and added the collective pricing (NCCL's cost model,
// 20e34ce; estimate_collective), which serve_case() and simulate_case() do not call, and the
// catalog is as at wave 18's base for every entry these rows use. These mapping rules were written
// before any wave-19 prediction was computed and apply to every wave-19 case alike; the S, R, Q, P,
// L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP and session-10 rules above still
// hold where a rule below does not replace them.
// * Catalog. DeepSeek-V3 = DeepSeek_V3 (MLA: one 512-wide latent and a 64-wide rope key per
//   token and layer; 3 dense + 58 MoE layers of 256 routed experts, top 8, one shared expert);
//   "H200 SXM" = H200 (141 GB, NVLink); both exist, and H200's link carries tp 8. MTP is not
//   used. Qwen3-Coder-480B-A35B-Instruct(-FP8) is not in the catalog (its architecture fields in
//   the case file are the collector's memory, "check before use"): SQ07-SQ09 are not expressible
//   (the SI03 / SI08 rule), whatever the device (MI300X exists). Independently, their `--tp 8
//   --ep 2` (experts expert-parallel over 2 ranks inside the TP8 group) has no counterpart in
//   MoeServing, whose expert parallelism spans the whole group.
// * DataCrunch, DeepSeek-V3 on 8x H200 with SGLang v0.4.1 (SQ01-SQ06: `sglang.launch_server
//   --model deepseek-ai/DeepSeek-V3 --tp 8 --trust-remote-code --enable-dp-attention` with, for
//   the "FP8" table (SQ01-SQ04), `--quantization fp8 --kv-cache-dtype fp8_e5m2`, and for the
//   "BF16" table (SQ05, SQ06), `--enable-torch-compile --mem-fraction-static 0.8
//   --disable-cuda-graph`; client `sglang.bench_serving --backend sglang --dataset-name random
//   --random-range-ratio 1 --random-input 1024 --random-output 1024 --num-prompt P
//   --request-rate R`, P = 300 x R):
//   - Data-parallel attention: the wave-15 rule (MoeServing::attention_data_parallel, one replica
//     of tp 8). SGLang's v0.4 line sets dp_size = tp_size whenever --enable-dp-attention is given
//     (server_args.py: "Data parallel size is adjusted to be the same as tensor parallel size"),
//     so `--tp 8 --enable-dp-attention` is the rule's `--tp N --dp N` with N = 8, not the
//     inexpressible 1 < D < N case. In that line the MoE layers stay tensor-parallel under DP
//     attention (no --enable-ep-moe is printed); the library's option places the experts
//     expert-parallel, which the wave-15 rule accepts for a command with or without --ep (an
//     approximation of the MoE layers' communication and per-device expert shapes, stated).
//   - Engine: the R SGLang rule at the group level (wave 15). Reserve: 1 - the printed
//     --mem-fraction-static for SQ05/SQ06 (0.8 -> 0.20). SQ01-SQ04 print none: SGLang's own
//     default, read in two server_args.py files of the v0.4 line that bracket v0.4.1 (one from
//     before DeepSeek-V3 support, whose --enable-dp-attention help says "Currently only
//     DeepSeek-V2 is supported", one after it, with --enable-ep-moe and EAGLE): both set
//     mem_fraction_static 0.81 for 8 <= tp < 16, so reserve 0.19. The 0.15 of the O / Z49 / Z50
//     rows was an assumption where the tool's default was not read (at the SG14-SG16 rows' TP4 the
//     same code gives 0.85, i.e. 0.15). Token budget: both files set chunked_prefill_size 8192 (a
//     GPU above 25 GB) and halve it under DP attention ("to avoid MoE kernel issues"), per DP
//     rank, each rank scheduling its own requests: 4096 per rank, 8 x 4096 = 32768 for the group
//     (the wave-15 reading of the budget as the group's total). max_num_seqs = the prompt count
//     (the SG15-SG17 open-loop rule: no cap but the KV pool). The schedule-conservativeness scaling
//     (x 0.3), the overlap scheduler being off under DP attention and the CUDA-graph batch cap
//     (decode batches above it run without graphs) are not modelled (the wave-15 rule; serve_case()
//     has one launch gap for every pure-decode iteration). --disable-radix-cache is not printed:
//     prefix caching finds no shared prefix in random prompts (the O15 reading).
//   - Precision. The checkpoint deepseek-ai/DeepSeek-V3 is the native block FP8 in both tables: FP8
//     weights and compute (the R / O rule for DeepSeek's native FP8). SQ01-SQ04's --quantization
//     fp8 names the format the checkpoint already has. SQ05/SQ06's "BF16" label is the table's
//     title only: the command loads the same FP8 checkpoint with no --quantization or --dtype
//     flag that would dequantize it, and the rows are expressed by what the command runs (FP8
//     weights and compute), not by the label (a measurement is mapped from its configuration, the
//     SA12-SA21 rule that assumptions are not used). KV cache: FP8 for SQ01-SQ04
//     (--kv-cache-dtype fp8_e5m2; e5m2 and e4m3 have the same width and the engine does not tell
//     them apart), BF16 for SQ05/SQ06 (no flag: "auto", the model dtype). Activations BF16.
//   - SQ05/SQ06's --disable-cuda-graph: every iteration launches its kernels from the host, so
//     graph_launch_gap = eager_launch_gap (the SD11-SD18 --enforce-eager rule). --enable-torch-
//     compile is not modelled (the SG14 rule).
//   - Load: an open loop at the printed rate, the SG15-SG17 rule (the request-level simulator
//     with SimulationOptions::qps = R, bench_serving's Poisson arrivals; requests = the printed
//     prompt count 300 / 600 / 1200 / 2400; no warm-up, none stated; the simulator's default
//     seed). Overloaded points need no other rule: an open loop whose arrivals outrun the
//     engine is what the simulator runs at that rate (the queue builds in its KV pool and running
//     batch), and the finite prompt count bounds the run, as SG16 (8 req/s over 2400 prompts) was
//     expressed. Lengths: --random-range-ratio 1 fixes both at 1024 (the SD03-SD08 reading of
//     SGLang's [r L, L]); bench_serving sets ignore_eos for the sglang backend, and the
//     collector's check that median E2E = median TTFT + 1023 x median TPOT on every row agrees
//     that outputs ran to 1024. No token totals are printed, so the nominal lengths stand.
//   - Compared, a new rule for an open loop that prints only medians. The wave-10 percentile rule
//     refused percentiles because a fixed-length closed loop's spread comes only from the
//     simulator's queueing (no per-iteration jitter), and SG15-SG17 compared the open loop's means
//     where the JSONL printed them. These rows print no mean. In an open Poisson loop the spread of
//     a per-request quantity over the requests comes from the arrivals (each request meets another
//     batch and queue), which the simulator draws; its SimulationResult p50 of a per-request
//     quantity is then the same statistic as bench_serving's median over the requests (the
//     simulator's lower middle value against numpy's mean of the two middle values of an even
//     count: adjacent order statistics, not modelled). So: median TTFT = ttft.p50 ("a",
//     latency), median TPOT = tpot.p50 ("b", latency; bench_serving's per-request TPOT, (latency
//     - TTFT) / (output - 1), is the simulator's per-request tpot). Not compared: the median ITL
//     (a per-token statistic the simulator does not produce, the wave-10 rule), the median
//     end-to-end latency (at fixed 1024 outputs it restates TTFT + 1023 x TPOT, the collector's
//     check; the wave-8 rule for an end-to-end figure where TTFT and TPOT are compared), the
//     output tok/s (the SG15-SG17 rule: an open loop's output rate is not compared).
//   - Only the collector's rows are cases (the SO01-SO06 rule): the source's "BF16" table also
//     prints rates 2 and 4, and its two-node TP16 tables would cross nodes over a fabric the source
//     does not state (the SI05 rule); neither is added.
//
// Not expressible (wave 19; also in docs/validation.md, "Serving"):
//   SQ07-SQ09 (Qwen3-Coder-480B-A35B-Instruct-FP8 on 8x MI300X, SGLang 0.5.7 --tp 8 --ep 2,
//     concurrency 1 / 16 / 64): the model is not in the catalog; EP2 inside TP8 has no
//     MoeServing counterpart either.
//
// ---- Wave 20: research cases SR01-SR17 (tests/validation/serving_cases_wave20.json and .md),
// collected blind on 2026-11-30 (session 14) by one research pass from sources unused by waves
// 1-19 (well-specified measurements from GitHub PRs, performance-lab docs and vendor posts; the
// pass calls itself wave 21, tag SR). The first-prediction model of every SR case is the HEAD of
// main when this integration started, 3c1f750 (the base of worktree wtS20), whose serving engine
// is unchanged since e11b1f0: session 14 changed only the training solver (a recompute mode,
// 8739034), the collective pricing (NCCL's cost model, 20e34ce; estimate_collective), which
// serve_case() and simulate_case() do not call, and training / collective validation files; no
// catalog entry these rows use changed since e11b1f0 (A100, GB200, H200, GPT_OSS_120B, DeepSeek_R1,
// Llama3_1_8B, Llama3_70B, Mixtral_8x7B). These mapping rules were written before any wave-20
// prediction was computed and apply to every wave-20 case alike; the S, R, Q, P, L, J, Z, O,
// SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ and session-10 rules above still hold
// where a rule below does not replace them.
// * Catalog. gpt-oss-120b = GPT_OSS_120B under the wave-15 / wave-16 gpt-oss rule (the
//   alternating 128-token sliding-window layers, 18 of the 36, cannot be expressed, so full
//   attention is priced on every layer: their KV cache and attention are overstated by about
//   context / 128, i.e. about 33x at the 4200-token contexts of SR01/SR02, 16x at SR03's 2100,
//   250x at SR04's 32100 and none at SR05's 132; sinks and biases not modelled). DeepSeek-R1-0528
//   (NVFP4 checkpoint) = DeepSeek_R1 (MTP not used); "llama-3.1 8B" = Llama3_1_8B; "llama-3 70B"
//   = Llama3_70B (the same shapes as Llama3_1_70B, the S rule's equivalence; 32 + 128 tokens fit
//   its 8192-token context); "mixtral 8x7B" = Mixtral_8x7B. Devices: "A100 SXM 80GB" = A100,
//   "H200" = H200 (the catalog's SXM entry, which a plain name maps to: the O rule), GB200 = the
//   per-GPU GB200 entry (186 GiB, NVLink 5; its device link carries tp 4). The Intel Arc Pro B60
//   (SR16, SR17) is not in the catalog: not expressible (the SI07 / SO07 rule), whatever else
//   the rows state.
// * A row whose device or configuration the source does not state, only the collector infers, is
//   not expressible (the O25/O26, SB06-SB09 and SA12-SA21 rules): SR08 (the GPU read off the PR
//   title's "SM100", which B200 and GB200 share; the GPU count off --data-parallel-size 8; the
//   block may be the baseline or the with-PR run), SR09 (MI355X read off a branch name, '355_wip';
//   the client and server commands are not in the block, so the lengths come only from token
//   totals and the server flags are not printed: the SD09/SD10 rule as well).
// * GPUStack Performance Lab, gpt-oss-120b on one A100 SXM 80GB (SR01-SR05: `vllm bench serve
//   --backend openai-chat --endpoint /v1/chat/completions --dataset-name random --seed 42`, no
//   --max-concurrency, no --request-rate, no --ignore-eos; vLLM v0.11.0; "2 x NVIDIA A100 SXM
//   80GB GPUs on a single node", but the servers print no -tp: one replica of tp 1, vLLM's
//   default of one GPU, as SK01 / SN02-SN07 / SP14-SP16): the wave-11 GPUStack burst rule
//   unchanged: the session-10 closed loop at concurrency P over the P prompts, no warm-up (none
//   stated, none by default), P = the printed "Successful requests" (500; SR04 100; SR05 1000),
//   fixed lengths (vLLM's default range ratio 0) at the nominal ISL of the document's workload
//   list (4000, 2000, 32000, 128). The printed input totals are 0.0-0.2% under prompts x ISL
//   (re-tokenisation; the chat template adds a few tokens): under the wave-18 input rule's 2%, so
//   not modelled.
//   - Engine: vllm_mxfp4_burst (the Q16 vLLM V1 rule: reserve 0.10, token budget 8192, block 16,
//     max_num_seqs max(256, P); KV cache BF16, no --kv-cache-dtype: "auto"), with the wave-15
//     MXFP4 rule and the session-12 experts-only rule: the routed experts FP4, attention, router,
//     embeddings and LM head BF16; the A100 has no FP4 matrix rate, so the experts run
//     weight-only with BF16 compute (as SP16, gpt-oss-20b on the same A100 page family).
//     SR01, SR03-SR05 are the baseline server `vllm serve openai/gpt-oss-120b --max-model-len
//     32768` (32100 tokens fit; the length does not bind otherwise). SR02 is the "optimized"
//     server `--max-model-len 32768 --async-scheduling --max-num-batched-tokens 4096`: the same
//     rule with the printed token budget 4096 (the O09/O10 rule: a printed
//     --max-num-batched-tokens is the token budget); --async-scheduling is not modelled (the SK02
//     rule).
//   - Outputs (the wave-16 early-stopping rule, gpustack_output: a printed "Total generated
//     tokens" more than 2% under prompts x OSL runs at the realised mean, total / prompts rounded
//     to a token, else the nominal OSL): SR01 67259 / 500 = 134.5 -> 135 (of 200, 32.7% short),
//     SR02 68059 / 500 = 136.1 -> 136 (32.0% short), SR03 48981 / 500 = 98.0 -> 98 (2.04% short
//     of 50000, past the 2%), SR04 9988 of 10000 (0.1% short) -> the nominal 100, SR05 4000 = 1000
//     x 4 -> 4.
//   - Compared per row: output tok/s ("a", throughput), mean TTFT ("b", latency; the burst's
//     queue is what the closed loop prices), mean TPOT ("c", latency), as SE01-SE10, SN02-SN07
//     and SP14-SP16. SR05's mean TPOT (182.75 ms over its 3 tokens after the first) is printed in
//     the block the case quotes from (the case table lists it in "measured"). The total tok/s and
//     request rate carry no further information once the lengths are fixed; medians, p99 and the
//     mean ITL are not compared (the wave-10 rule).
//   - Only the collector's rows are cases (the SO01-SO06 rule): the page's optimized 32K / 2K /
//     128 blocks and its engine-selection runs are not added.
//   - SR06 (the page's "ShareGPT batch size 4": 100 ShareGPT prompts at concurrency 4): the J /
//     R28 / SG01-SG10 rule, only the mean lengths derivable from the totals (229.5 / 216.9): not
//     expressible.
// * TensorRT-LLM PR #7104, DeepSeek-R1-0528 NVFP4 on 4x GB200 (SR07: trtllm-bench throughput
//   report of TensorRT-LLM 1.1.0rc1, PyTorch backend, "GB200 DeepSeek 4GPUs", 6144 requests
//   issued at once, average input / output length 1024.0000, TP 4, EP 4, Max Runtime Batch Size
//   1024, Max Runtime Tokens 2176, KV Memory Percentage 70.00%, KV Cache Dtype FP8, Quantization
//   NVFP4): the P29/P30 rule for trtllm-bench throughput (as the wave-11 burst rule decides per
//   tool: trtllm-bench sees the whole prompt list, so the S offline rule, not the HTTP burst
//   loop): trtllm_logged with the printed limits (max batch 1024, 2176 tokens per iteration,
//   reserve 1 - 0.70 = 0.30), the largest batch that fits, one replica of the TP4 group. Precision:
//   the S precision rule, as S24 and P17 ran DeepSeek-R1 FP4: FP4 weights and compute (GB200 has
//   an FP4 matrix rate) with the printed FP8 KV cache. Parallelism: the S rule for DeepSeek-R1
//   with expert parallelism, MoeServing::expert_parallel on the TP4 group (S24, the same TP4 EP4
//   configuration on 4x B200). The report prints no attention-DP or MTP setting: trtllm-bench's
//   defaults (off), as S24 (the wave-15 attention-DP rule applies only where the source states
//   it). The GUARANTEED_NO_EVICT scheduling policy is not modelled. Lengths fixed at 1024 / 1024
//   (the averages are printed to four decimals as exactly 1024). Compared: "Total Output
//   Throughput (tokens/sec)" of the four GPUs (throughput area). Not compared: the request and
//   total-token throughputs (the output rate times fixed factors), the total latency (the run's
//   duration), the average request latency and the description's average TTFT (the offline
//   rule prices a steady state, not the queue of 6144 requests behind a batch of 1024; no earlier
//   trtllm-bench throughput row compared them).
// * vLLM PR #23696, gpt-oss-120b -tp 8 (SR10: 1000 ShareGPT prompts at once): the J / R28 rule,
//   only mean lengths derivable (215.3 / 197.1): not expressible. Independently, the benchmark
//   block names no GPU (B200 is the PR title's kernel tag).
// * SGLang PR #3602, DeepSeek-V3 on 8x H200 (SR11 EP8, SR12 TP8: `sglang.bench_serving --backend
//   sglang --dataset-name random --num-prompts 600 --random-input 180 --random-output 400
//   --request-rate 40`): an open loop at a Poisson rate whose table prints only input and output
//   token throughputs. The SG15-SG17 rule does not compare an open loop's output rate (below
//   saturation it is the offered load; past it the latencies carry the queue), and no latency is
//   printed: nothing is compared, not expressible (the SJ10/SJ11 rule).
// * vLLM CI "Performance Benchmark" build #9515, Latency tests (SR13-SR15: "Input length: 32
//   tokens. Output length: 128 tokens. Batch size: fixed (8).", end-to-end latency of the batch,
//   rows latency_llama8B_tp1, latency_llama70B_tp4, latency_mixtral8x7B_tp2 on "H200"):
//   vLLM's benchmark_latency: one batch of 8 prompts issued together, outputs forced to 128
//   (ignore_eos), timed over repeated iterations. The P08-P10 / Z01-Z31 / SJ03-SJ05 rule: a static
//   batch of b = 8 (Batching::static_batch), and the compared "Mean latency (ms)" is
//   serve_case().request_latency of the batch (TTFT of the whole batch's prefill + 127 x TPOT;
//   latency area). Engine: the vLLM V0 defaults of that rule (vllm_rocm: reserve 0.10, max_num_seqs
//   max(256, b), token budget 131072), which SJ13 read to be the same on CUDA as on ROCm, at the
//   checkpoints' BF16 weights, activations, compute and KV cache (no dtype printed: vLLM's "auto"
//   on the BF16 checkpoints, the Q16 / SE01 checkpoint-dtype reading); CUDA graphs captured (no
//   --enforce-eager printed). The build's vLLM version is not in the excerpt; session 63 dated the
//   build: vLLM PR #9768 ("[perf bench] H200 development", description of 2024-10-28,
//   https://github.com/vllm-project/vllm/pull/9768, read 2026-12-07) links build #9515 as its
//   "Working benchmark", and #9523 / #9555 (TF78-TF83) are 8 and 40 builds later on the same
//   pipeline (build #4068 was the July 2024 nightly, so about 55 builds a day). vLLM then ran the
//   V0 engine by default (V1 became the default in 0.8.0, March 2025; even from February 2025,
//   PR #12919, the benchmark's V1 runs went to separate *_v1 tables), so since session 63 these
//   rows carry V0's host time per iteration (v0_host_time; every row moved is in sample). Timing:
//   whichever engine ran, V0 or V1, 8 x 32 = 256 prompt tokens are
//   admitted and prefilled in one iteration under any token budget of either and the 8 sequences
//   then decode together to 128, so the run is one static batch either way, and the budget does
//   not enter a static batch's timing (the SJ03-SJ05 note). One replica of tp = the test name's TP
//   (1, 4, 2); Mixtral's experts split tensor-parallel over the TP2 group (no expert-parallel
//   flag). The collector's S names the model ids, dtype, commit and iteration counts as unread:
//   the device and the parallelism are printed by the page, the models are named at the catalog's
//   granularity, the dtype is the existing default reading, and the iteration count does not move
//   a mean of identical batches, so the rows are expressible. Median and p99 are not compared (the
//   wave-10 rule). Only the collector's rows are cases (the page's throughput and serving tables
//   run ShareGPT, the J rule).
//
// Not expressible (wave 20; also in docs/validation.md, "Serving"):
//   SR06 (gpt-oss-120b on 1x A100, vLLM 0.11, 100 ShareGPT prompts at concurrency 4): only mean
//     lengths derivable (the J / R28 rule).
//   SR08 (DeepSeek-R1 DP8 + EP8, vLLM PR #20087): the GPU (SM100: B200 or GB200) and the GPU count
//     are the collector's inferences; the block may be the baseline run.
//   SR09 (Llama-3.1-405B MXFP4, vLLM PR #25135): the device is inferred from a branch name; the
//     client and server commands are not printed (lengths only from token totals).
//   SR10 (gpt-oss-120b TP8, vLLM PR #23696, 1000 ShareGPT prompts at once): only mean lengths
//     derivable; the GPU is named only by the PR title.
//   SR11, SR12 (DeepSeek-V3 EP8 / TP8 on 8x H200, SGLang PR #3602, Poisson 40 req/s): only token
//     throughputs of an open loop, which are not compared; no latency printed.
//   SR16, SR17 (gpt-oss-20b / 120b on 1x / 4x Intel Arc Pro B60, vLLM XPU): the device is not in
//     the catalog (also: the table's statistic, mean or median, and the prompt count are not
//     stated).
//
// ---- Wave 21: research cases SS01-SS10 (tests/validation/serving_cases_wave21.json and .md),
// collected blind on 2026-11-30 (session 15) by one research pass from sources unused by waves
// 1-20 (MLPerf Inference v5.0 / v5.1 closed results read with the submitters' system json and
// engine configs; the pass calls itself wave 22, tag SS). The first-prediction model of every SS
// case is the HEAD of main when this integration started, 7ea4fda (the base of worktree wtS21),
// whose serving engine is unchanged since e11b1f0: sessions 14-15 changed only the training solver
// (a recompute mode), the collective pricing (NCCL's cost model and, 424849b, the network plugin's
// latency Node::nccl_net_latency), which serve_case() and simulate_case() do not call, and added
// AWS node and EFA fabric entries to the catalog, which no serving row uses; no catalog entry these
// rows name changed since e11b1f0. These mapping rules were written before any wave-21 prediction
// was computed (none is: no row is expressible, below) and apply to every wave-21 case alike; the
// S, R, Q, P, L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR and session-10
// rules above still hold where a rule below does not replace them.
// * Catalog. Every model and device the rows name exists, so the catalog bars no row:
//   Llama-2-70B-chat = Llama2_70B (its 4096-token context holds MLPerf's at most 1024 + 1024
//   tokens), Llama-3.1-8B-Instruct = Llama3_1_8B, Mixtral-8x7B-Instruct-v0.1 = Mixtral_8x7B;
//   "B200 SXM 180GB" = B200, "H200 SXM 141GB" = H200, "H200 NVL 141GB (PCIe card)" = H200_NVL,
//   "H100 SXM 80GB" = H100, "L40S 48GB" = L40S (a host link only: a TP2 replica's all-reduces
//   would cross PCIe), MI300X, MI325X. serve_case() takes a pipeline degree (SS08's TP1 PP2).
// * Lengths: the MLPerf rule of waves 2-5 (R09-R15, R29-R31, Q20-Q30, P01-P07, L01-L24) and wave 12
//   (SH01-SH08, SH17), which wave 18 restated for dataset-driven lengths ("Dataset-driven lengths
//   (ShareGPT, OpenOrca) with only mean lengths derivable: not expressible (the J / R28 rule, and
//   the MLPerf rule for OpenOrca), whatever the source's repository holds beyond the case file").
//   No earlier wave expressed an MLPerf row, so no rule admits one. The case file gives no input
//   length for any row (input_tokens null; "Mean input lengths are not printed in the summary
//   files"), neither a distribution nor a mean:
//   - llama2-70b (SS02-SS06, SS08-SS10): the OpenOrca GPT-4 subset (24576 samples), prompts of
//     variable length up to 1024 tokens, outputs up to 1024 ending at EOS; only the mean output per
//     sample is derivable (LoadGen's tokens/s over samples/s: 275.6-301.8). The wave-16
//     early-stopping rule runs a realised mean output only where the client fixes the input and
//     sets a nominal output target (random-dataset rows); here both lengths are the dataset's, the
//     case the J / R28 and MLPerf rules refuse.
//   - llama3.1-8b (SS01): CNN/DailyMail prompts of variable length (engine max_input_len 2540), the
//     mean not printed; the output is fixed at 128 (max_output_len 128, use_stop_tokens false), so
//     the input alone fails the rule.
//   - mixtral-8x7b (SS07): the 15k mixed set (OpenOrca, GSM8K and MBXP prompts), variable lengths;
//     only a mean output (143.3) derivable, no input length.
//   So all ten rows are not expressible (below), whatever the scenario. (The research brief asked
//   for rows that state their input and output lengths; these rows do not.)
// * How the rows would map if a case file gave their input-length distribution (written so the
//   mapping need not be decided again; not used in wave 21):
//   - Load: MLPerf Offline (one query of every sample at t = 0, far more than any engine admits)
//     is the S offline rule: every replica (devices / (tp x pp)) runs the largest batch that fits
//     under its engine's limits, continuous batching steady state. Compared: LoadGen's "Tokens per
//     second" = the 8 devices' output tok/s (throughput area). Samples/s is that rate over the mean
//     output (no further information); the Offline mean / p99 query latency is the queue of the one
//     query (the SR07 offline rule: not compared). MLPerf Server (SS10) is Poisson arrivals at the
//     scheduled rate: the SG15-SG17 open-loop rule (the simulator at the rate over the run's sample
//     count, which the case file does not give; min_duration 2400 s at 11 req/s implies at least
//     26400). Compared: mean TTFT and mean TPOT (latency area; medians by the wave-19 open-loop
//     rule); p99 (the wave-10 rule) and the completed tok/s (an open loop's output rate, the
//     SG15-SG17 rule) not.
//   - NVIDIA's TensorRT-LLM MLPerf harness (SS01-SS04, SS08-SS10): the S TensorRT-LLM rule with
//     the limits the config prints (the P29/P30 rule, trtllm_logged): max batch = gpu_batch_size
//     (SS01 6000; SS02-SS04 2048; SS08-SS10 1024), token budget = max_num_tokens (12000, 1536,
//     1536, 3584, SS08 1024; SS09/SS10 none printed: 8192), reserve 0.05 (kvcache_free_gpu_mem_frac
//     0.95 where printed, else the S rule's). Precision: NVFP4 weights and compute with the printed
//     FP8 KV cache (SS01, SS04); FP8 with the printed FP8 KV (SS02, SS03); FP8 weights and compute
//     with the KV dtype unstated (SS08-SS10): the S precision rule's FP8 cache, which applies where
//     the source states none (the SJ08 rule). Replicas: 8 of TP1 (SS01-SS04), 4 of TP1 PP2 (SS08),
//     4 of TP2 (SS09, SS10).
//   - AMD's vLLM ROCm harness (SS05 Vultr, SS07 MiTAC; vLLM 0.6.5.dev "mlperf50", the V0 engine:
//     num_scheduler_steps is V0's multi-step scheduling, not modelled): the P08-P12 / SD11-SD18
//     vllm_rocm rule with the yaml's flags, 8 replicas of TP1. SS05: reserve 0.03
//     (gpu_memory_utilization 0.97), max_num_seqs 2700, token budget 65000 (chunked prefill off),
//     block 32 (the SF01-SF08 reading of a block size), eager launches (enforce_eager True, the
//     SD11-SD18 eager rule), FP8 weights and compute, KV cache unstated = vLLM's "auto", BF16 (the
//     P08-P12 rule; the FP8 checkpoint's KV scales are used only with an FP8 cache dtype, the
//     SD11-SD18 reading). SS07: max_num_seqs 4736, token budget 51200, block 16, FP8 weights,
//     compute and KV cache (printed), reserve not printed: 0.10; Mixtral's experts whole on each
//     TP1 GPU.
//   - MangoBoost LLMBoost on vLLM 0.9 ROCm (SS06): a vLLM fork; with the yaml's flags the same
//     vllm_rocm reading (reserve 0.02, max_num_seqs 1792, token budget 40960, block 32, eager, FP8
//     weights and compute, KV "auto" BF16, 8 replicas of TP1). LLMBoost's own scheduling (target
//     decode batch 1280-1536) has no earlier rule; it would have to be decided from its source.
//
// Not expressible (wave 21; also in docs/validation.md, "Serving"):
//   SS01 (Llama-3.1-8B NVFP4 on 8x B200, TensorRT-LLM, MLPerf v5.1 Offline, CNN/DailyMail): no
//     input length in the case file, neither distribution nor mean (the MLPerf rule); the output is
//     fixed at 128.
//   SS02-SS06, SS08, SS09 (Llama-2-70B, MLPerf v5.0 / v5.1 Offline on 8x H200 SXM / H200 NVL / B200
//     / MI325X / MI300X / H100 / L40S): OpenOrca lengths; no input length in the case file and only
//     the derived mean output (the MLPerf rule, and the J / R28 rule for dataset-driven lengths).
//   SS07 (Mixtral-8x7B FP8 on 8x MI325X, vLLM, MLPerf v5.1 Offline, the 15k mixed set): as SS02.
//   SS10 (Llama-2-70B FP8 on 8x L40S TP2, TensorRT-LLM, MLPerf v5.0 Server at Poisson 11 req/s):
//     as SS02; the run's sample count is not in the case file either.
//
// ---- Wave 22: research cases ST01-ST14 (tests/validation/serving_cases_wave22.json and .md),
// collected blind on 2026-11-30 (session 17) by one research pass from sources unused by waves
// 1-21 (sliding-window models: MLPerf Inference v6.0 gpt-oss-120b results, Gemma-2-27B from
// vLLM's hybrid-allocator PRs, gpt-oss-20b with SGLang; the pass calls its tag ST). The
// first-prediction model of every ST case is the HEAD of main when this integration started,
// 7d885f1 (the base of worktree wtS22), whose serving engine is that of a8de8a5: session 17's
// local-attention commits dca91a2 (catalog: sliding_window / attention_chunk /
// local_attention_layers, set for gpt-oss, Gemma 2/3, Mistral 7B v0.1, Llama 4), a549a33 (the
// training solver) and a8de8a5 (serve_case() and simulate_case(): windowed layers attend over their
// window and keep only its KV pages, ServingParams::windowed_kv_pages). The commits after a8de8a5
// (2076e16, 7d885f1) changed training validation and docs only. This wave is the first blind
// test of that model change. These mapping rules were written before any wave-22 prediction was
// computed and apply to every wave-22 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD,
// SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR, SS and session-10 rules above still hold where a
// rule below does not replace them.
// * Catalog. gpt-oss-120b = GPT_OSS_120B, gpt-oss-20b = GPT_OSS_20B, Gemma-2-27B-it = Gemma2_27B,
//   each now with its local attention (dca91a2): gpt-oss a 128-token window on 18 of 36 / 12 of
//   24 layers, Gemma 2 a 4096-token window on 23 of 46; so the wave-15 / wave-16 / wave-20
//   statement that full attention is priced on every layer no longer holds for new rows. The
//   attention sinks, the q/k/v/o biases (gpt-oss) and Gemma 2's logit soft-capping are not
//   modelled. Every device the rows name exists: MI355X, B300, GB300 (the per-GPU entry), H200,
//   B200, H100 ("H100" with no variant, and Modal's "H100": the catalog's SXM entry, the O rule
//   for a plain name). 6144 + 1024 tokens fit Gemma 2's 8192-token context.
// * windowed_kv_pages, decided per engine and version from the sources (it changes only how many
//   KV pages a request holds, docs/solvers.md "Memory plan"; the windowed attention itself is
//   priced either way):
//   - vLLM V1 with the hybrid KV cache manager (vLLM 0.14 / 0.14.1 of ST01/ST02 and ST05-ST08;
//     ST11's PR branch): true. ST11 is vLLM PR #12655 at 68fe2db, "[WIP] Hybrid allocator for full
//     attention & sliding window attention interleaved models", whose description says it adds
//     the SpecializedManager for "the allocation & free ... logic of KV cache for different
//     attention variants" (its reference PR #11938: "we won't waste memory on sliding window &
//     full attention interleaved models"), i.e. sliding-window layers keep only their window's
//     blocks.
//   - vLLM V1 main at d53575a (ST12's baseline, before any hybrid allocator): false; its KV cache
//     manager had one full-attention page table for every layer (the FullAttentionSpec reading of
//     docs/solvers.md). ST12 is not expressible (below), so this is not used.
//   - TensorRT-LLM (feat/1.2-mlpinf, ST03/ST04, ST09, ST10): true (one KV pool per attention
//     window, "KV Cache System").
//   - SGLang at 3817a37d (ST13, ST14): true, the default: SGLang's hybrid sliding-window memory
//     pool (SWAKVPool, used for the architectures is_hybrid_swa_model lists, GptOssForCausalLM
//     among them in the model_config.py read; the file at 3817a37d itself was not read, and the
//     server prints no --disable-hybrid-swa-memory). At these rows' 32 x 1536 tokens the pool is
//     far from full on an 80 GB device either way (gpt-oss-20b's BF16 KV is 48 KiB per token
//     with full attention on every layer: 2.4 GB), so the setting cannot change the batch.
// * MLPerf Inference v6.0 gpt-oss-120b (ST01-ST10: Offline and Server scenarios on 8x MI355X
//   vLLM, 8x B300 / 4x GB300 / 8x B200 TensorRT-LLM, 8x H200 / 8x B200 llm-d + vLLM). Lengths: the
//   wave-21 MLPerf rule unchanged. The performance set is 6,396 synthetic PubMed-summarisation
//   samples whose inputs and outputs vary per sample (outputs end at EOS or at 10240 tokens); the
//   case file gives for every row input_tokens and output_tokens null and only the dataset's
//   maxima (ISL 15,330, OSL 10,240) and the derived mean output per sample (LoadGen's tokens/s
//   over samples/s: 1309-1379 tokens); no input length at all, neither a distribution nor a mean.
//   The J / R28 rule refuses dataset-driven lengths with only means derivable, and no rule uses
//   maxima. So all ten rows are not expressible, whatever the scenario. Independent reasons, so
//   that the rows need not be decided again if a length distribution is found:
//   - ST05-ST08 (Red Hat llm-d): the vLLM serve flags live in llm-d override files outside the
//     result folder (the collector infers TP1 x 8 replicas from a README's CPU count and assumes
//     the MXFP4 checkpoint): the SD09/SD10 rule (server command not printed) and the SA12-SA21
//     rule (collector assumptions are not used). Their TTFT passes an Istio gateway and the EPP
//     scheduler: by the SO09/SO10 rule a cost the engine does not have, which would not bar them.
//   - ST10 (Nebius B200): Nebius ships no configuration; precision, token budget and batch are
//     NVIDIA's B200 config, matched by the collector through the target QPS (the SA12-SA21 rule).
//   - ST01-ST04, ST09 would map as the wave-21 "how the rows would map" paragraph says: Offline
//     = the S offline rule (replicas = devices, TP1 each; LoadGen's "Tokens per second" of the
//     whole system compared, throughput; samples/s and the query latency not); Server = the
//     SG15-SG17 open loop at the scheduled rate (mean TTFT and TPOT compared, latency; p99 and the
//     completed tok/s not). Engines: TensorRT-LLM with the printed limits (trtllm_logged: max
//     batch = the runtime max_concurrency 1536, token budget = max_num_tokens 13914, FP4 experts
//     computing in FP4 with the printed FP8 KV cache); AMD vLLM 0.14 (the Q16 vLLM V1 rule with
//     the yaml's flags: max_num_seqs 1792 / 1024, token budget 65536, block 64, KV "auto" BF16,
//     the Quark MXFP4 checkpoint by the MXFP4 rule). AMD's custom decode-step variables
//     (VLLM_MIN_REQUEST_DECODE_STEP) have no earlier rule.
// * vLLM PR #12655, Gemma-2-27B-it on one H100 (ST11: `VLLM_USE_V1=1 python3
//   benchmark_throughput.py --model google/gemma-2-27b-it --input-len 6144 --output-len 1024
//   --num-prompts 50`, "performed on H100", the PR's branch at 68fe2db):
//   - Engine: the Q16 vLLM V1 rule, the tool's defaults (no flag but the lengths is printed):
//     reserve 0.10 (gpu_memory_utilization 0.9), token budget 8192 (serve_case()'s V1 default; V1's
//     LLM-class default of that period is also 8192), block 16, max_num_seqs max(256, 50) = 256
//     (50 prompts reach neither 256 nor V1's LLM-class 1024), CUDA graphs captured (no
//     --enforce-eager), BF16 weights, activations, compute and KV cache (no --dtype or
//     --kv-cache-dtype: "auto" on the BF16 checkpoint, the Q16 / SE01 checkpoint-dtype reading),
//     one replica of tp 1 (vLLM's default), windowed_kv_pages true (above).
//   - Load: the SJ01/SJ02 vLLM V1 benchmark_throughput rule (vllm_rocm_all_prompts): all 50
//     prompts are handed to the engine at once; when 50 fit, one static batch of 50, otherwise the
//     offline steady state at the largest batch that fits.
//   - Lengths: fixed 6144 / 1024 (random token prompts; benchmark_throughput sets ignore_eos). The
//     SI10-SI12 realised-prompt identity gives 1024 x (1250.04 - 178.58) / 178.58 = 6144 tokens,
//     the nominal input, so nothing is re-tokenised.
//   - Compared: output tok/s (throughput). Requests/s (printed to two digits) and total tok/s
//     carry no further information at fixed lengths.
// * vLLM PR #11938, the same command on main d53575a (ST12): the benchmark block names no GPU;
//   "H100" is the collector's inference from the later PR #12655 (the O25/O26, SB06-SB09 and
//   SA12-SA21 rules: a device only the collector infers is not expressible). Only the collector's
//   rows are cases (the SO01-SO06 rule), so PR #12655's own main-branch run is not added.
// * achatbot PR #183, gpt-oss-20b with SGLang on one Modal H100 (ST13: `sglang.bench_serving
//   --backend sglang-oai --base-url {Modal web URL} --dataset-name random --random-input-len 512
//   --random-output-len 1024 --random-range-ratio 1`, --num-prompts 160 --max-concurrency 32;
//   ST14: 20 prompts at concurrency 4; server `python3 -m sglang.launch_server --model
//   openai/gpt-oss-20b --tp 1` at SGLang 3817a37d, no other flag):
//   - Engine: the R SGLang rule as SI04 / SN07 (sgl_pr_fixed: reserve 0.15, no
//     --mem-fraction-static printed, the O and Z49/Z50 assumption; token budget SGLang's default
//     chunked_prefill_size 8192; max_num_seqs = the clients; KV cache BF16, "auto"; tp 1), with
//     the wave-15 MXFP4 rule and the session-12 experts-only rule (gpt_oss_experts_only): the
//     routed experts FP4, weight-only with BF16 compute on the H100 (no FP4 matrix rate), the rest
//     BF16, as SN02-SN04 ran gpt-oss-20b on H100. windowed_kv_pages true (above).
//   - Load: the session-10 closed-loop rule (as SI04): 32 clients over the printed 160 prompts,
//     4 over 20, fixed 512 / 1024 (range ratio 1; the printed totals 81920 / 163840 and 10240 /
//     20480 are exactly prompts x 512 and x 1024), no warm-up (bench_serving's warm-up request is
//     not one of the measured prompts).
//   - The client reaches the server through Modal's HTTPS web endpoint, not co-located. By the
//     SO09/SO10 rule, network, proxy and HTTP time is a cost the engine does not have, not a
//     reading of the unit, so it does not bar the rows; unlike SO09/SO10 the source gives nothing
//     to bound it, so the model's TTFT and end-to-end latency are expected short by an unknown
//     per-request network and proxy time (stated before any prediction).
//   - Compared: output tok/s ("a", throughput: batch > 1, the wave-2 area rule), mean TTFT ("b",
//     latency) and mean end-to-end latency ("c", latency; SimulationResult::e2e.mean, the R16/R18
//     and SG14 end-to-end reading): the printout's TPOT / ITL block is not in the stored copy, and
//     the wave-8 rule withholds the end-to-end mean only where TTFT and TPOT are both compared.
//     Not compared: medians and p99 (the wave-10 rule), total tok/s and requests/s (fixed
//     factors of the output rate at fixed lengths), the benchmark duration (restates the output
//     rate).
//
// Not expressible (wave 22; also in docs/validation.md, "Serving"):
//   ST01-ST10 (gpt-oss-120b, MLPerf Inference v6.0 Offline / Server on 8x MI355X vLLM, 8x B300 /
//     4x GB300 / 8x B200 TensorRT-LLM, 8x H200 / 8x B200 llm-d + vLLM): dataset-driven lengths with
//     no input length in the case file, only the maxima and a derived mean output (the wave-21
//     MLPerf rule); also ST05-ST08: the server flags are not in the result folder and the
//     parallelism and checkpoint are the collector's inferences; ST10: its configuration is
//     NVIDIA's, matched by the collector.
//   ST12 (Gemma-2-27B on "H100", vLLM V1 main before the hybrid allocator, PR #11938): the GPU is
//     not named by the source, only inferred by the collector from a later PR.
//
// ---- Wave 23: research cases SU01-SU08 (tests/validation/serving_cases_wave23.json and .md),
// collected blind on 2026-11-30 (session 18) by one research pass from sources unused by waves
// 1-22 (MLPerf Inference v5.0 / v5.1 closed Offline results of Supermicro, Dell_Broadcom and
// Google, read with the submitters' system json, measurements json and engine configs; tag SU).
// The first-prediction model of every SU case is the HEAD of main when this integration
// started, c11f52f (the base of worktree wtS23), whose serving model is that of 43255f1 (session
// 17's local attention and head-dimension attention rates): session 18's 93743d2 shares the
// kernel-boundary constants (launch gap and stall) between the serving engine and the training
// solver without changing any serving number (the 585 serving rows print exactly as in
// docs/validation.md's table measured after wave 22, compared row by row), and the other commits
// after 43255f1 refactor, document or change training validation and the catalog's
// local-attention diagnostics. These mapping rules were written before any wave-23 prediction was
// computed (none is: no row is expressible, below) and apply to every wave-23 case alike; the S,
// R, Q, P, L, J, Z, O, SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR, SS, ST and
// session-10 rules above still hold where a rule below does not replace them.
// * Catalog. Every model and device the rows name exists, so the catalog bars no row:
//   Llama-2-70B-chat = Llama2_70B (its 4096-token context holds MLPerf's at most 1024 + 1024
//   tokens, the wave-21 reading), Llama-3.1-8B-Instruct = Llama3_1_8B, Llama-3.1-405B-Instruct =
//   Llama3_405B (131072-token context; the 405B engines' max_seq_len 22000 fits);
//   "B200-SXM-180GB" = B200, "H200-SXM-141GB" = H200, "AMD Instinct MI325X 256GB HBM3e" = MI325X.
//   serve_case() takes the pipeline degrees (SU04 / SU08 TP2 PP2, SU06 TP4 PP2; SS08's TP1 PP2).
// * Virtualization (SU05, SU06: "Virtualized NVIDIA H200-SXM-141GB", a VMware ESXi 9.0 VM with
//   the eight GPUs of a Dell XE9680 HGX H200 baseboard). No earlier rule names a hypervisor, but
//   earlier rows on cloud virtual machines were mapped to the catalog device without comment (SG18
//   on one GCP a3-ultragpu-8g node of 8x H200, the AWS Neuron rows on EC2 instances, ST13 / ST14
//   on Modal). Rule, stated here before any prediction: a VM that owns whole GPUs is those GPUs,
//   the catalog device; the model has no virtualization term, and a hypervisor's cost (like the
//   network and proxy time of the SO09/SO10 rule) is a cost the engine does not have, which does
//   not bar a row; the model would be expected fast by it. The GPU-to-GPU link the system json
//   leaves "TBD" is the baseboard's NVLink (the catalog H200's). Not used in wave 23 (no row is
//   expressible).
// * Lengths: the MLPerf rule of waves 2-5 (R09-R15, R29-R31, Q20-Q30, P01-P07, L01-L24), wave 12
//   (SH01-SH08, SH17) and wave 21 (SS01-SS10), restated by wave 18 for dataset-driven lengths
//   ("Dataset-driven lengths (ShareGPT, OpenOrca) with only mean lengths derivable: not
//   expressible") and applied unchanged by wave 22 (ST01-ST10). No earlier wave expressed an
//   MLPerf row, and no rule admits a dataset's lengths from its name or its maxima. The case file
//   gives input_tokens and output_tokens null for every row, and no input length at all, neither a
//   distribution nor a mean:
//   - llama2-70b (SU01, SU02, SU05, SU07): the OpenOrca set (24576 samples), inputs and outputs of
//     variable length (engine caps max_input_len 1024, max_seq_len 2048); only the derived mean
//     output per sample (LoadGen's tokens/s over samples/s: 273.3-300.6), exactly SS02-SS06.
//   - llama3.1-8b (SU03): CNN/DailyMail prompts of variable length (max_input_len 2540, max_seq_len
//     2668), the mean not given; derived mean output 129.0, exactly SS01.
//   - llama3.1-405b (SU04, SU06, SU08): the MLPerf 405B set of 8313 samples, long-context inputs
//     of variable length (SU04's engine caps max_input_len 20000, max_seq_len 22000); only the
//     derived mean output (648.4-656.6). The one earlier 405B MLPerf row (R30, GB200 NVL72) gave
//     no parallelism either; the rule is the same.
//   The wave-16 early-stopping rule needs a client-fixed input; here both lengths are the
//   dataset's. So all eight rows are not expressible, whatever else they state.
// * Independent reasons, so the rows need not be decided again if a case file gives their input
//   lengths:
//   - SU01 (Supermicro 8x MI325X, Mango LLMBoost on ROCm): the case file reads no engine flag (KV
//     dtype, batch, token budget, memory fraction not stated); its TP1 x 8 comes from a
//     measurement README written for another system (8x MI300X, v5.0), the collector's S. The
//     configuration is not the run's printed one (the SD09/SD10 rule) and the parallelism is the
//     collector's reading (the SA12-SA21 rule). LLMBoost's own scheduling has no rule (wave 21,
//     SS06).
//   - SU08 (Supermicro 8x B200, v5.0, llama3_1-405b): the weight and KV precisions and the batch
//     were not read (the measurements folder holds only user.conf; "believed to be FP4 -
//     unverified"), only TP2 PP2 x2 from an inherited class name: no precision, as P01-P05 and
//     R11 / R15, and a collector's belief is not used (the SA12-SA21 rule).
// * How SU02-SU07 would map if a case file gave their input lengths (written so the mapping need
//   not be decided again; not used in wave 23): the wave-21 "how the rows would map" paragraph.
//   Load: MLPerf Offline = the S offline rule, every replica (devices / (tp x pp)) at the largest
//   batch that fits under its limits. Compared: LoadGen's "Tokens per second" = the 8 devices'
//   output tok/s (throughput); samples/s is that rate over the mean output (no further
//   information); the Offline mean query latency is the queue of the one query (the SR07 offline
//   rule: not compared). Engine: NVIDIA's TensorRT-LLM MLPerf harness, the S TensorRT-LLM rule
//   with the printed limits (the P29/P30 rule, trtllm_logged): max batch = gpu_batch_size (SU02
//   2048, SU03 6000, SU04 128, SU05 / SU07 2048, SU06 512), token budget = the runtime
//   max_num_tokens (SU02 3584, SU03 12000, SU04 1536, SU05 / SU06 / SU07 1536), reserve 0.05
//   (SU04's printed kvcache_free_gpu_mem_frac 0.95; elsewhere the S rule's 0.05). Precision: NVFP4
//   weights and compute with the printed FP8 KV cache (SU02-SU04, as SS01 / SS04); FP8 weights and
//   compute with the printed FP8 KV (SU05-SU07, as SS02). Replicas: 8 of TP1 (SU02, SU03, SU05,
//   SU07), 2 of TP2 PP2 (SU04), 1 of TP4 PP2 (SU06). SU05 / SU06 on the catalog H200 by the
//   virtualization rule above. SU04 and SU05 run with CUDA graphs off; whether the eager launch
//   gap (the SD11-SD18 rule, written for vLLM's --enforce-eager) applies to TensorRT-LLM without
//   graphs is left undecided here, as no row is expressible.
//
// Not expressible (wave 23; also in docs/validation.md, "Serving"):
//   SU01 (Llama-2-70B FP8 on 8x MI325X, Mango LLMBoost / ROCm, MLPerf v5.1 Offline, OpenOrca): no
//     input length in the case file and only the derived mean output (the MLPerf rule, and the J /
//     R28 rule for dataset-driven lengths); also no engine flag read and the TP1 x 8 from a README
//     written for another system (the collector's S).
//   SU02, SU05, SU07 (Llama-2-70B on 8x B200 NVFP4 / 8x H200 FP8 in a VMware VM / 8x H200 FP8
//     bare metal, TensorRT-LLM, MLPerf v5.1 Offline, OpenOrca): as SU01's lengths.
//   SU03 (Llama-3.1-8B NVFP4 on 8x B200, TensorRT-LLM, MLPerf v5.1 Offline, CNN/DailyMail): no
//     input length, neither distribution nor mean (the MLPerf rule, as SS01).
//   SU04, SU06 (Llama-3.1-405B, 8x B200 NVFP4 TP2 PP2 x2 / 8x H200 FP8 TP4 PP2 in a VMware VM,
//     TensorRT-LLM, MLPerf v5.1 Offline): the 405B set's variable long-context lengths, no input
//     length, only the derived mean output (the MLPerf rule).
//   SU08 (Llama-3.1-405B on 8x B200 TP2 PP2 x2, MLPerf v5.0 Offline): as SU04; also the precision
//     and the batch were not read (the collector's unverified belief: FP4).
//
// ---- Wave 24: research cases SV01-SV14 (tests/validation/serving_cases_wave24.json and .md),
// collected blind on 2026-11-30 (session 18) by one research pass from sources unused by waves
// 1-23 (benchmark blocks pasted in vLLM and SGLang GitHub issues and PRs; tag SV). The
// first-prediction model of every SV case is the HEAD of main when this integration started,
// 413f888 (the base of worktree wtS24), whose serving model is that of 43255f1 (session 17's
// local attention and head-dimension attention rates): session 18's 93743d2 shares the
// kernel-boundary constants between the serving engine and the training solver without changing
// any serving number, no commit since wave 23's base (c11f52f) touched src/, include/ or catalog/,
// and the 585 serving rows print as after wave 23 (throughput 80 out-of-sample cases, mean |error|
// 58.0%; latency 120 cases, 45.9%). These mapping rules were written before any wave-24 prediction
// was computed and apply to every wave-24 case alike; the S, R, Q, P, L, J, Z, O, SA/SB, SC/SD,
// SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR, SS, ST, SU and session-10 rules above still hold
// where a rule below does not replace them.
// * Catalog. Models: Qwen3-32B = Qwen3_32B, DeepSeek-R1 = DeepSeek_R1, DeepSeek-V3-0324 =
//   DeepSeek_V3 (the SI06 rule: same architecture; MTP not used), Qwen3-30B-A3B = Qwen3_30B_A3B,
//   Qwen3-235B-A22B-Instruct-2507 = Qwen3_235B_A22B (the O rule). Not in the catalog, so not
//   expressible whatever else the rows state (the SI03 / SI08 / SQ07-SQ09 rule; a collector's
//   "closest" key is not used): Qwen3-VL-32B-Instruct-FP8 (SV06; the collector names Qwen3_32B as
//   "closest", "not verified"), NVIDIA-Nemotron-3-Nano-30B-A3B (SV07: a hybrid Mamba / attention
//   MoE, as the SI08 / SI09 hybrid models), Gemma-4-31B (SV08-SV11: the catalog has Gemma 2 and
//   Gemma 3 only), MiniMax-M2.7 (SV12-SV14). Devices: "H100" with no variant (SV04) = H100, the
//   catalog's SXM entry (the O rule for a plain name); "H200" / "H200 SXM 141GB" = H200; the H20
//   of the PR's config file (device_name=NVIDIA_H20, 96 GB) = H20 (as SI06); "A100 80GB" (form
//   factor not stated) = A100, the SXM4 80 GB entry (the O rule); L40S and MI300X exist. "H100 NVL
//   95GB" (SV01) is not in the catalog: the H100 NVL is its own part (94 GB of HBM3 at 3.9 TB/s),
//   neither the H100 entry (SXM, 80 GB) nor H100_PCIe (80 GB of HBM2e at 2 TB/s) (the SI07 rule:
//   the H20-3e is not the H20).
// * SGLang fused-MoE config PR #7631, DeepSeek-V3-0324 on 8x H20 (SV03: `sglang.launch_server
//   --disable-radix-cache --tp 8 --context-length 4096 --mem-fraction-static 0.9
//   --enable-metrics`, SGLang main of 2025-06-29, version not printed; `sglang.bench_serving
//   --backend sglang --dataset-name random --random-input 1024 --random-output 512
//   --max-concurrency 8 --num-prompt 200`, no range ratio; the "Result (with Moe config)" block):
//   the SI06 rule (the same client command on the same model and device, PR #6885) with the
//   printed memory fraction:
//   - Engine: the R SGLang rule: reserve 1 - 0.9 = 0.10 (the SG17 rule: 1 - the printed
//     --mem-fraction-static), token budget SGLang's default chunked_prefill_size 8192 (none
//     printed; as SI06 on the same device three weeks earlier), max_num_seqs = the 8 clients, KV
//     cache BF16 ("auto"), the native block FP8 = FP8 weights and compute, experts split
//     tensor-parallel (no EP flag), one replica of tp 8. --context-length 4096 does not bind (at
//     most 1024 + 512 tokens); --enable-metrics and --disable-radix-cache (no prefix caching, not
//     modelled anyway) change no priced quantity. The unstated version: the SC21-SC28 rule for a
//     loosely stated engine version (SI06's main of 2025-06-05 was taken the same way). The tuned
//     fused-MoE Triton config of the "with Moe config" run is a kernel choice the engine does not
//     distinguish (the SI04 rule): the model prices this run as it priced SI06's untuned one.
//   - Load: the wave-8 random-length closed loop (sgl_random_load): input and output uniform on
//     [1, 1024] and [1, 512] (bench_serving's default range ratio 0; the printed totals 103005 /
//     53590 are exactly SI06's, the client's seeded sample, means 515.0 / 268.0 against the
//     distribution's 512.5 / 256.5; the simulator draws its own sample, the wave-8
//     approximation), 8 clients over the printed 200 prompts, no warm-up (bench_serving's warm-up
//     request is not one of the measured prompts).
//   - Compared: output tok/s ("a", throughput; 53590 / 163.34 s = 328.08, as printed), mean TTFT
//     ("b", latency) and mean ITL = tpot.mean ("c", latency; the S online / SK06 / SP01-SP03
//     reading of a mean inter-token latency as the mean TPOT). bench_serving's mean ITL pools the
//     gaps of every request (a token-weighted mean) where tpot.mean averages each request's own
//     mean; with outputs of 1-512 tokens the two weightings can differ, which is not modelled
//     (stated here, before any prediction). Not compared: medians and p99 (the wave-10 rule), the
//     mean end-to-end latency (the wave-8 rule: TTFT and TPOT are compared), the total tok/s and
//     the request rate (random lengths: the wave-9 rule; the output rate is compared).
//   - Not a repeat of SI06: another PR and another run (163.34 s with the tuned config; the
//     thread's own untuned block, 171.49 s, is not a case; SI06's untuned run took 202.64 s).
// * vLLM fused-MoE config PR #23151, Qwen3-30B-A3B on one H100 (SV04: `VLLM_USE_DEEP_GEMM=1 vllm
//   serve Qwen/Qwen3-30B-A3B` and no other flag, vLLM main of 2025-08-19, V1, between 0.10.1 and
//   0.10.2, version not printed; `benchmarks/benchmark_serving.py --backend vllm --dataset-name
//   random --random-input 2048 --random-output 1024 --max-concurrency 10 --num-prompt 100`; the
//   "WO tuned configs (TP=1, EP=1, on H100)" block):
//   - Engine: the Q16 vLLM V1 rule (vllm_closed: reserve 0.10, token budget 8192, block 16,
//     max_num_seqs max(256, N)), BF16 weights, activations, compute and KV cache (the BF16
//     checkpoint with no --dtype or --kv-cache-dtype: "auto", the Q16 / SE01 checkpoint-dtype
//     reading), CUDA graphs captured (no --enforce-eager), one replica of tp 1 (no -tp: vLLM's
//     default of one GPU), the experts whole on it. VLLM_USE_DEEP_GEMM=1 selects DeepGEMM's FP8
//     kernels, which a BF16 checkpoint does not run, and the untuned default fused-MoE config is a
//     kernel choice (the SI04 rule): neither is modelled. The unstated version: the SC21-SC28 rule.
//   - Load: the session-10 closed-loop rule (loop_sim): 10 clients over the printed 100 prompts,
//     no warm-up (none stated). Lengths: vLLM's random dataset at its default range ratio 0
//     (fixed; the wave-11 GPUStack reading). The printed input total 204169 is 0.3% under 100 x
//     2048 and the generated total 101576 0.8% under 100 x 1024 (no --ignore-eos): both within
//     the wave-16 / wave-18 2% threshold, so the nominal 2048 / 1024 (as SE01-SE10, SG08).
//   - Compared: output tok/s ("a", throughput: 10 clients, the wave-2 area rule), mean TTFT ("b",
//     latency), mean TPOT ("c", latency). Medians, p99, the total tok/s and the request rate are
//     not (the wave-10 rule; fixed factors of the output rate at fixed lengths).
// * vLLM PR #23340, Qwen3-235B-A22B-Instruct-2507 on 16x A100 80GB (SV05: `vllm serve ...
//   --tensor-parallel-size 4 --pipeline-parallel-size 4 --enable-chunked-prefill --enforce-eager
//   --max-num-seqs 1 --enable-expert-parallel --distributed-executor-backend ray
//   --disable-custom-all-reduce`, vLLM of 2025-08-21, version not printed; benchmark_serving
//   random 128 / 128 at max concurrency 4 over 100 prompts): not expressible. The engine is vLLM
//   V1 (the default of that date). V1 has one scheduler per engine: --max-num-seqs caps the
//   running requests of the whole pipeline (vllm/v1/core/sched/scheduler.py admits a waiting
//   request only while len(self.running) < max_num_running_reqs = max_num_seqs), and the stages
//   run batches drawn from those requests, so at --max-num-seqs 1 one request is in flight and
//   three of the four stages idle at any time. serve_case() and simulate_case() price pipeline
//   stages as vLLM V0's virtual engines (ServingOptions::pp: pp micro-batches in flight;
//   simulate_case() runs pp engines per replica, each with its own max_num_seqs and a pp-th of the
//   KV pages), so at max_num_seqs 1 they keep four requests in flight: the run's configuration has
//   no counterpart in the model's options (the wave-15 rule for `--dp D` with 1 < D < N and the
//   SQ07-SQ09 rule for EP2 inside TP8). Independently, the source does not say how the 16 GPUs are
//   spread over nodes or what links the stages (and, on nodes of fewer than four GPUs, the TP4
//   groups): the SI05 rule for a fabric the source does not state. Were both resolved, the derived
//   output tok/s (12093 / 820.75 s = 14.73, bench_serving's own definition, an identity: the SI06
//   rule) would be compared in the latency area (one running stream at batch 1, the wave-2 area
//   rule), at the realised mean output 12093 / 100 = 121 (5.5% under 128: the wave-16 rule), with
//   the
//   --enforce-eager launch gap (the SD11-SD18 rule).
// * A row whose server configuration the source does not print is not expressible, whatever the
//   collector assumes (the SD09/SD10 and SA12-SA21 rules): SV02 (vLLM issue #12568, DeepSeek-R1 on
//   8x H200, vLLM 0.7.0 V1: the comment prints the client command and the result block, not the
//   server command; TP8 is the collector's assumption). Had it been printed, the row would be the
//   SG15-SG17 open loop (Poisson 4 req/s over the 1000 prompts, fixed 1024 input, the realised
//   mean output 119550 / 1000 = 120, 6.6% under 128: the wave-16 rule), mean TTFT and mean TPOT
//   compared (latency), not the open loop's output tok/s.
// * ShareGPT rows: the J / R28 / SG01-SG10 rule (a ShareGPT row is expressible only where the
//   source publishes the length distribution; token totals give only the means): SV01 (means
//   217.4 / 200.5), SV06 (217.4 / 190.0) and SV07's inputs (mean 270.3; its outputs are fixed at
//   300 by --sharegpt-output-len --ignore-eos). Each is also barred by the catalog (above).
// * Summary tables that name no statistic (SV08-SV14, SGLang cookbook-style PR tables with "TTFT"
//   and "TPOT" columns, neither mean nor median): only means are compared (the wave-10 rule), so
//   a figure whose statistic is not named is not compared (the SO07/SO08, SK06 and SR16/SR17
//   rule). Their prompt counts are not printed either (the SP04/SP05 rule: a closed loop's mean
//   TTFT averages its first wave's queue over the count), and SV08-SV11's client command and
//   server flags are the author's sibling PR's, not their own (the SD09/SD10 rule). The catalog
//   bars all seven first.
//
// Not expressible (wave 24; also in docs/validation.md, "Serving"):
//   SV01 (Qwen3-32B BF16 on 1x H100 NVL, vLLM 0.8.5.post1, 1000 ShareGPT prompts at once,
//     max-num-seqs 32): the H100 NVL is not in the catalog; ShareGPT lengths, only means
//     derivable.
//   SV02 (DeepSeek-R1 on 8x H200, vLLM 0.7.0 V1, Poisson 4 req/s): the server command and the
//     parallelism are not printed (TP8 is the collector's assumption).
//   SV05 (Qwen3-235B-A22B BF16 on 16x A100, vLLM V1 TP4 x PP4 with EP, --max-num-seqs 1, eager):
//     V1's one running request across the pipeline has no counterpart in the model's pp virtual
//     engines; the node layout and the links between stages are not stated.
//   SV06 (Qwen3-VL-32B-Instruct-FP8 on 1x L40S, vLLM, 1000 ShareGPT prompts at once): the model
//     is not in the catalog; ShareGPT lengths.
//   SV07 (Nemotron-3-Nano-30B-A3B FP8 on 1x H200, vLLM, concurrency 1): the model is not in the
//     catalog; ShareGPT inputs.
//   SV08-SV11 (Gemma-4-31B BF16 on 1x MI300X, SGLang 0.5.13.post1, concurrency 1 / 16 / 64 /
//     256): the model is not in the catalog; the TTFT / TPOT statistic and the prompt count are
//     not stated; the client command is the sibling PR's.
//   SV12-SV14 (MiniMax-M2.7 FP8 on 2 / 4 / 8x MI300X, SGLang 0.5.13.post1, TP x EP 2 / 4 / 8):
//     the model is not in the catalog; the TTFT / TPOT statistic and the prompt count are not
//     stated.
//
// ---- Wave 25: research cases SW01-SW06 (tests/validation/serving_cases_wave25.json and .md),
// collected blind on 2026-12-01 (session 19) by one research pass from sources unused by waves
// 1-24 (benchmark blocks pasted in four vLLM and SGLang GitHub PRs, all of the DeepSeek-V3
// family; tag SW). The first-prediction model of every SW case is the HEAD of main when this
// integration started, 049fda0 (the base of worktree wtS25), whose serving model is that of
// 43255f1 (session 17's head-dimension attention rates): sessions 18 and 19 changed no serving
// number. Since wave 24's base (413f888) the only commits touching src/, include/ or catalog/ are
// 17dfdd6 (the training solver's cross-entropy loss) and e30dbeb (B300 / GB300 SM counts and
// NVFP4 GEMM ceilings, devices no expressed serving row uses), and at 049fda0 all 591 serving
// rows print exactly as in docs/validation.md's table measured after wave 24 (compared row by
// row before any wave-25 prediction). These mapping rules were written before any wave-25
// prediction was computed and apply to every wave-25 case alike; the S, R, Q, P, L, J, Z, O,
// SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR, SS, ST, SU, SV and session-10 rules
// above still hold where a rule below does not replace them.
// * Catalog. Models: DeepSeek-V3, DeepSeek-V3.1, DeepSeek-V3-0324 and DeepSeek-V3-Base =
//   DeepSeek_V3 (the SH11/SH12, SI06 and SV03 rules: the same 671B MLA, 256-expert architecture;
//   -Base is its pre-trained checkpoint; MTP not used). Devices: "H200" (SW04, SW05) = H200, the
//   catalog's SXM entry (the O rule for a plain name); "AMD Instinct MI300X GPU" (SW06, named by
//   the PR's own text) = MI300X. "MI300" (SW01-SW03, "TP8 results (MI300)"; the PR text gives
//   gfx942) names no catalog entry: it is the family of two catalog parts, the MI300A APU (128
//   GB, no device link in the catalog) and the MI300X (192 GB), and gfx942 is the ISA of the
//   MI300A, the MI300X and the MI325X alike. The O rule maps a device named without its memory
//   variant to the entry of that name (A100, H100, H200); "MI300" is the name of neither part.
//   The collector's MI300X ("MI300A is not an 8-GPU node part") is an inference from the node
//   shape, as SR08's B200 read off "SM100" (shared with GB200) and SB06-SB09's MI355X read off a
//   gfx950 image: a device only the collector infers is not expressible (the O25/O26, SB06-SB09,
//   SR08 and ST12 rules). No earlier serving rule maps "MI300". SW01-SW03 fail on the reasons
//   below as well, so the rows do not turn on this reading.
// * vLLM PR #47276, DeepSeek-V3 TP8 with the released v0.23.0 image (SW01-SW03: a comment's
//   summary table "1k/1k ISL/OSL, random data, TP8", rows "Concurrency 32 / 64 / 128 | v0.23.0":
//   QPS, TTFT P50, TPOT P50; the full `vllm bench serve` blocks sit in a collapsed section the
//   stored excerpt cuts off). Not expressible, on four independent counts:
//   - The server command is not printed, only the caption's "TP8" and the image tag (the
//     SD09/SD10 rule, as SO12, whose TP8 was described, not printed, and SV02). In particular the
//     KV-cache dtype: the unstated-KV reading (vLLM's "auto" = the model dtype, BF16) is read off
//     a printed command that carries no --kv-cache-dtype (the SD11-SD18, SF01-SF08 and SV04
//     readings); here no command is printed, and the PR is about the FP8-KV path, so the
//     collector's "fp8 likely" is its inference either way (the SA12-SA21 rule: collector
//     assumptions are not used). --max-num-seqs, the block size and the compilation settings are
//     not printed either.
//   - The latencies are medians of a closed loop: not compared (the wave-10 rule: a fixed-length
//     closed loop's spread comes only from the simulator's queueing, which has no per-iteration
//     jitter). The wave-19 median rule admits medians only for an open Poisson loop, whose
//     spread over the requests comes from the arrivals the simulator draws; these are closed
//     loops at --max-concurrency N (request rate inf).
//   - The request rate is then the only figure left, and it is the output rate over the mean
//     output length. The client command is not printed: neither the random dataset's range ratio
//     nor --ignore-eos is stated, and no token total is given, so the output length behind the
//     rate is stated neither by a tool's flags nor by totals (the J / O16-O18 / SF09-SF16 rule;
//     the wave-16 early-stopping rule needs a printed "Total generated tokens", and rows without
//     --ignore-eos have run from 0.1% to 33% short of their nominal output: SR04, SR01).
//   - Prompt counts: "Successful requests: 320" is visible for concurrency 32 only; for 64 and 128
//     none is printed (the collector's 10 x N is its assumption). A closed loop's figures average
//     its first wave's queue and its tail over the count, so the load is not stated (the SP04/SP05
//     rule).
//   Had all four been stated, the rows would be the Q16 vLLM V1 rule (vllm_closed) in the
//   session-10 closed loop of N clients over the prompt count, the request rate compared as the
//   simulator's output rate over the stated mean output (throughput area, N >= 32).
// * vLLM PR #28992, DeepSeek-V3.1 on 8x H200 (SW04: the PR's justfile, `launch_vllm` =
//   VLLM_ALLREDUCE_USE_SYMM_MEM=0 VLLM_MOE_USE_DEEP_GEMM=0 VLLM_USE_DEEP_GEMM=1 `vllm serve
//   deepseek-ai/DeepSeek-V3.1 -tp 8` under `chg run --gpus 8`; `just bench_decode 16 160` =
//   `vllm bench serve --dataset-name random --random-input-len 2 --random-output-len 100
//   --max-concurrency 16 --num-prompts 160 --ignore-eos`; vLLM main of 2025-11-19, version not
//   printed; the "before (batch 16)" block, the baseline fused-MoE config):
//   - Device: the H200 the PR's title names ("[Kernels] Improve H200 Fused MoE Config"): the PR
//     changes vLLM's tuned fused-MoE config for that device, which vLLM loads only on the device
//     its file name gives, so the before / after blocks are that device's runs; the SI06 / SV03
//     rule for a device named by a config PR's title (H20). SR10's title tag named a kernel's
//     target, not a device-keyed config, and was a second reason beside its ShareGPT lengths. The
//     GPU count and TP are printed (--gpus 8, -tp 8).
//   - Engine: the Q16 vLLM V1 rule (vllm_closed: reserve 0.10, token budget 8192, block 16,
//     max_num_seqs max(256, 16) = 256, which does not bind), V1 being vLLM's only engine at that
//     date; the unstated version: the SC21-SC28 rule for a loosely stated engine version (as
//     SV04). The native block-FP8 checkpoint = FP8 weights and compute (the O / SE07-SE10 rule for
//     DeepSeek's native FP8); KV cache BF16 (the printed command has no --kv-cache-dtype:
//     "auto", the model dtype); experts split tensor-parallel over the TP8 group (no
//     --enable-expert-parallel); CUDA graphs captured (no --enforce-eager); one replica of tp 8.
//     The environment switches (DeepGEMM for the dense FP8 GEMMs, the Triton fused MoE with the
//     baseline config, the symmetric-memory all-reduce off) are kernel choices the engine does
//     not distinguish (the SI04 / SV04 rule): the model prices this run as it would the PR's own.
//   - Load: the session-10 closed-loop rule (loop_sim): 16 clients over the printed 160 prompts,
//     no warm-up (none stated). Lengths fixed (vLLM's random dataset at its default range ratio
//     0, the wave-11 reading). Output 100 (--ignore-eos; "Total generated tokens: 16000" = 160 x
//     100). Input: the printed "Total input tokens: 160" is 1 token per request, 50% under the
//     nominal 2, so by the wave-18 realised-input rule (a printed input total more than 2% off
//     prompts x ISL runs at its realised mean, from the O09 / SD01 / SI10-SI12 rule) the row runs
//     at 1 input token.
//   - Compared: output tok/s = the printed total generated tokens / the printed benchmark
//     duration, 16000 / 23.38 s = 684.35 (`vllm bench serve`'s own definition of its output
//     throughput, so the collector's derivation is an identity: the SI06 / SV05 rule; its
//     "Output token throughput" line is cut off), throughput area (16 clients, the wave-2 area
//     rule). Not compared: the request rate (the output rate over the fixed 100 tokens) and the
//     duration (restates the output rate); no TTFT or TPOT is printed.
// * vLLM PR #23504, DeepSeek-V3-0324 "DP8TP4EP32" on 32 H200 (SW05: benchmark_serving random
//   2048 / 1024 --ignore-eos at max concurrency 2048 over 4096 prompts, no prefix caching; vLLM
//   main of 2025-08-24, version not printed; the "tuned" block): not expressible, on three
//   independent counts:
//   - Attention data-parallel over 8 ranks with tensor parallelism 4 inside each: the wave-15
//     rule (MoeServing::attention_data_parallel makes every rank of the group its own attention
//     group; `--dp D` with 1 < D < N, attention tensor-parallel inside each of D groups, is not
//     expressible with it), and vLLM's data-parallel attention was not modelled before (the SI01
//     rule).
//   - 32 GPUs on several nodes (four 8-GPU nodes is the collector's assumption) whose fabric the
//     source does not state, crossed by the EP32 dispatch and combine of every MoE layer: the
//     SI05 rule (serve_case() prices a replica's collectives on the device's scale-up link).
//   - The server command is not printed, only the label "DP8TP4EP32" (the SD09/SD10 and SO12
//     rule); the KV dtype and the engine's limits are not stated.
//   Had it been expressible, the compared figure would be the output tok/s 4096 x 1024 / 744.88 s
//   = 5630.9 (--ignore-eos: an identity, the SI06 rule), throughput area.
// * SGLang PR #2601, DeepSeek-V3-Base on 8x MI300X (SW06: "Support DeepseekV3 on AMD Instinct
//   MI300X GPU", `python -m sglang.bench_one_batch --batch-size 32 --input 128 --output 32
//   --model /data/DeepSeek-V3-Base/ --tp 8 --trust-remote-code`, the PR's branch of 2024-12-26
//   built from docker/Dockerfile.rocm, SGLang about 0.4.1; "Prefill. latency: 6.46569 s,
//   throughput: 633.50 token/s"):
//   - Tool: bench_one_batch "Benchmark[s] the latency of running a single static batch without a
//     server" and "accepts server arguments (the same as launch_server.py)" (the script's
//     docstring): the batch's 32 prompts of 128 synthetic tokens are prefilled in one forward
//     pass, then decoded together to 32 tokens, after an untimed warm-up pass; there is no
//     scheduler, HTTP or queue. The printed prefill throughput is 32 x 128 / the prefill latency
//     exactly. That is a static batch (the R01-R06 gptSessionBenchmark and P08-P10
//     benchmark_latency readings): Batching::static_batch at the printed batch 32, fixed 128 / 32,
//     predicted even where serve_case() says the batch does not fit (the R static-batch rule).
//   - Engine: the R SGLang rule at the v0.4 line's own defaults, which bench_one_batch takes from
//     ServerArgs: reserve 0.19 (mem_fraction_static 0.81 for 8 <= tp < 16, the SQ01-SQ04 reading
//     of the v0.4 line's server_args.py; the reserve does not enter a static batch's timing),
//     token budget 8192 (chunked_prefill_size; the 4096 prompt tokens fit one chunk, and
//     serve_case() prices a static batch's prefill as one pass whatever the budget, the SJ03-SJ05
//     note), max_num_seqs = the batch 32, KV cache BF16 (no --kv-cache-dtype: "auto"), the native
//     block FP8 checkpoint = FP8 weights and compute (the PR runs it as ROCm's e4m3fnuz, the same
//     width, at the catalog's MI300X FP8 rate), experts split tensor-parallel (no EP flag), one
//     replica of tp 8. The early port's kernel choices (FlashInfer's bmm_fp8 bypassed with the
//     MLA's FP8 weights cast to BF16, the Triton fused MoE, no CK block-scaled GEMM yet) are not
//     modelled (the SI04 rule); the model prices the FP8 GEMMs at the catalog's rates, so slower
//     kernels in the port would make the measurement slower than the model (stated here, before
//     any prediction). The collector's "not representative of later releases" does not retract
//     the measurement, which is of that software (the SA09 rule).
//   - Compared: the prefill latency = serve_case().ttft of the static batch (the whole batch's
//   prefill,
//     the R01-R06 / LMDeploy first-token reading), latency area. Not compared: the prefill
//     throughput (32 x 128 / the latency, an identity); the decode line is cut off in the stored
//     excerpt and not recorded.
//
// Not expressible (wave 25; also in docs/validation.md, "Serving"):
//   SW01-SW03 (DeepSeek-V3 TP8 on 8 "MI300", vLLM v0.23.0, random 1k/1k at concurrency 32 / 64 /
//     128, vLLM PR #47276): the server and client commands are not printed (the KV dtype in an
//     FP8-KV PR, --ignore-eos and the range ratio unknown, no token totals, so the output length
//     behind the request rate is not stated); the TTFT / TPOT are medians of a closed loop; the
//     prompt count is not printed at concurrency 64 / 128; "MI300" names no catalog device (MI300A
//     or MI300X; MI300X is the collector's inference).
//   SW05 (DeepSeek-V3-0324 DP8 x TP4 with EP32 on 32 H200, vLLM main of 2025-08, PR #23504):
//     attention data-parallel over 8 ranks of TP4 has no counterpart in the model's options; the
//     nodes' fabric is not stated; the server command is not printed.
//
// ---- Wave 26: research cases SX01-SX16 (tests/validation/serving_cases_wave26.json and .md),
// collected blind on 2026-12-01 (session 20) by one research pass from sources unused by waves
// 1-25 (GPUStack's DeepSeek-V3.2 performance-lab page, an engineer's public working notes in the
// AUGMXNT/llm-tracker.info-vault repository, and one vLLM TPU PR; tag SX). The first-prediction
// model of every SX case is the HEAD of main when this integration started, 6b29a77 (the base of
// worktree wtS26), whose serving model is 43255f1's with session 20's memory plan (6b29a77: the
// KV pool sized from the memory the driver reports where the catalog records it - H100, A100
// 80GB, B200 - and the profile run's activation peak as the larger of a forward of the token
// budget and the sampler's rows x vocabulary, as vLLM V1 measures it). That commit was made with
// every wave 1-25 result known. Compared row by row with docs/validation.md's table measured after
// wave 25, before any wave-26 prediction: 497 of the 593 earlier rows print exactly as then and 96
// differ, 73 of them by more than 0.5% (38 out of sample until then, now in sample for good; 34
// already in sample; and S07, moved in sample by earlier model changes, now within 0.5% of its
// first prediction again, so the computed rule counts it out of sample, as it once did O10a; it
// is not declared here, as this integration changes no earlier case); the 23 others moved by at
// most 0.5%, ten of them out of sample and staying so. These mapping rules were written before
// any wave-26 prediction was computed and apply to every wave-26 case alike; the S, R, Q, P, L, J,
// Z, O, SA/SB, SC/SD, SE/SF, SG/SH, SI, SJ, SK, SN, SO, SP, SQ, SR, SS, ST, SU, SV, SW and
// session-10 rules above still hold where a rule below does not replace them.
// * Catalog. Models: DeepSeek-V3 = DeepSeek_V3 (the SQ rule; MTP not used), Llama-3.1-70B-Instruct
//   = Llama3_1_70B, Llama-3.1-405B-Instruct = Llama3_405B (the S rule), Llama-3.1-8B-Instruct =
//   Llama3_1_8B. DeepSeek-V3.2 (SX01-SX06) is not in the catalog: its DeepSeek Sparse Attention (an
//   indexer choosing, per query, the past tokens it attends to; per the collector, the page shows
//   vLLM rejecting the dense MLA backends as "sparse not supported") is not DeepSeek_V3's dense
//   MLA, and the library has no sparse-attention form to express it with (the Z51 / SI02 rule; no
//   entry is added for it). Not expressible, whatever else the rows state. Devices: "8 x NVIDIA
//   H200 SXM GPUs on a single node" = H200; SX15's node, which the same file's own listing prints
//   as eight "AMD Instinct MI300X" devices ("an 8 x MI300X"), = MI300X; "v6e-1 (single chip)" =
//   TPUv6 (the SD01/SD02 rule: a v6e chip has one TensorCore, tp = the chip count). The other
//   devices are decided below where a row turns on them.
// * GPUStack Performance Lab, DeepSeek-V3.2 on one node of 8x H200 (SX01-SX06: `vllm bench serve
//   --backend openai-chat` bursts, no --max-concurrency, against vLLM v0.13.0, SGLang
//   v0.5.6.post2 and TensorRT-LLM 1.2.0rc5): not expressible, the catalog barring all six (above).
//   Independently:
//   - ShareGPT rows (SX01, SX04, SX05, SX06: 1000 prompts of ShareGPT_V3_unfiltered_cleaned_split
//     with their reference outputs, no --ignore-eos): token totals give only the means (219.1 in;
//     196.6-198.9 out), not the distribution: the J / R28 / SG01-SG10 rule (SG01-SG10 are this
//     page family's ShareGPT rows).
//   - SX04 (`vllm serve ... -tp 1 -dp 8 --enable-expert-parallel --max-model-len 81920`): vLLM's
//     data-parallel engines with expert parallelism across them have no mapping in these rules
//     (the SI01 rule; the wave-15 rule maps SGLang's `--tp N --dp N --enable-dp-attention` only).
//     SX05 (SGLang `--tp-size 8 --dp-size 8 --enable-dp-attention`) would be the wave-15 rule at
//     tp 8; SX06 (`trtllm-serve --tp_size 8 --ep_size 8 --pp_size 1`, 16 of the 1000 requests
//     failed, reason not printed) the S TensorRT-LLM rule with the experts expert-parallel.
//   - SX02 (random 2000 / 100 over 500 prompts) and SX03 (random 1000 / 2000 over 100): fixed
//     lengths, the printed totals exactly prompts x ISL and prompts x OSL. Had the model been in
//     the catalog, the wave-11 GPUStack burst rule (vllm_burst: the Q16 vLLM V1 rule in a closed
//     loop of P clients over the P prompts, reserve 0.10, token budget 8192, KV cache BF16 "auto",
//     the native block FP8 computing in FP8, experts split tensor-parallel over the TP8 group)
//     would map them, output tok/s, mean TTFT and mean TPOT compared.
// * DeepSeek-V3 on two nodes of 8 H100 (SX07-SX11, the notes' "DeepSeek-V3 Testing" page, January
//   2025: vLLM 0.6.6.post2.dev5 PP2 x TP8 and TP16, SGLang `--tp 16 --nnodes 2`; benchmark_serving
//   / sglang.bench_serving on ShareGPT, 1024 prompts at max concurrency 128 / 512, SX09 50 prompts
//   at concurrency 1): not expressible, each row on several independent counts:
//   - Lengths: ShareGPT prompts with their reference outputs (no fixed output length), token totals
//     giving only the means (224.4 in, 191.0-202.7 out; SX09 244.2 / 214.8): the J / R28 /
//     SG01-SG10 rule, at every concurrency (SR06 at 4, SV07 at 1).
//   - Fabric: 16 GPUs on two nodes. TP16 (SX08-SX11; SX10/SX11 are SI05's own configuration,
//     DeepSeek-V3 `--tp 16 --nnodes 2`) all-reduces across the inter-node fabric twice per layer,
//     and PP2 x TP8 (SX07) sends every micro-batch's activations across it; the source does not
//     name that fabric ("inter-node fabric not stated", the collector), and serve_case() prices a
//     replica's collectives on the device's scale-up link (the SI05 rule; SV05 for pipeline stages
//     on unstated links).
//   - Device: the serving nodes' GPUs are not printed; the collector reads "NVIDIA H100 80GB HBM3"
//     off other nodes of the same cluster listed in the page's llama.cpp sections. A device only
//     the collector infers is not expressible (the O25/O26, SB06-SB09 and SR08 rules).
//   - vLLM rows: the TP16 server command is not printed (SX08, SX09: the SD09/SD10 rule; the
//     collector carries the PP2 launch's flags over), and SX09's client command is the PP2 run's
//     (inferred from the identical input total). The collector notes that vLLM 0.6.6 predates
//     vLLM's MLA kernels (v0.7), so its DeepSeek-V3 KV cache is kept per head, not as the MLA
//     latent of the catalog entry (the PP2 log's 2889 blocks, 5.64 sequences of 8192 tokens on 16
//     GPUs, point that way); not decided here, as the rows fail first on the counts above.
//     --num-scheduler-steps 20 is not modelled. SGLang rows (SX10, SX11): version not printed
//     (about 0.4.1 from the date).
// * Llama-3.1-70B on MI300X with the notes' December-2024 ROCm vLLM build (SX12: TP8 `vllm serve
//   -tp 8 --num-scheduler-steps 12 --gpu_memory_utilization=0.96 --max-num-seqs 2048`; SX13: TP4
//   `--gpu_memory_utilization=0.98 --num-scheduler-steps 20`; SX14: TP1 `--quantization="fp8"
//   --max-model-len 32768 --max-num-seqs 4096 --num-scheduler-steps 20`; benchmark_serving on
//   ShareGPT, 1024 prompts at max concurrency 128 / 128 / 512): ShareGPT lengths, only the means
//   derivable (215.7 in, 186.6-187.1 out): the J / R28 rule, not expressible. Independently, the
//   build's vLLM version is not printed (a source tree ~/vllm-rocm; 0.6.4.dev5 is the author's
//   October build, per the collector), SX13 and SX14 sit under a "# MI300" heading (the SW01-SW03
//   rule: "MI300" names no catalog device; the file's name says "MI300X"), SX13's pasted client
//   command says --max-concurrency 256 where its block prints 128 (a sweep run with one pasted
//   command), and SX14's client command is not re-printed. The rows do not turn on any of these.
// * Llama-3.1-405B on 8x MI300X, the notes' reply to dstack's benchmark (SX15: "running `vllm
//   0.6.3.dev114+g4f95ffee`", `TORCH_BLAS_PREFER_HIPBLASLT=0 ROCR_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
//   vllm serve meta-llama/Llama-3.1-405B-Instruct --tensor-parallel-size=8 --disable-log-requests`;
//   client `benchmark_serving.py --backend vllm --dataset-name sonnet --num-prompt=64`, whose
//   printed Namespace gives request_rate inf, no max concurrency, sonnet_input_len 550,
//   sonnet_output_len 150, sonnet_prefix_len 200, ignore_eos False; the "bs=64" block): the wave-18
//   SP09 rule unchanged (SP09 is dstack's own run of the same model and `vllm serve` command on the
//   same kind of Hot Aisle node, vLLM 0.6.3.dev116):
//   - Engine: vllm_serve_rocm_bf16: the P08-P12 vLLM-ROCm rule of that era (reserve 0.10,
//     max_num_seqs 256, KV cache BF16 "auto", CUDA graphs captured: no --enforce-eager) at the BF16
//     checkpoint's weights and compute (no --quantization or --dtype; the same file's log of the
//     same build loading this model, a benchmark_throughput run, prints dtype=torch.bfloat16,
//     quantization=None, max_seq_len=131072, device_config=cuda), with the chunked prefill vLLM 0.6
//     enables by default for a context over 32K on a "cuda" device type, which ROCm builds report:
//     token budget 512 (the SP09 reading of that era's arg_utils.py; dev114 is two commits before
//     SP09's dev116, and the ROCm exclusion came later). TORCH_BLAS_PREFER_HIPBLASLT=0 (rocBLAS
//     GEMMs instead of hipBLASLt, which the author could not get working with the PyTorch nightly)
//     and the all-reduce (the same log: "Disabled the custom all-reduce kernel because it is not
//     supported on AMD GPUs") are kernel choices, not modelled (the SI04 rule). No prefix caching
//     (V0's default off; the 200-token sonnet prefix is not reused).
//   - Load: the wave-11 burst rule (benchmark_serving is an HTTP client): the session-10 closed
//     loop at concurrency 64 over the 64 prompts. The client's "initial single prompt test run"
//     precedes the timed run and is not one of the measured prompts (as bench_serving's warm-up
//     request, SI04). Lengths by the wave-18 rules: input 32541 / 64 = 508.5, 7.6% under 550
//     (sonnet builds each prompt from whole lines, the SP11/SP12 reading), so the realised 508;
//     output 9600 = 64 x 150, so the nominal 150 (every output ran to its cap).
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency); the mean ITL, medians and p99 are not (the wave-10 rule), nor the total tok/s and
//     the request rate (fixed factors of the output rate at the run lengths).
//   - Not a repeat: SP09 / SP10 are dstack's runs (sonnet 80 in, its own CSV); this is the notes'
//     author's run at the default sonnet lengths, and none of its values appears in an earlier case
//     file. The block's bs=128 run (304.91 tok/s) is not a case: only the collector's rows are (the
//     SO01-SO06 rule). The SP09 rows of this engine on this node were first predicted 4.3x-4.6x
//     fast on throughput and TPOT (SP09a +358.5%, SP09c -76.8%); no rule here is changed for it.
// * vLLM PR #16458, Llama-3.1-8B on one TPU v6e (SX16: "## v6e-1 (single chip): 7.87 -> 8.37 req /
//   sec", `VLLM_USE_V1=1 vllm serve meta-llama/Llama-3.1-8B-Instruct --disable-log-requests
//   --gpu-memory-utilization 0.95 --max-num-batched-tokens 512 --tensor-parallel-size 1
//   --max-model-len 2048 --max_num_seqs 512`; `benchmarks/benchmark_serving.py --backend vllm
//   --dataset-name random --random-input-len 1800 --random-output-len 128`, no --num-prompts,
//   --request-rate or --max-concurrency; the "Before:" block, vLLM main of 2025-04-11 before the
//   PR):
//   - Engine: the SD01/SD02 vLLM-TPU rule (the Q16 vLLM V1 rule with the printed flags): reserve
//     0.05, token budget 512 (V1 chunks prefills within it), max_num_seqs 512, BF16 weights,
//     activations, compute and KV cache (no --dtype, --quantization or --kv-cache-dtype: "auto" on
//     the BF16 checkpoint), one replica of tp 1 on TPUv6. KV block 16: the PR's diff shows vLLM's
//     TPU platform setting an unset block size to 16 before it (the PR raises it), the Q16 rule's
//     16. --max-model-len 2048 does not bind (1800 + 128). The Pallas ragged paged-attention kernel
//     and its block shapes (what the PR tunes), XLA's padding to compiled shapes and prefix caching
//     (random prompts share no prefix, the O15 reading) are not modelled. The unstated version:
//     the SC21-SC28 rule (a main build of April 2025).
//   - Load: the wave-11 burst rule: benchmark_serving's default 1000 prompts at request rate inf,
//     all at once: the session-10 closed loop of P clients over P prompts, no warm-up (the client's
//     initial test request is not measured), P = the printed "Successful requests" 987 (the
//     wave-11 rule's P). The printed --max_num_seqs 512 caps the running requests below the 987
//     clients (as SB01-SB03's 135 below 320). 13 of the 1000 requests failed, for a reason the
//     block does not print; the client's token totals count only the 987. The failures are not
//     simulated (1.3% of the burst, under the 2% the length rules leave unmodelled); no earlier
//     expressed row had failed requests.
//   - Lengths: fixed (benchmark_serving of that date draws random lengths from [r L, L] at its
//     default ratio 1.0, the pre-0.8.5 client of the SD03-SD08 rule, as SX15's printed Namespace
//     shows for the October-2024 script; the printed input total is exactly 987 x 1800). Input: the
//     nominal 1800. Output (no --ignore-eos): 118669 generated, 6.1% under 987 x 128 = 126336, so
//     the wave-16 early-stopping rule runs the realised mean 118669 / 987 = 120.2 -> 120.
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency). The stored block stops
//     after the mean TTFT (no TPOT); the request rate (the PR's headline 7.87) and the total tok/s
//     are fixed factors of the output rate.
//
// Not expressible (wave 26; also in docs/validation.md, "Serving"):
//   SX01-SX06 (DeepSeek-V3.2 on 8x H200, GPUStack: vLLM 0.13.0 TP8 on ShareGPT / random 2000/100 /
//     random 1000/2000, vLLM DP8 + EP8, SGLang 0.5.6.post2 DP attention, TensorRT-LLM 1.2.0rc5 TP8
//     + EP8): DeepSeek-V3.2's sparse attention (DSA) is not in the catalog and the library cannot
//     express it; SX01 and SX04-SX06 also ShareGPT lengths (only means derivable); SX04 also
//     vLLM's DP8 engines with EP, which no rule maps.
//   SX07-SX11 (DeepSeek-V3 on 16 GPUs over two nodes, vLLM 0.6.6 PP2 x TP8 / TP16, SGLang TP16,
//     ShareGPT at concurrency 128 / 512 / 1): ShareGPT lengths, only means derivable; the
//     inter-node fabric the TP16 all-reduces and PP2 transfers cross is not stated; the GPU of the
//     serving nodes is the collector's inference; the vLLM TP16 server command is not printed.
//   SX12-SX14 (Llama-3.1-70B BF16 TP8 / TP4, FP8 TP1 on MI300X, a December-2024 ROCm vLLM build,
//     ShareGPT at concurrency 128 / 128 / 512): ShareGPT lengths, only means derivable.
//   SX16 (Llama-3.1-8B BF16 on one TPU v6e, vLLM V1 main of 2025-04, PR #16458's "Before" block):
//     found at the first run, which printed no SX16 number: serve_case() refuses the rule's printed
//     --max_num_seqs 512 with the printed 512-token budget ("max_num_seqs x (draft length + 1)
//     must be below max_batched_tokens, or prefill can starve"; vLLM accepts the two equal), as
//     serve_case() refused R06, P22 and L25-L29 when their case lists were first built. The SX16
//     rule above is left as written before the first run; the row is not predicted.

//
// ---- Wave 27: research cases SY01-SY09 (tests/validation/serving_cases_wave27.json and .md),
// collected blind on 2026-12-01 from the SGLang cookbook (sgl-project/sgl-cookbook at 7b5bd9c0:
// Gemma4.md, Ministral-3.md, Ernie4.5.md), after the session-21 prefill-first rule (fa32553) and
// the catalog entries bc978ae (Ministral 3 14B, ERNIE 4.5 21B-A3B) were committed. These rules were
// written before any wave-27 prediction was computed; the rules above hold where these do not
// replace them.
// * Every row is `sglang.bench_serving --backend sglang --dataset-name random --random-input-len
//   1000 --random-output-len 1000` without --random-range-ratio, at --max-concurrency 1 / 16 / 100
//   over 10 / 80 / 500 prompts, against a server started with the model and `--tp` only (SGLang
//   0.5.7 on MI300X for SY03-SY09; the "gemma4 branch" for SY01, SY02, SY05): the wave-8 SGLang
//   cookbook rule unchanged (sgl_random_closed: the R SGLang engine rule - reserve 0.15, the Z49 /
//   Z50 assumption, since no --mem-fraction-static is printed; token budget 8192; max_num_seqs =
//   the concurrency; KV cache BF16 "auto"; BF16 checkpoints BF16 throughout; since fa32553
//   prefill-first iterations, as SGLang's default scheduler runs - with input and output uniform
//   on [1, 1000] in a closed loop of N clients over the printed prompt count). The printed token
//   totals agree with that distribution (80 prompts: 495.9 / 510.1 per request; 500 prompts:
//   499.7 / 505.3). Devices: "MI300X GPU (8x)" with "Tensor Parallelism: 1" and "AMD MI300X GPU
//   (1x)" = one MI300X, one replica of tp 1 (the cookbook serves on one device of the node).
// * Models: mistralai/Ministral-3-14B-Instruct-2512 = Ministral3_14B (the text decoder; the Pixtral
//   encoder does not run on text prompts); baidu/ERNIE-4.5-21B-A3B-PT = ERNIE4_5_21B_A3B (experts
//   on the one device; no --ep printed).
// * Compared: output tok/s ("a", throughput; not at concurrency 1, the Q31 rule), mean TTFT ("b",
//   latency), mean TPOT ("c", latency); the mean end-to-end latency is not compared where mean TTFT
//   and TPOT are (the wave-8 rule). SY08 (concurrency 1): mean TPOT ("c"), and the median TTFT
//   ("b") in place of the mean: the block's mean TTFT (3709 ms) and output tok/s carry one request
//   of about 33 s (P99 TTFT 33,321 ms against a 53.7 ms median; the E2E median 3,037 ms against a
//   6,506 ms mean), a cold start the engine model does not price; the simulator's p50 over its ten
//   requests is compared with the printed median.
// * SY06 / SY07 (Ministral 3 14B at 16 and 100) and SY09 (ERNIE 4.5 21B-A3B at 100) run the same
//   client workload (identical token totals for SY07 / SY09); each is its own case.
//
// Not expressible (wave 27; also in docs/validation.md, "Serving"):
//   SY01-SY05 (Gemma 4 31B on 2x H200 and 1x MI300X, Gemma 4 E4B on 1x H200): no catalog entry.
//     Gemma 4's global layers use a 512-wide head (256 on the local layers), 4 KV heads and one
//     shared K / V projection (attention_k_eq_v); E4B's last 18 layers reuse earlier layers' KV
//     and it adds per-layer embeddings: the catalog's one head_dim / kv_heads per model cannot
//     express them, so an entry would misprice KV bytes and attention (transformers'
//     convert_gemma4_weights.py at 0f3f0632, github.com/huggingface/transformers: global_head_dim
//     512, num_global_key_value_heads 4, attention_k_eq_v True for 31B; num_kv_shared_layers 18,
//     hidden_size_per_layer_input 256 for E4B). Independently, SY01,
//     SY02 and SY05 ran a "gemma4 branch" of SGLang whose version the source does not pin, and
//     their client command is read from another section of the page.
//
// ---- Wave 28: research cases SZ01-SZ03 (tests/validation/serving_cases_wave28.json and .md),
// collected blind on 2026-12-01 from GitHub threads unused by waves 1-27, after the session-21
// prefill-first rule (fa32553). These rules were written before any wave-28 prediction was
// computed; the rules above hold where these do not replace them.
// * SZ01 (sglang issue #1857, "TP8 scheduling overhead is very high for small model", label amd:
//   HaiShaw's "With (v0.3.6+)" block, `launch_server --model-path
//   amd/Meta-Llama-3.1-8B-Instruct-FP8-KV --tp-size 8 --quant fp8 --max-total-tokens 3745506`):
//   - Device and client: the block names neither; the thread does. Its opening comment (hliuca,
//     2024-11-02) runs the same model on "mi300x" with `sglang.bench_serving --backend sglang
//     --dataset-name random --num-prompts 4000 --random-input 128 --random-output 128` (Namespace
//     printed: random_range_ratio 0.0, request_rate inf, no max concurrency) and prints "#Input
//     tokens: 257409 / #Output tokens: 257960", the totals HaiShaw's block prints: the same client
//     command and seed on the thread's MI300X node (8 GPUs for --tp-size 8). A device the source
//     thread names, not one only the collector infers (the O25 / O26 rule is not triggered).
//   - Engine: the R SGLang rule (reserve 0.15: no --mem-fraction-static printed; token budget
//     8192, SGLang's default chunked_prefill_size; max_num_seqs = the 4000 prompts, SGLang sizing
//     its running requests from the KV pool; KV cache BF16 "auto"; prefill-first iterations since
//     fa32553), FP8 weights and compute (--quant fp8 on the FP8-KV checkpoint: the wave-8
//     precision rule), one replica of tp 8 on MI300X. --max-total-tokens 3745506 caps the KV pool
//     far above what 4000 requests of at most 256 tokens hold (1.02M): not binding. The issue's
//     subject, the scheduler's CPU time per step at TP8 on a small model, is not modelled.
//   - Load: the wave-11 burst rule (sgl_burst: the session-10 closed loop of 4000 clients over the
//     4000 prompts, no warm-up), input and output uniform on [1, 128] (the printed ratio 0.0;
//     totals 64.4 / 64.5 per request).
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//     latency); the medians, p99 and the E2E latency are not (the wave-8 rule).
//   - Model: amd/Meta-Llama-3.1-8B-Instruct-FP8-KV = Llama3_1_8B (the S rule: the same shapes).
//
// Not expressible (wave 28; also in docs/validation.md, "Serving"):
//   SZ02 (sglang PR #1060, Llama 3.1 8B with torch.compile, 1000 prompts of random 8192 / 8 at
//     once): the comment does not name its GPU; the collector infers an H100 from the PR's subject
//     (a DeepSeek-V2 layout fix on H100): a device only the collector infers (the O25 / O26,
//     SB06-SB09 and SR08 rules).
//   SZ03 (vllm PR #16674, Llama 4 Scout BF16 TP8 on ROCm, the "baseline" block): the description
//     names no GPU model (ROCm flags only; "AMD Instinct" could be MI300X, MI308X or MI325X): the
//     same rule. Independently, its outputs stop at EOS (41939 generated of a 160 x 1000 cap), so
//     per-request output lengths do not follow from the block, and its latency lines are cut off
//     in the stored copy.
//
// ---- Wave 29: research cases TA01-TA16 (tests/validation/serving_cases_wave29.json and .md),
// collected blind on 2026-12-01 from Michaelvll/llm-ie-benchmarks at 5f717fe (sgl/logs/*.log,
// sgl/benchmark.yaml, README.md: the SGLang team's DeepSeek-R1 comparison config, run on one
// Nebius node of "8x NVIDIA H200"), after the session-21 prefill-first rule. The ids carry the
// prefix TA (the S letters ran out at SZ). These rules were written before any wave-29 prediction
// was computed; the rules above hold where these do not replace them.
// * Device and model: "8x NVIDIA H200" = H200 (the SXM part; the repository's nvidia-smi line of
//   the same setup prints 143771 MiB), one replica of tp 8 on one node; deepseek-ai/DeepSeek-R1 =
//   DeepSeek_R1 (native block FP8: FP8 weights and compute; the MTP module not used); KV cache
//   BF16 (kv_cache_dtype "auto", printed by both engines); experts split tensor-parallel (SGLang
//   ep_size 1, no --enable-expert-parallel for vLLM).
// * Load (every row): `sglang.bench_serving --dataset-name random --random-range-ratio 1
//   --request-rate 10`, no max concurrency, 50 or 200 prompts (the Namespace lines): Poisson
//   arrivals at 10 requests/s over the printed prompt count, fixed lengths (the totals are exactly
//   prompts x the nominal lengths; ignore-eos on), the simulator's default seed. The retry the
//   README reports (the third) is the measurement.
// * SGLang 0.4.5.post3 (TA01-TA04, TA09-TA12; `launch_server --tp 8 --disable-radix-cache`): the R
//   SGLang rule (prefill-first iterations since fa32553) with the logged ServerArgs:
//   chunked_prefill_size 8192 (the token budget), max_running_requests 2049 (max_num_seqs);
//   mem_fraction_static is not printed in the quoted lines, so the v0.4 line's default at TP 8,
//   0.81 (the SW06 reading): reserve 0.19. No prefix cache (--disable-radix-cache). DeepGEMM and
//   the overlap scheduler are kernel and host choices, not modelled.
// * vLLM 0.8.4 V1 (TA05-TA08, TA13-TA16; `vllm serve --tensor-parallel-size 8
//   --no-enable-prefix-caching`): the Q16 vLLM V1 rule: serve_case()'s defaults (reserve 0.10 for
//   the default --gpu-memory-utilization 0.9, token budget 8192 as the log prints, max_num_seqs
//   256: not set, V1's default of that release), mixed iterations, no prefix caching.
// * Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean ITL ("c", latency,
//   against the simulator's mean TPOT, the SV03c rule: the client prints ITL, not TPOT); the
//   medians, p99, request rate and E2E are not (the wave-8 rule).
//
// ---- Wave 30: research cases TB01-TB44 (tests/validation/serving_cases_wave30.json and .md),
// collected blind on 2026-12-01: the rest of Michaelvll/llm-ie-benchmarks at 5f717fe (the SGLang
// 0.4.5.post2 logs of the wave-29 sweep; the vllm/logs sweep) and simon-mo/vLLM-Benchmark's saved
// results of 2025-04-18 (tag 2025-04-19: "Nebius H200" and "DGX H200" nodes, the Justfile's
// server recipes and the README's "Flags" list). Every row: DeepSeek-R1 FP8 on one node of
// "8x NVIDIA H200", Poisson 10 requests/s over 50 (TB05-TB08: 200) prompts of fixed lengths
// (1000 / 2000, 5000 / 1000, 10000 / 500, 30000 / 100; the totals are exactly prompts x
// lengths). These rules were written before any wave-30 prediction was computed; the wave-29
// rules hold where these do not replace them.
// * TB01-TB08 (SGLang 0.4.5.post2, `launch_server --tp 8 --disable-radix-cache`; logged
//   ServerArgs: chunked_prefill_size 8192, max_running_requests 2049, mem_fraction_static 0.81):
//   the wave-29 SGLang rule (sgl045_fixed_poisson), whose 0.81 this log prints. Compared: output
//   tok/s ("a"), mean TTFT ("b"), mean ITL ("c", the sglang.bench_serving client).
// * vLLM 0.8.4 V1 TP 8 without expert parallelism (TB09-TB12 llm-ie vllm/logs; TB17-TB20 Nebius,
//   TB29-TB32 DGX: the Justfile's `vllm serve --tensor-parallel-size 8
//   --no-enable-prefix-caching`): the wave-29 vLLM rule (vllm_v1_fixed_poisson). With expert
//   parallelism (TB21-TB24 Nebius, TB33-TB36 DGX: the README's "vLLM_EP: --enable-expert-parallel",
//   results tagged "ep"): the same with the experts whole on the 8 devices
//   (MoeServing::expert_parallel). Compared: output tok/s, mean TTFT, mean TPOT ("c": vLLM's
//   benchmark_serving prints TPOT).
// * SGLang 0.4.5.post1 with `--enable-dp-attention --dp-size 8` (TB13-TB16 llm-ie vllm/logs,
//   TB25-TB28 Nebius, TB37-TB40 DGX; no EP flag): the wave-19 SQ rule (sgl041_dp_attention:
//   attention data-parallel over the 8 ranks, each with its own sequences' KV; 8192 / 2 prefill
//   tokens per DP rank; no cap on running requests but the pool) with the session-21
//   prefill-first iterations, BF16 KV cache, CUDA graphs on; mem_fraction_static is not printed:
//   the v0.4 line's TP 8 default 0.81 (the SW06 reading). Compared as the vLLM rows (mean TPOT).
// * The two H200 node types (Nebius, DGX) are the catalog H200 (the same GPU; the host CPUs the
//   README names are not inputs).
//
// Not expressed in session 21 (wave 30): TB41-TB44 (TensorRT-LLM main of 2025-04-15, PyTorch
// backend, `trtllm-serve --tp_size 8 --ep_size 8 --max_num_tokens 11000
// --kv_cache_free_gpu_memory_fraction 0.80`, overlap scheduler and CUDA graphs): a rule for this
// backend's configuration was not written before the session's time ran out; the rows are kept
// for the next session (not a refusal by the rules). Session 22 printed these four records while
// reading their configuration, measured values included: a rule written from now on is written
// with their results known, so TB41-TB44 would be in sample; none is written yet.
//
// ---- Wave 31: research cases TC01-TC67 (tests/validation/serving_cases_wave31.json and .md),
// collected blind on 2026-12-01 (session 22) from dennislee22/vLLM-benchmarking at b474d1e
// (README tests 1-8 with the engine-log lines pasted under each result, startup logs under log/):
// vLLM 0.10.1.1 serving Qwen2-7B-Instruct, Qwen2.5-32B and Qwen2-72B on A100 GPUs with
// gpu_memory_utilization 0.25 / 0.5, `benchmark_serving.py --dataset-name random` bursts of N
// prompts. These rules were written before any wave-31 prediction was computed.
// * Expressed: TC34-TC51 (tests 4 and 5: one "NVIDIA A100 80GB", TP1, Qwen2-7B-Instruct, logged
//   non-default args max_model_len 16384 and gpu_memory_utilization 0.25 / 0.5). Hardware: SXM or
//   PCIe is not stated: the A100 (SXM) entry, the SE / P29 rule. Model: Qwen2-7B-Instruct has
//   Qwen2.5-7B's architecture (28 x 3584, 28 / 4 heads, FFN 18944, vocabulary 152064, untied;
//   7,615,616,512 parameters in both configs): Qwen2_5_7B. BF16 weights, KV cache and compute
//   (logged dtype bfloat16, kv_cache_dtype auto).
// * Engine (vLLM 0.10.1.1 V1): runtime_reserve = 1 - gpu_memory_utilization (0.75 / 0.5); token
//   budget 2048 (logged "Chunked prefill is enabled with max_num_batched_tokens=2048");
//   max_num_seqs 256 (not set; vLLM's default for an A100 under the API server:
//   EngineArgs._set_default_args_v1 gives 256 / 2048 when the device name contains "a100", 1024 /
//   8192 otherwise); mixed iterations; CUDA graphs; the session-22 vLLM rule's on-demand KV pages
//   with preemption. Prefix caching is on (V1's default) and the logs print a rolling hit rate over
//   the server's life (earlier runs included), not this run's: no prefix hit is assumed (random
//   prompts).
// * Load: all N prompts at once (no --request-rate, no --max-concurrency): the session-10 burst
//   rule, a closed loop of N clients over N prompts, no warm-up. Lengths fixed at the printed
//   totals over N (input: total input tokens / N; output: total generated tokens / N, the EOS
//   rule of SR01-SR03: no --ignore-eos, so some requests stop early; the mean is used).
// * Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean TPOT ("c",
//   latency); the medians, p99, ITL and request rate are not (the wave-8 rule).
// * Not expressed: TC01-TC12 (tensor parallelism across two nodes over Ray, the network between
//   them not named); TC13-TC33 (two GPUs of one node whose startup log says GPU peer-to-peer
//   access is unavailable: NCCL's all-reduce then goes through host memory, a link the serving
//   engine has no input for; it prices the A100's NVLink); TC52-TC62 (Qwen2.5-32B, no catalog
//   entry); TC63-TC67 (Qwen2-72B on two GPUs: no server command, startup log or
//   gpu_memory_utilization printed, and the peer-to-peer question of TC13-TC33).
// ---- Wave 32: research cases TD01-TD20 (tests/validation/serving_cases_wave32.json and .md),
// collected blind on 2026-12-01 (session 23): sgl-project/sglang PR #11157's baseline run (TD01)
// and the offline tables of NVIDIA's TensorRT-LLM perf-overview page at releases the suite had
// not read (1.2.0: TD02-TD08, per-GPU figures; the unversioned v0.21 data: TD09-TD13; 0.20.0:
// TD14-TD17; 0.19.0: TD18-TD20; totals). These rules were written before any wave-32 prediction
// was computed; the earlier rules hold where these do not replace them.
// * Another release's perf-overview table is a new measurement of the same procedure (new
//   software, new numbers; waves 1 and 9 read the v0.17 data and 03e27c7's page, and every value
//   here was checked absent from the suite). Each row: the S offline rule (offline_throughput: the
//   largest batch that fits, max_num_seqs 2048, token budget 8192, runtime reserve 0.05 - the
//   page's "0.95 in many cases" -, weights and compute at the checkpoint's precision, FP8 KV cache
//   for FP8 and NVFP4 checkpoints), one replica of tp = the column's TP. Compared: output tokens/s
//   of all the column's GPUs (a per-GPU figure times the GPU count). NVFP4 = FP4 compute (S22's
//   rule); Llama 3.3 70B = Llama3_1_70B (S22's rule). B300 and GB300 are the catalog's per-GPU
//   entries; the page calls their figures beta, and a measurement stays a measurement.
// * "DEP4" (TD07, TD08: Qwen3-235B-A22B on 4 GPUs) is TensorRT-LLM's attention data parallelism
//   with expert parallelism over the 4 ranks: MoeServing::attention_data_parallel and
//   expert_parallel.
// * A configuration already in the suite, measured again by a later release, is a repeat: TD04
//   (Llama 3.3 70B FP8 on 2 H200 TP2, 8192/1024) is S23's, counted once as S23.
// * Not expressible: TD05 (gpt-oss-120b on B300 "(FP4)": the page says neither the activation
//   precision of TensorRT-LLM's MXFP4 MoE nor how the other weights are stored); TD16 (Llama 4
//   Maverick on 8 H200: the expert-parallel degree is not stated; the earlier waves' rule for
//   unstated parallelism).
// * TD01 (SGLang's default server on one MI355X, amd/Llama-3.1-8B-Instruct-FP8-KV; sglang
//   bench_serving, Poisson 8 req/s, 64 prompts of exactly 3500 / 1500): the wave-29 SGLang
//   Poisson rule (sgl045_fixed_poisson). Version, mem_fraction_static and chunk size are not
//   printed; the rule's logged 0.81 / 8192 are used, and the pool does not bind (64 x 5,000
//   tokens at 128 KiB is 39 GiB of a 288 GB device). KV cache BF16: `--kv-cache-dtype auto` takes
//   the model's dtype (SGLang's server arguments); the checkpoint's FP8 KV scales apply only when
//   an FP8 cache is asked for. FP8 weights and compute. Compared: output tok/s ("a"), mean TTFT
//   ("b") and mean end-to-end latency ("c", SimulationResult::e2e.mean; the block is cut after
//   the median TTFT, so no TPOT is printed).
//
// ---- Wave 33: research cases TE01-TE31 (tests/validation/serving_cases_wave33.json and .md),
// collected blind on 2026-12-01 (session 23): the offline throughput tables of NVIDIA's
// TensorRT-LLM perf-overview page at releases 0.10-0.15. 0.14.0 from a commit-pinned fork
// (arthurrasmusson/TensorRT-LLM at e00d4e6, whose page says "All data in the table below was
// generated using version 0.14.0"); 0.10, 0.11, 0.12, 0.13 and 0.15 from stored copies of the
// page that name their release the same way but not their repository: cited at the release tag
// of NVIDIA/TensorRT-LLM, not opened here (the repository is beyond the fetch limit). Every value
// was checked absent from the suite. These rules were written before any wave-33 prediction was
// computed; the earlier rules hold where these do not replace them.
// * 0.12-0.15 (trtllm-bench throughput, engine limits from its build heuristics, not published):
//   the S offline rule (tput), as wave 32. Mixtral's experts tensor-parallel (S07 / S08's rule;
//   the page states no expert parallelism). "Mixed" precision columns are FP16.
// * 0.10 and 0.11 (gptManagerBenchmark, in-flight batching, all requests at once): the page states
//   each engine's max_batch_size and max_num_tokens and the run's
//   --kv_cache_free_gpu_mem_fraction (0.9 in 0.10, 0.99 in 0.11): the S offline rule with those
//   limits (trtllm_bench_report: max_num_seqs = max_batch_size, token budget = max_num_tokens,
//   runtime reserve = 1 - the fraction). FP8 rows carry an FP8 KV cache (kv_cache_quant_algo).
// * A configuration already in the suite is a repeat: TE13 (Llama 3.1 405B FP8 on 8 H200, TP 8,
//   1000/1000, 0.13) is S06's (v0.17 data), counted once as S06.
// * Llama 3 / 3.1 / 2 and Mistral 7B (v0.1; every row is shorter than its window) are the catalog
//   entries of those names; L40S = the catalog L40S (48 GB, PCIe, no NVLink: its TP rows cross
//   PCIe, the device link the catalog gives it).
// * Compared: output tokens/s of all the column's GPUs (throughput area).
//
// ---- Wave 34: research cases TF01-TF83 (tests/validation/serving_cases_wave34.json and .md),
// collected blind on 2026-12-01 (session 23). These rules were written before any wave-34
// prediction was computed; the earlier rules hold where these do not replace them.
// * TF01-TF77 (TensorRT-LLM 0.9.0's perf-overview tables, a fork's copy at 6ad7cf1): the
//   collector found every row to be the rounded form of a row of NVIDIA's
//   trt_llm_0_9_0_dli.csv, a file wave 10 used (it took six of its rows); which of its other rows
//   that integration printed is not known, so they count as read: not expressible here (a used
//   source), whatever the measurement.
// * TF78-TF83 (vLLM CI "Performance Benchmark" builds #9523 on A100-SXM4-80GB and #9555 on
//   8 x H100, the Latency tests: input 32, output 128, batch fixed 8; llama-3.1 8B TP1, llama-3 70B
//   TP4, mixtral 8x7B TP2): the SR13-SR15 rule (vllm_batch_latency_bf16_ms: one static batch of 8
//   at the checkpoints' BF16, vLLM's V0 defaults, CUDA graphs), on the catalog A100 (80 GB) and
//   H100. Compared: the mean end-to-end latency of the batch (latency area), as SR13-SR15.
//
// ---- Wave 35: research cases TG01-TG51 (tests/validation/serving_cases_wave35.json and .md),
// collected blind on 2026-12-01 (session 24). These rules were written before any wave-35
// prediction was computed; the earlier rules hold where these do not replace them.
// * TG01-TG11 (AMD's ROCm performance-results page, a locale copy with the vLLM 0.10.1 container's
//   tables): the SF09-SF16 rule (that page names no benchmark tool and does not describe its
//   prompts; its throughput unit is unresolved): not expressible.
// * TG12-TG51 (ROCm/vllm docs/dev-docker/README.md at 16c8185, March 2025: the rocm/vllm-dev image
//   with vLLM 0.7.3, 8 x MI300X TP8, the amd/Llama-3.1-70B / 405B-Instruct-FP8-KV checkpoints). The
//   same document as wave 14's SJ01-SJ05 at a later commit (vLLM 0.10.0), with another campaign's
//   numbers: different measurements, so a new source (as wave 33 took earlier TensorRT-LLM
//   releases). vLLM 0.7.3 runs the V0 engine; the printed commands are the SJ rule's with
//   --num-scheduler-steps 10 and --enable-chunked-prefill False (host-side multi-step
//   scheduling: since session 58, a tenth of the V0 host time per iteration, v0_host_time; with
//   chunked prefill off the V0 token budget is the printed --max-num-batched-tokens 131072,
//   vllm_rocm's).
//   - benchmark_throughput rows (TG12-TG19): the SJ01/SJ02 rule (vllm_rocm_fp8kv_prompts at
//     --gpu-memory-utilization 0.9 and 131072 tokens: all N prompts at once, max_num_seqs = N,
//     FP8 KV). Unit: the R37 rule: used only where output and total tokens/s differ by less than
//     10%: 128/2048 (6.2%) and 128/4096 (3.1%), TG12, TG13, TG16, TG17, compared as output
//     tokens/s; TG14, TG15, TG18, TG19 (500/2000: 25%; 2048/2048: 100%) not expressible.
//     TG12 and TG13 give SJ01's and SJ02's solver inputs exactly (3200 x 128/2048 and 1500 x
//     128/4096 at the same flags), measured on another vLLM version: repeats, counted once as
//     SJ01 / SJ02 (the TE13 rule). Noticed after the first run had printed their predictions
//     (+24.8% and +29.6%); docs/validation.md records both.
//   - benchmark_latency rows (TG20-TG51: one static batch of b = 1-128 prompts of 128/2048 or
//     2048/2048, 3 warm-up and 5 timed iterations): the SJ03-SJ05 rule (vllm_batch_latency) with
//     the printed --kv-cache-dtype fp8 (this version's latency command prints it; wave 14's did
//     not): an FP8 KV cache. Compared: the batch's end-to-end latency (latency area).
//   - The 405B latency block's first cell names "Llama 3.1 405B
//   (amd/Llama-3.1-70B-Instruct-FP8-KV)":
//     the section, the model column and the printed command name the 405B checkpoint, so the
//     70B checkpoint name in that one cell is read as a copy slip and TG36-TG51 as 405B runs.
//   Llama 3.1 70B = Llama3_1_70B, 405B = Llama3_405B (the catalog's 405B); MI300X = MI300X.
//
// ---- Wave 36: research cases TH01-TH02 (tests/validation/serving_cases_wave36.json and .md),
// collected blind on 2026-12-01 (session 24). These rules were written before any wave-36
// prediction was computed; the earlier rules hold where these do not replace them.
// * TH01 (vLLM PR #7117, the maintainer's "Main branch" baseline on H100, 2024-08-04, between
//   v0.5.3 and v0.5.4: `benchmark_throughput.py --input-len 256 --output-len 256 --model
//   meta-llama/Meta-Llama-3-8B`, no other flag): the SJ13 rule (vllm_v0_default_prompts: the V0
//   engine's defaults, unchanged across 0.4-0.6, all of the script's default 1000 prompts at once,
//   BF16 throughout). "tokens/s" is total tokens (12453.04 / 24.32 = 512 = 256 + 256), so output
//   tokens/s = 12453.04 x 256 / 512, an identity at fixed lengths. The first of the three trials is
//   the recorded value (the three agree within 0.9%). H100 (SXM or PCIe not stated) = the H100
//   (SXM) entry, as SE15-SE20. Meta-Llama-3-8B = Llama3_8B. Throughput area.
// * TH02 (vLLM PR #48757's "base" arm, Qwen3-32B-FP8 on 8 x H100): the server command is not in
//   the stored text and the PR measures vLLM's Transformers modeling backend, not the engine path
//   any rule here prices: not expressible.
//
// ---- Wave 37: research case TI01 (tests/validation/serving_cases_wave37.json and .md), collected
// blind on 2026-12-01 (session 24). This rule was written before the wave-37 prediction was
// computed; the earlier rules hold where it does not replace them.
// * TI01 (TensorRT-LLM issue #329, a user's run of the Python benchmark of the 0.5 era on one H100
//   SXM: the built-in "llama_7b" definition, FP8 with an FP8 KV cache, one static batch of 64
//   prompts of 2048 tokens, 128 output tokens): the R01-R06 rule (Engine2::trtllm_static: static
//   batch at the published batch, the S limits and precision rule). The log's "precision float16"
//   is the engine's base type under the FP8 quantization the command asks for. llama_7b = the
//   LLaMA-7B shape, Llama2_7B's. Compared: output tokens/s (its batch latency is the same number
//   at a fixed batch). Throughput area.
//
// ---- Wave 38: research cases TJ01-TJ20 (tests/validation/serving_cases_wave38.json and .md),
// collected blind on 2026-12-01 (session 25). These rules were written before any wave-38
// prediction was computed; the earlier rules hold where these do not replace them.
// * TJ01-TJ14, TJ20 (vLLM pull requests that print benchmarks/benchmark_latency.py runs of the
//   V0 engine before chunked prefill existed, December 2023 - March 2024): one static batch of b
//   prompts of fixed length run to completion, its mean end-to-end latency (latency area), as the
//   SR13-SR15 rule (vllm_batch_latency_bf16_ms: V0's defaults, CUDA graphs for decode, the
//   checkpoint's 16-bit type throughout) with this era's token budget: chunked prefill off and
//   max_num_batched_tokens = max(max_model_len, 2048) (vLLM 0.2-0.3 SchedulerConfig), 32768 for
//   Mixtral-8x7B-Instruct-v0.1 and 4096 for Llama 2 70B (vllm_v0_batch_latency_ms).
//   - TJ01-TJ07 (PR #2542, "This PR" rows: the merged fused MoE kernel, Mixtral-8x7B-Instruct
//     BF16 on 8 x H100, TP 8, 1000/50, b = 1-64): H100 (SXM or PCIe not stated) = the H100 (SXM)
//     entry, as SE15-SE20. One table of one run: reported apart in docs/validation.md.
//   - TJ08-TJ14 (PR #3240, the "Compared to master" rows: Mixtral on 2 x A100, TP 2, 1000/50,
//     b = 1-64; the PR's own tuned-config rows are not taken, it was never merged): 2 x 40 GB
//     cannot hold the 93 GB of BF16 weights, so A100 = the A100 (80 GB SXM) entry.
//   - TJ20 (PR #2192, the "L after" column: "Llama 70B" on 4 x A100-80G, TP 4, batch 64,
//     256/256, FP16, custom all-reduce): "Llama 70B" in December 2023 = Llama 2 70B (Llama2_70B);
//     the all-reduce is priced as every other TP all-reduce (the custom kernel is not modelled).
// * TJ15-TJ19 (PR #4002, Mixtral 8x22B on 4 / 8 x A100): the command is not printed, so the prompt
//   and output lengths are the collector's reading of the script's defaults, not the source's:
//   not expressible.
//
// ---- Wave 39: research cases TK01-TK09 (tests/validation/serving_cases_wave39.json and .md),
// collected blind on 2026-12-01 (session 25). These rules were written before any wave-39
// prediction was computed; the earlier rules hold where these do not replace them.
// * TK01-TK09 (NanoFlow's artifact, efeslab/Nanoflow pipeline/eval/baseline_data.py: the baseline
//   engines' offline throughput at constant lengths, Llama-2-70B FP16 on 8 x A100 80GB SXM,
//   512/512, 1024/512 and 512/1024). Unit: the figure plots one column, "Per-GPU Token Throughput",
//   which NanoFlow's own code computes as (input + output) tokens / s / GPU; at fixed lengths that
//   is output tokens/s x (in + out) / out / 8, an identity. The layout is not printed: one 70B
//   model on the 8-GPU setup the README names, TP 8 (a data-parallel split would need the model on
//   fewer GPUs, which the README's "8xA100" setup does not describe). The prompt count is not
//   printed: the offline rule for a row without a batch (the R37 / S rule: every replica at the
//   largest batch that fits under the engine's limits, serve_case()'s steady state). Throughput
//   area.
//   - TK01-TK03 (vLLM v0.5.3): the V0 engine's defaults (the SJ13 rule's vllm_v0_default_prompts
//     limits: max_num_seqs 256, gpu_memory_utilization 0.9, the checkpoint's 16-bit type
//     throughout) with chunked prefill off (0.5.3 turns it on only above 32K tokens of context) and
//     its token budget max(max_model_len, 2048) = 4096 (the wave-38 rule's).
//   - TK07-TK09 (TensorRT-LLM v0.8.0): offline_throughput (the S rule's TensorRT-LLM limits).
//   - TK04-TK06 (DeepSpeed-FastGen v0.2.3): no rule prices its scheduler (Dynamic SplitFuse) or
//     states its defaults: not expressible.
//
// ---- Wave 40: research cases TL01-TL14 (tests/validation/serving_cases_wave40.json and .md),
// collected blind on 2026-12-01 (session 25). These rules were written before any wave-40
// prediction was computed; the earlier rules hold where these do not replace them.
// * TL01-TL14 (Argonne's LLM-Inference-Bench, Plots/All_results.csv with the committed scripts that
//   wrote its vLLM rows: a copy of vLLM's benchmark_latency.py, one static batch of B random-token
//   prompts, input = output = L, ignore_eos, --dtype float16, the engine's defaults otherwise; the
//   "Latency" column is the mean wall time of one generate() of the batch after warm-up calls).
//   The wave-38 rule (vllm_v0_batch_latency_ms: the V0 engine with chunked prefill off, which vLLM
//   0.5-0.6.1 keeps off at these models' context lengths, token budget max(max_model_len, 2048):
//   8192 for Llama 3 8B / 70B, 4096 for Llama 2 70B, 32768 for Mixtral 8x7B, Qwen2 7B / 72B and
//   Mistral 7B) at FP16 throughout. Compared: the batch latency (latency area).
//   - "GPUs" is the tensor-parallel degree the script is given (--tensor-parallel-size=N).
//   - MI300X rows: vLLM 0.6.1 built for ROCm (the README's git checkout), MI300X.
//   - H100 rows: vLLM 0.5-0.6.1 (not stated; the same V0 engine); H100 (SXM or PCIe not stated) =
//     the H100 (SXM) entry, as SE15-SE20.
//   - A100 rows: ALCF Polaris (its job scripts), whose A100s are the 40 GB SXM4 part: A100_40GB;
//     three warm-up calls and one timed call (a steady-state measurement of one batch).
//   - Qwen2-7B / Qwen2-72B = Qwen2_5_7B / Qwen2_5_72B (the same architectures); Meta-Llama-3-8B /
//     70B = Llama3_8B / Llama3_70B; Llama-2-70b-hf = Llama2_70B; Mixtral-8x7B = Mixtral_8x7B;
//     Mistral-7B = Mistral_7B.
//
// ---- Wave 41: research cases TM01-TM16 (tests/validation/serving_cases_wave41.json and .md),
// collected blind on 2026-12-01 (session 25). These rules were written before any wave-41
// prediction was computed; none was computed, as no row is expressible.
// * TM01-TM12 (Splitwise's simulator input, Mutinifni/splitwise-sim data/perf_model.csv:
// Llama-2-70B
//   FP16 on A100 / H100 at TP 2-8, prompt and token times): the file names no inference engine or
//   version (its commented-out configuration points to separate vLLM files, so this one came from
//   another), and every rule here prices a named engine's defaults: not expressible.
// * TM13-TM16 (MuxServe's placement input, hao-ai-lab/MuxServe examples/placement/llama.json: the
//   cost of one prefill pass and one decode step of llama-7b / 13b on one A100): the script that
//   measured them is not in the repository, so what a "cost" spans (sampling, scheduling, CUDA
//   graphs, warm-up) is unknown, on the authors' modified vLLM of unstated base version: not
//   expressible.
//
// ---- Wave 42: research cases TN01-TN06 (tests/validation/serving_cases_wave42.json and .md),
// collected blind on 2026-12-01 (session 25). These rules were written before any wave-42
// prediction was computed; none was computed, as no row is expressible.
// * TN01-TN06 (DerekLiu35/huggingface-quantization-benchmarking-code: optimum-benchmark runs of
//   Hugging Face transformers' generate() at batch 1, 64 / 64 tokens, Llama 3.1 8B / 70B on A100 /
//   H100 in BF16, FP8 and INT4): no serving engine runs them; every rule here prices an engine
//   (vLLM, SGLang, TensorRT-LLM, LMDeploy, Neuron, TGI) and none prices transformers' eager Python
//   decode loop, whose host time per token the source's own numbers show to be most of each step
//   (about 25 ms a token for an 8B model on an A100): not expressible.
//
// ---- Wave 43: research cases TO01-TO03 (tests/validation/serving_cases_wave43.json and .md),
// collected blind on 2026-12-01 (session 26). These rules were written before any wave-43
// prediction was computed; the earlier rules hold where these do not replace them.
// * TO01-TO03 (datacrunch-research/h200-benchmarks, sglang/llama_3_3_70b_output_online.jsonl at
//   65b698b, lines 1, 2 and 5: request rates 1, 2 and 16 req/s with 300, 600 and 3200 prompts of
//   Llama-3.3-70B-Instruct BF16 on 4x H200 at TP 4). The file is the author's first run, deleted
//   two days later for the re-run that SG15 / SG16 (rates 4 and 8) come from; its timings differ
//   from the re-run's (at 16 req/s its median TTFT is 1292 ms against 614 ms, its output rate
//   within 2%), so it is a measurement of its own, and the rates 1, 2 and 16 of Llama 3.3 70B
//   have never been predicted here (SG17's 1 req/s is the 405B model). Wave 19 set the file
//   aside as "probably the same runs" without reading its timings.
//   - The SG15-SG17 rule unchanged (sgl_poisson): SGLang with the later commit's server command
//     (--tp-size 4 --disable-radix-cache --enable-torch-compile; the first commit prints none, and
//     the same author's next commit is the nearest statement of how the server ran), mem fraction
//     0.85 as SG15 / SG16, lengths uniform on [1, 1024] (range ratio 0.0, the wave-8 reading),
//     the request-level simulator in open loop at the printed rate over the printed prompt count,
//     the simulator's default seed. Compared: mean end-to-end latency (latency). Output tok/s is
//     not compared (the SG15-SG17 open-loop rule); medians are not (the wave-10 percentile rule).
//   - TO03 (16 req/s) is past saturation: its mean end-to-end latency carries the queue, which is
//     what the open-loop simulator prices (the SG16 reading).
//   Llama-3.3-70B-Instruct = Llama3_1_70B; "H200 141GB" = H200 (the SG15-SG17 mapping).
//
// ---- Wave 44: research case TP01 (tests/validation/serving_cases_wave44.json and .md),
// collected blind on 2026-12-01 (session 26). This rule was written before any wave-44
// prediction was computed; the earlier rules hold where it does not replace them.
// * TP01 (vLLM PR #39481, the PR author's "Eager mode run" table on MI300X, Main column: vLLM main
//   at fd74c90d of April 2026, the V1 engine; `VLLM_ROCM_USE_AITER=1 vllm serve
//   deepseek-ai/DeepSeek-R1 --tensor-parallel-size 8 --no-enable-prefix-caching
//   --compilation-config '{"pass_config": {...: false}}'`; client `vllm bench serve --dataset-name
//   random --num-prompts 500`, no rate and no concurrency cap: every prompt at once):
//   - Load: the wave-11 GPUStack burst rule (vllm_burst: the session-10 closed loop at concurrency
//     500 over the 500 prompts, no warm-up): the Q16 vLLM V1 rule (reserve 0.10, token budget
//     8192, block 16, max_num_seqs max(256, P)), KV cache BF16 (no --kv-cache-dtype: "auto"),
//     the checkpoint's block FP8 = FP8 weights and compute (the O rule), experts split
//     tensor-parallel over the TP8 group (no expert-parallel flag), one replica of tp 8.
//   - Lengths: the client's defaults, 1024 in / 128 out at range ratio 0 (no length flag is
//     printed); the printed totals agree (1409.13 / 11.01 = 128.0 output and 1023.9 input tokens
//     per request), so every output ran to 128 and no early-stopping rule arises.
//   - Launches: the table is titled "Eager mode run" and the printed server line carries no
//     --enforce-eager; the title is the source's statement of how this run was made, so every
//     iteration launches eagerly (graph_launch_gap = eager_launch_gap, the SD11-SD18 rule).
//     AITER kernels and the disabled compile fusions are kernel choices, not modelled; async
//     scheduling (the version's default) is not modelled (the SK02 rule).
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency; the burst's queue is
//     what the closed loop prices), mean TPOT ("c", latency), as SE01-SE10. Medians and p99 are
//     not compared (the wave-10 percentile rule); total tok/s and the request rate carry nothing
//     more once the lengths are fixed.
//   DeepSeek-R1 = DeepSeek_R1 (MTP not used); "Mi300x" = MI300X.
//
// ---- Wave 45: research cases TQ01-TQ06 (tests/validation/serving_cases_wave45.json and .md),
// collected blind on 2026-12-01 (session 26). These rules were written before any wave-45
// prediction was computed; the earlier rules hold where these do not replace them.
// * TQ01-TQ06 (ankdeshm/dynamo_disaag_serving_gke: the plain vLLM baselines of a GKE study of
//   NVIDIA Dynamo; neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8 on one 8-GPU GCP A4 (B200) node,
//   served as 2 replicas of TP 4 or 4 replicas of TP 1 behind a Kubernetes service; genai-perf
//   --streaming at a fixed concurrency, synthetic inputs of 3000 / 8000 tokens with stddev 0,
//   exactly 150 outputs (min_tokens = max_tokens = 150, ignore_eos), --random-seed 0, warm-up
//   then a request count):
//   - Engine: the Q16 vLLM V1 rule with the manifests' flags: reserve 0.10
//     (--gpu-memory-utilization 0.90), kv_block_tokens 128 (--block-size 128, the SF01-SF08
//     reading), FP8 KV cache (--kv-cache-dtype fp8), the W8A8 FP8 checkpoint = FP8 weights and
//     compute (the O rule), token budget 8192 (TQ01-TQ03: no --max-num-batched-tokens, V1's
//     default for the OpenAI server) or 16384 (TQ04-TQ06: the maxbatch manifest's
//     --max-num-batched-tokens 16384), max_num_seqs max(256, N). The image vllm-runtime:1.2.1 names
//     no vLLM version (NVIDIA's release page gives 1.2.0 = vLLM 0.20.1): a V1 engine, whose async
//     scheduling is not modelled (the SK02 rule). --max-model-len 32768 does not bind.
//   - Load: the session-10 closed loop at concurrency N over warm-up + the request count, the
//     warm-up left out of the means (SimulationOptions::warmup; TQ01 10 + 320, the others 30 +
//     600), on the printed replicas (SimulationOptions::replicas: devices / TP), each arrival
//     going to the simulator's least-loaded replica. The Kubernetes service spreads connections,
//     not requests, and how evenly is not stated: the even spread is an approximation, stated.
//   - Prefix caching: the study's report says "--no-enable-prefix-caching", its committed
//     manifests carry no such flag (V1 then caches prefixes), and every run at one input length
//     re-sends the same seeded prompts to the same server. The source's own 3000-token run at
//     concurrency 32 on the maxbatch deployment (left out by the collector) is no slower than the
//     one at 16 with twice the load: evidently served from the cache. A run that follows another
//     at its input length on the same deployment may therefore have been served from a cache the
//     engine rule does not model (it reads random prompts as sharing nothing, the O15 reading):
//     TQ03 (after TQ02) and TQ06 (after TQ05) are not expressible. The first run at each length
//     on each deployment (TQ01, TQ02, TQ04, TQ05; the source lists them first, its run order is
//     otherwise not stated) sent prompts its server had not seen, so caching cannot have served
//     them.
//   - TQ04-TQ06's genai-perf commands are not printed; the study's methodology gives the same
//     flags as the printed TQ01-TQ03 commands with the stated lengths, counts and concurrency.
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean ITL as TPOT ("c",
//     latency; genai-perf's inter-token latency excludes the first token: the S online reading).
//     Request latency, time to second token, per-user rates and percentiles are not (the wave-8
//     and wave-10 rules).
//   Llama-3.1-70B-Instruct-FP8 = Llama3_1_70B at FP8; "180 GB NVIDIA B200" = B200.
//
// ---- Wave 46: research cases TR01-TR22 (tests/validation/serving_cases_wave46.json and .md),
// collected blind on 2026-12-01 (session 26). These rules were written before any wave-46
// prediction was computed; the earlier rules hold where these do not replace them.
// * TR01-TR22 (ankdeshm/dynamo_disaag_serving_gke: NVIDIA Dynamo 1.2.1's vLLM workers
//   (vllm-runtime:1.2.1, a V1 engine of about 0.20, the wave-45 reading) in disaggregated
//   prefill / decode pools on GCP A4 (B200) nodes, KV moved by NIXL; genai-perf closed loops as in
//   wave 45). The request-level simulator's disaggregated deployment
//   (SimulationOptions::deployment, prefill_replicas, decode_replicas; a finished prompt's KV
//   crosses one link to the least-loaded decode replica; docs/solvers.md) with the closed loop,
//   warm-up and request count as printed:
//   - One ServingOptions serves both pools, so a deployment whose pools run at different TP
//     (TR01, TR04, TR05: four TP1 prefill workers and a TP4 decode worker) is not expressible.
//   - KV link: on one node (TR02, TR03) the simulator's default, one device's NVLink one way x
//     intra_node_link. Where every worker owns whole nodes (TR08-TR22, DeepSeek-R1: each TP8
//     worker one 8-GPU node), every KV crosses the fabric: one GPU's share of the node's NICs
//     (GCP A4 takes the DGX B200 node, the collective suite's CB rule: 8 x 400 Gb/s per 8 GPUs)
//     x Efficiency::fabric, the simulator's one-link convention at the NIC's rate. TR06 / TR07
//     (three TP4 prefill workers and one TP4 decode worker on two nodes) move one prefill
//     worker's KV over NVLink and two over the fabric: one link cannot price both; not
//     expressible.
//   - Engine: the Q16 vLLM V1 rule with the decode workers' flags (the decode pool holds the
//     running requests' KV): TR02 reserve 0.10 (decode --gpu-memory-utilization 0.9; the prefill
//     workers' 0.95 is not modelled), FP8 KV cache, block 128, FP8 weights and compute (the W8A8
//     checkpoint), token budget 8192; TR08-TR22 reserve 0.05 (0.95 on every worker), token budget
//     32768, block 128, KV cache BF16 (no --kv-cache-dtype: "auto"), DeepSeek-R1's block FP8 =
//     FP8 weights and compute (the O rule), experts expert-parallel over the TP8 group
//     (--enable-expert-parallel). max_num_seqs max(256, N). Dynamo's default round-robin router
//     is the simulator's least-loaded dispatch (an approximation, stated).
//   - Prefix caching: TR02 / TR03's manifest has no flag (on); TR03 re-sends TR02's seeded prompts
//     at the same length on the same deployment: the wave-45 rule, not expressible. Every other
//     manifest sets --no-enable-prefix-caching.
//   - Lengths: TR02 fixed 3000 / 150 (ignore_eos). DeepSeek-R1: inputs fixed; outputs capped at
//     1000 with ignore_eos and min_tokens 500: the printed mean (999, TR08-TR13) as a fixed
//     length (the realised-mean rule); TR14-TR22 print no mean: 1000, the cap every request
//     reaches with ignore_eos (doc 15's identical commands printed 999). TR21 / TR22's commands
//     are not in the run script; the doc's table states their length and concurrency, and the
//     script's flags hold otherwise.
//   - TTFT: the simulator's ends when the prefill replica finishes the prompt; the source's also
//     holds the KV transfer and the decode worker's first step (the wave-17 PD rule). TR14-TR22's
//     doc prints one TTFT and one ITL per run without naming the statistic: genai-perf's average
//     (the study's other tables print its "Avg" column), an assumption, stated.
//   - Compared: output tok/s ("a", throughput), mean TTFT ("b", latency), mean ITL as TPOT ("c",
//     latency). End-to-end latency, per-user rates and percentiles are not (the wave-8 and
//     wave-10 rules).
//   Llama-3.1-70B-Instruct-FP8 = Llama3_1_70B at FP8; DeepSeek-R1 = DeepSeek_R1; B200 = B200.

//   After the first predictions (session 26): the simulator's disaggregated TTFT now ends at the
//   decode pool's first step on the request, not at the prefill (docs/solvers.md, from vLLM's
//   P/D proxy); every TR TTFT row moved (15-75 ms) and is in sample, as are TR02a and SO09/SO10.
//
// ---- Wave 47: research cases TS01-TS119 (tests/validation/serving_cases_wave47.json and .md),
// collected blind on 2026-12-01 (session 26). These rules were written before any wave-47
// prediction was computed; none was computed, as no row is expressible.
// * TS01-TS119 (NVIDIA/TensorRT-LLM docs/source/developer-guide/perf-overview.md at 585c756: the
//   offline trtllm-bench tables of DeepSeek-R1-0528, gpt-oss, Llama 3.3 70B, Llama 4 Maverick and
//   Qwen3 on H100 / H200 / B200 / GB200). The collector found the tables equal, cell for cell, to
//   the 03e27c7 revision of the same page, from which wave 1 took S22-S25; which of that page's
//   other cells the wave-1 integration read is not known, so they count as read (the TF01-TF77
//   rule of wave 34 for the other rows of a used file): not expressible, whatever the
//   measurement. A release whose table differs is a new measurement (the wave-32 rule); this one
//   is not.
//
// ---- Wave 48: research cases TT01-TT08 (tests/validation/serving_cases_wave48.json and .md),
// collected blind on 2026-12-01 (session 27). These rules were written before any wave-48
// prediction was computed; none was computed, as no row is expressible.
// * TT01-TT08 (TensorRT-LLM v0.5.0 docs/source/performance.md, release/0.5.0 branch: the 'H100
//   GPUs (FP8)' rows of LLaMA 7B TP1 and LLaMA 70B TP4 at batch 32 / 64). The collector took the
//   v0.5 revision as a new one because only the v0.6.1 revision (138f96d) is cited; but the v0.5
//   revision is itself the page the in-sample V19 rows come from (its A100 table, quoted in
//   LLM-Viewer issue #4), and TT03's value (2,058) is also printed in TensorRT-LLM issue #329,
//   which wave 37 cited for TI01. Which of that page's other rows earlier integrations read is not
//   known, so they count as read (the wave-34 rule, as wave 47): not expressible. The page is also
//   cited by branch, not commit, and leaves the engine build (KV precision, plugins) unread.
//
// ---- Wave 49: research case TU01 (tests/validation/serving_cases_wave49.json and .md), collected
// blind on 2026-12-01 (session 27). These rules were written before any wave-49 prediction was
// computed; the model is that of 937a658 (no serving change since 69dc6b9).
// * TU01 (sglang PR #9359's description: `sglang.launch_server --model openai/gpt-oss-120b --tp 4
//   --ep 4 --enable-dp-attention --dp 4 --enable-dp-lm-head --mem-fraction-static 0.9
//   --max-running-requests 2560` on "4x B200"; `sglang.bench_serving --backend sglang
//   --dataset-name random --num-prompt 12800 --random-input 1024 --random-output 2048
//   --random-range-ratio 1 --max-concurrency 2560`): the wave-15 SGLang data-parallel attention
//   rule (one replica of tp 4 with attention_data_parallel, experts expert-parallel over the 4
//   ranks, reserve 1 - 0.9, max_num_seqs = the 2560 clients, token budget 8192 read as the
//   group's total, KV cache BF16: no --kv-cache-dtype), the gpt-oss rules of waves 15-16 (full
//   attention priced on every layer; the MXFP4 experts-only rule, FP4 compute on B200), the
//   session-10 closed loop of 2560 clients over the 12800 prompts, no warm-up counted
//   (bench_serving's one warm-up request is outside --num-prompt). B200 = the catalog's B200
//   (the PR names the GPU; the node is one server of 4). --enable-dp-lm-head (the LM head
//   data-parallel too) is what the library's attention_data_parallel already prices;
//   --stream-interval 10 changes no throughput. Compared: output tokens/s of the server (the
//   latency lines are not in the stored text).
//
// ---- Wave 50: research cases TV01-TV27 (tests/validation/serving_cases_wave50.json and .md),
// collected blind on 2026-12-01 (session 27) from simon-mo/vLLM-Benchmark at tag 2025-04-16
// (125389c: saved-results/v0.8.4/deepseek-r1/h200/2025-04-16, the folder wave 30 left) and at
// 8eaead1 (dense-model runs deleted later). These rules were written before any wave-50
// prediction was computed; the rules of waves 29-30 hold where these do not replace them. The
// model is that of e792661 (the serving engine of 913b23f).
// * Load (TV01-TV11): vLLM's benchmark_serving.py, random 50 prompts of fixed lengths (1000 /
//   2000, 5000 / 1000, 10000 / 500, 30000 / 100; ignore-eos), Poisson at 10 requests/s: the
//   wave-29 load (fixed_poisson). "H200" = the catalog H200 (the wave-30 rule for the harness's
//   node types). Compared: output tok/s ("a"), mean TTFT ("b"), mean TPOT ("c": this client prints
//   TPOT).
// * TV01-TV04 (vLLM 0.8.4 with --enable-expert-parallel): the configuration of TB33-TB36 (the same
//   harness, recipe and release on a DGX H200, two days later): repeats, counted once as TB33-TB36.
// * TV05-TV08 (SGLang 0.4.5, `launch_server --tp 8 --enable-flashinfer-mla --disable-radix-cache
//   --enable-torch-compile --torch-compile-max-bs 8 --expert-parallel-size 8`,
//   SGL_ENABLE_JIT_DEEPGEMM=1): the wave-29 SGLang rule (sgl045_fixed_poisson: reserve 1 - 0.81,
//   the v0.4 line's default at TP 8; 2049 running requests; token budget 8192; KV cache BF16; the
//   prefill-first iterations), with the experts expert-parallel over the 8 ranks
//   (MoeServing::expert_parallel). torch.compile of batches up to 8, FlashInfer's MLA kernels and
//   DeepGEMM are kernel choices, not modelled (as DeepGEMM in wave 29). A configuration no earlier
//   row has (wave 30's SGLang rows ran without EP, or with DP attention).
// * TV09-TV11 (TensorRT-LLM main, PyTorch backend, --ep_size 8 --max_num_tokens 11000): TB41-TB44's
//   configuration, for which no rule has been written (session 21 ran out of time, session 22 read
//   their values): not expressed, as TB41-TB44.
// * TV12-TV27 (vLLM 0.8.2 / SGLang 0.4.4.post3 serving Llama 3.1 8B / Llama 3.2 3B FP8 on one H200
//   with random "dummy" weights): the author deleted these results as "invalid due to dummy
//   weights": a run its publisher withdrew is not a measurement (the degraded-run rule). Not
//   expressible.
//
// ---- Wave 51: research cases TW01-TW21 (tests/validation/serving_cases_wave51.json and .md),
// collected blind on 2026-12-01 (session 27) from the SGLang result files of simon-mo/vLLM-
// Benchmark's v0.8.1-v0.8.3 folders (real weights; the harness's vLLM MoE runs of those folders
// used dummy weights and were left). These rules were written before any wave-51 prediction was
// computed; the rules of waves 29, 30 and 50 hold where these do not replace them. The model is
// that of df7c527 (the serving engine of 913b23f).
// * Load: the wave-50 reading (benchmark_serving.py, random 50 prompts of fixed lengths, Poisson
//   at 10 requests/s; output tok/s "a", mean TTFT "b", mean TPOT "c").
// * Engine: SGLang's `launch_server` with the harness's flags (--disable-radix-cache, torch.compile
//   of batches up to 8, FlashInfer MLA, DeepGEMM: kernel choices, not modelled): the wave-29
//   SGLang rule with mem_fraction_static at the v0.4 line's default for the TP size
//   (server_args.py: 0.79 / 0.81 / 0.85 / 0.87 / 0.88 for tp >= 16 / 8 / 4 / 2 / 1), token budget
//   8192 (its chunked_prefill_size on large-memory GPUs), KV cache BF16 (no --kv-cache-dtype),
//   running requests capped only by the pool (the 50 prompts).
// * Repeats (the same solver inputs as an earlier row, measured by another release of the same
//   engine, counted once): TW01-TW03, TW05, TW06, TW08-TW10 (TP8 at 1000 / 2000, 5000 / 1000,
//   10000 / 500, 30000 / 100: TA01-TA04's configurations), TW07 (32000 / 100: TW04's), TW11-TW13
//   (DP attention 8: TB37-TB40's) and TW14-TW17 (DP attention with EP8: the same solver inputs,
//   as the wave-15 DP-attention rule prices the experts expert-parallel either way).
// * Expressed: TW04 (DeepSeek-R1 TP8, SGLang 0.4.4.post1, 32000 / 100: a length no earlier row
//   has) and TW18-TW21 (deepseek-ai/DeepSeek-R1-Distill-Llama-8B, the Llama 3.1 8B architecture and
//   vocabulary: Llama3_1_8B, BF16 weights and compute, on one H200 at TP1, SGLang 0.4.4.post1).
//
// ---- Wave 52: research cases TX01-TX04 (tests/validation/serving_cases_wave52.json and .md),
// collected blind on 2026-12-01 (session 27) from Michaelvll/llm-ie-benchmarks at decfb38 (a log
// later deleted, never part of the cited 5f717fe). These rules were written before any wave-52
// prediction was computed; none was computed, as no row is new.
// * TX01-TX04 (SGLang 0.4.5.post1, TP8 with DP attention 8, DeepSeek-R1 on 8 H200, 50 prompts of
//   1000 / 2000, 5000 / 1000, 10000 / 500, 30000 / 100 at 10 requests/s): the solver inputs of
//   TB13-TB16 (the same release, harness repository and load; the collector's distinction, the
//   benchmark client, is not a solver input): repeats, counted once as TB13-TB16.
//
// ---- Wave 53: research case TY01 (tests/validation/serving_cases_wave53.json and .md), collected
// blind on 2026-12-02 (session 28) from ROCm/rocm-blogs (AMD's ROCm blog posts; a second pass over
// the serving posts found results only as charts). This rule was written before any wave-53
// prediction was computed; the model is that of deca826.
// * TY01 (vLLM 0.9.1, rocm/vllm:rocm6.4.1_vllm_0.9.1_20250702, `vllm serve Qwen/Qwen3-8B
//   --tensor-parallel-size 1 --max-num-seqs 128 --gpu_memory_utilization 0.9` on one MI300X;
//   benchmark_serving.py random 128 / 1024, 128 prompts, no --request-rate, no --max-concurrency,
//   no --ignore-eos): the wave-11 GPUStack burst rule (vllm_burst: the Q16 vLLM V1 rule in a
//   closed loop of 128 clients over the 128 prompts, no warm-up), BF16 weights, compute and KV
//   cache (no --dtype, --quantization or --kv-cache-dtype), reserve 0.10 (the 0.9 utilisation).
//   Lengths: input 128 (the client's default range ratio 0: fixed); outputs end at EOS, and the
//   printed 113,621 generated tokens are 13.3% below 128 x 1024, so the wave-16 early-stopping
//   rule runs the realised mean, 113621 / 128 = 888 tokens (gpustack_output). Compared: output
//   tok/s ("a", throughput), derived by the total-only rule (SD03-SD18) from the post's "Token
//   Throughput" 7997.95, which is benchmark_serving's total (input + output) rate (7.87 req/s x
//   (16,384 + 113,621) / 128 = 7,995): with both totals printed or fixed, output = total x
//   113621 / 130005 = 6990.0 is an identity. The request rate carries nothing further; no
//   latency is printed. Qwen3-8B = Qwen3_8B; "one MI300X GPU" = MI300X.
//
// ---- Wave 54: research cases TZ01-TZ02 (tests/validation/serving_cases_wave54.json and .md),
// collected blind on 2026-12-02 (session 28) from the baseline blocks of fused-MoE tuning pull
// requests of vLLM and SGLang. These rules were written before any wave-54 prediction was
// computed; the model is that of deca826. (While looking for kernel microbenchmarks before this
// wave, the integrator saw search excerpts of other tuning PRs - sglang #6885, #7631, #7687, vLLM
// #23504, #28992 - none of which is a wave-54 case; no model change followed.)
// * TZ01 (vLLM pull request #25398, "Before" column: vLLM main of 2025-09-22, the V1 engine,
//   `api_server --model Qwen/Qwen3-30B-A3B-FP8 --enable-expert-parallel -tp 2
//   --gpu_memory_utilization=0.95` on 2 H100 PCIe; `vllm bench serve` random 7500 / 7500,
//   --max-concurrency 64, 128 prompts, no --ignore-eos): the Q16 vLLM V1 rule (vllm_v1_options)
//   with reserve 0.05, the block-FP8 checkpoint = FP8 weights and compute, KV cache BF16 (no
//   --kv-cache-dtype), the experts expert-parallel over the 2 ranks (MoeServing::expert_parallel),
//   a closed loop of 64 clients over the 128 prompts (the session-10 rule). Lengths: fixed 7500 /
//   7500 (the client's default range ratio 0); the output total is not printed, and the one the
//   printed rates imply (about 953,100 of 960,000) is within 2% of prompts x OSL, so the wave-16
//   early-stopping rule runs the nominal 7500. "H100 PCIe" = H100_PCIe, whose catalog entry links
//   a pair by its NVLink bridge (the interconnect of the two cards is not stated: an assumption).
//   Compared: output tok/s ("a", throughput) and mean TPOT ("b", latency); the total and peak
//   rates and the TPOT percentiles are not (the wave-9 and wave-10 rules).
// * TZ02 (SGLang pull request #12343, "main branch" block: SGLang main of 2025-10-29, Triton
//   3.4.0, `launch_server --model-path Qwen/Qwen3-30B-A3B-FP8 --tp-size 4 --ep 4`;
//   `sglang.bench_serving --backend sglang-oai` random 4096 / 1024, --random-range-ratio 1,
//   --max-concurrency 1, 100 prompts, --warmup-requests 5): the wave-13 SGLang PR rule
//   (sgl_fixed_closed: the R SGLang engine, --mem-fraction-static not printed = 0.85, token budget
//   8192), the experts expert-parallel (--ep 4), FP8 weights and compute, KV cache BF16; one client
//   over 105 prompts of which the first 5 are not measured. The GPU is named by the config path
//   the server printed (device_name=NVIDIA_H200: the SI06 rule) = H200. Only the benchmark
//   duration is visible (479.09 s); with fixed lengths and one client the output rate is the
//   identity 100 x 1024 / 479.09 = 213.74 tok/s (the SI06 / SV05 rule), compared as throughput
//   ("a"); the mean end-to-end latency derived from the same duration carries nothing further.
// Qwen3-30B-A3B-FP8 = Qwen3_30B_A3B.
//
// ---- Wave 55: nothing (session 28). AMD's inference validation guides in the code index are
// revisions or copies of two files the suite already cites (ROCm/vllm's dev-docker README, AMD's
// performance-results page); their unread latency rows fall under the used-file rule.
//
// ---- Wave 56: research cases UB01-UB02 (tests/validation/serving_cases_wave56.json and .md),
// collected blind on 2026-12-02 (session 28) from llm-d's P/D-disaggregation guide results
// (gpt-oss-120b on 16 H200, vLLM v0.27.1, 5000 / 250 at a constant 45 requests/s). These rules
// were written before any wave-56 prediction was computed; none was computed.
// * UB01, UB02: eight TP1 prefill instances and two TP4 decode instances. The simulator's
//   disaggregated deployment runs both pools at one TP size (SimulationOptions prefill_replicas /
//   decode_replicas of ServingOptions::tp devices each), so pools of different TP sizes are not
//   expressible; UB02 (the same run with an unused CPU KV tier) would repeat UB01's inputs.
//
// ---- Wave 57: nothing (session 28; serving_cases_wave57.md). Serving-systems papers' baseline
// tables: the stored arXiv pages stop after the abstract, and the artifact repositories commit
// configs, traces or batch timings, not serving results of catalog models.
//
// ---- Wave 58: nothing (session 29; serving_cases_wave58.md). The threads the earlier waves left
// as leads (vLLM #30502, Dynamo #402 / #2552 / #3774) are stored only up to their openings, before
// any measured block; Dynamo #402's disaggregated layout also has unequal pool TP sizes. The
// johnmusgrave.com and runinfra.ai pages are stored only up to rounded openings.
//
// ---- Wave 59: research cases UE01-UE05 (tests/validation/serving_cases_wave59.json and .md),
// collected blind on 2026-12-02 (session 29) from two blog posts' single-batch tables: DataCrunch's
// "Deploying DeepSeek-R1 671B on 8xH200" (sglang.bench_one_batch) and LMSYS's "SGLang for gpt-oss"
// ('Low-Latency Performance (Batch Size = 1)', sglang.bench_one_batch_server). These rules were
// written before any wave-59 prediction was computed. Disclosure: UE01's collector notes, which
// repeat three of its printed values, were read while checking the record's fields, before these
// rules were written; no rule below depends on a value.
// * UE01 (DeepSeek-R1, native block-FP8 checkpoint, 8 H200, SGLang `lmsysorg/sglang:latest` of
//   2025-01-31, `sglang.bench_one_batch --batch-size 1 --input 128 --output 256 --tp 8
//   --enable-torch-compile --torch-compile-max-bs 1`; the second printed block, the first being
//   the script's warm-up): the SW06 bench_one_batch rule, a static batch of one at fixed 128 /
//   256 under the R SGLang engine at the v0.4 line's defaults (mem_fraction_static 0.81 at TP 8),
//   FP8 weights and compute, KV cache BF16 (no flag), experts split tensor-parallel (no EP flag),
//   one replica of TP 8. "8xH200" = the catalog H200 (the H200's one SXM part). torch.compile and
//   CUDA graphs are not modelled (the SI04 rule: kernel choices). Compared: the "Prefill.
//   latency" as serve_case().ttft of the batch (the SW06 reading) and the "Decode. median latency"
//   as serve_case().tpot (one sequence: every decode step is that sequence's), both latency area.
//   Not compared: the decode and total throughputs and the total latency, identities of those two.
// * UE02-UE05 (gpt-oss-120b, MXFP4 (openai/gpt-oss-120b) and BF16 (lmsys/gpt-oss-120b-bf16)
//   checkpoints, on "NVIDIA B200" and "NVIDIA H100"; SGLang v0.5.1.post3 by the reproduction
//   README the post links; `sglang.launch_server --model ... --tp 4` on B200 and `--tp 8
//   --attention-backend triton` on H100; `sglang.bench_one_batch_server --batch-size 1
//   --input-len 1024 --output-len 512`): the GPU count is the printed TP of the one server (one
//   replica of TP N uses N GPUs, the TZ01 reading of "-tp 2"). "NVIDIA H100" = the H100 SXM entry
//   (the standing device rule); "NVIDIA B200" = the catalog B200. A static batch of one at fixed
//   1024 / 512 (bench_one_batch_server sends one /generate call with the whole batch and
//   ignore_eos) under the R SGLang engine (wave2's SGLang defaults; the reserve does not enter a
//   static batch's timing). MXFP4 rows: the wave-15 MXFP4 rule with the session-12 experts-only
//   reading (B200 computes the experts in FP4, H100 runs them weight-only with BF16 compute); BF16
//   rows: BF16 weights, compute and KV cache. The Triton attention backend on H100 is a kernel
//   choice (the SI04 rule), not modelled. Compared: the table's "single-batch decode throughput"
//   (tok/s of the one sequence) as 1000 / serve_case().tpot in ms, latency area. The post does not
//   say which of bench_one_batch_server's two decode rates it copied (the output throughput, 512 /
//   (latency
//   - TTFT), or the server's last logged generation rate); both are one sequence's decode rate,
//   and the rule takes the mean (1 / the mean TPOT); the difference is the growth of one
//   sequence's attention over its last decode steps, stated here as a doubt, not corrected.
//
// ---- Wave 60: research case UF01 (tests/validation/serving_cases_wave60.json and .md), collected
// blind on 2026-12-02 (session 29) from vllm-project/recipes' Ministral-3-14B-Instruct-2512 page
// (63b7dda, the merge of PR #476: 'Benchmarking (MI300X verification)', the 14B `vllm bench serve`
// output block). These rules were written before any wave-60 prediction was computed.
// * UF01 (mistralai/Ministral-3-14B-Instruct-2512 = Ministral3_14B, the text decoder (the SY
//   rule: the Pixtral encoder is loaded and unused by random text prompts), on one MI300X, TP 1;
//   vllm/vllm-openai-rocm:latest of about 2026-05-25 with VLLM_ROCM_USE_AITER=1; server flags
//   --gpu-memory-utilization 0.95 --max-num-seqs 256 --max-num-batched-tokens 8192, no KV-cache
//   dtype flag; `vllm bench serve` random 1024 / 1024, --max-concurrency 32, 100 prompts): the Q16
//   vLLM V1 rule (vllm_v1_options) with the printed memory fraction and token budget, KV cache BF16
//   (auto), a closed loop of 32 clients over 100 prompts (the session-10 rule). The recipe calls
//   the 14B checkpoint "Native FP8 weights": FP8 weights and compute at the catalog's MI300X FP8
//   rate (the record's reading; wave 27's SY06-SY08 read the same checkpoint as BF16, which is
//   not revisited here: their results are known). Lengths: the printed totals (102,400 input and
//   102,400 generated tokens over 100 requests) fix every request at 1024 / 1024, whether or not
//   --ignore-eos was passed (the wave-16 realised-length rule). AITER's kernels are a kernel
//   choice (the SI04 rule), not modelled. Compared: the output rate (throughput area), the mean
//   TTFT and the mean TPOT (latency area); the total rate and request rate are identities of the
//   output rate, the medians and tails are not modelled.
//
// ---- Wave 61: research cases UG01-UG20 (tests/validation/serving_cases_wave61.json and .md),
// collected blind on 2026-12-02 (session 30) from ROCm/vllm docs/dev-docker/README.md at 5486e7b
// (the "20250620_aiter" release: ROCm 6.4.1, vLLM 0.9.1, 8 x MI300X TP8, the amd/Llama-3.1-70B /
// 405B-Instruct-FP8-KV checkpoints). These rules were written before any wave-61 prediction was
// computed.
// * The source: the same document as wave 14's SJ01-SJ05 (040de12) and wave 35's TG12-TG51
//   (16c8185) at another commit, with another release's numbers: a new source by the TG rule
//   (different measurements; the table a later release printed in its place is that release's
//   campaign, not a correction of this one). The README's changelog puts "V1 on by default" at
//   this very image, so the engine is vLLM V1: the SJ rules hold unchanged.
// * benchmark_throughput rows (UG01-UG08; --kv-cache-dtype fp8, max_num_seqs = the prompt count,
//   131072 batched tokens): the SJ01 / SJ02 rule (vllm_rocm_readme_prompts, the R37 unit rule).
//   UG03, UG04, UG07, UG08 (500/2000, 2048/2048) are not expressible by the R37 rule. UG01 and
//   UG02 give SJ01's and SJ02's solver inputs exactly (3200 x 128/2048, 1500 x 128/4096 on the
//   70B), and UG05 and UG06 give TG16's and TG17's (1500 x 128/2048 and 1500 x 128/4096 on the
//   405B; vllm_rocm_readme_prompts is vllm_rocm_fp8kv_prompts at 0.9 / 131072, TG16's call):
//   repeats, counted once as SJ01, SJ02, TG16, TG17 (the TE13 rule). No throughput case.
// * benchmark_latency rows (UG09-UG20: one static batch of b = 1 / 16 / 128 prompts of 128/2048
//   or 2048/2048; no --kv-cache-dtype in the latency command): the SJ03-SJ05 rule
//   (vllm_batch_latency: FP8 weights and compute, the KV cache at the 16-bit model dtype);
//   compared: the batch's end-to-end latency (latency area). UG09 (70B, b 1, 128/2048) and UG14
//   (70B, b 128, 2048/2048) give SJ03's and SJ05's solver inputs: repeats, counted once as SJ03 /
//   SJ05. UG10-UG13 and UG15-UG20 are cases (TG20-TG51 priced an FP8 cache, which this release's
//   latency command does not print: other solver inputs).
// * The trailing flags the README prints after a line without a continuation backslash
//   (--disable-custom-all-reduce, --disable-detokenize, --compilation-config) are not read by the
//   predictors either way; the two tables' different host CPUs are not modelled.
//   Llama 3.1 70B = Llama3_1_70B, 405B = Llama3_405B (the catalog's 405B); MI300X = MI300X.
//
// ---- Wave 62: research cases UH01-UH22 (tests/validation/serving_cases_wave62.json and .md),
// collected blind on 2026-12-02 (session 30) from Scicom's llm-benchmaq repository (committed
// `vllm bench serve` result files of January and April 2026 on RunPod 8-GPU pods). These rules
// were written before any wave-62 prediction was computed.
// * Devices: the repository's README names the GPU ("H100 SXM", "H200 SXM", "B200") and "8 GPUs
//   per test", its result directories the pod (runpod_h100sxm, ...): the H100 / H200 / B200 rigs'
//   nodes (the standing device mapping; the pods' NVLink baseboards are not stated).
// * Engine: vLLM V1 with its server defaults, the record's reading (the server flags beyond TP and
//   DP, which the file names give, are not committed; the April runs' repository pins vLLM 0.15.0,
//   the January runs' version is not stated, V1 either way): the Q16 vLLM V1 rule
//   (vllm_v1_options: reserve 0.10, serve_case()'s token budget 8192 = V1's OpenAI-server default,
//   max_num_seqs max(256, N), vLLM's page allocator), KV cache BF16 ("auto"); the checkpoints are
//   BF16, gpt-oss-120b's MXFP4 by the wave-15 / session-12 experts-only rule (mxfp4_on,
//   gpt_oss_experts_only). "dp2" = vLLM's --data-parallel-size 2 behind one endpoint: two engines
//   of TP 4 (SimulationOptions::replicas, each arrival to the least-loaded engine, the TQ reading
//   of a balanced spread). The Llama 70B path does not say base or Instruct: one shape.
// * Load: the session-10 closed loop of the printed --max-concurrency over the printed prompts,
//   fixed lengths (random dataset, range ratio 0, ignore_eos; the printed totals agree). UH17-UH22
//   (100 prompts at concurrency 100) are one burst (the wave-11 burst rule). The client's one
//   test request before the run is not modelled. Prefix caching (on by default in V1) finds
//   nothing to share among one run's random prompts (the O15 reading); the collector took each
//   server's first run only, so no earlier run's prompts are in its cache.
// * Compared: the output rate ("a", throughput), the mean TTFT ("b") and the mean TPOT ("c")
//   (latency); the medians, tails, request rate and total rate are not compared (the wave-8 rule).
//   Qwen3-8B / 14B / 32B = Qwen3_8B / Qwen3_14B / Qwen3_32B; Llama 3.1 70B = Llama3_1_70B;
//   gpt-oss-120b = GPT_OSS_120B.
//
// ---- Wave 63: research case UI01 (tests/validation/serving_cases_wave63.json and .md), collected
// blind on 2026-12-02 (session 30) from DigitalOcean's gtc-2026-doks repository (vLLM 0.14.1 on one
// H200, nvidia/Llama-3.1-70B-Instruct-FP8, ShareGPT V3 at 0.5 requests/s, 300 prompts, outputs
// ending at EOS). This rule was written before any wave-63 prediction; none was computed.
// * UI01: ShareGPT lengths with only their means derivable from the printed totals: not
//   expressible (the J / R28 / SG rule: a ShareGPT row needs its length distribution).
//
// ---- Wave 64: research cases UJ01-UJ08 (tests/validation/serving_cases_wave64.json and .md),
// collected blind on 2026-12-02 (session 30) from cssnoeasy/a100-vllm-benchmark-blog (vLLM 0.19.0
// on "NVIDIA A100 80GB PCIe" cards: Qwen2.5-7B at TP 1 / 2, Qwen3-32B BF16 / FP8-KV / AWQ at TP 1).
// This rule was written before any wave-64 prediction; none was computed.
// * UJ01-UJ08: the A100 80GB PCIe card has no catalog entry (the catalog's A100 is the SXM4 part,
//   from the SXM columns of NVIDIA's A100 datasheet, source hw-nvidia-a100-datasheet; the card's
//   power limit, memory bandwidth and PCIe link between the two cards differ from it): not
//   expressible (the SI07 rule for parts the catalog does not hold). Adding the card from the
//   datasheet's PCIe column, verified against the PDF, would make them expressible.
// * Amended in session 31, before any wave-64 prediction: the card is now in the catalog
//   (Hardware::Cloud::A100_PCIe, 1,935 GB/s, 300 W, no measured GEMM or bandwidth), from the same
//   datasheet's PCIe column, checked the way the SXM4 entry's columns were: against stored
//   reproductions (thundercompute's A100 table), the PDF itself not being stored. Disclosure: the
//   measured values of UJ01-UJ08 were printed while the session read the records' metric names,
//   after the reading below was settled and before it was written; nothing below depends on them.
// * UJ01 (Qwen2.5-7B-Instruct FP16, TP1): vLLM 0.19 V1 with its A100 defaults (token budget 2048,
//   256 sequences: the device name holds "a100", the wave-31 rule), runtime_reserve 1 - 0.75,
//   FP16 weights and KV cache, CUDA graphs; a closed loop of 8 clients over 100 prompts, no
//   warm-up (the server's 20 warm-up requests precede the run), fixed 512 / 256 (the report states
//   fixed outputs). Compared: output tok/s = request rate x 256, the only throughput printed (the
//   request rate is otherwise not compared, the wave-8 rule); medians and percentiles are not.
// * UJ02 (the same on two cards, TP2): not expressible. The two cards have no NVLink bridge and
//   sit on different CPU sockets ("SYS"); whether CUDA peer access works between them is not
//   stated, so the path of the all-reduce is unknown (the TC13-TC33 rule).
// * UJ03-UJ05 (Qwen3-32B BF16, BF16 with an FP8 KV cache, the AWQ checkpoint; TP1, --enforce-eager,
//   max_model_len 8192, gpu_memory_utilization 0.90): the UJ01 engine with runtime_reserve
//   1 - 0.90 and every iteration launched eagerly (graph_launch_gap = eager_launch_gap, the SD11
//   rule); KV cache BF16 / FP8 / FP16; AWQ by the J23 rule (Precision::int4 weights, FP16
//   activations and compute; its group scales and the forced non-Marlin kernel are not modelled).
//   A closed loop of 4 clients over 16 prompts, fixed 2048 / 512. Compared: output tok/s; the p99
//   latencies and the startup memory figures are not (no rule compares KV-cache capacity yet).
// * UJ06-UJ08 (the same three servers, open loop at 0.6 / 0.6 / 0.5 requests/s, 128 prompts,
//   fixed 512 / 256, max-concurrency cap 32): not expressible. An open loop's output tok/s is not
//   compared (the SG15-SG17 / SJ10 rule: below saturation it is the offered load, a property of
//   the client), and its latencies are published only as p99 (the wave-10 percentile rule).
//
// ---- Wave 65: research cases UK01-UK02 (tests/validation/serving_cases_wave65.json and .md),
// collected blind on 2026-12-02 (session 31) from vLLM pull request #13747 ("[Kernel] FlashMLA
// integration"), a comment of 2025-02-25 headed "8xH200": benchmark_throughput.py, DeepSeek-R1,
// -tp 8, --input-len 3000 --output-len 1000 --num-prompts 100, once with VLLM_ATTENTION_BACKEND=
// TRITON_MLA (the default then) and once with FLASHMLA. This rule was settled before any wave-65
// prediction was computed; the two measured values were printed with UJ's before it was written
// (the disclosure above), and nothing in it depends on them.
// * UK01-UK02: the V0 engine (the PR branch lies between v0.7.3 and v0.8.0, when V0 was the
//   default; VLLM_USE_V1 not set) with the V0 defaults of vllm_rocm (reserve 0.10, 256 sequences,
//   FP8 weights and compute from the block-FP8 checkpoint, KV cache BF16: no --kv-cache-dtype),
//   chunked prefill off (vLLM 0.7 prints "MLA is enabled; forcing chunked prefill and prefix
//   caching to be disabled", vLLM pull request #13374's thread), so the token budget is
//   max_model_len = 163,840; experts tensor-parallel (no --enable-expert-parallel). All 100 prompts
//   at once (the SD11 / SI10 rule: one static batch when it fits, else the offline steady state).
//   "8xH200" = H200 (SXM, the catalog entry; one NVLink node assumed). The model has no input for
//   the attention backend, so both rows get the same prediction: the pair measures how far a
//   kernel choice moves a result the model does not see. Compared: output tok/s ("output tokens/s"
//   as printed).
//
// ---- Wave 66: research cases UL01-UL08 (tests/validation/serving_cases_wave66.json and .md),
// collected blind on 2026-12-02 (session 31) from llm-d/llm-d-benchmark's exp-7 result files
// (collected/data/openshift/exp-7 at 7711565, later removed from main; benchmark_serving.py
// JSONs): Llama-3.1-8B-Instruct BF16 on H100 and A100 80GB, plain vLLM replicas against llm-d's
// prefill / decode split, random 8000 / 200 and 10000 / 100 with --ignore-eos, open loop. These
// rules were written before any wave-66 prediction and before any wave-66 value was printed.
// * Model and device: Llama3_1_8B; "H100" = H100 (SXM, the records' reading of the team's node
//   labels), "A100" = A100 (the SXM4 80 GB entry; the older yamls name the A100 SXM4 80GB).
// * UL01, UL02, UL05, UL06 (vllm/vllm-openai:latest of the run dates, 0.8.5.post1, V1 engine,
//   `vllm serve` with no engine flag): the Q16 vLLM V1 rule (vllm_v1_options, KV cache BF16), on
//   the A100 with its A100 defaults (token budget 2048, 256 sequences: the wave-31 rule); 2 or 3
//   replicas of TP1 (SimulationOptions::replicas). The cluster Service spreads connections at
//   random; until session 57 the simulator sent each arrival to the least-loaded replica (stated,
//   not corrected). Session 57 (2026-12-06) gave the simulator Routing::random (a replica drawn per
//   request: kube-proxy's per-connection random pick, and benchmark_serving.py's session per
//   request; docs/solvers.md) and runs these four with it, seed 1: UL01b, UL02a/b, UL05a/b and
//   UL06a/b moved and are in sample (UL01a moved under 0.5% and stays out). The Service is a
//   ClusterIP (collected/yamls/exp-7/baseline-vllm/llama3-8b-svc.yaml); the client is vLLM main's
//   benchmark_serving.py, cloned when the benchmark pod starts (vllm-benchmark.yaml). Its session
//   per request was read at vLLM 0118413, an earlier revision; that the run-date client did the
//   same is assumed, not read.
// * UL03, UL04, UL07, UL08 (llm-d's dev image vllm-nixl-0.0.6, V1, NixlConnector, --enforce-eager
//   on both roles; every prompt is prefilled remotely, PD_PROMPT_LEN_THRESHOLD 10): the library's
//   disaggregated deployment (SimulationOptions::deployment) with 1 or 2 prefill replicas and one
//   decode replica, TP1 each, the same engine options with every iteration launched eagerly (the
//   SD11 rule); the KV transfer over the device link (the pods share a node; cuda_ipc), the
//   model's default for disaggregation. How the scheduler picks between two prefill pods is not
//   stated; the simulator's pool dispatch is used.
// * Load: --request-rate R with --burstiness 100 (H100) / 50 (A100), gamma inter-arrival times
//   with a coefficient of variation of 0.10 / 0.14: taken as evenly spaced arrivals at 1 / R (a
//   trace; Poisson arrivals, CV 1, would be the further reading), the printed prompt count, fixed
//   lengths (the H100 client's 7999 / 9999 input tokens as printed). No warm-up is excluded.
// * Compared: mean TTFT ("a") and mean TPOT ("b"), latency. Mean ITL is not (the wave-8 rule);
//   an open loop's output rate is not (the SG15 rule).
//
// ---- Wave 67 (tests/validation/serving_cases_wave67.json, empty, and .md): collected blind on
// 2026-12-02 (session 31); nothing usable. The vLLM / SGLang pull requests searched cut off their
// server commands, name no GPU, or serve through a LoRA adapter of unstated rank; llm-d-benchmark's
// other experiment folders are LMCache multi-round or ShareGPT workloads (not fixed lengths). The
// .md lists every candidate and why it failed.
//
// ---- Wave 68: research case UN01 (tests/validation/serving_cases_wave68.json and .md), collected
// blind on 2026-12-02 (session 32) from AlienKevin/infbench's README at 529b3a8 ("Benchmark results
// on v4-8", vLLM): meta-llama/Llama-3.1-8B served by `vllm serve ... --max-model-len 2048
// --tensor-parallel-size 4` from the vllm/vllm-tpu:v0.11.1 image, the repository's copy of vLLM's
// bench-serve client (random 1024 / 1024, range ratio 0, ignore_eos, 1000 prompts at request rate
// inf, non-streaming completions). This rule was written before the wave-68 prediction was computed
// and before its measured values were printed.
// * Device: "v4-8" is Google's name for a TPU v4 slice of 8 TensorCores = 4 chips on one host; a
//   v4 chip is one JAX device (megacore) and --tensor-parallel-size 4 matches: the catalog's TPUv4
//   (a whole chip), tp 4 (the Z36-Z47 rule: tp = the chip count). BF16 throughout (no --dtype,
//   --quantization or --kv-cache-dtype; the checkpoint is BF16).
// * Engine: vLLM 0.11.1's V1 defaults for `vllm serve` on this device (vllm/engine/arg_utils.py,
//   EngineArgs._set_default_args: a device of less than 70 GiB takes the OpenAI-server token
//   budget 2048 and 256 sequences; the TPU-specific budgets name only V6E, V5E and V5P), reserve
//   0.10 (--gpu-memory-utilization's default 0.9), on-demand KV pages (the session-22 rule). The
//   TPU backend of the image (tpu-inference or torch_xla) may override these defaults; it was not
//   read (an assumption). Those defaults are what vLLM applies on every device under 70 GiB; the
//   earlier vLLM-TPU rows (Z37-Z47, v6e) keep the Q16 rule's 8192 / max(256, N), so this rule is
//   written for UN01 alone and the difference is left, stated.
// * Load: all 1000 prompts at once (the wave-11 burst rule: a closed loop of 1000 clients over
//   1000 prompts), input 1023 / output 1024 tokens as the printed totals give.
// * Compared: output tok/s ("a", throughput) and mean end-to-end latency ("b", latency;
//   SimulationResult::e2e.mean). The client does not stream, so no TTFT or TPOT is printed.
//
// ---- Wave 69 (tests/validation/serving_cases_wave69.json and .md, UO01-UO12): collected blind on
// 2026-12-02 (session 32) from two NVIDIA/TensorRT-LLM QA-perf pull requests (#4407, #5066:
// trtllm-bench on the PyTorch backend, Llama-3.1-Nemotron-Nano-8B-v1 BF16 / FP8, "1 H100", fixed
// lengths at concurrency 1 and 250). Not expressible. The PRs name "H100" without its form, and
// the same author's earlier PR of the series (#3822) states the QA environment as "1 H100 PCIe",
// while TensorRT-LLM's CI stage of that name runs on mixed H100 kinds (PR #8428): whether these
// runs had the SXM part's 3.35 TB/s or the PCIe card's 2.0 TB/s is not known, and decode rates
// follow it. #4407's note after its table ("the above numbers were generated with prefill...") is
// cut off in every stored copy, so its setup is not fully stated either. The measured values of
// both PRs were printed (by a search excerpt) before this rule was written; the rule rests on the
// device and the note, not on them.
//
// ---- Wave 70 (tests/validation/serving_cases_wave70.json, empty, and .md): collected blind on
// 2026-12-02 (session 32); nothing usable. TensorRT-LLM PR #5302's stored copy stops before its
// values; SGLang's benchmark READMEs hold non-catalog models, median latencies only or commands
// only; the ROCm blog posts not read before are how-to guides or non-catalog models. The .md lists
// every candidate and why it failed.
//
// ---- Wave-2 predictors (the rules above, one function per rule).
enum class Engine2 { trtllm_static, trtllm, lmdeploy_static, sglang, vllm };

struct Run {
  const Workload* model;
  const HardwareNode* hw;
  std::int64_t tp;
  Precision precision;  ///< weights and compute
  std::int64_t in, out;
  std::int64_t batch;  ///< published batch or concurrency; 0: the largest that fits
  /// SGLang --chunked-prefill-size when printed, the Neuron CSV's sequence length; 0: default
  std::int64_t token_budget = 0;
};

ServingOptions wave2(Engine2 engine, const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = std::max<std::int64_t>(1, r.batch);
  switch (engine) {
    case Engine2::trtllm_static:
    case Engine2::trtllm:
      o = trtllm({r.model, r.hw, r.tp, r.tp, r.precision, r.in, r.out});
      o.batch = std::max<std::int64_t>(1, r.batch);
      o.params.max_num_seqs = std::max(o.params.max_num_seqs, o.batch);
      if (engine == Engine2::trtllm_static) o.batching = Batching::static_batch;
      break;
    case Engine2::lmdeploy_static:
      o.precision = {Precision::fp16, Precision::fp16, Precision::fp16, Precision::fp16};
      o.batching = Batching::static_batch;
      o.params.max_num_seqs = o.batch;
      break;
    case Engine2::sglang:
      o.precision = {r.precision, Precision::bf16, Precision::bf16, r.precision};
      o.params.runtime_reserve = 1.0 - 0.85;  // mem_fraction_static 0.85, printed by both sources
      o.params.max_batched_tokens = r.token_budget > 0 ? r.token_budget : 8192;
      o.params.max_num_seqs = o.batch;
      // SGLang's default scheduler: prompts in iterations of their own (session-21 rule).
      o.params.schedule = IterationSchedule::prefill_first;
      o.params.kv_admission = KvAdmission::estimated_output;  // SGLang's (session-22 rule)
      // Prompts launched from Python, kernel by kernel, on GPUs (the session-64 rule); SGLang-JAX
      // on a TPU runs compiled XLA programs.
      o.params.eager_prefill = r.hw->vendor != "Google";
      break;
    case Engine2::vllm:
      o.precision = {Precision::fp8, Precision::fp16, Precision::fp8, Precision::fp8};
      o.params.runtime_reserve = 1.0 - 0.99;           // --gpu-memory-utilization 0.99
      o.params.max_batched_tokens = 65536;             // --max-num-batched-tokens 65536
      o.params.max_num_seqs = 256;                     // vLLM 0.6 EngineArgs default
      o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
      break;
  }
  return o;
}

/// Static batch at the published batch: output tokens/s of the replica.
double static_tput(Engine2 e, const Run& r) {
  return serve_case(*r.model, *r.hw, wave2(e, r)).output_throughput.in("tokens/s");
}
/// Static batch at the published batch: time to the first token (the whole batch's prefill).
double static_ttft(Engine2 e, const Run& r) {
  return serve_case(*r.model, *r.hw, wave2(e, r)).ttft.in("ms");
}
/// Qwen speed benchmark: (prompt + generated tokens) / time of one request at batch 1 (SGLang).
double stream_speed(const Run& r) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.params.schedule = IterationSchedule::mixed;  // the source's enable_mixed_chunk=True
  return static_cast<double>(r.in + r.out) / serve_case(*r.model, *r.hw, o).request_latency.in("s");
}
/// Closed loop at max concurrency r.batch (SGLang): end-to-end latency of a request.
double closed_e2e(const Run& r) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.batch =
      std::min(r.batch, std::max<std::int64_t>(1, serve_case(*r.model, *r.hw, o).max_concurrent));
  return serve_case(*r.model, *r.hw, o).request_latency.in("ms");
}
/// Offline, every replica at the largest batch that fits (vLLM limits): output tokens/s.
double offline_vllm(const Run& r, std::int64_t devices) {
  ServingOptions o = wave2(Engine2::vllm, r);
  o.batch = std::max<std::int64_t>(1, serve_case(*r.model, *r.hw, o).max_concurrent);
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s") *
         static_cast<double>(devices / r.tp);
}
/// N-gram self-speculation on Llama 4 Scout, 8xB200 FP8 TP8, at batch b with max_draft_len v and
/// the published mean accepted length 1.66: the gain in output tokens/s (E2E runtime speed-up).
double ngram_gain(std::int64_t b, std::int64_t v) {
  ServingOptions o = wave2(
      Engine2::trtllm,
      {&Models::Language::Llama4_Scout, &Hardware::Cloud::B200, 8, Precision::fp8, 512, 128, b});
  Speculation s;
  s.draft_length = v;
  s.acceptance = acceptance_for(1.66, v);
  o.speculation = s;
  return compare_speculation(Models::Language::Llama4_Scout, Hardware::Cloud::B200, o)
      .throughput_gain;
}

const Workload& L2_7B = Models::Language::Llama2_7B;
const Workload& L2_13B = Models::Language::Llama2_13B;
const Workload& L2_70B = Models::Language::Llama2_70B;
const Workload& DSV3 = Models::Language::DeepSeek_V3;
const Workload& Q3_8B = Models::Language::Qwen3_8B;
const Workload& Q3_32B = Models::Language::Qwen3_32B;
const Workload& Q3_30B = Models::Language::Qwen3_30B_A3B;
const Workload& Q3_235B = Models::Language::Qwen3_235B_A22B;
const HardwareNode& H20 = Hardware::Cloud::H20;
const HardwareNode& MI300X = Hardware::Cloud::MI300X;

constexpr const char* kTrtH200Launch =
    "NVIDIA, H200 achieves nearly 12,000 tokens/sec on Llama2-13B with TensorRT-LLM, table 'H200 "
    "FP8 Max throughput', https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "1555478c1b417a0b34de05209862ea5a2ab9add1/docs/source/blogs/H200launch.md";
constexpr const char* kTrtFalcon =
    "NVIDIA, Falcon-180B on a single H200 GPU with INT4 AWQ, and 6.7x faster Llama-70B over A100, "
    "section 'Llama-70B on H200 up to 6.7x A100' (batch sizes from its footnote), "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/3c44cb974badec8966108b16054a99c0923e410d/docs/"
    "source/blogs/Falcon180B-H200.md";
constexpr const char* kLmdeploy =
    "LMDeploy v0.1.0a1, Benchmark on A100 (FP16), Static Inference Benchmark tables, "
    "https://github.com/InternLM/lmdeploy/blob/3e391df4673326f79363eebe030876861a9b7090/docs/en/"
    "benchmark/a100_fp16.md";
constexpr const char* kSglMi300x =
    "LMSYS / AMD, Accelerating DeepSeek V3 Inference via Multi-Token Prediction in SGLang, Table 1 "
    "(random dataset, Without MTP), https://github.com/lm-sys/lm-sys.github.io/blob/"
    "03d5107bbe479b2fa51ec61ac1372903ead0f403/blog/2025-09-02-sglang-amd-deepseek-v3-mtp.md";
constexpr const char* kNgram =
    "NVIDIA, N-Gram Speculative Decoding in TensorRT LLM (tech blog 7), 'Effect of Multi-turn "
    "conversation' (AL table and Figure 6 text), https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "7274a594b8aae1106564a15a87e9643ce5c2f9f9/docs/source/blogs/tech_blog/"
    "blog7_NGram_performance_Analysis_And_Auto_Enablement.md";
constexpr const char* kQwen =
    "Qwen, Qwen3 Speed Benchmark (SGLang 0.4.6.post1 on H20 96GB, batch 1, 2048 generated), "
    "https://github.com/QwenLM/Qwen2.5/blob/ac7272455d45483d2f579a88295e81586d60ff6f/docs/source/"
    "getting_started/speed_benchmark.md";
constexpr const char* kVllmMi300x =
    "AMD, vLLM FP8 Latency and Throughput benchmarks on MI300X, 'LLaMA3 405B' table (copy of AMD's "
    "documentation in a personal repository), https://github.com/saienduri/vllm-docs/blob/"
    "080d0ad63154d46325ced75a1633b7b2653b3d58/README.md";

ServingCase w2(const char* id, const char* what, const char* source, Area area, double measured,
               const char* unit, double first, std::function<double()> predict,
               const char* note = "") {
  return {id,       what,
          source,   area,
          measured, unit,
          first,    Sample::out_of_sample,
          note,     std::move(predict)};
}

/// A case whose mapping was corrected after its first run (a mapping bug, said in its note): in
/// sample for good.
ServingCase in_sample(ServingCase c) {
  c.sample = Sample::in_sample;
  return c;
}

ServingCase tput(const char* id, const char* what, const char* source, double measured,
                 double first, Setup s) {
  return {id,       what,
          source,   Area::throughput,
          measured, "tok/s",
          first,    Sample::out_of_sample,
          "",       [s] { return offline_throughput(s); }};
}

// ---- Wave-3 predictors (the wave-3 rules above, one function per rule).

/// Intel Gaudi table row: static batch at the published batch, FP8 weights, compute and KV cache
/// (BF16 throughout for a BF16 row), output tokens/s of the replica.
double gaudi_static(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = r.batch;
  const bool narrow = r.precision == Precision::fp8;
  o.precision = {r.precision, Precision::bf16, narrow ? Precision::fp8 : Precision::bf16,
                 r.precision};
  o.batching = Batching::static_batch;
  o.params.max_num_seqs = r.batch;
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s");
}

/// vLLM V1 with serve_case()'s defaults, closed loop at concurrency r.batch (batch 1 for the ITL
/// fit), KV cache at `kv`.
ServingOptions vllm_v1_options(const Run& r, Precision kv) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, kv, r.precision};
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return o;
}
LoopResult vllm_closed(const Run& r, Precision kv, Loop loop) {
  return loop_sim(*r.model, *r.hw, vllm_v1_options(r, kv), r.batch, loop);
}

/// vLLM PR #25398: the Q16 vLLM V1 rule with --gpu_memory_utilization 0.95 and
/// --enable-expert-parallel, a closed loop of r.batch clients over `prompts` prompts.
LoopResult vllm_ep_closed_095(const Run& r, std::int64_t prompts) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  o.params.runtime_reserve = 1.0 - 0.95;  // --gpu_memory_utilization=0.95
  o.moe.expert_parallel = true;           // --enable-expert-parallel
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

/// NxDI on Trainium2 at batch 1: BF16 throughout, one context-encoding pass of up to 12288
/// tokens (--max-context-length), --max-num-seqs 1.
ServingResult neuron_batch1(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = 1;
  o.params.max_batched_tokens = 12288;
  o.params.max_num_seqs = 1;
  return serve_case(*r.model, *r.hw, o);
}

const Workload& MIS7 = Models::Language::Mistral_7B;
/// Mistral 7B Instruct v0.2 / v0.3: the v0.1 entry's shapes without its sliding window (their
/// config.json sets sliding_window null; session 17, when the catalog gained the window).
const Workload& mistral_v02() {
  static const Workload m = [] {
    Workload w = Models::Language::Mistral_7B;
    w.sliding_window.reset();
    return w;
  }();
  return m;
}
const HardwareNode& GAUDI3 = Hardware::Cloud::Gaudi3;
const HardwareNode& GAUDI2 = Hardware::Cloud::Gaudi2;
const HardwareNode& TRN2 = Hardware::Cloud::Trainium2;

constexpr const char* kGaudi3 =
    "Intel, Model Performance Data for Intel Gaudi 3 AI Accelerators (SynapseAI 1.18.0), "
    "'Large Language Models (LLM) for Throughput with Intel Gaudi 3 Accelerator' table, "
    "https://intel.com/content/www/us/en/developer/platform/gaudi/model-performance.html";
constexpr const char* kGaudi2 =
    "Intel, Model Performance Data for Intel Gaudi 2 AI Accelerators, inference (SynapseAI "
    "1.18.0), LLM throughput table, https://intel.com/content/www/us/en/developer/platform/gaudi/"
    "model-performance-gaudi2-inference.html";
constexpr const char* kVllmFp8Kv =
    "vLLM blog, The State of FP8 KV-Cache and Attention Quantization in vLLM (2026-04-22), Table 4 "
    "(H100) and the B200 ITL fit, https://github.com/vllm-project/vllm-project.github.io/blob/"
    "c3a01c4a5807c8d900ae468897e45263373e534e/_posts/2026-04-22-fp8-kvcache.md";
constexpr const char* kTrn70 =
    "AWS Neuron, NxDI tutorial: Llama-3.3-70B on Trn2 with/without speculative decoding, "
    "llama70b_perf_comparison.csv, https://github.com/aws-neuron/aws-neuron-sdk/blob/"
    "06f3378416cfebaf4413eaa0a95002398ccc6041/libraries/nxd-inference/tutorials/"
    "llama70b_perf_comparison.csv";
constexpr const char* kTrn405 =
    "AWS Neuron, NxDI tutorial: Llama-3.1-405B on Trn2, speculative decoding and quantization, "
    "llama405b_perf_comparison.csv, https://github.com/aws-neuron/aws-neuron-sdk/blob/"
    "ba1c08b0125914925e163afbdcabb17f25eace1f/libraries/nxd-inference/tutorials/"
    "llama405b_perf_comparison.csv";

/// One Gaudi table row (static batch at the published batch).
ServingCase gaudi(const char* id, const char* what, const char* source, double measured,
                  double first, Run r) {
  return w2(id, what, source, Area::throughput, measured, "tok/s", first,
            [r] { return gaudi_static(r); });
}

// ---- Wave-4 predictors (the wave-4 rules above, one function per rule).

/// vLLM V0's host time per iteration, the session-58 rule (docs/solvers.md, "Host time per
/// iteration"): Vidur's CPU profile of the Sarathi-Serve engine, vLLM V0's lineage, on an A100
/// host (microsoft/vidur data/profiling/a100/cpu_overheads.csv at 57720ca,
/// https://github.com/microsoft/vidur/blob/57720caf01edae3e5e7391581266e57c258e97dd/data/profiling/a100/cpu_overheads.csv,
/// read 2026-12-07), a least-squares line over its 78 rows (six model / TP configurations, batch
/// 8-128) of scheduling + the sampler + input preparation: 1.217 ms + 30.1 us per sequence. Output
/// processing (0.190 ms + 14.9 us more in the same profile) is left out: from vLLM 0.6.0 it
/// overlaps the next step, and not every V0 row's version is known, so before 0.6.0 this is a lower
/// bound. With multi-step scheduling (`--num-scheduler-steps N`) the host schedules and prepares
/// once per N decode steps (the RFC, https://github.com/vllm-project/vllm/issues/6854, read
/// 2026-12-07: the bubble "only needs to be incurred once for every 8 decode" steps at N = 8), so
/// each iteration carries 1/N of it; the few prefill iterations, which run single-step, are
/// charged the same 1/N.
void v0_host_time(ServingOptions& o, int scheduler_steps = 1) {
  const EngineHostTime& v0 = engine_host_time("vllm-v0");  // 1.217 ms + 30.1 us per sequence
  o.params.host_time_per_iteration = v0.per_iteration / scheduler_steps;
  o.params.host_time_per_sequence = v0.per_sequence / scheduler_steps;
  o.params.eager_prefill = true;  // V0 captures graphs for decode only (session-64 rule)
}

/// vLLM on ROCm with its October 2024 defaults: FP8 weights and compute, BF16 KV cache.
ServingOptions vllm_rocm(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = std::max<std::int64_t>(1, r.batch);
  o.precision = {Precision::fp8, Precision::bf16, Precision::bf16, Precision::fp8};
  o.params.runtime_reserve = 1.0 - 0.9;  // gpu_memory_utilization 0.9
  o.params.max_batched_tokens = 131072;  // chunked prefill off: max(max_model_len, 2048)
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);  // vLLM default 256
  return o;
}
/// benchmark_latency.py: one static batch of r.batch prompts; its end-to-end latency.
double vllm_batch_latency(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  o.batching = Batching::static_batch;
  return serve_case(*r.model, *r.hw, o).request_latency.in("s");
}
/// benchmark_throughput.py: the largest batch that fits; output tokens/s of the replica.
double vllm_rocm_offline(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  o.batch = std::max<std::int64_t>(1, serve_case(*r.model, *r.hw, o).max_concurrent);
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s");
}
/// TensorRT-LLM static batch: end-to-end latency FP16 over FP8 (FP8 KV with FP8 weights).
double fp8_over_fp16(const Run& r) {
  const ServingOptions fp8 = wave2(Engine2::trtllm_static, r);
  ServingOptions fp16 = fp8;
  fp16.precision = {Precision::fp16, Precision::fp16, Precision::fp16, Precision::fp16};
  return serve_case(*r.model, *r.hw, fp16).request_latency.in("s") /
         serve_case(*r.model, *r.hw, fp8).request_latency.in("s");
}
/// Transformers NeuronX at batch 1: weights at r.precision, BF16 compute and KV cache, the
/// prompt in one context pass of up to r.token_budget (the CSV's sequence length).
ServingResult neuronx_batch1(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = 1;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_batched_tokens = r.token_budget;
  o.params.max_num_seqs = 1;
  return serve_case(*r.model, *r.hw, o);
}
/// trtllm-bench throughput: the S offline rule with the printed KV memory fraction 0.90.
double trtllm_bench_offline(const Setup& s) {
  ServingOptions o = trtllm(s);
  o.params.runtime_reserve = 1.0 - 0.90;  // "KV Memory Percentage: 90.00%"
  return largest_batch_throughput(s, o);
}

const Workload& L3_8B = Models::Language::Llama3_8B;
const HardwareNode& TRN1 = Hardware::Cloud::Trainium1;
const HardwareNode& L40S = Hardware::Cloud::L40S;

constexpr const char* kOciMi300x =
    "Oracle Cloud Infrastructure blog, Serving Llama 3.1 405B model with AMD MI300X GPUs, latency "
    "and throughput tables (vLLM), https://blogs.oracle.com/cloud-infrastructure/post/"
    "serving-llama-31-405b-model-with-amd-mi300x-gpus";
constexpr const char* kTrtQuant =
    "NVIDIA, Speed up inference with SOTA quantization techniques in TRT-LLM, performance table "
    "(input 1024, output 128, TP1, H100 80GB), https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "2ee99e8abf59022addc0f6f48b9f5909a708b389/docs/source/blogs/quantization-in-TRT-LLM.md";
constexpr const char* kR1Tput =
    "NVIDIA, Optimizing DeepSeek R1 Throughput on NVIDIA Blackwell GPUs (tech blog 3), intro, "
    "https://github.com/NVIDIA/TensorRT-LLM/blob/02643c1f8dd5e0f3bed08da2b90f515d8884a1d7/docs/"
    "source/blogs/tech_blog/blog3_Optimizing_DeepSeek_R1_Throughput_on_NVIDIA_Blackwell_GPUs.md";
constexpr const char* kTrn1Csv =
    "AWS Neuron, trn1 decoder latency benchmarks (Transformers NeuronX, trn1.32xlarge), "
    "latency_data_decoder.csv, https://github.com/aws-neuron/aws-neuron-sdk/blob/"
    "7c165a3e01131a86537f6e0b3ba43716e44d8bc4/about-neuron/benchmarks/trn1/"
    "latency_data_decoder.csv";
constexpr const char* kTrtPerfOld =
    "NVIDIA, TensorRT-LLM Performance (docs/source/performance.md, v0.6.1 / v0.5 data; the "
    "predecessor of perf-overview.md), https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "138f96d45f90b9667426f7c47297d8c06bafac73/docs/source/performance.md";
constexpr const char* kTrtBench =
    "trtllm-bench throughput logs, TensorRT-LLM 0.16.0, Llama 3.1 70B on 8xH100 (third-party "
    "sweep), https://github.com/shaamil101-etched/trtllm-benchmarks/blob/"
    "aeec9f291501c26fe34b773c7a157f3bb1fbce24/results/";

// ---- Wave-5 predictors (the wave-5 rules above).

/// Transformers NeuronX at a compiled batch r.batch: the batch context-encoded together, then
/// decoded together (static batch); weights at r.precision, BF16 compute and KV cache.
ServingResult neuronx_static(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = r.batch;
  o.batching = Batching::static_batch;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_batched_tokens = r.token_budget;  // batch x the CSV's sequence length
  o.params.max_num_seqs = r.batch;
  return serve_case(*r.model, *r.hw, o);
}

const Workload& L3_70B = Models::Language::Llama3_70B;

constexpr const char* kTrn1Tput =
    "AWS Neuron, trn1 decoder throughput benchmarks (Transformers NeuronX 2.18, trn1.32xlarge), "
    "throughput_data_decoder.csv, https://github.com/aws-neuron/aws-neuron-sdk/blob/"
    "1db4d74ec718b8c3287ad118ad021c95c64ff455/about-neuron/benchmarks/trn1/"
    "throughput_data_decoder.csv";

// ---- Wave-6 predictors (the wave-6 rules above).

/// vLLM 0.7.3 with the dzhsurf docker-compose flags (max_num_seqs 128, reserve 0.05, 32768 tokens
/// per iteration, prefix caching on the 200-token sonnet prefix), 4-bit AWQ weights with FP16
/// compute and KV cache, closed loop at max concurrency r.batch: the S rule.
LoopResult vllm_awq_closed(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::int4, Precision::fp16, Precision::fp16, Precision::fp16};
  o.prefix_hit_rate = 200.0 / static_cast<double>(r.in);
  o.params.max_num_seqs = std::max<std::int64_t>(128, r.batch);
  o.params.max_batched_tokens = 32768;
  o.params.runtime_reserve = 0.05;
  // No --num-prompts printed: benchmark_serving.py's default of 1000.
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {1000});
}

constexpr const char* kDsAwq =
    "dzhsurf, Deploy DeepSeek-V3/R1 671B on 8xH100 and Throughput Benchmarks, section "
    "'Benchmarking LLM Throughput and Concurrency' (vLLM 0.7.3, DeepSeek-V3-AWQ, TP8, sonnet "
    "-i 1024 -o 256; values read by the author from his charts), "
    "https://github.com/dzhsurf/deepseek-v3-r1-deploy-and-benchmarks/blob/"
    "c3ec7acc7de932eb5991010fc2f72c69538afaf1/README.md";

// ---- Wave-7 predictors (the wave-7 rules above).

/// ROCm blog, MI300X vLLM benchmark_latency: one static batch of r.batch prompts under the P08-P10
/// vLLM-ROCm rule; the time to the batch's last token, ms.
double rocm_vllm_ttlt_ms(const Run& r) { return 1000.0 * vllm_batch_latency(r); }
/// ROCm blog, H100 TensorRT-LLM 0.16 emulated static batching: the R01-R06 static rule; the time
/// to the batch's last token (TTFT + (out - 1) x TPOT), ms.
double trtllm_ttlt_ms(const Run& r) {
  return serve_case(*r.model, *r.hw, wave2(Engine2::trtllm_static, r)).request_latency.in("ms");
}
/// An SGLang (or SGLang-JAX) server under a fixed-length closed loop of r.batch clients: the R
/// SGLang rule with the given --mem-fraction-static and token budget (r.token_budget, else 8192),
/// experts split over the TP group when `expert_parallel`, the session-10 loop over `loop`.
/// Shared by the wave-7 SGLang-JAX rows and the wave-13 SGLang PR rows, which differ only in
/// their prompt counts.
LoopResult sgl_fixed_closed(const Run& r, double mem_fraction_static, bool expert_parallel,
                            Loop loop) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.params.runtime_reserve = 1.0 - mem_fraction_static;
  o.moe.expert_parallel = expert_parallel;
  return loop_sim(*r.model, *r.hw, o, r.batch, loop);
}

/// SGLang-JAX closed loop at max concurrency r.batch: the R SGLang rule with the printed
/// --mem-fraction-static and --chunked-prefill-size (r.token_budget), BF16 throughout; experts
/// split over the TP group when `expert_parallel`.
/// The sources' num_prompts = 3 x the concurrency.
LoopResult sgl_jax_closed(const Run& r, double mem_fraction_static, bool expert_parallel) {
  return sgl_fixed_closed(r, mem_fraction_static, expert_parallel, {3 * r.batch});
}

/// SGLang-JAX closed loop: output tokens/s of the replica.
double sgl_jax_tput(const Run& r, double mem_fraction_static, bool expert_parallel) {
  return sgl_jax_closed(r, mem_fraction_static, expert_parallel).output_throughput.in("tokens/s");
}
/// vLLM on TPU, closed loop by the Q16 vLLM V1 rule with a BF16 KV cache: output tokens/s.
double vllm_tpu_tput(const Run& r, Loop loop) {
  return vllm_closed(r, Precision::bf16, loop).output_throughput.in("tokens/s");
}

const HardwareNode& TPU6 = Hardware::Cloud::TPUv6;
const HardwareNode& TPU7 = Hardware::Cloud::TPUv7;

constexpr const char* kRocmBlog =
    "AMD, Best practices for competitive inference optimization on AMD Instinct MI300X GPUs (ROCm "
    "blog, 2025-01-29), 'vLLM Latency Benchmark Results' tables (MI300X vLLM / H100 TensorRT-LLM "
    "0.16 columns), https://github.com/ROCm/rocm-blogs/blob/"
    "6a8287590f94e9d830f534d7c77bea575bc4dc32/blogs/artificial-intelligence/LLM_Inference/"
    "README.md";
constexpr const char* kSglJaxReport =
    "sgl-project, SGLang-JAX Qwen3 Benchmark Report (TPU v6e-4, SGL-JAX vs vLLM, 2025-09-12), "
    "'Detailed Performance Data' tables, https://github.com/sgl-project/sglang-jax/blob/"
    "fe09d9532aeadb3cede2695ceaac2756b00014e2/docs/cookbook/base/benchmarks/qwen3_benchmark.md";
constexpr const char* kSglJaxQwen3 =
    "sgl-project, SGLang-JAX cookbook, Qwen3-8B, '4. Benchmark' Test Results (TPU v7x-4), "
    "https://github.com/sgl-project/sglang-jax/blob/cddbf6f1cc33cbdd453bd8f36ff7051cf46ca176/docs/"
    "cookbook/autoregressive/Qwen/Qwen3.md";
constexpr const char* kSglJaxLlama =
    "sgl-project, SGLang-JAX cookbook, Llama-3.3-70B-Instruct, '4. Benchmark' Test Results (TPU "
    "v7x-4), https://github.com/sgl-project/sglang-jax/blob/"
    "cddbf6f1cc33cbdd453bd8f36ff7051cf46ca176/docs/cookbook/autoregressive/Llama/Llama3.3-70B.md";
constexpr const char* kSglJaxMoe =
    "sgl-project, SGLang-JAX cookbook, Qwen3-30B-A3B, '4. Benchmark' Test Results (TPU v7x-4), "
    "https://github.com/sgl-project/sglang-jax/blob/cddbf6f1cc33cbdd453bd8f36ff7051cf46ca176/docs/"
    "cookbook/autoregressive/Qwen/Qwen3-MoE.md";

// ---- Wave-8 predictors (the wave-8 rules above).

/// SGLang bench_serving on its random dataset without --random-range-ratio: a closed loop of
/// r.batch clients over `prompts` requests, input and output lengths uniform on [1, r.in] and
/// [1, r.out], under the R SGLang engine rule (one replica of r.tp devices).
SimulationResult sgl_random_closed(const Run& r, std::int64_t prompts) {
  const ServingOptions o = wave2(Engine2::sglang, r);
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  const auto uniform = [](std::int64_t l) {
    LengthDistribution d;
    d.kind = LengthKind::uniform;
    d.low = 1;
    d.high = static_cast<double>(l);
    d.mean = (1 + d.high) / 2;
    return d;
  };
  sim.input = uniform(r.in);
  sim.output = uniform(r.out);
  sim.replicas = 1;
  return simulate_case(*r.model, *r.hw, o, sim);
}

/// vLLM V1 with the printed --gpu-memory-utilization and token budget, FP8 KV cache
/// (--kv-cache-dtype fp8), closed loop at max concurrency r.batch: the S rule.
LoopResult vllm_v1_closed(const Run& r, double gpu_memory_utilization,
                          std::int64_t max_batched_tokens, Loop loop) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::fp8, r.precision};
  o.params.runtime_reserve = 1.0 - gpu_memory_utilization;
  o.params.max_batched_tokens = max_batched_tokens;
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);  // vLLM V1 default 256
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, loop);
}

const Workload& SCOUT = Models::Language::Llama4_Scout;
const Workload& MAVERICK = Models::Language::Llama4_Maverick;
const HardwareNode& MI355 = Hardware::Cloud::MI355X;

constexpr const char* kSglLlama31 =
    "SGLang Cookbook, Llama 3.1 recipe, 5.1 Speed Benchmark (8x A100, TP8, SGLang 0.5.6, random "
    "dataset), https://github.com/sgl-project/sgl-cookbook/blob/"
    "172d80bdea5035d636774eb90d11c911cfa22590/docs/autoregressive/Llama/Llama3.1.md";
constexpr const char* kSglQwen3 =
    "SGLang Cookbook, Qwen3 recipe, 5.1 Speed Benchmark (8x B200, Qwen3-235B-A22B-Instruct-2507 "
    "TP8, SGLang 0.5.6, random dataset), https://github.com/sgl-project/sgl-cookbook/blob/"
    "230dd7f5e91ccab2206a0ddcdc74b3db983bbda8/docs/autoregressive/Qwen/Qwen3.md";
constexpr const char* kSglLlama4 =
    "SGLang Cookbook, Llama 4 recipe, 5 Benchmark (8x MI300X, TP8, SGLang 0.5.9, random "
    "dataset), https://github.com/sgl-project/sgl-cookbook/blob/"
    "7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/docs/autoregressive/Llama/Llama4.md";
constexpr const char* kSglR1 =
    "SGLang Cookbook, DeepSeek-R1 recipe, 5.1 Speed Benchmark (8x B200, DeepSeek-R1-0528 TP8, "
    "SGLang 0.5.6.post1, random dataset), https://github.com/sgl-project/sgl-cookbook/blob/"
    "7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/docs/autoregressive/DeepSeek/DeepSeek-R1.md";
constexpr const char* kVllmMi355x =
    "vLLM recipes, Llama 3.3 70B on ROCm, 'Interpreting Performance Benchmarking Output' (1x "
    "MI355X, TP1, random 8192/1024 --ignore-eos, 128 prompts, max concurrency 64), "
    "https://github.com/vllm-project/recipes/blob/584c0c647bd4ac8d635112553130d845be10e68c/Llama/"
    "Llama3.3-70B-ROCm.md";
constexpr const char* kVllmPr43232 =
    "vLLM PR #43232, B200 run (Qwen3-235B-A22B-Instruct-2507-FP8, TP4, --kv-cache-dtype fp8, "
    "random 30000/1000 --ignore-eos, 128 prompts, max concurrency 64), "
    "https://github.com/vllm-project/vllm/pull/43232";

// ---- Wave-9 predictors (the wave-9 rules above).

/// A closed loop of r.batch clients over `prompts` requests whose input and output lengths are
/// uniform on [floor(0.8 L), L] (random range ratio 0.8), one replica of r.tp devices under `o`.
SimulationResult range08_closed(const Run& r, const ServingOptions& o, std::int64_t prompts) {
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  const auto ranged = [](std::int64_t l) {
    LengthDistribution d;
    d.kind = LengthKind::uniform;
    d.low = std::floor(0.8 * static_cast<double>(l));
    d.high = static_cast<double>(l);
    d.mean = (d.low + d.high) / 2;
    return d;
  };
  sim.input = ranged(r.in);
  sim.output = ranged(r.out);
  sim.replicas = 1;
  return simulate_case(*r.model, *r.hw, o, sim);
}

/// InferenceX SGLang row: the R SGLang engine rule, 10 x concurrency prompts.
SimulationResult inferencex_sglang(const Run& r) {
  return range08_closed(r, wave2(Engine2::sglang, r), 10 * r.batch);
}

/// vLLM-TPU recipe (qwen3_32b-server.yaml): the Q16 vLLM V1 rule with the printed flags
/// (--max-num-batched-tokens 4096, --max-num-seqs 135, --kv-cache-dtype fp8; FP8 weights and
/// compute), vLLM's default --gpu-memory-utilization 0.9, 320 prompts.
SimulationResult vllm_tpu_recipe(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::fp8, r.precision};
  o.params.runtime_reserve = 1.0 - 0.9;
  o.params.max_batched_tokens = 4096;
  o.params.max_num_seqs = 135;
  o.batch = std::min<std::int64_t>(r.batch, 135);
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return range08_closed(r, o, 320);
}

const HardwareNode& H100P = Hardware::Cloud::H100_PCIe;
const HardwareNode& MI325 = Hardware::Cloud::MI325X;

constexpr const char* kTrt4043 =
    "NVIDIA/TensorRT-LLM issue #4043 (2025-05-03), Llama-3.1-405B-Instruct-FP8 trtllm-bench "
    "throughput, ISL 124 / OSL 2048, 3000 prompts, TP8, B200 result and the H200 comparison, "
    "https://github.com/NVIDIA/TensorRT-LLM/issues/4043";
constexpr const char* kTrt6294 =
    "NVIDIA/TensorRT-LLM issue #6294, NVIDIA engineer's comment (2025-07-30): TensorRT-LLM 0.20 "
    "on H100 PCIe, Llama-3.1-8B-Instruct-FP8 128/128 trtllm-bench, "
    "https://github.com/NVIDIA/TensorRT-LLM/issues/6294";
constexpr const char* kTpuQwen3 =
    "AI-Hypercomputer tpu-recipes, Ironwood vLLM Qwen3-32B README, 'Output Token Throughput "
    "(tok/s) Per Chip' (1 TPU7x chip, qwen3_32b-server.yaml, InferenceX client, range ratio 0.8, "
    "320 prompts at max concurrency 320), https://github.com/AI-Hypercomputer/tpu-recipes/blob/"
    "63744192492ed9cb88bcea9e16d4df63be751fcd/inference/ironwood/vLLM/Qwen3-32B/README.md";
constexpr const char* kIx890 =
    "SemiAnalysisAI/InferenceX issue #890 (2026-03-08), 'Benchmark Results' table, "
    "dsr1-fp8-mi325x-sglang, TP8 EP1, 1024/1024, SGLang v0.5.9, "
    "https://github.com/SemiAnalysisAI/InferenceX/issues/890";
constexpr const char* kIx3318 =
    "SemiAnalysisAI/InferenceX PR #3318, Baseline table '8k/1k, TP8/EP1, Mean latency', "
    "dsr1-fp8-mi325x-sglang, SGLang v0.5.19, "
    "https://github.com/SemiAnalysisAI/InferenceX/pull/3318";
constexpr const char* kVllm405Rocm =
    "vLLM recipes, Llama 3.1 405B on ROCm, 'Interpreting Performance Benchmarking Output' "
    "(amd/Llama-3.1-405B-Instruct-MXFP4-Preview, 1x MI355X, TP1, random 8192/1024 --ignore-eos, "
    "128 prompts, max concurrency 64), https://github.com/vllm-project/recipes/blob/"
    "3c5db84a7e97196ee4633f6531aebe7aeb07dfaa/Llama/Llama3.1-405B-ROCm.md";

// ---- Wave-10 predictors (the wave-10 rules above).

/// InferenceX TensorRT-LLM row: the S TensorRT-LLM rule in the wave-9 range-0.8 closed loop,
/// 10 x concurrency prompts.
SimulationResult inferencex_trtllm(const Run& r) {
  return range08_closed(r, wave2(Engine2::trtllm, r), 10 * r.batch);
}

/// tpu-recipes vLLM TPU (Llama 3.x README): the vLLM V1 rule with the printed flags
/// (--gpu-memory-utilization 0.98, --max-num-batched-tokens 512, --max-num-seqs 256), BF16
/// throughout, closed loop at concurrency r.batch (the session-10 closed-loop rule).
LoopResult vllm_tpu_llama(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.runtime_reserve = 1.0 - 0.98;
  o.params.max_batched_tokens = 512;
  o.params.max_num_seqs = 256;
  o.params.kv_admission = KvAdmission::on_demand;        // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {3000});  // the README's 3000 prompts
}

/// The ATOM recipes' engine: the O09 vLLM V1 rule with an FP8 KV cache, the row's weights and
/// compute precision, vLLM's default --gpu-memory-utilization 0.9, `token_budget` tokens per
/// iteration and room for every client of the closed loop.
/// Session 12, after the wave-15 first predictions (so the rows it moves are in sample): gpt-oss's
/// MXFP4 checkpoint quantizes only the routed experts; its config.json excludes self_attn, the
/// router, embed_tokens and lm_head (catalog source lang-hf-gpt-oss-120b-config), which stay BF16
/// (MoeServing::expert_weights, added then). The wave-15 MXFP4 rule priced them at 4 bits too.
void gpt_oss_experts_only(ServingOptions& o, const Workload& m) {
  if (std::string_view(m.info.key).rfind("GPT_OSS", 0) == 0 &&
      o.precision.weights == Precision::fp4) {
    o.precision.weights = Precision::bf16;
    o.moe.expert_weights = Precision::fp4;
  }
}

ServingOptions atom_options(const Run& r, std::int64_t token_budget) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::fp8, r.precision};
  gpt_oss_experts_only(o, *r.model);
  o.params.runtime_reserve = 1.0 - 0.9;
  o.params.max_batched_tokens = token_budget;
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  return o;
}

/// ATOM recipe (TP8 + EP8 command printed): atom_options with its token budget 20000, experts
/// expert-parallel, closed loop at concurrency r.batch (the session-10 rule).
LoopResult atom_closed(const Run& r) {
  ServingOptions o = atom_options(r, 20000);
  o.moe.expert_parallel = true;
  return loop_sim(*r.model, *r.hw, o, r.batch, {4 * r.batch});  // num-prompts = 4 x concurrency
}

/// vLLM benchmark_throughput hands all r.batch prompts to an engine without chunked prefill (the
/// options `o`): one static batch of r.batch when it fits, else the offline steady state at the
/// largest batch that fits. Output tokens/s. Shared by SD11-SD18 and SI10-SI12, whose engines
/// differ only in their flags.
double vllm_rocm_all_prompts(const Run& r, ServingOptions o) {
  const std::int64_t fits =
      std::max<std::int64_t>(1, serve_case(*r.model, *r.hw, o).max_concurrent);
  if (r.batch <= fits) {
    o.batching = Batching::static_batch;
    o.batch = r.batch;
  } else {
    o.batch = fits;
  }
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s");
}

/// vLLM 0.6 ROCm benchmark_throughput, r.batch prompts at once, --enforce-eager, --max-model-len
/// 91680: the P08-P12 rule with every iteration launched eagerly; one static batch of r.batch when
/// it fits, else the offline steady state at the largest batch that fits. Output tokens/s.
double vllm_rocm_eager_prompts(const Run& r, int scheduler_steps = 1) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o, scheduler_steps);     // --num-scheduler-step: 1 (SD11-SD16), 15 (SD17, SD18)
  o.params.max_batched_tokens = 91680;  // chunked prefill off: max(max_model_len, 2048)
  o.params.cuda_graphs = false;         // --enforce-eager: no graphs
  return vllm_rocm_all_prompts(r, o);
}

constexpr const char* kSily =
    "tgarg01/silybench-data, derived/csv/perf_points.csv (Qwen3-8B on 1x H100 SXM, vLLM 0.30.0, "
    "campaign pipeline-2026-09-24, medians of 3 repeats), https://github.com/tgarg01/"
    "silybench-data/blob/93e4887353137e64bd5605fa3d1f4529da0a1dc5/derived/csv/perf_points.csv";
constexpr const char* kTrt8B =
    "shaamil101-etched/trtllm-benchmarks, llama-8b-results/analysis/throughput_summary.csv "
    "(TensorRT-LLM 0.16.0 trtllm-bench; labelled Llama-3.1-8B on 1x H100, whose numbers are those "
    "of the raw Llama-3.1-70B-Instruct TP8 logs results/result_*.txt at aeec9f2), "
    "https://github.com/shaamil101-etched/trtllm-benchmarks/blob/"
    "fd58c28aa866542c2ea5a95dd636124e2abf11ce/llama-8b-results/analysis/throughput_summary.csv";
constexpr const char* kIx3317 =
    "SemiAnalysisAI/InferenceX PR #3317, Baseline table (dsr1-fp8-b200-trt, TensorRT-LLM "
    "1.3.0rc14), https://github.com/SemiAnalysisAI/InferenceX/pull/3317";
constexpr const char* kIx3173 =
    "SemiAnalysisAI/InferenceX PR #3173, Baseline table (dsr1-fp8-h200-sglang, SGLang v0.5.12), "
    "https://github.com/SemiAnalysisAI/InferenceX/pull/3173";
constexpr const char* kNimCsv =
    "NVIDIA DLI 'Inference GPU cluster sizing' course, dataset/nim.csv (NIM, TensorRT-LLM backend, "
    "GenAI-Perf), https://github.com/wbing520/ai-performance-engineering/blob/"
    "0e25b2e236211ad01ed2221bd2c1cfa5b3f47b55/code/ch10_inference/inference_gpu_cluster_sizing/"
    "dataset/nim.csv";
constexpr const char* kTrt090 =
    "NVIDIA DLI 'Inference GPU cluster sizing' course, dataset/trt_llm_0_9_0_dli.csv "
    "(TensorRT-LLM 0.9.0 static-batch sweep), https://github.com/wbing520/"
    "ai-performance-engineering/blob/0e25b2e236211ad01ed2221bd2c1cfa5b3f47b55/code/ch10_inference/"
    "inference_gpu_cluster_sizing/dataset/trt_llm_0_9_0_dli.csv";
constexpr const char* kTpuLlama =
    "AI-Hypercomputer tpu-recipes, Serve Llama3.x with vLLM on TPU VMs (v6e-8, vllm-tpu v0.12.0), "
    "step 11 expected output, https://github.com/AI-Hypercomputer/tpu-recipes/blob/"
    "b709d7342e6302a84337245770bee81e9d2a08fe/inference/trillium/vLLM/Llama3.x/README.md";
constexpr const char* kAtomQwen =
    "ROCm/ATOM, recipes/Qwen3-235b.md, 'Performance baseline' table, TP8 + EP8 columns (8x "
    "MI355X), https://github.com/ROCm/ATOM/blob/fd0c7352ffda03408379d4300d5af304bface247/"
    "recipes/Qwen3-235b.md";
constexpr const char* kDstack =
    "dstackai/benchmarks, Llama3.1-405B FP8 8xH100 SXM5 vs 8xMI300X, "
    "csv_data/throughput_comparsion.csv (vLLM benchmark_throughput, --enforce-eager), "
    "https://github.com/dstackai/benchmarks/blob/06c957ab51572ca18db9c1f4bb254a9eb86df4d7/"
    "comparison/h100sxm5_vs_mi300x/csv_data/throughput_comparsion.csv";

// ---- Wave-11 predictors (the wave-11 rules above).

/// GPUStack burst against vLLM v0.11.0: all r.batch prompts at once, i.e. the Q16 vLLM V1 rule
/// (KV cache BF16, "auto") in a closed loop of r.batch clients over r.batch prompts.
LoopResult vllm_burst(const Run& r) { return vllm_closed(r, Precision::bf16, {r.batch}); }

/// GPUStack burst against trtllm-serve: the S TensorRT-LLM rule in a closed loop of r.batch
/// clients over r.batch prompts (one replica of r.tp devices).
LoopResult trtllm_burst(const Run& r) {
  return closed_loop({r.model, r.hw, r.tp, r.tp, r.precision, r.in, r.out}, r.batch, {r.batch});
}

/// llm-d on 8x MI355X: the Q16 vLLM V1 rule with the printed server command
/// (--gpu-memory-utilization 0.85, --block-size 128), FP8 weights and compute, KV cache BF16 (no
/// --kv-cache-dtype), a closed loop of r.batch clients over `prompts` prompts.
LoopResult llmd_mi355x(const Run& r, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, r.precision};
  o.params.runtime_reserve = 1.0 - 0.85;  // --gpu-memory-utilization 0.85
  o.params.kv_block_tokens = 128;         // --block-size 128
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

constexpr const char* kGpuStackQwenH100 =
    "GPUStack Performance Lab, Optimizing Qwen3-32B Throughput on NVIDIA H100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random, all prompts at once), https://github.com/gpustack/"
    "gpustack/blob/1f37f1b8bd79c6b424a0cb55c7abd08a5c2132dc/docs/performance-lab/qwen3-32b/h100.md";
constexpr const char* kGpuStackQwenA100 =
    "GPUStack Performance Lab, Qwen3-32B on NVIDIA A100 SXM 80GB, 'Other Benchmark Cases' (vllm "
    "bench serve, random, all prompts at once), https://github.com/gpustack/gpustack/blob/"
    "1f37f1b8bd79c6b424a0cb55c7abd08a5c2132dc/docs/performance-lab/qwen3-32b/a100.md";
constexpr const char* kGpuStackR1H200 =
    "GPUStack Performance Lab, DeepSeek-R1-0528 on 8x NVIDIA H200, 'Other Benchmark Cases' (vllm "
    "bench serve, random, all prompts at once), https://github.com/gpustack/gpustack/blob/"
    "1f37f1b8bd79c6b424a0cb55c7abd08a5c2132dc/docs/performance-lab/deepseek-r1/h200.md";
constexpr const char* kLlmdMi355x =
    "llm-d, docs/accelerators/amd-mi355x-perf.md (vLLM 0.15.1 in ghcr.io/llm-d/llm-d-rocm:v0.6.0, "
    "8x MI355X TP8, vllm bench serve random, best of a knob sweep), https://github.com/llm-d/llm-d/"
    "blob/a974157bb1230897f6e9e629b4419cb71f952b2c/docs/accelerators/amd-mi355x-perf.md";

// ---- Wave-12 predictors (the wave-12 rules above).

/// SGLang's random dataset at range ratio 0: a length uniform on [1, l] (the wave-8 reading).
LengthDistribution uniform_from_one(std::int64_t l) {
  LengthDistribution d;
  d.kind = LengthKind::uniform;
  d.low = 1;
  d.high = static_cast<double>(l);
  d.mean = (1 + d.high) / 2;
  return d;
}

/// sglang.bench_serving's random dataset (input uniform on [1, r.in], output on [1, r.out])
/// against one replica of the R SGLang engine rule with the printed --mem-fraction-static (token
/// budget r.token_budget or 8192, max_num_seqs = r.batch), under `sim`'s load.
SimulationResult sgl_random_load(const Run& r, double mem_fraction_static, SimulationOptions sim) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.params.runtime_reserve = 1.0 - mem_fraction_static;
  sim.input = uniform_from_one(r.in);
  sim.output = uniform_from_one(r.out);
  sim.replicas = 1;
  return simulate_case(*r.model, *r.hw, o, sim);
}

/// sglang.bench_serving with request rate inf and no max concurrency: all r.batch prompts at once,
/// i.e. a closed loop of r.batch clients over r.batch prompts (the wave-11 burst rule).
SimulationResult sgl_burst(const Run& r, double mem_fraction_static) {
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = r.batch;
  return sgl_random_load(r, mem_fraction_static, sim);
}

/// sglang.bench_serving at a request rate: r.batch prompts arriving as a Poisson process at `qps`
/// (an open loop; max_num_seqs = the prompt count, no cap but the KV pool).
SimulationResult sgl_poisson(const Run& r, double mem_fraction_static, double qps) {
  SimulationOptions sim;
  sim.qps = qps;
  sim.requests = r.batch;
  return sgl_random_load(r, mem_fraction_static, sim);
}

/// sgl_jax.bench_serving at max concurrency r.batch over `prompts` prompts (the wave-7 SGLang-JAX
/// engine rule in the wave-8 random-length closed loop).
SimulationResult sgl_jax_random(const Run& r, double mem_fraction_static, std::int64_t prompts) {
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  return sgl_random_load(r, mem_fraction_static, sim);
}

/// The S TensorRT-LLM engine with the limits a log or build states: max runtime batch
/// `max_batch`, `max_tokens` tokens per iteration, KV memory fraction `kv_fraction`.
ServingOptions trtllm_logged(const Setup& s, std::int64_t max_batch, double kv_fraction,
                             std::int64_t max_tokens = 8192) {
  ServingOptions o = trtllm(s);
  o.params.max_num_seqs = max_batch;
  o.params.max_batched_tokens = max_tokens;
  o.params.runtime_reserve = 1.0 - kv_fraction;
  return o;
}

/// trtllm-bench throughput with the limits its log prints (max runtime batch `max_batch`, 8192
/// tokens, KV memory fraction `kv_fraction`): the largest batch that fits, output tokens/s of all
/// replicas.
double trtllm_bench_logged(const Setup& s, std::int64_t max_batch, double kv_fraction) {
  return largest_batch_throughput(s, trtllm_logged(s, max_batch, kv_fraction));
}

/// ATOM recipe with only -tp and --kv_cache_dtype fp8 printed: the O09 vLLM V1 rule with vLLM's
/// defaults for the rest (reserve 0.10, 8192 tokens per iteration), experts split tensor-parallel,
/// in the range-0.8 closed loop over 10 x concurrency prompts.
SimulationResult atom_tp_only(const Run& r) {
  return range08_closed(r, atom_options(r, 8192), 10 * r.batch);
}

const Workload& G2_27B = Models::Language::Gemma2_27B;

constexpr const char* kGpuStack235H100 =
    "GPUStack Performance Lab, Qwen3-235B-A22B on 8x NVIDIA H100 SXM, 'Other Benchmark Cases' "
    "(vllm bench serve, random 2K input, all prompts at once), https://github.com/gpustack/"
    "gpustack/blob/47277d79f4a5bae12a2d25e9ecbed2a2177a5f2d/docs/performance-lab/qwen3-235b-a22b/"
    "h100.md";
constexpr const char* kDataCrunch70Offline =
    "DataCrunch research, h200-benchmarks, SGLang Llama-3.3-70B-Instruct BF16 TP4 on 4x H200, "
    "random 1024/1024, 3000 prompts at once (raw bench_serving JSONL), https://github.com/"
    "datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/sglang/"
    "outputs/llama_3_3_70b_offline_output.jsonl";
constexpr const char* kDataCrunch70Online =
    "DataCrunch research, h200-benchmarks, SGLang Llama-3.3-70B-Instruct BF16 TP4 on 4x H200, "
    "random 1024/1024, Poisson request rates (raw bench_serving JSONL), https://github.com/"
    "datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/sglang/"
    "outputs/llama_3_3_70b_online_output.jsonl";
constexpr const char* kDataCrunch405 =
    "DataCrunch research, h200-benchmarks, SGLang Llama-3.1-405B-Instruct BF16 TP8 on 8x H200, "
    "random 1024/1024, Poisson 1 req/s (raw bench_serving JSONL), https://github.com/"
    "datacrunch-research/h200-benchmarks/blob/c091ef530a525d2e788bc41c39a4450b09c9f2ad/sglang/"
    "outputs/llama_405b_online_output.jsonl";
constexpr const char* kGcpTrt405 =
    "Google Cloud AI-Hypercomputer gpu-recipes, a3ultra single-host TensorRT-LLM, trtllm-bench "
    "0.17 log for Llama-3.1-405B FP8 TP8 on 8x H200, 128/128, https://github.com/AI-Hypercomputer/"
    "gpu-recipes/blob/2e1fd5efbf1af9c08f8ac50b9d7fef2cfa675b68/inference/a3ultra/"
    "single-host-serving/trtllm/README.md";
constexpr const char* kAtomR1 =
    "ROCm/ATOM, recipes/DeepSeek-R1.md, 'Performance baseline' FP8 (TP8, FP8 KV cache) table, 8x "
    "MI300X, https://github.com/ROCm/ATOM/blob/ffdf3bb5ddf8a15a64d521a2eeb3bc7438f9ac21/recipes/"
    "DeepSeek-R1.md";
constexpr const char* kSglV31 =
    "sgl-project/sgl-cookbook, DeepSeek-V3.1 on 8x MI300X (SGLang 0.5.7, TP8), 5.1.4 Scenario 1 "
    "Chat (1K/1K) results, https://github.com/sgl-project/sgl-cookbook/blob/"
    "7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/docs/autoregressive/DeepSeek/DeepSeek-V3_1.md";
constexpr const char* kSglJaxLlama31 =
    "sgl-project, SGLang-JAX cookbook, Llama-3.1-8B-Instruct, 4.2 Speed, Layout B (TPU v6e-4, "
    "sglang-jax 0.1.0), https://github.com/sgl-project/sglang-jax/blob/"
    "cddbf6f1cc33cbdd453bd8f36ff7051cf46ca176/docs/cookbook/autoregressive/Llama/Llama3.1.md";
constexpr const char* kSglJaxGemma2 =
    "sgl-project, SGLang-JAX cookbook, Gemma-2-27B-it, 4.2 Speed, Layout B (TPU v6e-4, "
    "sglang-jax 0.1.0), https://github.com/sgl-project/sglang-jax/blob/"
    "cddbf6f1cc33cbdd453bd8f36ff7051cf46ca176/docs/cookbook/autoregressive/Google/Gemma2.md";

// ---- Wave-13 predictors (the wave-13 rules above).

/// sglang.bench_serving at range ratio 1 (fixed lengths) against the R SGLang engine rule with no
/// --mem-fraction-static printed (0.85): a closed loop of r.batch clients over `prompts` prompts.
LoopResult sgl_pr_fixed(const Run& r, std::int64_t prompts) {
  return sgl_fixed_closed(r, 0.85, false, {prompts});
}

/// The mean prompt a vLLM benchmark_throughput row ran, from its printed total and output tok/s
/// with every output run to `out` tokens: out x (total - output) / output, to the nearest token.
std::int64_t realised_prompt(double total, double output, std::int64_t out) {
  return std::llround(static_cast<double>(out) * (total - output) / output);
}

/// vLLM benchmark_throughput on ROCm with --kv-cache-dtype fp8: the vLLM-ROCm rule with the
/// printed --gpu-memory-utilization and token budget, all r.batch prompts at once;
/// `v0_scheduler_steps` > 0: the V0 engine's host time at that --num-scheduler-steps
/// (v0_host_time). Shared by SI10-SI12 and TG16/TG17 (V0) and SJ01/SJ02 (V1).
double vllm_rocm_fp8kv_prompts(const Run& r, double gpu_memory_utilization,
                               std::int64_t token_budget, int v0_scheduler_steps = 0) {
  ServingOptions o = vllm_rocm(r);
  if (v0_scheduler_steps > 0) v0_host_time(o, v0_scheduler_steps);
  o.precision.kv_cache = Precision::fp8;
  o.params.runtime_reserve = 1.0 - gpu_memory_utilization;
  o.params.max_batched_tokens = token_budget;
  return vllm_rocm_all_prompts(r, o);
}

/// vLLM V0 on ROCm, benchmark_throughput of PR #17530 (--gpu_memory_utilization 0.95,
/// --kv-cache-dtype fp8, --max-model-len 32768 so chunked prefill off and a 32768-token budget,
/// graphs captured): the vLLM-ROCm rule with those flags, all r.batch prompts at once.
double vllm_v0_rocm_fp8kv_prompts(const Run& r) {
  return vllm_rocm_fp8kv_prompts(r, 0.95, 32768, 1);  // budget max(max_model_len, 2048)
}

constexpr const char* kSglPr6939 =
    "sgl-project/sglang PR #6939, Add triton fused moe kernel config for E=257 on B200, 'Before "
    "tuning' block (DeepSeek-V3-0324, TP8, triton attention backend), "
    "https://github.com/sgl-project/sglang/pull/6939";
constexpr const char* kSglPr6885 =
    "sgl-project/sglang PR #6885, Add H20 fused MoE kernel tuning configs for DeepSeek-R1/V3, "
    "'Result (without Moe config)' block (DeepSeek-V3-0324, TP8), "
    "https://github.com/sgl-project/sglang/pull/6885";
constexpr const char* kVllmPr17530 =
    "vllm-project/vllm PR #17530, [FEAT] [ROCm]: Add Qwen/Qwen3-30B-A3B-FP8 fused moe config for "
    "MI300X, benchmark_throughput table, 'Tuned Config' column, "
    "https://github.com/vllm-project/vllm/pull/17530";

// ---- Wave-14 predictors (the wave-14 rules above).

/// vLLM V1 benchmark_throughput of the ROCm dev-docker README (--kv-cache-dtype fp8
/// --gpu-memory-utilization 0.9 --max-num-batched-tokens 131072 --max-num-seqs N): all r.batch
/// prompts at once.
double vllm_rocm_readme_prompts(const Run& r) { return vllm_rocm_fp8kv_prompts(r, 0.9, 131072); }

/// The TensorRT-LLM tuning guide's engine on its 2048/2048 dataset: the S TensorRT-LLM rule with
/// the build's max batch and max num tokens, trtllm-bench's KV memory fraction 0.90, and the KV
/// cache precision the page states.
struct GuideBuild {
  Precision kv;
  std::int64_t max_batch, max_tokens;
};

ServingOptions trtllm_guide(const Setup& s, GuideBuild b) {
  ServingOptions o = trtllm_logged(s, b.max_batch, 0.90, b.max_tokens);
  o.precision.kv_cache = b.kv;
  return o;
}

/// trtllm-bench throughput (all 1000 requests at once): output tokens/s of the TP group.
double trtllm_guide_offline(const Setup& s, GuideBuild b) {
  return largest_batch_throughput(s, trtllm_guide(s, b));
}

/// trtllm-bench latency (batch size 1): one request at a time, 100 measured after 10 warm-up.
LoopResult trtllm_guide_latency(const Setup& s, GuideBuild b) {
  return loop_sim(*s.model, *s.hw, trtllm_guide(s, b), 1, {110, 10});
}

/// vLLM 0.4 benchmark_throughput with no flag but the lengths: the V0 defaults (reserve 0.10,
/// chunked prefill off so max(max_model_len, 2048) = 8192 tokens for Llama 3, max_num_seqs 256),
/// BF16 throughout, all r.batch prompts at once.
double vllm_v0_default_prompts(const Run& r) {
  ServingOptions o = vllm_rocm(r);  // the V0 engine defaults, the same on CUDA as on ROCm
  v0_host_time(o);
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_batched_tokens = 8192;
  o.params.max_num_seqs = 256;
  return vllm_rocm_all_prompts(r, o);
}

const HardwareNode& A6000 = Hardware::Workstation::RTXA6000;

constexpr const char* kRocmDevDocker =
    "AMD, vllm FP8 Latency and Throughput benchmarks with vLLM on the AMD Instinct MI300X "
    "accelerator (ROCm/vllm docs/dev-docker/README.md, vLLM v0.10.0), Throughput and Latency "
    "Measurements tables, https://github.com/ROCm/vllm/blob/"
    "040de12d45c16d6de6ad386cc57dd68b8c5b805e/docs/dev-docker/README.md";
constexpr const char* kTrtTuning =
    "NVIDIA, TensorRT-LLM performance tuning guide, Tuning Max Batch Size and Max Num Tokens "
    "(Llama-3.3-70B on 4x H100, trtllm-bench), https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "16d2467ea8e3b45d7d9555010c2ad018d006d5c1/docs/source/performance/"
    "tuning-max-batch-size-and-max-num-tokens.md";
constexpr const char* kTrtFp8Guide =
    "NVIDIA, TensorRT-LLM performance tuning guide, FP8 Quantization (Llama-3.3-70B on 4x H100, "
    "trtllm-bench), https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "8cc5c0b2a5bebb625622252a55c6fcd2d6c4a395/docs/source/performance/fp8-quantization.md";
constexpr const char* kVllm4702 =
    "vllm-project/vllm issue #4702, maintainer's comment of 2024-05-09 (benchmark_throughput, "
    "Meta-Llama-3-8B-Instruct 128/128 on one RTX A6000), "
    "https://github.com/vllm-project/vllm/issues/4702";

// ---- Wave-15 predictors (the wave-15 rules above).

/// An MXFP4 checkpoint's precisions (the wave-15 MXFP4 rule): FP4 weights, computing in FP4 where
/// the device has an FP4 matrix rate, else weight-only with BF16 compute; BF16 activations; KV
/// cache `kv`.
Precisions mxfp4_on(const HardwareNode& hw, Precision kv) {
  const Precision compute = hw.peak(Precision::fp4) ? Precision::fp4 : Precision::bf16;
  return {Precision::fp4, Precision::bf16, kv, compute};
}

/// GPUStack burst against vLLM V1 with an MXFP4 checkpoint: the Q16 vLLM V1 rule (KV cache BF16)
/// in a closed loop of r.batch clients over r.batch prompts (the wave-11 burst rule);
/// `token_budget` a printed --max-num-batched-tokens (default vLLM V1's 8192, serve_case()'s
/// default).
LoopResult vllm_mxfp4_burst(const Run& r, std::int64_t token_budget = 8192) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = mxfp4_on(*r.hw, Precision::bf16);
  gpt_oss_experts_only(o, *r.model);
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.max_batched_tokens = token_budget;
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {r.batch});
}

/// InferenceX gpt-oss FP4 on MI300X (vLLM v0.17.0: --gpu-memory-utilization 0.95, --block-size 64,
/// KV cache "auto"): the MXFP4 checkpoint in the range-0.8 closed loop over `prompts` prompts.
SimulationResult inferencex_vllm_mxfp4(const Run& r, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = mxfp4_on(*r.hw, Precision::bf16);
  gpt_oss_experts_only(o, *r.model);
  o.params.runtime_reserve = 1.0 - 0.95;  // --gpu-memory-utilization 0.95
  o.params.kv_block_tokens = 64;          // --block-size=64
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return range08_closed(r, o, prompts);
}

const Workload& GPTOSS = Models::Language::GPT_OSS_120B;

constexpr const char* kGpuStackGptOss =
    "GPUStack Performance Lab, Optimizing GPT-OSS-120B Throughput on NVIDIA H100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random 2K input, all prompts at once), "
    "https://github.com/gpustack/gpustack/blob/72aee9dd195ff5c9bf3a4886add80038ce79aef8/docs/"
    "performance-lab/gpt-oss-120b/h100.md";
constexpr const char* kIx1061 =
    "SemiAnalysisAI/InferenceX commit 509c9b6 / PR #1061, [AMD][MI300X] Expand GPT-OSS FP4 TP=1 "
    "concurrency from 64 to 256, 'Results (single MI300X, vllm v0.17.0, ISL/OSL=1024)', "
    "https://github.com/SemiAnalysisAI/InferenceX/commit/509c9b6bca929aab8de7af29611acded00a778d9";
constexpr const char* kIx1092 =
    "SemiAnalysisAI/InferenceX commit 5261b0a / PR #1092, [AMD][MI300X] Extend GPT-OSS FP4 TP=8 "
    "search to conc=1, 1k/1k random workload (range-ratio 0.8), https://github.com/SemiAnalysisAI/"
    "InferenceX/commit/5261b0a2d8697e4f9f16f701fa8c5bb5f02409cb";
constexpr const char* kAtomNightly =
    "ROCm/ATOM nightly benchmark dashboard, benchmark-dashboard/data.js (run 26302748704, ATOM "
    "main 4181e42, 1x MI355X), https://github.com/ROCm/ATOM/blob/"
    "a6a3d2045a51a8e0d016dbcd701a582d608a1724/benchmark-dashboard/data.js";
constexpr const char* kAtomNightlyR1 =
    "ROCm/ATOM nightly benchmark dashboard, benchmark-dashboard/data.js (run 24792553277, ATOM "
    "main f4478c5, 8x MI355X, runner atom-mi355-8gpu), https://github.com/ROCm/ATOM/blob/"
    "68505e23eaeb50e92a08346ba6033393bbbac6be/benchmark-dashboard/data.js";

// ---- Wave-16 predictors (the wave-16 rules above).

/// The output length a GPUStack row without --ignore-eos ran (the wave-16 early-stopping rule):
/// the nominal `out` unless the printed total `generated` over `prompts` requests is more than 2%
/// short of prompts x out, else the realised mean, rounded to a token.
std::int64_t gpustack_output(double generated, std::int64_t prompts, std::int64_t out) {
  const double nominal = static_cast<double>(prompts * out);
  return generated >= 0.98 * nominal ? out : std::llround(generated / static_cast<double>(prompts));
}

/// The vLLM recipes' DeepSeek-R1 server on MI300X (V1, --max-num-seqs 1024
/// --max-num-batched-tokens 32768 --block-size 1, no --gpu-memory-utilization or
/// --kv-cache-dtype): the Q16 vLLM V1 rule with those flags, the checkpoint's precision with a BF16
/// KV cache, in a closed loop of r.batch clients over `prompts` prompts.
LoopResult vllm_r1_recipe(const Run& r, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, r.precision};
  o.params.runtime_reserve = 1.0 - 0.9;            // vLLM's default --gpu-memory-utilization
  o.params.max_batched_tokens = 32768;             // --max-num-batched-tokens 32768
  o.params.max_num_seqs = 1024;                    // --max-num-seqs 1024
  o.params.kv_block_tokens = 1;                    // --block-size 1
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

/// TensorRT-LLM blog 9's low-latency gpt-oss run: trtllm-bench throughput at --max_batch_size 1
/// --concurrency 1 over 10 requests, --warmup 0, --kv_cache_free_gpu_mem_fraction 0.9: the S
/// TensorRT-LLM rule with those limits, the MXFP4 rule (experts only) and the S rule's FP8 KV
/// cache, one request at a time.
LoopResult trtllm_gpt_oss_batch1(const Setup& s) {
  ServingOptions o = trtllm_logged(s, 1, 0.90);
  o.precision = mxfp4_on(*s.hw, Precision::fp8);
  gpt_oss_experts_only(o, *s.model);
  return loop_sim(*s.model, *s.hw, o, 1, {10});
}

const Workload& GPTOSS20 = Models::Language::GPT_OSS_20B;
const Workload& Q3_14B = Models::Language::Qwen3_14B;

constexpr const char* kVllmR1Mi300x =
    "vLLM recipes, DeepSeek AMD GPU Installation and Benchmarking Guide (DeepSeek-R1 FP8 on 8x "
    "MI300X, rocm/vllm:latest, V1), Step 4 Serving Benchmark Result, https://github.com/"
    "vllm-project/recipes/blob/b7d325e027bfa796f217af9dc4c020361db1bc4f/DeepSeek/AMD_GPU/"
    "README.md";
constexpr const char* kGpuStackGptOss20 =
    "GPUStack Performance Lab, Optimizing GPT-OSS-20B Throughput on NVIDIA H100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random, all prompts at once, no --ignore-eos), "
    "https://github.com/gpustack/gpustack/blob/7b50d5067ddbdeba0739e7f72d6f40e53d3b9a04/docs/"
    "performance-lab/gpt-oss-20b/h100.md";
constexpr const char* kGpuStackQwen14 =
    "GPUStack Performance Lab, Optimizing Qwen3-14B Throughput on NVIDIA H100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random, all prompts at once), https://github.com/"
    "gpustack/gpustack/blob/7ae332aaf05783e657560ef927c527b156e2536d/docs/performance-lab/"
    "qwen3-14b/h100.md";
constexpr const char* kTrtBlog9 =
    "NVIDIA, Running a High Performance GPT-OSS-120B Inference Server with TensorRT LLM (tech blog "
    "9), 'Low-latency Use-Case', https://github.com/NVIDIA/TensorRT-LLM/blob/"
    "6dc94b061170d7e8ac05cce6c44f8a20309bb9d4/docs/source/blogs/tech_blog/"
    "blog09_Deploying_GPT_OSS_on_TRTLLM.md";

// ---- Wave-17 predictors (the wave-17 rules above).

/// The QServe README's rows (the wave-17 quantized-format rule): weights, activations, KV cache,
/// compute. TensorRT-LLM FP16; SmoothQuant W8A8 (FP16 cache: none stated, TensorRT-LLM's model
/// dtype); W4A16 weight-only; QServe's W4A8KV4.
const Precisions kTrtFp16{Precision::fp16, Precision::fp16, Precision::fp16, Precision::fp16};
const Precisions kTrtW8A8{Precision::int8, Precision::fp16, Precision::fp16, Precision::int8};
const Precisions kTrtW4A16{Precision::int4, Precision::fp16, Precision::fp16, Precision::fp16};
const Precisions kQServeW4A8KV4{Precision::int4, Precision::fp16, Precision::int4, Precision::int8};

/// The QServe README's TensorRT-LLM baselines (in-flight batching off, no batch published): the
/// Q19 rule, a static batch at the largest batch that fits under the S TensorRT-LLM limits, at
/// the row's precisions; the one GPU's output tokens/s.
double qserve_trtllm_static(const Run& r, const Precisions& p) {
  ServingOptions o = trtllm({r.model, r.hw, r.tp, r.tp, r.precision, r.in, r.out});
  o.precision = p;
  o.batching = Batching::static_batch;
  o.batch = std::max<std::int64_t>(1, serve_case(*r.model, *r.hw, o).max_concurrent);
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s");
}

/// QServe's offline benchmark (qserve_benchmark.py): a static batch of the published r.batch,
/// W4A8KV4, QServe's printed engine defaults (--max-num-seqs 256, --max-num-batched-tokens
/// 262144, 64-token pages); the one GPU's output tokens/s, predicted even where the batch does not
/// fit (the R01-R06 rule).
double qserve_static(const Run& r) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.batch = r.batch;
  o.precision = kQServeW4A8KV4;
  o.batching = Batching::static_batch;
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.max_batched_tokens = 262144;
  o.params.kv_block_tokens = 64;
  return serve_case(*r.model, *r.hw, o).output_throughput.in("tokens/s");
}

/// Mooncake's vLLM 1P1D run (the wave-17 PD rule): one prefill and one decode replica of the Q16
/// vLLM V1 engine (BF16 throughout, tp r.tp each) in the library's disaggregation model, a closed
/// loop of r.batch clients over `prompts` prompts at the fixed lengths.
SimulationResult vllm_pd_closed(const Run& r, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, r.precision};
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  sim.input = {LengthKind::fixed, static_cast<double>(r.in)};
  sim.output = {LengthKind::fixed, static_cast<double>(r.out)};
  sim.deployment = Deployment::disaggregated;
  sim.prefill_replicas = 1;
  sim.decode_replicas = 1;
  return simulate_case(*r.model, *r.hw, o, sim);
}

const HardwareNode& H800 = Hardware::Cloud::H800;

constexpr const char* kQServe =
    "MIT HAN Lab, QServe: W4A8KV4 Quantization and System Co-design for Efficient LLM Serving, "
    "README 'Efficiency Benchmarks' tables (arXiv:2405.04532), https://github.com/mit-han-lab/"
    "qserve/blob/de6a2ec6b5248ce71f3d738c6c41c45195b2fb4e/README.md";
constexpr const char* kMooncakeVllm =
    "Mooncake, vLLM PD Disaggregation Performance, 'Detailed Performance Data' (vLLM 0.11.2 V1 + "
    "MooncakeConnector, 1P1D on 16x H800), https://github.com/kvcache-ai/Mooncake/blob/"
    "3b5a594133958449a1feaf1c9e0fc1b553e34a28/docs/source/performance/vllm/"
    "vllm-v1-pd-performance.md";

// ---- Wave-18 predictors (the wave-18 rules above).

/// optimum-neuron's vLLM plugin (the wave-18 Neuron vLLM rule): continuous batching capped at the
/// compiled batch of 32, `token_budget` tokens per iteration (the compiled sequence length, or the
/// chunk size of chunked prefill), BF16 throughout, serve_case()'s other defaults; a closed loop of
/// r.batch guidellm users over `prompts` requests.
LoopResult neuron_vllm_closed(const Run& r, std::int64_t token_budget, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_num_seqs = 32;  // the compiled batch size
  o.params.max_batched_tokens = token_budget;
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

/// vLLM 0.6 `vllm serve` on ROCm with no tuning flag: the P08-P12 vLLM-ROCm rule at the
/// checkpoint's BF16, with the chunked prefill vLLM 0.6 enables for a context > 32K (V0's
/// 512-token budget); a closed loop of r.batch clients over `prompts` prompts.
LoopResult vllm_serve_rocm_bf16(const Run& r, std::int64_t prompts) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o);
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_batched_tokens = 512;  // chunked prefill on by default for max_model_len > 32K
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

/// The Gaudi-tutorials vLLM container (vllm-fork v0.7.2, V0): --max-model-len 4352 without
/// chunked prefill (token budget 4352), --block-size 128, BF16 throughout, vLLM's default
/// reserve 0.10, max-num-seqs at the KV pool (the clients); a closed loop of r.batch clients over
/// `prompts` prompts.
LoopResult gaudi_vllm_closed(const Run& r, std::int64_t prompts) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.runtime_reserve = 1.0 - 0.9;  // vLLM's default --gpu-memory-utilization
  o.params.max_batched_tokens = 4352;    // V0 without chunked prefill: max(max_model_len, 2048)
  o.params.kv_block_tokens = 128;        // --block-size 128
  o.params.max_num_seqs = r.batch;       // autocalc'd to the KV pool's capacity
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

const HardwareNode& INF2 = Hardware::Cloud::Inferentia2;

constexpr const char* kNeuronChunked =
    "Hugging Face optimum-neuron, benchmark/vllm/chunked-prefill (Llama 3.1 8B on inf2.48xlarge, "
    "TP8 = 4 Inferentia2 chips, batch 32, guidellm), std-ods.csv, https://github.com/huggingface/"
    "optimum-neuron/blob/213224e6aae42e570b88b3a5e6f2716112823469/benchmark/vllm/chunked-prefill/"
    "std-ods.csv";
constexpr const char* kNeuronChunkedHybrid =
    "Hugging Face optimum-neuron, benchmark/vllm/chunked-prefill (Llama 3.1 8B on inf2.48xlarge, "
    "TP8 = 4 Inferentia2 chips, batch 32, chunk 1024, guidellm), hybrid-ods.csv, "
    "https://github.com/huggingface/optimum-neuron/blob/213224e6aae42e570b88b3a5e6f2716112823469/"
    "benchmark/vllm/chunked-prefill/hybrid-ods.csv";
constexpr const char* kInf2Blog =
    "Hugging Face blog, Make your llama generation time fly with AWS Inferentia2, Benchmarks "
    "tables, 'Llama2 7B budget' (inf2.8xlarge), https://github.com/huggingface/blog/blob/"
    "11cb064baa0057038bcf75e0823fc867c1b9ac03/inferentia-llama2.md";
constexpr const char* kDstackVllm =
    "dstack, Benchmarking TGI vs vLLM on 8x MI300X with Llama 3.1 405B, vLLM short-sequence run "
    "(result_vllm_short.csv), https://github.com/dstackai/benchmarks/blob/"
    "ac24b9d12d571bc785ec86ab18e4ffbf34e68f08/amd/tgi_vs_vllm/vllm/data/result_vllm_short.csv";
constexpr const char* kGaudiVllm =
    "HabanaAI Gaudi-tutorials, vLLM model agnostic container (vllm-fork v0.7.2, Gaudi SW 1.21.1), "
    "step 8.1 perftest.sh results for Gaudi 3, https://github.com/HabanaAI/Gaudi-tutorials/blob/"
    "f6d9afcb72fddb68053a5723c6fb1473a4c4c569/PyTorch/vLLM_Tutorials/Deploying_vLLM/README.md";
constexpr const char* kGpuStackQwen14A100 =
    "GPUStack Performance Lab, Optimizing Qwen3-14B Throughput on NVIDIA A100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random 2K input, all prompts at once), "
    "https://github.com/gpustack/gpustack/blob/1f37f1b8bd79c6b424a0cb55c7abd08a5c2132dc/docs/"
    "performance-lab/qwen3-14b/a100.md";
constexpr const char* kGpuStackGptOss20A100 =
    "GPUStack Performance Lab, Optimizing GPT-OSS-20B Throughput on NVIDIA A100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random 2K input, all prompts at once, no --ignore-eos), "
    "https://github.com/gpustack/gpustack/blob/1f37f1b8bd79c6b424a0cb55c7abd08a5c2132dc/docs/"
    "performance-lab/gpt-oss-20b/a100.md";

// ---- Wave-19 predictors (the wave-19 rules above).

/// SGLang v0.4.1 serving DeepSeek-V3 with --enable-dp-attention (the wave-19 rule): one replica of
/// tp r.tp with attention data parallelism (dp_size = tp_size), reserve 1 - mem_fraction_static,
/// 8192 / 2 prefill tokens per DP rank (r.tp ranks), no cap on running requests but the KV pool
/// (max_num_seqs = the prompt count r.batch), FP8 weights and compute with a `kv` cache; `eager`:
/// --disable-cuda-graph (every iteration launched from the host).
ServingOptions sgl041_dp_attention(const Run& r, double mem_fraction_static, Precision kv,
                                   bool eager) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {r.precision, Precision::bf16, kv, r.precision};
  o.params.runtime_reserve = 1.0 - mem_fraction_static;
  o.params.max_batched_tokens = r.tp * (8192 / 2);  // chunked_prefill_size // 2 per DP rank
  o.params.max_num_seqs = r.batch;
  o.moe.attention_data_parallel = true;
  o.params.schedule = IterationSchedule::prefill_first;   // SGLang's scheduler (session-21 rule)
  o.params.kv_admission = KvAdmission::estimated_output;  // SGLang's (session-22 rule)
  o.params.eager_prefill = true;  // prompts launched from Python (session-64 rule)
  if (eager) o.params.cuda_graphs = false;
  return o;
}

/// sglang.bench_serving --request-rate `qps` over r.batch prompts of fixed r.in / r.out tokens
/// (random-range-ratio 1): the SG15-SG17 open loop against sgl041_dp_attention.
SimulationResult sgl041_poisson(const Run& r, double mem_fraction_static, Precision kv, bool eager,
                                double qps) {
  SimulationOptions sim;
  sim.qps = qps;
  sim.requests = r.batch;
  sim.input = {LengthKind::fixed, static_cast<double>(r.in)};
  sim.output = {LengthKind::fixed, static_cast<double>(r.out)};
  return simulate_case(*r.model, *r.hw, sgl041_dp_attention(r, mem_fraction_static, kv, eager),
                       sim);
}

/// DataCrunch's "FP8" table: --quantization fp8 --kv-cache-dtype fp8_e5m2, default memory fraction
/// (0.81 at TP8), CUDA graphs on; `prompts` prompts at `qps` req/s.
SimulationResult datacrunch_v3_fp8(double qps, std::int64_t prompts) {
  return sgl041_poisson({&DSV3, &H200, 8, Precision::fp8, 1024, 1024, prompts}, 0.81,
                        Precision::fp8, false, qps);
}

/// DataCrunch's "BF16" table: the same FP8 checkpoint, KV cache "auto" (BF16),
/// --mem-fraction-static 0.8, --disable-cuda-graph; `prompts` prompts at `qps` req/s.
SimulationResult datacrunch_v3_bf16_label(double qps, std::int64_t prompts) {
  return sgl041_poisson({&DSV3, &H200, 8, Precision::fp8, 1024, 1024, prompts}, 0.80,
                        Precision::bf16, true, qps);
}

constexpr const char* kDataCrunchV3Fp8 =
    "DataCrunch research, Large Language Model Hopper Architecture Benchmarking (DeepSeek V3 on "
    "8xH200, SGLang v0.4.1), section 2.2.1 FP8, Results table, https://github.com/"
    "datacrunch-research/blogs/blob/f5752e891796078935b9915b530a84ba92d84b90/"
    "deepseek-v3-h200-deployment/deepseek-v3-h200-deployment.md";
constexpr const char* kDataCrunchV3Bf16 =
    "DataCrunch research, Large Language Model Hopper Architecture Benchmarking (DeepSeek V3 on "
    "8xH200, SGLang v0.4.1), section 2.2.1 BF16 (the native FP8 checkpoint without "
    "--quantization), Results table, https://github.com/datacrunch-research/blogs/blob/"
    "f5752e891796078935b9915b530a84ba92d84b90/deepseek-v3-h200-deployment/"
    "deepseek-v3-h200-deployment.md";

// ---- Wave-20 predictors (the wave-20 rules above).

/// trtllm-bench throughput with every limit its report prints (max runtime batch `max_batch`,
/// max runtime tokens `max_tokens`, KV memory fraction `kv_fraction`; the P29/P30 rule): the
/// largest batch that fits, output tokens/s of all replicas.
double trtllm_bench_report(const Setup& s, std::int64_t max_batch, std::int64_t max_tokens,
                           double kv_fraction) {
  return largest_batch_throughput(s, trtllm_logged(s, max_batch, kv_fraction, max_tokens));
}

/// vLLM benchmark_latency at the checkpoint's BF16 (the wave-20 rule for the nightly latency
/// tests): the P08-P10 engine (vllm_rocm: V0's defaults) with BF16 weights, activations, compute
/// and KV cache, one static batch of r.batch prompts; its end-to-end latency in ms. Since session
/// 63 with V0's host time per iteration (v0_host_time): the builds are dated to late October 2024
/// (see the SR13-SR15 rule), when the V0 engine was vLLM's only default.
double vllm_batch_latency_bf16_ms(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o);
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.batching = Batching::static_batch;
  return serve_case(*r.model, *r.hw, o).request_latency.in("ms");
}

const HardwareNode& GB200 = Hardware::Cloud::GB200;

constexpr const char* kGpuStackGptOssA100 =
    "GPUStack Performance Lab, Optimizing GPT-OSS-120B Throughput on NVIDIA A100 GPUs, 'Other "
    "Benchmark Cases' (vllm bench serve, random, all prompts at once, no --ignore-eos), "
    "https://github.com/gpustack/gpustack/blob/47277d79f4a5bae12a2d25e9ecbed2a2177a5f2d/docs/"
    "performance-lab/gpt-oss-120b/a100.md";
constexpr const char* kTrt7104 =
    "NVIDIA/TensorRT-LLM PR #7104, [None][perf] Disable Swap AB when num tokens exceeds N "
    "dimension, description 'Perf benefits' > 'Optimized:' trtllm-bench report (GB200 DeepSeek "
    "4GPUs, TensorRT-LLM 1.1.0rc1), https://github.com/NVIDIA/TensorRT-LLM/pull/7104";
constexpr const char* kVllmNightly =
    "vLLM CI 'Performance Benchmark' build #9515, Latency tests table (input 32, output 128, "
    "batch fixed 8, H200), https://buildkite.com/vllm/performance-benchmark/builds/9515";

// ---- Wave-22 predictors (the wave-22 rules above).

/// vLLM V1 benchmark_throughput with no flag but the lengths (ST11, vLLM PR #12655's hybrid
/// allocator branch): the Q16 vLLM V1 rule (reserve 0.10, token budget 8192, block 16,
/// max_num_seqs max(256, r.batch)) at the BF16 checkpoint's precision throughout, windowed layers
/// keeping only their window's pages when `windowed_kv_pages`; all r.batch prompts at once (the
/// SJ01/SJ02 rule): one static batch when they fit, else the offline steady state. Output tok/s.
double vllm_v1_bf16_all_prompts(const Run& r, bool windowed_kv_pages) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.max_num_seqs = std::max<std::int64_t>(256, r.batch);
  o.params.windowed_kv_pages = windowed_kv_pages;
  return vllm_rocm_all_prompts(r, o);
}

/// sglang.bench_serving at range ratio 1 (fixed lengths) against `sglang.launch_server --model
/// openai/gpt-oss-20b --tp 1` (ST13, ST14): the R SGLang rule as sgl_pr_fixed (reserve 0.15, token
/// budget 8192, max_num_seqs = the clients, KV cache BF16) with the MXFP4 experts-only precisions,
/// the session-10 closed loop of r.batch clients over `prompts` prompts, no warm-up.
/// Wave 49 (TU01): `mem_fraction_static` as printed, and `dp_attention` for `--tp N --ep N --dp N
/// --enable-dp-attention` (the wave-15 rule: attention data-parallel, experts expert-parallel).
SimulationResult sgl_gpt_oss_closed(const Run& r, std::int64_t prompts,
                                    double mem_fraction_static = 0.85, bool dp_attention = false) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.precision = mxfp4_on(*r.hw, Precision::bf16);
  gpt_oss_experts_only(o, *r.model);
  o.params.runtime_reserve = 1.0 - mem_fraction_static;
  o.moe.attention_data_parallel = dp_attention;
  o.moe.expert_parallel = dp_attention;
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  sim.input = {LengthKind::fixed, static_cast<double>(r.in)};
  sim.output = {LengthKind::fixed, static_cast<double>(r.out)};
  return simulate_case(*r.model, *r.hw, o, sim);
}

constexpr const char* kVllmPr12655 =
    "vllm-project/vllm PR #12655, [WIP] Hybrid allocator for full attention & sliding window "
    "attention interleaved models, description 'Benchmark results', 'This PR "
    "(68fe2db3c28deb837481135ef92793d54f0fd85c)' (VLLM_USE_V1=1 benchmark_throughput.py, "
    "gemma-2-27b-it 6144/1024, 50 prompts, 'performed on H100'), "
    "https://github.com/vllm-project/vllm/pull/12655";
/// ST13 / ST14's caveat: the client's latencies include the web URL's network and proxy time.
constexpr const char* kModalNetwork =
    "the client reaches the server over Modal's web URL: network and proxy time is in the source's "
    "latencies, not in the model's (the SO09/SO10 rule; the source does not bound its size)";
constexpr const char* kAchatbot183 =
    "ai-bot-pro/achatbot PR #183, comment of 2025-08-10 (SGLang 3817a37d launch_server "
    "openai/gpt-oss-20b --tp 1 on a Modal H100; sglang.bench_serving --backend sglang-oai random "
    "512/1024 --random-range-ratio 1 over the Modal web URL), "
    "https://github.com/ai-bot-pro/achatbot/pull/183";

// ---- Wave-24 predictors (the wave-24 rules above).

/// sglang.bench_serving's random dataset at the default range ratio 0 (input uniform on [1, r.in],
/// output on [1, r.out]) in a closed loop of r.batch clients over `prompts` prompts, against one
/// replica of the R SGLang engine rule with the printed --mem-fraction-static (SV03: the SI06 rule
/// at the printed 0.9).
SimulationResult sgl_random_closed_mem(const Run& r, double mem_fraction_static,
                                       std::int64_t prompts) {
  SimulationOptions sim;
  sim.concurrency = r.batch;
  sim.requests = prompts;
  return sgl_random_load(r, mem_fraction_static, sim);
}

constexpr const char* kSglPr7631 =
    "sgl-project/sglang PR #7631, Add H20 fused MoE kernel configs for Dpsk & Qwen3, section "
    "'DeepSeek-V3', 'Result (with Moe config)' block (DeepSeek-V3-0324, --tp 8 "
    "--mem-fraction-static 0.9, random 1024/512, max concurrency 8, 200 prompts), "
    "https://github.com/sgl-project/sglang/pull/7631";
constexpr const char* kVllmPr23151 =
    "vllm-project/vllm PR #23151, Add tuned fused_moe configs for Qwen3-30B-A3B, description 'WO "
    "tuned configs (TP=1, EP=1, on H100)' block (vllm serve Qwen/Qwen3-30B-A3B; benchmark_serving "
    "random 2048/1024, max concurrency 10, 100 prompts), "
    "https://github.com/vllm-project/vllm/pull/23151";
/// SV03c's caveat: bench_serving's mean ITL is token-weighted, the model's mean TPOT per request.
constexpr const char* kSglMeanItl =
    "mean ITL compared as the mean TPOT (the S online / SK06 reading); bench_serving pools every "
    "gap (token-weighted), tpot.mean averages each request's mean, and the outputs vary (1-512)";

// ---- Wave-25 predictors (the wave-25 rules above).

/// sglang.bench_one_batch (SW06, UE01): one static batch of r.batch prompts prefilled in one pass
/// and decoded together, the R SGLang engine rule at the printed TP with the given
/// --mem-fraction-static (the v0.4 line's default 0.81 at TP8); its ttft is the whole batch's
/// prefill ("Prefill. latency"), its tpot one decode step ("Decode. median latency" at batch 1).
ServingResult sgl_one_batch(const Run& r, double mem_fraction_static) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.params.runtime_reserve = 1.0 - mem_fraction_static;
  o.batching = Batching::static_batch;
  return serve_case(*r.model, *r.hw, o);
}

constexpr const char* kVllmPr28992 =
    "vllm-project/vllm PR #28992, [Kernels] Improve H200 Fused MoE Config, description: justfile "
    "(vllm serve deepseek-ai/DeepSeek-V3.1 -tp 8; vllm bench serve random 2/100 --ignore-eos, max "
    "concurrency 16, 160 prompts) and the 'before (batch 16)' block, "
    "https://github.com/vllm-project/vllm/pull/28992";
constexpr const char* kSglPr2601 =
    "sgl-project/sglang PR #2601, [Feature, Hardware] Enable DeepseekV3 on AMD GPUs, description "
    "'Support DeepseekV3 on AMD Instinct MI300X GPU', 'offline' block (sglang.bench_one_batch "
    "--batch-size 32 --input 128 --output 32 --tp 8, DeepSeek-V3-Base), "
    "https://github.com/sgl-project/sglang/pull/2601";

// ---- Wave-26 sources (SX15 is the wave-18 predictor vllm_serve_rocm_bf16, the SP09 rule).

constexpr const char* kLhlMi300x405b =
    "lhl, MI300X Testing (llm-tracker.info working notes), section '2024-10-09 dstack vLLM "
    "benchmarks Llama 3 405B', the author's vLLM 0.6.3.dev114 run, '# bs=64' block (vllm serve "
    "--tensor-parallel-size=8; benchmark_serving sonnet 550/150 defaults, 64 prompts at once), "
    "https://github.com/AUGMXNT/llm-tracker.info-vault/blob/"
    "87b8a326141d6e57d3a2084340520befa7851c77/MI300X%20Testing.md";
// ---- Wave-27 sources (SY06-SY09 are the wave-8 predictor sgl_random_closed).

constexpr const char* kSglMinistral3 =
    "sgl-project/sgl-cookbook, Ministral-3 recipe, 5.1 Speed Benchmark, AMD (MI300X, TP1, SGLang "
    "0.5.7, sglang.bench_serving random 1000/1000; Low / Medium / High Concurrency blocks), "
    "https://github.com/sgl-project/sgl-cookbook/blob/7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/"
    "docs/autoregressive/Mistral/Ministral-3.md";
constexpr const char* kSglErnie45 =
    "sgl-project/sgl-cookbook, Ernie4.5 recipe, 5.1.1.3 High Concurrency (1x MI300X, TP1, SGLang "
    "0.5.7, sglang.bench_serving random 1000/1000, 500 prompts at 100), "
    "https://github.com/sgl-project/sgl-cookbook/blob/7b5bd9c05e3d86da5161ac2be9b91c19a34bf49d/"
    "docs/autoregressive/Ernie/Ernie4.5.md";
const Workload& MIN3_14B = Models::Language::Ministral3_14B;
const Workload& ERNIE45 = Models::Language::ERNIE4_5_21B_A3B;

// ---- Wave-28 sources (SZ01 is the wave-18 predictor sgl_burst).

constexpr const char* kSglIssue1857 =
    "sgl-project/sglang issue #1857, TP8 scheduling overhead is very high for small model, "
    "HaiShaw's 'With (v0.3.6+)' block (launch_server amd/Meta-Llama-3.1-8B-Instruct-FP8-KV "
    "--tp-size 8 --quant fp8) with the client command and totals of hliuca's opening comment "
    "(mi300x; bench_serving random 128/128, 4000 prompts at once), "
    "https://github.com/sgl-project/sglang/issues/1857";

// ---- Wave-29 predictors and source (the wave-29 rules above).

/// sglang.bench_serving at a Poisson rate over `prompts` fixed-length requests against SGLang
/// 0.4.5 (the R SGLang rule with the logged chunk and running-request cap, reserve 1 - 0.81).
/// Poisson arrivals at `qps` of `prompts` requests of r.in / r.out tokens.
SimulationOptions fixed_poisson(const Run& r, double qps, std::int64_t prompts) {
  SimulationOptions sim;
  sim.qps = qps;
  sim.requests = prompts;
  sim.input = {LengthKind::fixed, static_cast<double>(r.in)};
  sim.output = {LengthKind::fixed, static_cast<double>(r.out)};
  return sim;
}
/// SGLang v0.4's default --mem-fraction-static for a TP size (server_args.py).
double sgl04_mem_fraction(std::int64_t tp) {
  return tp >= 16 ? 0.79 : tp >= 8 ? 0.81 : tp >= 4 ? 0.85 : tp >= 2 ? 0.87 : 0.88;
}
/// Wave 50 (TV05-TV08): `expert_parallel` for `--expert-parallel-size 8`; wave 51: the default
/// memory fraction for r.tp (0.81 at the TP8 of waves 29-30).
SimulationResult sgl045_fixed_poisson(const Run& r, double qps, std::int64_t prompts,
                                      bool expert_parallel = false) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.params.runtime_reserve = 1.0 - sgl04_mem_fraction(r.tp);
  o.params.max_num_seqs = 2049;
  o.moe.expert_parallel = expert_parallel;
  return simulate_case(*r.model, *r.hw, o, fixed_poisson(r, qps, prompts));
}
/// The same load against vLLM V1 with serve_case()'s defaults (the Q16 rule).
SimulationResult vllm_v1_fixed_poisson(const Run& r, double qps, std::int64_t prompts,
                                       bool expert_parallel = false) {
  ServingOptions o;
  o.tp = r.tp;
  o.precision = {r.precision, Precision::bf16, Precision::bf16, r.precision};
  o.moe.expert_parallel = expert_parallel;         // wave 30: --enable-expert-parallel
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return simulate_case(*r.model, *r.hw, o, fixed_poisson(r, qps, prompts));
}
constexpr const char* kLlmIeSgl =
    "Michaelvll/llm-ie-benchmarks, 'Benchmark from SGLang', DeepSeek-R1 on 8x NVIDIA H200, "
    "SGLang 0.4.5.post3 log (retry 3), https://github.com/Michaelvll/llm-ie-benchmarks/blob/"
    "5f717fed82f9bbf1d15881842bd61b1915d78b1e/sgl/logs/sgl-0.4.5.post3-deepseek-r1.log";
constexpr const char* kLlmIeVllm =
    "Michaelvll/llm-ie-benchmarks, 'Benchmark from SGLang', DeepSeek-R1 on 8x NVIDIA H200, vLLM "
    "0.8.4 (V1) log (retry 3), https://github.com/Michaelvll/llm-ie-benchmarks/blob/"
    "5f717fed82f9bbf1d15881842bd61b1915d78b1e/sgl/logs/vllm-deepseek-r1.log";

// ---- Wave-30 predictor and sources (the wave-30 rules above).

/// SGLang 0.4.5 with DP attention (the SQ rule, reserve 1 - 0.81) under the wave-29 load;
/// r.batch = the prompt count (SGLang caps running requests only by the pool).
SimulationResult sgl045_dp_fixed_poisson(const Run& r, double qps, std::int64_t prompts) {
  return simulate_case(*r.model, *r.hw, sgl041_dp_attention(r, 0.81, Precision::bf16, false),
                       fixed_poisson(r, qps, prompts));
}
constexpr const char* kLlmIeSglPost2 =
    "Michaelvll/llm-ie-benchmarks, DeepSeek-R1 on 8x NVIDIA H200, SGLang 0.4.5.post2 logs (retry "
    "3), https://github.com/Michaelvll/llm-ie-benchmarks/blob/"
    "5f717fed82f9bbf1d15881842bd61b1915d78b1e/sgl/logs/";
constexpr const char* kLlmIeVllmLogs =
    "Michaelvll/llm-ie-benchmarks, DeepSeek-R1 on 8x NVIDIA H200, vllm/logs sweep (vLLM 0.8.4; "
    "SGLang 0.4.5.post1 --enable-dp-attention --dp-size 8), https://github.com/Michaelvll/"
    "llm-ie-benchmarks/blob/5f717fed82f9bbf1d15881842bd61b1915d78b1e/vllm/logs/";
constexpr const char* kVllmBenchNebius =
    "simon-mo/vLLM-Benchmark, saved-results/v0.8.4/deepseek-r1/nebius-h200/2025-04-18 (tag "
    "2025-04-19; Justfile recipes, README 'Flags'), https://github.com/simon-mo/vLLM-Benchmark";
constexpr const char* kVllmBenchDgx =
    "simon-mo/vLLM-Benchmark, saved-results/v0.8.4/deepseek-r1/h200/2025-04-18 (DGX H200; tag "
    "2025-04-19; Justfile recipes, README 'Flags'), https://github.com/simon-mo/vLLM-Benchmark";

// ---- Wave-31 predictor and source (the wave-31 rules above).

/// vLLM 0.10.1.1 V1 on r.hw at `gpu_memory_utilization` (token budget 2048 and 256 sequences,
/// its A100 defaults; BF16; on-demand KV pages): a burst of r.batch prompts of r.in / r.out
/// tokens, the session-10 burst rule (a closed loop of r.batch clients over r.batch prompts).
/// vLLM V1's defaults on a device whose name holds "A100" (EngineArgs._set_default_args_v1: token
/// budget 2048 and 256 sequences, against 8192 / 1024 on other GPUs of 70 GiB or more): the
/// wave-31 rule, applied by device name as vLLM applies it; other devices keep `o` as it is.
void vllm_v1_a100_defaults(ServingOptions& o, const HardwareNode& hw) {
  if (hw.info.name.find("A100") == std::string_view::npos) return;
  o.params.max_batched_tokens = 2048;
  o.params.max_num_seqs = 256;
}
LoopResult vllm0101_a100_burst(const Run& r, double gpu_memory_utilization) {
  ServingOptions o;
  o.tp = r.tp;
  o.input_tokens = r.in;
  o.output_tokens = r.out;
  o.precision = {Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  o.params.runtime_reserve = 1.0 - gpu_memory_utilization;
  vllm_v1_a100_defaults(o, *r.hw);
  o.params.kv_admission = KvAdmission::on_demand;  // vLLM's page allocator (session-22 rule)
  return loop_sim(*r.model, *r.hw, o, r.batch, {r.batch});
}
constexpr const char* kDennisLeeVllm =
    "dennislee22/vLLM-benchmarking README at b474d1e, tests 4 and 5 (one A100 80GB pod, vLLM "
    "0.10.1.1, startup logs log/vllm-7B-1gpuA10080GB-0.25GRAM.log and -0.5GRAM.log), "
    "https://github.com/dennislee22/vLLM-benchmarking/blob/"
    "b474d1e053c35c9aef8c02aae4efbc0d8675f033/README.md";

constexpr const char* kTrt120 =
    "NVIDIA, TensorRT-LLM 1.2.0 Performance Overview (developer-guide/perf-overview), output "
    "throughput per GPU tables, https://nvidia.github.io/TensorRT-LLM/1.2.0/developer-guide/"
    "perf-overview.html";
constexpr const char* kTrt021 =
    "NVIDIA, TensorRT-LLM Performance Overview (v0.21 data; performance/perf-overview), total "
    "output throughput tables, "
    "https://nvidia.github.io/TensorRT-LLM/performance/perf-overview.html";
constexpr const char* kTrt020 =
    "NVIDIA, TensorRT-LLM 0.20.0 Performance Overview (performance/perf-overview), total output "
    "throughput tables, "
    "https://nvidia.github.io/TensorRT-LLM/0.20.0/performance/perf-overview.html";
constexpr const char* kTrt019 =
    "NVIDIA, TensorRT-LLM 0.19.0 Performance Overview (performance/perf-overview), total output "
    "throughput tables, "
    "https://nvidia.github.io/TensorRT-LLM/0.19.0/performance/perf-overview.html";
constexpr const char* kSimoMoV081 =
    "simon-mo/vLLM-Benchmark, saved-results/v0.8.1/h200 (deepseek-r1/ and llama-8b/ sgl-*.json at "
    "50f0e9e; Justfile _serve-sgl, sglang 0.4.4.post1), https://github.com/simon-mo/vLLM-Benchmark/"
    "tree/50f0e9eee8ad33416f85ed882230721d0fb009f0/saved-results/v0.8.1/h200";
constexpr const char* kSimoMoApr16 =
    "simon-mo/vLLM-Benchmark, saved-results/v0.8.4/deepseek-r1/h200/2025-04-16 (tag 2025-04-16, "
    "125389c; sgl-*.json, Justfile _serve-sgl, README 'Flags'), https://github.com/simon-mo/"
    "vLLM-Benchmark/tree/125389cf3e6f1dc63506f5f754e1d007feaa83b7/saved-results/v0.8.4/"
    "deepseek-r1/h200/2025-04-16";
constexpr const char* kSglPr9359 =
    "sgl-project/sglang pull request #9359 ('Support DP attention with GPT-OSS'), description: "
    "'Tested on 4x B200 with DP4 Attn + EP4 MoE', launch_server and bench_serving commands and "
    "the Serving Benchmark Result block, https://github.com/sgl-project/sglang/pull/9359";
constexpr const char* kRocmBlogReasoning =
    "ROCm Blogs, 'Benchmarking Reasoning Models: From Tokens to Answers' (2025), vllm serve and "
    "benchmark_serving commands and table 'Summary of Benchmarks', row 'Basic continuation', "
    "https://github.com/ROCm/rocm-blogs/blob/153d45440d3730fb12b4b9bd85f2d759baa83493/blogs/"
    "artificial-intelligence/benchmark-reasoning-models/README.md";
constexpr const char* kVllmPr25398 =
    "vllm-project/vllm pull request #25398 ('[Perf] Add H100 fused MoE config'), 'Test "
    "Configuration' commands and the 'Before' column of 'Performance Comparison' "
    "(Qwen3-30B-A3B-FP8 "
    "on 2x H100 PCIe), https://github.com/vllm-project/vllm/pull/25398";
constexpr const char* kSglPr12343 =
    "sgl-project/sglang pull request #12343 ('Triton fused_moe_kernel support ep moe tuning'), "
    "launch_server and bench_serving commands and the 'main branch' Serving Benchmark Result "
    "(Qwen3-30B-A3B-FP8, TP4 EP4, NVIDIA_H200 config path), "
    "https://github.com/sgl-project/sglang/pull/12343";
constexpr const char* kSglPr11157 =
    "sgl-project/sglang pull request #11157 ('perf: cache kernel launch of static w8a8 quant'), "
    "'before' block: amd/Llama-3.1-8B-Instruct-FP8-KV on one MI355X, "
    "https://github.com/sgl-project/sglang/pull/11157";

// ---- Wave-59 sources and predictors (the wave-59 rules above).

constexpr const char* kDataCrunchR1 =
    "DataCrunch research blog, Deploying DeepSeek-R1 671B on 8xH200, 'Benchmarking DeepSeek R1' "
    "step 4 (sglang.bench_one_batch --batch-size 1 --input 128 --output 256 --tp 8 "
    "--enable-torch-compile; the block after the warm-up), https://github.com/datacrunch-research/"
    "blogs/blob/f5752e891796078935b9915b530a84ba92d84b90/deepseek-r1-deployment/"
    "deepseek-r1-deployment.md";
constexpr const char* kLmsysGptOss =
    "LMSYS blog, SGLang for gpt-oss: From Day 0 Support to Enhanced Performance (2025-08-27), "
    "table "
    "'Low-Latency Performance (Batch Size = 1)', https://lmsys.org/blog/2025-08-27-gpt-oss "
    "(markdown: https://github.com/lm-sys/lm-sys.github.io/blob/"
    "dbd47f49bac0d5a080e2a6647c42ddb1b0fb4122/blog/2025-08-27-gpt-oss.md); commands: "
    "https://github.com/sgl-project/sglang/blob/1dc322ca15c48c959c2a84a9fc6421897973789a/benchmark/"
    "gpt_oss/README.md";
constexpr const char* kVllmRecipeMinistral3 =
    "vllm-project/recipes, models/mistralai/Ministral-3-14B-Instruct-2512.yaml at 63b7dda (PR "
    "#476), "
    "'Benchmarking (MI300X verification)', the 14B vllm bench serve output (TP=1, MI300X), "
    "https://github.com/vllm-project/recipes/blob/63b7dda75a2518f1e076f3f73b5b64fc1dc0069a/models/"
    "mistralai/Ministral-3-14B-Instruct-2512.yaml";
constexpr const char* kRocmDevDocker091 =
    "AMD, vllm FP8 Latency and Throughput benchmarks with vLLM on the AMD Instinct MI300X "
    "accelerator (ROCm/vllm docs/dev-docker/README.md at 5486e7b, the 20250620_aiter release: "
    "ROCm 6.4.1, vLLM 0.9.1), Latency Measurements table, https://github.com/ROCm/vllm/blob/"
    "5486e7bc8523be0324ccd68f221959445b56cc2a/docs/dev-docker/README.md";

/// llm-benchmaq (UH01-UH22): vLLM V1 with its server defaults (the Q16 rule, KV cache BF16),
/// gpt-oss's MXFP4 checkpoint by the experts-only rule, on `replicas` data-parallel engines of r.tp
/// GPUs each (each arrival to the least-loaded engine), a closed loop of r.batch clients over
/// `prompts` prompts.
LoopResult vllm_default_dp_closed(const Run& r, std::int64_t replicas, std::int64_t prompts) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  if (r.precision == Precision::fp4) {
    o.precision = mxfp4_on(*r.hw, Precision::bf16);
    gpt_oss_experts_only(o, *r.model);
  }
  SimulationOptions sim;
  sim.replicas = replicas;
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts}, sim);
}

// ---- Wave-64 and wave-65 predictors and sources (the rules above).

/// cssnoeasy (UJ01, UJ03-UJ05): vLLM 0.19 V1 on an A100 with its A100 defaults (token budget 2048,
/// 256 sequences: the wave-31 rule) at `gpu_memory_utilization`, KV cache at `kv`, every iteration
/// launched eagerly when `eager` (--enforce-eager); an AWQ checkpoint (r.precision int4) by the
/// J23 rule: 4-bit weights, FP16 activations and compute.
LoopResult cssnoeasy_vllm(const Run& r, Precision kv, double gpu_memory_utilization, bool eager,
                          std::int64_t prompts) {
  ServingOptions o = vllm_v1_options(r, kv);
  if (r.precision == Precision::int4)
    o.precision = {Precision::int4, Precision::fp16, kv, Precision::fp16};
  o.params.runtime_reserve = 1.0 - gpu_memory_utilization;
  vllm_v1_a100_defaults(o, *r.hw);
  if (eager) o.params.cuda_graphs = false;
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}
constexpr const char* kUJ01Src =
    "cssnoeasy/a100-vllm-benchmark-blog, docs/reports/a100-tp1-vs-tp2-formal-baseline.md at "
    "e4226b0, per-run table row tp1-short_short_low-r1 (vLLM 0.19.0, Qwen2.5-7B-Instruct FP16 on "
    "one A100 80GB PCIe, random 512/256, max-concurrency 8, 100 prompts), "
    "https://github.com/cssnoeasy/a100-vllm-benchmark-blog/blob/"
    "e4226b0fa0762a9c8d9ac4e8c1b9e8f2f53a3cc5/docs/reports/a100-tp1-vs-tp2-formal-baseline.md";
constexpr const char* kUJ03Src =
    "cssnoeasy/a100-vllm-benchmark-blog, docs/reports/a100-quantization-capacity.md at e4226b0, "
    "'2048x512' closed-loop table, row c=4 (vLLM 0.19.0 eager, Qwen3-32B BF16 / FP8 KV / official "
    "AWQ on one A100 80GB PCIe, 16 prompts), https://github.com/cssnoeasy/a100-vllm-benchmark-blog/"
    "blob/e4226b0fa0762a9c8d9ac4e8c1b9e8f2f53a3cc5/docs/reports/a100-quantization-capacity.md";

/// vLLM PR #13747 (UK01-UK02): benchmark_throughput on the V0 engine of early 2025 with MLA, so
/// chunked prefill off and a token budget of max_model_len (163,840), the V0 defaults otherwise
/// (vllm_rocm: reserve 0.10, 256 sequences, FP8 weights and compute, KV cache BF16); all r.batch
/// prompts at once. Output tokens/s.
double vllm_v0_mla_prompts(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o);
  o.params.max_batched_tokens = 163840;
  return vllm_rocm_all_prompts(r, o);
}
constexpr const char* kUKSrc =
    "vLLM pull request #13747 ('[Kernel] FlashMLA integration'), comment of 2025-02-25 headed "
    "'8xH200': benchmark_throughput.py DeepSeek-R1 -tp 8, 3000/1000, 100 prompts, TRITON_MLA and "
    "FLASHMLA, https://github.com/vllm-project/vllm/pull/13747";

/// llm-d-benchmark exp-7 (UL01-UL08): `prompts` evenly spaced arrivals at `rate` requests/s of
/// r.in / r.out tokens (the wave-66 reading of --burstiness 100 / 50).
std::vector<TraceRequest> even_arrivals(const Run& r, double rate, std::int64_t prompts) {
  std::vector<TraceRequest> t(static_cast<std::size_t>(prompts));
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = {static_cast<double>(i) / rate, r.in, r.out};
  return t;
}
/// The wave-66 engines: vLLM V1 (the Q16 rule, the wave-31 A100 defaults on an A100) on
/// `replicas` TP1 replicas, or, with `prefill_replicas` > 0, llm-d's split of that many prefill
/// replicas and one decode replica, both eager; evenly spaced arrivals.
SimulationResult llmd_exp7(const Run& r, double rate, std::int64_t prompts, std::int64_t replicas,
                           std::int64_t prefill_replicas) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  vllm_v1_a100_defaults(o, *r.hw);
  const std::vector<TraceRequest> trace = even_arrivals(r, rate, prompts);
  SimulationOptions sim;
  sim.trace = trace;
  if (prefill_replicas > 0) {
    o.params.cuda_graphs = false;  // --enforce-eager on both roles
    sim.deployment = Deployment::disaggregated;
    sim.prefill_replicas = prefill_replicas;
    sim.decode_replicas = 1;
  } else {
    sim.replicas = replicas;
    sim.routing = Routing::random;  // the cluster Service: a backend at random per request
  }
  return simulate_case(*r.model, *r.hw, o, sim);
}
constexpr const char* kULSrc =
    "llm-d/llm-d-benchmark at 7711565, collected/data/openshift/exp-7 (benchmark_serving.py "
    "results: Llama-3.1-8B-Instruct on H100 / A100, vLLM replicas and llm-d P/D, random 8000/200 "
    "and 10000/100 --ignore-eos, open loop) with collected/yamls/exp-7, https://github.com/llm-d/"
    "llm-d-benchmark/tree/77115656e747ec8a8b181205f81a289a0a823728/collected/data/openshift/exp-7";

/// infbench (UN01): vLLM 0.11.1 V1 on a TPU v4-8 with its defaults for a device under 70 GiB
/// (token budget 2048, 256 sequences: EngineArgs._set_default_args), reserve 0.10, BF16
/// throughout, on-demand KV pages; all r.batch prompts at once (the wave-11 burst rule).
SimulationResult infbench_vllm_tpu_v4(const Run& r) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  o.params.max_batched_tokens = 2048;
  o.params.max_num_seqs = 256;
  return loop_simulation(*r.model, *r.hw, o, r.batch, {r.batch});
}
const HardwareNode& TPU4 = Hardware::Cloud::TPUv4;
constexpr const char* kUNSrc =
    "AlienKevin/infbench README at 529b3a8, 'Benchmark results on v4-8' / 'vLLM' (vllm/vllm-tpu:"
    "v0.11.1, meta-llama/Llama-3.1-8B TP4, random 1024/1024 ignore_eos, 1000 prompts at once, "
    "non-streaming; servers/vllm_server.sh and vllm_bench.py of the same commit), "
    "https://github.com/AlienKevin/infbench/blob/529b3a8b945de3af492090c811cb20b312eaef25/"
    "README.md";

constexpr const char* kUH01Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-8B on 8 x H100, TP8/DP1, random "
    "128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-8B/"
    "benchmaq-h100x8-sxm-perf_qwen3_8b_TP8_DP1_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH02Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-8B on 8 x H100, TP4/DP2, random "
    "128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-8B/"
    "benchmaq-h100x8-sxm-perf_qwen3_8b_TP4_DP2_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH03Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-14B on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-14B/"
    "benchmaq-h100x8-sxm-perf_qwen3_14b_TP8_DP1_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH04Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-14B on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-14B/"
    "benchmaq-h100x8-sxm-perf_qwen3_14b_TP4_DP2_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH05Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Llama 3.1 70B on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Llama-3.1-70B/"
    "benchmaq-h100x8-llama70b_llama31_70b_TP8_DP1_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH06Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Llama 3.1 70B on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 100, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Llama-3.1-70B/"
    "benchmaq-h100x8-llama70b_llama31_70b_TP4_DP2_in128_out128_p1000_c100_b3266b.json";
constexpr const char* kUH07Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-8B on 8 x H100, TP8/DP1, random "
    "128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-8B/"
    "qwen3_8b_TP8_DP1_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH08Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-8B on 8 x H100, TP4/DP2, random "
    "128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-8B/"
    "qwen3_8b_TP4_DP2_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH09Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-14B on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-14B/"
    "qwen3_14b_TP8_DP1_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH10Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-14B on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-14B/"
    "qwen3_14b_TP4_DP2_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH11Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-32B/"
    "qwen3_32b_TP8_DP1_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH12Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fb2d75591ffabf544b7985c07e6c5355f0799507/benchmarks/vllm/runpod_h100sxm/Qwen3-32B/"
    "qwen3_32b_TP4_DP2_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH13Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Llama 3.1 70B on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fef89116ad1ecf9dbef6c3977ced012db57f6719/benchmarks/vllm/runpod_h100sxm/Llama-3.1-70B/"
    "llama31_70b_TP8_DP1_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH14Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Llama 3.1 70B on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fef89116ad1ecf9dbef6c3977ced012db57f6719/benchmarks/vllm/runpod_h100sxm/Llama-3.1-70B/"
    "llama31_70b_TP4_DP2_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH15Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (gpt-oss-120b on 8 x H100, TP8/DP1, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fef89116ad1ecf9dbef6c3977ced012db57f6719/benchmarks/vllm/runpod_h100sxm/gpt-oss-120b/"
    "gpt_oss_120b_TP8_DP1_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH16Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (gpt-oss-120b on 8 x H100, TP4/DP2, "
    "random 128/128, max-concurrency 10, 1000 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "fef89116ad1ecf9dbef6c3977ced012db57f6719/benchmarks/vllm/runpod_h100sxm/gpt-oss-120b/"
    "gpt_oss_120b_TP4_DP2_in128_out128_p1000_c10_509cc6.json";
constexpr const char* kUH17Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H100, TP8/DP1, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-32B/"
    "run_1_TP8_DP1_CTX1024_C100_P100_O128.json";
constexpr const char* kUH18Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H100, TP4/DP2, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h100sxm/Qwen3-32B/"
    "run_1_TP4_DP2_CTX1024_C100_P100_O128.json";
constexpr const char* kUH19Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H200, TP8/DP1, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h200sxm/Qwen3-32B/"
    "benchmark_qwen3_32b_h200sxm_run_1_TP8_DP1_CTX1024_C100_P100_O128.json";
constexpr const char* kUH20Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x H200, TP4/DP2, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_h200sxm/Qwen3-32B/"
    "benchmark_qwen3_32b_h200sxm_run_1_TP4_DP2_CTX1024_C100_P100_O128.json";
constexpr const char* kUH21Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x B200, TP8/DP1, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_b200/Qwen3-32B/"
    "run_1_TP8_DP1_CTX1024_C100_P100_O128.json";
constexpr const char* kUH22Src =
    "Scicom llm-benchmaq, committed vllm bench serve result (Qwen3-32B on 8 x B200, TP4/DP2, "
    "random 1024/128, max-concurrency 100, 100 prompts), "
    "https://github.com/Scicom-AI-Enterprise-Organization/llm-benchmaq/blob/"
    "3950148986b1ad9713074241eb70c64d9db17cf9/benchmarks/vllm/runpod_b200/Qwen3-32B/"
    "run_1_TP4_DP2_CTX1024_C100_P100_O128.json";

/// vLLM V1 on ROCm as the recipe runs it (UF01): the Q16 rule (vllm_v1_options, KV cache BF16)
/// with --gpu-memory-utilization 0.95 and --max-num-batched-tokens 8192, a closed loop of r.batch
/// clients over `prompts` prompts.
LoopResult vllm_recipe_closed(const Run& r, std::int64_t prompts) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  o.params.runtime_reserve = 1.0 - 0.95;
  o.params.max_batched_tokens = 8192;
  return loop_sim(*r.model, *r.hw, o, r.batch, {prompts});
}

/// sglang.bench_one_batch_server at batch 1 against one `launch_server --tp N` (UE02-UE05): a
/// static batch of one under the R SGLang engine, gpt-oss's MXFP4 checkpoint by the wave-15 /
/// session-12 experts-only rule (`mxfp4`), else BF16 throughout; one sequence's decode rate,
/// 1000 / the TPOT in ms (tok/s).
double sgl_one_batch_decode_rate(const Run& r, bool mxfp4) {
  ServingOptions o = wave2(Engine2::sglang, r);
  o.precision =
      mxfp4 ? mxfp4_on(*r.hw, Precision::bf16)
            : Precisions{Precision::bf16, Precision::bf16, Precision::bf16, Precision::bf16};
  gpt_oss_experts_only(o, *r.model);
  o.batching = Batching::static_batch;
  return 1000.0 / serve_case(*r.model, *r.hw, o).tpot.in("ms");
}

constexpr const char* kTrt014 =
    "NVIDIA, TensorRT-LLM Performance Overview generated with version 0.14.0 (fork "
    "arthurrasmusson/TensorRT-LLM at e00d4e6), https://github.com/arthurrasmusson/TensorRT-LLM/"
    "blob/e00d4e6564921307dd264b61fe1d46f116095e0e/docs/source/performance/perf-overview.md";
constexpr const char* kTrt015 =
    "NVIDIA, TensorRT-LLM Performance Overview, release 0.15.0 (a stored copy naming its release; "
    "cited at the tag), https://github.com/NVIDIA/TensorRT-LLM/blob/v0.15.0/docs/source/"
    "performance/perf-overview.md";
constexpr const char* kTrt013 =
    "NVIDIA, TensorRT-LLM Performance Overview, release 0.13.0 (a stored copy naming its release; "
    "cited at the tag), https://github.com/NVIDIA/TensorRT-LLM/blob/v0.13.0/docs/source/"
    "performance/perf-overview.md";
constexpr const char* kTrt012 =
    "NVIDIA, TensorRT-LLM Performance Overview, release 0.12.0 (a stored copy naming its release; "
    "cited at the tag), https://github.com/NVIDIA/TensorRT-LLM/blob/v0.12.0/docs/source/"
    "performance/perf-overview.md";
constexpr const char* kTrt011 =
    "NVIDIA, TensorRT-LLM Performance Overview, release 0.11.0 (a stored copy naming its release; "
    "cited at the tag), https://github.com/NVIDIA/TensorRT-LLM/blob/v0.11.0/docs/source/"
    "performance/perf-overview.md";
constexpr const char* kTrt010 =
    "NVIDIA, TensorRT-LLM Performance Overview, release 0.10.0 (a stored copy naming its release; "
    "cited at the tag), https://github.com/NVIDIA/TensorRT-LLM/blob/v0.10.0/docs/source/"
    "performance/perf-overview.md";

constexpr const char* kVllmCiA100 =
    "vLLM CI 'Performance Benchmark' build #9523, Latency tests table (input 32, output 128, "
    "batch fixed 8, A100-SXM4-80GB), https://buildkite.com/vllm/performance-benchmark/builds/9523";
constexpr const char* kVllmCiH100 =
    "vLLM CI 'Performance Benchmark' build #9555, Latency tests table (input 32, output 128, "
    "batch fixed 8, 8xH100), https://buildkite.com/vllm/performance-benchmark/builds/9555";

constexpr const char* kRocmDevDocker073 =
    "AMD, vllm FP8 Latency and Throughput benchmarks with vLLM on the AMD Instinct MI300X "
    "accelerator (ROCm/vllm docs/dev-docker/README.md at 16c8185, rocm/vllm-dev image with vLLM "
    "0.7.3, March 2025), Throughput and Latency Measurements tables, https://github.com/ROCm/vllm/"
    "blob/16c81851b42c6c7587ea979abf64751aa37fe2f2/docs/dev-docker/README.md";

// ---- Wave-35 predictors (the wave-35 rules above).

/// benchmark_latency.py with --kv-cache-dtype fp8: one static batch of r.batch prompts (the
/// SJ03-SJ05 rule with an FP8 KV cache); its end-to-end latency in seconds.
double vllm_fp8kv_batch_latency(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o, 10);  // the README's --num-scheduler-steps 10
  o.precision.kv_cache = Precision::fp8;
  o.batching = Batching::static_batch;
  return serve_case(*r.model, *r.hw, o).request_latency.in("s");
}

constexpr const char* kVllmPr7117 =
    "vllm-project/vllm PR #7117, maintainer's comment of 2024-08-04 ('On H100:', Main branch, "
    "trial 1 of 3; benchmark_throughput 256/256, Meta-Llama-3-8B), "
    "https://github.com/vllm-project/vllm/pull/7117";

constexpr const char* kTrtIssue329 =
    "NVIDIA/TensorRT-LLM issue #329, a user's benchmark.py run (llama_7b, FP8, FP8 KV cache, batch "
    "64, 2048/128, one H100 SXM), https://github.com/NVIDIA/TensorRT-LLM/issues/329";

constexpr const char* kVllmPr2542 =
    "vLLM PR #2542, Fused MOE for Mixtral, description: benchmark_latency.py "
    "(Mixtral-8x7B-Instruct-v0.1, -tp 8, 1000/50, --num-iters 100) 'This PR' rows, H100, "
    "https://github.com/vllm-project/vllm/pull/2542";
constexpr const char* kVllmPr3240 =
    "vLLM PR #3240, adding fused moe kernel config for A100 TP2, description: benchmark_latency.py "
    "(Mixtral-8x7B-Instruct-v0.1, -tp 2, 1000/50, --num-iters 100) 'Compared to master' rows, "
    "https://github.com/vllm-project/vllm/pull/3240";
constexpr const char* kVllmPr2192 =
    "vLLM PR #2192, Custom all reduce kernels, description 'Latency and memory' table, row Llama "
    "70B / A100-80G / TP 4 / BS 64, column 'L after (s)' (benchmark_latency.py 256/256), "
    "https://github.com/vllm-project/vllm/pull/2192";

/// vLLM V0 with chunked prefill off (0.2-0.5; the wave-38 and wave-39 rules): the V0 defaults of
/// the SR13-SR15 engine at the checkpoint's 16-bit type r.precision throughout, with this era's
/// token budget r.token_budget = max(max_model_len, 2048).
ServingOptions vllm_v0_unchunked(const Run& r) {
  ServingOptions o = vllm_rocm(r);
  v0_host_time(o);
  o.precision = {r.precision, r.precision, r.precision, r.precision};
  o.params.max_batched_tokens = r.token_budget;
  return o;
}
/// benchmark_latency (the wave-38 rule): one static batch of r.batch prompts, its end-to-end
/// latency in ms.
double vllm_v0_batch_latency_ms(const Run& r) {
  ServingOptions o = vllm_v0_unchunked(r);
  o.batching = Batching::static_batch;
  return serve_case(*r.model, *r.hw, o).request_latency.in("ms");
}

constexpr const char* kNanoflowBaselines =
    "NanoFlow artifact (arXiv 2408.12757), pipeline/eval/baseline_data.py "
    "'offline_throughput_const' "
    "(Llama-2-70B FP16, 8 x A100 80GB SXM; engines and GPU per README.md of the same commit), "
    "https://github.com/efeslab/Nanoflow/blob/d6b381e58110a8b5d08cfabd4a55c0d5d0ebef57/pipeline/"
    "eval/baseline_data.py";

/// The wave-39 rule: output tokens/s of one replica of `o` at its largest batch that fits, as
/// (input + output) tokens/s per GPU.
double total_tokens_per_gpu(const Run& r, ServingOptions o) {
  const double output = largest_batch_throughput(
      {r.model, r.hw, r.tp, r.tp, r.precision, r.in, r.out}, std::move(o));  // one replica
  return output * static_cast<double>(r.in + r.out) / static_cast<double>(r.out) /
         static_cast<double>(r.tp);
}
/// vLLM V0 (0.5) offline (the wave-39 rule), at most 256 running sequences.
double vllm_v0_offline_per_gpu(const Run& r) {
  ServingOptions o = vllm_v0_unchunked(r);
  o.params.max_num_seqs = 256;
  return total_tokens_per_gpu(r, o);
}
/// TensorRT-LLM offline (the S rule's limits) as (input + output) tokens/s per GPU.
double trtllm_offline_per_gpu(const Run& r) {
  return total_tokens_per_gpu(r, trtllm({r.model, r.hw, r.tp, r.tp, r.precision, r.in, r.out}));
}

constexpr const char* kInferenceBench =
    "Argonne LLM-Inference-Bench (arXiv 2411.00136), Plots/All_results.csv (vLLM rows) and the "
    "vLLM/{MI300X,H100,A100} benchmark scripts at the same commit, "
    "https://github.com/argonne-lcf/LLM-Inference-Bench/blob/"
    "4211f5d4e9bc0145ed541b6d372d5d8223b44235/Plots/All_results.csv";

constexpr const char* kDataCrunch70First =
    "DataCrunch research, h200-benchmarks, the first committed SGLang run of "
    "Llama-3.3-70B-Instruct BF16 TP4 on 4x H200, random 1024/1024, Poisson request rates (raw "
    "bench_serving JSONL, replaced two days later by a re-run), https://github.com/"
    "datacrunch-research/h200-benchmarks/blob/65b698bc5c217f614e82056aa877d89eaaa6de23/sglang/"
    "llama_3_3_70b_output_online.jsonl";
constexpr const char* kVllmPr39481 =
    "vLLM PR #39481, 'Eager mode run' table on MI300X, Main column (vLLM main fd74c90d, "
    "DeepSeek-R1 TP8, vllm bench serve random, 500 prompts at once), "
    "https://github.com/vllm-project/vllm/pull/39481";

/// The wave-44 rule: the GPUStack burst (vllm_burst: vLLM V1's options in a closed loop of
/// r.batch clients over r.batch prompts, KV cache "auto" = BF16) with every iteration launched
/// eagerly, as the source's "Eager mode run" table states.
LoopResult vllm_burst_eager(const Run& r) {
  ServingOptions o = vllm_v1_options(r, Precision::bf16);
  o.params.cuda_graphs = false;  // eager: no graphs
  return loop_sim(*r.model, *r.hw, o, r.batch, {r.batch});
}

constexpr const char* kGkeVllm2xTp4 =
    "ankdeshm/dynamo_disaag_serving_gke, standard vLLM baseline 2 x TP4 on 8x B200 (GCP A4), "
    "genai-perf summary, https://github.com/ankdeshm/dynamo_disaag_serving_gke/blob/"
    "dec918cafa32cb9fa00be0fe717e333fdfc7e8ee/08-benchmarking-standard-vllm-4xtp2.md.md";
constexpr const char* kGkeVllm4xTp1 =
    "ankdeshm/dynamo_disaag_serving_gke, standard vLLM baseline 4 x TP1 on 4x B200 (GCP A4), "
    "genai-perf summary, https://github.com/ankdeshm/dynamo_disaag_serving_gke";
constexpr const char* kGkeVllmMaster =
    "ankdeshm/dynamo_disaag_serving_gke, master report, standard vLLM 2 x TP4 with "
    "--max-num-batched-tokens 16384 on 8x B200 (GCP A4), https://github.com/ankdeshm/"
    "dynamo_disaag_serving_gke";

/// The wave-45 rule: vLLM V1 with the study's manifest flags (reserve 0.10, block 128, FP8 KV
/// cache, FP8 weights and compute, token budget `budget`) on `replicas` replicas of r.tp devices,
/// under genai-perf's closed loop of r.batch clients (`loop`: warm-up + measured requests).
/// The GKE study's vLLM workers (waves 45-46): vLLM V1's options with a manifest's reserve, token
/// budget and --block-size 128.
ServingOptions gke_vllm_options(const Run& r, Precision kv, double reserve, std::int64_t budget) {
  ServingOptions o = vllm_v1_options(r, kv);
  o.params.runtime_reserve = reserve;
  o.params.kv_block_tokens = 128;  // --block-size 128
  o.params.max_batched_tokens = budget;
  return o;
}
LoopResult vllm_gke(const Run& r, std::int64_t replicas, std::int64_t budget, Loop loop) {
  SimulationOptions sim;
  sim.replicas = replicas;
  return loop_sim(*r.model, *r.hw, gke_vllm_options(r, Precision::fp8, 1.0 - 0.90, budget), r.batch,
                  loop, sim);  // --gpu-memory-utilization 0.90
}

constexpr const char* kGkeDynamo3p1d =
    "ankdeshm/dynamo_disaag_serving_gke, NVIDIA Dynamo 1.2.1 3 prefill TP1 : 1 decode TP1 on 4x "
    "B200 (GCP A4), genai-perf summary, https://github.com/ankdeshm/dynamo_disaag_serving_gke";
constexpr const char* kGkeDynamoR1x16 =
    "ankdeshm/dynamo_disaag_serving_gke, NVIDIA Dynamo 1.2.1 DeepSeek-R1 1 prefill TP8 : 1 decode "
    "TP8 (EP) on 2 x 8 B200 (GCP A4), https://github.com/ankdeshm/dynamo_disaag_serving_gke";
constexpr const char* kGkeDynamoR1x32 =
    "ankdeshm/dynamo_disaag_serving_gke, NVIDIA Dynamo 1.2.1 DeepSeek-R1 3 prefill TP8 : 1 decode "
    "TP8 (EP) on 4 x 8 B200 (GCP A4), https://github.com/ankdeshm/dynamo_disaag_serving_gke";

/// The wave-46 rule: Dynamo's vLLM workers as the simulator's disaggregated pools (`prefill` and
/// `decode` replicas of r.tp devices, the decode workers' flags for both) under genai-perf's
/// closed loop of r.batch clients; `kv_link` is the KV transfer's one-way bandwidth (unset: the
/// device link).
struct DynamoPools {
  std::int64_t prefill, decode;
  double reserve;
  std::int64_t budget;
  Precision kv;
  bool expert_parallel;
  std::optional<Quantity> kv_link;
};
LoopResult dynamo_pd(const Run& r, const DynamoPools& d, Loop loop) {
  ServingOptions o = gke_vllm_options(r, d.kv, d.reserve, d.budget);
  o.moe.expert_parallel = d.expert_parallel;
  SimulationOptions sim;
  sim.deployment = Deployment::disaggregated;
  sim.prefill_replicas = d.prefill;
  sim.decode_replicas = d.decode;
  sim.kv_link_bandwidth = d.kv_link;
  return loop_sim(*r.model, *r.hw, o, r.batch, loop, sim);
}
/// One GPU's share of the DGX B200 node's NICs (GCP A4 takes that node: the collective suite's CB
/// rule), derated by Efficiency::fabric: the KV link between whole-node workers.
Quantity b200_nic_share() {
  const auto& n = Systems::Nodes::DGX_B200;
  return *n.nic_bandwidth * (static_cast<double>(*n.nics_per_node) /
                             static_cast<double>(n.accelerators_per_node) * Efficiency{}.fabric);
}
/// DeepSeek-R1 on whole-node TP8 workers with expert parallelism (TR08-TR22).
LoopResult dynamo_r1(std::int64_t in, std::int64_t out, std::int64_t concurrency,
                     std::int64_t prefill, Loop loop) {
  return dynamo_pd({&DSR1, &B200, 8, Precision::fp8, in, out, concurrency},
                   {prefill, 1, 0.05, 32768, Precision::bf16, true, b200_nic_share()}, loop);
}

std::vector<ServingCase> case_list() {
  std::vector<ServingCase> all = {
      tput("S01", "Llama 3.1 8B 1xH100 FP8 128/2048 output tok/s", kTrt017, 21109.38, 2.146e+04,
           {&L31_8B, &H100, 1, 1, Precision::fp8, 128, 2048}),
      tput("S02", "Llama 3.1 8B 1xH200 FP8 2048/128 output tok/s", kTrt017, 3794.14, 3926,
           {&L31_8B, &H200, 1, 1, Precision::fp8, 2048, 128}),
      tput("S03", "Llama 3.1 70B 4xH100 FP8 TP4 1000/1000 output tok/s", kTrt017, 7430.99, 7643,
           {&L31_70B, &H100, 4, 4, Precision::fp8, 1000, 1000}),
      tput("S04", "Llama 3.1 70B 1xH200 FP8 500/2000 output tok/s", kTrt017, 3018.39, 3129,
           {&L31_70B, &H200, 1, 1, Precision::fp8, 500, 2000}),
      tput("S05", "Llama 3.1 70B 8xH100 FP8 TP8 2048/2048 output tok/s", kTrt017, 8801.95, 8919,
           {&L31_70B, &H100, 8, 8, Precision::fp8, 2048, 2048}),
      tput("S06", "Llama 3.1 405B 8xH200 FP8 TP8 1000/1000 output tok/s", kTrt017, 3399.69, 3236,
           {&L31_405B, &H200, 8, 8, Precision::fp8, 1000, 1000}),
      tput("S07", "Mixtral 8x7B 2xH100 FP8 TP2 128/2048 output tok/s", kTrt017, 22830.08, 2.572e+04,
           {&MIX7, &H100, 2, 2, Precision::fp8, 128, 2048}),
      tput("S08", "Mixtral 8x22B 8xH200 FP8 TP8 5000/500 output tok/s", kTrt017, 4031.79, 4003,
           {&MIX22, &H200, 8, 8, Precision::fp8, 5000, 500}),
      tput("S09", "Llama 3.1 70B 8xA100 FP16 TP8 1000/1000 output tok/s", kTrt017, 3320.41, 2909,
           {&L31_70B, &A100, 8, 8, Precision::fp16, 1000, 1000}),
      tput("S22", "Llama 3.3 70B 1xB200 FP4 1024/1024 output tok/s", kTrtNew, 6842, 9273,
           {&L31_70B, &B200, 1, 1, Precision::fp4, 1024, 1024}),
      tput("S23", "Llama 3.3 70B 2xH200 FP8 TP2 8192/1024 output tok/s", kTrtNew, 1074, 1042,
           {&L31_70B, &H200, 2, 2, Precision::fp8, 8192, 1024}),
      tput("S24", "DeepSeek-R1 4xB200 FP4 TP4 EP4 1024/1024 output tok/s", kTrtNew, 25720,
           2.341e+04, {&DSR1, &B200, 4, 4, Precision::fp4, 1024, 1024, true}),
      tput("S25", "DeepSeek-R1 8xH200 FP8 TP8 EP8 1024/1024 output tok/s", kTrtNew, 12960,
           1.003e+04, {&DSR1, &H200, 8, 8, Precision::fp8, 1024, 1024, true}),
      {"S29a", "DeepSeek-R1 8xB200 batch 1, MTP 1 (mean length 1.92): speedup", kMtpBlog,
       Area::speedup, 198.0 / 111.0, "x", 1.770, Sample::out_of_sample,
       "tokens/s per user 198 vs 111 without MTP", [] { return mtp_speedup(1, 1.92); }},
      {"S29b", "DeepSeek-R1 8xB200 batch 1, MTP 3 (mean length 2.82): speedup", kMtpBlog,
       Area::speedup, 253.0 / 111.0, "x", 2.198, Sample::out_of_sample,
       "tokens/s per user 253 vs 111 without MTP", [] { return mtp_speedup(3, 2.82); }},
      {"S29c", "DeepSeek-R1 8xB200 batch 1, MTP 5 (mean length 3.01): speedup", kMtpBlog,
       Area::speedup, 239.0 / 111.0, "x", 2.098, Sample::out_of_sample,
       "tokens/s per user 239 vs 111 without MTP", [] { return mtp_speedup(5, 3.01); }},
      {"S10a", "Llama 3.1 70B 4xH100 BF16 TP4 467/256 at 4 req/s: mean TTFT", kTrtOnline,
       Area::latency, 68, "ms", 59.09, Sample::out_of_sample, "",
       [] {
         return online({&L31_70B, &H100, 4, 4, Precision::bf16, 467, 256}, 4).ttft.mean.in("ms");
       }},
      {"S10b", "Llama 3.1 70B 4xH100 BF16 TP4 467/256 at 4 req/s: mean ITL", kTrtOnline,
       Area::latency, 24, "ms", 18.28, Sample::out_of_sample, "",
       [] {
         return online({&L31_70B, &H100, 4, 4, Precision::bf16, 467, 256}, 4).tpot.mean.in("ms");
       }},
      {"S12a", "Llama 3.1 8B 1xH100 BF16 202/214 at 16 req/s: mean TTFT", kTrtOnline, Area::latency,
       23, "ms", 13.13, Sample::out_of_sample, "the source achieved 13 of the 16 req/s offered",
       [] {
         return online({&L31_8B, &H100, 1, 1, Precision::bf16, 202, 214}, 16).ttft.mean.in("ms");
       }},
      {"S12b", "Llama 3.1 8B 1xH100 BF16 202/214 at 16 req/s: mean ITL", kTrtOnline, Area::latency,
       10, "ms", 6.407, Sample::out_of_sample, "",
       [] {
         return online({&L31_8B, &H100, 1, 1, Precision::bf16, 202, 214}, 16).tpot.mean.in("ms");
       }},
      {"S13a", "Llama 3.1 70B 4xH200 BF16 TP4 467/16 at 8 req/s: mean TTFT", kTrtOnline,
       Area::latency, 67, "ms", 61.58, Sample::out_of_sample, "",
       [] {
         return online({&L31_70B, &H200, 4, 4, Precision::bf16, 467, 16}, 8).ttft.mean.in("ms");
       }},
      {"S13b", "Llama 3.1 70B 4xH200 BF16 TP4 467/16 at 8 req/s: mean ITL", kTrtOnline,
       Area::latency, 20, "ms", 19.94, Sample::out_of_sample, "",
       [] {
         return online({&L31_70B, &H200, 4, 4, Precision::bf16, 467, 16}, 8).tpot.mean.in("ms");
       }},
      {"S14a", "Llama 3.1 8B 1xH200 BF16 467/256 at 32 req/s: mean TTFT", kTrtOnline, Area::latency,
       44, "ms", 36.22, Sample::out_of_sample, "the source achieved 27 of the 32 req/s offered",
       [] {
         return online({&L31_8B, &H200, 1, 1, Precision::bf16, 467, 256}, 32).ttft.mean.in("ms");
       }},
      {"S14b", "Llama 3.1 8B 1xH200 BF16 467/256 at 32 req/s: mean ITL", kTrtOnline, Area::latency,
       16, "ms", 13.03, Sample::out_of_sample, "",
       [] {
         return online({&L31_8B, &H200, 1, 1, Precision::bf16, 467, 256}, 32).tpot.mean.in("ms");
       }},
      {"S35a", "Llama 3.3 70B 2xH100 FP8 TP2 5000/500, concurrency 1: TTFT", kNim, Area::latency,
       406.77, "ms", 383.6, Sample::out_of_sample, "",
       [] {
         return closed_loop({&L31_70B, &H100, 2, 2, Precision::fp8, 5000, 500}, 1, genai_perf(1)).ttft.in("ms");
       }},
      {"S35b", "Llama 3.3 70B 2xH100 FP8 TP2 5000/500, concurrency 1: ITL", kNim, Area::latency,
       18.58, "ms", 16.9, Sample::out_of_sample, "",
       [] {
         return closed_loop({&L31_70B, &H100, 2, 2, Precision::fp8, 5000, 500}, 1, genai_perf(1)).tpot.in("ms");
       }},
      {"S36a", "Llama 3.3 70B 2xH100 FP8 TP2 5000/500, concurrency 50: TTFT", kNim, Area::latency,
       834.51, "ms", 391.6, Sample::out_of_sample, "",
       [] {
         return closed_loop({&L31_70B, &H100, 2, 2, Precision::fp8, 5000, 500}, 50, genai_perf(50)).ttft.in("ms");
       }},
      {"S36b", "Llama 3.3 70B 2xH100 FP8 TP2 5000/500, concurrency 50: ITL", kNim, Area::latency,
       59.73, "ms", 68.06, Sample::out_of_sample, "",
       [] {
         return closed_loop({&L31_70B, &H100, 2, 2, Precision::fp8, 5000, 500}, 50, genai_perf(50)).tpot.in("ms");
       }},
      {"S36c", "Llama 3.3 70B 2xH100 FP8 TP2 5000/500, concurrency 50: output tok/s", kNim,
       Area::throughput, 814.37, "tok/s", 736.1, Sample::out_of_sample, "",
       [] {
         return closed_loop({&L31_70B, &H100, 2, 2, Precision::fp8, 5000, 500}, 50, genai_perf(50))
             .output_throughput.in("tokens/s");
       }},
      {"S37", "DeepSeek-R1 8xH200 FP8 TP8 EP8 1024/2048, concurrency 1024: output tok/s", kR1Blog,
       Area::throughput, 11489.27, "tok/s", 7885, Sample::out_of_sample,
       "the source runs attention data-parallel (8 ranks of 128); modelled as TP8",
       [] {
         return closed_loop({&DSR1, &H200, 8, 8, Precision::fp8, 1024, 2048, true}, 1024, {5120})
             .output_throughput.in("tokens/s");
       }},
      {"S38", "DeepSeek-R1 8xB200 FP4 TP8 EP8 1024/2048, concurrency 7168: output tok/s", kR1Blog,
       Area::throughput, 43146.20, "tok/s", 3.237e+04, Sample::out_of_sample,
       "the source runs attention data-parallel (8 ranks of 896); modelled as TP8",
       [] {
         return closed_loop({&DSR1, &B200, 8, 8, Precision::fp4, 1024, 2048, true}, 7168, {114688})
             .output_throughput.in("tokens/s");
       }},

      {"V19a", "LLaMA-7B A100 bs 256 128/128 output tok/s", kV19Source, Area::throughput, 5353,
       "tok/s", 5391, Sample::in_sample, "", [] { return v19_throughput(256, 128, 128); }},
      {"V19b", "LLaMA-7B A100 bs 32 128/2048 output tok/s", kV19Source, Area::throughput, 1518,
       "tok/s", 1663, Sample::in_sample, "", [] { return v19_throughput(32, 128, 2048); }},
      {"V19c", "LLaMA-7B A100 bs 32 2048/128 output tok/s", kV19Source, Area::throughput, 547,
       "tok/s", 570.6, Sample::in_sample, "", [] { return v19_throughput(32, 2048, 128); }},
      {"V19d", "LLaMA-7B A100 bs 16 2048/2048 output tok/s", kV19Source, Area::throughput, 613,
       "tok/s", 696.3, Sample::in_sample, "", [] { return v19_throughput(16, 2048, 2048); }},
      {"V19e", "LLaMA-7B A100 bs 1 TTFT at 128 tokens", kV19Source, Area::latency, 16.1, "ms",
       8.663, Sample::in_sample,
       "first prediction from the previous per-operator model; small-M GEMMs and launch gaps "
       "dominate a 128-token prefill",
       [] { return v19_ttft(128); }},
      {"V19f", "LLaMA-7B A100 bs 1 TTFT at 2048 tokens", kV19Source, Area::latency, 120.5, "ms",
       133.7, Sample::in_sample, "first prediction from the previous per-operator model",
       [] { return v19_ttft(2048); }},

      // ---- Wave 2 (first predictions recorded at the first run, 2026-11-29, commit 2f9ffc0's
      // model).
      w2("R01", "Llama 2 13B 1xH200 FP8 static bs 1024 128/128 output tok/s", kTrtH200Launch,
         Area::throughput, 11819, "tok/s", 1.497e+04,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_13B, &H200, 1, Precision::fp8, 128, 128, 1024});
         }),
      w2("R02", "Llama 2 13B 1xH200 FP8 static bs 128 128/2048 output tok/s", kTrtH200Launch,
         Area::throughput, 4750, "tok/s", 6618,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_13B, &H200, 1, Precision::fp8, 128, 2048, 128});
         }),
      w2("R03", "Llama 2 70B 1xH200 FP8 static bs 512 128/128 output tok/s", kTrtH200Launch,
         Area::throughput, 3014, "tok/s", 4296,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H200, 1, Precision::fp8, 128, 128, 512});
         }),
      w2("R04", "Llama 2 70B 1xH200 FP8 static bs 64 2048/128 output tok/s", kTrtH200Launch,
         Area::throughput, 341, "tok/s", 462.5,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H200, 1, Precision::fp8, 2048, 128, 64});
         }),
      w2("R04b", "Llama 2 70B 1xH200 FP8 static bs 32 2048/128 output tok/s", kTrtH200Launch,
         Area::throughput, 303, "tok/s", 403,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H200, 1, Precision::fp8, 2048, 128, 32});
         }),
      w2("R05", "Llama 2 70B 1xH200 FP8 static bs 192 128/2048 output tok/s", kTrtFalcon,
         Area::throughput, 2941, "tok/s", 4072,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H200, 1, Precision::fp8, 128, 2048, 192});
         }),
      w2("R06b", "Llama 2 70B 1xH200 FP8 static bs 960 128/128 output tok/s", kTrtFalcon,
         Area::throughput, 3803, "tok/s", 4264,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H200, 1, Precision::fp8, 128, 128, 960});
         }),
      w2("R16", "DeepSeek-V3 8xMI300X FP8 TP8, concurrency 1, random 1024/1024: e2e latency",
         kSglMi300x, Area::latency, 17348.25, "ms", 1.812e+04,
         [] { return closed_e2e({&DSV3, &MI300X, 8, Precision::fp8, 512, 512, 1, 131072}); },
         "lengths uniform on [1, 1024] (bench_serving's default range ratio 0): run at the means"),
      w2("R18", "DeepSeek-V3 8xMI300X FP8 TP8, concurrency 64, random 1024/1024: e2e latency",
         kSglMi300x, Area::latency, 43848.2, "ms", 1.452e+05,
         [] { return closed_e2e({&DSV3, &MI300X, 8, Precision::fp8, 512, 512, 64, 131072}); },
         "the printed client command also has --request-rate 1, which would keep ~44 requests in "
         "flight (Little's law with the measured 43.8 s); the rule runs the labelled concurrency"),
      w2("R21a", "Llama 4 Scout 8xB200 FP8 TP8, N-gram v=5 AL 1.66, batch 1: E2E speedup", kNgram,
         Area::speedup, 1.9613, "x", 1.251, [] { return ngram_gain(1, 5); },
         "96.13% speed-up; lengths not published (engine defaults 512/128)"),
      w2("R21b", "Llama 4 Scout 8xB200 FP8 TP8, N-gram v=5 AL 1.66, batch 4: E2E speedup", kNgram,
         Area::speedup, 1.6399, "x", 1.295, [] { return ngram_gain(4, 5); }, "63.99% speed-up"),
      w2("R21c", "Llama 4 Scout 8xB200 FP8 TP8, N-gram v=3 AL 1.66, batch 32: E2E speedup",
         kNgram, Area::speedup, 1.3306, "x", 1.351, [] { return ngram_gain(32, 3); },
         "33.06% speed-up"),
      w2("R23a", "Llama 2 7B 1xA100 FP16 bs 1 128/2048 output tok/s", kLmdeploy, Area::latency,
         98.92, "tok/s", 77.3,
         [] {
           return static_tput(Engine2::lmdeploy_static,
                              {&L2_7B, &A100, 1, Precision::fp16, 128, 2048, 1});
         }),
      w2("R23b", "Llama 2 7B 1xA100 FP16 bs 1 128/2048: first-token latency", kLmdeploy,
         Area::latency, 22, "ms", 13.78,
         [] {
           return static_ttft(Engine2::lmdeploy_static,
                              {&L2_7B, &A100, 1, Precision::fp16, 128, 2048, 1});
         }),
      w2("R24a", "Llama 2 7B 1xA100 FP16 static bs 64 128/2048 output tok/s", kLmdeploy,
         Area::throughput, 1852.06, "tok/s", 1788,
         [] {
           return static_tput(Engine2::lmdeploy_static,
                              {&L2_7B, &A100, 1, Precision::fp16, 128, 2048, 64});
         }),
      w2("R24b", "Llama 2 7B 1xA100 FP16 static bs 64 128/2048: mean first-token latency",
         kLmdeploy, Area::latency, 535, "ms", 532.3,
         [] {
           return static_ttft(Engine2::lmdeploy_static,
                              {&L2_7B, &A100, 1, Precision::fp16, 128, 2048, 64});
         }),
      w2("R25a", "Llama 2 13B 1xA100 FP16 static bs 32 128/128 output tok/s", kLmdeploy,
         Area::throughput, 1301.27, "tok/s", 1056,
         [] {
           return static_tput(Engine2::lmdeploy_static,
                              {&L2_13B, &A100, 1, Precision::fp16, 128, 128, 32});
         }),
      w2("R25b", "Llama 2 13B 1xA100 FP16 static bs 32 128/128: mean first-token latency",
         kLmdeploy, Area::latency, 461, "ms", 498.1,
         [] {
           return static_ttft(Engine2::lmdeploy_static,
                              {&L2_13B, &A100, 1, Precision::fp16, 128, 128, 32});
         }),
      w2("R26a", "Llama 2 70B 4xA100 FP16 TP4 bs 1 128/2048 output tok/s", kLmdeploy,
         Area::latency, 32.38, "tok/s", 21.82,
         [] {
           return static_tput(Engine2::lmdeploy_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 128, 2048, 1});
         }),
      w2("R26b", "Llama 2 70B 4xA100 FP16 TP4 bs 1 128/2048: first-token latency", kLmdeploy,
         Area::latency, 74, "ms", 52.49,
         [] {
           return static_ttft(Engine2::lmdeploy_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 128, 2048, 1});
         }),
      w2("R27a", "Llama 2 70B 4xA100 FP16 TP4 static bs 64 2048/2048 output tok/s", kLmdeploy,
         Area::throughput, 930.46, "tok/s", 916.4,
         [] {
           return static_tput(Engine2::lmdeploy_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 2048, 2048, 64});
         }),
      w2("R27b", "Llama 2 70B 4xA100 FP16 TP4 static bs 64 2048/2048: mean first-token latency",
         kLmdeploy, Area::latency, 21290, "ms", 2.524e+04,
         [] {
           return static_ttft(Engine2::lmdeploy_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 2048, 2048, 64});
         }),
      w2("R32", "Qwen3 8B 1xH20 BF16 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 81.73, "tok/s", 28.76,
         [] { return stream_speed({&Q3_8B, &H20, 1, Precision::bf16, 1, 2048, 1}); }),
      w2("R32b", "Qwen3 8B 1xH20 FP8 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 150.25, "tok/s", 53.73,
         [] { return stream_speed({&Q3_8B, &H20, 1, Precision::fp8, 1, 2048, 1}); }),
      w2("R33", "Qwen3 8B 1xH20 BF16 batch 1, input 30720: (prompt + generated) tok/s", kQwen,
         Area::latency, 832.67, "tok/s", 279,
         [] { return stream_speed({&Q3_8B, &H20, 1, Precision::bf16, 30720, 2048, 1}); }),
      w2("R34", "Qwen3 32B 1xH20 BF16 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 20.72, "tok/s", 6.91,
         [] { return stream_speed({&Q3_32B, &H20, 1, Precision::bf16, 1, 2048, 1}); }),
      w2("R34b", "Qwen3 32B 1xH20 FP8 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 46.17, "tok/s", 13.07,
         [] { return stream_speed({&Q3_32B, &H20, 1, Precision::fp8, 1, 2048, 1}); }),
      w2("R35", "Qwen3 30B-A3B 1xH20 BF16 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 137.18, "tok/s", 19.21,
         [] { return stream_speed({&Q3_30B, &H20, 1, Precision::bf16, 1, 2048, 1}); }),
      w2("R35b", "Qwen3 30B-A3B 1xH20 FP8 batch 1, input 1: (prompt + generated) tok/s", kQwen,
         Area::latency, 155.55, "tok/s", 35.93,
         [] { return stream_speed({&Q3_30B, &H20, 1, Precision::fp8, 1, 2048, 1}); }),
      w2("R36", "Qwen3 235B-A22B 8xH20 BF16 TP8 batch 1, input 1: (prompt + generated) tok/s",
         kQwen, Area::latency, 74.50, "tok/s", 11.05,
         [] { return stream_speed({&Q3_235B, &H20, 8, Precision::bf16, 1, 2048, 1}); }),
      w2("R36b", "Qwen3 235B-A22B 4xH20 FP8 TP4 batch 1, input 1: (prompt + generated) tok/s",
         kQwen, Area::latency, 71.65, "tok/s", 17.4,
         [] { return stream_speed({&Q3_235B, &H20, 4, Precision::fp8, 1, 2048, 1}); }),
      w2("R36c", "Qwen3 235B-A22B 8xH20 BF16 TP8 batch 1, input 30720: (prompt + generated) tok/s",
         kQwen, Area::latency, 979.41, "tok/s", 34.09,
         [] { return stream_speed({&Q3_235B, &H20, 8, Precision::bf16, 30720, 2048, 1}); }),
      w2("R36d", "Qwen3 235B-A22B 4xH20 FP8 TP4 batch 1, input 30720: (prompt + generated) tok/s",
         kQwen, Area::latency, 887.90, "tok/s", 55.82,
         [] { return stream_speed({&Q3_235B, &H20, 4, Precision::fp8, 30720, 2048, 1}); }),
      w2("R37", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM offline 128/2048 output tok/s", kVllmMi300x,
         Area::throughput, 2459.8, "tok/s", 2923,
         [] { return offline_vllm({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 0}, 8); },
         "unit not printed; read as output tok/s (as prompt + output tokens/s it would be 2315 "
         "output tok/s, 6% lower)"),
      // ---- Wave 3 (first predictions recorded at the first run, 2026-11-29, commit d8ea093's
      // model).
      gaudi("Q01", "Llama 3.1 8B 1xGaudi 3 FP8 static bs 768 128/2048 output tok/s", kGaudi3, 18830,
            2.361e+04, {&L31_8B, &GAUDI3, 1, Precision::fp8, 128, 2048, 768}),
      gaudi("Q01b", "Llama 3.1 8B 1xGaudi 3 FP8 static bs 1536 128/128 output tok/s", kGaudi3, 24310,
            2.998e+04, {&L31_8B, &GAUDI3, 1, Precision::fp8, 128, 128, 1536}),
      gaudi("Q02", "Llama 3.1 8B 1xGaudi 3 FP8 static bs 364 2048/2048 output tok/s", kGaudi3, 7405,
            1.013e+04, {&L31_8B, &GAUDI3, 1, Precision::fp8, 2048, 2048, 364}),
      gaudi("Q03", "Llama 3.1 70B 2xGaudi 3 FP8 TP2 static bs 450 128/2048 output tok/s", kGaudi3,
            5776, 7948, {&L31_70B, &GAUDI3, 2, Precision::fp8, 128, 2048, 450}),
      gaudi("Q03b", "Llama 3.1 70B 2xGaudi 3 FP8 TP2 static bs 3516 128/128 output tok/s", kGaudi3,
            3711, 6488, {&L31_70B, &GAUDI3, 2, Precision::fp8, 128, 128, 3516}),
      gaudi("Q04", "Llama 3.1 70B 2xGaudi 3 FP8 TP2 static bs 223 2048/128 output tok/s", kGaudi3,
            497, 739.8, {&L31_70B, &GAUDI3, 2, Precision::fp8, 2048, 128, 223}),
      gaudi("Q05", "Llama 3.1 70B 8xGaudi 3 FP8 TP8 static bs 600 128/2048 output tok/s", kGaudi3,
            15711, 1.65e+04, {&L31_70B, &GAUDI3, 8, Precision::fp8, 128, 2048, 600}),
      gaudi("Q05b", "Llama 3.1 70B 8xGaudi 3 FP8 TP8 static bs 4000 128/128 output tok/s", kGaudi3,
            15008, 1.308e+04, {&L31_70B, &GAUDI3, 8, Precision::fp8, 128, 128, 4000}),
      gaudi("Q06", "Llama 3.1 70B 8xGaudi 3 FP8 TP8 static bs 600 2048/2048 output tok/s", kGaudi3,
            8946, 9267, {&L31_70B, &GAUDI3, 8, Precision::fp8, 2048, 2048, 600}),
      gaudi("Q07", "Llama 2 70B 2xGaudi 3 FP8 TP2 static bs 240 2048/2048 output tok/s", kGaudi3,
            2641, 3992, {&L2_70B, &GAUDI3, 2, Precision::fp8, 2048, 2048, 240}),
      gaudi("Q08", "Mistral 7B 1xGaudi 3 FP8 static bs 896 128/128 output tok/s", kGaudi3, 24433, 2.954e+04,
            {&MIS7, &GAUDI3, 1, Precision::fp8, 128, 128, 896}),
      gaudi("Q09", "Llama 2 7B 1xGaudi 3 FP8 static bs 75 2048/2048 output tok/s", kGaudi3, 2734, 3270,
            {&L2_7B, &GAUDI3, 1, Precision::fp8, 2048, 2048, 75}),
      gaudi("Q10", "Llama 3.1 8B 1xGaudi 2 FP8 static bs 289 128/2048 output tok/s", kGaudi2, 11138,
            1.457e+04, {&L31_8B, &GAUDI2, 1, Precision::fp8, 128, 2048, 289}),
      gaudi("Q10b", "Llama 3.1 8B 1xGaudi 2 FP8 static bs 2429 128/128 output tok/s", kGaudi2,
            18201, 1.946e+04, {&L31_8B, &GAUDI2, 1, Precision::fp8, 128, 128, 2429}),
      gaudi("Q11", "Llama 2 70B 4xGaudi 2 FP8 TP4 static bs 327 128/2048 output tok/s", kGaudi2,
            3211, 7795, {&L2_70B, &GAUDI2, 4, Precision::fp8, 128, 2048, 327}),
      gaudi("Q11b", "Llama 2 70B 2xGaudi 2 FP8 TP2 static bs 1750 128/128 output tok/s", kGaudi2,
            2844, 4068, {&L2_70B, &GAUDI2, 2, Precision::fp8, 128, 128, 1750}),
      gaudi("Q12", "Llama 2 70B 2xGaudi 2 FP8 TP2 static bs 78 2048/2048 output tok/s", kGaudi2,
            1438, 1933, {&L2_70B, &GAUDI2, 2, Precision::fp8, 2048, 2048, 78}),
      gaudi("Q13", "Mistral 7B 1xGaudi 2 FP8 static bs 44 2048/2048 output tok/s", kGaudi2, 3947, 4754,
            {&MIS7, &GAUDI2, 1, Precision::fp8, 2048, 2048, 44}),
      w2("Q16a", "Llama 3.1 8B 1xH100 BF16 20000/2000, concurrency 8: median TTFT", kVllmFp8Kv,
         Area::latency, 763.6, "ms", 740.2,
         [] {
           return vllm_closed({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, Precision::bf16, {150})
               .ttft.in("ms");
         }),
      w2("Q16b", "Llama 3.1 8B 1xH100 BF16 20000/2000, concurrency 8: median ITL", kVllmFp8Kv,
         Area::latency, 15.18, "ms", 16.02,
         [] {
           return vllm_closed({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, Precision::bf16, {150})
               .tpot.in("ms");
         }),
      w2("Q16c", "Llama 3.1 8B 1xH100 BF16 20000/2000, concurrency 8: output tok/s", kVllmFp8Kv,
         Area::throughput, 450.3, "tok/s", 499.5,
         [] { return vllm_tpu_tput({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, {150}); }),
      w2("Q17a", "Llama 3.1 8B 1xH100 BF16, FP8 KV, 20000/2000, concurrency 8: median TTFT",
         kVllmFp8Kv, Area::latency, 742.8, "ms", 730.5,
         [] {
           return vllm_closed({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, Precision::fp8, {150})
               .ttft.in("ms");
         }),
      w2("Q17b", "Llama 3.1 8B 1xH100 BF16, FP8 KV, 20000/2000, concurrency 8: median ITL",
         kVllmFp8Kv, Area::latency, 12.93, "ms", 12.32,
         [] {
           return vllm_closed({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, Precision::fp8, {150})
               .tpot.in("ms");
         }),
      w2("Q17c", "Llama 3.1 8B 1xH100 BF16, FP8 KV, 20000/2000, concurrency 8: output tok/s",
         kVllmFp8Kv, Area::throughput, 517.5, "tok/s", 649.9,
         [] {
           return vllm_closed({&L31_8B, &H100, 1, Precision::bf16, 20000, 2000, 8}, Precision::fp8, {150})
               .output_throughput.in("tokens/s");
         }),
      // Q18: the published fit ITL = intercept + slope x input at the sweep's ends (hand
      // arithmetic): BF16 KV 3.93 + 1.80e-5 x 256 = 3.935 ms, 3.93 + 1.80e-5 x 125000 = 6.18 ms;
      // FP8 KV 3.96 + 9.72e-6 x 256 = 3.962 ms, 3.96 + 9.72e-6 x 125000 = 5.175 ms.
      w2("Q18a", "Llama 3.1 8B 1xB200 BF16 batch 1, 256 in / 128 out: ITL (published fit)",
         kVllmFp8Kv, Area::latency, 3.93 + 1.80e-5 * 256, "ms", 3.043,
         [] {
           return vllm_closed({&L31_8B, &B200, 1, Precision::bf16, 256, 128, 1}, Precision::bf16, {1000})
               .tpot.in("ms");
         }),
      w2("Q18b", "Llama 3.1 8B 1xB200 BF16 batch 1, 125000 in / 128 out: ITL (published fit)",
         kVllmFp8Kv, Area::latency, 3.93 + 1.80e-5 * 125000, "ms", 39.53,
         [] {
           return vllm_closed({&L31_8B, &B200, 1, Precision::bf16, 125000, 128, 1}, Precision::bf16, {1000})
               .tpot.in("ms");
         }),
      w2("Q18c", "Llama 3.1 8B 1xB200 BF16, FP8 KV, batch 1, 256 in / 128 out: ITL (published fit)",
         kVllmFp8Kv, Area::latency, 3.96 + 9.72e-6 * 256, "ms", 3.04,
         [] {
           return vllm_closed({&L31_8B, &B200, 1, Precision::bf16, 256, 128, 1}, Precision::fp8, {1000})
               .tpot.in("ms");
         }),
      w2("Q18d",
         "Llama 3.1 8B 1xB200 BF16, FP8 KV, batch 1, 125000 in / 128 out: ITL (published fit)",
         kVllmFp8Kv, Area::latency, 3.96 + 9.72e-6 * 125000, "ms", 38.28,
         [] {
           return vllm_closed({&L31_8B, &B200, 1, Precision::bf16, 125000, 128, 1}, Precision::fp8, {1000})
               .tpot.in("ms");
         }),
      w2("Q31a", "Llama 3.3 70B 16xTrainium2 BF16 TP16 batch 1, 10000/1501: p50 TTFT", kTrn70,
         Area::latency, 575.6, "ms", 458.1,
         [] {
           return neuron_batch1({&L31_70B, &TRN2, 16, Precision::bf16, 10000, 1501, 1})
               .ttft.in("ms");
         }),
      w2("Q31b", "Llama 3.3 70B 16xTrainium2 BF16 TP16 batch 1, 10000/1501: p50 TPOT", kTrn70,
         Area::latency, 19.8, "ms", 11.99,
         [] {
           return neuron_batch1({&L31_70B, &TRN2, 16, Precision::bf16, 10000, 1501, 1})
               .tpot.in("ms");
         }),
      w2("Q33a", "Llama 3.1 405B 16xTrainium2 BF16 TP16 batch 1, 10000/1788: p50 TTFT", kTrn405,
         Area::latency, 2442, "ms", 1867,
         [] {
           return neuron_batch1({&L31_405B, &TRN2, 16, Precision::bf16, 10000, 1788, 1})
               .ttft.in("ms");
         }),
      w2("Q33b", "Llama 3.1 405B 16xTrainium2 BF16 TP16 batch 1, 10000/1788: p50 TPOT", kTrn405,
         Area::latency, 37.9, "ms", 34.53,
         [] {
           return neuron_batch1({&L31_405B, &TRN2, 16, Precision::bf16, 10000, 1788, 1})
               .tpot.in("ms");
         }),
      // ---- Wave 4 (first predictions recorded at the first run, 2026-11-29, commit f70900b's
      // model).
      w2("P08", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static bs 1 128/128: batch latency",
         kOciMi300x, Area::latency, 3.53, "s", 2.334,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 128, 1}); }),
      w2("P09", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static bs 32 128/128: batch latency",
         kOciMi300x, Area::latency, 5.13, "s", 3.235,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 128, 32}); }),
      w2("P10", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static bs 256 128/128: batch latency",
         kOciMi300x, Area::latency, 17.75, "s", 13.62,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 128, 256}); }),
      w2("P11", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM offline 128/2048 output tok/s", kOciMi300x,
         Area::throughput, 2794, "tok/s", 2880,
         [] { return vllm_rocm_offline({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 0}); }),
      w2("P12", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM offline 128/128 output tok/s", kOciMi300x,
         Area::throughput, 1993, "tok/s", 2079,
         [] { return vllm_rocm_offline({&L31_405B, &MI300X, 8, Precision::fp8, 128, 128, 0}); }),
      w2("P13", "Llama 2 7B 1xH100 static bs 1 1024/128: FP8 over FP16 end-to-end speed",
         kTrtQuant, Area::speedup, 1.51, "x", 1.851,
         [] { return fp8_over_fp16({&L2_7B, &H100, 1, Precision::fp8, 1024, 128, 1}); }),
      w2("P14", "Llama 2 7B 1xH100 static bs 8 1024/128: FP8 over FP16 end-to-end speed",
         kTrtQuant, Area::speedup, 1.40, "x", 1.843,
         [] { return fp8_over_fp16({&L2_7B, &H100, 1, Precision::fp8, 1024, 128, 8}); }),
      w2("P17", "DeepSeek-R1 8xB200 FP4 TP8 EP8 1024/2048 offline: output tok/s per GPU", kR1Tput,
         Area::throughput, 4600, "tok/s", 4162,
         [] {
           return offline_throughput({&DSR1, &B200, 8, 8, Precision::fp4, 1024, 2048, true}) / 8;
         },
         "'approximately 4600 TPS/GPU'; the source runs attention data-parallel (DP8), modelled "
         "as TP8 (the S37/S38 rule)"),
      w2("P18a", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 1, 1024/1024: p50 TTFT", kTrn1Csv,
         Area::latency, 232.47981, "ms", 151.9,
         [] {
           return neuronx_batch1({&L2_70B, &TRN1, 16, Precision::bf16, 1024, 1024, 1, 2048})
               .ttft.in("ms");
         }),
      w2("P18b", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 1, 1024/1024: p50 TPOT", kTrn1Csv,
         Area::latency, 26.03793, "ms", 18.34,
         [] {
           return neuronx_batch1({&L2_70B, &TRN1, 16, Precision::bf16, 1024, 1024, 1, 2048})
               .tpot.in("ms");
         }),
      w2("P19a", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 1, 128/128: p50 TTFT", kTrn1Csv,
         Area::latency, 53.91026, "ms", 29.95,
         [] {
           return neuronx_batch1({&L2_70B, &TRN1, 16, Precision::bf16, 128, 128, 1, 256})
               .ttft.in("ms");
         }),
      w2("P19b", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 1, 128/128: p50 TPOT", kTrn1Csv,
         Area::latency, 25.18129, "ms", 18.27,
         [] {
           return neuronx_batch1({&L2_70B, &TRN1, 16, Precision::bf16, 128, 128, 1, 256})
               .tpot.in("ms");
         }),
      w2("P20a", "Llama 3 8B 16xTrainium1 INT8 weights TP16 batch 1, 4096/4096: p50 TTFT",
         kTrn1Csv, Area::latency, 153.02, "ms", 98.01,
         [] {
           return neuronx_batch1({&L3_8B, &TRN1, 16, Precision::int8, 4096, 4096, 1, 8192})
               .ttft.in("ms");
         }),
      w2("P20b", "Llama 3 8B 16xTrainium1 INT8 weights TP16 batch 1, 4096/4096: p50 TPOT",
         kTrn1Csv, Area::latency, 7.04, "ms", 3.459,
         [] {
           return neuronx_batch1({&L3_8B, &TRN1, 16, Precision::int8, 4096, 4096, 1, 8192})
               .tpot.in("ms");
         }),
      w2("P21a", "Mistral 7B v0.2 16xTrainium1 BF16 TP16 batch 1, 8192/8192: p50 TTFT", kTrn1Csv,
         Area::latency, 1322.874308, "ms", 196.3,
         [] {
           return neuronx_batch1({&mistral_v02(), &TRN1, 16, Precision::bf16, 8192, 8192, 1, 16384})
               .ttft.in("ms");
         }),
      w2("P21b", "Mistral 7B v0.2 16xTrainium1 BF16 TP16 batch 1, 8192/8192: p50 TPOT", kTrn1Csv,
         Area::latency, 9.89246368, "ms", 4.155,
         [] {
           return neuronx_batch1({&mistral_v02(), &TRN1, 16, Precision::bf16, 8192, 8192, 1, 16384})
               .tpot.in("ms");
         }),
      w2("P23", "Llama 2 70B 2xH100 FP8 TP2 static bs 64 2048/2048 output tok/s per GPU",
         kTrtPerfOld, Area::throughput, 547, "tok/s", 1250,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H100, 2, Precision::fp8, 2048, 2048, 64}) /
                  2;
         }),
      w2("P24", "Llama 2 70B 4xH100 FP8 TP4 static bs 480 128/2048 output tok/s per GPU",
         kTrtPerfOld, Area::throughput, 1486, "tok/s", 3002,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_70B, &H100, 4, Precision::fp8, 128, 2048, 480}) /
                  4;
         }),
      w2("P25", "Llama 2 7B 1xA100 FP16 static bs 384 128/128 output tok/s", kTrtPerfOld,
         Area::throughput, 5586, "tok/s", 4678,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_7B, &A100, 1, Precision::fp16, 128, 128, 384});
         },
         "v0.6.1 row of the page whose v0.5 version gave the in-sample V19a (bs 256, 5353 tok/s)"),
      w2("P26", "Llama 2 7B 1xL40S FP8 static bs 64 128/2048 output tok/s", kTrtPerfOld,
         Area::throughput, 1622, "tok/s", 1740,
         [] {
           return static_tput(Engine2::trtllm_static,
                              {&L2_7B, &L40S, 1, Precision::fp8, 128, 2048, 64});
         }),
      w2("P27", "Llama 2 70B 4xH100 FP8 TP4 bs 1, input 2048: first-token latency", kTrtPerfOld,
         Area::latency, 109, "ms", 110.6,
         [] {
           return static_ttft(Engine2::trtllm_static,
                              {&L2_70B, &H100, 4, Precision::fp8, 2048, 1, 1});
         }),
      w2("P27b", "Llama 2 70B 4xH100 FP8 TP4 bs 1, input 128: first-token latency", kTrtPerfOld,
         Area::latency, 26, "ms", 13.6,
         [] {
           return static_ttft(Engine2::trtllm_static,
                              {&L2_70B, &H100, 4, Precision::fp8, 128, 1, 1});
         }),
      w2("P28", "Llama 2 70B 4xA100 FP16 TP4 bs 1, input 2048: first-token latency", kTrtPerfOld,
         Area::latency, 377, "ms", 431.3,
         [] {
           return static_ttft(Engine2::trtllm_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 2048, 1, 1});
         }),
      w2("P28b", "Llama 2 70B 4xA100 FP16 TP4 bs 1, input 128: first-token latency", kTrtPerfOld,
         Area::latency, 47, "ms", 52.37,
         [] {
           return static_ttft(Engine2::trtllm_static,
                              {&L2_70B, &A100, 4, Precision::fp16, 128, 1, 1});
         }),
      w2("P29", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline 1024/1024 output tok/s",
         kTrtBench, Area::throughput, 10893.8728, "tok/s", 1.066e+04,
         [] {
           return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 1024, 1024});
         },
         "result_1024_1024_3000.txt"),
      w2("P30", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline 2048/128 output tok/s",
         kTrtBench, Area::throughput, 1899.9652, "tok/s", 1448,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 2048, 128}); },
         "result_2048_128_3000.txt"),
      w2("L30a", "Llama 3 70B 16xTrainium1 BF16 TP16 batch 4, 128/128: p50 TTFT", kTrn1Tput,
         Area::latency, 130.37, "ms", 90.68,
         [] {
           return neuronx_static({&L3_70B, &TRN1, 16, Precision::bf16, 128, 128, 4, 4 * 256})
               .ttft.in("ms");
         }),
      w2("L30b", "Llama 3 70B 16xTrainium1 BF16 TP16 batch 4, 128/128: p50 TPOT", kTrn1Tput,
         Area::latency, 28.08, "ms", 29.61,
         [] {
           return neuronx_static({&L3_70B, &TRN1, 16, Precision::bf16, 128, 128, 4, 4 * 256})
               .tpot.in("ms");
         }),
      w2("L31a", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 4, 128/1024: p50 TTFT", kTrn1Tput,
         Area::latency, 156.68869, "ms", 90.54,
         [] {
           return neuronx_static({&L2_70B, &TRN1, 16, Precision::bf16, 128, 1024, 4, 4 * 1152})
               .ttft.in("ms");
         }),
      w2("L31b", "Llama 2 70B 16xTrainium1 BF16 TP16 batch 4, 128/1024: p50 TPOT", kTrn1Tput,
         Area::latency, 27.21453, "ms", 29.58,
         [] {
           return neuronx_static({&L2_70B, &TRN1, 16, Precision::bf16, 128, 1024, 4, 4 * 1152})
               .tpot.in("ms");
         }),
      w2("L32a", "Llama 3 8B 16xTrainium1 INT8 weights TP16 batch 8, 128/3968: p50 TTFT", kTrn1Tput,
         Area::latency, 49.05, "ms", 30.82,
         [] {
           return neuronx_static({&L3_8B, &TRN1, 16, Precision::int8, 128, 3968, 8, 8 * 4096})
               .ttft.in("ms");
         }),
      w2("L32b", "Llama 3 8B 16xTrainium1 INT8 weights TP16 batch 8, 128/3968: p50 TPOT", kTrn1Tput,
         Area::latency, 7.65, "ms", 8.184,
         [] {
           return neuronx_static({&L3_8B, &TRN1, 16, Precision::int8, 128, 3968, 8, 8 * 4096})
               .tpot.in("ms");
         }),
      w2("J23", "DeepSeek-V3 8xH100 INT4 AWQ TP8, 1024/256, max concurrency 1: output tok/s", kDsAwq,
         Area::latency, 33, "tok/s", 126.8,
         [] {
           return vllm_awq_closed({&DSV3, &H100, 8, Precision::int4, 1024, 256, 1})
               .output_throughput.in("tokens/s");
         },
         "\"around 33 tokens per second\" (read from a chart)"),
      w2("J24", "DeepSeek-V3 8xH100 INT4 AWQ TP8, 1024/256, max concurrency 15: output tok/s",
         kDsAwq, Area::throughput, 250, "tok/s", 721.6,
         [] {
           return vllm_awq_closed({&DSV3, &H100, 8, Precision::int4, 1024, 256, 15})
               .output_throughput.in("tokens/s");
         },
         "\"about 250\" (read from a chart)"),
      w2("J25", "DeepSeek-V3 8xH100 INT4 AWQ TP8, 1024/256, max concurrency 100: output tok/s",
         kDsAwq, Area::throughput, 620, "tok/s", 2486,
         [] {
           return vllm_awq_closed({&DSV3, &H100, 8, Precision::int4, 1024, 256, 100})
               .output_throughput.in("tokens/s");
         },
         "\"about 620\" at the peak near concurrency 100 (read from a chart)"),
      w2("Z01", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 1, 128/2048: TTLT", kRocmBlog,
         Area::latency, 19089, "ms", 1.284e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("Z02", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 1, 128/2048: TTLT",
         kRocmBlog, Area::latency, 20923, "ms", 1.488e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("Z03", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 8, 128/2048: TTLT", kRocmBlog,
         Area::latency, 21859, "ms", 1.34e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("Z04", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 8, 128/2048: TTLT",
         kRocmBlog, Area::latency, 22102, "ms", 1.544e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("Z05", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 32, 128/2048: TTLT", kRocmBlog,
         Area::latency, 25343, "ms", 1.532e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("Z06", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 32, 128/2048: TTLT",
         kRocmBlog, Area::latency, 26543, "ms", 1.734e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("Z07", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 128, 128/2048: TTLT", kRocmBlog,
         Area::latency, 45216, "ms", 2.781e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("Z08", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 128, 128/2048: TTLT",
         kRocmBlog, Area::latency, 42398, "ms", 2.516e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("Z09", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 1, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 19154, "ms", 1.296e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("Z10", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 1, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 21105, "ms", 1.498e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("Z11", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 8, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 22486, "ms", 1.426e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("Z12", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 8, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 23453, "ms", 1.625e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("Z13", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 32, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 28967, "ms", 1.869e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("Z14", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 32, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 30501, "ms", 2.057e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("Z15", "Llama 3.1 70B 8xMI300X FP8 TP8 vLLM static batch 128, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 59514, "ms", 4.128e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("Z16", "Llama 3.1 70B 8xH100 FP8 TP8 TensorRT-LLM static batch 128, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 54202, "ms", 3.807e+04,
         [] { return trtllm_ttlt_ms({&L31_70B, &H100, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("Z17", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 1, 128/2048: TTLT", kRocmBlog,
         Area::latency, 51740, "ms", 3.702e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("Z18", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 1, 128/2048: TTLT",
         kRocmBlog, Area::latency, 58916, "ms", 4.888e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("Z19", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 8, 128/2048: TTLT", kRocmBlog,
         Area::latency, 56902, "ms", 3.846e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("Z20", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 8, 128/2048: TTLT",
         kRocmBlog, Area::latency, 62833, "ms", 5.039e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("Z21", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 32, 128/2048: TTLT", kRocmBlog,
         Area::latency, 67353, "ms", 4.331e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("Z22", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 32, 128/2048: TTLT",
         kRocmBlog, Area::latency, 71742, "ms", 5.555e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("Z23", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 128, 128/2048: TTLT", kRocmBlog,
         Area::latency, 116139, "ms", 8.636e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("Z24", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 128, 128/2048: TTLT",
         kRocmBlog, Area::latency, 99911, "ms", 7.744e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("Z25", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 1, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 52218, "ms", 3.738e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("Z26", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 1, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 59511, "ms", 4.923e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("Z27", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 8, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 59931, "ms", 4.119e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("Z28", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 8, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 66082, "ms", 5.309e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("Z29", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 32, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 80688, "ms", 5.434e+04,
         [] { return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("Z30", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 32, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 82687, "ms", 6.631e+04,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("Z31", "Llama 3.1 405B 8xMI300X FP8 TP8 vLLM static batch 128, 2048/2048: TTLT", kRocmBlog,
         Area::latency, 168846, "ms", 1.304e+05,
         [] {
           return rocm_vllm_ttlt_ms({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 128});
         }),
      w2("Z32", "Llama 3.1 405B 8xH100 FP8 TP8 TensorRT-LLM static batch 128, 2048/2048: TTLT",
         kRocmBlog, Area::latency, 195622, "ms", 1.205e+05,
         [] { return trtllm_ttlt_ms({&L31_405B, &H100, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("Z36", "Qwen3-8B TPU v6e-4 BF16 SGLang-JAX, 1024/1024, concurrency 8: output tok/s",
         kSglJaxReport, Area::throughput, 1311.49, "tok/s", 1561,
         [] {
           return sgl_jax_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 8, 2048}, 0.8,
                               false);
         }),
      w2("Z37", "Qwen3-8B TPU v6e-4 BF16 vLLM-TPU, 1024/1024, concurrency 8: output tok/s",
         kSglJaxReport, Area::throughput, 815.38, "tok/s", 1561,
         [] { return vllm_tpu_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 8}, {24}); },
         "input tok/s 871.4 is 6.9% above output tok/s x input/output length: some vLLM "
         "requests may have ended early (collector's caveat)"),
      w2("Z38", "Qwen3-8B TPU v6e-4 BF16 SGLang-JAX, 1024/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 5296.6, "tok/s", 7560,
         [] {
           return sgl_jax_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 64, 2048}, 0.8,
                               false);
         }),
      w2("Z39", "Qwen3-8B TPU v6e-4 BF16 vLLM-TPU, 1024/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 3043.58, "tok/s", 7560,
         [] { return vllm_tpu_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 64}, {192}); },
         "input tok/s 3337.44 is 9.7% above output tok/s x input/output length: some vLLM "
         "requests may have ended early (collector's caveat)"),
      w2("Z40", "Qwen3-8B TPU v6e-4 BF16 SGLang-JAX, 1024/1024, concurrency 256: output tok/s",
         kSglJaxReport, Area::throughput, 7571.84, "tok/s", 1.286e+04,
         [] {
           return sgl_jax_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 256, 2048}, 0.8,
                               false);
         }),
      w2("Z41", "Qwen3-8B TPU v6e-4 BF16 vLLM-TPU, 1024/1024, concurrency 256: output tok/s",
         kSglJaxReport, Area::throughput, 4051.08, "tok/s", 1.286e+04,
         [] { return vllm_tpu_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 1024, 1024, 256}, {768}); },
         "input tok/s 4320.85 is 6.7% above output tok/s x input/output length: some vLLM "
         "requests may have ended early (collector's caveat)"),
      w2("Z42", "Qwen3-8B TPU v6e-4 BF16 SGLang-JAX, 8192/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 1458.77, "tok/s", 2458,
         [] {
           return sgl_jax_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 8192, 1024, 64, 2048}, 0.8,
                               false);
         }),
      w2("Z43", "Qwen3-8B TPU v6e-4 BF16 vLLM-TPU, 8192/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 873.82, "tok/s", 2458,
         [] { return vllm_tpu_tput({&Q3_8B, &TPU6, 4, Precision::bf16, 8192, 1024, 64}, {192}); },
         "input tok/s 7437.75 is 6.4% above output tok/s x input/output length: some vLLM "
         "requests may have ended early (collector's caveat)"),
      w2("Z44", "Qwen3-32B TPU v6e-4 BF16 SGLang-JAX, 1024/1024, concurrency 8: output tok/s",
         kSglJaxReport, Area::throughput, 427.69, "tok/s", 500.8,
         [] {
           return sgl_jax_tput({&Q3_32B, &TPU6, 4, Precision::bf16, 1024, 1024, 8, 2048}, 0.8,
                               false);
         }),
      w2("Z45", "Qwen3-32B TPU v6e-4 BF16 vLLM-TPU, 1024/1024, concurrency 8: output tok/s",
         kSglJaxReport, Area::throughput, 342.46, "tok/s", 500.8,
         [] { return vllm_tpu_tput({&Q3_32B, &TPU6, 4, Precision::bf16, 1024, 1024, 8}, {24}); }),
      w2("Z46", "Qwen3-32B TPU v6e-4 BF16 SGLang-JAX, 1024/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 1977.45, "tok/s", 2804,
         [] {
           return sgl_jax_tput({&Q3_32B, &TPU6, 4, Precision::bf16, 1024, 1024, 64, 2048}, 0.8,
                               false);
         }),
      w2("Z47", "Qwen3-32B TPU v6e-4 BF16 vLLM-TPU, 1024/1024, concurrency 64: output tok/s",
         kSglJaxReport, Area::throughput, 1391.29, "tok/s", 2804,
         [] { return vllm_tpu_tput({&Q3_32B, &TPU6, 4, Precision::bf16, 1024, 1024, 64}, {192}); }),
      w2("Z48", "Qwen3-8B TPU v7x-4 BF16 SGLang-JAX, 1024/1024, concurrency 128: output tok/s",
         kSglJaxQwen3, Area::throughput, 8521.48, "tok/s", 2.724e+04,
         [] {
           return sgl_jax_tput({&Q3_8B, &TPU7, 4, Precision::bf16, 1024, 1024, 128, 2048}, 0.90,
                               false);
         }),
      w2("Z49", "Llama 3.3 70B TPU v7x-4 BF16 SGLang-JAX, 1024/1024, concurrency 128: output tok/s",
         kSglJaxLlama, Area::throughput, 3609.65, "tok/s", 7162,
         [] {
           return sgl_jax_tput({&L31_70B, &TPU7, 4, Precision::bf16, 1024, 1024, 128, 2048}, 0.85,
                               false);
         }),
      w2("Z50", "Qwen3-30B-A3B TPU v7x-4 BF16 SGLang-JAX, 1024/1024, concurrency 128: output tok/s",
         kSglJaxMoe, Area::throughput, 6179.45, "tok/s", 2.067e+04,
         [] {
           return sgl_jax_tput({&Q3_30B, &TPU7, 4, Precision::bf16, 1024, 1024, 128, 2048}, 0.85,
                               true);
         }),
      w2("O01b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TTFT",
         kSglLlama31, Area::latency, 131.61, "ms", 101,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 1}, 10).ttft.mean.in("ms"); }),
      w2("O01c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglLlama31, Area::latency, 18.63, "ms", 14.59,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("O02a", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: output tok/s",
         kSglLlama31, Area::throughput, 513.48, "tok/s", 801.2,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 16}, 80).output_throughput.in("tokens/s"); }),
      w2("O02b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TTFT",
         kSglLlama31, Area::latency, 264.84, "ms", 282.1,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 16}, 80).ttft.mean.in("ms"); }),
      w2("O02c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TPOT",
         kSglLlama31, Area::latency, 26.09, "ms", 17.01,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 16}, 80).tpot.mean.in("ms"); }),
      w2("O03a", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglLlama31, Area::throughput, 1919.38, "tok/s", 1975,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("O03b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglLlama31, Area::latency, 245.98, "ms", 820,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("O03c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglLlama31, Area::latency, 47.19, "ms", 48.61,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("O04a", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: output tok/s",
         kSglLlama31, Area::throughput, 788.27, "tok/s", 660.6,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 64}, 320).output_throughput.in("tokens/s"); }),
      w2("O04b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TTFT",
         kSglLlama31, Area::latency, 633.32, "ms", 3830,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 64}, 320).ttft.mean.in("ms"); }),
      w2("O04c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TPOT",
         kSglLlama31, Area::latency, 74.95, "ms", 95.15,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 64}, 320).tpot.mean.in("ms"); }),
      w2("O05b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TTFT",
         kSglQwen3, Area::latency, 99.03, "ms", 31.58,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 1}, 10).ttft.mean.in("ms"); }),
      w2("O05c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglQwen3, Area::latency, 10.12, "ms", 6.021,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("O06a", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglQwen3, Area::throughput, 2738.78, "tok/s", 4542,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("O06b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglQwen3, Area::latency, 260.55, "ms", 166.9,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("O06c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglQwen3, Area::latency, 32.94, "ms", 19.75,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("O07a", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 8000], concurrency 64, 320 prompts: output tok/s",
         kSglQwen3, Area::throughput, 2387.34, "tok/s", 3373,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 8000, 64}, 320).output_throughput.in("tokens/s"); }),
      w2("O07b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 8000], concurrency 64, 320 prompts: mean TTFT",
         kSglQwen3, Area::latency, 265.03, "ms", 126.2,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 8000, 64}, 320).ttft.mean.in("ms"); }),
      w2("O07c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 8000], concurrency 64, 320 prompts: mean TPOT",
         kSglQwen3, Area::latency, 23.66, "ms", 16.36,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 8000, 64}, 320).tpot.mean.in("ms"); }),
      w2("O08a", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: output tok/s",
         kSglQwen3, Area::throughput, 1790.43, "tok/s", 2020,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 8000, 1000, 64}, 320).output_throughput.in("tokens/s"); }),
      w2("O08b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TTFT",
         kSglQwen3, Area::latency, 238.22, "ms", 681.9,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 8000, 1000, 64}, 320).ttft.mean.in("ms"); }),
      w2("O08c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TPOT",
         kSglQwen3, Area::latency, 32.5, "ms", 29.36,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 8000, 1000, 64}, 320).tpot.mean.in("ms"); }),
      w2("O11b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 1, 10 prompts: mean TTFT",
         kSglLlama31, Area::latency, 395.25, "ms", 577.8,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 1}, 10).ttft.mean.in("ms"); }),
      w2("O11c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglLlama31, Area::latency, 18.8, "ms", 14.69,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("O12a", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 16, 80 prompts: output tok/s",
         kSglLlama31, Area::throughput, 389.0, "tok/s", 481.4,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 16}, 80).output_throughput.in("tokens/s"); }),
      w2("O12b", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 16, 80 prompts: mean TTFT",
         kSglLlama31, Area::latency, 603.42, "ms", 1435,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 16}, 80).ttft.mean.in("ms"); }),
      w2("O12c", "Llama 3.1 70B 8xA100 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 16, 80 prompts: mean TPOT",
         kSglLlama31, Area::latency, 36.94, "ms", 28.3,
         [] { return sgl_random_closed({&L31_70B, &A100, 8, Precision::bf16, 8000, 1000, 16}, 80).tpot.mean.in("ms"); }),
      w2("O13a", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: output tok/s",
         kSglQwen3, Area::throughput, 832.04, "tok/s", 1246,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 16}, 80).output_throughput.in("tokens/s"); }),
      w2("O13b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TTFT",
         kSglQwen3, Area::latency, 215.7, "ms", 70.65,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 16}, 80).ttft.mean.in("ms"); }),
      w2("O13c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TPOT",
         kSglQwen3, Area::latency, 16.36, "ms", 11.55,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 1000, 1000, 16}, 80).tpot.mean.in("ms"); }),
      w2("O14b", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 1, 10 prompts: mean TTFT",
         kSglQwen3, Area::latency, 139.9, "ms", 126.6,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 8000, 1000, 1}, 10).ttft.mean.in("ms"); }),
      w2("O14c", "Qwen3-235B-A22B 8xB200 BF16 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglQwen3, Area::latency, 10.31, "ms", 6.052,
         [] { return sgl_random_closed({&Q3_235B, &B200, 8, Precision::bf16, 8000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("O20a", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: output tok/s",
         kSglLlama4, Area::throughput, 1152.47, "tok/s", 1951,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 16}, 80).output_throughput.in("tokens/s"); },
         "printed total input 49668 over 80 prompts, against 39668 in the other 80-prompt 1000/1000 runs of the cookbook (as printed)"),
      w2("O20b", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TTFT",
         kSglLlama4, Area::latency, 124.44, "ms", 63.35,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 16}, 80).ttft.mean.in("ms"); },
         "printed total input 49668 over 80 prompts, against 39668 in the other 80-prompt 1000/1000 runs of the cookbook (as printed)"),
      w2("O20c", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TPOT",
         kSglLlama4, Area::latency, 11.88, "ms", 7.36,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 16}, 80).tpot.mean.in("ms"); },
         "printed total input 49668 over 80 prompts, against 39668 in the other 80-prompt 1000/1000 runs of the cookbook (as printed)"),
      w2("O21a", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglLlama4, Area::throughput, 2944.82, "tok/s", 5868,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("O21b", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglLlama4, Area::latency, 204.46, "ms", 163.6,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("O21c", "Llama 4 Scout 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglLlama4, Area::latency, 41.56, "ms", 15.72,
         [] { return sgl_random_closed({&SCOUT, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("O22a", "Llama 4 Maverick 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglLlama4, Area::throughput, 2777.9, "tok/s", 4185,
         [] { return sgl_random_closed({&MAVERICK, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("O22b", "Llama 4 Maverick 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglLlama4, Area::latency, 188.19, "ms", 195.4,
         [] { return sgl_random_closed({&MAVERICK, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("O22c", "Llama 4 Maverick 8xMI300X BF16 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglLlama4, Area::latency, 33.63, "ms", 22.65,
         [] { return sgl_random_closed({&MAVERICK, &MI300X, 8, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("O23a", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglR1, Area::throughput, 2282.9, "tok/s", 4431,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("O23b", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglR1, Area::latency, 563.14, "ms", 148,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("O23c", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglR1, Area::latency, 40.11, "ms", 20.49,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("O24a", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: output tok/s",
         kSglR1, Area::throughput, 1468.5, "tok/s", 2074,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 8000, 1000, 64}, 320).output_throughput.in("tokens/s"); }),
      w2("O24b", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TTFT",
         kSglR1, Area::latency, 913.93, "ms", 615,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 8000, 1000, 64}, 320).ttft.mean.in("ms"); }),
      w2("O24c", "DeepSeek-R1-0528 8xB200 FP8 TP8 SGLang, random [1, 8000]/[1, 1000], concurrency 64, 320 prompts: mean TPOT",
         kSglR1, Area::latency, 39.93, "ms", 28.87,
         [] { return sgl_random_closed({&DSR1, &B200, 8, Precision::fp8, 8000, 1000, 64}, 320).tpot.mean.in("ms"); }),
      w2("O09a", "Llama 3.1 70B 1xMI355X FP8 TP1 vLLM, 8191/1024, concurrency 64: output tok/s",
         kVllmMi355x, Area::throughput, 873.98, "tok/s", 1055,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp8, 8191, 1024, 64}, 0.9, 32768, {128}).output_throughput.in("tokens/s"); }),
      w2("O09b", "Llama 3.1 70B 1xMI355X FP8 TP1 vLLM, 8191/1024, concurrency 64: mean TTFT",
         kVllmMi355x, Area::latency, 11639.66, "ms", 485.8,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp8, 8191, 1024, 64}, 0.9, 32768, {128}).ttft.in("ms"); }),
      w2("O09c", "Llama 3.1 70B 1xMI355X FP8 TP1 vLLM, 8191/1024, concurrency 64: mean TPOT",
         kVllmMi355x, Area::latency, 61.81, "ms", 59.25,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp8, 8191, 1024, 64}, 0.9, 32768, {128}).tpot.in("ms"); }),
      // O10a: moved in sample by a2bcd71 (1655), back within 0.5% of its first prediction after
      // the session-10 closed-loop rule (1773) by two changes made with its result known: in
      // sample for good, declared.
      in_sample(w2("O10a", "Llama 3.1 70B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: output tok/s",
         kVllmMi355x, Area::throughput, 999.3, "tok/s", 1778,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).output_throughput.in("tokens/s"); })),
      w2("O10b", "Llama 3.1 70B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: mean TTFT",
         kVllmMi355x, Area::latency, 10128.3, "ms", 239.3,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).ttft.in("ms"); }),
      w2("O10c", "Llama 3.1 70B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: mean TPOT",
         kVllmMi355x, Area::latency, 54.1, "ms", 35.69,
         [] { return vllm_v1_closed({&L31_70B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).tpot.in("ms"); }),
      w2("O15a", "Qwen3-235B-A22B 4xB200 FP8 TP4 vLLM, 30000/1000, concurrency 64: output tok/s",
         kVllmPr43232, Area::throughput, 847.07, "tok/s", 820.5,
         [] { return vllm_v1_closed({&Q3_235B, &B200, 4, Precision::fp8, 30000, 1000, 64}, 0.85, 8192, {128}).output_throughput.in("tokens/s"); }),
      w2("O15b", "Qwen3-235B-A22B 4xB200 FP8 TP4 vLLM, 30000/1000, concurrency 64: mean TTFT",
         kVllmPr43232, Area::latency, 15725.91, "ms", 628.6,
         [] { return vllm_v1_closed({&Q3_235B, &B200, 4, Precision::fp8, 30000, 1000, 64}, 0.85, 8192, {128}).ttft.in("ms"); }),
      w2("SA09", "Llama 3.1 405B 8xB200 FP8 TP8 trtllm-bench offline, 124/2048: output tok/s",
         kTrt4043, Area::throughput, 3396, "tok/s", 1.187e+04,
         [] { return offline_throughput({&L31_405B, &B200, 8, 8, Precision::fp8, 124, 2048}); }, "the reporter finds this B200 figure low against his H200 run (the issue asks why); kept: the source does not retract it"),
      w2("SA10", "Llama 3.1 405B 8xH200 FP8 TP8 trtllm-bench offline, 124/2048: output tok/s",
         kTrt4043, Area::throughput, 6051, "tok/s", 5630,
         [] { return offline_throughput({&L31_405B, &H200, 8, 8, Precision::fp8, 124, 2048}); }),
      w2("SA11", "Llama 3.1 8B 1xH100 PCIe FP8 trtllm-bench offline, 128/128: output tok/s",
         kTrt6294, Area::throughput, 17500, "tok/s", 2.186e+04,
         [] { return offline_throughput({&L31_8B, &H100P, 1, 1, Precision::fp8, 128, 128}); }, "published rounded ('17,500')"),
      w2("SB01", "Qwen3-32B 1xTPU7x FP8 vLLM-TPU, random [819, 1024]/[819, 1024], concurrency 320, 320 prompts: output tok/s",
         kTpuQwen3, Area::throughput, 6556.72, "tok/s", 8845,
         [] { return vllm_tpu_recipe({&Q3_32B, &TPU7, 1, Precision::fp8, 1024, 1024, 320}).output_throughput.in("tokens/s"); }),
      w2("SB02", "Qwen3-32B 1xTPU7x FP8 vLLM-TPU, random [819, 1024]/[6553, 8192], concurrency 320, 320 prompts: output tok/s",
         kTpuQwen3, Area::throughput, 3959.56, "tok/s", 6239,
         [] { return vllm_tpu_recipe({&Q3_32B, &TPU7, 1, Precision::fp8, 1024, 8192, 320}).output_throughput.in("tokens/s"); }),
      w2("SB03", "Qwen3-32B 1xTPU7x FP8 vLLM-TPU, random [6553, 8192]/[819, 1024], concurrency 320, 320 prompts: output tok/s",
         kTpuQwen3, Area::throughput, 1382.18, "tok/s", 2335,
         [] { return vllm_tpu_recipe({&Q3_32B, &TPU7, 1, Precision::fp8, 8192, 1024, 320}).output_throughput.in("tokens/s"); }),
      w2("SB04a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: output tok/s per GPU",
         kIx890, Area::throughput, 19.91, "tok/s", 73.18,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 4}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB04b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kIx890, Area::latency, 290.9, "ms", 93.72,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SB04c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kIx890, Area::latency, 24.03, "ms", 6.66,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SB05a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: output tok/s per GPU",
         kIx890, Area::throughput, 36.76, "tok/s", 110.8,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 8}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB05b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TTFT",
         kIx890, Area::latency, 418.1, "ms", 109,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 8}).ttft.mean.in("ms"); }),
      w2("SB05c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TPOT",
         kIx890, Area::latency, 26.17, "ms", 8.714,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 1024, 1024, 8}).tpot.mean.in("ms"); }),
      w2("SB13a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: output tok/s per GPU",
         kIx3318, Area::throughput, 24.91, "tok/s", 58.44,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 4}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB13b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kIx3318, Area::latency, 1025.49, "ms", 466.9,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SB13c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kIx3318, Area::latency, 18.53, "ms", 7.974,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SB14a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: output tok/s per GPU",
         kIx3318, Area::throughput, 69.39, "tok/s", 101.6,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 16}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB14b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: mean TTFT",
         kIx3318, Area::latency, 1163.49, "ms", 715.1,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 16}).ttft.mean.in("ms"); }),
      w2("SB14c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: mean TPOT",
         kIx3318, Area::latency, 26.75, "ms", 18.63,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 16}).tpot.mean.in("ms"); }),
      w2("SB15a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 32, 320 prompts: output tok/s per GPU",
         kIx3318, Area::throughput, 95.57, "tok/s", 123.8,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 32}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB15b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 32, 320 prompts: mean TTFT",
         kIx3318, Area::latency, 1363.26, "ms", 1056,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 32}).ttft.mean.in("ms"); }),
      w2("SB15c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 32, 320 prompts: mean TPOT",
         kIx3318, Area::latency, 39.45, "ms", 30.76,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 32}).tpot.mean.in("ms"); }),
      w2("SB16a", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: output tok/s per GPU",
         kIx3318, Area::throughput, 114.89, "tok/s", 148.9,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 64}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SB16b", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: mean TTFT",
         kIx3318, Area::latency, 1917.85, "ms", 1715,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 64}).ttft.mean.in("ms"); }),
      w2("SB16c", "DeepSeek-R1-0528 8xMI325X FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: mean TPOT",
         kIx3318, Area::latency, 66.55, "ms", 51.26,
         [] { return inferencex_sglang({&DSR1, &MI325, 8, Precision::fp8, 8192, 1024, 64}).tpot.mean.in("ms"); }),
      w2("SB18a", "Llama 3.1 405B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: output tok/s",
         kVllm405Rocm, Area::throughput, 888.04, "tok/s", 469.1,
         [] { return vllm_v1_closed({&L31_405B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).output_throughput.in("tokens/s"); }),
      w2("SB18b", "Llama 3.1 405B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: mean TTFT",
         kVllm405Rocm, Area::latency, 16456.0, "ms", 1126,
         [] { return vllm_v1_closed({&L31_405B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).ttft.in("ms"); }),
      w2("SB18c", "Llama 3.1 405B 1xMI355X MXFP4 TP1 vLLM, 8191/1024, concurrency 64: mean TPOT",
         kVllm405Rocm, Area::latency, 55.94, "ms", 57.45,
         [] { return vllm_v1_closed({&L31_405B, &MI355, 1, Precision::fp4, 8191, 1024, 64}, 0.9, 32768, {128}).tpot.in("ms"); }),
      w2("SC01", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 128/1024, concurrency 1: output tok/s",
         kSily, Area::latency, 214.123, "tok/s", 216.8,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 128, 1024, 1}, Precision::bf16, {50}).output_throughput.in("tokens/s"); }),
      w2("SC02", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 128/1024, concurrency 64: output tok/s",
         kSily, Area::throughput, 8620.67, "tok/s", 9231,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 128, 1024, 64}, Precision::bf16, {320}).output_throughput.in("tokens/s"); }),
      w2("SC03", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 128/1024, concurrency 256: output tok/s",
         kSily, Area::throughput, 15263.9, "tok/s", 1.399e+04,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 128, 1024, 256}, Precision::bf16, {1280}).output_throughput.in("tokens/s"); }),
      w2("SC04", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 1024/128, concurrency 16: output tok/s",
         kSily, Area::throughput, 2393.33, "tok/s", 2011,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 1024, 128, 16}, Precision::bf16, {80}).output_throughput.in("tokens/s"); }),
      w2("SC05", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 2048/2048, concurrency 32: output tok/s",
         kSily, Area::throughput, 3086.09, "tok/s", 3248,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 2048, 2048, 32}, Precision::bf16, {160}).output_throughput.in("tokens/s"); }),
      w2("SC06", "Qwen3-8B 1xH100 FP8 vLLM 0.30, 8192/512, concurrency 1: output tok/s",
         kSily, Area::latency, 182.586, "tok/s", 182.7,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::fp8, 8192, 512, 1}, Precision::bf16, {50}).output_throughput.in("tokens/s"); }),
      w2("SC07", "Qwen3-8B 1xH100 BF16 vLLM 0.30, 128/128, concurrency 1: output tok/s",
         kSily, Area::latency, 145.315, "tok/s", 140.9,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::bf16, 128, 128, 1}, Precision::bf16, {50}).output_throughput.in("tokens/s"); }),
      w2("SC08", "Qwen3-8B 1xH100 BF16 vLLM 0.30, 2048/2048, concurrency 16: output tok/s",
         kSily, Area::throughput, 1625.12, "tok/s", 1613,
         [] { return vllm_closed({&Q3_8B, &H100, 1, Precision::bf16, 2048, 2048, 16}, Precision::bf16, {80}).output_throughput.in("tokens/s"); }),
      in_sample(w2("SC09", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 128/128: output tok/s",
         kTrt8B, Area::throughput, 14389.8, "tok/s", 3.03e+04,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 128, 128}); },
         "the source's summary file is labelled Llama-3.1-8B on 1 GPU, but its raw trtllm-bench log of the same numbers (results/result_128_128_30000.txt) prints Llama-3.1-70B-Instruct, TP 8, KV memory 90%: a mapping bug found after the first run (first prediction 3.03e+04 under the 8B / 1-GPU reading), fixed to the P29/P30 rule, hence in sample")),
      in_sample(w2("SC10", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 128/2048: output tok/s",
         kTrt8B, Area::throughput, 16901.9, "tok/s", 1.973e+04,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 128, 2048}); },
         "the source's summary file is labelled Llama-3.1-8B on 1 GPU, but its raw trtllm-bench log of the same numbers (results/result_128_2048_3000.txt) prints Llama-3.1-70B-Instruct, TP 8, KV memory 90%: a mapping bug found after the first run (first prediction 1.973e+04 under the 8B / 1-GPU reading), fixed to the P29/P30 rule, hence in sample")),
      in_sample(w2("SC13", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 4096/512: output tok/s",
         kTrt8B, Area::throughput, 3018.63, "tok/s", 3951,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 4096, 512}); },
         "the source's summary file is labelled Llama-3.1-8B on 1 GPU, but its raw trtllm-bench log of the same numbers (results/result_4096_512_1000.txt) prints Llama-3.1-70B-Instruct, TP 8, KV memory 90%: a mapping bug found after the first run (first prediction 3951 under the 8B / 1-GPU reading), fixed to the P29/P30 rule, hence in sample")),
      w2("SC14a", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: output tok/s per GPU",
         kIx3317, Area::throughput, 54.45, "tok/s", 49.17,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 4}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC14b", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kIx3317, Area::latency, 189.91, "ms", 50.53,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SC14c", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kIx3317, Area::latency, 8.69, "ms", 9.991,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SC15a", "DeepSeek-R1-0528 4xB200 FP8 TP4 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: output tok/s per GPU",
         kIx3317, Area::throughput, 147.77, "tok/s", 141.6,
         [] { return inferencex_trtllm({&DSR1, &B200, 4, Precision::fp8, 1024, 1024, 8}).output_throughput.in("tokens/s") / 4.0; }),
      w2("SC15b", "DeepSeek-R1-0528 4xB200 FP8 TP4 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TTFT",
         kIx3317, Area::latency, 194.49, "ms", 75.15,
         [] { return inferencex_trtllm({&DSR1, &B200, 4, Precision::fp8, 1024, 1024, 8}).ttft.mean.in("ms"); }),
      w2("SC15c", "DeepSeek-R1-0528 4xB200 FP8 TP4 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TPOT",
         kIx3317, Area::latency, 13.06, "ms", 13.72,
         [] { return inferencex_trtllm({&DSR1, &B200, 4, Precision::fp8, 1024, 1024, 8}).tpot.mean.in("ms"); }),
      w2("SC16a", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: output tok/s per GPU",
         kIx3317, Area::throughput, 374.64, "tok/s", 359,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 64}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC16b", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TTFT",
         kIx3317, Area::latency, 569.02, "ms", 119.5,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 64}).ttft.mean.in("ms"); }),
      w2("SC16c", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TPOT",
         kIx3317, Area::latency, 20.06, "ms", 21.58,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 1024, 1024, 64}).tpot.mean.in("ms"); }),
      w2("SC17a", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: output tok/s per GPU",
         kIx3317, Area::throughput, 50.65, "tok/s", 46.42,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 8192, 1024, 4}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC17b", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kIx3317, Area::latency, 322.69, "ms", 178.1,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 8192, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SC17c", "DeepSeek-R1-0528 8xB200 FP8 TP8 TensorRT-LLM, random [6553, 8192]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kIx3317, Area::latency, 9.29, "ms", 10.45,
         [] { return inferencex_trtllm({&DSR1, &B200, 8, Precision::fp8, 8192, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SC18a", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: output tok/s per GPU",
         kIx3173, Area::throughput, 49.17, "tok/s", 43.56,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 4}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC18b", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kIx3173, Area::latency, 157.77, "ms", 78.54,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SC18c", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kIx3173, Area::latency, 9.7, "ms", 11.26,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SC19a", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: output tok/s per GPU",
         kIx3173, Area::throughput, 259.8, "tok/s", 250.6,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 64}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC19b", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TTFT",
         kIx3173, Area::latency, 359.75, "ms", 215.2,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 64}).ttft.mean.in("ms"); }),
      w2("SC19c", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TPOT",
         kIx3173, Area::latency, 29.77, "ms", 30.99,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 1024, 1024, 64}).tpot.mean.in("ms"); }),
      w2("SC20a", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: output tok/s per GPU",
         kIx3173, Area::throughput, 93.89, "tok/s", 83.34,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 8192, 1024, 16}).output_throughput.in("tokens/s") / 8.0; }),
      w2("SC20b", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: mean TTFT",
         kIx3173, Area::latency, 688.2, "ms", 534.6,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 8192, 1024, 16}).ttft.mean.in("ms"); }),
      w2("SC20c", "DeepSeek-R1-0528 8xH200 FP8 TP8 SGLang, random [6553, 8192]/[819, 1024], concurrency 16, 160 prompts: mean TPOT",
         kIx3173, Area::latency, 20.02, "ms", 22.96,
         [] { return inferencex_sglang({&DSR1, &H200, 8, Precision::fp8, 8192, 1024, 16}).tpot.mean.in("ms"); }),
      w2("SC21a", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 1: mean TTFT",
         kNimCsv, Area::latency, 25.812, "ms", 33.85,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 1, genai_perf(1)).ttft.in("ms"); }),
      w2("SC21b", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 1: mean ITL",
         kNimCsv, Area::latency, 12.2036, "ms", 10.35,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 1, genai_perf(1)).tpot.in("ms"); }),
      w2("SC21c", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 1: output tok/s",
         kNimCsv, Area::latency, 81.846, "tok/s", 93.39,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 1, genai_perf(1)).output_throughput.in("tokens/s"); }),
      w2("SC22a", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 100: mean TTFT",
         kNimCsv, Area::latency, 955.501, "ms", 44.91,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 100, genai_perf(100)).ttft.in("ms"); }),
      w2("SC22b", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 100: mean ITL",
         kNimCsv, Area::latency, 27.7288, "ms", 23.85,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 100, genai_perf(100)).tpot.in("ms"); }),
      w2("SC22c", "Llama 3 8B 1xA100 FP16 TP1 NIM (TRT-LLM), 200/1000, concurrency 100: output tok/s",
         kNimCsv, Area::throughput, 3485.8, "tok/s", 4194,
         [] { return closed_loop({&L3_8B, &A100, 1, 1, Precision::fp16, 200, 1000}, 100, genai_perf(100)).output_throughput.in("tokens/s"); }),
      w2("SC23a", "Llama 3 8B 2xA100 FP16 TP2 NIM (TRT-LLM), 200/1000, concurrency 1: mean TTFT",
         kNimCsv, Area::latency, 21.428, "ms", 22.46,
         [] { return closed_loop({&L3_8B, &A100, 2, 2, Precision::fp16, 200, 1000}, 1, genai_perf(1)).ttft.in("ms"); }),
      w2("SC23b", "Llama 3 8B 2xA100 FP16 TP2 NIM (TRT-LLM), 200/1000, concurrency 1: mean ITL",
         kNimCsv, Area::latency, 8.3325, "ms", 6.768,
         [] { return closed_loop({&L3_8B, &A100, 2, 2, Precision::fp16, 200, 1000}, 1, genai_perf(1)).tpot.in("ms"); }),
      w2("SC23c", "Llama 3 8B 2xA100 FP16 TP2 NIM (TRT-LLM), 200/1000, concurrency 1: output tok/s",
         kNimCsv, Area::latency, 119.814, "tok/s", 138.8,
         [] { return closed_loop({&L3_8B, &A100, 2, 2, Precision::fp16, 200, 1000}, 1, genai_perf(1)).output_throughput.in("tokens/s"); }),
      w2("SC24a", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 1: mean TTFT",
         kNimCsv, Area::latency, 69.714, "ms", 88.69,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 1, genai_perf(1)).ttft.in("ms"); }),
      w2("SC24b", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 1: mean ITL",
         kNimCsv, Area::latency, 30.3587, "ms", 26.89,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 1, genai_perf(1)).tpot.in("ms"); }),
      w2("SC24c", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 1: output tok/s",
         kNimCsv, Area::latency, 32.896, "tok/s", 35.74,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 1, genai_perf(1)).output_throughput.in("tokens/s"); }),
      w2("SC25a", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 50: mean TTFT",
         kNimCsv, Area::latency, 1378.05, "ms", 92.13,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 50, genai_perf(50)).ttft.in("ms"); }),
      w2("SC25b", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 50: mean ITL",
         kNimCsv, Area::latency, 38.5468, "ms", 37.28,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 50, genai_perf(50)).tpot.in("ms"); }),
      w2("SC25c", "Llama 3 70B 4xA100 FP16 TP4 NIM (TRT-LLM), 200/1000, concurrency 50: output tok/s",
         kNimCsv, Area::throughput, 1253.16, "tok/s", 1341,
         [] { return closed_loop({&L3_70B, &A100, 4, 4, Precision::fp16, 200, 1000}, 50, genai_perf(50)).output_throughput.in("tokens/s"); }),
      w2("SC26a", "Llama 3 70B 8xA100 BF16 TP8 NIM (TRT-LLM), 2000/200, concurrency 25: mean TTFT",
         kNimCsv, Area::latency, 3960.7, "ms", 263.6,
         [] { return closed_loop({&L3_70B, &A100, 8, 8, Precision::bf16, 2000, 200}, 25, genai_perf(25)).ttft.in("ms"); }),
      w2("SC26b", "Llama 3 70B 8xA100 BF16 TP8 NIM (TRT-LLM), 2000/200, concurrency 25: mean ITL",
         kNimCsv, Area::latency, 37.6905, "ms", 58.11,
         [] { return closed_loop({&L3_70B, &A100, 8, 8, Precision::bf16, 2000, 200}, 25, genai_perf(25)).tpot.in("ms"); }),
      w2("SC26c", "Llama 3 70B 8xA100 BF16 TP8 NIM (TRT-LLM), 2000/200, concurrency 25: output tok/s",
         kNimCsv, Area::throughput, 435.956, "tok/s", 429.5,
         [] { return closed_loop({&L3_70B, &A100, 8, 8, Precision::bf16, 2000, 200}, 25, genai_perf(25)).output_throughput.in("tokens/s"); }),
      w2("SC27a", "Llama 3 8B 1xH100 FP8 TP1 NIM (TRT-LLM), 2000/200, concurrency 25: mean TTFT",
         kNimCsv, Area::latency, 489.487, "ms", 31.81,
         [] { return closed_loop({&L3_8B, &H100, 1, 1, Precision::fp8, 2000, 200}, 25, genai_perf(25)).ttft.in("ms"); }),
      w2("SC27b", "Llama 3 8B 1xH100 FP8 TP1 NIM (TRT-LLM), 2000/200, concurrency 25: mean ITL",
         kNimCsv, Area::latency, 11.7339, "ms", 10.54,
         [] { return closed_loop({&L3_8B, &H100, 1, 1, Precision::fp8, 2000, 200}, 25, genai_perf(25)).tpot.in("ms"); }),
      w2("SC27c", "Llama 3 8B 1xH100 FP8 TP1 NIM (TRT-LLM), 2000/200, concurrency 25: output tok/s",
         kNimCsv, Area::throughput, 1768.68, "tok/s", 2378,
         [] { return closed_loop({&L3_8B, &H100, 1, 1, Precision::fp8, 2000, 200}, 25, genai_perf(25)).output_throughput.in("tokens/s"); }),
      w2("SC28a", "Llama 3 70B 4xH100 FP8 TP4 NIM (TRT-LLM), 200/1000, concurrency 100: mean TTFT",
         kNimCsv, Area::latency, 662.555, "ms", 30.82,
         [] { return closed_loop({&L3_70B, &H100, 4, 4, Precision::fp8, 200, 1000}, 100, genai_perf(100)).ttft.in("ms"); }),
      w2("SC28b", "Llama 3 70B 4xH100 FP8 TP4 NIM (TRT-LLM), 200/1000, concurrency 100: mean ITL",
         kNimCsv, Area::latency, 23.0764, "ms", 17.49,
         [] { return closed_loop({&L3_70B, &H100, 4, 4, Precision::fp8, 200, 1000}, 100, genai_perf(100)).tpot.in("ms"); }),
      w2("SC28c", "Llama 3 70B 4xH100 FP8 TP4 NIM (TRT-LLM), 200/1000, concurrency 100: output tok/s",
         kNimCsv, Area::throughput, 4212.98, "tok/s", 5713,
         [] { return closed_loop({&L3_70B, &H100, 4, 4, Precision::fp8, 200, 1000}, 100, genai_perf(100)).output_throughput.in("tokens/s"); }),
      w2("SC29a", "Mistral 7B 1xL40S FP8 TP1 TensorRT-LLM 0.9 static batch 8, 128/128: output tok/s",
         kTrt090, Area::throughput, 617.86, "tok/s", 685.5,
         [] { return static_tput(Engine2::trtllm_static, {&MIS7, &L40S, 1, Precision::fp8, 128, 128, 8}); }),
      w2("SC29b", "Mistral 7B 1xL40S FP8 TP1 TensorRT-LLM 0.9 static batch 8, 128/128: first-token latency",
         kTrt090, Area::latency, 42.29, "ms", 45.17,
         [] { return static_ttft(Engine2::trtllm_static, {&MIS7, &L40S, 1, Precision::fp8, 128, 128, 8}); }),
      w2("SC30a", "Mistral 7B 1xL40S FP8 TP1 TensorRT-LLM 0.9 static batch 1, 2048/128: output tok/s",
         kTrt090, Area::latency, 75.65, "tok/s", 83.85,
         [] { return static_tput(Engine2::trtllm_static, {&MIS7, &L40S, 1, Precision::fp8, 2048, 128, 1}); }),
      w2("SC30b", "Mistral 7B 1xL40S FP8 TP1 TensorRT-LLM 0.9 static batch 1, 2048/128: first-token latency",
         kTrt090, Area::latency, 87.58, "ms", 86.07,
         [] { return static_ttft(Engine2::trtllm_static, {&MIS7, &L40S, 1, Precision::fp8, 2048, 128, 1}); }),
      w2("SC31a", "Llama 2 70B 4xL40S FP8 TP4 TensorRT-LLM 0.9 static batch 4, 128/128: output tok/s",
         kTrt090, Area::throughput, 115.27, "tok/s", 126.1,
         [] { return static_tput(Engine2::trtllm_static, {&L2_70B, &L40S, 4, Precision::fp8, 128, 128, 4}); }),
      w2("SC31b", "Llama 2 70B 4xL40S FP8 TP4 TensorRT-LLM 0.9 static batch 4, 128/128: first-token latency",
         kTrt090, Area::latency, 180.06, "ms", 161.3,
         [] { return static_ttft(Engine2::trtllm_static, {&L2_70B, &L40S, 4, Precision::fp8, 128, 128, 4}); }),
      w2("SC32a", "Mixtral 8x7B 4xL40S FP16 TP4 TensorRT-LLM 0.9 static batch 32, 128/128: output tok/s",
         kTrt090, Area::throughput, 2117.93, "tok/s", 826.3,
         [] { return static_tput(Engine2::trtllm_static, {&MIX7, &L40S, 4, Precision::fp16, 128, 128, 32}); }),
      w2("SC32b", "Mixtral 8x7B 4xL40S FP16 TP4 TensorRT-LLM 0.9 static batch 32, 128/128: first-token latency",
         kTrt090, Area::latency, 334.15, "ms", 319.9,
         [] { return static_ttft(Engine2::trtllm_static, {&MIX7, &L40S, 4, Precision::fp16, 128, 128, 32}); }),
      w2("SC33a", "Llama 2 70B 4xH200 FP8 TP4 TensorRT-LLM 0.9 static batch 16, 128/128: output tok/s",
         kTrt090, Area::throughput, 1337.01, "tok/s", 1376,
         [] { return static_tput(Engine2::trtllm_static, {&L2_70B, &H200, 4, Precision::fp8, 128, 128, 16}); }),
      w2("SC33b", "Llama 2 70B 4xH200 FP8 TP4 TensorRT-LLM 0.9 static batch 16, 128/128: first-token latency",
         kTrt090, Area::latency, 99.9, "ms", 104.5,
         [] { return static_ttft(Engine2::trtllm_static, {&L2_70B, &H200, 4, Precision::fp8, 128, 128, 16}); }),
      w2("SC34a", "Llama 2 7B 1xA100 FP16 TP1 TensorRT-LLM 0.9 static batch 1, 2048/128: output tok/s",
         kTrt090, Area::latency, 84.03, "tok/s", 90.99,
         [] { return static_tput(Engine2::trtllm_static, {&L2_7B, &A100, 1, Precision::fp16, 2048, 128, 1}); }),
      w2("SC34b", "Llama 2 7B 1xA100 FP16 TP1 TensorRT-LLM 0.9 static batch 1, 2048/128: first-token latency",
         kTrt090, Area::latency, 132.46, "ms", 151.2,
         [] { return static_ttft(Engine2::trtllm_static, {&L2_7B, &A100, 1, Precision::fp16, 2048, 128, 1}); }),
      w2("SD01a", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 64: output tok/s",
         kTpuLlama, Area::throughput, 2494.8, "tok/s", 2159,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 64}).output_throughput.in("tokens/s"); }),
      w2("SD01b", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 64: mean TTFT",
         kTpuLlama, Area::latency, 251.04, "ms", 139.8,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 64}).ttft.in("ms"); }),
      w2("SD01c", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 64: mean TPOT",
         kTpuLlama, Area::latency, 25.35, "ms", 29.64,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 64}).tpot.in("ms"); }),
      w2("SD02a", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 128: output tok/s",
         kTpuLlama, Area::throughput, 3544.46, "tok/s", 3360,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 128}).output_throughput.in("tokens/s"); }),
      w2("SD02b", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 128: mean TTFT",
         kTpuLlama, Area::latency, 512.34, "ms", 148.2,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 128}).ttft.in("ms"); }),
      w2("SD02c", "Llama 3.3 70B 8xTPU v6e BF16 TP8 vLLM-TPU, 999/1000, concurrency 128: mean TPOT",
         kTpuLlama, Area::latency, 35.12, "ms", 38.09,
         [] { return vllm_tpu_llama({&L31_70B, &TPU6, 8, Precision::bf16, 999, 1000, 128}).tpot.in("ms"); }),
      w2("SD03a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 256: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 22239.8 * 1000.0 / 2000.0, "tok/s", 1.237e+04,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 256}).output_throughput.in("tokens/s"); }),
      w2("SD03b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 256: mean TTFT",
         kAtomQwen, Area::latency, 2452.83, "ms", 29.42,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 256}).ttft.in("ms"); }),
      w2("SD03c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 256: mean TPOT",
         kAtomQwen, Area::latency, 20.55, "ms", 20.36,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 256}).tpot.in("ms"); }),
      w2("SD04a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 128: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 14380.7 * 1000.0 / 2000.0, "tok/s", 7291,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 128}).output_throughput.in("tokens/s"); }),
      w2("SD04b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 128: mean TTFT",
         kAtomQwen, Area::latency, 1326.08, "ms", 26.69,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 128}).ttft.in("ms"); }),
      w2("SD04c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 1000/1000, concurrency 128: mean TPOT",
         kAtomQwen, Area::latency, 16.47, "ms", 17.38,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 1000, 1000, 128}).tpot.in("ms"); }),
      w2("SD05a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 128: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 24632.5 * 1000.0 / 5000.0, "tok/s", 5434,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 128}).output_throughput.in("tokens/s"); }),
      w2("SD05b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 128: mean TTFT",
         kAtomQwen, Area::latency, 4656.93, "ms", 61.88,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 128}).ttft.in("ms"); }),
      w2("SD05c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 128: mean TPOT",
         kAtomQwen, Area::latency, 21.32, "ms", 23.35,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 128}).tpot.in("ms"); }),
      w2("SD06a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 64: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 16024.1 * 1000.0 / 5000.0, "tok/s", 3379,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 64}).output_throughput.in("tokens/s"); }),
      w2("SD06b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 64: mean TTFT",
         kAtomQwen, Area::latency, 2444.89, "ms", 53.9,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 64}).ttft.in("ms"); }),
      w2("SD06c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 4000/1000, concurrency 64: mean TPOT",
         kAtomQwen, Area::latency, 17.52, "ms", 18.91,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 4000, 1000, 64}).tpot.in("ms"); }),
      w2("SD07a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 64: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 24318.6 * 1000.0 / 11000.0, "tok/s", 2481,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 64}).output_throughput.in("tokens/s"); }),
      w2("SD07b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 64: mean TTFT",
         kAtomQwen, Area::latency, 6144.75, "ms", 117.7,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 64}).ttft.in("ms"); }),
      w2("SD07c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 64: mean TPOT",
         kAtomQwen, Area::latency, 22.8, "ms", 25.67,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 64}).tpot.in("ms"); }),
      w2("SD08a", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 32: output tok/s (total x OSL / (ISL + OSL))",
         kAtomQwen, Area::throughput, 15799.2 * 1000.0 / 11000.0, "tok/s", 1561,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 32}).output_throughput.in("tokens/s"); }),
      w2("SD08b", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 32: mean TTFT",
         kAtomQwen, Area::latency, 3208.08, "ms", 116.3,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 32}).ttft.in("ms"); }),
      w2("SD08c", "Qwen3-235B-A22B 8xMI355X FP8 TP8 EP8 ATOM, 10000/1000, concurrency 32: mean TPOT",
         kAtomQwen, Area::latency, 19.08, "ms", 20.43,
         [] { return atom_closed({&Q3_235B, &MI355, 8, Precision::fp8, 10000, 1000, 32}).tpot.in("ms"); }),
      w2("SD11", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 4 prompts of 2048/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 239.603 * 2048.0 / 4096.0, "tok/s", 154.7,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 4}); }),
      w2("SD12", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 64 prompts of 2048/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 2091.17 * 2048.0 / 4096.0, "tok/s", 1403,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 64}); }),
      w2("SD13", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 256 prompts of 2048/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 3134.81 * 2048.0 / 4096.0, "tok/s", 2060,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 256}); }),
      w2("SD14", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 256 prompts of 128/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 2450.88 * 2048.0 / 2176.0, "tok/s", 3151,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 256}); }),
      w2("SD15", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 16 prompts of 32784/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 2497.34 * 2048.0 / 34832.0, "tok/s", 212.5,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 32784, 2048, 16}); }),
      w2("SD16", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 64 prompts of 32784/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 3094.6 * 2048.0 / 34832.0, "tok/s", 227.4,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 32784, 2048, 64}); }),
      w2("SD17", "Llama 3.1 405B (Meta FP8 checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 64 prompts of 2048/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 741.105 * 2048.0 / 4096.0, "tok/s", 1403,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 64}, 15); }),
      w2("SD18", "Llama 3.1 405B (Meta FP8 checkpoint) 8xMI300X TP8 vLLM 0.6 ROCm eager, 256 prompts of 128/2048: output tok/s (total x OSL / (ISL + OSL))",
         kDstack, Area::throughput, 1271.23 * 2048.0 / 2176.0, "tok/s", 3151,
         [] { return vllm_rocm_eager_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 256}, 15); }),
      w2("SE01a", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwenH100, Area::throughput, 152.42, "tok/s", 288.4,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SE01b", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwenH100, Area::latency, 163909.4, "ms", 8.539e+04,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SE01c", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwenH100, Area::latency, 86.62, "ms", 54.95,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SE02a", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwenH100, Area::throughput, 281.53, "tok/s", 729.7,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SE02b", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwenH100, Area::latency, 86596.6, "ms", 3.26e+04,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SE02c", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwenH100, Area::latency, 223.4, "ms", 192.8,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SE03a", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: output tok/s",
         kGpuStackQwenH100, Area::throughput, 121.66, "tok/s", 321,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 128, 4, 1000}).output_throughput.in("tokens/s"); }),
      w2("SE03b", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TTFT",
         kGpuStackQwenH100, Area::latency, 21648.67, "ms", 6553,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 128, 4, 1000}).ttft.in("ms"); }),
      w2("SE03c", "Qwen3-32B 1xH100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TPOT",
         kGpuStackQwenH100, Area::latency, 1169.72, "ms", 681.7,
         [] { return vllm_burst({&Q3_32B, &H100, 1, Precision::bf16, 128, 4, 1000}).tpot.in("ms"); }),
      w2("SE04a", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 128/4, 1000 prompts at once: output tok/s",
         kGpuStackQwenH100, Area::throughput, 207.33, "tok/s", 536.3,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 128, 4, 1000}).output_throughput.in("tokens/s"); }),
      w2("SE04b", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 128/4, 1000 prompts at once: mean TTFT",
         kGpuStackQwenH100, Area::latency, 10718.84, "ms", 3922,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 128, 4, 1000}).ttft.in("ms"); }),
      w2("SE04c", "Qwen3-32B 1xH100 FP8 TP1 TensorRT-LLM 1.2, 128/4, 1000 prompts at once: mean TPOT",
         kGpuStackQwenH100, Area::latency, 890.11, "ms", 408,
         [] { return trtllm_burst({&Q3_32B, &H100, 1, Precision::fp8, 128, 4, 1000}).tpot.in("ms"); }),
      w2("SE05a", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwenA100, Area::throughput, 120.27, "tok/s", 124.7,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SE05b", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwenA100, Area::latency, 208397.03, "ms", 1.987e+05,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SE05c", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwenA100, Area::latency, 143.23, "ms", 123.3,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SE06a", "Qwen3-32B 1xA100 BF16 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwenA100, Area::throughput, 129.55, "tok/s", 134,
         [] { return trtllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SE06b", "Qwen3-32B 1xA100 BF16 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwenA100, Area::latency, 189776.2, "ms", 1.849e+05,
         [] { return trtllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SE06c", "Qwen3-32B 1xA100 BF16 TP1 TensorRT-LLM 1.2, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwenA100, Area::latency, 145.49, "ms", 156.7,
         [] { return trtllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SE07a", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: output tok/s",
         kGpuStackQwenA100, Area::throughput, 80.69, "tok/s", 114.1,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 128, 4, 1000}).output_throughput.in("tokens/s"); }),
      w2("SE07b", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TTFT",
         kGpuStackQwenA100, Area::latency, 31177.64, "ms", 1.846e+04,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 128, 4, 1000}).ttft.in("ms"); }),
      w2("SE07c", "Qwen3-32B 1xA100 BF16 TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TPOT",
         kGpuStackQwenA100, Area::latency, 528.57, "ms", 1920,
         [] { return vllm_burst({&Q3_32B, &A100, 1, Precision::bf16, 128, 4, 1000}).tpot.in("ms"); }),
      w2("SE08a", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 4000/200, 500 prompts at once: output tok/s",
         kGpuStackR1H200, Area::throughput, 753.67, "tok/s", 1066,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 4000, 200, 500}).output_throughput.in("tokens/s"); }),
      w2("SE08b", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 4000/200, 500 prompts at once: mean TTFT",
         kGpuStackR1H200, Area::latency, 63058.71, "ms", 4.259e+04,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 4000, 200, 500}).ttft.in("ms"); }),
      w2("SE08c", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 4000/200, 500 prompts at once: mean TPOT",
         kGpuStackR1H200, Area::latency, 164.23, "ms", 137.4,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 4000, 200, 500}).tpot.in("ms"); }),
      w2("SE09a", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackR1H200, Area::throughput, 843.71, "tok/s", 1197,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SE09b", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackR1H200, Area::latency, 28911.9, "ms", 1.878e+04,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SE09c", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackR1H200, Area::latency, 237.02, "ms", 190.2,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SE10a", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 32000/100, 100 prompts at once: output tok/s",
         kGpuStackR1H200, Area::throughput, 48.33, "tok/s", 68.02,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 100}).output_throughput.in("tokens/s"); }),
      w2("SE10b", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 32000/100, 100 prompts at once: mean TTFT",
         kGpuStackR1H200, Area::latency, 101351.99, "ms", 7.282e+04,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 100}).ttft.in("ms"); }),
      w2("SE10c", "DeepSeek-R1-0528 8xH200 FP8 TP8 vLLM 0.11, 32000/100, 100 prompts at once: mean TPOT",
         kGpuStackR1H200, Area::latency, 365.79, "ms", 288.4,
         [] { return vllm_burst({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 100}).tpot.in("ms"); }),
      w2("SE15", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 512/512: output tok/s",
         kTrtBench, Area::throughput, 13240.2682, "tok/s", 1.129e+04,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 512, 512}); },
         "result_512_512_7500.txt"),
      w2("SE16", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 1024/2048: output tok/s",
         kTrtBench, Area::throughput, 11168.3798, "tok/s", 1.182e+04,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 1024, 2048}); },
         "result_1024_2048_1500.txt"),
      w2("SE17", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 2048/2048: output tok/s",
         kTrtBench, Area::throughput, 8686.7633, "tok/s", 8671,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 2048, 2048}); },
         "result_2048_2048_1500.txt"),
      w2("SE18", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 4096/1024: output tok/s",
         kTrtBench, Area::throughput, 4391.1951, "tok/s", 4040,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 4096, 1024}); },
         "result_4096_1024_800.txt"),
      w2("SE19", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 8192/1024: output tok/s",
         kTrtBench, Area::throughput, 2379.9472, "tok/s", 2203,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 8192, 1024}); },
         "result_8192_1024_400.txt"),
      w2("SE20", "Llama 3.1 70B 8xH100 FP8 TP8 trtllm-bench offline, 16384/1024: output tok/s",
         kTrtBench, Area::throughput, 1224.7921, "tok/s", 1133,
         [] { return trtllm_bench_offline({&L31_70B, &H100, 8, 8, Precision::fp8, 16384, 1024}); },
         "result_16384_1024_200.txt"),
      w2("SF01a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 1024/256, concurrency 16, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 1320.8, "tok/s", 1468,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 1024, 256, 16}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF01b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 1024/256, concurrency 16, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 343, "ms", 265.7,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 1024, 256, 16}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF02a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 4, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 353.6, "tok/s", 436.3,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 4}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF02b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 4, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 369, "ms", 189.4,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 4}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF03a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 16, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 1233.0, "tok/s", 1569,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 16}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF03b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 16, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 871, "ms", 243.9,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 16}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF04a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 32, 128 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 2230.0, "tok/s", 2808,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 32}, 128).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); --num-prompts 128 printed"),
      w2("SF04b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 4096/4096, concurrency 32, 128 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 1204, "ms", 781.3,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 4096, 4096, 32}, 128).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); --num-prompts 128 printed"),
      w2("SF05a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 4, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 246.8, "tok/s", 395.8,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 4}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF05b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 4, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 1770, "ms", 615.8,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 4}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF06a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 16, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 717.1, "tok/s", 1149,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 16}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF06b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 16, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 3100, "ms", 808,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 16}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF07a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 32, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 1112.6, "tok/s", 1679,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 32}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF07b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 16384/2048, concurrency 32, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 4440, "ms", 987.4,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 16384, 2048, 32}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF08a", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 32768/128, concurrency 4, 1000 prompts: output tok/s",
         kLlmdMi355x, Area::throughput, 48.8, "tok/s", 114.4,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 32768, 128, 4}, 1000).output_throughput.in("tokens/s"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SF08b", "Llama 3.3 70B (AMD FP8-KV) 8xMI355X FP8 TP8 vLLM 0.15, 32768/128, concurrency 4, 1000 prompts: mean TTFT",
         kLlmdMi355x, Area::latency, 4290, "ms", 1058,
         [] { return llmd_mi355x({&L31_70B, &MI355, 8, Precision::fp8, 32768, 128, 4}, 1000).ttft.in("ms"); }, "best of the source's knob sweep (< 3% by its account); prompt count: vllm bench serve's default 1000 (none printed)"),
      w2("SG08a", "Qwen3-235B-A22B 8xH100 BF16 TP8 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStack235H100, Area::throughput, 1127.26, "tok/s", 1022,
         [] { return vllm_burst({&Q3_235B, &H100, 8, Precision::bf16, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SG08b", "Qwen3-235B-A22B 8xH100 BF16 TP8 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStack235H100, Area::latency, 21313.79, "ms", 2.26e+04,
         [] { return vllm_burst({&Q3_235B, &H100, 8, Precision::bf16, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SG08c", "Qwen3-235B-A22B 8xH100 BF16 TP8 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStack235H100, Area::latency, 101.08, "ms", 144.3,
         [] { return vllm_burst({&Q3_235B, &H100, 8, Precision::bf16, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SG14a", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang, random [1, 1024]/[1, 1024], 3000 prompts at once: output tok/s",
         kDataCrunch70Offline, Area::throughput, 4520.7, "tok/s", 5641,
         [] { return sgl_burst({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 3000}, 0.85).output_throughput.in("tokens/s"); }),
      w2("SG14b", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang, random [1, 1024]/[1, 1024], 3000 prompts at once: mean end-to-end latency",
         kDataCrunch70Offline, Area::latency, 224918.8, "ms", 1.717e+05,
         [] { return sgl_burst({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 3000}, 0.85).e2e.mean.in("ms"); }),
      w2("SG15", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang, random [1, 1024]/[1, 1024], Poisson 4 req/s, 1200 prompts: mean end-to-end latency",
         kDataCrunch70Online, Area::latency, 12896.33, "ms", 9997,
         [] { return sgl_poisson({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 1200}, 0.85, 4.0).e2e.mean.in("ms"); }),
      w2("SG16", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang, random [1, 1024]/[1, 1024], Poisson 8 req/s, 2400 prompts: mean end-to-end latency",
         kDataCrunch70Online, Area::latency, 52064.76, "ms", 2.133e+04,
         [] { return sgl_poisson({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 2400}, 0.85, 8.0).e2e.mean.in("ms"); }),
      w2("SG17", "Llama 3.1 405B 8xH200 BF16 TP8 SGLang, random [1, 1024]/[1, 1024], Poisson 1 req/s, 300 prompts: mean end-to-end latency",
         kDataCrunch405, Area::latency, 24370.79, "ms", 2.305e+04,
         [] { return sgl_poisson({&L31_405B, &H200, 8, Precision::bf16, 1024, 1024, 300}, 0.87, 1.0).e2e.mean.in("ms"); }),
      w2("SG18", "Llama 3.1 405B 8xH200 FP8 TP8 trtllm-bench 0.17 offline, 128/128, 30000 requests: output tok/s",
         kGcpTrt405, Area::throughput, 3914.4509, "tok/s", 3445,
         [] { return trtllm_bench_logged({&L31_405B, &H200, 8, 8, Precision::fp8, 128, 128}, 4096, 0.95); }),
      w2("SH09a", "DeepSeek-R1-0528 8xMI300X FP8 TP8 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: output tok/s",
         kAtomR1, Area::throughput, 4274, "tok/s", 2983,
         [] { return atom_tp_only({&DSR1, &MI300X, 8, Precision::fp8, 1024, 1024, 128}).output_throughput.in("tokens/s"); }),
      w2("SH09b", "DeepSeek-R1-0528 8xMI300X FP8 TP8 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: mean TPOT",
         kAtomR1, Area::latency, 28.8, "ms", 41.48,
         [] { return atom_tp_only({&DSR1, &MI300X, 8, Precision::fp8, 1024, 1024, 128}).tpot.mean.in("ms"); }),
      w2("SH11b", "DeepSeek-V3.1 8xMI300X FP8 TP8 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TTFT",
         kSglV31, Area::latency, 557.85, "ms", 68.62,
         [] { return sgl_random_closed({&DSV3, &MI300X, 8, Precision::fp8, 1000, 1000, 1}, 10).ttft.mean.in("ms"); }),
      w2("SH11c", "DeepSeek-V3.1 8xMI300X FP8 TP8 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglV31, Area::latency, 23.84, "ms", 9.149,
         [] { return sgl_random_closed({&DSV3, &MI300X, 8, Precision::fp8, 1000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("SH12a", "DeepSeek-V3.1 8xMI300X FP8 TP8 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglV31, Area::throughput, 1216.79, "tok/s", 2359,
         [] { return sgl_random_closed({&DSV3, &MI300X, 8, Precision::fp8, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("SH12b", "DeepSeek-V3.1 8xMI300X FP8 TP8 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglV31, Area::latency, 835.15, "ms", 435.6,
         [] { return sgl_random_closed({&DSV3, &MI300X, 8, Precision::fp8, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("SH12c", "DeepSeek-V3.1 8xMI300X FP8 TP8 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglV31, Area::latency, 73.33, "ms", 39.34,
         [] { return sgl_random_closed({&DSV3, &MI300X, 8, Precision::fp8, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("SH13a", "Llama 3.1 8B TPU v6e-4 BF16 SGLang-JAX, random [1, 512]/[1, 512], concurrency 16, 100 prompts: output tok/s",
         kSglJaxLlama31, Area::throughput, 1448.91, "tok/s", 2394,
         [] { return sgl_jax_random({&L31_8B, &TPU6, 4, Precision::bf16, 512, 512, 16}, 0.88, 100).output_throughput.in("tokens/s"); }),
      w2("SH13b", "Llama 3.1 8B TPU v6e-4 BF16 SGLang-JAX, random [1, 512]/[1, 512], concurrency 16, 100 prompts: mean TTFT",
         kSglJaxLlama31, Area::latency, 35.33, "ms", 21.79,
         [] { return sgl_jax_random({&L31_8B, &TPU6, 4, Precision::bf16, 512, 512, 16}, 0.88, 100).ttft.mean.in("ms"); }),
      w2("SH13c", "Llama 3.1 8B TPU v6e-4 BF16 SGLang-JAX, random [1, 512]/[1, 512], concurrency 16, 100 prompts: mean TPOT",
         kSglJaxLlama31, Area::latency, 9.94, "ms", 5.667,
         [] { return sgl_jax_random({&L31_8B, &TPU6, 4, Precision::bf16, 512, 512, 16}, 0.88, 100).tpot.mean.in("ms"); }),
      w2("SH14a", "Gemma 2 27B TPU v6e-4 BF16 SGLang-JAX, random [1, 1024]/[1, 1024], concurrency 16, 100 prompts: output tok/s",
         kSglJaxGemma2, Area::throughput, 974.57, "tok/s", 912.9,
         [] { return sgl_jax_random({&G2_27B, &TPU6, 4, Precision::bf16, 1024, 1024, 16, 2048}, 0.85, 100).output_throughput.in("tokens/s"); }),
      w2("SH14b", "Gemma 2 27B TPU v6e-4 BF16 SGLang-JAX, random [1, 1024]/[1, 1024], concurrency 16, 100 prompts: mean TTFT",
         kSglJaxGemma2, Area::latency, 77.57, "ms", 70.59,
         [] { return sgl_jax_random({&G2_27B, &TPU6, 4, Precision::bf16, 1024, 1024, 16, 2048}, 0.85, 100).ttft.mean.in("ms"); }),
      w2("SH14c", "Gemma 2 27B TPU v6e-4 BF16 SGLang-JAX, random [1, 1024]/[1, 1024], concurrency 16, 100 prompts: mean TPOT",
         kSglJaxGemma2, Area::latency, 14.47, "ms", 14.97,
         [] { return sgl_jax_random({&G2_27B, &TPU6, 4, Precision::bf16, 1024, 1024, 16, 2048}, 0.85, 100).tpot.mean.in("ms"); }),
      w2("SI04", "DeepSeek-V3-0324 8xB200 FP8 TP8 SGLang (triton attention), 1000/1000, concurrency 16, 128 prompts: output tok/s",
         kSglPr6939, Area::throughput, 578.37, "tok/s", 1134,
         [] { return sgl_pr_fixed({&DSV3, &B200, 8, Precision::fp8, 1000, 1000, 16}, 128).output_throughput.in("tokens/s"); }),
      w2("SI06", "DeepSeek-V3-0324 8xH20 FP8 TP8 SGLang, random [1, 1024]/[1, 512], concurrency 8, 200 prompts: output tok/s",
         kSglPr6885, Area::throughput, 53590.0 / 202.64, "tok/s", 443.7,
         [] { return sgl_random_closed({&DSV3, &H20, 8, Precision::fp8, 1024, 512, 8}, 200).output_throughput.in("tokens/s"); },
         "output tok/s = the printed 53590 generated tokens / 202.64 s"),
      w2("SI10", "Qwen3-30B-A3B 1xMI300X FP8, FP8 KV, vLLM V0 benchmark_throughput, 200 prompts of 5000 (5245 realised)/1000: output tok/s",
         kVllmPr17530, Area::throughput, 1924.98, "tok/s", 5847,
         [] { return vllm_v0_rocm_fp8kv_prompts({&Q3_30B, &MI300X, 1, Precision::fp8, realised_prompt(12020.68, 1924.98, 1000), 1000, 200}); }),
      w2("SI11", "Qwen3-30B-A3B 1xMI300X FP8, FP8 KV, vLLM V0 benchmark_throughput, 200 prompts of 1000 (1060 realised)/2000: output tok/s",
         kVllmPr17530, Area::throughput, 4336.96, "tok/s", 1.126e+04,
         [] { return vllm_v0_rocm_fp8kv_prompts({&Q3_30B, &MI300X, 1, Precision::fp8, realised_prompt(6634.48, 4336.96, 2000), 2000, 200}); }),
      w2("SI12", "Qwen3-30B-A3B 1xMI300X FP8, FP8 KV, vLLM V0 benchmark_throughput, 200 prompts of 10000 (10537 realised)/500: output tok/s",
         kVllmPr17530, Area::throughput, 678.94, "tok/s", 2508,
         [] { return vllm_v0_rocm_fp8kv_prompts({&Q3_30B, &MI300X, 1, Precision::fp8, realised_prompt(14986.92, 678.94, 500), 500, 200}); }),
      w2("SJ01", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.10 ROCm, FP8 KV, 3200 prompts of 128/2048: output tok/s (unit unresolved: R37 rule)",
         kRocmDevDocker, Area::throughput, 13383.3, "tok/s", 1.987e+04,
         [] { return vllm_rocm_readme_prompts({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 3200}); }),
      w2("SJ02", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.10 ROCm, FP8 KV, 1500 prompts of 128/4096: output tok/s (unit unresolved: R37 rule)",
         kRocmDevDocker, Area::throughput, 11203.6, "tok/s", 1.562e+04,
         [] { return vllm_rocm_readme_prompts({&L31_70B, &MI300X, 8, Precision::fp8, 128, 4096, 1500}); }),
      w2("SJ03", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.10 ROCm static batch 1, 128/2048: batch latency",
         kRocmDevDocker, Area::latency, 17.236, "s", 19.53,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("SJ04", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.10 ROCm static batch 32, 128/2048: batch latency",
         kRocmDevDocker, Area::latency, 24.932, "s", 22.01,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("SJ05", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.10 ROCm static batch 128, 2048/2048: batch latency",
         kRocmDevDocker, Area::latency, 52.394, "s", 48.06,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("SJ06a", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 default build (batch 2048, 8192 tokens), 1000 x 2048/2048 offline: output tok/s",
         kTrtTuning, Area::throughput, 1564.304, "tok/s", 2973,
         [] { return trtllm_guide_offline({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 2048, 8192}); }),
      w2("SJ06b", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 default build, 2048/2048 at batch 1: mean TTFT",
         kTrtTuning, Area::latency, 147.6976, "ms", 160.2,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 2048, 8192}).ttft.in("ms"); }),
      w2("SJ06c", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 default build, 2048/2048 at batch 1: mean inter-token latency",
         kTrtTuning, Area::latency, 31.3276, "ms", 18.18,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 2048, 8192}).tpot.in("ms"); }),
      w2("SJ07a", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 tuned build (batch 512, 2048 tokens), 1000 x 2048/2048 offline: output tok/s",
         kTrtTuning, Area::throughput, 2474.2581, "tok/s", 3002,
         [] { return trtllm_guide_offline({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 512, 2048}); }),
      w2("SJ07b", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 tuned build, 2048/2048 at batch 1: mean TTFT",
         kTrtTuning, Area::latency, 147.5742, "ms", 160.2,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 512, 2048}).ttft.in("ms"); }),
      w2("SJ07c", "Llama 3.3 70B 4xH100 BF16 TP4 TensorRT-LLM 0.16 tuned build, 2048/2048 at batch 1: mean inter-token latency",
         kTrtTuning, Area::latency, 14.6852, "ms", 18.18,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::bf16, 2048, 2048}, {Precision::bf16, 512, 2048}).tpot.in("ms"); }),
      w2("SJ08a", "Llama 3.3 70B 4xH100 FP8 weights, BF16 KV, TP4 TensorRT-LLM 0.16 (batch 512, 2048 tokens), 1000 x 2048/2048 offline: output tok/s",
         kTrtFp8Guide, Area::throughput, 3389.5305, "tok/s", 3773,
         [] { return trtllm_guide_offline({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::bf16, 512, 2048}); }),
      w2("SJ08b", "Llama 3.3 70B 4xH100 FP8 weights, BF16 KV, TP4 TensorRT-LLM 0.16, 2048/2048 at batch 1: mean TTFT",
         kTrtFp8Guide, Area::latency, 96.1597, "ms", 115.1,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::bf16, 512, 2048}).ttft.in("ms"); }),
      w2("SJ08c", "Llama 3.3 70B 4xH100 FP8 weights, BF16 KV, TP4 TensorRT-LLM 0.16, 2048/2048 at batch 1: mean inter-token latency",
         kTrtFp8Guide, Area::latency, 12.4248, "ms", 12.33,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::bf16, 512, 2048}).tpot.in("ms"); }),
      w2("SJ09a", "Llama 3.3 70B 4xH100 FP8, FP8 KV, TP4 TensorRT-LLM 0.16 tuned (batch 512, 16384 tokens), 1000 x 2048/2048 offline: output tok/s",
         kTrtFp8Guide, Area::throughput, 6049.1625, "tok/s", 5375,
         [] { return trtllm_guide_offline({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::fp8, 512, 16384}); }),
      w2("SJ09b", "Llama 3.3 70B 4xH100 FP8, FP8 KV, TP4 TensorRT-LLM 0.16 tuned, 2048/2048 at batch 1: mean TTFT",
         kTrtFp8Guide, Area::latency, 88.0162, "ms", 113.9,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::fp8, 512, 16384}).ttft.in("ms"); }),
      w2("SJ09c", "Llama 3.3 70B 4xH100 FP8, FP8 KV, TP4 TensorRT-LLM 0.16 tuned, 2048/2048 at batch 1: mean inter-token latency",
         kTrtFp8Guide, Area::latency, 10.8225, "ms", 12.29,
         [] { return trtllm_guide_latency({&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, {Precision::fp8, 512, 16384}).tpot.in("ms"); }),
      w2("SJ13", "Llama 3 8B 1xRTX A6000 BF16 vLLM 0.4 benchmark_throughput, 1000 prompts of 128/128: output tok/s (total x OSL / (ISL + OSL))",
         kVllm4702, Area::throughput, 4326.03 * 128.0 / 256.0, "tok/s", 2321,
         [] { return vllm_v0_default_prompts({&L3_8B, &A6000, 1, Precision::bf16, 128, 128, 1000}); }),
      w2("SK01a", "gpt-oss-120b 1xH100 MXFP4 (weight-only) TP1 vLLM 0.10.2, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackGptOss, Area::throughput, 675.11, "tok/s", 1152,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 1, Precision::fp4, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SK01b", "gpt-oss-120b 1xH100 MXFP4 (weight-only) TP1 vLLM 0.10.2, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackGptOss, Area::latency, 36234.76, "ms", 2.017e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 1, Precision::fp4, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SK01c", "gpt-oss-120b 1xH100 MXFP4 (weight-only) TP1 vLLM 0.10.2, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackGptOss, Area::latency, 41.35, "ms", 87.13,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 1, Precision::fp4, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SK02a", "gpt-oss-120b 2xH100 MXFP4 (weight-only) TP2 vLLM 0.10.2 async scheduling, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackGptOss, Area::throughput, 1595.22, "tok/s", 2054,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 2, Precision::fp4, 2000, 100, 500}).output_throughput.in("tokens/s"); }),
      w2("SK02b", "gpt-oss-120b 2xH100 MXFP4 (weight-only) TP2 vLLM 0.10.2 async scheduling, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackGptOss, Area::latency, 15291.77, "ms", 1.11e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 2, Precision::fp4, 2000, 100, 500}).ttft.in("ms"); }),
      w2("SK02c", "gpt-oss-120b 2xH100 MXFP4 (weight-only) TP2 vLLM 0.10.2 async scheduling, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackGptOss, Area::latency, 139.32, "ms", 118.2,
         [] { return vllm_mxfp4_burst({&GPTOSS, &H100, 2, Precision::fp4, 2000, 100, 500}).tpot.in("ms"); }),
      w2("SK03", "gpt-oss-120b 1xMI300X MXFP4 (weight-only) TP1 vLLM 0.17 ROCm, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: output tok/s",
         kIx1061, Area::throughput, 2008, "tok/s", 3507,
         [] { return inferencex_vllm_mxfp4({&GPTOSS, &MI300X, 1, Precision::fp4, 1024, 1024, 64}, 640).output_throughput.in("tokens/s"); }),
      w2("SK04", "gpt-oss-120b 1xMI300X MXFP4 (weight-only) TP1 vLLM 0.17 ROCm, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: output tok/s",
         kIx1061, Area::throughput, 2990, "tok/s", 4822,
         [] { return inferencex_vllm_mxfp4({&GPTOSS, &MI300X, 1, Precision::fp4, 1024, 1024, 128}, 1280).output_throughput.in("tokens/s"); }),
      w2("SK05", "gpt-oss-120b 1xMI300X MXFP4 (weight-only) TP1 vLLM 0.17 ROCm, random [819, 1024]/[819, 1024], concurrency 256, 2560 prompts: output tok/s",
         kIx1061, Area::throughput, 4271, "tok/s", 6006,
         [] { return inferencex_vllm_mxfp4({&GPTOSS, &MI300X, 1, Precision::fp4, 1024, 1024, 256}, 2560).output_throughput.in("tokens/s"); }),
      w2("SK06", "gpt-oss-120b 8xMI300X MXFP4 (weight-only) TP8 vLLM 0.17 ROCm, random [819, 1024]/[819, 1024], concurrency 1, 64 prompts: mean ITL",
         kIx1092, Area::latency, 4.02, "ms", 3.69,
         [] { return inferencex_vllm_mxfp4({&GPTOSS, &MI300X, 8, Precision::fp4, 1024, 1024, 1}, 64).tpot.mean.in("ms"); }),
      w2("SK07a", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: output tok/s",
         kAtomNightly, Area::throughput, 858.76, "tok/s", 1302,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 4}).output_throughput.in("tokens/s"); }),
      w2("SK07b", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TTFT",
         kAtomNightly, Area::latency, 212.4, "ms", 19.29,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 4}).ttft.mean.in("ms"); }),
      w2("SK07c", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 4, 40 prompts: mean TPOT",
         kAtomNightly, Area::latency, 4.29, "ms", 3.02,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 4}).tpot.mean.in("ms"); }),
      w2("SK08a", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 256, 2560 prompts: output tok/s",
         kAtomNightly, Area::throughput, 12681.21, "tok/s", 1.7e+04,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 256}).output_throughput.in("tokens/s"); }),
      w2("SK08b", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 256, 2560 prompts: mean TTFT",
         kAtomNightly, Area::latency, 1668.91, "ms", 103.8,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 256}).ttft.mean.in("ms"); }),
      w2("SK08c", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 256, 2560 prompts: mean TPOT",
         kAtomNightly, Area::latency, 17.83, "ms", 14.54,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 1024, 1024, 256}).tpot.mean.in("ms"); }),
      w2("SK09a", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: output tok/s",
         kAtomNightly, Area::throughput, 4610.12, "tok/s", 4123,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 8192, 1024, 64}).output_throughput.in("tokens/s"); }),
      w2("SK09b", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: mean TTFT",
         kAtomNightly, Area::latency, 415.56, "ms", 242.1,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 8192, 1024, 64}).ttft.mean.in("ms"); }),
      w2("SK09c", "gpt-oss-120b 1xMI355X MXFP4 TP1 ATOM, FP8 KV, random [6553, 8192]/[819, 1024], concurrency 64, 640 prompts: mean TPOT",
         kAtomNightly, Area::latency, 13.13, "ms", 15.01,
         [] { return atom_tp_only({&GPTOSS, &MI355, 1, Precision::fp4, 8192, 1024, 64}).tpot.mean.in("ms"); }),
      w2("SK10a", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: output tok/s",
         kAtomNightly, Area::throughput, 521.47, "tok/s", 831,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 8}).output_throughput.in("tokens/s"); }),
      w2("SK10b", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TTFT",
         kAtomNightly, Area::latency, 110.59, "ms", 63.95,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 8}).ttft.mean.in("ms"); }),
      w2("SK10c", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 8, 80 prompts: mean TPOT",
         kAtomNightly, Area::latency, 14.86, "ms", 9.252,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 8}).tpot.mean.in("ms"); }),
      w2("SK11a", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: output tok/s",
         kAtomNightly, Area::throughput, 4819.62, "tok/s", 6724,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 128}).output_throughput.in("tokens/s"); }),
      w2("SK11b", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: mean TTFT",
         kAtomNightly, Area::latency, 369.08, "ms", 270.2,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 128}).ttft.mean.in("ms"); }),
      w2("SK11c", "Llama 3.3 70B (AMD MXFP4) 1xMI355X FP4 TP1 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 128, 1280 prompts: mean TPOT",
         kAtomNightly, Area::latency, 25.3, "ms", 18.28,
         [] { return atom_tp_only({&L31_70B, &MI355, 1, Precision::fp4, 1024, 1024, 128}).tpot.mean.in("ms"); }),
      w2("SK12a", "DeepSeek-R1-0528 8xMI355X FP8 TP8 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: output tok/s",
         kAtomNightlyR1, Area::throughput, 2891.2, "tok/s", 2811,
         [] { return atom_tp_only({&DSR1, &MI355, 8, Precision::fp8, 1024, 1024, 64}).output_throughput.in("tokens/s"); }),
      w2("SK12b", "DeepSeek-R1-0528 8xMI355X FP8 TP8 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TTFT",
         kAtomNightlyR1, Area::latency, 178.62, "ms", 157.4,
         [] { return atom_tp_only({&DSR1, &MI355, 8, Precision::fp8, 1024, 1024, 64}).ttft.mean.in("ms"); }),
      w2("SK12c", "DeepSeek-R1-0528 8xMI355X FP8 TP8 ATOM, FP8 KV, random [819, 1024]/[819, 1024], concurrency 64, 640 prompts: mean TPOT",
         kAtomNightlyR1, Area::latency, 21.32, "ms", 22.03,
         [] { return atom_tp_only({&DSR1, &MI355, 8, Precision::fp8, 1024, 1024, 64}).tpot.mean.in("ms"); }),
      w2("SN01a", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM V1 ROCm, 3200/800, concurrency 256, 500 prompts: output tok/s",
         kVllmR1Mi300x, Area::throughput, 1709.39, "tok/s", 2977,
         [] { return vllm_r1_recipe({&DSR1, &MI300X, 8, Precision::fp8, 3200, 800, 256}, 500).output_throughput.in("tokens/s"); }),
      w2("SN01b", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM V1 ROCm, 3200/800, concurrency 256, 500 prompts: mean TTFT",
         kVllmR1Mi300x, Area::latency, 18547.34, "ms", 8857,
         [] { return vllm_r1_recipe({&DSR1, &MI300X, 8, Precision::fp8, 3200, 800, 256}, 500).ttft.in("ms"); }),
      w2("SN01c", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM V1 ROCm, 3200/800, concurrency 256, 500 prompts: mean TPOT",
         kVllmR1Mi300x, Area::latency, 124.24, "ms", 73.57,
         [] { return vllm_r1_recipe({&DSR1, &MI300X, 8, Precision::fp8, 3200, 800, 256}, 500).tpot.in("ms"); }),
      w2("SN02a", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOss20, Area::throughput, 1443.44, "tok/s", 2649,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 2000, gpustack_output(47022, 500, 100), 500}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN02b", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOss20, Area::latency, 16515.86, "ms", 8129,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 2000, gpustack_output(47022, 500, 100), 500}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN02c", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOss20, Area::latency, 149.76, "ms", 90.02,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 2000, gpustack_output(47022, 500, 100), 500}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN03a", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/94 (100 requested, EOS), 100 prompts at once: output tok/s",
         kGpuStackGptOss20, Area::throughput, 86.62, "tok/s", 90.23,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 32000, gpustack_output(9350, 100, 100), 100}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN03b", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/94 (100 requested, EOS), 100 prompts at once: mean TTFT",
         kGpuStackGptOss20, Area::latency, 53687.69, "ms", 5.19e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 32000, gpustack_output(9350, 100, 100), 100}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN03c", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/94 (100 requested, EOS), 100 prompts at once: mean TPOT",
         kGpuStackGptOss20, Area::latency, 239.44, "ms", 233.1,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 32000, gpustack_output(9350, 100, 100), 100}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN04a", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4000/106 (200 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOss20, Area::throughput, 872.95, "tok/s", 1431,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 4000, gpustack_output(52966, 500, 200), 500}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN04b", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4000/106 (200 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOss20, Area::latency, 30513.46, "ms", 1.761e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 4000, gpustack_output(52966, 500, 200), 500}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN04c", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4000/106 (200 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOss20, Area::latency, 182.69, "ms", 117.3,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &H100, 1, Precision::fp4, 4000, gpustack_output(52966, 500, 200), 500}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SN06a", "Qwen3-14B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwen14, Area::throughput, 505.51, "tok/s", 938.5,
         [] { return vllm_burst({&Q3_14B, &H100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).output_throughput.in("tokens/s"); }),
      w2("SN06b", "Qwen3-14B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwen14, Area::latency, 50716.13, "ms", 2.531e+04,
         [] { return vllm_burst({&Q3_14B, &H100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).ttft.in("ms"); }),
      w2("SN06c", "Qwen3-14B 1xH100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwen14, Area::latency, 206.51, "ms", 124.2,
         [] { return vllm_burst({&Q3_14B, &H100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).tpot.in("ms"); }),
      w2("SN07a", "Qwen3-14B-FP8 1xH100 FP8 TP1 SGLang 0.5.5, 4000/200, 500 prompts at once: output tok/s",
         kGpuStackQwen14, Area::throughput, 583.23, "tok/s", 1166,
         [] { return sgl_pr_fixed({&Q3_14B, &H100, 1, Precision::fp8, 4000, gpustack_output(99814, 500, 200), 500}, 500).output_throughput.in("tokens/s"); }),
      w2("SN07b", "Qwen3-14B-FP8 1xH100 FP8 TP1 SGLang 0.5.5, 4000/200, 500 prompts at once: mean TTFT",
         kGpuStackQwen14, Area::latency, 82073.47, "ms", 3.995e+04,
         [] { return sgl_pr_fixed({&Q3_14B, &H100, 1, Precision::fp8, 4000, gpustack_output(99814, 500, 200), 500}, 500).ttft.in("ms"); }),
      w2("SN07c", "Qwen3-14B-FP8 1xH100 FP8 TP1 SGLang 0.5.5, 4000/200, 500 prompts at once: mean TPOT",
         kGpuStackQwen14, Area::latency, 84.93, "ms", 64.55,
         [] { return sgl_pr_fixed({&Q3_14B, &H100, 1, Precision::fp8, 4000, gpustack_output(99814, 500, 200), 500}, 500).tpot.in("ms"); }),
      w2("SN08", "gpt-oss-120b 8xB200 MXFP4 (experts) TP8 EP1 TensorRT-LLM low-latency, 1024/2048 at batch 1: tokens/s per user",
         kTrtBlog9, Area::latency, 420, "tok/s", 270.6,
         [] { return trtllm_gpt_oss_batch1({&GPTOSS, &B200, 8, 8, Precision::fp4, 1024, 2048}).output_throughput.in("tokens/s"); },
         "TP8 / EP1 and batch 1: the printed trtllm-bench template at the 8 GPUs and batch size the sentence states; per-user tokens/s with the context phase (the reading without it differs by about 1%)"),
      w2("SO01", "Llama-3-8B 1xA100 FP16 TensorRT-LLM static batch (largest that fits), 1024/512: output tok/s",
         kQServe, Area::throughput, 2503, "tok/s", 2633,
         [] { return qserve_trtllm_static({&L3_8B, &A100, 1, Precision::fp16, 1024, 512, 0}, kTrtFp16); }),
      w2("SO02", "Llama-3-8B 1xL40S W8A8 (INT8 SmoothQuant, FP16 KV) TensorRT-LLM static batch (largest that fits), 1024/512: output tok/s",
         kQServe, Area::throughput, 2634, "tok/s", 2435,
         [] { return qserve_trtllm_static({&L3_8B, &L40S, 1, Precision::int8, 1024, 512, 0}, kTrtW8A8); }),
      w2("SO03", "Llama-2-70B 1xA100 W4A16 (INT4 weight-only) TensorRT-LLM static batch (largest that fits), 1024/512: output tok/s",
         kQServe, Area::throughput, 358, "tok/s", 309.3,
         [] { return qserve_trtllm_static({&L2_70B, &A100, 1, Precision::int4, 1024, 512, 0}, kTrtW4A16); }),
      w2("SO04", "Llama-3-8B 1xA100 QServe W4A8KV4 (per-channel) static batch 256, 1024/512: output tok/s",
         kQServe, Area::throughput, 3005, "tok/s", 5668,
         [] { return qserve_static({&L3_8B, &A100, 1, Precision::int4, 1024, 512, 256}); }),
      w2("SO05", "Llama-2-70B 1xL40S QServe W4A8KV4 (g128) static batch 24, 1024/512: output tok/s",
         kQServe, Area::throughput, 286, "tok/s", 338.4,
         [] { return qserve_static({&L2_70B, &L40S, 1, Precision::int4, 1024, 512, 24}); }),
      w2("SO06", "Llama-2-7B 1xL40S FP16 TensorRT-LLM static batch (largest that fits), 1024/512: output tok/s",
         kQServe, Area::throughput, 444, "tok/s", 650.5,
         [] { return qserve_trtllm_static({&L2_7B, &L40S, 1, Precision::fp16, 1024, 512, 0}, kTrtFp16); }),
      w2("SO09", "Qwen3-8B 16xH800 BF16 vLLM 0.11 V1 PD 1P1D (TP8 each, MooncakeConnector), 8192/128, concurrency 1, 50 prompts: mean TTFT",
         kMooncakeVllm, Area::latency, 212.05, "ms", 108.3,
         [] { return vllm_pd_closed({&Q3_8B, &H800, 8, Precision::bf16, 8192, 128, 1}, 50).ttft.mean.in("ms"); },
         "the source's TTFT also holds the cross-node KV transfer (8.84 ms, measured apart) and the proxy's hops; the simulator's holds the transfer over the device link and the decoder's first step (since session 26; until then it ended at the prefill)"),
      w2("SO10", "Qwen3-8B 16xH800 BF16 vLLM 0.11 V1 PD 1P1D (TP8 each, MooncakeConnector), 32768/128, concurrency 1, 50 prompts: mean TTFT",
         kMooncakeVllm, Area::latency, 749.62, "ms", 475.4,
         [] { return vllm_pd_closed({&Q3_8B, &H800, 8, Precision::bf16, 32768, 128, 1}, 50).ttft.mean.in("ms"); },
         "the source's TTFT also holds the cross-node KV transfer (31.65 ms, measured apart) and the proxy's hops; the simulator's holds the transfer over the device link and the decoder's first step (since session 26; until then it ended at the prefill)"),
      w2("SP01b", "Llama 3.1 8B 4xInferentia2 BF16 TP4 (8 NeuronCores) optimum-neuron vLLM, 1500/223 (250 requested, EOS), 1 user, 20 requests: mean TTFT",
         kNeuronChunked, Area::latency, 321.9269275665283, "ms", 78.59,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 223, 1}, 4096, 20).ttft.in("ms"); },
         "outputs end at EOS: run at the realised mean, output tok/s / request/s (the wave-16 rule)"),
      w2("SP01c", "Llama 3.1 8B 4xInferentia2 BF16 TP4 (8 NeuronCores) optimum-neuron vLLM, 1500/223 (250 requested, EOS), 1 user, 20 requests: mean ITL",
         kNeuronChunked, Area::latency, 24.509724916828933, "ms", 11.17,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 223, 1}, 4096, 20).tpot.in("ms"); },
         "outputs end at EOS: run at the realised mean, output tok/s / request/s (the wave-16 rule)"),
      w2("SP02a", "Llama 3.1 8B 4xInferentia2 BF16 TP4 (8 NeuronCores) optimum-neuron vLLM, 1500/213 (250 requested, EOS), 32 users, 100 requests: output tok/s",
         kNeuronChunked, Area::throughput, 426.20735311124344, "tok/s", 1159,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 213, 32}, 4096, 100).output_throughput.in("tokens/s"); },
         "outputs end at EOS: run at the realised mean, output tok/s / request/s (the wave-16 rule)"),
      w2("SP02b", "Llama 3.1 8B 4xInferentia2 BF16 TP4 (8 NeuronCores) optimum-neuron vLLM, 1500/213 (250 requested, EOS), 32 users, 100 requests: mean TTFT",
         kNeuronChunked, Area::latency, 2137.9860496520996, "ms", 696.1,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 213, 32}, 4096, 100).ttft.in("ms"); },
         "outputs end at EOS: run at the realised mean, output tok/s / request/s (the wave-16 rule)"),
      w2("SP02c", "Llama 3.1 8B 4xInferentia2 BF16 TP4 (8 NeuronCores) optimum-neuron vLLM, 1500/213 (250 requested, EOS), 32 users, 100 requests: mean ITL",
         kNeuronChunked, Area::latency, 59.08931553718155, "ms", 21.28,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 213, 32}, 4096, 100).tpot.in("ms"); },
         "outputs end at EOS: run at the realised mean, output tok/s / request/s (the wave-16 rule)"),
      w2("SP03a", "Llama 3.1 8B 4xInferentia2 BF16 TP4 optimum-neuron vLLM chunked prefill 1024, 1500/212 (250 requested, EOS), 32 users, 100 requests: output tok/s",
         kNeuronChunkedHybrid, Area::throughput, 440.4468771484964, "tok/s", 1177,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 212, 32}, 1024, 100).output_throughput.in("tokens/s"); },
         "100 requests: SP02's count-bounded run of the same script and session (the wave-18 rule); outputs at the realised mean"),
      w2("SP03b", "Llama 3.1 8B 4xInferentia2 BF16 TP4 optimum-neuron vLLM chunked prefill 1024, 1500/212 (250 requested, EOS), 32 users, 100 requests: mean TTFT",
         kNeuronChunkedHybrid, Area::latency, 1966.4817810058594, "ms", 577.8,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 212, 32}, 1024, 100).ttft.in("ms"); },
         "100 requests: SP02's count-bounded run of the same script and session (the wave-18 rule); outputs at the realised mean"),
      w2("SP03c", "Llama 3.1 8B 4xInferentia2 BF16 TP4 optimum-neuron vLLM chunked prefill 1024, 1500/212 (250 requested, EOS), 32 users, 100 requests: mean ITL",
         kNeuronChunkedHybrid, Area::latency, 55.94166151040428, "ms", 21.62,
         [] { return neuron_vllm_closed({&L31_8B, &INF2, 4, Precision::bf16, 1500, 212, 32}, 1024, 100).tpot.in("ms"); },
         "100 requests: SP02's count-bounded run of the same script and session (the wave-18 rule); outputs at the realised mean"),
      w2("SP08a", "Llama 2 7B 1xInferentia2 16-bit TP1 (2 NeuronCores) transformers-neuronx, batch 1, 256/768: end-to-end latency",
         kInf2Blog, Area::latency, 47.3, "s", 15.04,
         [] { return neuronx_batch1({&L2_7B, &INF2, 1, Precision::fp16, 256, 768, 1, 2048}).request_latency.in("s"); }),
      w2("SP08b", "Llama 2 7B 1xInferentia2 16-bit TP1 (2 NeuronCores) transformers-neuronx, batch 1, 256-token prompt: encoding time (TTFT)",
         kInf2Blog, Area::latency, 0.3, "s", 0.02949,
         [] { return neuronx_batch1({&L2_7B, &INF2, 1, Precision::fp16, 256, 768, 1, 2048}).ttft.in("s"); },
         "printed to one significant digit (0.3 s, +-17%): compared as given"),
      w2("SP09a", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512), sonnet 80/60 (150 cap, EOS), 64 prompts at once: output tok/s",
         kDstackVllm, Area::throughput, 195.93, "tok/s", 898.4,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 80, 60, 64}, 64).output_throughput.in("tokens/s"); },
         "outputs end at EOS: run at the realised mean 3842 / 64 (the wave-16 rule)"),
      w2("SP09b", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512), sonnet 80/60 (150 cap, EOS), 64 prompts at once: mean TTFT",
         kDstackVllm, Area::latency, 2698.98, "ms", 924.1,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 80, 60, 64}, 64).ttft.in("ms"); },
         "outputs end at EOS: run at the realised mean 3842 / 64 (the wave-16 rule)"),
      w2("SP09c", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512), sonnet 80/60 (150 cap, EOS), 64 prompts at once: mean TPOT",
         kDstackVllm, Area::latency, 230.16, "ms", 53.46,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 80, 60, 64}, 64).tpot.in("ms"); },
         "outputs end at EOS: run at the realised mean 3842 / 64 (the wave-16 rule)"),
      w2("SP11a", "Llama 3.1 8B 1xGaudi3 BF16 TP1 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: output tok/s",
         kGaudiVllm, Area::throughput, 3644.6, "tok/s", 4250,
         [] { return gaudi_vllm_closed({&L31_8B, &GAUDI3, 1, Precision::bf16, 1868, 2048, 64}, 640).output_throughput.in("tokens/s"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP11b", "Llama 3.1 8B 1xGaudi3 BF16 TP1 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: mean TTFT",
         kGaudiVllm, Area::latency, 1802.7, "ms", 247.8,
         [] { return gaudi_vllm_closed({&L31_8B, &GAUDI3, 1, Precision::bf16, 1868, 2048, 64}, 640).ttft.in("ms"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP11c", "Llama 3.1 8B 1xGaudi3 BF16 TP1 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: mean TPOT",
         kGaudiVllm, Area::latency, 16.68, "ms", 14.94,
         [] { return gaudi_vllm_closed({&L31_8B, &GAUDI3, 1, Precision::bf16, 1868, 2048, 64}, 640).tpot.in("ms"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP12a", "Llama 3.1 405B 8xGaudi3 BF16 TP8 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: output tok/s",
         kGaudiVllm, Area::throughput, 865.73, "tok/s", 1040,
         [] { return gaudi_vllm_closed({&L31_405B, &GAUDI3, 8, Precision::bf16, 1868, 2048, 64}, 640).output_throughput.in("tokens/s"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP12b", "Llama 3.1 405B 8xGaudi3 BF16 TP8 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: mean TTFT",
         kGaudiVllm, Area::latency, 15474.97, "ms", 2301,
         [] { return gaudi_vllm_closed({&L31_405B, &GAUDI3, 8, Precision::bf16, 1868, 2048, 64}, 640).ttft.in("ms"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP12c", "Llama 3.1 405B 8xGaudi3 BF16 TP8 vllm-fork 0.7.2, sonnet 1868/2048, concurrency 64, 640 prompts: mean TPOT",
         kGaudiVllm, Area::latency, 66.39, "ms", 60.41,
         [] { return gaudi_vllm_closed({&L31_405B, &GAUDI3, 8, Precision::bf16, 1868, 2048, 64}, 640).tpot.in("ms"); },
         "input at the realised sonnet mean 1195639 / 640 (2048 requested; the wave-18 input rule)"),
      w2("SP14a", "Qwen3-14B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwen14A100, Area::throughput, 284.64, "tok/s", 353.7,
         [] { return vllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).output_throughput.in("tokens/s"); }),
      w2("SP14b", "Qwen3-14B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwen14A100, Area::latency, 86908.3, "ms", 6.806e+04,
         [] { return vllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).ttft.in("ms"); }),
      w2("SP14c", "Qwen3-14B 1xA100 BF16 TP1 vLLM 0.11, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwen14A100, Area::latency, 301.73, "ms", 328.4,
         [] { return vllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).tpot.in("ms"); }),
      w2("SP15a", "Qwen3-14B 1xA100 BF16 TP1 TensorRT-LLM 1.2.0rc1 trtllm-serve, 2000/100, 500 prompts at once: output tok/s",
         kGpuStackQwen14A100, Area::throughput, 356.52, "tok/s", 355.5,
         [] { return trtllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).output_throughput.in("tokens/s"); }),
      w2("SP15b", "Qwen3-14B 1xA100 BF16 TP1 TensorRT-LLM 1.2.0rc1 trtllm-serve, 2000/100, 500 prompts at once: mean TTFT",
         kGpuStackQwen14A100, Area::latency, 67624.26, "ms", 6.752e+04,
         [] { return trtllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).ttft.in("ms"); }),
      w2("SP15c", "Qwen3-14B 1xA100 BF16 TP1 TensorRT-LLM 1.2.0rc1 trtllm-serve, 2000/100, 500 prompts at once: mean TPOT",
         kGpuStackQwen14A100, Area::latency, 313.69, "ms", 344.7,
         [] { return trtllm_burst({&Q3_14B, &A100, 1, Precision::bf16, 2000, gpustack_output(50000, 500, 100), 500}).tpot.in("ms"); }),
      w2("SP16a", "gpt-oss-20b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOss20A100, Area::throughput, 813.35, "tok/s", 1150,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &A100, 1, Precision::fp4, 2000, gpustack_output(47224, 500, 100), 500}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SP16b", "gpt-oss-20b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOss20A100, Area::latency, 31669.55, "ms", 1.893e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &A100, 1, Precision::fp4, 2000, gpustack_output(47224, 500, 100), 500}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SP16c", "gpt-oss-20b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/94 (100 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOss20A100, Area::latency, 100.32, "ms", 207.9,
         [] { return vllm_mxfp4_burst({&GPTOSS20, &A100, 1, Precision::fp4, 2000, gpustack_output(47224, 500, 100), 500}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SQ01a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 1 req/s, 300 prompts: median TTFT",
         kDataCrunchV3Fp8, Area::latency, 563.41, "ms", 56.52,
         [] { return datacrunch_v3_fp8(1.0, 300).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ01b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 1 req/s, 300 prompts: median TPOT",
         kDataCrunchV3Fp8, Area::latency, 143.71, "ms", 22.01,
         [] { return datacrunch_v3_fp8(1.0, 300).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ02a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 2 req/s, 600 prompts: median TTFT",
         kDataCrunchV3Fp8, Area::latency, 684.33, "ms", 61.35,
         [] { return datacrunch_v3_fp8(2.0, 600).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ02b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 2 req/s, 600 prompts: median TPOT",
         kDataCrunchV3Fp8, Area::latency, 228.78, "ms", 29.64,
         [] { return datacrunch_v3_fp8(2.0, 600).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ03a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 4 req/s, 1200 prompts: median TTFT",
         kDataCrunchV3Fp8, Area::latency, 865.26, "ms", 65.28,
         [] { return datacrunch_v3_fp8(4.0, 1200).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ03b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 4 req/s, 1200 prompts: median TPOT",
         kDataCrunchV3Fp8, Area::latency, 366.48, "ms", 33.93,
         [] { return datacrunch_v3_fp8(4.0, 1200).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ04a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 8 req/s, 2400 prompts: median TTFT",
         kDataCrunchV3Fp8, Area::latency, 1358.77, "ms", 70.51,
         [] { return datacrunch_v3_fp8(8.0, 2400).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ04b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, FP8 KV, 1024/1024, Poisson 8 req/s, 2400 prompts: median TPOT",
         kDataCrunchV3Fp8, Area::latency, 675.95, "ms", 37.77,
         [] { return datacrunch_v3_fp8(8.0, 2400).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ05a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, BF16 KV, eager (table labelled BF16), 1024/1024, Poisson 1 req/s, 300 prompts: median TTFT",
         kDataCrunchV3Bf16, Area::latency, 587.15, "ms", 58.24,
         [] { return datacrunch_v3_bf16_label(1.0, 300).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ05b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, BF16 KV, eager (table labelled BF16), 1024/1024, Poisson 1 req/s, 300 prompts: median TPOT",
         kDataCrunchV3Bf16, Area::latency, 209.48, "ms", 23.95,
         [] { return datacrunch_v3_bf16_label(1.0, 300).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ06a", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, BF16 KV, eager (table labelled BF16), 1024/1024, Poisson 8 req/s, 2400 prompts: median TTFT",
         kDataCrunchV3Bf16, Area::latency, 1191.74, "ms", 73.18,
         [] { return datacrunch_v3_bf16_label(8.0, 2400).ttft.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SQ06b", "DeepSeek-V3 8xH200 FP8 TP8 DP-attention SGLang v0.4.1, BF16 KV, eager (table labelled BF16), 1024/1024, Poisson 8 req/s, 2400 prompts: median TPOT",
         kDataCrunchV3Bf16, Area::latency, 516.67, "ms", 39.86,
         [] { return datacrunch_v3_bf16_label(8.0, 2400).tpot.p50.in("ms"); }, "the source prints medians only: compared with the simulator's p50 (the wave-19 open-loop median rule)"),
      w2("SR01a", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 4000/135 (200 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOssA100, Area::throughput, 249.67, "tok/s", 321.8,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(67259, 500, 200), 500}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR01b", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 4000/135 (200 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOssA100, Area::latency, 133561.13, "ms", 1.022e+05,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(67259, 500, 200), 500}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR01c", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 4000/135 (200 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOssA100, Area::latency, 112.18, "ms", 138.9,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(67259, 500, 200), 500}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR02a", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4096-token budget, 4000/136 (200 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOssA100, Area::throughput, 278.79, "tok/s", 300.2,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(68059, 500, 200), 500}, 4096).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR02b", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4096-token budget, 4000/136 (200 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOssA100, Area::latency, 121158.11, "ms", 1.107e+05,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(68059, 500, 200), 500}, 4096).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR02c", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11 async scheduling, 4096-token budget, 4000/136 (200 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOssA100, Area::latency, 99.77, "ms", 154,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 4000, gpustack_output(68059, 500, 200), 500}, 4096).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR03a", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/98 (100 requested, EOS), 500 prompts at once: output tok/s",
         kGpuStackGptOssA100, Area::throughput, 395.21, "tok/s", 495.5,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 2000, gpustack_output(48981, 500, 100), 500}).output_throughput.in("tokens/s"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR03b", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/98 (100 requested, EOS), 500 prompts at once: mean TTFT",
         kGpuStackGptOssA100, Area::latency, 61328.02, "ms", 4.714e+04,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 2000, gpustack_output(48981, 500, 100), 500}).ttft.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR03c", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 2000/98 (100 requested, EOS), 500 prompts at once: mean TPOT",
         kGpuStackGptOssA100, Area::latency, 131.94, "ms", 168.2,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 2000, gpustack_output(48981, 500, 100), 500}).tpot.in("ms"); },
         "outputs not forced (no --ignore-eos): run at the realised mean output, printed total generated / requests (the wave-16 early-stopping rule)"),
      w2("SR04a", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/100, 100 prompts at once: output tok/s",
         kGpuStackGptOssA100, Area::throughput, 13.5, "tok/s", 24.64,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 32000, gpustack_output(9988, 100, 100), 100}).output_throughput.in("tokens/s"); }),
      w2("SR04b", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/100, 100 prompts at once: mean TTFT",
         kGpuStackGptOssA100, Area::latency, 368856.64, "ms", 2.039e+05,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 32000, gpustack_output(9988, 100, 100), 100}).ttft.in("ms"); }),
      w2("SR04c", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 32000/100, 100 prompts at once: mean TPOT",
         kGpuStackGptOssA100, Area::latency, 224.58, "ms", 201.3,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 32000, gpustack_output(9988, 100, 100), 100}).tpot.in("ms"); }),
      w2("SR05a", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 128/4, 1000 prompts at once: output tok/s",
         kGpuStackGptOssA100, Area::throughput, 283.95, "tok/s", 405.7,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 128, gpustack_output(4000, 1000, 4), 1000}).output_throughput.in("tokens/s"); }),
      w2("SR05b", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TTFT",
         kGpuStackGptOssA100, Area::latency, 7813.18, "ms", 5161,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 128, gpustack_output(4000, 1000, 4), 1000}).ttft.in("ms"); }),
      w2("SR05c", "gpt-oss-120b 1xA100 MXFP4 (experts, weight-only) TP1 vLLM 0.11, 128/4, 1000 prompts at once: mean TPOT",
         kGpuStackGptOssA100, Area::latency, 182.75, "ms", 537.8,
         [] { return vllm_mxfp4_burst({&GPTOSS, &A100, 1, Precision::fp4, 128, gpustack_output(4000, 1000, 4), 1000}).tpot.in("ms"); }),
      w2("SR07", "DeepSeek-R1-0528 4xGB200 NVFP4 (FP8 KV) TP4 EP4 TensorRT-LLM 1.1.0rc1 trtllm-bench, max batch 1024, 2176 tokens, KV 70%, 1024/1024, 6144 requests at once: output tok/s",
         kTrt7104, Area::throughput, 7517.2584, "tok/s", 1.788e+04,
         [] { return trtllm_bench_report({&DSR1, &GB200, 4, 4, Precision::fp4, 1024, 1024, true}, 1024, 2176, 0.70); }),
      w2("SR13", "Llama 3.1 8B 1xH200 BF16 TP1 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmNightly, Area::latency, 833.421, "ms", 660.2,
         [] { return vllm_batch_latency_bf16_ms({&L31_8B, &H200, 1, Precision::bf16, 32, 128, 8}); }),
      w2("SR14", "Llama 3 70B 4xH200 BF16 TP4 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmNightly, Area::latency, 2077.53, "ms", 1927,
         [] { return vllm_batch_latency_bf16_ms({&L3_70B, &H200, 4, Precision::bf16, 32, 128, 8}); }),
      w2("SR15", "Mixtral 8x7B 2xH200 BF16 TP2 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmNightly, Area::latency, 1917.44, "ms", 1626,
         [] { return vllm_batch_latency_bf16_ms({&MIX7, &H200, 2, Precision::bf16, 32, 128, 8}); }),
      w2("ST11", "Gemma 2 27B 1xH100 BF16 TP1 vLLM V1 (PR #12655 hybrid allocator: windowed pages), benchmark_throughput 50 prompts at once, 6144/1024: output tok/s",
         kVllmPr12655, Area::throughput, 178.58, "tok/s", 314.6,
         [] { return vllm_v1_bf16_all_prompts({&G2_27B, &H100, 1, Precision::bf16, 6144, 1024, 50}, true); }),
      w2("ST13a", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 32, 160 prompts, over a Modal web URL: output tok/s",
         kAchatbot183, Area::throughput, 2765.4, "tok/s", 5463,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 32}, 160).output_throughput.in("tokens/s"); },
         kModalNetwork),
      w2("ST13b", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 32, 160 prompts, over a Modal web URL: mean TTFT",
         kAchatbot183, Area::latency, 3721.89, "ms", 176.5,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 32}, 160).ttft.mean.in("ms"); },
         kModalNetwork),
      w2("ST13c", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 32, 160 prompts, over a Modal web URL: mean end-to-end latency",
         kAchatbot183, Area::latency, 11769.33, "ms", 5997,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 32}, 160).e2e.mean.in("ms"); },
         kModalNetwork),
      w2("ST14a", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 4, 20 prompts, over a Modal web URL: output tok/s",
         kAchatbot183, Area::throughput, 481.95, "tok/s", 1152,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 4}, 20).output_throughput.in("tokens/s"); },
         kModalNetwork),
      w2("ST14b", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 4, 20 prompts, over a Modal web URL: mean TTFT",
         kAchatbot183, Area::latency, 2731.0, "ms", 46.01,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 4}, 20).ttft.mean.in("ms"); },
         kModalNetwork),
      w2("ST14c", "gpt-oss-20b 1xH100 MXFP4 (experts, weight-only) TP1 SGLang 3817a37d, 512/1024, concurrency 4, 20 prompts, over a Modal web URL: mean end-to-end latency",
         kAchatbot183, Area::latency, 8432.23, "ms", 3555,
         [] { return sgl_gpt_oss_closed({&GPTOSS20, &H100, 1, Precision::fp4, 512, 1024, 4}, 20).e2e.mean.in("ms"); },
         kModalNetwork),
      w2("SV03a", "DeepSeek-V3-0324 8xH20 FP8 TP8 SGLang (mem fraction 0.9, tuned MoE config), random [1, 1024]/[1, 512], concurrency 8, 200 prompts: output tok/s",
         kSglPr7631, Area::throughput, 328.08, "tok/s", 443.7,
         [] { return sgl_random_closed_mem({&DSV3, &H20, 8, Precision::fp8, 1024, 512, 8}, 0.9, 200).output_throughput.in("tokens/s"); }),
      w2("SV03b", "DeepSeek-V3-0324 8xH20 FP8 TP8 SGLang (mem fraction 0.9, tuned MoE config), random [1, 1024]/[1, 512], concurrency 8, 200 prompts: mean TTFT",
         kSglPr7631, Area::latency, 256.53, "ms", 159.1,
         [] { return sgl_random_closed_mem({&DSV3, &H20, 8, Precision::fp8, 1024, 512, 8}, 0.9, 200).ttft.mean.in("ms"); }),
      w2("SV03c", "DeepSeek-V3-0324 8xH20 FP8 TP8 SGLang (mem fraction 0.9, tuned MoE config), random [1, 1024]/[1, 512], concurrency 8, 200 prompts: mean ITL",
         kSglPr7631, Area::latency, 22.99, "ms", 17.18,
         [] { return sgl_random_closed_mem({&DSV3, &H20, 8, Precision::fp8, 1024, 512, 8}, 0.9, 200).tpot.mean.in("ms"); },
         kSglMeanItl),
      w2("SV04a", "Qwen3-30B-A3B 1xH100 BF16 TP1 vLLM V1 (main of 2025-08), 2048/1024, concurrency 10, 100 prompts: output tok/s",
         kVllmPr23151, Area::throughput, 739.79, "tok/s", 712.6,
         [] { return vllm_closed({&Q3_30B, &H100, 1, Precision::bf16, 2048, 1024, 10}, Precision::bf16, {100}).output_throughput.in("tokens/s"); }),
      w2("SV04b", "Qwen3-30B-A3B 1xH100 BF16 TP1 vLLM V1 (main of 2025-08), 2048/1024, concurrency 10, 100 prompts: mean TTFT",
         kVllmPr23151, Area::latency, 267.22, "ms", 303.7,
         [] { return vllm_closed({&Q3_30B, &H100, 1, Precision::bf16, 2048, 1024, 10}, Precision::bf16, {100}).ttft.in("ms"); }),
      w2("SV04c", "Qwen3-30B-A3B 1xH100 BF16 TP1 vLLM V1 (main of 2025-08), 2048/1024, concurrency 10, 100 prompts: mean TPOT",
         kVllmPr23151, Area::latency, 13.18, "ms", 13.75,
         [] { return vllm_closed({&Q3_30B, &H100, 1, Precision::bf16, 2048, 1024, 10}, Precision::bf16, {100}).tpot.in("ms"); }),

      // ---- Wave 25 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 049fda0, the base of worktree wtS25: serving model of 43255f1).
      w2("SW04", "DeepSeek-V3.1 8xH200 FP8 TP8 vLLM V1 (main of 2025-11, baseline MoE config), random 1/100 (realised input of the nominal 2), concurrency 16, 160 prompts: output tok/s",
         kVllmPr28992, Area::throughput, 16000.0 / 23.38, "tok/s", 942.7,
         [] { return vllm_closed({&DSV3, &H200, 8, Precision::fp8, 1, 100, 16}, Precision::bf16, {160}).output_throughput.in("tokens/s"); },
         "16000 generated tokens / 23.38 s (the printed totals; the output throughput line is cut off)"),
      w2("SW06", "DeepSeek-V3-Base 8xMI300X FP8 TP8 SGLang (PR branch of 2024-12, ROCm), bench_one_batch static batch 32 x 128/32: prefill latency",
         kSglPr2601, Area::latency, 6465.69, "ms", 368.2,
         [] { return sgl_one_batch({&DSV3, &MI300X, 8, Precision::fp8, 128, 32, 32}, 0.81).ttft.in("ms"); }),

      // ---- Wave 26 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 6b29a77, the base of worktree wtS26: serving model of 43255f1 with 6b29a77's memory plan).
      w2("SX15a", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512, rocBLAS), sonnet 508/150, 64 prompts at once: output tok/s",
         kLhlMi300x405b, Area::throughput, 269.32, "tok/s", 570.6,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 508, 150, 64}, 64).output_throughput.in("tokens/s"); },
         "input at the realised mean 32541 / 64 of the nominal 550 (the wave-18 input rule); 9600 = 64 x 150 outputs"),
      w2("SX15b", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512, rocBLAS), sonnet 508/150, 64 prompts at once: mean TTFT",
         kLhlMi300x405b, Area::latency, 11498.39, "ms", 5331,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 508, 150, 64}, 64).ttft.in("ms"); },
         "input at the realised mean 32541 / 64 of the nominal 550 (the wave-18 input rule); 9600 = 64 x 150 outputs"),
      w2("SX15c", "Llama 3.1 405B 8xMI300X BF16 TP8 vLLM 0.6.3 ROCm serve (chunked prefill 512, rocBLAS), sonnet 508/150, 64 prompts at once: mean TPOT",
         kLhlMi300x405b, Area::latency, 144.45, "ms", 68.83,
         [] { return vllm_serve_rocm_bf16({&L31_405B, &MI300X, 8, Precision::bf16, 508, 150, 64}, 64).tpot.in("ms"); },
         "input at the realised mean 32541 / 64 of the nominal 550 (the wave-18 input rule); 9600 = 64 x 150 outputs"),

      // ---- Wave 27 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 713d553: the serving engine of 6b29a77 with the session-21 prefill-first schedule).
      w2("SY06a", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: output tok/s",
         kSglMinistral3, Area::throughput, 1307.82, "tok/s", 1553,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 16}, 80).output_throughput.in("tokens/s"); }),
      w2("SY06b", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TTFT",
         kSglMinistral3, Area::latency, 280.87, "ms", 113.2,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 16}, 80).ttft.mean.in("ms"); }),
      w2("SY06c", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 16, 80 prompts: mean TPOT",
         kSglMinistral3, Area::latency, 10.47, "ms", 8.839,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 16}, 80).tpot.mean.in("ms"); }),
      w2("SY07a", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglMinistral3, Area::throughput, 2846.91, "tok/s", 4366,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("SY07b", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglMinistral3, Area::latency, 148.57, "ms", 313.5,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("SY07c", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglMinistral3, Area::latency, 32.93, "ms", 23.95,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      w2("SY08b", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: median TTFT",
         kSglMinistral3, Area::latency, 53.72, "ms", 47.14,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 1}, 10).ttft.p50.in("ms"); }),
      w2("SY08c", "Ministral 3 14B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 1, 10 prompts: mean TPOT",
         kSglMinistral3, Area::latency, 6.63, "ms", 7.552,
         [] { return sgl_random_closed({&MIN3_14B, &MI300X, 1, Precision::bf16, 1000, 1000, 1}, 10).tpot.mean.in("ms"); }),
      w2("SY09a", "ERNIE 4.5 21B-A3B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: output tok/s",
         kSglErnie45, Area::throughput, 3792.28, "tok/s", 4323,
         [] { return sgl_random_closed({&ERNIE45, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).output_throughput.in("tokens/s"); }),
      w2("SY09b", "ERNIE 4.5 21B-A3B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TTFT",
         kSglErnie45, Area::latency, 104.86, "ms", 179.8,
         [] { return sgl_random_closed({&ERNIE45, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).ttft.mean.in("ms"); }),
      w2("SY09c", "ERNIE 4.5 21B-A3B 1xMI300X BF16 TP1 SGLang 0.5.7, random [1, 1000]/[1, 1000], concurrency 100, 500 prompts: mean TPOT",
         kSglErnie45, Area::latency, 23.89, "ms", 22.48,
         [] { return sgl_random_closed({&ERNIE45, &MI300X, 1, Precision::bf16, 1000, 1000, 100}, 500).tpot.mean.in("ms"); }),
      // ---- Wave 28 (first predictions recorded at the first run, 2026-12-01, by the model of
      // c312dfd: the serving engine of 6b29a77 with the session-21 prefill-first schedule).
      w2("SZ01a", "Llama 3.1 8B 8xMI300X FP8 TP8 SGLang v0.3.6 ROCm, random [1, 128]/[1, 128], 4000 prompts at once: output tok/s",
         kSglIssue1857, Area::throughput, 13820.69, "tok/s", 64140,
         [] { return sgl_burst({&L31_8B, &MI300X, 8, Precision::fp8, 128, 128, 4000}, 0.85).output_throughput.in("tokens/s"); }),
      w2("SZ01b", "Llama 3.1 8B 8xMI300X FP8 TP8 SGLang v0.3.6 ROCm, random [1, 128]/[1, 128], 4000 prompts at once: mean TTFT",
         kSglIssue1857, Area::latency, 5836.91, "ms", 872.9,
         [] { return sgl_burst({&L31_8B, &MI300X, 8, Precision::fp8, 128, 128, 4000}, 0.85).ttft.mean.in("ms"); }),
      w2("SZ01c", "Llama 3.1 8B 8xMI300X FP8 TP8 SGLang v0.3.6 ROCm, random [1, 128]/[1, 128], 4000 prompts at once: mean TPOT",
         kSglIssue1857, Area::latency, 192.82, "ms", 62.1,
         [] { return sgl_burst({&L31_8B, &MI300X, 8, Precision::fp8, 128, 128, 4000}, 0.85).tpot.mean.in("ms"); }),
      // ---- Wave 29 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 860d045: the serving engine of 6b29a77 with the session-21 prefill-first schedule).
      w2("TA01a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 1329.14, "tok/s", 1681,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA01b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 309.3, "ms", 92.23,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA01c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 36.34, "ms", 27.74,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA02a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 951.64, "tok/s", 1255,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA02b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 5150.47, "ms", 2197,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA02c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 45.5, "ms", 34.78,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA03a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 479.69, "tok/s", 591.7,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA03b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 13724.04, "ms", 8705,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA03c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 73.25, "ms", 47.63,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA04a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 47.38, "tok/s", 60.23,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA04b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 50071.37, "ms", 37820,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA04c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 204.9, "ms", 132.2,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA05a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 1042.17, "tok/s", 1687,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA05b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 322.15, "ms", 97.17,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA05c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 46.53, "ms", 27.46,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA06a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 794.54, "tok/s", 1260,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA06b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 5799.88, "ms", 2232,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA06c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 54.69, "ms", 34.3,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA07a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 436.08, "tok/s", 680.6,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA07b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 14616.41, "ms", 7496,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA07c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 79.35, "ms", 51.59,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA08a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 37.76, "tok/s", 63.16,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TA08b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 63075.14, "ms", 36140,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TA08c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 371.71, "ms", 278.2,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TA09a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 3276.05, "tok/s", 2821,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA09b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 301.95, "ms", 13610,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA09c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 1000/2000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 55.28, "ms", 38.77,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA10a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 1322.31, "tok/s", 1444,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA10b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 39973.35, "ms", 37360,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA10c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 5000/1000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 62.31, "ms", 41.39,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA11a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 501.95, "tok/s", 643.7,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA11b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 76224.73, "ms", 57020,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA11c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 10000/500, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 77.31, "ms", 48.65,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA12a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSgl, Area::throughput, 47.68, "tok/s", 60.74,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA12b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSgl, Area::latency, 199342.59, "ms", 152900,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA12c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post3, 30000/100, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSgl, Area::latency, 220.98, "ms", 134.3,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA13a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 2498.9, "tok/s", 3953,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA13b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 348.47, "ms", 141.5,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA13c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 1000/2000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 68.47, "ms", 42.23,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA14a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 930.93, "tok/s", 1744,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA14b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 50728.07, "ms", 24030,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA14c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 5000/1000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 83.51, "ms", 54.48,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA15a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 341.7, "tok/s", 745.7,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA15b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 121580.21, "ms", 46240,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA15c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 10000/500, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 140.52, "ms", 80.66,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TA16a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeVllm, Area::throughput, 38.44, "tok/s", 63.65,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TA16b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeVllm, Area::latency, 249730.16, "ms", 145100,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TA16c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1, 30000/100, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeVllm, Area::latency, 426.08, "ms", 340.9,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      // ---- Wave 30 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 5f387f7: the serving engine of 6b29a77 with the session-21 prefill-first schedule).
      w2("TB01a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 1335.4, "tok/s", 1681,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB01b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 374.93, "ms", 92.23,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB01c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 36.14, "ms", 27.74,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB02a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 954.29, "tok/s", 1255,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB02b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 5209.44, "ms", 2197,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB02c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 45.31, "ms", 34.78,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB03a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 424.64, "tok/s", 591.7,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB03b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 16664.26, "ms", 8705,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB03c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 55.54, "ms", 47.63,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB04a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 47.02, "tok/s", 60.23,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB04b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 50993.79, "ms", 37820,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB04c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 50 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 139.33, "ms", 132.2,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB05a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 1686.52, "tok/s", 2821,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TB05b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 31374.89, "ms", 13610,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TB05c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 1000/2000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 63.31, "ms", 38.77,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TB06a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 846.4, "tok/s", 1444,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TB06b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 77035.4, "ms", 37360,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TB06c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 5000/1000, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 68.47, "ms", 41.39,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TB07a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 385.95, "tok/s", 643.7,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TB07b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 107562.04, "ms", 57020,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TB07c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 10000/500, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 74.55, "ms", 48.65,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TB08a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 200 prompts: output tok/s",
         kLlmIeSglPost2, Area::throughput, 40.18, "tok/s", 60.74,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).output_throughput.in("tokens/s"); }),
      w2("TB08b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 200 prompts: mean TTFT",
         kLlmIeSglPost2, Area::latency, 238583.58, "ms", 152900,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).ttft.mean.in("ms"); }),
      w2("TB08c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post2, 30000/100, Poisson 10 req/s, 200 prompts: mean ITL",
         kLlmIeSglPost2, Area::latency, 175.25, "ms", 134.3,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 200).tpot.mean.in("ms"); }),
      w2("TB09a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 1136.92, "tok/s", 1687,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB09b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 599.89, "ms", 97.17,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB09c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 42.4, "ms", 27.46,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB10a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 857.13, "tok/s", 1260,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB10b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 5849.48, "ms", 2232,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB10c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 49.83, "ms", 34.3,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB11a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 441.53, "tok/s", 680.6,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB11b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 15003.18, "ms", 7496,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB11c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 76.84, "ms", 51.59,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB12a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 37.07, "tok/s", 63.16,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB12b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 64477.59, "ms", 36140,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB12c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 393.96, "ms", 278.2,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB13a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 1041.14, "tok/s", 1696,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB13b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 1829.65, "ms", 54.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB13c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 46.02, "ms", 27.32,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB14a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 821.4, "tok/s", 1503,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB14b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 9115.18, "ms", 342,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB14c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 49.52, "ms", 29.91,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB15a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 389.84, "tok/s", 1074,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB15b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 21483.02, "ms", 2198,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB15c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 80.67, "ms", 36.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB16a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kLlmIeVllmLogs, Area::throughput, 33.94, "tok/s", 113,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB16b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kLlmIeVllmLogs, Area::latency, 76530.71, "ms", 18500,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB16c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (llm-ie vllm/logs), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kLlmIeVllmLogs, Area::latency, 684.7, "ms", 230.8,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB17a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 1500.1113, "tok/s", 1687,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB17b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 1524.5648, "ms", 97.17,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB17c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 31.4408, "ms", 27.46,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB18a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 1049.732, "tok/s", 1260,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB18b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 5653.728, "ms", 2232,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB18c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 39.3971, "ms", 34.3,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB19a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 497.9062, "tok/s", 680.6,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB19b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 14617.8835, "ms", 7496,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB19c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 65.1546, "ms", 51.59,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB20a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 30.6181, "tok/s", 63.16,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB20b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 77226.8622, "ms", 36140,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB20c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 487.0952, "ms", 278.2,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB21a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 1372.9776, "tok/s", 1773,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB21b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 722.9629, "ms", 65.77,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB21c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 34.9042, "ms", 25.89,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB22a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 830.4882, "tok/s", 1408,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB22b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 10479.9058, "ms", 768.5,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB22c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 47.1548, "ms", 31.57,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB23a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 356.3808, "tok/s", 832.5,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB23b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 24110.9864, "ms", 4364,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB23c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 86.0554, "ms", 44.49,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB24a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 26.8348, "tok/s", 82.24,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB24b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 91279.5175, "ms", 26820,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB24c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 543.5703, "ms", 213.9,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB25a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 1437.8508, "tok/s", 1696,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB25b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 3184.5301, "ms", 54.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB25c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 32.1051, "ms", 27.32,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB26a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 980.8756, "tok/s", 1503,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB26b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 10178.5302, "ms", 342,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB26c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 38.5672, "ms", 29.91,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB27a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 439.9401, "tok/s", 1074,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB27b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 21737.156, "ms", 2198,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB27c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 65.6428, "ms", 36.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB28a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchNebius, Area::throughput, 34.5368, "tok/s", 113,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB28b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchNebius, Area::latency, 78908.7995, "ms", 18500,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB28c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (Nebius), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchNebius, Area::latency, 636.3863, "ms", 230.8,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB29a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 1145.3559, "tok/s", 1687,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB29b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 309.0186, "ms", 97.17,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB29c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 42.1394, "ms", 27.46,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB30a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 853.46, "tok/s", 1260,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB30b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 5828.0904, "ms", 2232,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB30c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 50.14, "ms", 34.3,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB31a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 446.9008, "tok/s", 680.6,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB31b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 14937.2823, "ms", 7496,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB31c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 75.7376, "ms", 51.59,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB32a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 37.3082, "tok/s", 63.16,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB32b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 64123.0177, "ms", 36140,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB32c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 391.496, "ms", 278.2,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB33a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 1086.9363, "tok/s", 1773,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB33b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 670.6306, "ms", 65.77,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB33c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 44.4746, "ms", 25.89,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB34a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 793.689, "tok/s", 1408,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB34b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 7486.1124, "ms", 768.5,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB34c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 52.8911, "ms", 31.57,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB35a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 395.9211, "tok/s", 832.5,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB35b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 18228.3818, "ms", 4364,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB35c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 83.5574, "ms", 44.49,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB36a", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 29.4364, "tok/s", 82.24,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TB36b", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 84745.4022, "ms", 26820,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TB36c", "DeepSeek-R1 8xH200 FP8 TP8 vLLM 0.8.4 V1 EP (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 506.0783, "ms", 213.9,
         [] { return vllm_v1_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TB37a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 960.7617, "tok/s", 1696,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB37b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 4181.1001, "ms", 54.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB37c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 1000/2000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 48.8812, "ms", 27.32,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB38a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 799.9103, "tok/s", 1503,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB38b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 10326.7582, "ms", 342,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB38c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 5000/1000, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 49.9396, "ms", 29.91,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB39a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 10000/500, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 383.088, "tok/s", 1074,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB39b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 22943.4174, "ms", 2198,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB39c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 10000/500, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 80.0187, "ms", 36.41,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TB40a", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 30000/100, Poisson 10 req/s, 50 prompts: output tok/s",
         kVllmBenchDgx, Area::throughput, 34.2188, "tok/s", 113,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TB40b", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TTFT",
         kVllmBenchDgx, Area::latency, 75602.8288, "ms", 18500,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TB40c", "DeepSeek-R1 8xH200 FP8 TP8 SGLang 0.4.5.post1 DP attention (DGX), 30000/100, Poisson 10 req/s, 50 prompts: mean TPOT",
         kVllmBenchDgx, Area::latency, 681.7459, "ms", 230.8,
         [] { return sgl045_dp_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 50}, 10.0, 50).tpot.mean.in("ms"); }),
      // ---- Wave 31 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 7c9e9e5: session 22's KV admission, vLLM on-demand pages).
      w2("TC34a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 1 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 84.88, "tok/s", 102.9,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC34b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 1 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 36.46, "ms", 81.41,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.25).ttft.in("ms"); }),
      w2("TC34c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 1 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 11.76, "ms", 9.652,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.25).tpot.in("ms"); }),
      w2("TC35a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 10 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 715.43, "tok/s", 918.9,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC35b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 10 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 503.72, "ms", 476.3,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.25).ttft.in("ms"); }),
      w2("TC35c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1024/1024, 10 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 13.46, "ms", 10.41,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.25).tpot.in("ms"); }),
      w2("TC36a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1019, 20 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 1338.72, "tok/s", 1645,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1019, 20}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC36b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1019, 20 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 463.1, "ms", 824.5,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1019, 20}, 0.25).ttft.in("ms"); }),
      w2("TC36c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1019, 20 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 14.36, "ms", 11.31,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1019, 20}, 0.25).tpot.in("ms"); }),
      w2("TC37a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1021, 30 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 1830.69, "tok/s", 2234,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1021, 30}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC37b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1021, 30 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 1033.68, "ms", 1184,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1021, 30}, 0.25).ttft.in("ms"); }),
      w2("TC37c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1023/1021, 30 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 15.19, "ms", 12.21,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1021, 30}, 0.25).tpot.in("ms"); }),
      w2("TC38a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1022, 50 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2338.38, "tok/s", 2679,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC38b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1022, 50 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 693.75, "ms", 1877,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.25).ttft.in("ms"); }),
      w2("TC38c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1022, 50 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 18.46, "ms", 15.04,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.25).tpot.in("ms"); }),
      w2("TC39a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1023, 75 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2131.91, "tok/s", 2451,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC39b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1023, 75 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 1140.94, "ms", 2776,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.25).ttft.in("ms"); }),
      w2("TC39c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1023, 75 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 24.02, "ms", 20.32,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.25).tpot.in("ms"); }),
      w2("TC40a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1016, 100 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2124.52, "tok/s", 2711,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC40b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1016, 100 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 6772.41, "ms", 5846,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.25).ttft.in("ms"); }),
      w2("TC40c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1016, 100 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 28.69, "ms", 22.13,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.25).tpot.in("ms"); }),
      w2("TC41a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1000, 200 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2057.51, "tok/s", 2558,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1000, 200}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC41b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1000, 200 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 28904.67, "ms", 2.411e+04,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1000, 200}, 0.25).ttft.in("ms"); }),
      w2("TC41c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1020/1000, 200 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 29.87, "ms", 23.78,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1000, 200}, 0.25).tpot.in("ms"); }),
      w2("TC42a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1003, 500 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2170.51, "tok/s", 2653,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1003, 500}, 0.25).output_throughput.in("tokens/s"); }),
      w2("TC42b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1003, 500 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 95836.65, "ms", 7.859e+04,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1003, 500}, 0.25).ttft.in("ms"); }),
      w2("TC42c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.25, 1021/1003, 500 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 31.56, "ms", 24.84,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1003, 500}, 0.25).tpot.in("ms"); }),
      w2("TC43a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 1 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 84.95, "tok/s", 102.9,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC43b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 1 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 36.23, "ms", 81.41,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.5).ttft.in("ms"); }),
      w2("TC43c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 1 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 11.75, "ms", 9.652,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 1}, 0.5).tpot.in("ms"); }),
      w2("TC44a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 10 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 715.92, "tok/s", 918.9,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC44b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 10 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 488.52, "ms", 476.3,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.5).ttft.in("ms"); }),
      w2("TC44c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1024/1024, 10 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 13.47, "ms", 10.41,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1024, 1024, 10}, 0.5).tpot.in("ms"); }),
      w2("TC45a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 20 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 1387.31, "tok/s", 1645,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 20}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC45b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 20 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 195.24, "ms", 824.5,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 20}, 0.5).ttft.in("ms"); }),
      w2("TC45c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 20 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 14.12, "ms", 11.31,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 20}, 0.5).tpot.in("ms"); }),
      w2("TC46a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 30 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 1967.9, "tok/s", 2233,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 30}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC46b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 30 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 241.74, "ms", 1184,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 30}, 0.5).ttft.in("ms"); }),
      w2("TC46c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1023/1020, 30 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 14.93, "ms", 12.21,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1023, 1020, 30}, 0.5).tpot.in("ms"); }),
      w2("TC47a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1022, 50 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2356.12, "tok/s", 3049,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC47b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1022, 50 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 2580.51, "ms", 1877,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.5).ttft.in("ms"); }),
      w2("TC47c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1022, 50 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 18.47, "ms", 14.45,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1022, 50}, 0.5).tpot.in("ms"); }),
      w2("TC48a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1023, 75 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 2991.02, "tok/s", 3549,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC48b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1023, 75 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 2598.85, "ms", 2776,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.5).ttft.in("ms"); }),
      w2("TC48c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1023, 75 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 22.21, "ms", 18.22,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1023, 75}, 0.5).tpot.in("ms"); }),
      w2("TC49a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1016, 100 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 3352.15, "tok/s", 3884,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC49b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1016, 100 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 3983.1, "ms", 3685,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.5).ttft.in("ms"); }),
      w2("TC49c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1016, 100 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 25.26, "ms", 21.83,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1016, 100}, 0.5).tpot.in("ms"); }),
      w2("TC50a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1002, 200 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 4442.73, "tok/s", 3889,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1002, 200}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC50b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1002, 200 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 3158.7, "ms", 7429,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1002, 200}, 0.5).ttft.in("ms"); }),
      w2("TC50c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1020/1002, 200 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 40.34, "ms", 43.12,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1020, 1002, 200}, 0.5).tpot.in("ms"); }),
      w2("TC51a", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1005, 500 prompts at once: output tok/s",
         kDennisLeeVllm, Area::throughput, 4215.38, "tok/s", 4189,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1005, 500}, 0.5).output_throughput.in("tokens/s"); }),
      w2("TC51b", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1005, 500 prompts at once: mean TTFT",
         kDennisLeeVllm, Area::latency, 34943.37, "ms", 3.853e+04,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1005, 500}, 0.5).ttft.in("ms"); }),
      w2("TC51c", "Qwen2-7B-Instruct 1xA100 80GB BF16 TP1 vLLM 0.10.1.1, gpu-memory-utilization 0.5, 1021/1005, 500 prompts at once: mean TPOT",
         kDennisLeeVllm, Area::latency, 52.41, "ms", 52.3,
         [] { return vllm0101_a100_burst({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100, 1, Precision::bf16, 1021, 1005, 500}, 0.5).tpot.in("ms"); }),
      // ---- Wave 32 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 7608b62: session 23's attention-DP ranks).
      tput("TD02", "Llama 3.3 70B 1xB300 NVFP4 TRT-LLM 1.2.0 offline, 1024/1024: output tok/s", kTrt120, 8196, 1.039e+04,
           {&L31_70B, &Hardware::Cloud::B300, 1, 1, Precision::fp4, 1024, 1024}),
      tput("TD03", "Llama 3.3 70B 1xGB300 NVFP4 TRT-LLM 1.2.0 offline, 1024/8192: output tok/s", kTrt120, 4739, 5117,
           {&L31_70B, &Hardware::Cloud::GB300, 1, 1, Precision::fp4, 1024, 8192}),
      tput("TD06", "Qwen3-30B-A3B 1xB200 NVFP4 TRT-LLM 1.2.0 offline, 8192/1024: output tok/s", kTrt120, 5945, 7436,
           {&Q3_30B, &B200, 1, 1, Precision::fp4, 8192, 1024}),
      tput("TD07", "Qwen3-235B-A22B 4xH200 FP8 DEP4 TRT-LLM 1.2.0 offline, 1024/1024: output tok/s", kTrt120, 4 * 3494.0, 1.399e+04,
           {&Q3_235B, &H200, 4, 4, Precision::fp8, 1024, 1024, true, true}),
      tput("TD08", "Qwen3-235B-A22B 4xB300 NVFP4 DEP4 TRT-LLM 1.2.0 offline, 1024/8192: output tok/s", kTrt120, 4 * 4938.0, 2.67e+04,
           {&Q3_235B, &Hardware::Cloud::B300, 4, 4, Precision::fp4, 1024, 8192, true, true}),
      tput("TD09", "Llama 3.1 8B 1xH100 FP8 TRT-LLM (v0.21 data) offline, 1000/1000: output tok/s", kTrt021, 14991.62, 1.334e+04,
           {&L31_8B, &H100, 1, 1, Precision::fp8, 1000, 1000}),
      tput("TD10", "Llama 3.1 8B 1xH200 FP8 TRT-LLM (v0.21 data) offline, 20000/2000: output tok/s", kTrt021, 1705.68, 1821,
           {&L31_8B, &H200, 1, 1, Precision::fp8, 20000, 2000}),
      tput("TD11", "Llama 3.3 70B 2xH100 FP8 TP2 TRT-LLM (v0.21 data) offline, 500/2000: output tok/s", kTrt021, 4654.74, 5049,
           {&L31_70B, &H100, 2, 2, Precision::fp8, 500, 2000}),
      tput("TD12", "Llama 3.1 405B 4xB200 NVFP4 TP4 TRT-LLM (v0.21 data) offline, 1000/1000: output tok/s", kTrt021, 4958.53, 5518,
           {&L31_405B, &B200, 4, 4, Precision::fp4, 1000, 1000}),
      tput("TD13", "Llama 3.1 405B 8xH200 FP8 TP8 TRT-LLM (v0.21 data) offline, 2048/2048: output tok/s", kTrt021, 2840.86, 2789,
           {&L31_405B, &H200, 8, 8, Precision::fp8, 2048, 2048}),
      tput("TD14", "Llama 3.3 70B 2xB200 NVFP4 TP2 TRT-LLM 0.20.0 offline, 1000/2000: output tok/s", kTrt020, 9830.73, 1.312e+04,
           {&L31_70B, &B200, 2, 2, Precision::fp4, 1000, 2000}),
      tput("TD15", "Llama 3.3 70B 4xH200 FP8 TP4 TRT-LLM 0.20.0 offline, 1000/1000: output tok/s", kTrt020, 8685.44, 8644,
           {&L31_70B, &H200, 4, 4, Precision::fp8, 1000, 1000}),
      tput("TD17", "Llama 3.3 70B 4xH100 FP8 TP4 TRT-LLM 0.20.0 offline, 2048/128: output tok/s", kTrt020, 1213.33, 1110,
           {&L31_70B, &H100, 4, 4, Precision::fp8, 2048, 128}),
      tput("TD18", "Llama 3.1 70B 1xH100 FP8 TRT-LLM 0.19.0 offline, 128/2048: output tok/s", kTrt019, 745.19, 514.8,
           {&L31_70B, &H100, 1, 1, Precision::fp8, 128, 2048}),
      tput("TD19", "Llama 3.1 70B 1xH200 FP8 TRT-LLM 0.19.0 offline, 1000/1000: output tok/s", kTrt019, 2727.42, 2740,
           {&L31_70B, &H200, 1, 1, Precision::fp8, 1000, 1000}),
      tput("TD20", "Llama 3.3 70B 8xB200 NVFP4 TP8 TRT-LLM 0.19.0 offline, 20000/2000: output tok/s", kTrt019, 3167.3, 3609,
           {&L31_70B, &B200, 8, 8, Precision::fp4, 20000, 2000}),
      w2("TD01a", "Llama 3.1 8B 1xMI355X FP8 SGLang (PR #11157 baseline), 3500/1500, Poisson 8 req/s, 64 prompts: output tok/s",
         kSglPr11157, Area::throughput, 4289.17, "tok/s", 5217,
         [] { return sgl045_fixed_poisson({&L31_8B, &MI355, 1, Precision::fp8, 3500, 1500, 0}, 8.0, 64).output_throughput.in("tokens/s"); }),
      w2("TD01b", "Llama 3.1 8B 1xMI355X FP8 SGLang (PR #11157 baseline), 3500/1500, Poisson 8 req/s, 64 prompts: mean TTFT",
         kSglPr11157, Area::latency, 80.21, "ms", 32.67,
         [] { return sgl045_fixed_poisson({&L31_8B, &MI355, 1, Precision::fp8, 3500, 1500, 0}, 8.0, 64).ttft.mean.in("ms"); }),
      w2("TD01c", "Llama 3.1 8B 1xMI355X FP8 SGLang (PR #11157 baseline), 3500/1500, Poisson 8 req/s, 64 prompts: mean E2E latency",
         kSglPr11157, Area::latency, 16796.05, "ms", 1.004e+04,
         [] { return sgl045_fixed_poisson({&L31_8B, &MI355, 1, Precision::fp8, 3500, 1500, 0}, 8.0, 64).e2e.mean.in("ms"); }),
      // ---- Wave 33 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 7608b62).
      tput("TE01", "Llama 3.1 405B 8xH200 FP8 TP8 TRT-LLM 0.14 offline, 20000/2000: output tok/s", kTrt014, 481.5732, 476.9,
           {&L31_405B, &H200, 8, 8, Precision::fp8, 20000, 2000}),
      tput("TE02", "Llama 3.1 70B 8xA100 FP16 TP8 TRT-LLM 0.14 offline, 128/2048: output tok/s", kTrt014, 4254.2871, 4762,
           {&L31_70B, &A100, 8, 8, Precision::fp16, 128, 2048}),
      tput("TE03", "Llama 3.1 70B 4xL40S FP8 TP4 TRT-LLM 0.14 offline, 1000/1000: output tok/s", kTrt014, 1161.4814, 1332,
           {&L31_70B, &L40S, 4, 4, Precision::fp8, 1000, 1000}),
      tput("TE04", "Llama 3.1 8B 1xH100 FP8 TRT-LLM 0.14 offline, 2048/2048: output tok/s", kTrt014, 8777.6623, 9034,
           {&L31_8B, &H100, 1, 1, Precision::fp8, 2048, 2048}),
      tput("TE05", "Mixtral 8x22B 8xH100 FP8 TP8 TRT-LLM 0.14 offline, 500/2000: output tok/s", kTrt014, 19997.3914, 2.174e+04,
           {&MIX22, &H100, 8, 8, Precision::fp8, 500, 2000}),
      tput("TE06", "Mixtral 8x7B 4xH100 FP16 TP4 TRT-LLM 0.14 offline, 1000/1000: output tok/s", kTrt014, 15509.1538, 1.644e+04,
           {&MIX7, &H100, 4, 4, Precision::fp16, 1000, 1000}),
      tput("TE07", "Llama 3.1 70B 2xH100 FP8 TP2 TRT-LLM 0.15 offline, 20000/2000: output tok/s", kTrt015, 410.93, 461,
           {&L31_70B, &H100, 2, 2, Precision::fp8, 20000, 2000}),
      tput("TE08", "Llama 3.1 8B 1xL40S FP8 TRT-LLM 0.15 offline, 500/2000: output tok/s", kTrt015, 4263.97, 4158,
           {&L31_8B, &L40S, 1, 1, Precision::fp8, 500, 2000}),
      tput("TE09", "Mixtral 8x7B 1xH100 FP8 TRT-LLM 0.15 offline, 20000/2000: output tok/s", kTrt015, 670.61, 697.9,
           {&MIX7, &H100, 1, 1, Precision::fp8, 20000, 2000}),
      tput("TE10", "Mixtral 8x22B 8xA100 FP16 TP8 TRT-LLM 0.15 offline, 1000/1000: output tok/s", kTrt015, 4790.88, 3912,
           {&MIX22, &A100, 8, 8, Precision::fp16, 1000, 1000}),
      tput("TE11", "Mistral 7B 1xH100 FP16 TRT-LLM 0.15 offline, 128/2048: output tok/s", kTrt015, 10324.05, 1.063e+04,
           {&MIS7, &H100, 1, 1, Precision::fp16, 128, 2048}),
      tput("TE12", "Llama 3.1 70B 4xA100 FP16 TP4 TRT-LLM 0.15 offline, 2048/2048: output tok/s", kTrt015, 1341.99, 1104,
           {&L31_70B, &A100, 4, 4, Precision::fp16, 2048, 2048}),
      tput("TE14", "Llama 3.1 70B 2xH100 FP8 TP2 TRT-LLM 0.13 offline, 128/2048: output tok/s", kTrt013, 5654.43, 5984,
           {&L31_70B, &H100, 2, 2, Precision::fp8, 128, 2048}),
      tput("TE15", "Llama 2 7B 1xA100 FP16 TRT-LLM 0.13 offline, 1000/1000: output tok/s", kTrt013, 1431.92, 1437,
           {&L2_7B, &A100, 1, 1, Precision::fp16, 1000, 1000}),
      tput("TE16", "Llama 3.1 8B 1xL40S FP8 TRT-LLM 0.13 offline, 20000/2000: output tok/s", kTrt013, 263.75, 323.8,
           {&L31_8B, &L40S, 1, 1, Precision::fp8, 20000, 2000}),
      tput("TE17", "Llama 2 70B 8xH100 FP16 TP8 TRT-LLM 0.13 offline, 500/2000: output tok/s", kTrt013, 7384.79, 8766,
           {&L2_70B, &H100, 8, 8, Precision::fp16, 500, 2000}),
      tput("TE18", "Mixtral 8x7B 2xH200 FP8 TP2 TRT-LLM 0.13 offline, 20000/2000: output tok/s", kTrt013, 2195.84, 2457,
           {&MIX7, &H200, 2, 2, Precision::fp8, 20000, 2000}),
      tput("TE19", "Llama 2 70B 4xH100 FP8 TP4 TRT-LLM 0.12 offline, 2048/2048: output tok/s", kTrt012, 4889.26, 5559,
           {&L2_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}),
      tput("TE20", "Llama 2 7B 1xL40S FP8 TRT-LLM 0.12 offline, 128/128: output tok/s", kTrt012, 6345.72, 6170,
           {&L2_7B, &L40S, 1, 1, Precision::fp8, 128, 128}),
      tput("TE21", "Mixtral 8x7B 2xH200 FP8 TP2 TRT-LLM 0.12 offline, 128/2048: output tok/s", kTrt012, 29389.21, 3.283e+04,
           {&MIX7, &H200, 2, 2, Precision::fp8, 128, 2048}),
      tput("TE22", "Llama 3 70B 8xA100 FP16 TP8 TRT-LLM 0.12 offline, 128/2048: output tok/s", kTrt012, 3815.08, 4762,
           {&L3_70B, &A100, 8, 8, Precision::fp16, 128, 2048}),
      tput("TE23", "Llama 3 8B 1xH100 FP8 TRT-LLM 0.12 offline, 2048/128: output tok/s", kTrt012, 3463.26, 3467,
           {&L3_8B, &H100, 1, 1, Precision::fp8, 2048, 128}),
      w2("TE24", "Llama 2 70B 2xH100 FP8 TP2 TRT-LLM 0.11 offline, 128/2048: output tok/s", kTrt011, Area::throughput, 5267.56, "tok/s", 5814,
         [] { return trtllm_bench_report({&L2_70B, &H100, 2, 2, Precision::fp8, 128, 2048}, 2048, 2048, 0.99); }),
      w2("TE25", "Llama 3 8B 1xA100 FP16 TRT-LLM 0.11 offline, 128/2048: output tok/s", kTrt011, Area::throughput, 4837.47, "tok/s", 4118,
         [] { return trtllm_bench_report({&L3_8B, &A100, 1, 1, Precision::fp16, 128, 2048}, 2048, 8192, 0.99); }),
      w2("TE26", "Mixtral 8x7B 2xH100 FP8 TP2 TRT-LLM 0.11 offline, 2048/2048: output tok/s", kTrt011, Area::throughput, 11486.66, "tok/s", 1.229e+04,
         [] { return trtllm_bench_report({&MIX7, &H100, 2, 2, Precision::fp8, 2048, 2048}, 2048, 3072, 0.99); }),
      w2("TE27", "Mistral 7B 1xL40S FP8 TRT-LLM 0.11 offline, 128/128: output tok/s", kTrt011, Area::throughput, 10237.23, "tok/s", 1.037e+04,
         [] { return trtllm_bench_report({&MIS7, &L40S, 1, 1, Precision::fp8, 128, 128}, 4098, 8192, 0.99); }),
      w2("TE28", "Llama 2 70B 1xH200 FP8 TRT-LLM 0.10 offline, 128/2048: output tok/s", kTrt010, Area::throughput, 3199.9, "tok/s", 3764,
         [] { return trtllm_bench_report({&L2_70B, &H200, 1, 1, Precision::fp8, 128, 2048}, 2048, 2048, 0.9); }),
      w2("TE29", "Llama 3 70B 4xH100 FP8 TP4 TRT-LLM 0.10 offline, 2048/2048: output tok/s", kTrt010, Area::throughput, 3685.74, "tok/s", 5146,
         [] { return trtllm_bench_report({&L3_70B, &H100, 4, 4, Precision::fp8, 2048, 2048}, 2048, 2048, 0.9); }),
      w2("TE30", "Llama 2 7B 1xA100 FP16 TRT-LLM 0.10 offline, 128/2048: output tok/s", kTrt010, Area::throughput, 1903.4, "tok/s", 1813,
         [] { return trtllm_bench_report({&L2_7B, &A100, 1, 1, Precision::fp16, 128, 2048}, 2048, 2048, 0.9); }),
      w2("TE31", "Mixtral 8x7B 2xH100 FP16 TP2 TRT-LLM 0.10 offline, 128/2048: output tok/s", kTrt010, Area::throughput, 7864.88, "tok/s", 7781,
         [] { return trtllm_bench_report({&MIX7, &H100, 2, 2, Precision::fp16, 128, 2048}, 2048, 2048, 0.9); }),
      // ---- Wave 34 (first predictions recorded at the first run, 2026-12-01, by the model of
      // 7608b62).
      w2("TF78", "Llama 3 70B 4xA100 BF16 TP4 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiA100, Area::latency, 3990.59, "ms", 3536,
         [] { return vllm_batch_latency_bf16_ms({&L3_70B, &A100, 4, Precision::bf16, 32, 128, 8}); }),
      w2("TF79", "Llama 3.1 8B 1xA100 BF16 TP1 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiA100, Area::latency, 1579.27, "ms", 1352,
         [] { return vllm_batch_latency_bf16_ms({&L31_8B, &A100, 1, Precision::bf16, 32, 128, 8}); }),
      w2("TF80", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiA100, Area::latency, 3643.84, "ms", 3511,
         [] { return vllm_batch_latency_bf16_ms({&MIX7, &A100, 2, Precision::bf16, 32, 128, 8}); }),
      w2("TF81", "Llama 3 70B 4xH100 BF16 TP4 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiH100, Area::latency, 2444.47, "ms", 2356,
         [] { return vllm_batch_latency_bf16_ms({&L3_70B, &H100, 4, Precision::bf16, 32, 128, 8}); }),
      w2("TF82", "Llama 3.1 8B 1xH100 BF16 TP1 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiH100, Area::latency, 997.542, "ms", 845.4,
         [] { return vllm_batch_latency_bf16_ms({&L31_8B, &H100, 1, Precision::bf16, 32, 128, 8}); }),
      w2("TF83", "Mixtral 8x7B 2xH100 BF16 TP2 vLLM benchmark_latency, static batch 8, 32/128: mean end-to-end latency",
         kVllmCiH100, Area::latency, 2326.97, "ms", 2145,
         [] { return vllm_batch_latency_bf16_ms({&MIX7, &H100, 2, Precision::bf16, 32, 128, 8}); }),
      w2("TG16", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, 1500 prompts of 128/2048: output tok/s (unit unresolved: R37 rule)",
         kRocmDevDocker073, Area::throughput, 4219.7, "tok/s", 4699,
         [] { return vllm_rocm_fp8kv_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 1500}, 0.9, 131072, 10); }),
      w2("TG17", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, 1500 prompts of 128/4096: output tok/s (unit unresolved: R37 rule)",
         kRocmDevDocker073, Area::throughput, 3328.7, "tok/s", 4317,
         [] { return vllm_rocm_fp8kv_prompts({&L31_405B, &MI300X, 8, Precision::fp8, 128, 4096, 1500}, 0.9, 131072, 10); }),
      w2("TG20", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 1, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 17.654, "s", 19.52,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("TG21", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 2, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 18.269, "s", 19.59,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 2}); }),
      w2("TG22", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 4, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 18.561, "s", 19.73,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 4}); }),
      w2("TG23", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 8, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 20.18, "s", 20.01,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("TG24", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 16, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 22.541, "s", 20.57,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 16}); }),
      w2("TG25", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 32, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 25.454, "s", 21.66,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("TG26", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 64, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 33.666, "s", 25.84,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 64}); }),
      w2("TG27", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 128, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 48.466, "s", 33.13,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("TG28", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 1, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 17.771, "s", 19.62,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("TG29", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 2, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 18.304, "s", 19.77,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 2}); }),
      w2("TG30", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 4, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 19.173, "s", 20.09,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 4}); }),
      w2("TG31", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 8, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 21.326, "s", 20.72,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("TG32", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 16, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 24.375, "s", 21.96,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 16}); }),
      w2("TG33", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 32, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 29.284, "s", 24.47,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("TG34", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 64, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 40.2, "s", 31.44,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 64}); }),
      w2("TG35", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 128, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 62.42, "s", 44.31,
         [] { return vllm_fp8kv_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("TG36", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 1, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 46.632, "s", 47.53,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("TG37", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 2, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 47.37, "s", 47.72,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 2}); }),
      w2("TG38", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 4, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 49.945, "s", 48.09,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 4}); }),
      w2("TG39", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 8, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 53.01, "s", 48.85,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 8}); }),
      w2("TG40", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 16, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 56.348, "s", 50.33,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 16}); }),
      w2("TG41", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 32, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 65.222, "s", 53.3,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 32}); }),
      w2("TG42", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 64, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 82.688, "s", 66.86,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 64}); }),
      w2("TG43", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 128, 128/2048: batch latency",
         kRocmDevDocker073, Area::latency, 115.98, "s", 94.72,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("TG44", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 1, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 46.918, "s", 47.86,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("TG45", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 2, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 48.132, "s", 48.36,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 2}); }),
      w2("TG46", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 4, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 52.281, "s", 49.35,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 4}); }),
      w2("TG47", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 8, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 55.874, "s", 51.35,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 8}); }),
      w2("TG48", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 16, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 61.822, "s", 55.38,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 16}); }),
      w2("TG49", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 32, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 76.925, "s", 63.43,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 32}); }),
      w2("TG50", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 64, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 105.4, "s", 87.12,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 64}); }),
      w2("TG51", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.7.3 ROCm, FP8 KV, static batch 128, 2048/2048: batch latency",
         kRocmDevDocker073, Area::latency, 162.503, "s", 135.2,
         [] { return vllm_fp8kv_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("TH01", "Llama 3 8B 1xH100 BF16 vLLM 0.5 benchmark_throughput, 1000 prompts of 256/256: output tok/s (total x OSL / (ISL + OSL))",
         kVllmPr7117, Area::throughput, 12453.04 * 256.0 / 512.0, "tok/s", 1.049e+04,
         [] { return vllm_v0_default_prompts({&L3_8B, &H100, 1, Precision::bf16, 256, 256, 1000}); }),
      w2("TI01", "Llama 2 7B (TensorRT-LLM llama_7b) 1xH100 FP8, FP8 KV, TensorRT-LLM 0.5-era benchmark.py static batch 64, 2048/128: output tok/s",
         kTrtIssue329, Area::throughput, 1857.9, "tok/s", 2220,
         [] { return static_tput(Engine2::trtllm_static, {&L2_7B, &H100, 1, Precision::fp8, 2048, 128, 64}); }),
      w2("TJ01", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 1, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 459, "ms", 229.5,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 1, 32768}); }),
      w2("TJ02", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 2, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 515, "ms", 278.2,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 2, 32768}); }),
      w2("TJ03", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 4, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 610, "ms", 342.7,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 4, 32768}); }),
      w2("TJ04", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 8, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 813, "ms", 432,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 8, 32768}); }),
      w2("TJ05", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 16, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 1044, "ms", 545,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 16, 32768}); }),
      w2("TJ06", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 32, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 1489, "ms", 727.7,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 32, 32768}); }),
      w2("TJ07", "Mixtral 8x7B 8xH100 BF16 TP8 vLLM 0.3 (PR #2542 fused MoE) benchmark_latency, static batch 64, 1000/50: mean end-to-end latency",
         kVllmPr2542, Area::latency, 2419, "ms", 1106,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &H100, 8, Precision::bf16, 1000, 50, 64, 32768}); }),
      w2("TJ08", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 1, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 845.3641083685216, "ms", 613.8,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 1, 32768}); }),
      w2("TJ09", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 2, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 1128.0082573764957, "ms", 917.5,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 2, 32768}); }),
      w2("TJ10", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 4, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 1614.0852882619947, "ms", 1385,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 4, 32768}); }),
      w2("TJ11", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 8, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 2348.028304380132, "ms", 1909,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 8, 32768}); }),
      w2("TJ12", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 16, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 3548.9811494306196, "ms", 2512,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 16, 32768}); }),
      w2("TJ13", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 32, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 5627.054951939499, "ms", 3551,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 32, 32768}); }),
      w2("TJ14", "Mixtral 8x7B 2xA100 BF16 TP2 vLLM master of 2024-03-06 benchmark_latency, static batch 64, 1000/50: mean end-to-end latency",
         kVllmPr3240, Area::latency, 9691.197272467543, "ms", 5564,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &A100, 2, Precision::bf16, 1000, 50, 64, 32768}); }),
      w2("TJ20", "Llama 2 70B 4xA100 FP16 TP4 vLLM 0.2.7 (PR #2192 custom all-reduce) benchmark_latency, static batch 64, 256/256: mean end-to-end latency",
         kVllmPr2192, Area::latency, 14570, "ms", 1.222e+04,
         [] { return vllm_v0_batch_latency_ms({&L2_70B, &A100, 4, Precision::fp16, 256, 256, 64, 4096}); }),
      w2("TK01", "Llama 2 70B 8xA100 FP16 TP8 vLLM v0.5.3 offline (NanoFlow baseline), 512/512: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 469, "tok/s", 582.6,
         [] { return vllm_v0_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 512, 512, 0, 4096}); }),
      w2("TK02", "Llama 2 70B 8xA100 FP16 TP8 vLLM v0.5.3 offline (NanoFlow baseline), 1024/512: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 549, "tok/s", 667,
         [] { return vllm_v0_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 1024, 512, 0, 4096}); }),
      w2("TK03", "Llama 2 70B 8xA100 FP16 TP8 vLLM v0.5.3 offline (NanoFlow baseline), 512/1024: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 346, "tok/s", 450.8,
         [] { return vllm_v0_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 512, 1024, 0, 4096}); }),
      w2("TK07", "Llama 2 70B 8xA100 FP16 TP8 TensorRT-LLM v0.8.0 offline (NanoFlow baseline), 512/512: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 735, "tok/s", 842.5,
         [] { return trtllm_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 512, 512, 0, 4096}); }),
      w2("TK08", "Llama 2 70B 8xA100 FP16 TP8 TensorRT-LLM v0.8.0 offline (NanoFlow baseline), 1024/512: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 817, "tok/s", 831.6,
         [] { return trtllm_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 1024, 512, 0, 4096}); }),
      w2("TK09", "Llama 2 70B 8xA100 FP16 TP8 TensorRT-LLM v0.8.0 offline (NanoFlow baseline), 512/1024: (input + output) tok/s per GPU",
         kNanoflowBaselines, Area::throughput, 636, "tok/s", 753.7,
         [] { return trtllm_offline_per_gpu({&L2_70B, &A100, 8, Precision::fp16, 512, 1024, 0, 4096}); }),
      w2("TL01", "Llama 3 8B 1xMI300X FP16 TP1 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 64, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 61356.2, "ms", 1.087e+04,
         [] { return vllm_v0_batch_latency_ms({&L3_8B, &MI300X, 1, Precision::fp16, 1024, 1024, 64, 8192}); }),
      w2("TL02", "Llama 3 8B 1xMI300X FP16 TP1 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 1, 128/128: mean batch latency",
         kInferenceBench, Area::latency, 2169.9, "ms", 618.5,
         [] { return vllm_v0_batch_latency_ms({&L3_8B, &MI300X, 1, Precision::fp16, 128, 128, 1, 8192}); }),
      w2("TL03", "Llama 2 70B 1xMI300X FP16 TP1 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 16, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 108411, "ms", 4.083e+04,
         [] { return vllm_v0_batch_latency_ms({&L2_70B, &MI300X, 1, Precision::fp16, 1024, 1024, 16, 4096}); }),
      w2("TL04", "Llama 3 70B 8xMI300X FP16 TP8 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 64, 2048/2048: mean batch latency",
         kInferenceBench, Area::latency, 150028, "ms", 4.146e+04,
         [] { return vllm_v0_batch_latency_ms({&L3_70B, &MI300X, 8, Precision::fp16, 2048, 2048, 64, 8192}); }),
      w2("TL05", "Llama 3 70B 8xMI300X FP16 TP8 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 1, 128/128: mean batch latency",
         kInferenceBench, Area::latency, 3251.5, "ms", 1477,
         [] { return vllm_v0_batch_latency_ms({&L3_70B, &MI300X, 8, Precision::fp16, 128, 128, 1, 8192}); }),
      w2("TL06", "Mixtral 8x7B 2xMI300X FP16 TP2 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 32, 512/512: mean batch latency",
         kInferenceBench, Area::latency, 14398.3, "ms", 7613,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &MI300X, 2, Precision::fp16, 512, 512, 32, 32768}); }),
      w2("TL07", "Qwen2 7B 1xMI300X FP16 TP1 vLLM 0.6.1 ROCm benchmark_latency (LLM-Inference-Bench), static batch 32, 256/256: mean batch latency",
         kInferenceBench, Area::latency, 4773, "ms", 1397,
         [] { return vllm_v0_batch_latency_ms({&Models::Language::Qwen2_5_7B, &MI300X, 1, Precision::fp16, 256, 256, 32, 32768}); }),
      w2("TL08", "Llama 3 8B 1xH100 FP16 TP1 vLLM 0.5-0.6 benchmark_latency (LLM-Inference-Bench), static batch 64, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 18808.7, "ms", 1.289e+04,
         [] { return vllm_v0_batch_latency_ms({&L3_8B, &H100, 1, Precision::fp16, 1024, 1024, 64, 8192}); }),
      w2("TL09", "Llama 3 70B 4xH100 FP16 TP4 vLLM 0.5-0.6 benchmark_latency (LLM-Inference-Bench), static batch 32, 512/512: mean batch latency",
         kInferenceBench, Area::latency, 14038.1, "ms", 1.121e+04,
         [] { return vllm_v0_batch_latency_ms({&L3_70B, &H100, 4, Precision::fp16, 512, 512, 32, 8192}); }),
      w2("TL10", "Qwen2 72B 4xH100 FP16 TP4 vLLM 0.5-0.6 benchmark_latency (LLM-Inference-Bench), static batch 16, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 25691.3, "ms", 2.118e+04,
         [] { return vllm_v0_batch_latency_ms({&Models::Language::Qwen2_5_72B, &H100, 4, Precision::fp16, 1024, 1024, 16, 32768}); }),
      w2("TL11", "Mistral 7B 1xH100 FP16 TP1 vLLM 0.5-0.6 benchmark_latency (LLM-Inference-Bench), static batch 1, 2048/2048: mean batch latency",
         kInferenceBench, Area::latency, 15991.8, "ms", 1.312e+04,
         [] { return vllm_v0_batch_latency_ms({&MIS7, &H100, 1, Precision::fp16, 2048, 2048, 1, 32768}); }),
      w2("TL12", "Llama 3 8B 1xA100 40GB FP16 TP1 vLLM ~0.6.1 benchmark_latency (LLM-Inference-Bench), static batch 64, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 36162, "ms", 2.833e+04,
         [] { return vllm_v0_batch_latency_ms({&L3_8B, &Hardware::Cloud::A100_40GB, 1, Precision::fp16, 1024, 1024, 64, 8192}); }),
      w2("TL13", "Llama 2 70B 4xA100 40GB FP16 TP4 vLLM ~0.6.1 benchmark_latency (LLM-Inference-Bench), static batch 16, 256/256: mean batch latency",
         kInferenceBench, Area::latency, 10427.2, "ms", 9384,
         [] { return vllm_v0_batch_latency_ms({&L2_70B, &Hardware::Cloud::A100_40GB, 4, Precision::fp16, 256, 256, 16, 4096}); }),
      w2("TL14", "Mixtral 8x7B 4xA100 40GB FP16 TP4 vLLM ~0.6.1 benchmark_latency (LLM-Inference-Bench), static batch 32, 1024/1024: mean batch latency",
         kInferenceBench, Area::latency, 28761, "ms", 2.393e+04,
         [] { return vllm_v0_batch_latency_ms({&MIX7, &Hardware::Cloud::A100_40GB, 4, Precision::fp16, 1024, 1024, 32, 32768}); }),
      w2("TO01", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang (first run), random [1, 1024]/[1, 1024], Poisson 1 req/s, 300 prompts: mean end-to-end latency",
         kDataCrunch70First, Area::latency, 7811.26, "ms", 8414,
         [] { return sgl_poisson({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 300}, 0.85, 1.0).e2e.mean.in("ms"); }),
      w2("TO02", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang (first run), random [1, 1024]/[1, 1024], Poisson 2 req/s, 600 prompts: mean end-to-end latency",
         kDataCrunch70First, Area::latency, 8501.15, "ms", 8760,
         [] { return sgl_poisson({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 600}, 0.85, 2.0).e2e.mean.in("ms"); }),
      w2("TO03", "Llama 3.3 70B 4xH200 BF16 TP4 SGLang (first run), random [1, 1024]/[1, 1024], Poisson 16 req/s, 3200 prompts: mean end-to-end latency",
         kDataCrunch70First, Area::latency, 154144.71, "ms", 1.181e+05,
         [] { return sgl_poisson({&L31_70B, &H200, 4, Precision::bf16, 1024, 1024, 3200}, 0.85, 16.0).e2e.mean.in("ms"); }),
      w2("TP01a", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM main (Apr 2026) eager, random 1024/128, 500 prompts at once: output tok/s",
         kVllmPr39481, Area::throughput, 1409.13, "tok/s", 1777,
         [] { return vllm_burst_eager({&DSR1, &MI300X, 8, Precision::fp8, 1024, 128, 500}).output_throughput.in("tokens/s"); }),
      w2("TP01b", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM main (Apr 2026) eager, random 1024/128, 500 prompts at once: mean TTFT",
         kVllmPr39481, Area::latency, 18054.27, "ms", 1.492e+04,
         [] { return vllm_burst_eager({&DSR1, &MI300X, 8, Precision::fp8, 1024, 128, 500}).ttft.in("ms"); }),
      w2("TP01c", "DeepSeek-R1 8xMI300X FP8 TP8 vLLM main (Apr 2026) eager, random 1024/128, 500 prompts at once: mean TPOT",
         kVllmPr39481, Area::latency, 186.50, "ms", 157.1,
         [] { return vllm_burst_eager({&DSR1, &MI300X, 8, Precision::fp8, 1024, 128, 500}).tpot.in("ms"); }),      w2("TQ01a", "Llama 3.1 70B 8xB200 FP8 2xTP4 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 32, 320 requests: output tok/s",
         kGkeVllm2xTp4, Area::throughput, 1295.28, "tok/s", 1787,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 32}, 2, 8192, {330, 10}).output_throughput.in("tokens/s"); }),
      w2("TQ01b", "Llama 3.1 70B 8xB200 FP8 2xTP4 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 32, 320 requests: mean TTFT",
         kGkeVllm2xTp4, Area::latency, 1320.91, "ms", 336,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 32}, 2, 8192, {330, 10}).ttft.in("ms"); }),
      w2("TQ01c", "Llama 3.1 70B 8xB200 FP8 2xTP4 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 32, 320 requests: mean ITL",
         kGkeVllm2xTp4, Area::latency, 15.97, "ms", 14.6,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 32}, 2, 8192, {330, 10}).tpot.in("ms"); }),
      w2("TQ02a", "Llama 3.1 70B 4xB200 FP8 4xTP1 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: output tok/s",
         kGkeVllm4xTp1, Area::throughput, 446.01, "tok/s", 831.5,
         [] { return vllm_gke({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, 4, 8192, {630, 30}).output_throughput.in("tokens/s"); }),
      w2("TQ02b", "Llama 3.1 70B 4xB200 FP8 4xTP1 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: mean TTFT",
         kGkeVllm4xTp1, Area::latency, 1894.44, "ms", 393.9,
         [] { return vllm_gke({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, 4, 8192, {630, 30}).ttft.in("ms"); }),
      w2("TQ02c", "Llama 3.1 70B 4xB200 FP8 4xTP1 vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: mean ITL",
         kGkeVllm4xTp1, Area::latency, 23.05, "ms", 16.04,
         [] { return vllm_gke({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, 4, 8192, {630, 30}).tpot.in("ms"); }),
      w2("TQ04a", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: output tok/s",
         kGkeVllmMaster, Area::throughput, 1350.12, "tok/s", 1200,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 16}, 2, 16384, {630, 30}).output_throughput.in("tokens/s"); }),
      w2("TQ04b", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: mean TTFT",
         kGkeVllmMaster, Area::latency, 405.66, "ms", 390.9,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 16}, 2, 16384, {630, 30}).ttft.in("ms"); }),
      w2("TQ04c", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 3000/150, concurrency 16, 600 requests: mean ITL",
         kGkeVllmMaster, Area::latency, 9.09, "ms", 10.34,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 3000, 150, 16}, 2, 16384, {630, 30}).tpot.in("ms"); }),
      w2("TQ05a", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 8000/150, concurrency 16, 600 requests: output tok/s",
         kGkeVllmMaster, Area::throughput, 546.63, "tok/s", 813.5,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 8000, 150, 16}, 2, 16384, {630, 30}).output_throughput.in("tokens/s"); }),
      w2("TQ05b", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 8000/150, concurrency 16, 600 requests: mean TTFT",
         kGkeVllmMaster, Area::latency, 1743.75, "ms", 604.6,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 8000, 150, 16}, 2, 16384, {630, 30}).ttft.in("ms"); }),
      w2("TQ05c", "Llama 3.1 70B 8xB200 FP8 2xTP4 16384-token budget vLLM ~0.20 (GKE), genai-perf 8000/150, concurrency 16, 600 requests: mean ITL",
         kGkeVllmMaster, Area::latency, 17.5, "ms", 15.23,
         [] { return vllm_gke({&L31_70B, &B200, 4, Precision::fp8, 8000, 150, 16}, 2, 16384, {630, 30}).tpot.in("ms"); }),      w2("TR02a", "Llama 3.1 70B 4xB200 FP8 Dynamo PD 3 prefill TP1 : 1 decode TP1 (vLLM ~0.20), genai-perf 3000/150, concurrency 16, 600 requests: output tok/s",
         kGkeDynamo3p1d, Area::throughput, 414.88, "tok/s", 935,
         [] { return dynamo_pd({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, {3, 1, 0.10, 8192, Precision::fp8, false, std::nullopt}, {630, 30}).output_throughput.in("tokens/s"); }),
      w2("TR02b", "Llama 3.1 70B 4xB200 FP8 Dynamo PD 3 prefill TP1 : 1 decode TP1 (vLLM ~0.20), genai-perf 3000/150, concurrency 16, 600 requests: mean TTFT",
         kGkeDynamo3p1d, Area::latency, 1342.8, "ms", 163.4,
         [] { return dynamo_pd({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, {3, 1, 0.10, 8192, Precision::fp8, false, std::nullopt}, {630, 30}).ttft.in("ms"); }),
      w2("TR02c", "Llama 3.1 70B 4xB200 FP8 Dynamo PD 3 prefill TP1 : 1 decode TP1 (vLLM ~0.20), genai-perf 3000/150, concurrency 16, 600 requests: mean ITL",
         kGkeDynamo3p1d, Area::latency, 29.21, "ms", 15.55,
         [] { return dynamo_pd({&L31_70B, &B200, 1, Precision::fp8, 3000, 150, 16}, {3, 1, 0.10, 8192, Precision::fp8, false, std::nullopt}, {630, 30}).tpot.in("ms"); }),
      w2("TR08a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 839.3, "tok/s", 1113,
         [] { return dynamo_r1(3000, 999, 16, 1, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR08b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 1360.0, "ms", 215.8,
         [] { return dynamo_r1(3000, 999, 16, 1, {116, 16}).ttft.in("ms"); }),
      w2("TR08c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 16.22, "ms", 13.04,
         [] { return dynamo_r1(3000, 999, 16, 1, {116, 16}).tpot.in("ms"); }),
      w2("TR09a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 1306.87, "tok/s", 1625,
         [] { return dynamo_r1(3000, 999, 32, 1, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR09b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 2180.0, "ms", 294.8,
         [] { return dynamo_r1(3000, 999, 32, 1, {132, 32}).ttft.in("ms"); }),
      w2("TR09c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/999, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 19.22, "ms", 16.56,
         [] { return dynamo_r1(3000, 999, 32, 1, {132, 32}).tpot.in("ms"); }),
      w2("TR10a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 733.47, "tok/s", 1045,
         [] { return dynamo_r1(8000, 999, 16, 1, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR10b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 2320.0, "ms", 190,
         [] { return dynamo_r1(8000, 999, 16, 1, {116, 16}).ttft.in("ms"); }),
      w2("TR10c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 17.96, "ms", 13.86,
         [] { return dynamo_r1(8000, 999, 16, 1, {116, 16}).tpot.in("ms"); }),
      w2("TR11a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 266.27, "tok/s", 1471,
         [] { return dynamo_r1(8000, 999, 32, 1, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR11b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 89870.0, "ms", 258.3,
         [] { return dynamo_r1(8000, 999, 32, 1, {132, 32}).ttft.in("ms"); }),
      w2("TR11c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/999, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 20.54, "ms", 18.2,
         [] { return dynamo_r1(8000, 999, 32, 1, {132, 32}).tpot.in("ms"); }),
      w2("TR12a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 184.11, "tok/s", 946.8,
         [] { return dynamo_r1(16000, 999, 16, 1, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR12b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 65190.0, "ms", 257.1,
         [] { return dynamo_r1(16000, 999, 16, 1, {116, 16}).ttft.in("ms"); }),
      w2("TR12c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 19.09, "ms", 15.17,
         [] { return dynamo_r1(16000, 999, 16, 1, {116, 16}).tpot.in("ms"); }),
      w2("TR13a", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x16, Area::throughput, 185.84, "tok/s", 1260,
         [] { return dynamo_r1(16000, 999, 32, 1, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR13b", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x16, Area::latency, 137140.0, "ms", 284.7,
         [] { return dynamo_r1(16000, 999, 32, 1, {132, 32}).ttft.in("ms"); }),
      w2("TR13c", "DeepSeek-R1 16xB200 FP8 Dynamo PD 1 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/999, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x16, Area::latency, 25.47, "ms", 20.8,
         [] { return dynamo_r1(16000, 999, 32, 1, {132, 32}).tpot.in("ms"); }),
      w2("TR14a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 838.76, "tok/s", 1124,
         [] { return dynamo_r1(3000, 1000, 16, 3, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR14b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 1520.0, "ms", 71,
         [] { return dynamo_r1(3000, 1000, 16, 3, {116, 16}).ttft.in("ms"); }),
      w2("TR14c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 16.1, "ms", 13.06,
         [] { return dynamo_r1(3000, 1000, 16, 3, {116, 16}).tpot.in("ms"); }),
      w2("TR15a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 1304.08, "tok/s", 1646,
         [] { return dynamo_r1(3000, 1000, 32, 3, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR15b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 1840.0, "ms", 217.9,
         [] { return dynamo_r1(3000, 1000, 32, 3, {132, 32}).ttft.in("ms"); }),
      w2("TR15c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 3000/1000, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 19.51, "ms", 16.61,
         [] { return dynamo_r1(3000, 1000, 32, 3, {132, 32}).tpot.in("ms"); }),
      w2("TR16a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 759.42, "tok/s", 1053,
         [] { return dynamo_r1(8000, 1000, 16, 3, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR16b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 2200.0, "ms", 162.1,
         [] { return dynamo_r1(8000, 1000, 16, 3, {116, 16}).ttft.in("ms"); }),
      w2("TR16c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 17.41, "ms", 13.87,
         [] { return dynamo_r1(8000, 1000, 16, 3, {116, 16}).tpot.in("ms"); }),
      w2("TR17a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 1038.65, "tok/s", 1501,
         [] { return dynamo_r1(8000, 1000, 32, 3, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR17b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 4140.0, "ms", 239.1,
         [] { return dynamo_r1(8000, 1000, 32, 3, {132, 32}).ttft.in("ms"); }),
      w2("TR17c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 8000/1000, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 23.25, "ms", 18.23,
         [] { return dynamo_r1(8000, 1000, 32, 3, {132, 32}).tpot.in("ms"); }),
      w2("TR18a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 511.5, "tok/s", 958.4,
         [] { return dynamo_r1(16000, 1000, 16, 3, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR18b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 9070.0, "ms", 250.6,
         [] { return dynamo_r1(16000, 1000, 16, 3, {116, 16}).ttft.in("ms"); }),
      w2("TR18c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 19.38, "ms", 15.17,
         [] { return dynamo_r1(16000, 1000, 16, 3, {116, 16}).tpot.in("ms"); }),
      w2("TR19a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 477.34, "tok/s", 1313,
         [] { return dynamo_r1(16000, 1000, 32, 3, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR19b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 35940.0, "ms", 273.4,
         [] { return dynamo_r1(16000, 1000, 32, 3, {132, 32}).ttft.in("ms"); }),
      w2("TR19c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 16000/1000, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 22.5, "ms", 20.84,
         [] { return dynamo_r1(16000, 1000, 32, 3, {132, 32}).tpot.in("ms"); }),
      w2("TR20a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 8, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 300.51, "tok/s", 599.5,
         [] { return dynamo_r1(26000, 1000, 8, 3, {108, 8}).output_throughput.in("tokens/s"); }),
      w2("TR20b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 8, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 8530.0, "ms", 429.7,
         [] { return dynamo_r1(26000, 1000, 8, 3, {108, 8}).ttft.in("ms"); }),
      w2("TR20c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 8, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 17.01, "ms", 12.48,
         [] { return dynamo_r1(26000, 1000, 8, 3, {108, 8}).tpot.in("ms"); }),
      w2("TR21a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 16, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 286.11, "tok/s", 860.8,
         [] { return dynamo_r1(26000, 1000, 16, 3, {116, 16}).output_throughput.in("tokens/s"); }),
      w2("TR21b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 16, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 30750.0, "ms", 432.4,
         [] { return dynamo_r1(26000, 1000, 16, 3, {116, 16}).ttft.in("ms"); }),
      w2("TR21c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 16, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 24.27, "ms", 16.75,
         [] { return dynamo_r1(26000, 1000, 16, 3, {116, 16}).tpot.in("ms"); }),
      w2("TR22a", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 32, 100 requests: output tok/s",
         kGkeDynamoR1x32, Area::throughput, 289.88, "tok/s", 1127,
         [] { return dynamo_r1(26000, 1000, 32, 3, {132, 32}).output_throughput.in("tokens/s"); }),
      w2("TR22b", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 32, 100 requests: mean TTFT",
         kGkeDynamoR1x32, Area::latency, 70300.0, "ms", 458.9,
         [] { return dynamo_r1(26000, 1000, 32, 3, {132, 32}).ttft.in("ms"); }),
      w2("TR22c", "DeepSeek-R1 32xB200 FP8 Dynamo PD 3 prefill TP8 : 1 decode TP8 (EP, KV over the fabric; vLLM ~0.20), genai-perf 26000/1000, concurrency 32, 100 requests: mean ITL",
         kGkeDynamoR1x32, Area::latency, 37.6, "ms", 24.03,
         [] { return dynamo_r1(26000, 1000, 32, 3, {132, 32}).tpot.in("ms"); }),
      w2("TU01", "gpt-oss-120b 4xB200 MXFP4 experts, SGLang --tp 4 --ep 4 --dp 4 --enable-dp-attention, bench_serving random 1024/2048, concurrency 2560, 12800 prompts: output tok/s",
         kSglPr9359, Area::throughput, 66941.40, "tok/s", 1.206e+05,
         [] {
           return sgl_gpt_oss_closed({&Models::Language::GPT_OSS_120B, &B200, 4, Precision::fp4, 1024, 2048, 2560},
                                     12800, 0.9, true)
               .output_throughput.in("tokens/s");
         }),
      w2("TV05a", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 1000/2000, 10 req/s, 50 prompts: output tok/s",
         kSimoMoApr16, Area::throughput, 922.2884, "tok/s", 1765,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TV05b", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 1000/2000, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoApr16, Area::latency, 3069.9624, "ms", 65.27,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TV05c", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 1000/2000, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoApr16, Area::latency, 51.6195, "ms", 26.18,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 1000, 2000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TV06a", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 5000/1000, 10 req/s, 50 prompts: output tok/s",
         kSimoMoApr16, Area::throughput, 690.1939, "tok/s", 1402,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TV06b", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 5000/1000, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoApr16, Area::latency, 9086.2606, "ms", 737.2,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TV06c", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 5000/1000, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoApr16, Area::latency, 61.2535, "ms", 32.02,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 5000, 1000, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TV07a", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 10000/500, 10 req/s, 50 prompts: output tok/s",
         kSimoMoApr16, Area::throughput, 290.931, "tok/s", 711.5,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TV07b", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 10000/500, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoApr16, Area::latency, 26034.8068, "ms", 5528,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TV07c", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 10000/500, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoApr16, Area::latency, 84.9375, "ms", 41.44,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 10000, 500, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TV08a", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 30000/100, 10 req/s, 50 prompts: output tok/s",
         kSimoMoApr16, Area::throughput, 20.6251, "tok/s", 77.64,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).output_throughput.in("tokens/s"); }),
      w2("TV08b", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 30000/100, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoApr16, Area::latency, 119288.3037, "ms", 2.841e+04,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).ttft.mean.in("ms"); }),
      w2("TV08c", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.5 TP8 EP8 (torch.compile), benchmark_serving random 30000/100, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoApr16, Area::latency, 337.3646, "ms", 104.9,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 30000, 100, 0}, 10.0, 50, true).tpot.mean.in("ms"); }),
      w2("TW04a", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.4.post1 TP8 (torch.compile), benchmark_serving random 32000/100, 10 req/s, 50 prompts: output tok/s",
         kSimoMoV081, Area::throughput, 18.2005, "tok/s", 55.71,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TW04b", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.4.post1 TP8 (torch.compile), benchmark_serving random 32000/100, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoV081, Area::latency, 136242.1981, "ms", 4.14e+04,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TW04c", "DeepSeek-R1 8xH200 FP8 SGLang 0.4.4.post1 TP8 (torch.compile), benchmark_serving random 32000/100, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoV081, Area::latency, 351.0276, "ms", 129,
         [] { return sgl045_fixed_poisson({&DSR1, &H200, 8, Precision::fp8, 32000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TW18a", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 1000/2000, 10 req/s, 50 prompts: output tok/s",
         kSimoMoV081, Area::throughput, 3630.324, "tok/s", 4606,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 1000, 2000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TW18b", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 1000/2000, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoV081, Area::latency, 64.0111, "ms", 31.65,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 1000, 2000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TW18c", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 1000/2000, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoV081, Area::latency, 11.9085, "ms", 8.346,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 1000, 2000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TW19a", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 5000/1000, 10 req/s, 50 prompts: output tok/s",
         kSimoMoV081, Area::throughput, 1603.8595, "tok/s", 2480,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 5000, 1000, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TW19b", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 5000/1000, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoV081, Area::latency, 1616.5349, "ms", 488.9,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 5000, 1000, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TW19c", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 5000/1000, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoV081, Area::latency, 27.4219, "ms", 16.74,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 5000, 1000, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TW20a", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 10000/500, 10 req/s, 50 prompts: output tok/s",
         kSimoMoV081, Area::throughput, 724.3992, "tok/s", 1068,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 10000, 500, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TW20b", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 10000/500, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoV081, Area::latency, 6239.1385, "ms", 3659,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 10000, 500, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TW20c", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 10000/500, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoV081, Area::latency, 52.3314, "ms", 33.74,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 10000, 500, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TW21a", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 32000/100, 10 req/s, 50 prompts: output tok/s",
         kSimoMoV081, Area::throughput, 55.8629, "tok/s", 83.3,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 32000, 100, 0}, 10.0, 50).output_throughput.in("tokens/s"); }),
      w2("TW21b", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 32000/100, 10 req/s, 50 prompts: mean TTFT",
         kSimoMoV081, Area::latency, 41141.4452, "ms", 2.621e+04,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 32000, 100, 0}, 10.0, 50).ttft.mean.in("ms"); }),
      w2("TW21c", "R1-Distill-Llama-8B (Llama 3.1 8B) 1xH200 BF16 SGLang 0.4.4.post1 TP1, benchmark_serving random 32000/100, 10 req/s, 50 prompts: mean TPOT",
         kSimoMoV081, Area::latency, 240.8974, "ms", 160.8,
         [] { return sgl045_fixed_poisson({&L31_8B, &H200, 1, Precision::bf16, 32000, 100, 0}, 10.0, 50).tpot.mean.in("ms"); }),
      w2("TY01a", "Qwen3-8B 1xMI300X BF16 TP1 vLLM 0.9.1, random 128/888 (1024 requested, EOS), 128 prompts at once: output tok/s (from the total)",
         kRocmBlogReasoning, Area::throughput, 6990.0, "tok/s", 1.09e+04,
         [] { return vllm_burst({&Q3_8B, &MI300X, 1, Precision::bf16, 128, gpustack_output(113621, 128, 1024), 128}).output_throughput.in("tokens/s"); }),
      w2("TZ01a", "Qwen3-30B-A3B-FP8 2xH100 PCIe TP2 EP2 vLLM main (2025-09-22), random 7500/7500, concurrency 64, 128 prompts: output tok/s",
         kVllmPr25398, Area::throughput, 1600.05, "tok/s", 1822,
         [] { return vllm_ep_closed_095({&Q3_30B, &H100P, 2, Precision::fp8, 7500, 7500, 64}, 128).output_throughput.in("tokens/s"); }),
      w2("TZ01b", "Qwen3-30B-A3B-FP8 2xH100 PCIe TP2 EP2 vLLM main (2025-09-22), random 7500/7500, concurrency 64, 128 prompts: mean TPOT",
         kVllmPr25398, Area::latency, 38.88, "ms", 34.76,
         [] { return vllm_ep_closed_095({&Q3_30B, &H100P, 2, Precision::fp8, 7500, 7500, 64}, 128).tpot.in("ms"); }),
      w2("TZ02a", "Qwen3-30B-A3B-FP8 4xH200 TP4 EP4 SGLang main (2025-10-29), random 4096/1024, concurrency 1, 100 prompts: output tok/s (from the duration)",
         kSglPr12343, Area::throughput, 213.74, "tok/s", 247.3,
         [] { return sgl_fixed_closed({&Q3_30B, &H200, 4, Precision::fp8, 4096, 1024, 1}, 0.85, true, {105, 5}).output_throughput.in("tokens/s"); }),
      w2("UE01a", "DeepSeek-R1 8xH200 FP8 SGLang (2025-01-31 image) TP8 (torch.compile), bench_one_batch batch 1, 128/256: prefill latency",
         kDataCrunchR1, Area::latency, 196.35, "ms", 33.38,
         [] { return sgl_one_batch({&DSR1, &H200, 8, Precision::fp8, 128, 256, 1}, 0.81).ttft.in("ms"); }),
      w2("UE01b", "DeepSeek-R1 8xH200 FP8 SGLang (2025-01-31 image) TP8 (torch.compile), bench_one_batch batch 1, 128/256: median decode latency",
         kDataCrunchR1, Area::latency, 20.98, "ms", 9.234,
         [] { return sgl_one_batch({&DSR1, &H200, 8, Precision::fp8, 128, 256, 1}, 0.81).tpot.in("ms"); }),
      w2("UE02a", "gpt-oss-120b 4xB200 MXFP4 experts, SGLang v0.5.1.post3 TP4, bench_one_batch_server batch 1, 1024/512: decode tok/s of the sequence",
         kLmsysGptOss, Area::latency, 416.02, "tok/s", 307.9,
         [] { return sgl_one_batch_decode_rate({&GPTOSS, &B200, 4, Precision::fp4, 1024, 512, 1}, true); }),
      w2("UE03a", "gpt-oss-120b 4xB200 BF16 checkpoint, SGLang v0.5.1.post3 TP4, bench_one_batch_server batch 1, 1024/512: decode tok/s of the sequence",
         kLmsysGptOss, Area::latency, 315.63, "tok/s", 289.6,
         [] { return sgl_one_batch_decode_rate({&GPTOSS, &B200, 4, Precision::bf16, 1024, 512, 1}, false); }),
      w2("UE04a", "gpt-oss-120b 8xH100 MXFP4 experts (weight-only), SGLang v0.5.1.post3 TP8 (Triton attention), bench_one_batch_server batch 1, 1024/512: decode tok/s of the sequence",
         kLmsysGptOss, Area::latency, 318.53, "tok/s", 262.4,
         [] { return sgl_one_batch_decode_rate({&GPTOSS, &H100, 8, Precision::fp4, 1024, 512, 1}, true); }),
      w2("UE05a", "gpt-oss-120b 8xH100 BF16 checkpoint, SGLang v0.5.1.post3 TP8 (Triton attention), bench_one_batch_server batch 1, 1024/512: decode tok/s of the sequence",
         kLmsysGptOss, Area::latency, 293.12, "tok/s", 247.7,
         [] { return sgl_one_batch_decode_rate({&GPTOSS, &H100, 8, Precision::bf16, 1024, 512, 1}, false); }),
      w2("UF01a", "Ministral 3 14B 1xMI300X FP8 TP1 vLLM ROCm (2026-05), random 1024/1024, concurrency 32, 100 prompts: output tok/s",
         kVllmRecipeMinistral3, Area::throughput, 1940.79, "tok/s", 3662,
         [] { return vllm_recipe_closed({&MIN3_14B, &MI300X, 1, Precision::fp8, 1024, 1024, 32}, 100).output_throughput.in("tokens/s"); }),
      w2("UF01b", "Ministral 3 14B 1xMI300X FP8 TP1 vLLM ROCm (2026-05), random 1024/1024, concurrency 32, 100 prompts: mean TTFT",
         kVllmRecipeMinistral3, Area::latency, 1228.72, "ms", 413.8,
         [] { return vllm_recipe_closed({&MIN3_14B, &MI300X, 1, Precision::fp8, 1024, 1024, 32}, 100).ttft.in("ms"); }),
      w2("UF01c", "Ministral 3 14B 1xMI300X FP8 TP1 vLLM ROCm (2026-05), random 1024/1024, concurrency 32, 100 prompts: mean TPOT",
         kVllmRecipeMinistral3, Area::latency, 12.22, "ms", 6.959,
         [] { return vllm_recipe_closed({&MIN3_14B, &MI300X, 1, Precision::fp8, 1024, 1024, 32}, 100).tpot.in("ms"); }),
      w2("UG10", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 16, 128/2048: batch latency",
         kRocmDevDocker091, Area::latency, 21.518, "s", 20.74,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 16}); }),
      w2("UG11", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 128, 128/2048: batch latency",
         kRocmDevDocker091, Area::latency, 42.932, "s", 34.5,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("UG12", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 1, 2048/2048: batch latency",
         kRocmDevDocker091, Area::latency, 17.112, "s", 19.65,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("UG13", "Llama 3.1 70B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 16, 2048/2048: batch latency",
         kRocmDevDocker091, Area::latency, 21.865, "s", 22.43,
         [] { return vllm_batch_latency({&L31_70B, &MI300X, 8, Precision::fp8, 2048, 2048, 16}); }),
      w2("UG15", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 1, 128/2048: batch latency",
         kRocmDevDocker091, Area::latency, 52.201, "s", 47.55,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 1}); }),
      w2("UG16", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 16, 128/2048: batch latency",
         kRocmDevDocker091, Area::latency, 62.19, "s", 50.6,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 16}); }),
      w2("UG17", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 128, 128/2048: batch latency",
         kRocmDevDocker091, Area::latency, 116.485, "s", 96.89,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 128, 2048, 128}); }),
      w2("UG18", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 1, 2048/2048: batch latency",
         kRocmDevDocker091, Area::latency, 52.309, "s", 47.91,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 1}); }),
      w2("UG19", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 16, 2048/2048: batch latency",
         kRocmDevDocker091, Area::latency, 63.313, "s", 56.13,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 16}); }),
      w2("UG20", "Llama 3.1 405B (AMD FP8-KV checkpoint) 8xMI300X FP8 TP8 vLLM 0.9.1 ROCm static batch 128, 2048/2048: batch latency",
         kRocmDevDocker091, Area::latency, 124.583, "s", 141.2,
         [] { return vllm_batch_latency({&L31_405B, &MI300X, 8, Precision::fp8, 2048, 2048, 128}); }),
      w2("UH01a", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH01Src, Area::throughput, 12551.2479, "tok/s", 1.647e+04,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH01b", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH01Src, Area::latency, 139.5285, "ms", 91.41,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).ttft.in("ms"); }),
      w2("UH01c", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH01Src, Area::latency, 6.8059, "ms", 5.398,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).tpot.in("ms"); }),
      w2("UH02a", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH02Src, Area::throughput, 15526.0523, "tok/s", 1.92e+04,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH02b", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH02Src, Area::latency, 79.0198, "ms", 76.99,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).ttft.in("ms"); }),
      w2("UH02c", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH02Src, Area::latency, 5.6973, "ms", 4.644,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).tpot.in("ms"); }),
      w2("UH03a", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH03Src, Area::throughput, 10928.1218, "tok/s", 1.297e+04,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH03b", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH03Src, Area::latency, 148.3813, "ms", 139.1,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).ttft.in("ms"); }),
      w2("UH03c", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH03Src, Area::latency, 7.9494, "ms", 6.673,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).tpot.in("ms"); }),
      w2("UH04a", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH04Src, Area::throughput, 11996.6019, "tok/s", 1.424e+04,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH04b", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH04Src, Area::latency, 94.1483, "ms", 117.1,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).ttft.in("ms"); }),
      w2("UH04c", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH04Src, Area::latency, 7.4832, "ms", 6.157,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).tpot.in("ms"); }),
      w2("UH05a", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH05Src, Area::throughput, 4978.9808, "tok/s", 4589,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH05b", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH05Src, Area::latency, 389.932, "ms", 514.8,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).ttft.in("ms"); }),
      w2("UH05c", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH05Src, Area::latency, 17.0593, "ms", 17.9,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 100}, 1, 1000).tpot.in("ms"); }),
      w2("UH06a", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: output tok/s",
         kUH06Src, Area::throughput, 4417.7353, "tok/s", 4282,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH06b", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TTFT",
         kUH06Src, Area::latency, 205.4545, "ms", 478.7,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).ttft.in("ms"); }),
      w2("UH06c", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 100, 1000 prompts: mean TPOT",
         kUH06Src, Area::latency, 21.0011, "ms", 19.77,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 100}, 2, 1000).tpot.in("ms"); }),
      w2("UH07a", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH07Src, Area::throughput, 2576.6282, "tok/s", 2345,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH07b", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH07Src, Area::latency, 30.4894, "ms", 20.09,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).ttft.in("ms"); }),
      w2("UH07c", "Qwen3-8B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH07Src, Area::latency, 3.6494, "ms", 4.141,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).tpot.in("ms"); }),
      w2("UH08a", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH08Src, Area::throughput, 2501.5243, "tok/s", 2330,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH08b", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH08Src, Area::latency, 31.7225, "ms", 15.33,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).ttft.in("ms"); }),
      w2("UH08c", "Qwen3-8B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH08Src, Area::latency, 3.7636, "ms", 4.205,
         [] { return vllm_default_dp_closed({&Q3_8B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).tpot.in("ms"); }),
      w2("UH09a", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH09Src, Area::throughput, 2142.2376, "tok/s", 1895,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH09b", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH09Src, Area::latency, 38.1685, "ms", 28.88,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).ttft.in("ms"); }),
      w2("UH09c", "Qwen3-14B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH09Src, Area::latency, 4.3842, "ms", 5.092,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).tpot.in("ms"); }),
      w2("UH10a", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH10Src, Area::throughput, 1854.716, "tok/s", 1736,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH10b", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH10Src, Area::latency, 29.6827, "ms", 23.14,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).ttft.in("ms"); }),
      w2("UH10c", "Qwen3-14B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH10Src, Area::latency, 5.1711, "ms", 5.624,
         [] { return vllm_default_dp_closed({&Q3_14B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).tpot.in("ms"); }),
      w2("UH11a", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH11Src, Area::throughput, 1295.6818, "tok/s", 1077,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH11b", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH11Src, Area::latency, 50.1775, "ms", 49.99,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).ttft.in("ms"); }),
      w2("UH11c", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH11Src, Area::latency, 7.3577, "ms", 8.961,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).tpot.in("ms"); }),
      w2("UH12a", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH12Src, Area::throughput, 1034.5506, "tok/s", 922.1,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH12b", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH12Src, Area::latency, 40.4837, "ms", 40.08,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).ttft.in("ms"); }),
      w2("UH12c", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH12Src, Area::latency, 9.3669, "ms", 10.61,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).tpot.in("ms"); }),
      w2("UH13a", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH13Src, Area::throughput, 825.2879, "tok/s", 694.2,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH13b", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH13Src, Area::latency, 61.1414, "ms", 92.66,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).ttft.in("ms"); }),
      w2("UH13c", "Llama 3.1 70B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH13Src, Area::latency, 11.724, "ms", 13.79,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 8, Precision::bf16, 128, 128, 10}, 1, 1000).tpot.in("ms"); }),
      w2("UH14a", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH14Src, Area::throughput, 593.715, "tok/s", 532.3,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH14b", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH14Src, Area::latency, 56.0333, "ms", 79.35,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).ttft.in("ms"); }),
      w2("UH14c", "Llama 3.1 70B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH14Src, Area::latency, 16.4809, "ms", 18.31,
         [] { return vllm_default_dp_closed({&L31_70B, &H100, 4, Precision::bf16, 128, 128, 10}, 2, 1000).tpot.in("ms"); }),
      w2("UH15a", "gpt-oss-120b 8xH100 MXFP4 experts TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH15Src, Area::throughput, 2136.3371, "tok/s", 2162,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 8, Precision::fp4, 128, 128, 10}, 1, 1000).output_throughput.in("tokens/s"); }),
      w2("UH15b", "gpt-oss-120b 8xH100 MXFP4 experts TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH15Src, Area::latency, 44.6798, "ms", 26.01,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 8, Precision::fp4, 128, 128, 10}, 1, 1000).ttft.in("ms"); }),
      w2("UH15c", "gpt-oss-120b 8xH100 MXFP4 experts TP8 x DP1 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH15Src, Area::latency, 4.3468, "ms", 4.457,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 8, Precision::fp4, 128, 128, 10}, 1, 1000).tpot.in("ms"); }),
      w2("UH16a", "gpt-oss-120b 8xH100 MXFP4 experts TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: output tok/s",
         kUH16Src, Area::throughput, 1872.5034, "tok/s", 2380,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 4, Precision::fp4, 128, 128, 10}, 2, 1000).output_throughput.in("tokens/s"); }),
      w2("UH16b", "gpt-oss-120b 8xH100 MXFP4 experts TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TTFT",
         kUH16Src, Area::latency, 39.4546, "ms", 20.51,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 4, Precision::fp4, 128, 128, 10}, 2, 1000).ttft.in("ms"); }),
      w2("UH16c", "gpt-oss-120b 8xH100 MXFP4 experts TP4 x DP2 vLLM V1 defaults, random 128/128, concurrency 10, 1000 prompts: mean TPOT",
         kUH16Src, Area::latency, 5.0591, "ms", 4.073,
         [] { return vllm_default_dp_closed({&GPTOSS, &H100, 4, Precision::fp4, 128, 128, 10}, 2, 1000).tpot.in("ms"); }),
      w2("UH17a", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH17Src, Area::throughput, 3710.6277, "tok/s", 3006,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 1024, 128, 100}, 1, 100).output_throughput.in("tokens/s"); }),
      w2("UH17b", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH17Src, Area::latency, 1296.4655, "ms", 1508,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 1024, 128, 100}, 1, 100).ttft.in("ms"); }),
      w2("UH17c", "Qwen3-32B 8xH100 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH17Src, Area::latency, 16.54, "ms", 21.17,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 8, Precision::bf16, 1024, 128, 100}, 1, 100).tpot.in("ms"); }),
      w2("UH18a", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH18Src, Area::throughput, 3341.8565, "tok/s", 3694,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 1024, 128, 100}, 2, 100).output_throughput.in("tokens/s"); }),
      w2("UH18b", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH18Src, Area::latency, 1411.297, "ms", 1116,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 1024, 128, 100}, 2, 100).ttft.in("ms"); }),
      w2("UH18c", "Qwen3-32B 8xH100 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH18Src, Area::latency, 16.6237, "ms", 18.2,
         [] { return vllm_default_dp_closed({&Q3_32B, &H100, 4, Precision::bf16, 1024, 128, 100}, 2, 100).tpot.in("ms"); }),
      w2("UH19a", "Qwen3-32B 8xH200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH19Src, Area::throughput, 3918.62, "tok/s", 3202,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).output_throughput.in("tokens/s"); }),
      w2("UH19b", "Qwen3-32B 8xH200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH19Src, Area::latency, 1228.8457, "ms", 1405,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).ttft.in("ms"); }),
      w2("UH19c", "Qwen3-32B 8xH200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH19Src, Area::latency, 15.6497, "ms", 19.98,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).tpot.in("ms"); }),
      w2("UH20a", "Qwen3-32B 8xH200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH20Src, Area::throughput, 4166.232, "tok/s", 4090,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).output_throughput.in("tokens/s"); }),
      w2("UH20b", "Qwen3-32B 8xH200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH20Src, Area::latency, 1127.0666, "ms", 1060,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).ttft.in("ms"); }),
      w2("UH20c", "Qwen3-32B 8xH200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH20Src, Area::latency, 14.936, "ms", 16.04,
         [] { return vllm_default_dp_closed({&Q3_32B, &H200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).tpot.in("ms"); }),
      w2("UH21a", "Qwen3-32B 8xB200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH21Src, Area::throughput, 5368.2343, "tok/s", 5212,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).output_throughput.in("tokens/s"); }),
      w2("UH21b", "Qwen3-32B 8xB200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH21Src, Area::latency, 855.3201, "ms", 729.7,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).ttft.in("ms"); }),
      w2("UH21c", "Qwen3-32B 8xB200 BF16 TP8 x DP1 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH21Src, Area::latency, 11.6671, "ms", 13.21,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 8, Precision::bf16, 1024, 128, 100}, 1, 100).tpot.in("ms"); }),
      w2("UH22a", "Qwen3-32B 8xB200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: output tok/s",
         kUH22Src, Area::throughput, 5190.2954, "tok/s", 6478,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).output_throughput.in("tokens/s"); }),
      w2("UH22b", "Qwen3-32B 8xB200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TTFT",
         kUH22Src, Area::latency, 867.8508, "ms", 533.2,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).ttft.in("ms"); }),
      w2("UH22c", "Qwen3-32B 8xB200 BF16 TP4 x DP2 vLLM V1 defaults, random 1024/128, concurrency 100, 100 prompts: mean TPOT",
         kUH22Src, Area::latency, 10.9992, "ms", 11.15,
         [] { return vllm_default_dp_closed({&Q3_32B, &B200, 4, Precision::bf16, 1024, 128, 100}, 2, 100).tpot.in("ms"); }),
      w2("UJ01", "Qwen2.5-7B-Instruct 1xA100 80GB PCIe FP16 TP1 vLLM 0.19 V1, random 512/256, concurrency 8, 100 prompts: output tok/s (request rate x 256)",
         kUJ01Src, Area::throughput, 2.05 * 256, "tok/s", 683,
         [] { return cssnoeasy_vllm({&Models::Language::Qwen2_5_7B, &Hardware::Cloud::A100_PCIe, 1, Precision::fp16, 512, 256, 8}, Precision::fp16, 0.75, false, 100).output_throughput.in("tokens/s"); }),
      w2("UJ03", "Qwen3-32B 1xA100 80GB PCIe BF16 TP1 vLLM 0.19 V1 eager, random 2048/512, concurrency 4, 16 prompts: output tok/s",
         kUJ03Src, Area::throughput, 74.15, "tok/s", 81.92,
         [] { return cssnoeasy_vllm({&Q3_32B, &Hardware::Cloud::A100_PCIe, 1, Precision::bf16, 2048, 512, 4}, Precision::bf16, 0.90, true, 16).output_throughput.in("tokens/s"); }),
      w2("UJ04", "Qwen3-32B 1xA100 80GB PCIe BF16, FP8 KV, TP1 vLLM 0.19 V1 eager, random 2048/512, concurrency 4, 16 prompts: output tok/s",
         kUJ03Src, Area::throughput, 74.84, "tok/s", 83.17,
         [] { return cssnoeasy_vllm({&Q3_32B, &Hardware::Cloud::A100_PCIe, 1, Precision::bf16, 2048, 512, 4}, Precision::fp8, 0.90, true, 16).output_throughput.in("tokens/s"); }),
      w2("UJ05", "Qwen3-32B-AWQ 1xA100 80GB PCIe W4A16 TP1 vLLM 0.19 V1 eager, random 2048/512, concurrency 4, 16 prompts: output tok/s",
         kUJ03Src, Area::throughput, 92.89, "tok/s", 202.7,
         [] { return cssnoeasy_vllm({&Q3_32B, &Hardware::Cloud::A100_PCIe, 1, Precision::int4, 2048, 512, 4}, Precision::fp16, 0.90, true, 16).output_throughput.in("tokens/s"); }),
      w2("UK01", "DeepSeek-R1 8xH200 FP8 TP8 vLLM V0 (PR #13747 branch) TRITON_MLA benchmark_throughput, 100 prompts of 3000/1000: output tok/s",
         kUKSrc, Area::throughput, 634.9, "tok/s", 2217,
         [] { return vllm_v0_mla_prompts({&DSR1, &H200, 8, Precision::fp8, 3000, 1000, 100}); }),
      w2("UK02", "DeepSeek-R1 8xH200 FP8 TP8 vLLM V0 (PR #13747 branch) FLASHMLA benchmark_throughput, 100 prompts of 3000/1000: output tok/s",
         kUKSrc, Area::throughput, 692.34, "tok/s", 2217,
         [] { return vllm_v0_mla_prompts({&DSR1, &H200, 8, Precision::fp8, 3000, 1000, 100}); }),      w2("UL01a", "Llama 3.1 8B 2xH100 BF16 vLLM 0.8.5 V1 x 2 replicas, random 7999/200 at 3.6 req/s (evenly spaced), 200 prompts: mean TTFT",
         kULSrc, Area::latency, 243.5712, "ms", 210.1,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 7999, 200, 1}, 3.6, 200, 2, 0).ttft.mean.in("ms"); }),
      w2("UL01b", "Llama 3.1 8B 2xH100 BF16 vLLM 0.8.5 V1 x 2 replicas, random 7999/200 at 3.6 req/s (evenly spaced), 200 prompts: mean TPOT",
         kULSrc, Area::latency, 16.1708, "ms", 11.85,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 7999, 200, 1}, 3.6, 200, 2, 0).tpot.mean.in("ms"); }),
      w2("UL02a", "Llama 3.1 8B 3xH100 BF16 vLLM 0.8.5 V1 x 3 replicas, random 9999/100 at 5.5 req/s (evenly spaced), 250 prompts: mean TTFT",
         kULSrc, Area::latency, 452.5925, "ms", 271.2,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 9999, 100, 1}, 5.5, 250, 3, 0).ttft.mean.in("ms"); }),
      w2("UL02b", "Llama 3.1 8B 3xH100 BF16 vLLM 0.8.5 V1 x 3 replicas, random 9999/100 at 5.5 req/s (evenly spaced), 250 prompts: mean TPOT",
         kULSrc, Area::latency, 21.9691, "ms", 12.72,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 9999, 100, 1}, 5.5, 250, 3, 0).tpot.mean.in("ms"); }),
      w2("UL03a", "Llama 3.1 8B 2xH100 BF16 llm-d P/D 1P1D eager, random 7999/200 at 3.6 req/s (evenly spaced), 200 prompts: mean TTFT",
         kULSrc, Area::latency, 249.5401, "ms", 222.4,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 7999, 200, 1}, 3.6, 200, 1, 1).ttft.mean.in("ms"); }),
      w2("UL03b", "Llama 3.1 8B 2xH100 BF16 llm-d P/D 1P1D eager, random 7999/200 at 3.6 req/s (evenly spaced), 200 prompts: mean TPOT",
         kULSrc, Area::latency, 17.8153, "ms", 9.252,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 7999, 200, 1}, 3.6, 200, 1, 1).tpot.mean.in("ms"); }),
      w2("UL04a", "Llama 3.1 8B 3xH100 BF16 llm-d P/D 2P1D eager, random 9999/100 at 5.5 req/s (evenly spaced), 250 prompts: mean TTFT",
         kULSrc, Area::latency, 442.8019, "ms", 284.1,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 9999, 100, 1}, 5.5, 250, 1, 2).ttft.mean.in("ms"); }),
      w2("UL04b", "Llama 3.1 8B 3xH100 BF16 llm-d P/D 2P1D eager, random 9999/100 at 5.5 req/s (evenly spaced), 250 prompts: mean TPOT",
         kULSrc, Area::latency, 23.6717, "ms", 9.082,
         [] { return llmd_exp7({&L31_8B, &H100, 1, Precision::bf16, 9999, 100, 1}, 5.5, 250, 1, 2).tpot.mean.in("ms"); }),
      w2("UL05a", "Llama 3.1 8B 2xA100 BF16 vLLM 0.8.5 V1 x 2 replicas, random 8000/200 at 1.8 req/s (evenly spaced), 200 prompts: mean TTFT",
         kULSrc, Area::latency, 955.2342, "ms", 663.4,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 8000, 200, 1}, 1.8, 200, 2, 0).ttft.mean.in("ms"); }),
      w2("UL05b", "Llama 3.1 8B 2xA100 BF16 vLLM 0.8.5 V1 x 2 replicas, random 8000/200 at 1.8 req/s (evenly spaced), 200 prompts: mean TPOT",
         kULSrc, Area::latency, 41.5500, "ms", 27.34,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 8000, 200, 1}, 1.8, 200, 2, 0).tpot.mean.in("ms"); }),
      w2("UL06a", "Llama 3.1 8B 3xA100 BF16 vLLM 0.8.5 V1 x 3 replicas, random 10000/100 at 2.5 req/s (evenly spaced), 250 prompts: mean TTFT",
         kULSrc, Area::latency, 1380.9729, "ms", 824.4,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 10000, 100, 1}, 2.5, 250, 3, 0).ttft.mean.in("ms"); }),
      w2("UL06b", "Llama 3.1 8B 3xA100 BF16 vLLM 0.8.5 V1 x 3 replicas, random 10000/100 at 2.5 req/s (evenly spaced), 250 prompts: mean TPOT",
         kULSrc, Area::latency, 62.1788, "ms", 27.56,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 10000, 100, 1}, 2.5, 250, 3, 0).tpot.mean.in("ms"); }),
      w2("UL07a", "Llama 3.1 8B 2xA100 BF16 llm-d P/D 1P1D eager, random 8000/200 at 1.8 req/s (evenly spaced), 200 prompts: mean TTFT",
         kULSrc, Area::latency, 1060.8075, "ms", 7088,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 8000, 200, 1}, 1.8, 200, 1, 1).ttft.mean.in("ms"); }),
      w2("UL07b", "Llama 3.1 8B 2xA100 BF16 llm-d P/D 1P1D eager, random 8000/200 at 1.8 req/s (evenly spaced), 200 prompts: mean TPOT",
         kULSrc, Area::latency, 45.7290, "ms", 13.37,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 8000, 200, 1}, 1.8, 200, 1, 1).tpot.mean.in("ms"); }),
      w2("UL08a", "Llama 3.1 8B 3xA100 BF16 llm-d P/D 2P1D eager, random 10000/100 at 2.5 req/s (evenly spaced), 250 prompts: mean TTFT",
         kULSrc, Area::latency, 1573.8981, "ms", 1210,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 10000, 100, 1}, 2.5, 250, 1, 2).ttft.mean.in("ms"); }),
      w2("UL08b", "Llama 3.1 8B 3xA100 BF16 llm-d P/D 2P1D eager, random 10000/100 at 2.5 req/s (evenly spaced), 250 prompts: mean TPOT",
         kULSrc, Area::latency, 76.9961, "ms", 13.32,
         [] { return llmd_exp7({&L31_8B, &A100, 1, Precision::bf16, 10000, 100, 1}, 2.5, 250, 1, 2).tpot.mean.in("ms"); }),
      w2("UN01a", "Llama 3.1 8B TPU v4-8 (4 chips) BF16 vLLM-TPU 0.11.1 TP4, random 1023/1024 ignore-eos, 1000 prompts at once: output tok/s",
         kUNSrc, Area::throughput, 3324.05, "tokens/s", 8326,
         [] { return infbench_vllm_tpu_v4({&L31_8B, &TPU4, 4, Precision::bf16, 1023, 1024, 1000}).output_throughput.in("tokens/s"); }),
      w2("UN01b", "Llama 3.1 8B TPU v4-8 (4 chips) BF16 vLLM-TPU 0.11.1 TP4, random 1023/1024 ignore-eos, 1000 prompts at once: mean E2E latency",
         kUNSrc, Area::latency, 194384.25, "ms", 79040,
         [] { return infbench_vllm_tpu_v4({&L31_8B, &TPU4, 4, Precision::bf16, 1023, 1024, 1000}).e2e.mean.in("ms"); }),
  };
  return all;
}

/// The sample a case counts in with prediction `now`: declared, and not moved since its first run.
/// Predictions are made on demand, so a per-case test prices only its own case (under the
/// sanitizers a serving prediction takes a second or more).
Sample effective_sample(const ServingCase& c, double now) {
  return c.sample == Sample::in_sample ? Sample::in_sample : sample_of(c.first_prediction, now);
}

const std::vector<ServingCase>& cases() {
  static const std::vector<ServingCase> all = [] {
    std::vector<ServingCase> list = case_list();
    for (auto& c : list) {
      // Each prediction runs with its own client's front end (in_process_client) and, for vLLM
      // V1 before v0.14, its synchronous host time (vllm_v1_synchronous).
      c.predict = [inner = std::move(c.predict), in_process = in_process_client(c.id),
                   primed = primed_by_client_warmup(c.id),
                   synchronous = vllm_v1_synchronous(c.id, c.what),
                   mla_prefill = sglang_mla_prefill(c.what)] {
        const bool saved_in_process = g_in_process;
        const std::int64_t saved_primed = g_primed;
        const bool saved_synchronous = g_v1_synchronous;
        const MlaPrefill saved_mla_prefill = g_mla_prefill;
        g_in_process = in_process;
        g_primed = primed;
        g_v1_synchronous = synchronous;
        g_mla_prefill = mla_prefill;
        const double p = inner();
        g_in_process = saved_in_process;
        g_primed = saved_primed;
        g_v1_synchronous = saved_synchronous;
        g_mla_prefill = saved_mla_prefill;
        return p;
      };
    }
    return list;
  }();
  return all;
}

/// What the model lacks, for cases far from their measurement (printed with the case).
std::string miss_note_of(const std::string& id) {
  if (id == "S12a") {
    return "the server reached 13 of the 16 req/s offered, so requests queued behind a CPU-side "
           "limit the model does not have (no per-step scheduler/HTTP overhead with a primary "
           "source; research notes section 4.3)";
  }
  if (id == "S22") {
    return "first predicted +35.5%; the catalog's B200 capacity then became 180 GiB (issue 13's "
           "physical-capacity rule, not a change made for this case), more KV pages admit a larger "
           "batch, and the error grew to +40.1%. NVFP4 block scaling and dequantization overheads "
           "are not modelled, so the B200 FP4 ceiling is optimistic";
  }
  if (id == "Q18b" || id == "Q18d") {
    return "concurrency 1 with a 125000-token prompt and 128 outputs: the continuous-batching "
           "steady state charges the request's own prefill to its 127 decode steps (the R33/R36c "
           "mechanism: no next prompt in a closed loop of one); reading 16.4 GB of BF16 KV per "
           "step at B200's 7.7 TB/s adds only ~2.1 ms, as the published fit does";
  }
  if (id == "Q11") {
    return "the published 4-HPU row (803 tok/s per HPU at batch 327, 128/2048) is barely above "
           "the 2-HPU 2048/2048 row (719 per HPU at batch 78); TP = # HPU is the collector's "
           "assumption and the page does not describe the run further";
  }
  if (id == "P23" || id == "P24") {
    return "TensorRT-LLM v0.6.1 decode at large batch on Llama 2 70B (GQA, 8 KV heads): the same "
           "page's non-GQA rows (P25, P26) and its prefill (P27) agree; a pre-XQA attention "
           "kernel reading the cache per query head would explain the gap (hypothesis, "
           "docs/validation.md)";
  }
  if (id == "P21a") {
    return "Transformers NeuronX TTFT grows 8.6x from a 4096- to an 8192-token prompt (P20a -> "
           "P21a, similar-size models), the model's 2x: long-prompt context encoding on Neuron is "
           "much slower than a fused attention (guess, docs/validation.md)";
  }
  if (id == "L31a") {
    return "Transformers NeuronX TTFT on Trainium1 is 1.3-1.7x the model's at every prompt size "
           "measured (L30a-L32a; in sample P18a-P20a); L30a and L31a, the same 4 x 128 prompt on "
           "two near-identical 70B shapes, measured 130 and 157 ms, the model 90.7 and 90.5 "
           "(docs/validation.md)";
  }
  if (id == "S36a") {
    return "first predicted from serve_case()'s steady state (no queue, -52.7%); the session-10 "
           "closed-loop rule simulates the queue behind the other clients' 5000-token prompts, "
           "but the page prints no request count, so the measured window (warm-up wave + 10 x N, "
           "an assumption) may differ from genai-perf's";
  }
  return "";
}

double error_of(const ServingCase& c, double predicted) {
  return (predicted - c.measured) / c.measured;
}

/// Its first prediction already missed the per-case budget: it stays in the table and the
/// headline, and its test only guards against it getting worse (no tuning to pass).
bool known_miss(const ServingCase& c) {
  return c.first_prediction != 0 && std::abs(error_of(c, c.first_prediction)) > kWorstBudget;
}

/// The per-case bound of an out-of-sample case: the 40% budget; a known miss: its first error + 5
/// points.
double bound_of(const ServingCase& c) {
  const double first = c.first_prediction != 0 ? std::abs(error_of(c, c.first_prediction)) : 0;
  return known_miss(c) ? first + kMissSlack : kWorstBudget;
}

void check(const std::string& id) {
  for (const auto& c : cases()) {
    if (c.id != id) continue;
    const double p = c.predict();
    ASSERT_TRUE(std::isfinite(p)) << c.id;
    EXPECT_EQ(p, c.predict()) << c.id << ": a prediction must not depend on when it is computed";
    const Sample effective = effective_sample(c, p);
    const double e = error_of(c, p);
    fmt::print(
        "{} {}: predicted {:.4g} {}, measured {:.4g} {}, error {:+.1f}% ({}{}; first "
        "prediction {:.4g})\n  source: {}\n",
        c.id, c.what, p, c.unit, c.measured, c.unit, 100 * e,
        effective == Sample::out_of_sample ? "out of sample" : "in sample",
        known_miss(c) ? ", known miss" : "", c.first_prediction, c.source);
    const std::string miss = miss_note_of(c.id);
    if (!miss.empty()) fmt::print("  miss: {}\n", miss);
    if (!c.note.empty()) fmt::print("  note: {}\n", c.note);
    if (c.first_prediction == 0) {
      // Not yet run: the first run prints the prediction to record. The headline test fails
      // while a declared out-of-sample case has none.
      fmt::print("  FIRST RUN: record first_prediction {:.4g}\n", p);
      return;
    }
    if (effective == Sample::in_sample) {
      // A rule or default was set or changed with this case's result known: it is not evidence
      // of generalization, so it is reported (table, headline's in-sample line), not asserted.
      GTEST_SKIP() << c.id << " is in sample: reported, not asserted";
    }
    EXPECT_LE(std::abs(e), bound_of(c)) << c.id << " " << c.what << ": predicted " << p << " "
                                        << c.unit << ", measured " << c.measured;
    return;
  }
  FAIL() << "no case " << id;
}

TEST(ServingValidation, V19aLlama7BA100Batch256ShortPromptsThroughput) { check("V19a"); }
TEST(ServingValidation, V19bLlama7BA100Batch32LongOutputsThroughput) { check("V19b"); }
TEST(ServingValidation, V19cLlama7BA100Batch32LongPromptsThroughput) { check("V19c"); }
TEST(ServingValidation, V19dLlama7BA100Batch16LongBothThroughput) { check("V19d"); }
TEST(ServingValidation, V19eLlama7BA100FirstTokenAt128Tokens) { check("V19e"); }
TEST(ServingValidation, V19fLlama7BA100FirstTokenAt2048Tokens) { check("V19f"); }

TEST(ServingValidation, S01Llama318BH100Fp8Throughput) { check("S01"); }
TEST(ServingValidation, S02Llama318BH200Fp8LongPromptThroughput) { check("S02"); }
TEST(ServingValidation, S03Llama3170BFourH100Fp8Throughput) { check("S03"); }
TEST(ServingValidation, S04Llama3170BOneH200Fp8Throughput) { check("S04"); }
TEST(ServingValidation, S05Llama3170BEightH100Fp8Throughput) { check("S05"); }
TEST(ServingValidation, S06Llama31405BEightH200Fp8Throughput) { check("S06"); }
TEST(ServingValidation, S07Mixtral8x7BTwoH100Fp8Throughput) { check("S07"); }
TEST(ServingValidation, S08Mixtral8x22BEightH200Fp8Throughput) { check("S08"); }
TEST(ServingValidation, S09Llama3170BEightA100Fp16Throughput) { check("S09"); }
TEST(ServingValidation, S22Llama3370BOneB200Fp4Throughput) { check("S22"); }
TEST(ServingValidation, S23Llama3370BTwoH200Fp8LongPromptThroughput) { check("S23"); }
TEST(ServingValidation, S24DeepSeekR1FourB200Fp4Throughput) { check("S24"); }
TEST(ServingValidation, S25DeepSeekR1EightH200Fp8Throughput) { check("S25"); }
TEST(ServingValidation, S10aLlama3170BFourH100FirstTokenAt4Qps) { check("S10a"); }
TEST(ServingValidation, S10bLlama3170BFourH100InterTokenAt4Qps) { check("S10b"); }
TEST(ServingValidation, S12aLlama318BH100FirstTokenAt16Qps) { check("S12a"); }
TEST(ServingValidation, S12bLlama318BH100InterTokenAt16Qps) { check("S12b"); }
TEST(ServingValidation, S13aLlama3170BFourH200FirstTokenAt8Qps) { check("S13a"); }
TEST(ServingValidation, S13bLlama3170BFourH200InterTokenAt8Qps) { check("S13b"); }
TEST(ServingValidation, S14aLlama318BH200FirstTokenAt32Qps) { check("S14a"); }
TEST(ServingValidation, S14bLlama318BH200InterTokenAt32Qps) { check("S14b"); }
TEST(ServingValidation, S35aLlama3370BTwoH100FirstTokenAlone) { check("S35a"); }
TEST(ServingValidation, S35bLlama3370BTwoH100InterTokenAlone) { check("S35b"); }
TEST(ServingValidation, S36aLlama3370BTwoH100FirstTokenAt50Concurrent) { check("S36a"); }
TEST(ServingValidation, S36bLlama3370BTwoH100InterTokenAt50Concurrent) { check("S36b"); }
TEST(ServingValidation, S36cLlama3370BTwoH100ThroughputAt50Concurrent) { check("S36c"); }
TEST(ServingValidation, S37DeepSeekR1EightH200ThroughputAt1024Concurrent) { check("S37"); }
TEST(ServingValidation, S38DeepSeekR1EightB200ThroughputAt7168Concurrent) { check("S38"); }

TEST(ServingValidation, S29aDeepSeekR1MtpOneSpeedup) { check("S29a"); }
TEST(ServingValidation, S29bDeepSeekR1MtpThreeSpeedup) { check("S29b"); }
TEST(ServingValidation, S29cDeepSeekR1MtpFiveSpeedup) { check("S29c"); }

TEST(ServingValidation, R01Llama213BH200Fp8StaticBatch1024) { check("R01"); }
TEST(ServingValidation, R02Llama213BH200Fp8StaticBatch128LongOutput) { check("R02"); }
TEST(ServingValidation, R03Llama270BH200Fp8StaticBatch512) { check("R03"); }
TEST(ServingValidation, R04Llama270BH200Fp8StaticBatch64LongPrompt) { check("R04"); }
TEST(ServingValidation, R04bLlama270BH200Fp8StaticBatch32LongPrompt) { check("R04b"); }
TEST(ServingValidation, R05Llama270BH200Fp8StaticBatch192LongOutput) { check("R05"); }
TEST(ServingValidation, R06bLlama270BH200Fp8StaticBatch960) { check("R06b"); }
TEST(ServingValidation, R16DeepSeekV3EightMi300xLatencyAlone) { check("R16"); }
TEST(ServingValidation, R18DeepSeekV3EightMi300xLatencyAt64Concurrent) { check("R18"); }
TEST(ServingValidation, R21aLlama4ScoutNgramSpeedupBatch1) { check("R21a"); }
TEST(ServingValidation, R21bLlama4ScoutNgramSpeedupBatch4) { check("R21b"); }
TEST(ServingValidation, R21cLlama4ScoutNgramSpeedupBatch32) { check("R21c"); }
TEST(ServingValidation, R23aLlama27BA100Batch1Speed) { check("R23a"); }
TEST(ServingValidation, R23bLlama27BA100Batch1FirstToken) { check("R23b"); }
TEST(ServingValidation, R24aLlama27BA100StaticBatch64Throughput) { check("R24a"); }
TEST(ServingValidation, R24bLlama27BA100StaticBatch64FirstToken) { check("R24b"); }
TEST(ServingValidation, R25aLlama213BA100StaticBatch32Throughput) { check("R25a"); }
TEST(ServingValidation, R25bLlama213BA100StaticBatch32FirstToken) { check("R25b"); }
TEST(ServingValidation, R26aLlama270BFourA100Batch1Speed) { check("R26a"); }
TEST(ServingValidation, R26bLlama270BFourA100Batch1FirstToken) { check("R26b"); }
TEST(ServingValidation, R27aLlama270BFourA100StaticBatch64Throughput) { check("R27a"); }
TEST(ServingValidation, R27bLlama270BFourA100StaticBatch64FirstToken) { check("R27b"); }
TEST(ServingValidation, R32Qwen38BH20Bf16Batch1Speed) { check("R32"); }
TEST(ServingValidation, R32bQwen38BH20Fp8Batch1Speed) { check("R32b"); }
TEST(ServingValidation, R33Qwen38BH20Bf16LongPromptSpeed) { check("R33"); }
TEST(ServingValidation, R34Qwen332BH20Bf16Batch1Speed) { check("R34"); }
TEST(ServingValidation, R34bQwen332BH20Fp8Batch1Speed) { check("R34b"); }
TEST(ServingValidation, R35Qwen330BA3BH20Bf16Batch1Speed) { check("R35"); }
TEST(ServingValidation, R35bQwen330BA3BH20Fp8Batch1Speed) { check("R35b"); }
TEST(ServingValidation, R36Qwen3235BEightH20Bf16Batch1Speed) { check("R36"); }
TEST(ServingValidation, R36bQwen3235BFourH20Fp8Batch1Speed) { check("R36b"); }
TEST(ServingValidation, R36cQwen3235BEightH20Bf16LongPromptSpeed) { check("R36c"); }
TEST(ServingValidation, R36dQwen3235BFourH20Fp8LongPromptSpeed) { check("R36d"); }
TEST(ServingValidation, R37Llama31405BEightMi300xVllmOfflineThroughput) { check("R37"); }

TEST(ServingValidation, Q01Llama318BGaudi3Fp8StaticBatch768) { check("Q01"); }
TEST(ServingValidation, Q01bLlama318BGaudi3Fp8StaticBatch1536Short) { check("Q01b"); }
TEST(ServingValidation, Q02Llama318BGaudi3Fp8StaticBatch364Long) { check("Q02"); }
TEST(ServingValidation, Q03Llama3170BTwoGaudi3Fp8StaticBatch450) { check("Q03"); }
TEST(ServingValidation, Q03bLlama3170BTwoGaudi3Fp8StaticBatch3516Short) { check("Q03b"); }
TEST(ServingValidation, Q04Llama3170BTwoGaudi3Fp8StaticBatch223LongPrompt) { check("Q04"); }
TEST(ServingValidation, Q05Llama3170BEightGaudi3Fp8StaticBatch600) { check("Q05"); }
TEST(ServingValidation, Q05bLlama3170BEightGaudi3Fp8StaticBatch4000Short) { check("Q05b"); }
TEST(ServingValidation, Q06Llama3170BEightGaudi3Fp8StaticBatch600Long) { check("Q06"); }
TEST(ServingValidation, Q07Llama270BTwoGaudi3Fp8StaticBatch240Long) { check("Q07"); }
TEST(ServingValidation, Q08Mistral7BGaudi3Fp8StaticBatch896Short) { check("Q08"); }
TEST(ServingValidation, Q09Llama27BGaudi3Fp8StaticBatch75Long) { check("Q09"); }
TEST(ServingValidation, Q10Llama318BGaudi2Fp8StaticBatch289) { check("Q10"); }
TEST(ServingValidation, Q10bLlama318BGaudi2Fp8StaticBatch2429Short) { check("Q10b"); }
TEST(ServingValidation, Q11Llama270BFourGaudi2Fp8StaticBatch327) { check("Q11"); }
TEST(ServingValidation, Q11bLlama270BTwoGaudi2Fp8StaticBatch1750Short) { check("Q11b"); }
TEST(ServingValidation, Q12Llama270BTwoGaudi2Fp8StaticBatch78Long) { check("Q12"); }
TEST(ServingValidation, Q13Mistral7BGaudi2Fp8StaticBatch44Long) { check("Q13"); }
TEST(ServingValidation, Q16aLlama318BH100FirstTokenAt8Concurrent) { check("Q16a"); }
TEST(ServingValidation, Q16bLlama318BH100InterTokenAt8Concurrent) { check("Q16b"); }
TEST(ServingValidation, Q16cLlama318BH100ThroughputAt8Concurrent) { check("Q16c"); }
TEST(ServingValidation, Q17aLlama318BH100Fp8KvFirstTokenAt8Concurrent) { check("Q17a"); }
TEST(ServingValidation, Q17bLlama318BH100Fp8KvInterTokenAt8Concurrent) { check("Q17b"); }
TEST(ServingValidation, Q17cLlama318BH100Fp8KvThroughputAt8Concurrent) { check("Q17c"); }
TEST(ServingValidation, Q18aLlama318BB200InterTokenShortContext) { check("Q18a"); }
TEST(ServingValidation, Q18bLlama318BB200InterTokenLongContext) { check("Q18b"); }
TEST(ServingValidation, Q18cLlama318BB200Fp8KvInterTokenShortContext) { check("Q18c"); }
TEST(ServingValidation, Q18dLlama318BB200Fp8KvInterTokenLongContext) { check("Q18d"); }
TEST(ServingValidation, Q31aLlama3370BTrainium2FirstTokenAlone) { check("Q31a"); }
TEST(ServingValidation, Q31bLlama3370BTrainium2InterTokenAlone) { check("Q31b"); }
TEST(ServingValidation, Q33aLlama31405BTrainium2FirstTokenAlone) { check("Q33a"); }
TEST(ServingValidation, Q33bLlama31405BTrainium2InterTokenAlone) { check("Q33b"); }
TEST(ServingValidation, P08Llama31405BEightMi300xBatch1Latency) { check("P08"); }
TEST(ServingValidation, P09Llama31405BEightMi300xStaticBatch32Latency) { check("P09"); }
TEST(ServingValidation, P10Llama31405BEightMi300xStaticBatch256Latency) { check("P10"); }
TEST(ServingValidation, P11Llama31405BEightMi300xOfflineLongOutput) { check("P11"); }
TEST(ServingValidation, P12Llama31405BEightMi300xOfflineShort) { check("P12"); }
TEST(ServingValidation, P13Llama27BH100Fp8OverFp16Batch1) { check("P13"); }
TEST(ServingValidation, P14Llama27BH100Fp8OverFp16Batch8) { check("P14"); }
TEST(ServingValidation, P17DeepSeekR1EightB200Fp4OfflinePerGpu) { check("P17"); }
TEST(ServingValidation, P18aLlama270BTrainium1FirstToken1024) { check("P18a"); }
TEST(ServingValidation, P18bLlama270BTrainium1InterToken1024) { check("P18b"); }
TEST(ServingValidation, P19aLlama270BTrainium1FirstToken128) { check("P19a"); }
TEST(ServingValidation, P19bLlama270BTrainium1InterToken128) { check("P19b"); }
TEST(ServingValidation, P20aLlama38BTrainium1Int8FirstToken4096) { check("P20a"); }
TEST(ServingValidation, P20bLlama38BTrainium1Int8InterToken4096) { check("P20b"); }
TEST(ServingValidation, P21aMistral7BTrainium1FirstToken8192) { check("P21a"); }
TEST(ServingValidation, P21bMistral7BTrainium1InterToken8192) { check("P21b"); }
TEST(ServingValidation, P23Llama270BTwoH100Fp8StaticBatch64PerGpu) { check("P23"); }
TEST(ServingValidation, P24Llama270BFourH100Fp8StaticBatch480PerGpu) { check("P24"); }
TEST(ServingValidation, P25Llama27BA100Fp16StaticBatch384) { check("P25"); }
TEST(ServingValidation, P26Llama27BL40SFp8StaticBatch64) { check("P26"); }
TEST(ServingValidation, P27Llama270BFourH100Fp8FirstToken2048) { check("P27"); }
TEST(ServingValidation, P27bLlama270BFourH100Fp8FirstToken128) { check("P27b"); }
TEST(ServingValidation, P28Llama270BFourA100Fp16FirstToken2048) { check("P28"); }
TEST(ServingValidation, P28bLlama270BFourA100Fp16FirstToken128) { check("P28b"); }
TEST(ServingValidation, P29Llama3170BEightH100TrtllmBenchOffline) { check("P29"); }
TEST(ServingValidation, P30Llama3170BEightH100TrtllmBenchLongPrompt) { check("P30"); }

TEST(ServingValidation, L30aLlama370BTrainium1Batch4FirstToken) { check("L30a"); }
TEST(ServingValidation, L30bLlama370BTrainium1Batch4InterToken) { check("L30b"); }
TEST(ServingValidation, L31aLlama270BTrainium1Batch4FirstToken) { check("L31a"); }
TEST(ServingValidation, L31bLlama270BTrainium1Batch4InterToken) { check("L31b"); }
TEST(ServingValidation, L32aLlama38BTrainium1Int8Batch8FirstToken) { check("L32a"); }
TEST(ServingValidation, L32bLlama38BTrainium1Int8Batch8InterToken) { check("L32b"); }

TEST(ServingValidation, J23DeepSeekV3AwqEightH100Concurrency1) { check("J23"); }
TEST(ServingValidation, J24DeepSeekV3AwqEightH100Concurrency15) { check("J24"); }
TEST(ServingValidation, J25DeepSeekV3AwqEightH100Concurrency100) { check("J25"); }
TEST(ServingValidation, Z01Llama3170BEightMi300xBatch1In128) { check("Z01"); }
TEST(ServingValidation, Z02Llama3170BEightH100Batch1In128) { check("Z02"); }
TEST(ServingValidation, Z03Llama3170BEightMi300xBatch8In128) { check("Z03"); }
TEST(ServingValidation, Z04Llama3170BEightH100Batch8In128) { check("Z04"); }
TEST(ServingValidation, Z05Llama3170BEightMi300xBatch32In128) { check("Z05"); }
TEST(ServingValidation, Z06Llama3170BEightH100Batch32In128) { check("Z06"); }
TEST(ServingValidation, Z07Llama3170BEightMi300xBatch128In128) { check("Z07"); }
TEST(ServingValidation, Z08Llama3170BEightH100Batch128In128) { check("Z08"); }
TEST(ServingValidation, Z09Llama3170BEightMi300xBatch1In2048) { check("Z09"); }
TEST(ServingValidation, Z10Llama3170BEightH100Batch1In2048) { check("Z10"); }
TEST(ServingValidation, Z11Llama3170BEightMi300xBatch8In2048) { check("Z11"); }
TEST(ServingValidation, Z12Llama3170BEightH100Batch8In2048) { check("Z12"); }
TEST(ServingValidation, Z13Llama3170BEightMi300xBatch32In2048) { check("Z13"); }
TEST(ServingValidation, Z14Llama3170BEightH100Batch32In2048) { check("Z14"); }
TEST(ServingValidation, Z15Llama3170BEightMi300xBatch128In2048) { check("Z15"); }
TEST(ServingValidation, Z16Llama3170BEightH100Batch128In2048) { check("Z16"); }
TEST(ServingValidation, Z17Llama31405BEightMi300xBatch1In128) { check("Z17"); }
TEST(ServingValidation, Z18Llama31405BEightH100Batch1In128) { check("Z18"); }
TEST(ServingValidation, Z19Llama31405BEightMi300xBatch8In128) { check("Z19"); }
TEST(ServingValidation, Z20Llama31405BEightH100Batch8In128) { check("Z20"); }
TEST(ServingValidation, Z21Llama31405BEightMi300xBatch32In128) { check("Z21"); }
TEST(ServingValidation, Z22Llama31405BEightH100Batch32In128) { check("Z22"); }
TEST(ServingValidation, Z23Llama31405BEightMi300xBatch128In128) { check("Z23"); }
TEST(ServingValidation, Z24Llama31405BEightH100Batch128In128) { check("Z24"); }
TEST(ServingValidation, Z25Llama31405BEightMi300xBatch1In2048) { check("Z25"); }
TEST(ServingValidation, Z26Llama31405BEightH100Batch1In2048) { check("Z26"); }
TEST(ServingValidation, Z27Llama31405BEightMi300xBatch8In2048) { check("Z27"); }
TEST(ServingValidation, Z28Llama31405BEightH100Batch8In2048) { check("Z28"); }
TEST(ServingValidation, Z29Llama31405BEightMi300xBatch32In2048) { check("Z29"); }
TEST(ServingValidation, Z30Llama31405BEightH100Batch32In2048) { check("Z30"); }
TEST(ServingValidation, Z31Llama31405BEightMi300xBatch128In2048) { check("Z31"); }
TEST(ServingValidation, Z32Llama31405BEightH100Batch128In2048) { check("Z32"); }
TEST(ServingValidation, Z36Qwen38BTpuV6eSglJaxConcurrency8In1024) { check("Z36"); }
TEST(ServingValidation, Z37Qwen38BTpuV6eVllmConcurrency8In1024) { check("Z37"); }
TEST(ServingValidation, Z38Qwen38BTpuV6eSglJaxConcurrency64In1024) { check("Z38"); }
TEST(ServingValidation, Z39Qwen38BTpuV6eVllmConcurrency64In1024) { check("Z39"); }
TEST(ServingValidation, Z40Qwen38BTpuV6eSglJaxConcurrency256In1024) { check("Z40"); }
TEST(ServingValidation, Z41Qwen38BTpuV6eVllmConcurrency256In1024) { check("Z41"); }
TEST(ServingValidation, Z42Qwen38BTpuV6eSglJaxConcurrency64In8192) { check("Z42"); }
TEST(ServingValidation, Z43Qwen38BTpuV6eVllmConcurrency64In8192) { check("Z43"); }
TEST(ServingValidation, Z44Qwen332BTpuV6eSglJaxConcurrency8In1024) { check("Z44"); }
TEST(ServingValidation, Z45Qwen332BTpuV6eVllmConcurrency8In1024) { check("Z45"); }
TEST(ServingValidation, Z46Qwen332BTpuV6eSglJaxConcurrency64In1024) { check("Z46"); }
TEST(ServingValidation, Z47Qwen332BTpuV6eVllmConcurrency64In1024) { check("Z47"); }
TEST(ServingValidation, Z48Qwen38BTpuV7xSglJaxConcurrency128In1024) { check("Z48"); }
TEST(ServingValidation, Z49Llama3370BTpuV7xSglJaxConcurrency128In1024) { check("Z49"); }
TEST(ServingValidation, Z50Qwen330BA3BTpuV7xSglJaxConcurrency128In1024) { check("Z50"); }

TEST(ServingValidation, O01bLlama3170BEightA100Concurrency1In1000Out1000MeanTtft) { check("O01b"); }
TEST(ServingValidation, O01cLlama3170BEightA100Concurrency1In1000Out1000MeanTpot) { check("O01c"); }
TEST(ServingValidation, O02aLlama3170BEightA100Concurrency16In1000Out1000Throughput) {
  check("O02a");
}
TEST(ServingValidation, O02bLlama3170BEightA100Concurrency16In1000Out1000MeanTtft) {
  check("O02b");
}
TEST(ServingValidation, O02cLlama3170BEightA100Concurrency16In1000Out1000MeanTpot) {
  check("O02c");
}
TEST(ServingValidation, O03aLlama3170BEightA100Concurrency100In1000Out1000Throughput) {
  check("O03a");
}
TEST(ServingValidation, O03bLlama3170BEightA100Concurrency100In1000Out1000MeanTtft) {
  check("O03b");
}
TEST(ServingValidation, O03cLlama3170BEightA100Concurrency100In1000Out1000MeanTpot) {
  check("O03c");
}
TEST(ServingValidation, O04aLlama3170BEightA100Concurrency64In8000Out1000Throughput) {
  check("O04a");
}
TEST(ServingValidation, O04bLlama3170BEightA100Concurrency64In8000Out1000MeanTtft) {
  check("O04b");
}
TEST(ServingValidation, O04cLlama3170BEightA100Concurrency64In8000Out1000MeanTpot) {
  check("O04c");
}
TEST(ServingValidation, O05bQwen3235BA22BEightB200Concurrency1In1000Out1000MeanTtft) {
  check("O05b");
}
TEST(ServingValidation, O05cQwen3235BA22BEightB200Concurrency1In1000Out1000MeanTpot) {
  check("O05c");
}
TEST(ServingValidation, O06aQwen3235BA22BEightB200Concurrency100In1000Out1000Throughput) {
  check("O06a");
}
TEST(ServingValidation, O06bQwen3235BA22BEightB200Concurrency100In1000Out1000MeanTtft) {
  check("O06b");
}
TEST(ServingValidation, O06cQwen3235BA22BEightB200Concurrency100In1000Out1000MeanTpot) {
  check("O06c");
}
TEST(ServingValidation, O07aQwen3235BA22BEightB200Concurrency64In1000Out8000Throughput) {
  check("O07a");
}
TEST(ServingValidation, O07bQwen3235BA22BEightB200Concurrency64In1000Out8000MeanTtft) {
  check("O07b");
}
TEST(ServingValidation, O07cQwen3235BA22BEightB200Concurrency64In1000Out8000MeanTpot) {
  check("O07c");
}
TEST(ServingValidation, O08aQwen3235BA22BEightB200Concurrency64In8000Out1000Throughput) {
  check("O08a");
}
TEST(ServingValidation, O08bQwen3235BA22BEightB200Concurrency64In8000Out1000MeanTtft) {
  check("O08b");
}
TEST(ServingValidation, O08cQwen3235BA22BEightB200Concurrency64In8000Out1000MeanTpot) {
  check("O08c");
}
TEST(ServingValidation, O11bLlama3170BEightA100Concurrency1In8000Out1000MeanTtft) { check("O11b"); }
TEST(ServingValidation, O11cLlama3170BEightA100Concurrency1In8000Out1000MeanTpot) { check("O11c"); }
TEST(ServingValidation, O12aLlama3170BEightA100Concurrency16In8000Out1000Throughput) {
  check("O12a");
}
TEST(ServingValidation, O12bLlama3170BEightA100Concurrency16In8000Out1000MeanTtft) {
  check("O12b");
}
TEST(ServingValidation, O12cLlama3170BEightA100Concurrency16In8000Out1000MeanTpot) {
  check("O12c");
}
TEST(ServingValidation, O13aQwen3235BA22BEightB200Concurrency16In1000Out1000Throughput) {
  check("O13a");
}
TEST(ServingValidation, O13bQwen3235BA22BEightB200Concurrency16In1000Out1000MeanTtft) {
  check("O13b");
}
TEST(ServingValidation, O13cQwen3235BA22BEightB200Concurrency16In1000Out1000MeanTpot) {
  check("O13c");
}
TEST(ServingValidation, O14bQwen3235BA22BEightB200Concurrency1In8000Out1000MeanTtft) {
  check("O14b");
}
TEST(ServingValidation, O14cQwen3235BA22BEightB200Concurrency1In8000Out1000MeanTpot) {
  check("O14c");
}
TEST(ServingValidation, O20aLlama4ScoutEightMi300xConcurrency16In1000Out1000Throughput) {
  check("O20a");
}
TEST(ServingValidation, O20bLlama4ScoutEightMi300xConcurrency16In1000Out1000MeanTtft) {
  check("O20b");
}
TEST(ServingValidation, O20cLlama4ScoutEightMi300xConcurrency16In1000Out1000MeanTpot) {
  check("O20c");
}
TEST(ServingValidation, O21aLlama4ScoutEightMi300xConcurrency100In1000Out1000Throughput) {
  check("O21a");
}
TEST(ServingValidation, O21bLlama4ScoutEightMi300xConcurrency100In1000Out1000MeanTtft) {
  check("O21b");
}
TEST(ServingValidation, O21cLlama4ScoutEightMi300xConcurrency100In1000Out1000MeanTpot) {
  check("O21c");
}
TEST(ServingValidation, O22aLlama4MaverickEightMi300xConcurrency100In1000Out1000Throughput) {
  check("O22a");
}
TEST(ServingValidation, O22bLlama4MaverickEightMi300xConcurrency100In1000Out1000MeanTtft) {
  check("O22b");
}
TEST(ServingValidation, O22cLlama4MaverickEightMi300xConcurrency100In1000Out1000MeanTpot) {
  check("O22c");
}
TEST(ServingValidation, O23aDeepSeekR1EightB200Concurrency100In1000Out1000Throughput) {
  check("O23a");
}
TEST(ServingValidation, O23bDeepSeekR1EightB200Concurrency100In1000Out1000MeanTtft) {
  check("O23b");
}
TEST(ServingValidation, O23cDeepSeekR1EightB200Concurrency100In1000Out1000MeanTpot) {
  check("O23c");
}
TEST(ServingValidation, O24aDeepSeekR1EightB200Concurrency64In8000Out1000Throughput) {
  check("O24a");
}
TEST(ServingValidation, O24bDeepSeekR1EightB200Concurrency64In8000Out1000MeanTtft) {
  check("O24b");
}
TEST(ServingValidation, O24cDeepSeekR1EightB200Concurrency64In8000Out1000MeanTpot) {
  check("O24c");
}
TEST(ServingValidation, O09aLlama3170BOneMi355xFp8Concurrency64In8191Throughput) { check("O09a"); }
TEST(ServingValidation, O09bLlama3170BOneMi355xFp8Concurrency64In8191MeanTtft) { check("O09b"); }
TEST(ServingValidation, O09cLlama3170BOneMi355xFp8Concurrency64In8191MeanTpot) { check("O09c"); }
TEST(ServingValidation, O10aLlama3170BOneMi355xMxfp4Concurrency64In8191Throughput) {
  check("O10a");
}
TEST(ServingValidation, O10bLlama3170BOneMi355xMxfp4Concurrency64In8191MeanTtft) { check("O10b"); }
TEST(ServingValidation, O10cLlama3170BOneMi355xMxfp4Concurrency64In8191MeanTpot) { check("O10c"); }
TEST(ServingValidation, O15aQwen3235BA22BFourB200Fp8Concurrency64In30000Throughput) {
  check("O15a");
}
TEST(ServingValidation, O15bQwen3235BA22BFourB200Fp8Concurrency64In30000MeanTtft) { check("O15b"); }

TEST(ServingValidation, SA09Llama31405BEightB200Fp8OfflineThroughput) { check("SA09"); }
TEST(ServingValidation, SA10Llama31405BEightH200Fp8OfflineThroughput) { check("SA10"); }
TEST(ServingValidation, SA11Llama318BOneH100PcieFp8OfflineThroughput) { check("SA11"); }
TEST(ServingValidation, SB01Qwen332BOneTpu7xFp8In1024Out1024Throughput) { check("SB01"); }
TEST(ServingValidation, SB02Qwen332BOneTpu7xFp8In1024Out8192Throughput) { check("SB02"); }
TEST(ServingValidation, SB03Qwen332BOneTpu7xFp8In8192Out1024Throughput) { check("SB03"); }
TEST(ServingValidation, SB04aDeepSeekR1EightMi325xConcurrency4In1024ThroughputPerGpu) {
  check("SB04a");
}
TEST(ServingValidation, SB04bDeepSeekR1EightMi325xConcurrency4In1024MeanTtft) { check("SB04b"); }
TEST(ServingValidation, SB04cDeepSeekR1EightMi325xConcurrency4In1024MeanTpot) { check("SB04c"); }
TEST(ServingValidation, SB05aDeepSeekR1EightMi325xConcurrency8In1024ThroughputPerGpu) {
  check("SB05a");
}
TEST(ServingValidation, SB05bDeepSeekR1EightMi325xConcurrency8In1024MeanTtft) { check("SB05b"); }
TEST(ServingValidation, SB05cDeepSeekR1EightMi325xConcurrency8In1024MeanTpot) { check("SB05c"); }
TEST(ServingValidation, SB13aDeepSeekR1EightMi325xConcurrency4In8192ThroughputPerGpu) {
  check("SB13a");
}
TEST(ServingValidation, SB13bDeepSeekR1EightMi325xConcurrency4In8192MeanTtft) { check("SB13b"); }
TEST(ServingValidation, SB13cDeepSeekR1EightMi325xConcurrency4In8192MeanTpot) { check("SB13c"); }
TEST(ServingValidation, SB14aDeepSeekR1EightMi325xConcurrency16In8192ThroughputPerGpu) {
  check("SB14a");
}
TEST(ServingValidation, SB14bDeepSeekR1EightMi325xConcurrency16In8192MeanTtft) { check("SB14b"); }
TEST(ServingValidation, SB14cDeepSeekR1EightMi325xConcurrency16In8192MeanTpot) { check("SB14c"); }
TEST(ServingValidation, SB15aDeepSeekR1EightMi325xConcurrency32In8192ThroughputPerGpu) {
  check("SB15a");
}
TEST(ServingValidation, SB15bDeepSeekR1EightMi325xConcurrency32In8192MeanTtft) { check("SB15b"); }
TEST(ServingValidation, SB15cDeepSeekR1EightMi325xConcurrency32In8192MeanTpot) { check("SB15c"); }
TEST(ServingValidation, SB16aDeepSeekR1EightMi325xConcurrency64In8192ThroughputPerGpu) {
  check("SB16a");
}
TEST(ServingValidation, SB16bDeepSeekR1EightMi325xConcurrency64In8192MeanTtft) { check("SB16b"); }
TEST(ServingValidation, SB16cDeepSeekR1EightMi325xConcurrency64In8192MeanTpot) { check("SB16c"); }
TEST(ServingValidation, SB18aLlama31405BOneMi355xMxfp4Concurrency64In8191Throughput) {
  check("SB18a");
}
TEST(ServingValidation, SB18bLlama31405BOneMi355xMxfp4Concurrency64In8191MeanTtft) {
  check("SB18b");
}
TEST(ServingValidation, SB18cLlama31405BOneMi355xMxfp4Concurrency64In8191MeanTpot) {
  check("SB18c");
}

TEST(ServingValidation, SC01Qwen38BOneH100Fp8Concurrency1In128Out1024Throughput) { check("SC01"); }
TEST(ServingValidation, SC02Qwen38BOneH100Fp8Concurrency64In128Out1024Throughput) { check("SC02"); }
TEST(ServingValidation, SC03Qwen38BOneH100Fp8Concurrency256In128Out1024Throughput) {
  check("SC03");
}
TEST(ServingValidation, SC04Qwen38BOneH100Fp8Concurrency16In1024Out128Throughput) { check("SC04"); }
TEST(ServingValidation, SC05Qwen38BOneH100Fp8Concurrency32In2048Out2048Throughput) {
  check("SC05");
}
TEST(ServingValidation, SC06Qwen38BOneH100Fp8Concurrency1In8192Out512Throughput) { check("SC06"); }
TEST(ServingValidation, SC07Qwen38BOneH100Bf16Concurrency1In128Out128Throughput) { check("SC07"); }
TEST(ServingValidation, SC08Qwen38BOneH100Bf16Concurrency16In2048Out2048Throughput) {
  check("SC08");
}
TEST(ServingValidation, SC09Llama3170BEightH100Fp8OfflineIn128Out128Throughput) { check("SC09"); }
TEST(ServingValidation, SC10Llama3170BEightH100Fp8OfflineIn128Out2048Throughput) { check("SC10"); }
TEST(ServingValidation, SC13Llama3170BEightH100Fp8OfflineIn4096Out512Throughput) { check("SC13"); }
TEST(ServingValidation, SC14aDeepSeekR1EightB200Concurrency4In1024ThroughputPerGpu) {
  check("SC14a");
}
TEST(ServingValidation, SC14bDeepSeekR1EightB200Concurrency4In1024MeanTtft) { check("SC14b"); }
TEST(ServingValidation, SC14cDeepSeekR1EightB200Concurrency4In1024MeanTpot) { check("SC14c"); }
TEST(ServingValidation, SC15aDeepSeekR1FourB200Concurrency8In1024ThroughputPerGpu) {
  check("SC15a");
}
TEST(ServingValidation, SC15bDeepSeekR1FourB200Concurrency8In1024MeanTtft) { check("SC15b"); }
TEST(ServingValidation, SC15cDeepSeekR1FourB200Concurrency8In1024MeanTpot) { check("SC15c"); }
TEST(ServingValidation, SC16aDeepSeekR1EightB200Concurrency64In1024ThroughputPerGpu) {
  check("SC16a");
}
TEST(ServingValidation, SC16bDeepSeekR1EightB200Concurrency64In1024MeanTtft) { check("SC16b"); }
TEST(ServingValidation, SC16cDeepSeekR1EightB200Concurrency64In1024MeanTpot) { check("SC16c"); }
TEST(ServingValidation, SC17aDeepSeekR1EightB200Concurrency4In8192ThroughputPerGpu) {
  check("SC17a");
}
TEST(ServingValidation, SC17bDeepSeekR1EightB200Concurrency4In8192MeanTtft) { check("SC17b"); }
TEST(ServingValidation, SC17cDeepSeekR1EightB200Concurrency4In8192MeanTpot) { check("SC17c"); }
TEST(ServingValidation, SC18aDeepSeekR1EightH200Concurrency4In1024ThroughputPerGpu) {
  check("SC18a");
}
TEST(ServingValidation, SC18bDeepSeekR1EightH200Concurrency4In1024MeanTtft) { check("SC18b"); }
TEST(ServingValidation, SC18cDeepSeekR1EightH200Concurrency4In1024MeanTpot) { check("SC18c"); }
TEST(ServingValidation, SC19aDeepSeekR1EightH200Concurrency64In1024ThroughputPerGpu) {
  check("SC19a");
}
TEST(ServingValidation, SC19bDeepSeekR1EightH200Concurrency64In1024MeanTtft) { check("SC19b"); }
TEST(ServingValidation, SC19cDeepSeekR1EightH200Concurrency64In1024MeanTpot) { check("SC19c"); }
TEST(ServingValidation, SC20aDeepSeekR1EightH200Concurrency16In8192ThroughputPerGpu) {
  check("SC20a");
}
TEST(ServingValidation, SC20bDeepSeekR1EightH200Concurrency16In8192MeanTtft) { check("SC20b"); }
TEST(ServingValidation, SC20cDeepSeekR1EightH200Concurrency16In8192MeanTpot) { check("SC20c"); }
TEST(ServingValidation, SC21aLlama38BOneA100Fp16Concurrency1In200MeanTtft) { check("SC21a"); }
TEST(ServingValidation, SC21bLlama38BOneA100Fp16Concurrency1In200MeanItl) { check("SC21b"); }
TEST(ServingValidation, SC21cLlama38BOneA100Fp16Concurrency1In200Throughput) { check("SC21c"); }
TEST(ServingValidation, SC22aLlama38BOneA100Fp16Concurrency100In200MeanTtft) { check("SC22a"); }
TEST(ServingValidation, SC22bLlama38BOneA100Fp16Concurrency100In200MeanItl) { check("SC22b"); }
TEST(ServingValidation, SC22cLlama38BOneA100Fp16Concurrency100In200Throughput) { check("SC22c"); }
TEST(ServingValidation, SC23aLlama38BTwoA100Fp16Concurrency1In200MeanTtft) { check("SC23a"); }
TEST(ServingValidation, SC23bLlama38BTwoA100Fp16Concurrency1In200MeanItl) { check("SC23b"); }
TEST(ServingValidation, SC23cLlama38BTwoA100Fp16Concurrency1In200Throughput) { check("SC23c"); }
TEST(ServingValidation, SC24aLlama370BFourA100Fp16Concurrency1In200MeanTtft) { check("SC24a"); }
TEST(ServingValidation, SC24bLlama370BFourA100Fp16Concurrency1In200MeanItl) { check("SC24b"); }
TEST(ServingValidation, SC24cLlama370BFourA100Fp16Concurrency1In200Throughput) { check("SC24c"); }
TEST(ServingValidation, SC25aLlama370BFourA100Fp16Concurrency50In200MeanTtft) { check("SC25a"); }
TEST(ServingValidation, SC25bLlama370BFourA100Fp16Concurrency50In200MeanItl) { check("SC25b"); }
TEST(ServingValidation, SC25cLlama370BFourA100Fp16Concurrency50In200Throughput) { check("SC25c"); }
TEST(ServingValidation, SC26aLlama370BEightA100Bf16Concurrency25In2000MeanTtft) { check("SC26a"); }
TEST(ServingValidation, SC26bLlama370BEightA100Bf16Concurrency25In2000MeanItl) { check("SC26b"); }
TEST(ServingValidation, SC26cLlama370BEightA100Bf16Concurrency25In2000Throughput) {
  check("SC26c");
}
TEST(ServingValidation, SC27aLlama38BOneH100Fp8Concurrency25In2000MeanTtft) { check("SC27a"); }
TEST(ServingValidation, SC27bLlama38BOneH100Fp8Concurrency25In2000MeanItl) { check("SC27b"); }
TEST(ServingValidation, SC27cLlama38BOneH100Fp8Concurrency25In2000Throughput) { check("SC27c"); }
TEST(ServingValidation, SC28aLlama370BFourH100Fp8Concurrency100In200MeanTtft) { check("SC28a"); }
TEST(ServingValidation, SC28bLlama370BFourH100Fp8Concurrency100In200MeanItl) { check("SC28b"); }
TEST(ServingValidation, SC28cLlama370BFourH100Fp8Concurrency100In200Throughput) { check("SC28c"); }
TEST(ServingValidation, SC29aMistral7BOneL40SFp8StaticBatch8In128Throughput) { check("SC29a"); }
TEST(ServingValidation, SC29bMistral7BOneL40SFp8StaticBatch8In128FirstToken) { check("SC29b"); }
TEST(ServingValidation, SC30aMistral7BOneL40SFp8StaticBatch1In2048Throughput) { check("SC30a"); }
TEST(ServingValidation, SC30bMistral7BOneL40SFp8StaticBatch1In2048FirstToken) { check("SC30b"); }
TEST(ServingValidation, SC31aLlama270BFourL40SFp8StaticBatch4In128Throughput) { check("SC31a"); }
TEST(ServingValidation, SC31bLlama270BFourL40SFp8StaticBatch4In128FirstToken) { check("SC31b"); }
TEST(ServingValidation, SC32aMixtral8x7BFourL40SFp16StaticBatch32In128Throughput) {
  check("SC32a");
}
TEST(ServingValidation, SC32bMixtral8x7BFourL40SFp16StaticBatch32In128FirstToken) {
  check("SC32b");
}
TEST(ServingValidation, SC33aLlama270BFourH200Fp8StaticBatch16In128Throughput) { check("SC33a"); }
TEST(ServingValidation, SC33bLlama270BFourH200Fp8StaticBatch16In128FirstToken) { check("SC33b"); }
TEST(ServingValidation, SC34aLlama27BOneA100Fp16StaticBatch1In2048Throughput) { check("SC34a"); }
TEST(ServingValidation, SC34bLlama27BOneA100Fp16StaticBatch1In2048FirstToken) { check("SC34b"); }
TEST(ServingValidation, SD01aLlama3370BEightTpuV6eConcurrency64Throughput) { check("SD01a"); }
TEST(ServingValidation, SD01bLlama3370BEightTpuV6eConcurrency64MeanTtft) { check("SD01b"); }
TEST(ServingValidation, SD01cLlama3370BEightTpuV6eConcurrency64MeanTpot) { check("SD01c"); }
TEST(ServingValidation, SD02aLlama3370BEightTpuV6eConcurrency128Throughput) { check("SD02a"); }
TEST(ServingValidation, SD02bLlama3370BEightTpuV6eConcurrency128MeanTtft) { check("SD02b"); }
TEST(ServingValidation, SD02cLlama3370BEightTpuV6eConcurrency128MeanTpot) { check("SD02c"); }
TEST(ServingValidation, SD03aQwen3235BEightMi355xConcurrency256In1000Throughput) { check("SD03a"); }
TEST(ServingValidation, SD03bQwen3235BEightMi355xConcurrency256In1000MeanTtft) { check("SD03b"); }
TEST(ServingValidation, SD03cQwen3235BEightMi355xConcurrency256In1000MeanTpot) { check("SD03c"); }
TEST(ServingValidation, SD04aQwen3235BEightMi355xConcurrency128In1000Throughput) { check("SD04a"); }
TEST(ServingValidation, SD04bQwen3235BEightMi355xConcurrency128In1000MeanTtft) { check("SD04b"); }
TEST(ServingValidation, SD04cQwen3235BEightMi355xConcurrency128In1000MeanTpot) { check("SD04c"); }
TEST(ServingValidation, SD05aQwen3235BEightMi355xConcurrency128In4000Throughput) { check("SD05a"); }
TEST(ServingValidation, SD05bQwen3235BEightMi355xConcurrency128In4000MeanTtft) { check("SD05b"); }
TEST(ServingValidation, SD05cQwen3235BEightMi355xConcurrency128In4000MeanTpot) { check("SD05c"); }
TEST(ServingValidation, SD06aQwen3235BEightMi355xConcurrency64In4000Throughput) { check("SD06a"); }
TEST(ServingValidation, SD06bQwen3235BEightMi355xConcurrency64In4000MeanTtft) { check("SD06b"); }
TEST(ServingValidation, SD06cQwen3235BEightMi355xConcurrency64In4000MeanTpot) { check("SD06c"); }
TEST(ServingValidation, SD07aQwen3235BEightMi355xConcurrency64In10000Throughput) { check("SD07a"); }
TEST(ServingValidation, SD07bQwen3235BEightMi355xConcurrency64In10000MeanTtft) { check("SD07b"); }
TEST(ServingValidation, SD07cQwen3235BEightMi355xConcurrency64In10000MeanTpot) { check("SD07c"); }
TEST(ServingValidation, SD08aQwen3235BEightMi355xConcurrency32In10000Throughput) { check("SD08a"); }
TEST(ServingValidation, SD08bQwen3235BEightMi355xConcurrency32In10000MeanTtft) { check("SD08b"); }
TEST(ServingValidation, SD08cQwen3235BEightMi355xConcurrency32In10000MeanTpot) { check("SD08c"); }
TEST(ServingValidation, SD11Llama31405BEightMi300xAmdFp8KvEager4PromptsIn2048Throughput) {
  check("SD11");
}
TEST(ServingValidation, SD12Llama31405BEightMi300xAmdFp8KvEager64PromptsIn2048Throughput) {
  check("SD12");
}
TEST(ServingValidation, SD13Llama31405BEightMi300xAmdFp8KvEager256PromptsIn2048Throughput) {
  check("SD13");
}
TEST(ServingValidation, SD14Llama31405BEightMi300xAmdFp8KvEager256PromptsIn128Throughput) {
  check("SD14");
}
TEST(ServingValidation, SD15Llama31405BEightMi300xAmdFp8KvEager16PromptsIn32784Throughput) {
  check("SD15");
}
TEST(ServingValidation, SD16Llama31405BEightMi300xAmdFp8KvEager64PromptsIn32784Throughput) {
  check("SD16");
}
TEST(ServingValidation, SD17Llama31405BEightMi300xMetaFp8Eager64PromptsIn2048Throughput) {
  check("SD17");
}
TEST(ServingValidation, SD18Llama31405BEightMi300xMetaFp8Eager256PromptsIn128Throughput) {
  check("SD18");
}

TEST(ServingValidation, SE01aQwen332BOneH100Bf16VllmBurst500In2000Throughput) { check("SE01a"); }
TEST(ServingValidation, SE01bQwen332BOneH100Bf16VllmBurst500In2000MeanTtft) { check("SE01b"); }
TEST(ServingValidation, SE01cQwen332BOneH100Bf16VllmBurst500In2000MeanTpot) { check("SE01c"); }
TEST(ServingValidation, SE02aQwen332BOneH100Fp8TrtllmBurst500In2000Throughput) { check("SE02a"); }
TEST(ServingValidation, SE02bQwen332BOneH100Fp8TrtllmBurst500In2000MeanTtft) { check("SE02b"); }
TEST(ServingValidation, SE02cQwen332BOneH100Fp8TrtllmBurst500In2000MeanTpot) { check("SE02c"); }
TEST(ServingValidation, SE03aQwen332BOneH100Bf16VllmBurst1000In128Throughput) { check("SE03a"); }
TEST(ServingValidation, SE03bQwen332BOneH100Bf16VllmBurst1000In128MeanTtft) { check("SE03b"); }
TEST(ServingValidation, SE03cQwen332BOneH100Bf16VllmBurst1000In128MeanTpot) { check("SE03c"); }
TEST(ServingValidation, SE04aQwen332BOneH100Fp8TrtllmBurst1000In128Throughput) { check("SE04a"); }
TEST(ServingValidation, SE04bQwen332BOneH100Fp8TrtllmBurst1000In128MeanTtft) { check("SE04b"); }
TEST(ServingValidation, SE04cQwen332BOneH100Fp8TrtllmBurst1000In128MeanTpot) { check("SE04c"); }
TEST(ServingValidation, SE05aQwen332BOneA100Bf16VllmBurst500In2000Throughput) { check("SE05a"); }
TEST(ServingValidation, SE05bQwen332BOneA100Bf16VllmBurst500In2000MeanTtft) { check("SE05b"); }
TEST(ServingValidation, SE05cQwen332BOneA100Bf16VllmBurst500In2000MeanTpot) { check("SE05c"); }
TEST(ServingValidation, SE06aQwen332BOneA100Bf16TrtllmBurst500In2000Throughput) { check("SE06a"); }
TEST(ServingValidation, SE06bQwen332BOneA100Bf16TrtllmBurst500In2000MeanTtft) { check("SE06b"); }
TEST(ServingValidation, SE06cQwen332BOneA100Bf16TrtllmBurst500In2000MeanTpot) { check("SE06c"); }
TEST(ServingValidation, SE07aQwen332BOneA100Bf16VllmBurst1000In128Throughput) { check("SE07a"); }
TEST(ServingValidation, SE07bQwen332BOneA100Bf16VllmBurst1000In128MeanTtft) { check("SE07b"); }
TEST(ServingValidation, SE07cQwen332BOneA100Bf16VllmBurst1000In128MeanTpot) { check("SE07c"); }
TEST(ServingValidation, SE08aDeepSeekR1EightH200VllmBurst500In4000Throughput) { check("SE08a"); }
TEST(ServingValidation, SE08bDeepSeekR1EightH200VllmBurst500In4000MeanTtft) { check("SE08b"); }
TEST(ServingValidation, SE08cDeepSeekR1EightH200VllmBurst500In4000MeanTpot) { check("SE08c"); }
TEST(ServingValidation, SE09aDeepSeekR1EightH200VllmBurst500In2000Throughput) { check("SE09a"); }
TEST(ServingValidation, SE09bDeepSeekR1EightH200VllmBurst500In2000MeanTtft) { check("SE09b"); }
TEST(ServingValidation, SE09cDeepSeekR1EightH200VllmBurst500In2000MeanTpot) { check("SE09c"); }
TEST(ServingValidation, SE10aDeepSeekR1EightH200VllmBurst100In32000Throughput) { check("SE10a"); }
TEST(ServingValidation, SE10bDeepSeekR1EightH200VllmBurst100In32000MeanTtft) { check("SE10b"); }
TEST(ServingValidation, SE10cDeepSeekR1EightH200VllmBurst100In32000MeanTpot) { check("SE10c"); }
TEST(ServingValidation, SE15Llama3170BEightH100Fp8TrtllmBenchOfflineIn512Out512Throughput) {
  check("SE15");
}
TEST(ServingValidation, SE16Llama3170BEightH100Fp8TrtllmBenchOfflineIn1024Out2048Throughput) {
  check("SE16");
}
TEST(ServingValidation, SE17Llama3170BEightH100Fp8TrtllmBenchOfflineIn2048Out2048Throughput) {
  check("SE17");
}
TEST(ServingValidation, SE18Llama3170BEightH100Fp8TrtllmBenchOfflineIn4096Out1024Throughput) {
  check("SE18");
}
TEST(ServingValidation, SE19Llama3170BEightH100Fp8TrtllmBenchOfflineIn8192Out1024Throughput) {
  check("SE19");
}
TEST(ServingValidation, SE20Llama3170BEightH100Fp8TrtllmBenchOfflineIn16384Out1024Throughput) {
  check("SE20");
}
TEST(ServingValidation, SF01aLlama3370BEightMi355xConcurrency16In1024Out256Throughput) {
  check("SF01a");
}
TEST(ServingValidation, SF01bLlama3370BEightMi355xConcurrency16In1024Out256MeanTtft) {
  check("SF01b");
}
TEST(ServingValidation, SF02aLlama3370BEightMi355xConcurrency4In4096Out4096Throughput) {
  check("SF02a");
}
TEST(ServingValidation, SF02bLlama3370BEightMi355xConcurrency4In4096Out4096MeanTtft) {
  check("SF02b");
}
TEST(ServingValidation, SF03aLlama3370BEightMi355xConcurrency16In4096Out4096Throughput) {
  check("SF03a");
}
TEST(ServingValidation, SF03bLlama3370BEightMi355xConcurrency16In4096Out4096MeanTtft) {
  check("SF03b");
}
TEST(ServingValidation, SF04aLlama3370BEightMi355xConcurrency32In4096Out4096Throughput) {
  check("SF04a");
}
TEST(ServingValidation, SF04bLlama3370BEightMi355xConcurrency32In4096Out4096MeanTtft) {
  check("SF04b");
}
TEST(ServingValidation, SF05aLlama3370BEightMi355xConcurrency4In16384Out2048Throughput) {
  check("SF05a");
}
TEST(ServingValidation, SF05bLlama3370BEightMi355xConcurrency4In16384Out2048MeanTtft) {
  check("SF05b");
}
TEST(ServingValidation, SF06aLlama3370BEightMi355xConcurrency16In16384Out2048Throughput) {
  check("SF06a");
}
TEST(ServingValidation, SF06bLlama3370BEightMi355xConcurrency16In16384Out2048MeanTtft) {
  check("SF06b");
}
TEST(ServingValidation, SF07aLlama3370BEightMi355xConcurrency32In16384Out2048Throughput) {
  check("SF07a");
}
TEST(ServingValidation, SF07bLlama3370BEightMi355xConcurrency32In16384Out2048MeanTtft) {
  check("SF07b");
}
TEST(ServingValidation, SF08aLlama3370BEightMi355xConcurrency4In32768Out128Throughput) {
  check("SF08a");
}
TEST(ServingValidation, SF08bLlama3370BEightMi355xConcurrency4In32768Out128MeanTtft) {
  check("SF08b");
}
TEST(ServingValidation, SG08aQwen3235BEightH100Burst500In2000Out100Throughput) { check("SG08a"); }
TEST(ServingValidation, SG08bQwen3235BEightH100Burst500In2000Out100MeanTtft) { check("SG08b"); }
TEST(ServingValidation, SG08cQwen3235BEightH100Burst500In2000Out100MeanTpot) { check("SG08c"); }
TEST(ServingValidation, SG14aLlama3370BFourH200Burst3000Random1024Throughput) { check("SG14a"); }
TEST(ServingValidation, SG14bLlama3370BFourH200Burst3000Random1024MeanE2eLatency) {
  check("SG14b");
}
TEST(ServingValidation, SG15Llama3370BFourH200Poisson4QpsRandom1024MeanE2eLatency) {
  check("SG15");
}
TEST(ServingValidation, SG16Llama3370BFourH200Poisson8QpsRandom1024MeanE2eLatency) {
  check("SG16");
}
TEST(ServingValidation, SG17Llama31405BEightH200Poisson1QpsRandom1024MeanE2eLatency) {
  check("SG17");
}
TEST(ServingValidation, SG18Llama31405BEightH200Fp8TrtllmBenchOfflineIn128Out128Throughput) {
  check("SG18");
}
TEST(ServingValidation, SH09aDeepSeekR1EightMi300xAtomConcurrency128Throughput) { check("SH09a"); }
TEST(ServingValidation, SH09bDeepSeekR1EightMi300xAtomConcurrency128MeanTpot) { check("SH09b"); }
TEST(ServingValidation, SH11bDeepSeekV31EightMi300xConcurrency1MeanTtft) { check("SH11b"); }
TEST(ServingValidation, SH11cDeepSeekV31EightMi300xConcurrency1MeanTpot) { check("SH11c"); }
TEST(ServingValidation, SH12aDeepSeekV31EightMi300xConcurrency100Throughput) { check("SH12a"); }
TEST(ServingValidation, SH12bDeepSeekV31EightMi300xConcurrency100MeanTtft) { check("SH12b"); }
TEST(ServingValidation, SH12cDeepSeekV31EightMi300xConcurrency100MeanTpot) { check("SH12c"); }
TEST(ServingValidation, SH13aLlama318BTpuV6e4Concurrency16Random512Throughput) { check("SH13a"); }
TEST(ServingValidation, SH13bLlama318BTpuV6e4Concurrency16Random512MeanTtft) { check("SH13b"); }
TEST(ServingValidation, SH13cLlama318BTpuV6e4Concurrency16Random512MeanTpot) { check("SH13c"); }
TEST(ServingValidation, SH14aGemma227BTpuV6e4Concurrency16Random1024Throughput) { check("SH14a"); }
TEST(ServingValidation, SH14bGemma227BTpuV6e4Concurrency16Random1024MeanTtft) { check("SH14b"); }
TEST(ServingValidation, SH14cGemma227BTpuV6e4Concurrency16Random1024MeanTpot) { check("SH14c"); }

TEST(ServingValidation, SI04DeepSeekV3EightB200SglangConcurrency16In1000Out1000Throughput) {
  check("SI04");
}
TEST(ServingValidation, SI06DeepSeekV3EightH20SglangConcurrency8Random1024Throughput) {
  check("SI06");
}
TEST(ServingValidation, SI10Qwen330BA3BOneMi300xFp8Offline200In5000Out1000Throughput) {
  check("SI10");
}
TEST(ServingValidation, SI11Qwen330BA3BOneMi300xFp8Offline200In1000Out2000Throughput) {
  check("SI11");
}
TEST(ServingValidation, SI12Qwen330BA3BOneMi300xFp8Offline200In10000Out500Throughput) {
  check("SI12");
}

TEST(ServingValidation, SJ01Llama3170BEightMi300xVllmRocmOffline3200In128Out2048Throughput) {
  check("SJ01");
}
TEST(ServingValidation, SJ02Llama3170BEightMi300xVllmRocmOffline1500In128Out4096Throughput) {
  check("SJ02");
}
TEST(ServingValidation, SJ03Llama3170BEightMi300xVllmRocmBatch1In128Out2048Latency) {
  check("SJ03");
}
TEST(ServingValidation, SJ04Llama3170BEightMi300xVllmRocmBatch32In128Out2048Latency) {
  check("SJ04");
}
TEST(ServingValidation, SJ05Llama3170BEightMi300xVllmRocmBatch128In2048Out2048Latency) {
  check("SJ05");
}
TEST(ServingValidation, SJ06aLlama3370BFourH100Bf16TrtllmDefaultOfflineThroughput) {
  check("SJ06a");
}
TEST(ServingValidation, SJ06bLlama3370BFourH100Bf16TrtllmDefaultBatch1MeanTtft) { check("SJ06b"); }
TEST(ServingValidation, SJ06cLlama3370BFourH100Bf16TrtllmDefaultBatch1MeanItl) { check("SJ06c"); }
TEST(ServingValidation, SJ07aLlama3370BFourH100Bf16TrtllmTunedOfflineThroughput) { check("SJ07a"); }
TEST(ServingValidation, SJ07bLlama3370BFourH100Bf16TrtllmTunedBatch1MeanTtft) { check("SJ07b"); }
TEST(ServingValidation, SJ07cLlama3370BFourH100Bf16TrtllmTunedBatch1MeanItl) { check("SJ07c"); }
TEST(ServingValidation, SJ08aLlama3370BFourH100Fp8TrtllmBf16KvOfflineThroughput) { check("SJ08a"); }
TEST(ServingValidation, SJ08bLlama3370BFourH100Fp8TrtllmBf16KvBatch1MeanTtft) { check("SJ08b"); }
TEST(ServingValidation, SJ08cLlama3370BFourH100Fp8TrtllmBf16KvBatch1MeanItl) { check("SJ08c"); }
TEST(ServingValidation, SJ09aLlama3370BFourH100Fp8TrtllmFp8KvTunedOfflineThroughput) {
  check("SJ09a");
}
TEST(ServingValidation, SJ09bLlama3370BFourH100Fp8TrtllmFp8KvTunedBatch1MeanTtft) {
  check("SJ09b");
}
TEST(ServingValidation, SJ09cLlama3370BFourH100Fp8TrtllmFp8KvTunedBatch1MeanItl) { check("SJ09c"); }
TEST(ServingValidation, SJ13Llama38BRtxA6000VllmOffline1000In128Out128Throughput) { check("SJ13"); }

TEST(ServingValidation, SK01aGptOss120BOneH100VllmBurst500In2000Out100Throughput) {
  check("SK01a");
}
TEST(ServingValidation, SK01bGptOss120BOneH100VllmBurst500In2000Out100MeanTtft) { check("SK01b"); }
TEST(ServingValidation, SK01cGptOss120BOneH100VllmBurst500In2000Out100MeanTpot) { check("SK01c"); }
TEST(ServingValidation, SK02aGptOss120BTwoH100VllmBurst500In2000Out100Throughput) {
  check("SK02a");
}
TEST(ServingValidation, SK02bGptOss120BTwoH100VllmBurst500In2000Out100MeanTtft) { check("SK02b"); }
TEST(ServingValidation, SK02cGptOss120BTwoH100VllmBurst500In2000Out100MeanTpot) { check("SK02c"); }
TEST(ServingValidation, SK03GptOss120BOneMi300xVllmConcurrency64In1024Throughput) { check("SK03"); }
TEST(ServingValidation, SK04GptOss120BOneMi300xVllmConcurrency128In1024Throughput) {
  check("SK04");
}
TEST(ServingValidation, SK05GptOss120BOneMi300xVllmConcurrency256In1024Throughput) {
  check("SK05");
}
TEST(ServingValidation, SK06GptOss120BEightMi300xVllmConcurrency1In1024MeanItl) { check("SK06"); }
TEST(ServingValidation, SK07aGptOss120BOneMi355xAtomConcurrency4In1024Throughput) {
  check("SK07a");
}
TEST(ServingValidation, SK07bGptOss120BOneMi355xAtomConcurrency4In1024MeanTtft) { check("SK07b"); }
TEST(ServingValidation, SK07cGptOss120BOneMi355xAtomConcurrency4In1024MeanTpot) { check("SK07c"); }
TEST(ServingValidation, SK08aGptOss120BOneMi355xAtomConcurrency256In1024Throughput) {
  check("SK08a");
}
TEST(ServingValidation, SK08bGptOss120BOneMi355xAtomConcurrency256In1024MeanTtft) {
  check("SK08b");
}
TEST(ServingValidation, SK08cGptOss120BOneMi355xAtomConcurrency256In1024MeanTpot) {
  check("SK08c");
}
TEST(ServingValidation, SK09aGptOss120BOneMi355xAtomConcurrency64In8192Throughput) {
  check("SK09a");
}
TEST(ServingValidation, SK09bGptOss120BOneMi355xAtomConcurrency64In8192MeanTtft) { check("SK09b"); }
TEST(ServingValidation, SK09cGptOss120BOneMi355xAtomConcurrency64In8192MeanTpot) { check("SK09c"); }
TEST(ServingValidation, SK10aLlama3370BOneMi355xMxfp4AtomConcurrency8In1024Throughput) {
  check("SK10a");
}
TEST(ServingValidation, SK10bLlama3370BOneMi355xMxfp4AtomConcurrency8In1024MeanTtft) {
  check("SK10b");
}
TEST(ServingValidation, SK10cLlama3370BOneMi355xMxfp4AtomConcurrency8In1024MeanTpot) {
  check("SK10c");
}
TEST(ServingValidation, SK11aLlama3370BOneMi355xMxfp4AtomConcurrency128In1024Throughput) {
  check("SK11a");
}
TEST(ServingValidation, SK11bLlama3370BOneMi355xMxfp4AtomConcurrency128In1024MeanTtft) {
  check("SK11b");
}
TEST(ServingValidation, SK11cLlama3370BOneMi355xMxfp4AtomConcurrency128In1024MeanTpot) {
  check("SK11c");
}
TEST(ServingValidation, SK12aDeepSeekR1EightMi355xAtomConcurrency64In1024Throughput) {
  check("SK12a");
}
TEST(ServingValidation, SK12bDeepSeekR1EightMi355xAtomConcurrency64In1024MeanTtft) {
  check("SK12b");
}
TEST(ServingValidation, SK12cDeepSeekR1EightMi355xAtomConcurrency64In1024MeanTpot) {
  check("SK12c");
}

TEST(ServingValidation, SN01aDeepSeekR1EightMi300xVllmConcurrency256In3200Out800Throughput) {
  check("SN01a");
}
TEST(ServingValidation, SN01bDeepSeekR1EightMi300xVllmConcurrency256In3200Out800MeanTtft) {
  check("SN01b");
}
TEST(ServingValidation, SN01cDeepSeekR1EightMi300xVllmConcurrency256In3200Out800MeanTpot) {
  check("SN01c");
}
TEST(ServingValidation, SN02aGptOss20BOneH100VllmBurst500In2000Out94Throughput) { check("SN02a"); }
TEST(ServingValidation, SN02bGptOss20BOneH100VllmBurst500In2000Out94MeanTtft) { check("SN02b"); }
TEST(ServingValidation, SN02cGptOss20BOneH100VllmBurst500In2000Out94MeanTpot) { check("SN02c"); }
TEST(ServingValidation, SN03aGptOss20BOneH100VllmBurst100In32000Out94Throughput) { check("SN03a"); }
TEST(ServingValidation, SN03bGptOss20BOneH100VllmBurst100In32000Out94MeanTtft) { check("SN03b"); }
TEST(ServingValidation, SN03cGptOss20BOneH100VllmBurst100In32000Out94MeanTpot) { check("SN03c"); }
TEST(ServingValidation, SN04aGptOss20BOneH100VllmAsyncBurst500In4000Out106Throughput) {
  check("SN04a");
}
TEST(ServingValidation, SN04bGptOss20BOneH100VllmAsyncBurst500In4000Out106MeanTtft) {
  check("SN04b");
}
TEST(ServingValidation, SN04cGptOss20BOneH100VllmAsyncBurst500In4000Out106MeanTpot) {
  check("SN04c");
}
TEST(ServingValidation, SN06aQwen314BOneH100Bf16VllmBurst500In2000Out100Throughput) {
  check("SN06a");
}
TEST(ServingValidation, SN06bQwen314BOneH100Bf16VllmBurst500In2000Out100MeanTtft) {
  check("SN06b");
}
TEST(ServingValidation, SN06cQwen314BOneH100Bf16VllmBurst500In2000Out100MeanTpot) {
  check("SN06c");
}
TEST(ServingValidation, SN07aQwen314BOneH100Fp8SglangBurst500In4000Out200Throughput) {
  check("SN07a");
}
TEST(ServingValidation, SN07bQwen314BOneH100Fp8SglangBurst500In4000Out200MeanTtft) {
  check("SN07b");
}
TEST(ServingValidation, SN07cQwen314BOneH100Fp8SglangBurst500In4000Out200MeanTpot) {
  check("SN07c");
}
TEST(ServingValidation, SN08GptOss120BEightB200TrtllmBatch1In1024Out2048TokensPerUser) {
  check("SN08");
}

TEST(ServingValidation, SO01Llama38BOneA100Fp16TrtllmStaticIn1024Out512Throughput) {
  check("SO01");
}
TEST(ServingValidation, SO02Llama38BOneL40sW8A8TrtllmStaticIn1024Out512Throughput) {
  check("SO02");
}
TEST(ServingValidation, SO03Llama270BOneA100W4A16TrtllmStaticIn1024Out512Throughput) {
  check("SO03");
}
TEST(ServingValidation, SO04Llama38BOneA100QServeW4A8KV4Batch256In1024Out512Throughput) {
  check("SO04");
}
TEST(ServingValidation, SO05Llama270BOneL40sQServeW4A8KV4Batch24In1024Out512Throughput) {
  check("SO05");
}
TEST(ServingValidation, SO06Llama27BOneL40sFp16TrtllmStaticIn1024Out512Throughput) {
  check("SO06");
}
TEST(ServingValidation, SO09Qwen38BSixteenH800VllmPdConcurrency1In8192MeanTtft) { check("SO09"); }
TEST(ServingValidation, SO10Qwen38BSixteenH800VllmPdConcurrency1In32768MeanTtft) { check("SO10"); }

TEST(ServingValidation, SP01bLlama318BFourInferentia2NeuronVllmConcurrency1In1500MeanTtft) {
  check("SP01b");
}
TEST(ServingValidation, SP01cLlama318BFourInferentia2NeuronVllmConcurrency1In1500MeanItl) {
  check("SP01c");
}
TEST(ServingValidation, SP02aLlama318BFourInferentia2NeuronVllmConcurrency32In1500Throughput) {
  check("SP02a");
}
TEST(ServingValidation, SP02bLlama318BFourInferentia2NeuronVllmConcurrency32In1500MeanTtft) {
  check("SP02b");
}
TEST(ServingValidation, SP02cLlama318BFourInferentia2NeuronVllmConcurrency32In1500MeanItl) {
  check("SP02c");
}
TEST(ServingValidation,
     SP03aLlama318BFourInferentia2NeuronVllmChunkedConcurrency32In1500Throughput) {
  check("SP03a");
}
TEST(ServingValidation, SP03bLlama318BFourInferentia2NeuronVllmChunkedConcurrency32In1500MeanTtft) {
  check("SP03b");
}
TEST(ServingValidation, SP03cLlama318BFourInferentia2NeuronVllmChunkedConcurrency32In1500MeanItl) {
  check("SP03c");
}
TEST(ServingValidation, SP08aLlama27BOneInferentia2NeuronxBatch1In256Out768Latency) {
  check("SP08a");
}
TEST(ServingValidation, SP08bLlama27BOneInferentia2NeuronxBatch1In256FirstToken) { check("SP08b"); }
TEST(ServingValidation, SP09aLlama31405BEightMi300xVllmBurst64In80Out60Throughput) {
  check("SP09a");
}
TEST(ServingValidation, SP09bLlama31405BEightMi300xVllmBurst64In80Out60MeanTtft) { check("SP09b"); }
TEST(ServingValidation, SP09cLlama31405BEightMi300xVllmBurst64In80Out60MeanTpot) { check("SP09c"); }
TEST(ServingValidation, SP11aLlama318BOneGaudi3VllmConcurrency64In1868Out2048Throughput) {
  check("SP11a");
}
TEST(ServingValidation, SP11bLlama318BOneGaudi3VllmConcurrency64In1868Out2048MeanTtft) {
  check("SP11b");
}
TEST(ServingValidation, SP11cLlama318BOneGaudi3VllmConcurrency64In1868Out2048MeanTpot) {
  check("SP11c");
}
TEST(ServingValidation, SP12aLlama31405BEightGaudi3VllmConcurrency64In1868Out2048Throughput) {
  check("SP12a");
}
TEST(ServingValidation, SP12bLlama31405BEightGaudi3VllmConcurrency64In1868Out2048MeanTtft) {
  check("SP12b");
}
TEST(ServingValidation, SP12cLlama31405BEightGaudi3VllmConcurrency64In1868Out2048MeanTpot) {
  check("SP12c");
}
TEST(ServingValidation, SP14aQwen314BOneA100Bf16VllmBurst500In2000Out100Throughput) {
  check("SP14a");
}
TEST(ServingValidation, SP14bQwen314BOneA100Bf16VllmBurst500In2000Out100MeanTtft) {
  check("SP14b");
}
TEST(ServingValidation, SP14cQwen314BOneA100Bf16VllmBurst500In2000Out100MeanTpot) {
  check("SP14c");
}
TEST(ServingValidation, SP15aQwen314BOneA100Bf16TrtllmBurst500In2000Out100Throughput) {
  check("SP15a");
}
TEST(ServingValidation, SP15bQwen314BOneA100Bf16TrtllmBurst500In2000Out100MeanTtft) {
  check("SP15b");
}
TEST(ServingValidation, SP15cQwen314BOneA100Bf16TrtllmBurst500In2000Out100MeanTpot) {
  check("SP15c");
}
TEST(ServingValidation, SP16aGptOss20BOneA100VllmBurst500In2000Out94Throughput) { check("SP16a"); }
TEST(ServingValidation, SP16bGptOss20BOneA100VllmBurst500In2000Out94MeanTtft) { check("SP16b"); }
TEST(ServingValidation, SP16cGptOss20BOneA100VllmBurst500In2000Out94MeanTpot) { check("SP16c"); }
TEST(ServingValidation,
     SQ01aDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson1Qps300PromptsMedianTtft) {
  check("SQ01a");
}
TEST(ServingValidation,
     SQ01bDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson1Qps300PromptsMedianTpot) {
  check("SQ01b");
}
TEST(ServingValidation,
     SQ02aDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson2Qps600PromptsMedianTtft) {
  check("SQ02a");
}
TEST(ServingValidation,
     SQ02bDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson2Qps600PromptsMedianTpot) {
  check("SQ02b");
}
TEST(ServingValidation,
     SQ03aDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson4Qps1200PromptsMedianTtft) {
  check("SQ03a");
}
TEST(ServingValidation,
     SQ03bDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson4Qps1200PromptsMedianTpot) {
  check("SQ03b");
}
TEST(ServingValidation,
     SQ04aDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson8Qps2400PromptsMedianTtft) {
  check("SQ04a");
}
TEST(ServingValidation,
     SQ04bDeepSeekV3EightH200SglangDpAttentionFp8KvPoisson8Qps2400PromptsMedianTpot) {
  check("SQ04b");
}
TEST(ServingValidation,
     SQ05aDeepSeekV3EightH200SglangDpAttentionBf16LabelEagerPoisson1Qps300PromptsMedianTtft) {
  check("SQ05a");
}
TEST(ServingValidation,
     SQ05bDeepSeekV3EightH200SglangDpAttentionBf16LabelEagerPoisson1Qps300PromptsMedianTpot) {
  check("SQ05b");
}
TEST(ServingValidation,
     SQ06aDeepSeekV3EightH200SglangDpAttentionBf16LabelEagerPoisson8Qps2400PromptsMedianTtft) {
  check("SQ06a");
}
TEST(ServingValidation,
     SQ06bDeepSeekV3EightH200SglangDpAttentionBf16LabelEagerPoisson8Qps2400PromptsMedianTpot) {
  check("SQ06b");
}
TEST(ServingValidation, SR01aGptOss120BOneA100VllmBurst500In4000Out135Throughput) {
  check("SR01a");
}
TEST(ServingValidation, SR01bGptOss120BOneA100VllmBurst500In4000Out135MeanTtft) { check("SR01b"); }
TEST(ServingValidation, SR01cGptOss120BOneA100VllmBurst500In4000Out135MeanTpot) { check("SR01c"); }
TEST(ServingValidation, SR02aGptOss120BOneA100VllmAsyncBudget4096Burst500In4000Out136Throughput) {
  check("SR02a");
}
TEST(ServingValidation, SR02bGptOss120BOneA100VllmAsyncBudget4096Burst500In4000Out136MeanTtft) {
  check("SR02b");
}
TEST(ServingValidation, SR02cGptOss120BOneA100VllmAsyncBudget4096Burst500In4000Out136MeanTpot) {
  check("SR02c");
}
TEST(ServingValidation, SR03aGptOss120BOneA100VllmBurst500In2000Out98Throughput) { check("SR03a"); }
TEST(ServingValidation, SR03bGptOss120BOneA100VllmBurst500In2000Out98MeanTtft) { check("SR03b"); }
TEST(ServingValidation, SR03cGptOss120BOneA100VllmBurst500In2000Out98MeanTpot) { check("SR03c"); }
TEST(ServingValidation, SR04aGptOss120BOneA100VllmBurst100In32000Out100Throughput) {
  check("SR04a");
}
TEST(ServingValidation, SR04bGptOss120BOneA100VllmBurst100In32000Out100MeanTtft) { check("SR04b"); }
TEST(ServingValidation, SR04cGptOss120BOneA100VllmBurst100In32000Out100MeanTpot) { check("SR04c"); }
TEST(ServingValidation, SR05aGptOss120BOneA100VllmBurst1000In128Out4Throughput) { check("SR05a"); }
TEST(ServingValidation, SR05bGptOss120BOneA100VllmBurst1000In128Out4MeanTtft) { check("SR05b"); }
TEST(ServingValidation, SR05cGptOss120BOneA100VllmBurst1000In128Out4MeanTpot) { check("SR05c"); }
TEST(ServingValidation, SR07DeepSeekR1FourGb200Nvfp4TrtllmBenchOffline6144In1024Out1024Throughput) {
  check("SR07");
}
TEST(ServingValidation, SR13Llama318BOneH200VllmStaticBatch8In32Out128Latency) { check("SR13"); }
TEST(ServingValidation, SR14Llama370BFourH200VllmStaticBatch8In32Out128Latency) { check("SR14"); }
TEST(ServingValidation, SR15Mixtral8x7BTwoH200VllmStaticBatch8In32Out128Latency) { check("SR15"); }
TEST(ServingValidation, ST11Gemma227BOneH100VllmV1HybridAllocatorOffline50In6144Out1024Throughput) {
  check("ST11");
}
TEST(ServingValidation, ST13aGptOss20BOneH100SglangClosed32In512Out1024Throughput) {
  check("ST13a");
}
TEST(ServingValidation, ST13bGptOss20BOneH100SglangClosed32In512Out1024MeanTtft) { check("ST13b"); }
TEST(ServingValidation, ST13cGptOss20BOneH100SglangClosed32In512Out1024MeanE2e) { check("ST13c"); }
TEST(ServingValidation, ST14aGptOss20BOneH100SglangClosed4In512Out1024Throughput) {
  check("ST14a");
}
TEST(ServingValidation, ST14bGptOss20BOneH100SglangClosed4In512Out1024MeanTtft) { check("ST14b"); }
TEST(ServingValidation, ST14cGptOss20BOneH100SglangClosed4In512Out1024MeanE2e) { check("ST14c"); }
TEST(ServingValidation, SV03aDeepSeekV3EightH20SglangConcurrency8Random1024Out512Throughput) {
  check("SV03a");
}
TEST(ServingValidation, SV03bDeepSeekV3EightH20SglangConcurrency8Random1024Out512MeanTtft) {
  check("SV03b");
}
TEST(ServingValidation, SV03cDeepSeekV3EightH20SglangConcurrency8Random1024Out512MeanItl) {
  check("SV03c");
}
TEST(ServingValidation, SV04aQwen330BA3BOneH100VllmClosed10In2048Out1024Throughput) {
  check("SV04a");
}
TEST(ServingValidation, SV04bQwen330BA3BOneH100VllmClosed10In2048Out1024MeanTtft) {
  check("SV04b");
}
TEST(ServingValidation, SV04cQwen330BA3BOneH100VllmClosed10In2048Out1024MeanTpot) {
  check("SV04c");
}
TEST(ServingValidation, SW04DeepSeekV31EightH200VllmClosed16In1Out100Throughput) { check("SW04"); }
TEST(ServingValidation, SW06DeepSeekV3BaseEightMi300xSglangStaticBatch32In128Out32PrefillLatency) {
  check("SW06");
}
TEST(ServingValidation, SX15aLlama31405BEightMi300xVllmBurst64In508Out150Throughput) {
  check("SX15a");
}
TEST(ServingValidation, SX15bLlama31405BEightMi300xVllmBurst64In508Out150MeanTtft) {
  check("SX15b");
}
TEST(ServingValidation, SX15cLlama31405BEightMi300xVllmBurst64In508Out150MeanTpot) {
  check("SX15c");
}
TEST(ServingValidation, SY06aMinistral314BOneMi300xConcurrency16Throughput) { check("SY06a"); }
TEST(ServingValidation, SY06bMinistral314BOneMi300xConcurrency16MeanTtft) { check("SY06b"); }
TEST(ServingValidation, SY06cMinistral314BOneMi300xConcurrency16MeanTpot) { check("SY06c"); }
TEST(ServingValidation, SY07aMinistral314BOneMi300xConcurrency100Throughput) { check("SY07a"); }
TEST(ServingValidation, SY07bMinistral314BOneMi300xConcurrency100MeanTtft) { check("SY07b"); }
TEST(ServingValidation, SY07cMinistral314BOneMi300xConcurrency100MeanTpot) { check("SY07c"); }
TEST(ServingValidation, SY08bMinistral314BOneMi300xConcurrency1MedianTtft) { check("SY08b"); }
TEST(ServingValidation, SY08cMinistral314BOneMi300xConcurrency1MeanTpot) { check("SY08c"); }
TEST(ServingValidation, SY09aErnie4521BA3BOneMi300xConcurrency100Throughput) { check("SY09a"); }
TEST(ServingValidation, SY09bErnie4521BA3BOneMi300xConcurrency100MeanTtft) { check("SY09b"); }
TEST(ServingValidation, SY09cErnie4521BA3BOneMi300xConcurrency100MeanTpot) { check("SY09c"); }
TEST(ServingValidation, SZ01aLlama318BEightMi300xSglangBurst4000In128Out128Throughput) {
  check("SZ01a");
}
TEST(ServingValidation, SZ01bLlama318BEightMi300xSglangBurst4000In128Out128MeanTtft) {
  check("SZ01b");
}
TEST(ServingValidation, SZ01cLlama318BEightMi300xSglangBurst4000In128Out128MeanTpot) {
  check("SZ01c");
}
TEST(ServingValidation, TA01aDeepSeekR1EightH200SglangPoisson50In1000Out2000Throughput) {
  check("TA01a");
}
TEST(ServingValidation, TA01bDeepSeekR1EightH200SglangPoisson50In1000Out2000MeanTtft) {
  check("TA01b");
}
TEST(ServingValidation, TA01cDeepSeekR1EightH200SglangPoisson50In1000Out2000MeanItl) {
  check("TA01c");
}
TEST(ServingValidation, TA02aDeepSeekR1EightH200SglangPoisson50In5000Out1000Throughput) {
  check("TA02a");
}
TEST(ServingValidation, TA02bDeepSeekR1EightH200SglangPoisson50In5000Out1000MeanTtft) {
  check("TA02b");
}
TEST(ServingValidation, TA02cDeepSeekR1EightH200SglangPoisson50In5000Out1000MeanItl) {
  check("TA02c");
}
TEST(ServingValidation, TA03aDeepSeekR1EightH200SglangPoisson50In10000Out500Throughput) {
  check("TA03a");
}
TEST(ServingValidation, TA03bDeepSeekR1EightH200SglangPoisson50In10000Out500MeanTtft) {
  check("TA03b");
}
TEST(ServingValidation, TA03cDeepSeekR1EightH200SglangPoisson50In10000Out500MeanItl) {
  check("TA03c");
}
TEST(ServingValidation, TA04aDeepSeekR1EightH200SglangPoisson50In30000Out100Throughput) {
  check("TA04a");
}
TEST(ServingValidation, TA04bDeepSeekR1EightH200SglangPoisson50In30000Out100MeanTtft) {
  check("TA04b");
}
TEST(ServingValidation, TA04cDeepSeekR1EightH200SglangPoisson50In30000Out100MeanItl) {
  check("TA04c");
}
TEST(ServingValidation, TA05aDeepSeekR1EightH200VllmPoisson50In1000Out2000Throughput) {
  check("TA05a");
}
TEST(ServingValidation, TA05bDeepSeekR1EightH200VllmPoisson50In1000Out2000MeanTtft) {
  check("TA05b");
}
TEST(ServingValidation, TA05cDeepSeekR1EightH200VllmPoisson50In1000Out2000MeanItl) {
  check("TA05c");
}
TEST(ServingValidation, TA06aDeepSeekR1EightH200VllmPoisson50In5000Out1000Throughput) {
  check("TA06a");
}
TEST(ServingValidation, TA06bDeepSeekR1EightH200VllmPoisson50In5000Out1000MeanTtft) {
  check("TA06b");
}
TEST(ServingValidation, TA06cDeepSeekR1EightH200VllmPoisson50In5000Out1000MeanItl) {
  check("TA06c");
}
TEST(ServingValidation, TA07aDeepSeekR1EightH200VllmPoisson50In10000Out500Throughput) {
  check("TA07a");
}
TEST(ServingValidation, TA07bDeepSeekR1EightH200VllmPoisson50In10000Out500MeanTtft) {
  check("TA07b");
}
TEST(ServingValidation, TA07cDeepSeekR1EightH200VllmPoisson50In10000Out500MeanItl) {
  check("TA07c");
}
TEST(ServingValidation, TA08aDeepSeekR1EightH200VllmPoisson50In30000Out100Throughput) {
  check("TA08a");
}
TEST(ServingValidation, TA08bDeepSeekR1EightH200VllmPoisson50In30000Out100MeanTtft) {
  check("TA08b");
}
TEST(ServingValidation, TA08cDeepSeekR1EightH200VllmPoisson50In30000Out100MeanItl) {
  check("TA08c");
}
TEST(ServingValidation, TA09aDeepSeekR1EightH200SglangPoisson200In1000Out2000Throughput) {
  check("TA09a");
}
TEST(ServingValidation, TA09bDeepSeekR1EightH200SglangPoisson200In1000Out2000MeanTtft) {
  check("TA09b");
}
TEST(ServingValidation, TA09cDeepSeekR1EightH200SglangPoisson200In1000Out2000MeanItl) {
  check("TA09c");
}
TEST(ServingValidation, TA10aDeepSeekR1EightH200SglangPoisson200In5000Out1000Throughput) {
  check("TA10a");
}
TEST(ServingValidation, TA10bDeepSeekR1EightH200SglangPoisson200In5000Out1000MeanTtft) {
  check("TA10b");
}
TEST(ServingValidation, TA10cDeepSeekR1EightH200SglangPoisson200In5000Out1000MeanItl) {
  check("TA10c");
}
TEST(ServingValidation, TA11aDeepSeekR1EightH200SglangPoisson200In10000Out500Throughput) {
  check("TA11a");
}
TEST(ServingValidation, TA11bDeepSeekR1EightH200SglangPoisson200In10000Out500MeanTtft) {
  check("TA11b");
}
TEST(ServingValidation, TA11cDeepSeekR1EightH200SglangPoisson200In10000Out500MeanItl) {
  check("TA11c");
}
TEST(ServingValidation, TA12aDeepSeekR1EightH200SglangPoisson200In30000Out100Throughput) {
  check("TA12a");
}
TEST(ServingValidation, TA12bDeepSeekR1EightH200SglangPoisson200In30000Out100MeanTtft) {
  check("TA12b");
}
TEST(ServingValidation, TA12cDeepSeekR1EightH200SglangPoisson200In30000Out100MeanItl) {
  check("TA12c");
}
TEST(ServingValidation, TA13aDeepSeekR1EightH200VllmPoisson200In1000Out2000Throughput) {
  check("TA13a");
}
TEST(ServingValidation, TA13bDeepSeekR1EightH200VllmPoisson200In1000Out2000MeanTtft) {
  check("TA13b");
}
TEST(ServingValidation, TA13cDeepSeekR1EightH200VllmPoisson200In1000Out2000MeanItl) {
  check("TA13c");
}
TEST(ServingValidation, TA14aDeepSeekR1EightH200VllmPoisson200In5000Out1000Throughput) {
  check("TA14a");
}
TEST(ServingValidation, TA14bDeepSeekR1EightH200VllmPoisson200In5000Out1000MeanTtft) {
  check("TA14b");
}
TEST(ServingValidation, TA14cDeepSeekR1EightH200VllmPoisson200In5000Out1000MeanItl) {
  check("TA14c");
}
TEST(ServingValidation, TA15aDeepSeekR1EightH200VllmPoisson200In10000Out500Throughput) {
  check("TA15a");
}
TEST(ServingValidation, TA15bDeepSeekR1EightH200VllmPoisson200In10000Out500MeanTtft) {
  check("TA15b");
}
TEST(ServingValidation, TA15cDeepSeekR1EightH200VllmPoisson200In10000Out500MeanItl) {
  check("TA15c");
}
TEST(ServingValidation, TA16aDeepSeekR1EightH200VllmPoisson200In30000Out100Throughput) {
  check("TA16a");
}
TEST(ServingValidation, TA16bDeepSeekR1EightH200VllmPoisson200In30000Out100MeanTtft) {
  check("TA16b");
}
TEST(ServingValidation, TA16cDeepSeekR1EightH200VllmPoisson200In30000Out100MeanItl) {
  check("TA16c");
}
TEST(ServingValidation, TB01aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB01a"); }
TEST(ServingValidation, TB01bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB01b"); }
TEST(ServingValidation, TB01cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB01c"); }
TEST(ServingValidation, TB02aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB02a"); }
TEST(ServingValidation, TB02bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB02b"); }
TEST(ServingValidation, TB02cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB02c"); }
TEST(ServingValidation, TB03aDeepSeekR1EightH200In10000Out500Throughput) { check("TB03a"); }
TEST(ServingValidation, TB03bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB03b"); }
TEST(ServingValidation, TB03cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB03c"); }
TEST(ServingValidation, TB04aDeepSeekR1EightH200In30000Out100Throughput) { check("TB04a"); }
TEST(ServingValidation, TB04bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB04b"); }
TEST(ServingValidation, TB04cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB04c"); }
TEST(ServingValidation, TB05aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB05a"); }
TEST(ServingValidation, TB05bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB05b"); }
TEST(ServingValidation, TB05cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB05c"); }
TEST(ServingValidation, TB06aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB06a"); }
TEST(ServingValidation, TB06bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB06b"); }
TEST(ServingValidation, TB06cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB06c"); }
TEST(ServingValidation, TB07aDeepSeekR1EightH200In10000Out500Throughput) { check("TB07a"); }
TEST(ServingValidation, TB07bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB07b"); }
TEST(ServingValidation, TB07cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB07c"); }
TEST(ServingValidation, TB08aDeepSeekR1EightH200In30000Out100Throughput) { check("TB08a"); }
TEST(ServingValidation, TB08bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB08b"); }
TEST(ServingValidation, TB08cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB08c"); }
TEST(ServingValidation, TB09aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB09a"); }
TEST(ServingValidation, TB09bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB09b"); }
TEST(ServingValidation, TB09cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB09c"); }
TEST(ServingValidation, TB10aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB10a"); }
TEST(ServingValidation, TB10bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB10b"); }
TEST(ServingValidation, TB10cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB10c"); }
TEST(ServingValidation, TB11aDeepSeekR1EightH200In10000Out500Throughput) { check("TB11a"); }
TEST(ServingValidation, TB11bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB11b"); }
TEST(ServingValidation, TB11cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB11c"); }
TEST(ServingValidation, TB12aDeepSeekR1EightH200In30000Out100Throughput) { check("TB12a"); }
TEST(ServingValidation, TB12bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB12b"); }
TEST(ServingValidation, TB12cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB12c"); }
TEST(ServingValidation, TB13aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB13a"); }
TEST(ServingValidation, TB13bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB13b"); }
TEST(ServingValidation, TB13cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB13c"); }
TEST(ServingValidation, TB14aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB14a"); }
TEST(ServingValidation, TB14bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB14b"); }
TEST(ServingValidation, TB14cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB14c"); }
TEST(ServingValidation, TB15aDeepSeekR1EightH200In10000Out500Throughput) { check("TB15a"); }
TEST(ServingValidation, TB15bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB15b"); }
TEST(ServingValidation, TB15cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB15c"); }
TEST(ServingValidation, TB16aDeepSeekR1EightH200In30000Out100Throughput) { check("TB16a"); }
TEST(ServingValidation, TB16bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB16b"); }
TEST(ServingValidation, TB16cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB16c"); }
TEST(ServingValidation, TB17aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB17a"); }
TEST(ServingValidation, TB17bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB17b"); }
TEST(ServingValidation, TB17cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB17c"); }
TEST(ServingValidation, TB18aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB18a"); }
TEST(ServingValidation, TB18bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB18b"); }
TEST(ServingValidation, TB18cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB18c"); }
TEST(ServingValidation, TB19aDeepSeekR1EightH200In10000Out500Throughput) { check("TB19a"); }
TEST(ServingValidation, TB19bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB19b"); }
TEST(ServingValidation, TB19cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB19c"); }
TEST(ServingValidation, TB20aDeepSeekR1EightH200In30000Out100Throughput) { check("TB20a"); }
TEST(ServingValidation, TB20bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB20b"); }
TEST(ServingValidation, TB20cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB20c"); }
TEST(ServingValidation, TB21aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB21a"); }
TEST(ServingValidation, TB21bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB21b"); }
TEST(ServingValidation, TB21cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB21c"); }
TEST(ServingValidation, TB22aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB22a"); }
TEST(ServingValidation, TB22bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB22b"); }
TEST(ServingValidation, TB22cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB22c"); }
TEST(ServingValidation, TB23aDeepSeekR1EightH200In10000Out500Throughput) { check("TB23a"); }
TEST(ServingValidation, TB23bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB23b"); }
TEST(ServingValidation, TB23cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB23c"); }
TEST(ServingValidation, TB24aDeepSeekR1EightH200In30000Out100Throughput) { check("TB24a"); }
TEST(ServingValidation, TB24bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB24b"); }
TEST(ServingValidation, TB24cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB24c"); }
TEST(ServingValidation, TB25aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB25a"); }
TEST(ServingValidation, TB25bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB25b"); }
TEST(ServingValidation, TB25cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB25c"); }
TEST(ServingValidation, TB26aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB26a"); }
TEST(ServingValidation, TB26bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB26b"); }
TEST(ServingValidation, TB26cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB26c"); }
TEST(ServingValidation, TB27aDeepSeekR1EightH200In10000Out500Throughput) { check("TB27a"); }
TEST(ServingValidation, TB27bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB27b"); }
TEST(ServingValidation, TB27cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB27c"); }
TEST(ServingValidation, TB28aDeepSeekR1EightH200In30000Out100Throughput) { check("TB28a"); }
TEST(ServingValidation, TB28bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB28b"); }
TEST(ServingValidation, TB28cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB28c"); }
TEST(ServingValidation, TB29aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB29a"); }
TEST(ServingValidation, TB29bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB29b"); }
TEST(ServingValidation, TB29cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB29c"); }
TEST(ServingValidation, TB30aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB30a"); }
TEST(ServingValidation, TB30bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB30b"); }
TEST(ServingValidation, TB30cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB30c"); }
TEST(ServingValidation, TB31aDeepSeekR1EightH200In10000Out500Throughput) { check("TB31a"); }
TEST(ServingValidation, TB31bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB31b"); }
TEST(ServingValidation, TB31cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB31c"); }
TEST(ServingValidation, TB32aDeepSeekR1EightH200In30000Out100Throughput) { check("TB32a"); }
TEST(ServingValidation, TB32bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB32b"); }
TEST(ServingValidation, TB32cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB32c"); }
TEST(ServingValidation, TB33aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB33a"); }
TEST(ServingValidation, TB33bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB33b"); }
TEST(ServingValidation, TB33cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB33c"); }
TEST(ServingValidation, TB34aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB34a"); }
TEST(ServingValidation, TB34bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB34b"); }
TEST(ServingValidation, TB34cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB34c"); }
TEST(ServingValidation, TB35aDeepSeekR1EightH200In10000Out500Throughput) { check("TB35a"); }
TEST(ServingValidation, TB35bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB35b"); }
TEST(ServingValidation, TB35cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB35c"); }
TEST(ServingValidation, TB36aDeepSeekR1EightH200In30000Out100Throughput) { check("TB36a"); }
TEST(ServingValidation, TB36bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB36b"); }
TEST(ServingValidation, TB36cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB36c"); }
TEST(ServingValidation, TB37aDeepSeekR1EightH200In1000Out2000Throughput) { check("TB37a"); }
TEST(ServingValidation, TB37bDeepSeekR1EightH200In1000Out2000MeanTtft) { check("TB37b"); }
TEST(ServingValidation, TB37cDeepSeekR1EightH200In1000Out2000MeanTpot) { check("TB37c"); }
TEST(ServingValidation, TB38aDeepSeekR1EightH200In5000Out1000Throughput) { check("TB38a"); }
TEST(ServingValidation, TB38bDeepSeekR1EightH200In5000Out1000MeanTtft) { check("TB38b"); }
TEST(ServingValidation, TB38cDeepSeekR1EightH200In5000Out1000MeanTpot) { check("TB38c"); }
TEST(ServingValidation, TB39aDeepSeekR1EightH200In10000Out500Throughput) { check("TB39a"); }
TEST(ServingValidation, TB39bDeepSeekR1EightH200In10000Out500MeanTtft) { check("TB39b"); }
TEST(ServingValidation, TB39cDeepSeekR1EightH200In10000Out500MeanTpot) { check("TB39c"); }
TEST(ServingValidation, TB40aDeepSeekR1EightH200In30000Out100Throughput) { check("TB40a"); }
TEST(ServingValidation, TB40bDeepSeekR1EightH200In30000Out100MeanTtft) { check("TB40b"); }
TEST(ServingValidation, TB40cDeepSeekR1EightH200In30000Out100MeanTpot) { check("TB40c"); }
TEST(ServingValidation, TC34aQwen27BOneA100Util25Burst1Throughput) { check("TC34a"); }
TEST(ServingValidation, TC34bQwen27BOneA100Util25Burst1MeanTtft) { check("TC34b"); }
TEST(ServingValidation, TC34cQwen27BOneA100Util25Burst1MeanTpot) { check("TC34c"); }
TEST(ServingValidation, TC35aQwen27BOneA100Util25Burst10Throughput) { check("TC35a"); }
TEST(ServingValidation, TC35bQwen27BOneA100Util25Burst10MeanTtft) { check("TC35b"); }
TEST(ServingValidation, TC35cQwen27BOneA100Util25Burst10MeanTpot) { check("TC35c"); }
TEST(ServingValidation, TC36aQwen27BOneA100Util25Burst20Throughput) { check("TC36a"); }
TEST(ServingValidation, TC36bQwen27BOneA100Util25Burst20MeanTtft) { check("TC36b"); }
TEST(ServingValidation, TC36cQwen27BOneA100Util25Burst20MeanTpot) { check("TC36c"); }
TEST(ServingValidation, TC37aQwen27BOneA100Util25Burst30Throughput) { check("TC37a"); }
TEST(ServingValidation, TC37bQwen27BOneA100Util25Burst30MeanTtft) { check("TC37b"); }
TEST(ServingValidation, TC37cQwen27BOneA100Util25Burst30MeanTpot) { check("TC37c"); }
TEST(ServingValidation, TC38aQwen27BOneA100Util25Burst50Throughput) { check("TC38a"); }
TEST(ServingValidation, TC38bQwen27BOneA100Util25Burst50MeanTtft) { check("TC38b"); }
TEST(ServingValidation, TC38cQwen27BOneA100Util25Burst50MeanTpot) { check("TC38c"); }
TEST(ServingValidation, TC39aQwen27BOneA100Util25Burst75Throughput) { check("TC39a"); }
TEST(ServingValidation, TC39bQwen27BOneA100Util25Burst75MeanTtft) { check("TC39b"); }
TEST(ServingValidation, TC39cQwen27BOneA100Util25Burst75MeanTpot) { check("TC39c"); }
TEST(ServingValidation, TC40aQwen27BOneA100Util25Burst100Throughput) { check("TC40a"); }
TEST(ServingValidation, TC40bQwen27BOneA100Util25Burst100MeanTtft) { check("TC40b"); }
TEST(ServingValidation, TC40cQwen27BOneA100Util25Burst100MeanTpot) { check("TC40c"); }
TEST(ServingValidation, TC41aQwen27BOneA100Util25Burst200Throughput) { check("TC41a"); }
TEST(ServingValidation, TC41bQwen27BOneA100Util25Burst200MeanTtft) { check("TC41b"); }
TEST(ServingValidation, TC41cQwen27BOneA100Util25Burst200MeanTpot) { check("TC41c"); }
TEST(ServingValidation, TC42aQwen27BOneA100Util25Burst500Throughput) { check("TC42a"); }
TEST(ServingValidation, TC42bQwen27BOneA100Util25Burst500MeanTtft) { check("TC42b"); }
TEST(ServingValidation, TC42cQwen27BOneA100Util25Burst500MeanTpot) { check("TC42c"); }
TEST(ServingValidation, TC43aQwen27BOneA100Util50Burst1Throughput) { check("TC43a"); }
TEST(ServingValidation, TC43bQwen27BOneA100Util50Burst1MeanTtft) { check("TC43b"); }
TEST(ServingValidation, TC43cQwen27BOneA100Util50Burst1MeanTpot) { check("TC43c"); }
TEST(ServingValidation, TC44aQwen27BOneA100Util50Burst10Throughput) { check("TC44a"); }
TEST(ServingValidation, TC44bQwen27BOneA100Util50Burst10MeanTtft) { check("TC44b"); }
TEST(ServingValidation, TC44cQwen27BOneA100Util50Burst10MeanTpot) { check("TC44c"); }
TEST(ServingValidation, TC45aQwen27BOneA100Util50Burst20Throughput) { check("TC45a"); }
TEST(ServingValidation, TC45bQwen27BOneA100Util50Burst20MeanTtft) { check("TC45b"); }
TEST(ServingValidation, TC45cQwen27BOneA100Util50Burst20MeanTpot) { check("TC45c"); }
TEST(ServingValidation, TC46aQwen27BOneA100Util50Burst30Throughput) { check("TC46a"); }
TEST(ServingValidation, TC46bQwen27BOneA100Util50Burst30MeanTtft) { check("TC46b"); }
TEST(ServingValidation, TC46cQwen27BOneA100Util50Burst30MeanTpot) { check("TC46c"); }
TEST(ServingValidation, TC47aQwen27BOneA100Util50Burst50Throughput) { check("TC47a"); }
TEST(ServingValidation, TC47bQwen27BOneA100Util50Burst50MeanTtft) { check("TC47b"); }
TEST(ServingValidation, TC47cQwen27BOneA100Util50Burst50MeanTpot) { check("TC47c"); }
TEST(ServingValidation, TC48aQwen27BOneA100Util50Burst75Throughput) { check("TC48a"); }
TEST(ServingValidation, TC48bQwen27BOneA100Util50Burst75MeanTtft) { check("TC48b"); }
TEST(ServingValidation, TC48cQwen27BOneA100Util50Burst75MeanTpot) { check("TC48c"); }
TEST(ServingValidation, TC49aQwen27BOneA100Util50Burst100Throughput) { check("TC49a"); }
TEST(ServingValidation, TC49bQwen27BOneA100Util50Burst100MeanTtft) { check("TC49b"); }
TEST(ServingValidation, TC49cQwen27BOneA100Util50Burst100MeanTpot) { check("TC49c"); }
TEST(ServingValidation, TC50aQwen27BOneA100Util50Burst200Throughput) { check("TC50a"); }
TEST(ServingValidation, TC50bQwen27BOneA100Util50Burst200MeanTtft) { check("TC50b"); }
TEST(ServingValidation, TC50cQwen27BOneA100Util50Burst200MeanTpot) { check("TC50c"); }
TEST(ServingValidation, TC51aQwen27BOneA100Util50Burst500Throughput) { check("TC51a"); }
TEST(ServingValidation, TC51bQwen27BOneA100Util50Burst500MeanTtft) { check("TC51b"); }
TEST(ServingValidation, TC51cQwen27BOneA100Util50Burst500MeanTpot) { check("TC51c"); }
TEST(ServingValidation, TD01aLlama318BOneMi355xSglangPoisson8Throughput) { check("TD01a"); }
TEST(ServingValidation, TD01bLlama318BOneMi355xSglangPoisson8MeanTtft) { check("TD01b"); }
TEST(ServingValidation, TD01cLlama318BOneMi355xSglangPoisson8MeanE2e) { check("TD01c"); }
TEST(ServingValidation, TD02Llama3370BOneB300Fp4Trt120In1024Out1024) { check("TD02"); }
TEST(ServingValidation, TD03Llama3370BOneGb300Fp4Trt120In1024Out8192) { check("TD03"); }
TEST(ServingValidation, TD06Qwen330BA3BOneB200Fp4Trt120In8192Out1024) { check("TD06"); }
TEST(ServingValidation, TD07Qwen3235BFourH200Fp8Dep4Trt120In1024Out1024) { check("TD07"); }
TEST(ServingValidation, TD08Qwen3235BFourB300Fp4Dep4Trt120In1024Out8192) { check("TD08"); }
TEST(ServingValidation, TD09Llama318BOneH100Fp8Trt021In1000Out1000) { check("TD09"); }
TEST(ServingValidation, TD10Llama318BOneH200Fp8Trt021In20000Out2000) { check("TD10"); }
TEST(ServingValidation, TD11Llama3370BTwoH100Fp8Trt021In500Out2000) { check("TD11"); }
TEST(ServingValidation, TD12Llama31405BFourB200Fp4Trt021In1000Out1000) { check("TD12"); }
TEST(ServingValidation, TD13Llama31405BEightH200Fp8Trt021In2048Out2048) { check("TD13"); }
TEST(ServingValidation, TD14Llama3370BTwoB200Fp4Trt020In1000Out2000) { check("TD14"); }
TEST(ServingValidation, TD15Llama3370BFourH200Fp8Trt020In1000Out1000) { check("TD15"); }
TEST(ServingValidation, TD17Llama3370BFourH100Fp8Trt020In2048Out128) { check("TD17"); }
TEST(ServingValidation, TD18Llama3170BOneH100Fp8Trt019In128Out2048) { check("TD18"); }
TEST(ServingValidation, TD19Llama3170BOneH200Fp8Trt019In1000Out1000) { check("TD19"); }
TEST(ServingValidation, TD20Llama3370BEightB200Fp4Trt019In20000Out2000) { check("TD20"); }
TEST(ServingValidation, TE01TrtPerfOverviewOffline) { check("TE01"); }
TEST(ServingValidation, TE02TrtPerfOverviewOffline) { check("TE02"); }
TEST(ServingValidation, TE03TrtPerfOverviewOffline) { check("TE03"); }
TEST(ServingValidation, TE04TrtPerfOverviewOffline) { check("TE04"); }
TEST(ServingValidation, TE05TrtPerfOverviewOffline) { check("TE05"); }
TEST(ServingValidation, TE06TrtPerfOverviewOffline) { check("TE06"); }
TEST(ServingValidation, TE07TrtPerfOverviewOffline) { check("TE07"); }
TEST(ServingValidation, TE08TrtPerfOverviewOffline) { check("TE08"); }
TEST(ServingValidation, TE09TrtPerfOverviewOffline) { check("TE09"); }
TEST(ServingValidation, TE10TrtPerfOverviewOffline) { check("TE10"); }
TEST(ServingValidation, TE11TrtPerfOverviewOffline) { check("TE11"); }
TEST(ServingValidation, TE12TrtPerfOverviewOffline) { check("TE12"); }
TEST(ServingValidation, TE14TrtPerfOverviewOffline) { check("TE14"); }
TEST(ServingValidation, TE15TrtPerfOverviewOffline) { check("TE15"); }
TEST(ServingValidation, TE16TrtPerfOverviewOffline) { check("TE16"); }
TEST(ServingValidation, TE17TrtPerfOverviewOffline) { check("TE17"); }
TEST(ServingValidation, TE18TrtPerfOverviewOffline) { check("TE18"); }
TEST(ServingValidation, TE19TrtPerfOverviewOffline) { check("TE19"); }
TEST(ServingValidation, TE20TrtPerfOverviewOffline) { check("TE20"); }
TEST(ServingValidation, TE21TrtPerfOverviewOffline) { check("TE21"); }
TEST(ServingValidation, TE22TrtPerfOverviewOffline) { check("TE22"); }
TEST(ServingValidation, TE23TrtPerfOverviewOffline) { check("TE23"); }
TEST(ServingValidation, TE24TrtPerfOverviewOffline) { check("TE24"); }
TEST(ServingValidation, TE25TrtPerfOverviewOffline) { check("TE25"); }
TEST(ServingValidation, TE26TrtPerfOverviewOffline) { check("TE26"); }
TEST(ServingValidation, TE27TrtPerfOverviewOffline) { check("TE27"); }
TEST(ServingValidation, TE28TrtPerfOverviewOffline) { check("TE28"); }
TEST(ServingValidation, TE29TrtPerfOverviewOffline) { check("TE29"); }
TEST(ServingValidation, TE30TrtPerfOverviewOffline) { check("TE30"); }
TEST(ServingValidation, TE31TrtPerfOverviewOffline) { check("TE31"); }
TEST(ServingValidation, TF78VllmCiStaticBatch8In32Out128Latency) { check("TF78"); }
TEST(ServingValidation, TF79VllmCiStaticBatch8In32Out128Latency) { check("TF79"); }
TEST(ServingValidation, TF80VllmCiStaticBatch8In32Out128Latency) { check("TF80"); }
TEST(ServingValidation, TF81VllmCiStaticBatch8In32Out128Latency) { check("TF81"); }
TEST(ServingValidation, TF82VllmCiStaticBatch8In32Out128Latency) { check("TF82"); }
TEST(ServingValidation, TF83VllmCiStaticBatch8In32Out128Latency) { check("TF83"); }
TEST(ServingValidation, TG16Llama31405BEightMi300xVllm073Offline1500In128Out2048Throughput) {
  check("TG16");
}
TEST(ServingValidation, TG17Llama31405BEightMi300xVllm073Offline1500In128Out4096Throughput) {
  check("TG17");
}
TEST(ServingValidation, TG20Llama3170BEightMi300xVllm073Batch1In128Out2048Latency) {
  check("TG20");
}
TEST(ServingValidation, TG21Llama3170BEightMi300xVllm073Batch2In128Out2048Latency) {
  check("TG21");
}
TEST(ServingValidation, TG22Llama3170BEightMi300xVllm073Batch4In128Out2048Latency) {
  check("TG22");
}
TEST(ServingValidation, TG23Llama3170BEightMi300xVllm073Batch8In128Out2048Latency) {
  check("TG23");
}
TEST(ServingValidation, TG24Llama3170BEightMi300xVllm073Batch16In128Out2048Latency) {
  check("TG24");
}
TEST(ServingValidation, TG25Llama3170BEightMi300xVllm073Batch32In128Out2048Latency) {
  check("TG25");
}
TEST(ServingValidation, TG26Llama3170BEightMi300xVllm073Batch64In128Out2048Latency) {
  check("TG26");
}
TEST(ServingValidation, TG27Llama3170BEightMi300xVllm073Batch128In128Out2048Latency) {
  check("TG27");
}
TEST(ServingValidation, TG28Llama3170BEightMi300xVllm073Batch1In2048Out2048Latency) {
  check("TG28");
}
TEST(ServingValidation, TG29Llama3170BEightMi300xVllm073Batch2In2048Out2048Latency) {
  check("TG29");
}
TEST(ServingValidation, TG30Llama3170BEightMi300xVllm073Batch4In2048Out2048Latency) {
  check("TG30");
}
TEST(ServingValidation, TG31Llama3170BEightMi300xVllm073Batch8In2048Out2048Latency) {
  check("TG31");
}
TEST(ServingValidation, TG32Llama3170BEightMi300xVllm073Batch16In2048Out2048Latency) {
  check("TG32");
}
TEST(ServingValidation, TG33Llama3170BEightMi300xVllm073Batch32In2048Out2048Latency) {
  check("TG33");
}
TEST(ServingValidation, TG34Llama3170BEightMi300xVllm073Batch64In2048Out2048Latency) {
  check("TG34");
}
TEST(ServingValidation, TG35Llama3170BEightMi300xVllm073Batch128In2048Out2048Latency) {
  check("TG35");
}
TEST(ServingValidation, TG36Llama31405BEightMi300xVllm073Batch1In128Out2048Latency) {
  check("TG36");
}
TEST(ServingValidation, TG37Llama31405BEightMi300xVllm073Batch2In128Out2048Latency) {
  check("TG37");
}
TEST(ServingValidation, TG38Llama31405BEightMi300xVllm073Batch4In128Out2048Latency) {
  check("TG38");
}
TEST(ServingValidation, TG39Llama31405BEightMi300xVllm073Batch8In128Out2048Latency) {
  check("TG39");
}
TEST(ServingValidation, TG40Llama31405BEightMi300xVllm073Batch16In128Out2048Latency) {
  check("TG40");
}
TEST(ServingValidation, TG41Llama31405BEightMi300xVllm073Batch32In128Out2048Latency) {
  check("TG41");
}
TEST(ServingValidation, TG42Llama31405BEightMi300xVllm073Batch64In128Out2048Latency) {
  check("TG42");
}
TEST(ServingValidation, TG43Llama31405BEightMi300xVllm073Batch128In128Out2048Latency) {
  check("TG43");
}
TEST(ServingValidation, TG44Llama31405BEightMi300xVllm073Batch1In2048Out2048Latency) {
  check("TG44");
}
TEST(ServingValidation, TG45Llama31405BEightMi300xVllm073Batch2In2048Out2048Latency) {
  check("TG45");
}
TEST(ServingValidation, TG46Llama31405BEightMi300xVllm073Batch4In2048Out2048Latency) {
  check("TG46");
}
TEST(ServingValidation, TG47Llama31405BEightMi300xVllm073Batch8In2048Out2048Latency) {
  check("TG47");
}
TEST(ServingValidation, TG48Llama31405BEightMi300xVllm073Batch16In2048Out2048Latency) {
  check("TG48");
}
TEST(ServingValidation, TG49Llama31405BEightMi300xVllm073Batch32In2048Out2048Latency) {
  check("TG49");
}
TEST(ServingValidation, TG50Llama31405BEightMi300xVllm073Batch64In2048Out2048Latency) {
  check("TG50");
}
TEST(ServingValidation, TG51Llama31405BEightMi300xVllm073Batch128In2048Out2048Latency) {
  check("TG51");
}
TEST(ServingValidation, TH01Llama38BOneH100VllmOffline1000In256Out256Throughput) { check("TH01"); }
TEST(ServingValidation, TI01Llama27BOneH100TrtStaticBatch64In2048Out128Throughput) {
  check("TI01");
}
TEST(ServingValidation, TJ01Mixtral8x7BEightH100VllmV0StaticBatch1Latency) { check("TJ01"); }
TEST(ServingValidation, TJ02Mixtral8x7BEightH100VllmV0StaticBatch2Latency) { check("TJ02"); }
TEST(ServingValidation, TJ03Mixtral8x7BEightH100VllmV0StaticBatch4Latency) { check("TJ03"); }
TEST(ServingValidation, TJ04Mixtral8x7BEightH100VllmV0StaticBatch8Latency) { check("TJ04"); }
TEST(ServingValidation, TJ05Mixtral8x7BEightH100VllmV0StaticBatch16Latency) { check("TJ05"); }
TEST(ServingValidation, TJ06Mixtral8x7BEightH100VllmV0StaticBatch32Latency) { check("TJ06"); }
TEST(ServingValidation, TJ07Mixtral8x7BEightH100VllmV0StaticBatch64Latency) { check("TJ07"); }
TEST(ServingValidation, TJ08Mixtral8x7BTwoA100VllmV0StaticBatch1Latency) { check("TJ08"); }
TEST(ServingValidation, TJ09Mixtral8x7BTwoA100VllmV0StaticBatch2Latency) { check("TJ09"); }
TEST(ServingValidation, TJ10Mixtral8x7BTwoA100VllmV0StaticBatch4Latency) { check("TJ10"); }
TEST(ServingValidation, TJ11Mixtral8x7BTwoA100VllmV0StaticBatch8Latency) { check("TJ11"); }
TEST(ServingValidation, TJ12Mixtral8x7BTwoA100VllmV0StaticBatch16Latency) { check("TJ12"); }
TEST(ServingValidation, TJ13Mixtral8x7BTwoA100VllmV0StaticBatch32Latency) { check("TJ13"); }
TEST(ServingValidation, TJ14Mixtral8x7BTwoA100VllmV0StaticBatch64Latency) { check("TJ14"); }
TEST(ServingValidation, TJ20Llama270BFourA100VllmV0StaticBatch64Latency) { check("TJ20"); }
TEST(ServingValidation, TK01Llama270BEightA100VllmOfflineIn512Out512PerGpu) { check("TK01"); }
TEST(ServingValidation, TK02Llama270BEightA100VllmOfflineIn1024Out512PerGpu) { check("TK02"); }
TEST(ServingValidation, TK03Llama270BEightA100VllmOfflineIn512Out1024PerGpu) { check("TK03"); }
TEST(ServingValidation, TK07Llama270BEightA100TrtOfflineIn512Out512PerGpu) { check("TK07"); }
TEST(ServingValidation, TK08Llama270BEightA100TrtOfflineIn1024Out512PerGpu) { check("TK08"); }
TEST(ServingValidation, TK09Llama270BEightA100TrtOfflineIn512Out1024PerGpu) { check("TK09"); }
TEST(ServingValidation, TL01Llama38BMI300XTp1StaticBatch64In1024Latency) { check("TL01"); }
TEST(ServingValidation, TL02Llama38BMI300XTp1StaticBatch1In128Latency) { check("TL02"); }
TEST(ServingValidation, TL03Llama270BMI300XTp1StaticBatch16In1024Latency) { check("TL03"); }
TEST(ServingValidation, TL04Llama370BMI300XTp8StaticBatch64In2048Latency) { check("TL04"); }
TEST(ServingValidation, TL05Llama370BMI300XTp8StaticBatch1In128Latency) { check("TL05"); }
TEST(ServingValidation, TL06Mixtral8x7BMI300XTp2StaticBatch32In512Latency) { check("TL06"); }
TEST(ServingValidation, TL07Qwen27BMI300XTp1StaticBatch32In256Latency) { check("TL07"); }
TEST(ServingValidation, TL08Llama38BH100Tp1StaticBatch64In1024Latency) { check("TL08"); }
TEST(ServingValidation, TL09Llama370BH100Tp4StaticBatch32In512Latency) { check("TL09"); }
TEST(ServingValidation, TL10Qwen272BH100Tp4StaticBatch16In1024Latency) { check("TL10"); }
TEST(ServingValidation, TL11Mistral7BH100Tp1StaticBatch1In2048Latency) { check("TL11"); }
TEST(ServingValidation, TL12Llama38BA100Tp1StaticBatch64In1024Latency) { check("TL12"); }
TEST(ServingValidation, TL13Llama270BA100Tp4StaticBatch16In256Latency) { check("TL13"); }
TEST(ServingValidation, TL14Mixtral8x7BA100Tp4StaticBatch32In1024Latency) { check("TL14"); }
TEST(ServingValidation, TO01Llama3370BH200Tp4Poisson1E2e) { check("TO01"); }
TEST(ServingValidation, TO02Llama3370BH200Tp4Poisson2E2e) { check("TO02"); }
TEST(ServingValidation, TO03Llama3370BH200Tp4Poisson16E2e) { check("TO03"); }
TEST(ServingValidation, TP01aDeepSeekR1MI300XEagerBurstThroughput) { check("TP01a"); }
TEST(ServingValidation, TP01bDeepSeekR1MI300XEagerBurstTtft) { check("TP01b"); }
TEST(ServingValidation, TP01cDeepSeekR1MI300XEagerBurstTpot) { check("TP01c"); }
TEST(ServingValidation, TQ01aLlama3170BB200TwoTp4In3000C32Throughput) { check("TQ01a"); }
TEST(ServingValidation, TQ01bLlama3170BB200TwoTp4In3000C32Ttft) { check("TQ01b"); }
TEST(ServingValidation, TQ01cLlama3170BB200TwoTp4In3000C32Itl) { check("TQ01c"); }
TEST(ServingValidation, TQ02aLlama3170BB200FourTp1In3000C16Throughput) { check("TQ02a"); }
TEST(ServingValidation, TQ02bLlama3170BB200FourTp1In3000C16Ttft) { check("TQ02b"); }
TEST(ServingValidation, TQ02cLlama3170BB200FourTp1In3000C16Itl) { check("TQ02c"); }
TEST(ServingValidation, TQ04aLlama3170BB200TwoTp4Budget16384In3000C16Throughput) { check("TQ04a"); }
TEST(ServingValidation, TQ04bLlama3170BB200TwoTp4Budget16384In3000C16Ttft) { check("TQ04b"); }
TEST(ServingValidation, TQ04cLlama3170BB200TwoTp4Budget16384In3000C16Itl) { check("TQ04c"); }
TEST(ServingValidation, TQ05aLlama3170BB200TwoTp4Budget16384In8000C16Throughput) { check("TQ05a"); }
TEST(ServingValidation, TQ05bLlama3170BB200TwoTp4Budget16384In8000C16Ttft) { check("TQ05b"); }
TEST(ServingValidation, TQ05cLlama3170BB200TwoTp4Budget16384In8000C16Itl) { check("TQ05c"); }
TEST(ServingValidation, TR02aLlama3170BB200Dynamo3p1dTp1In3000C16Throughput) { check("TR02a"); }
TEST(ServingValidation, TR02bLlama3170BB200Dynamo3p1dTp1In3000C16Ttft) { check("TR02b"); }
TEST(ServingValidation, TR02cLlama3170BB200Dynamo3p1dTp1In3000C16Itl) { check("TR02c"); }
TEST(ServingValidation, TR08aDeepSeekR1B200Dynamo1p1dIn3000C16Throughput) { check("TR08a"); }
TEST(ServingValidation, TR08bDeepSeekR1B200Dynamo1p1dIn3000C16Ttft) { check("TR08b"); }
TEST(ServingValidation, TR08cDeepSeekR1B200Dynamo1p1dIn3000C16Itl) { check("TR08c"); }
TEST(ServingValidation, TR09aDeepSeekR1B200Dynamo1p1dIn3000C32Throughput) { check("TR09a"); }
TEST(ServingValidation, TR09bDeepSeekR1B200Dynamo1p1dIn3000C32Ttft) { check("TR09b"); }
TEST(ServingValidation, TR09cDeepSeekR1B200Dynamo1p1dIn3000C32Itl) { check("TR09c"); }
TEST(ServingValidation, TR10aDeepSeekR1B200Dynamo1p1dIn8000C16Throughput) { check("TR10a"); }
TEST(ServingValidation, TR10bDeepSeekR1B200Dynamo1p1dIn8000C16Ttft) { check("TR10b"); }
TEST(ServingValidation, TR10cDeepSeekR1B200Dynamo1p1dIn8000C16Itl) { check("TR10c"); }
TEST(ServingValidation, TR11aDeepSeekR1B200Dynamo1p1dIn8000C32Throughput) { check("TR11a"); }
TEST(ServingValidation, TR11bDeepSeekR1B200Dynamo1p1dIn8000C32Ttft) { check("TR11b"); }
TEST(ServingValidation, TR11cDeepSeekR1B200Dynamo1p1dIn8000C32Itl) { check("TR11c"); }
TEST(ServingValidation, TR12aDeepSeekR1B200Dynamo1p1dIn16000C16Throughput) { check("TR12a"); }
TEST(ServingValidation, TR12bDeepSeekR1B200Dynamo1p1dIn16000C16Ttft) { check("TR12b"); }
TEST(ServingValidation, TR12cDeepSeekR1B200Dynamo1p1dIn16000C16Itl) { check("TR12c"); }
TEST(ServingValidation, TR13aDeepSeekR1B200Dynamo1p1dIn16000C32Throughput) { check("TR13a"); }
TEST(ServingValidation, TR13bDeepSeekR1B200Dynamo1p1dIn16000C32Ttft) { check("TR13b"); }
TEST(ServingValidation, TR13cDeepSeekR1B200Dynamo1p1dIn16000C32Itl) { check("TR13c"); }
TEST(ServingValidation, TR14aDeepSeekR1B200Dynamo3p1dIn3000C16Throughput) { check("TR14a"); }
TEST(ServingValidation, TR14bDeepSeekR1B200Dynamo3p1dIn3000C16Ttft) { check("TR14b"); }
TEST(ServingValidation, TR14cDeepSeekR1B200Dynamo3p1dIn3000C16Itl) { check("TR14c"); }
TEST(ServingValidation, TR15aDeepSeekR1B200Dynamo3p1dIn3000C32Throughput) { check("TR15a"); }
TEST(ServingValidation, TR15bDeepSeekR1B200Dynamo3p1dIn3000C32Ttft) { check("TR15b"); }
TEST(ServingValidation, TR15cDeepSeekR1B200Dynamo3p1dIn3000C32Itl) { check("TR15c"); }
TEST(ServingValidation, TR16aDeepSeekR1B200Dynamo3p1dIn8000C16Throughput) { check("TR16a"); }
TEST(ServingValidation, TR16bDeepSeekR1B200Dynamo3p1dIn8000C16Ttft) { check("TR16b"); }
TEST(ServingValidation, TR16cDeepSeekR1B200Dynamo3p1dIn8000C16Itl) { check("TR16c"); }
TEST(ServingValidation, TR17aDeepSeekR1B200Dynamo3p1dIn8000C32Throughput) { check("TR17a"); }
TEST(ServingValidation, TR17bDeepSeekR1B200Dynamo3p1dIn8000C32Ttft) { check("TR17b"); }
TEST(ServingValidation, TR17cDeepSeekR1B200Dynamo3p1dIn8000C32Itl) { check("TR17c"); }
TEST(ServingValidation, TR18aDeepSeekR1B200Dynamo3p1dIn16000C16Throughput) { check("TR18a"); }
TEST(ServingValidation, TR18bDeepSeekR1B200Dynamo3p1dIn16000C16Ttft) { check("TR18b"); }
TEST(ServingValidation, TR18cDeepSeekR1B200Dynamo3p1dIn16000C16Itl) { check("TR18c"); }
TEST(ServingValidation, TR19aDeepSeekR1B200Dynamo3p1dIn16000C32Throughput) { check("TR19a"); }
TEST(ServingValidation, TR19bDeepSeekR1B200Dynamo3p1dIn16000C32Ttft) { check("TR19b"); }
TEST(ServingValidation, TR19cDeepSeekR1B200Dynamo3p1dIn16000C32Itl) { check("TR19c"); }
TEST(ServingValidation, TR20aDeepSeekR1B200Dynamo3p1dIn26000C8Throughput) { check("TR20a"); }
TEST(ServingValidation, TR20bDeepSeekR1B200Dynamo3p1dIn26000C8Ttft) { check("TR20b"); }
TEST(ServingValidation, TR20cDeepSeekR1B200Dynamo3p1dIn26000C8Itl) { check("TR20c"); }
TEST(ServingValidation, TR21aDeepSeekR1B200Dynamo3p1dIn26000C16Throughput) { check("TR21a"); }
TEST(ServingValidation, TR21bDeepSeekR1B200Dynamo3p1dIn26000C16Ttft) { check("TR21b"); }
TEST(ServingValidation, TR21cDeepSeekR1B200Dynamo3p1dIn26000C16Itl) { check("TR21c"); }
TEST(ServingValidation, TR22aDeepSeekR1B200Dynamo3p1dIn26000C32Throughput) { check("TR22a"); }
TEST(ServingValidation, TR22bDeepSeekR1B200Dynamo3p1dIn26000C32Ttft) { check("TR22b"); }
TEST(ServingValidation, TR22cDeepSeekR1B200Dynamo3p1dIn26000C32Itl) { check("TR22c"); }
TEST(ServingValidation, TU01GptOss120bB200SglangDpAttentionC2560Throughput) { check("TU01"); }
TEST(ServingValidation, TV05aDeepSeekR1H200SglangEp8In1000Out2000Throughput) { check("TV05a"); }
TEST(ServingValidation, TV05bDeepSeekR1H200SglangEp8In1000Out2000Ttft) { check("TV05b"); }
TEST(ServingValidation, TV05cDeepSeekR1H200SglangEp8In1000Out2000Tpot) { check("TV05c"); }
TEST(ServingValidation, TV06aDeepSeekR1H200SglangEp8In5000Out1000Throughput) { check("TV06a"); }
TEST(ServingValidation, TV06bDeepSeekR1H200SglangEp8In5000Out1000Ttft) { check("TV06b"); }
TEST(ServingValidation, TV06cDeepSeekR1H200SglangEp8In5000Out1000Tpot) { check("TV06c"); }
TEST(ServingValidation, TV07aDeepSeekR1H200SglangEp8In10000Out500Throughput) { check("TV07a"); }
TEST(ServingValidation, TV07bDeepSeekR1H200SglangEp8In10000Out500Ttft) { check("TV07b"); }
TEST(ServingValidation, TV07cDeepSeekR1H200SglangEp8In10000Out500Tpot) { check("TV07c"); }
TEST(ServingValidation, TV08aDeepSeekR1H200SglangEp8In30000Out100Throughput) { check("TV08a"); }
TEST(ServingValidation, TV08bDeepSeekR1H200SglangEp8In30000Out100Ttft) { check("TV08b"); }
TEST(ServingValidation, TV08cDeepSeekR1H200SglangEp8In30000Out100Tpot) { check("TV08c"); }
TEST(ServingValidation, TW04aDeepSeekR1H200Sglang044In32000Out100Throughput) { check("TW04a"); }
TEST(ServingValidation, TW04bDeepSeekR1H200Sglang044In32000Out100Ttft) { check("TW04b"); }
TEST(ServingValidation, TW04cDeepSeekR1H200Sglang044In32000Out100Tpot) { check("TW04c"); }
TEST(ServingValidation, TW18aLlama8bH200Sglang044In1000Out2000Throughput) { check("TW18a"); }
TEST(ServingValidation, TW18bLlama8bH200Sglang044In1000Out2000Ttft) { check("TW18b"); }
TEST(ServingValidation, TW18cLlama8bH200Sglang044In1000Out2000Tpot) { check("TW18c"); }
TEST(ServingValidation, TW19aLlama8bH200Sglang044In5000Out1000Throughput) { check("TW19a"); }
TEST(ServingValidation, TW19bLlama8bH200Sglang044In5000Out1000Ttft) { check("TW19b"); }
TEST(ServingValidation, TW19cLlama8bH200Sglang044In5000Out1000Tpot) { check("TW19c"); }
TEST(ServingValidation, TW20aLlama8bH200Sglang044In10000Out500Throughput) { check("TW20a"); }
TEST(ServingValidation, TW20bLlama8bH200Sglang044In10000Out500Ttft) { check("TW20b"); }
TEST(ServingValidation, TW20cLlama8bH200Sglang044In10000Out500Tpot) { check("TW20c"); }
TEST(ServingValidation, TW21aLlama8bH200Sglang044In32000Out100Throughput) { check("TW21a"); }
TEST(ServingValidation, TW21bLlama8bH200Sglang044In32000Out100Ttft) { check("TW21b"); }
TEST(ServingValidation, TW21cLlama8bH200Sglang044In32000Out100Tpot) { check("TW21c"); }
TEST(ServingValidation, TY01aQwen3_8bMi300xVllm091BurstThroughput) { check("TY01a"); }
TEST(ServingValidation, TZ01aQwen3_30bH100PcieVllmEp2C64Throughput) { check("TZ01a"); }
TEST(ServingValidation, TZ01bQwen3_30bH100PcieVllmEp2C64Tpot) { check("TZ01b"); }
TEST(ServingValidation, TZ02aQwen3_30bH200SglangEp4C1Throughput) { check("TZ02a"); }
TEST(ServingValidation, UE01aDeepSeekR1H200SglangOneBatchPrefillLatency) { check("UE01a"); }
TEST(ServingValidation, UE01bDeepSeekR1H200SglangOneBatchDecodeLatency) { check("UE01b"); }
TEST(ServingValidation, UE02aGptOss120bB200Mxfp4SglangBatch1DecodeRate) { check("UE02a"); }
TEST(ServingValidation, UE03aGptOss120bB200Bf16SglangBatch1DecodeRate) { check("UE03a"); }
TEST(ServingValidation, UE04aGptOss120bH100Mxfp4SglangBatch1DecodeRate) { check("UE04a"); }
TEST(ServingValidation, UE05aGptOss120bH100Bf16SglangBatch1DecodeRate) { check("UE05a"); }
TEST(ServingValidation, UF01aMinistral3_14bMi300xVllmC32Throughput) { check("UF01a"); }
TEST(ServingValidation, UF01bMinistral3_14bMi300xVllmC32Ttft) { check("UF01b"); }
TEST(ServingValidation, UF01cMinistral3_14bMi300xVllmC32Tpot) { check("UF01c"); }
TEST(ServingValidation, UG10Llama3170BEightMi300xVllm091Batch16In128Out2048Latency) {
  check("UG10");
}
TEST(ServingValidation, UG11Llama3170BEightMi300xVllm091Batch128In128Out2048Latency) {
  check("UG11");
}
TEST(ServingValidation, UG12Llama3170BEightMi300xVllm091Batch1In2048Out2048Latency) {
  check("UG12");
}
TEST(ServingValidation, UG13Llama3170BEightMi300xVllm091Batch16In2048Out2048Latency) {
  check("UG13");
}
TEST(ServingValidation, UG15Llama31405BEightMi300xVllm091Batch1In128Out2048Latency) {
  check("UG15");
}
TEST(ServingValidation, UG16Llama31405BEightMi300xVllm091Batch16In128Out2048Latency) {
  check("UG16");
}
TEST(ServingValidation, UG17Llama31405BEightMi300xVllm091Batch128In128Out2048Latency) {
  check("UG17");
}
TEST(ServingValidation, UG18Llama31405BEightMi300xVllm091Batch1In2048Out2048Latency) {
  check("UG18");
}
TEST(ServingValidation, UG19Llama31405BEightMi300xVllm091Batch16In2048Out2048Latency) {
  check("UG19");
}
TEST(ServingValidation, UG20Llama31405BEightMi300xVllm091Batch128In2048Out2048Latency) {
  check("UG20");
}
TEST(ServingValidation, UH01aQwen38BEightH100Tp8Dp1C100Throughput) { check("UH01a"); }
TEST(ServingValidation, UH01bQwen38BEightH100Tp8Dp1C100MeanTtft) { check("UH01b"); }
TEST(ServingValidation, UH01cQwen38BEightH100Tp8Dp1C100MeanTpot) { check("UH01c"); }
TEST(ServingValidation, UH02aQwen38BEightH100Tp4Dp2C100Throughput) { check("UH02a"); }
TEST(ServingValidation, UH02bQwen38BEightH100Tp4Dp2C100MeanTtft) { check("UH02b"); }
TEST(ServingValidation, UH02cQwen38BEightH100Tp4Dp2C100MeanTpot) { check("UH02c"); }
TEST(ServingValidation, UH03aQwen314BEightH100Tp8Dp1C100Throughput) { check("UH03a"); }
TEST(ServingValidation, UH03bQwen314BEightH100Tp8Dp1C100MeanTtft) { check("UH03b"); }
TEST(ServingValidation, UH03cQwen314BEightH100Tp8Dp1C100MeanTpot) { check("UH03c"); }
TEST(ServingValidation, UH04aQwen314BEightH100Tp4Dp2C100Throughput) { check("UH04a"); }
TEST(ServingValidation, UH04bQwen314BEightH100Tp4Dp2C100MeanTtft) { check("UH04b"); }
TEST(ServingValidation, UH04cQwen314BEightH100Tp4Dp2C100MeanTpot) { check("UH04c"); }
TEST(ServingValidation, UH05aLlama3170BEightH100Tp8Dp1C100Throughput) { check("UH05a"); }
TEST(ServingValidation, UH05bLlama3170BEightH100Tp8Dp1C100MeanTtft) { check("UH05b"); }
TEST(ServingValidation, UH05cLlama3170BEightH100Tp8Dp1C100MeanTpot) { check("UH05c"); }
TEST(ServingValidation, UH06aLlama3170BEightH100Tp4Dp2C100Throughput) { check("UH06a"); }
TEST(ServingValidation, UH06bLlama3170BEightH100Tp4Dp2C100MeanTtft) { check("UH06b"); }
TEST(ServingValidation, UH06cLlama3170BEightH100Tp4Dp2C100MeanTpot) { check("UH06c"); }
TEST(ServingValidation, UH07aQwen38BEightH100Tp8Dp1C10Throughput) { check("UH07a"); }
TEST(ServingValidation, UH07bQwen38BEightH100Tp8Dp1C10MeanTtft) { check("UH07b"); }
TEST(ServingValidation, UH07cQwen38BEightH100Tp8Dp1C10MeanTpot) { check("UH07c"); }
TEST(ServingValidation, UH08aQwen38BEightH100Tp4Dp2C10Throughput) { check("UH08a"); }
TEST(ServingValidation, UH08bQwen38BEightH100Tp4Dp2C10MeanTtft) { check("UH08b"); }
TEST(ServingValidation, UH08cQwen38BEightH100Tp4Dp2C10MeanTpot) { check("UH08c"); }
TEST(ServingValidation, UH09aQwen314BEightH100Tp8Dp1C10Throughput) { check("UH09a"); }
TEST(ServingValidation, UH09bQwen314BEightH100Tp8Dp1C10MeanTtft) { check("UH09b"); }
TEST(ServingValidation, UH09cQwen314BEightH100Tp8Dp1C10MeanTpot) { check("UH09c"); }
TEST(ServingValidation, UH10aQwen314BEightH100Tp4Dp2C10Throughput) { check("UH10a"); }
TEST(ServingValidation, UH10bQwen314BEightH100Tp4Dp2C10MeanTtft) { check("UH10b"); }
TEST(ServingValidation, UH10cQwen314BEightH100Tp4Dp2C10MeanTpot) { check("UH10c"); }
TEST(ServingValidation, UH11aQwen332BEightH100Tp8Dp1C10Throughput) { check("UH11a"); }
TEST(ServingValidation, UH11bQwen332BEightH100Tp8Dp1C10MeanTtft) { check("UH11b"); }
TEST(ServingValidation, UH11cQwen332BEightH100Tp8Dp1C10MeanTpot) { check("UH11c"); }
TEST(ServingValidation, UH12aQwen332BEightH100Tp4Dp2C10Throughput) { check("UH12a"); }
TEST(ServingValidation, UH12bQwen332BEightH100Tp4Dp2C10MeanTtft) { check("UH12b"); }
TEST(ServingValidation, UH12cQwen332BEightH100Tp4Dp2C10MeanTpot) { check("UH12c"); }
TEST(ServingValidation, UH13aLlama3170BEightH100Tp8Dp1C10Throughput) { check("UH13a"); }
TEST(ServingValidation, UH13bLlama3170BEightH100Tp8Dp1C10MeanTtft) { check("UH13b"); }
TEST(ServingValidation, UH13cLlama3170BEightH100Tp8Dp1C10MeanTpot) { check("UH13c"); }
TEST(ServingValidation, UH14aLlama3170BEightH100Tp4Dp2C10Throughput) { check("UH14a"); }
TEST(ServingValidation, UH14bLlama3170BEightH100Tp4Dp2C10MeanTtft) { check("UH14b"); }
TEST(ServingValidation, UH14cLlama3170BEightH100Tp4Dp2C10MeanTpot) { check("UH14c"); }
TEST(ServingValidation, UH15agptoss120bEightH100Tp8Dp1C10Throughput) { check("UH15a"); }
TEST(ServingValidation, UH15bgptoss120bEightH100Tp8Dp1C10MeanTtft) { check("UH15b"); }
TEST(ServingValidation, UH15cgptoss120bEightH100Tp8Dp1C10MeanTpot) { check("UH15c"); }
TEST(ServingValidation, UH16agptoss120bEightH100Tp4Dp2C10Throughput) { check("UH16a"); }
TEST(ServingValidation, UH16bgptoss120bEightH100Tp4Dp2C10MeanTtft) { check("UH16b"); }
TEST(ServingValidation, UH16cgptoss120bEightH100Tp4Dp2C10MeanTpot) { check("UH16c"); }
TEST(ServingValidation, UH17aQwen332BEightH100Tp8Dp1C100Throughput) { check("UH17a"); }
TEST(ServingValidation, UH17bQwen332BEightH100Tp8Dp1C100MeanTtft) { check("UH17b"); }
TEST(ServingValidation, UH17cQwen332BEightH100Tp8Dp1C100MeanTpot) { check("UH17c"); }
TEST(ServingValidation, UH18aQwen332BEightH100Tp4Dp2C100Throughput) { check("UH18a"); }
TEST(ServingValidation, UH18bQwen332BEightH100Tp4Dp2C100MeanTtft) { check("UH18b"); }
TEST(ServingValidation, UH18cQwen332BEightH100Tp4Dp2C100MeanTpot) { check("UH18c"); }
TEST(ServingValidation, UH19aQwen332BEightH200Tp8Dp1C100Throughput) { check("UH19a"); }
TEST(ServingValidation, UH19bQwen332BEightH200Tp8Dp1C100MeanTtft) { check("UH19b"); }
TEST(ServingValidation, UH19cQwen332BEightH200Tp8Dp1C100MeanTpot) { check("UH19c"); }
TEST(ServingValidation, UH20aQwen332BEightH200Tp4Dp2C100Throughput) { check("UH20a"); }
TEST(ServingValidation, UH20bQwen332BEightH200Tp4Dp2C100MeanTtft) { check("UH20b"); }
TEST(ServingValidation, UH20cQwen332BEightH200Tp4Dp2C100MeanTpot) { check("UH20c"); }
TEST(ServingValidation, UH21aQwen332BEightB200Tp8Dp1C100Throughput) { check("UH21a"); }
TEST(ServingValidation, UH21bQwen332BEightB200Tp8Dp1C100MeanTtft) { check("UH21b"); }
TEST(ServingValidation, UH21cQwen332BEightB200Tp8Dp1C100MeanTpot) { check("UH21c"); }
TEST(ServingValidation, UH22aQwen332BEightB200Tp4Dp2C100Throughput) { check("UH22a"); }
TEST(ServingValidation, UH22bQwen332BEightB200Tp4Dp2C100MeanTtft) { check("UH22b"); }
TEST(ServingValidation, UH22cQwen332BEightB200Tp4Dp2C100MeanTpot) { check("UH22c"); }
TEST(ServingValidation, UJ01Qwen25_7BOneA100PcieVllm019C8Throughput) { check("UJ01"); }
TEST(ServingValidation, UJ03Qwen332BOneA100PcieBf16EagerC4Throughput) { check("UJ03"); }
TEST(ServingValidation, UJ04Qwen332BOneA100PcieFp8KvEagerC4Throughput) { check("UJ04"); }
TEST(ServingValidation, UJ05Qwen332BAwqOneA100PcieEagerC4Throughput) { check("UJ05"); }
TEST(ServingValidation, UK01DeepSeekR1EightH200VllmV0TritonMlaOfflineThroughput) { check("UK01"); }
TEST(ServingValidation, UK02DeepSeekR1EightH200VllmV0FlashMlaOfflineThroughput) { check("UK02"); }
TEST(ServingValidation, UL01aLlama318BH100Vllm2ReplicasMeanTtft) { check("UL01a"); }
TEST(ServingValidation, UL01bLlama318BH100Vllm2ReplicasMeanTpot) { check("UL01b"); }
TEST(ServingValidation, UL02aLlama318BH100Vllm3ReplicasMeanTtft) { check("UL02a"); }
TEST(ServingValidation, UL02bLlama318BH100Vllm3ReplicasMeanTpot) { check("UL02b"); }
TEST(ServingValidation, UL03aLlama318BH100Pd1p1dMeanTtft) { check("UL03a"); }
TEST(ServingValidation, UL03bLlama318BH100Pd1p1dMeanTpot) { check("UL03b"); }
TEST(ServingValidation, UL04aLlama318BH100Pd2p1dMeanTtft) { check("UL04a"); }
TEST(ServingValidation, UL04bLlama318BH100Pd2p1dMeanTpot) { check("UL04b"); }
TEST(ServingValidation, UL05aLlama318BA100Vllm2ReplicasMeanTtft) { check("UL05a"); }
TEST(ServingValidation, UL05bLlama318BA100Vllm2ReplicasMeanTpot) { check("UL05b"); }
TEST(ServingValidation, UL06aLlama318BA100Vllm3ReplicasMeanTtft) { check("UL06a"); }
TEST(ServingValidation, UL06bLlama318BA100Vllm3ReplicasMeanTpot) { check("UL06b"); }
TEST(ServingValidation, UL07aLlama318BA100Pd1p1dMeanTtft) { check("UL07a"); }
TEST(ServingValidation, UL07bLlama318BA100Pd1p1dMeanTpot) { check("UL07b"); }
TEST(ServingValidation, UL08aLlama318BA100Pd2p1dMeanTtft) { check("UL08a"); }
TEST(ServingValidation, UL08bLlama318BA100Pd2p1dMeanTpot) { check("UL08b"); }
TEST(ServingValidation, UN01aLlama318BTpuV4VllmBurstOutputTput) { check("UN01a"); }
TEST(ServingValidation, UN01bLlama318BTpuV4VllmBurstMeanE2e) { check("UN01b"); }

/// The collection wave of a serving case, from its id (docs/validation.md): waves 1-8 by one
/// letter (S followed by a digit is wave 1), waves 9-28 by S and a second letter (SA, SB: wave 9;
/// SC, SD: 10; SE, SF: 11; SG, SH: 12; SI: 13; SJ: 14; SK: 15; SN: 16; SO: 17; SP: 18; SQ: 19;
/// SR: 20; SS: 21; ST: 22; SU: 23; SV: 24; SW: 25; SX: 26; SY: 27; SZ: 28), waves 29-31 by TA, TB
/// and TC; any other two-letter id counts with wave 9.
constexpr std::size_t kServingWaves = 68;
std::size_t serving_wave(const std::string& id) {
  const bool two_letters = id.size() > 1 && std::isalpha(static_cast<unsigned char>(id[1]));
  if (!two_letters) {
    constexpr std::string_view kFirst = "SRQPLJZO";  // waves 1-8
    const auto w = kFirst.find(id[0]);
    return w == std::string_view::npos ? 1 : w + 1;
  }
  constexpr std::string_view kSecond = "CDEFGHIJKNOPQRSTUVWXYZ";  // waves 10-28
  constexpr std::array<std::size_t, kSecond.size()> kWave = {
      10, 10, 11, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28};
  if (id[0] == 'T' && id[1] == 'A') return 29;  // wave 29: the S letters ran out at SZ
  if (id[0] == 'T' && id[1] == 'B') return 30;
  if (id[0] == 'T' && id[1] == 'C') return 31;
  if (id[0] == 'T' && id[1] == 'D') return 32;
  if (id[0] == 'T' && id[1] == 'E') return 33;
  if (id[0] == 'T' && id[1] == 'F') return 34;
  if (id[0] == 'T' && id[1] == 'G') return 35;
  if (id[0] == 'T' && id[1] == 'H') return 36;
  if (id[0] == 'T' && id[1] == 'I') return 37;
  if (id[0] == 'T' && id[1] == 'J') return 38;
  if (id[0] == 'T' && id[1] == 'K') return 39;
  if (id[0] == 'T' && id[1] == 'L') return 40;
  if (id[0] == 'T' && id[1] == 'M') return 41;
  if (id[0] == 'T' && id[1] == 'N') return 42;
  if (id[0] == 'T' && id[1] == 'O') return 43;
  if (id[0] == 'T' && id[1] == 'P') return 44;
  if (id[0] == 'T' && id[1] == 'Q') return 45;
  if (id[0] == 'T' && id[1] == 'R') return 46;
  if (id[0] == 'T' && id[1] == 'U') return 49;  // waves 47 (TS) and 48 (TT): nothing expressible
  if (id[0] == 'T' && id[1] == 'V') return 50;
  if (id[0] == 'T' && id[1] == 'W') return 51;
  if (id[0] == 'T' && id[1] == 'Y') return 53;  // wave 52 (TX): repeats only
  if (id[0] == 'T' && id[1] == 'Z') return 54;
  if (id[0] == 'U' && id[1] == 'E') return 59;  // waves 55-58 (UA-UD): nothing expressible
  if (id[0] == 'U' && id[1] == 'F') return 60;
  if (id[0] == 'U' && id[1] == 'G') return 61;
  if (id[0] == 'U' && id[1] == 'H') return 62;
  if (id[0] == 'U' && id[1] == 'J') return 64;  // wave 63 (UI): nothing expressible
  if (id[0] == 'U' && id[1] == 'K') return 65;
  if (id[0] == 'U' && id[1] == 'L') return 66;
  if (id[0] == 'U' && id[1] == 'N') return 68;  // wave 67 (UM): nothing usable
  const auto i = id[0] == 'S' ? kSecond.find(id[1]) : std::string_view::npos;
  return i == std::string_view::npos ? 9 : kWave[i];
}

TEST(ServingValidation, HeadlineOutOfSampleErrorsPerArea) {
  fmt::print(
      "\n| Case | Quantity | Predicted | Measured | Error | First prediction | Sample |\n"
      "|---|---|---|---|---|---|---|\n");
  struct Sum {
    double sum = 0, worst = 0;
    std::size_t n = 0;
    std::string worst_id;
    void add(const std::string& id, double e) {
      sum += std::abs(e);
      if (std::abs(e) >= worst) worst_id = id;
      worst = std::max(worst, std::abs(e));
      ++n;
    }
    [[nodiscard]] double mean() const { return n > 0 ? sum / static_cast<double>(n) : 0; }
  };
  // Per area: every out-of-sample case, each wave, the waves before each wave from 10 on, the
  // vendor halves of waves 10-12 (SC / SD, SE / SF, SG / SH), and the in-sample cases.
  using PerArea = std::array<Sum, 3>;
  PerArea out, in;
  std::array<PerArea, kServingWaves + 1> wave, before;
  std::array<PerArea, 6> vendor;  // SC, SD, SE, SF, SG, SH
  for (const auto& c : cases()) {
    const double now = c.predict();
    const Sample effective = effective_sample(c, now);
    const double e = error_of(c, now);
    fmt::print("| {} | {} | {:.4g} {} | {:.4g} {} | {:+.1f}%{} | {} | {} |\n", c.id, c.what, now,
               c.unit, c.measured, c.unit, 100 * e, known_miss(c) ? " (known miss)" : "",
               c.first_prediction != 0 ? fmt::format("{:.4g}", c.first_prediction) : "-",
               effective == Sample::out_of_sample ? "out" : "in");
    if (c.sample == Sample::out_of_sample) {
      EXPECT_NE(c.first_prediction, 0.0) << c.id << " has no recorded first prediction";
    }
    const auto a = static_cast<std::size_t>(c.area);
    if (effective == Sample::in_sample) {
      in[a].add(c.id, e);
      continue;
    }
    out[a].add(c.id, e);
    const std::size_t w = serving_wave(c.id);
    wave[w][a].add(c.id, e);
    for (std::size_t later = std::max<std::size_t>(w + 1, 10); later <= kServingWaves; ++later) {
      before[later][a].add(c.id, e);
    }
    if (w >= 10 && w <= 12) {
      const bool first_half = c.id[1] == "CEG"[w - 10];
      vendor[2 * (w - 10) + (first_half ? 0 : 1)][a].add(c.id, e);
    }
  }
  constexpr std::array<std::string_view, kServingWaves + 1> kWaveName = {
      "",        "1 (S)",   "2 (R)",      "3 (Q)",       "4 (P)",       "5 (L)",       "6 (J)",
      "7 (Z)",   "8 (O)",   "9 (SA, SB)", "10 (SC, SD)", "11 (SE, SF)", "12 (SG, SH)", "13 (SI)",
      "14 (SJ)", "15 (SK)", "16 (SN)",    "17 (SO)",     "18 (SP)",     "19 (SQ)",     "20 (SR)",
      "21 (SS)", "22 (ST)", "23 (SU)",    "24 (SV)",     "25 (SW)",     "26 (SX)",     "27 (SY)",
      "28 (SZ)", "29 (TA)", "30 (TB)",    "31 (TC)",     "32 (TD)",     "33 (TE)",     "34 (TF)",
      "35 (TG)", "36 (TH)", "37 (TI)",    "38 (TJ)",     "39 (TK)",     "40 (TL)",     "41 (TM)",
      "42 (TN)", "43 (TO)", "44 (TP)",    "45 (TQ)",     "46 (TR)",     "47 (TS)",     "48 (TT)",
      "49 (TU)", "50 (TV)", "51 (TW)",    "52 (TX)",     "53 (TY)",     "54 (TZ)",     "55 (UA)",
      "56 (UB)", "57 (UC)", "58 (UD)",    "59 (UE)",     "60 (UF)",     "61 (UG)",     "62 (UH)",
      "63 (UI)", "64 (UJ)", "65 (UK)",    "66 (UL)",     "67 (UM)",     "68 (UN)"};
  // A wave added to kServingWaves without its name here would print as "wave " in the headline.
  static_assert(
      [&] {
        for (std::size_t w = 1; w < kWaveName.size(); ++w)
          if (kWaveName[w].empty()) return false;
        return true;
      }(),
      "every serving wave needs its name in kWaveName");
  constexpr std::array<std::string_view, 6> kVendorName = {
      "SC (NVIDIA)",     "SD (AMD, TPU v6e)", "SE (NVIDIA)",
      "SF (AMD MI355X)", "SG (NVIDIA)",       "SH (AMD, TPU, Trainium, MLPerf)"};
  fmt::print("\nHeadline (out-of-sample cases only; budget: mean {:.0f}%, worst {:.0f}%):\n",
             100 * kMeanBudget, 100 * kWorstBudget);
  for (std::size_t a = 0; a < 3; ++a) {
    const char* name =
        a == 0 ? "throughput" : (a == 1 ? "latency" : "speedup (speculative, FP8 over FP16)");
    const auto line = [&](const std::string& group, const Sum& s) {
      if (s.n == 0) {
        fmt::print("  {} {}: no cases\n", name, group);
        return;
      }
      fmt::print("  {} {}: {} cases, mean |error| {:.1f}%, worst {:.1f}% ({}): {}\n", name, group,
                 s.n, 100 * s.mean(), 100 * s.worst, s.worst_id,
                 s.mean() <= kMeanBudget && s.worst <= kWorstBudget ? "met" : "NOT MET");
    };
    line("out of sample", out[a]);
    for (std::size_t w = 1; w <= kServingWaves; ++w) {
      if (w >= 10)
        line(fmt::format("  of which before wave {} (waves 1-{})", w, w - 1), before[w][a]);
      line(fmt::format("  of which wave {}", kWaveName[w]), wave[w][a]);
      if (w >= 10 && w <= 12) {
        for (std::size_t half = 0; half < 2; ++half) {
          const std::size_t v = 2 * (w - 10) + half;
          line(fmt::format("    of which {}", kVendorName[v]), vendor[v][a]);
        }
      }
    }
    line("in sample (not in the headline)", in[a]);
  }
}

}  // namespace
}  // namespace mlsysim::solvers
