// Loading a user overlay catalog: a private accelerator, an updated A100 datasheet and a private
// cluster, validated like the built-in catalog. Usage: overlay_catalog <dir>
#include <fmt/format.h>

#include "mlsysim/mlsysim.hpp"

int main(int argc, char** argv) {
  using namespace mlsysim;
  if (argc != 2) {
    fmt::print(stderr, "usage: overlay_catalog <catalog-dir>\n");
    return 2;
  }
  try {
    const Catalog c = Catalog::load(argv[1]);
    const auto& a100 = c.get<HardwareNode>("A100");
    fmt::print("A100 bandwidth: built-in {}, overlay {}\n",
               Hardware::Cloud::A100.memory.bandwidth.str(), a100.memory.bandwidth.str());
    const auto& node = c.get<Node>("DGX_A100");
    fmt::print("DGX_A100 now uses the overlay's A100: {}\n",
               node.accelerator == &a100 ? "yes" : "no");
    for (const auto& e : c.entries()) {
      if (catalog().try_find(e.info().path) == nullptr) fmt::print("new: {}\n", e.info().path);
    }
    return 0;
  } catch (const CatalogError& e) {
    for (const auto& d : e.diagnostics()) fmt::print(stderr, "{}\n", d.str());
    return 1;
  }
}
