// `mlsysim validate`: check a user catalog directory and report every defect.
#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim::cli {
namespace {

class ValidateCommand {
 public:
  ValidateCommand(CLI::App& app, CLI::App& /*plot*/) {
    cmd_ = app.add_subcommand("validate", "check a user catalog directory and report every defect");
    cmd_->add_option("dir", dir_, "directory of JSON entries")->required();
    cmd_->footer("Example:\n  mlsysim validate my-catalog/");
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "validate" : ""; }
  // Validates the directory alone on the built-in catalog (--catalog is not loaded).
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Catalog c = Catalog::load(dir_);  // throws CatalogError: exit 3 with every defect
    std::size_t added = 0;
    std::size_t replaced = 0;
    for (const auto& e : c.entries()) {
      const auto* builtin = catalog().try_find(e.info().path);
      if (builtin == nullptr)
        ++added;
      else if (builtin->pointer() != e.pointer())
        ++replaced;
    }
    Document doc{"validate", {}, {}};
    Record r{"result", "catalog is valid", {}};
    r.add("directory", "Directory", dir_)
        .add("valid", "Valid", true)
        .add("entries", "Entries", static_cast<std::int64_t>(c.entries().size()))
        .add("added", "Added", static_cast<std::int64_t>(added))
        .add("replaced", "Replaced or re-pointed", static_cast<std::int64_t>(replaced));
    doc.sections.emplace_back(std::move(r));
    print(doc, global.format);
    return 0;
  }

 private:
  std::string dir_;  ///< the directory to validate
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_validate_module(CLI::App& app, CLI::App& plot) {
  return make_module<ValidateCommand>(app, plot);
}

}  // namespace mlsysim::cli
