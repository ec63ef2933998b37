// A program linked against the *installed* mlsysim package (find_package): reads the catalog,
// converts units, and answers the questions the solvers exist for, in a few lines each.
#include <cmath>
#include <iostream>
#include <mlsysim/mlsysim.hpp>

using namespace mlsysim;
using namespace mlsysim::solvers;

int main() {
  int failures = 0;
  auto check = [&](bool ok, const char* what) {
    if (!ok) {
      std::cerr << "FAILED: " << what << "\n";
      ++failures;
    }
  };

  // Units and the catalog through the installed headers and library.
  const auto bw = Quantity::parse("3.35 TB/s").to("GiB/s");
  std::cout << "3.35 TB/s = " << bw << "\n";
  check(std::abs(bw.value() - 3.35e12 / 1073741824.0) < 1e-6, "TB/s to GiB/s");
  std::cout << "A100: " << Hardware::Cloud::A100.compute.peak_flops.to("TFLOPs/s") << ", "
            << Hardware::Cloud::A100.memory.bandwidth.to("TB/s") << "\n";
  const auto& h100 = catalog().get<HardwareNode>("Hardware.Cloud.H100");
  check(h100.info.key == "H100", "lookup Hardware.Cloud.H100 by path");

  // How fast does Llama 3 70B decode on one H100? (fp8 weights: bf16 does not fit 80 GB)
  RooflineOptions ro;
  ro.context = 2048;
  ro.precision.weights = Precision::fp8;
  const auto decode = roofline(Models::Language::Llama3_70B, h100, ro);
  std::cout << "Llama 3 70B decode on one H100 (fp8 weights): " << decode.latency.in("ms")
            << " ms/token, bound by " << wall_name(decode.wall) << "\n";
  check(decode.memory.fits && decode.wall == Wall::memory, "70B decode on H100");

  // How long does a 405B run take on 16K H100s, at what MFU?
  Fleet fleet;
  fleet.info.path = "16K H100";
  fleet.node = &Systems::Nodes::DGX_H100;
  fleet.count = 2048;
  fleet.fabric = &Systems::Fabrics::InfiniBand_NDR;
  ParallelConfig pc;
  pc.tp = 8;
  pc.pp = 16;
  pc.dp = 128;
  pc.interleave = 4;
  pc.recompute = Recompute::full;  // selective does not fit 80 GB with 16 micro-batches in flight
  TrainingOptions to;
  to.seq_len = 8192;
  to.global_batch = 2048;
  to.token_budget = 15.6e12;
  const auto run = train(Models::Language::Llama3_405B, fleet, pc, to);
  std::cout << "Llama 3.1 405B, 15.6T tokens on 16,384 H100: " << run.time_to_train->in("day")
            << " days at MFU " << 100 * run.mfu << "%\n";
  check(run.memory.fits && run.mfu > 0.1 && run.mfu < 0.7, "405B training");

  // How much energy, carbon, water and money in Quebec versus Poland?
  for (const GridProfile* grid : {&Infra::Grids::Quebec, &Infra::Grids::Poland}) {
    CostOptions co;
    co.footprint.duration = *run.time_to_train;
    co.footprint.grid = grid;
    co.electricity_price = Quantity::parse("0.08 USD/kWh");
    const auto c = cost(fleet, co);
    std::cout << "  " << grid->info.key << ": " << c.footprint.facility_energy.in("MWh") << " MWh, "
              << c.footprint.operational_carbon.in("tCO2e") << " tCO2e, energy $"
              << c.energy.in("USD") << "\n";
  }

  // How often will it fail, and how often should it checkpoint?
  ReliabilityOptions rel;
  rel.job = *run.time_to_train;
  const auto r = reliability(Models::Language::Llama3_405B, fleet, rel);
  std::cout << "fleet MTBF " << r.fleet_mtbf.in("h") << " h, " << r.expected_failures
            << " expected failures, checkpoint every " << r.daly_interval.in("min")
            << " min, goodput " << 100 * r.goodput << "%\n";
  check(r.goodput > 0 && r.goodput < 1, "reliability");
  return failures == 0 ? 0 : 1;
}
