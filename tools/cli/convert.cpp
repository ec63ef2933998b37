// `mlsysim convert`: convert a quantity to another unit.
#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::cli {
namespace {

struct ConvertOptions {
  std::string quantity;  ///< "3.35 TB/s"
  std::string unit;      ///< "GiB/s"
};

class ConvertCommand {
 public:
  ConvertCommand(CLI::App& app, CLI::App& /*plot*/) {
    cmd_ = app.add_subcommand("convert", "convert a quantity to another unit");
    cmd_->add_option("quantity", o_.quantity, "e.g. \"3.35 TB/s\"")->required();
    cmd_->add_option("unit", o_.unit, "e.g. GiB/s")->required();
    cmd_->footer("Example:\n  mlsysim convert \"3.35 TB/s\" GiB/s");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "convert" : ""; }
  // No catalog is read: --catalog is not loaded.
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Quantity q = Quantity::parse(o_.quantity);
    const Quantity out = q.to(o_.unit);
    Document doc{"convert", {}, {}};
    Record r{"conversion", "", {}};
    r.add("input", "Input", q)
        .add("output", "Output", out)
        .add("dimension", "Dimension", q.dimension().str());
    doc.sections.emplace_back(std::move(r));
    print(doc, global.format);
    return 0;
  }

 private:
  ConvertOptions o_;
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_convert_module(CLI::App& app, CLI::App& plot) {
  return make_module<ConvertCommand>(app, plot);
}

}  // namespace mlsysim::cli
