// `mlsysim audit`: stale, estimated and unconfirmed sources, with the entries that use them.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "commands.hpp"
#include "session.hpp"

namespace mlsysim::cli {
namespace {

class AuditCommand {
 public:
  AuditCommand(CLI::App& app, CLI::App& /*plot*/) {
    cmd_ = app.add_subcommand("audit", "stale, estimated and unconfirmed sources");
    cmd_->add_option("--months", months_, "age in months after which a source is stale")
        ->check(CLI::PositiveNumber);
  }
  [[nodiscard]] std::string parsed() const { return cmd_->parsed() ? "audit" : ""; }
  [[nodiscard]] int run(const std::string& /*command*/, const Options& global) const {
    const Session s(global);
    const auto findings = s.catalog().audit(today(), months_);
    Document doc{"audit", {}, {}};
    Table t{
        "findings",
        fmt::format("{} finding(s) over {} sources", findings.size(), s.catalog().sources().size()),
        {"reason", "source", "verified", "entries", "used_by"},
        {"Reason", "Source", "Verified", "Entries", "Used by"},
        {}};
    for (const auto& f : findings) {
      static const char* kReason[] = {"stale", "estimate", "unconfirmed"};
      std::string used;
      for (std::size_t i = 0; i < f.used_by.size() && i < 3; ++i)
        used += (i ? ", " : "") + f.used_by[i];
      if (f.used_by.size() > 3) used += fmt::format(" +{}", f.used_by.size() - 3);
      t.rows.push_back({std::string(kReason[static_cast<int>(f.reason)]), std::string(f.source->id),
                        fmt::format("{:04}-{:02}-{:02}", f.source->verified.year,
                                    f.source->verified.month, f.source->verified.day),
                        static_cast<std::int64_t>(f.used_by.size()), used});
    }
    doc.sections.emplace_back(std::move(t));
    print(doc, global.format);
    return 0;
  }

 private:
  int months_ = 18;  ///< --months
  CLI::App* cmd_ = nullptr;
};

}  // namespace

std::unique_ptr<Module> make_audit_module(CLI::App& app, CLI::App& plot) {
  return make_module<AuditCommand>(app, plot);
}

}  // namespace mlsysim::cli
