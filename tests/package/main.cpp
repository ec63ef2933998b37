// Links the installed mlsysim package and checks a conversion and a lookup end to end.
#include <mlsysim/mlsysim.hpp>

#include <cmath>
#include <iostream>

int main() {
  const auto bw = mlsysim::Quantity::parse("3.35 TB/s").to("GiB/s");
  std::cout << "3.35 TB/s = " << bw << "\n";
  const double expected = 3.35e12 / 1073741824.0;
  if (std::abs(bw.value() - expected) > 1e-9 * expected) return 1;
  return 0;
}
