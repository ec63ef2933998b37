// The main demo: a short tour of mlsysim (run by the README's first command).
#include <iostream>

#include "mlsysim/units.hpp"

int main() {
  using mlsysim::Quantity;
  std::cout << "mlsysim tour\n\n== Units ==\n";
  const auto peak = Quantity::parse("312 TFLOP/s");
  const auto bandwidth = Quantity::parse("2039 GB/s");
  std::cout << "A100 peak (BF16 dense):  " << peak.to("TFLOPs/s") << "\n";
  std::cout << "A100 HBM bandwidth:      " << bandwidth.to("TB/s") << " = "
            << bandwidth.to("GiB/s") << "\n";
  std::cout << "ridge point:             " << (peak / bandwidth).to("FLOP/B") << "\n";
  std::cout << "400 Gbps link:           " << Quantity::parse("400 Gbps").to("GB/s") << "\n";
  std::cout << "one H100-year at 700 W:  " << (Quantity::parse("700 W") * Quantity::parse("1 year")).to("MWh") << "\n";
  try {
    (void)bandwidth.to("FLOP/s");
  } catch (const mlsysim::DimensionalityError& e) {
    std::cout << "bandwidth.to(\"FLOP/s\"):  DimensionalityError: " << e.what() << "\n";
  }
  try {
    (void)Quantity::parse("3.35 TBps");
  } catch (const mlsysim::UnitParseError& e) {
    std::cout << "parse(\"3.35 TBps\"):      UnitParseError: " << e.what() << "\n";
  }
  return 0;
}
