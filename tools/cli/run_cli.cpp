// `mlsysim run scenario.json`: named evaluations (train, serve, capacity, footprint) run by this
// same binary with --format json, and assertions on their results (docs/scenarios.md). Running
// the commands themselves keeps a scenario's numbers identical to the command line's.
#include "run_cli.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "mlsysim/mlsysim.hpp"
#include "mlsysim/scenario.hpp"
#include "output.hpp"

namespace mlsysim::cli {

struct RunCliOptions {
  std::string file;
};

namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

/// The positional arguments of each kind, in order.
const std::map<std::string, std::vector<std::string>>& kinds() {
  static const std::map<std::string, std::vector<std::string>> k{
      {"train", {"model", "fleet"}},
      {"serve", {"model", "device"}},
      {"capacity", {"model"}},
      {"footprint", {"fleet"}},
  };
  return k;
}

struct Evaluation {
  std::string name;
  std::string kind;
  std::string pointer;  ///< /evaluations/i
  std::vector<std::string> args;
  std::vector<Assertion> assertions;
  std::vector<std::string> assertion_pointers;
};

class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  void add(const std::string& pointer, const std::string& message) {
    list_.push_back(file_ + ": " + pointer + ": " + message);
  }
  void raise_if_any() const {
    if (list_.empty()) return;
    std::string all;
    for (const auto& l : list_) all += "\n  " + l;
    throw InvalidArgumentError("scenario", "malformed scenario file:" + all);
  }
  [[noreturn]] void raise(const std::string& pointer, const std::string& message) {
    add(pointer, message);
    raise_if_any();
    throw InvalidArgumentError("scenario", message);  // unreachable
  }

 private:
  std::string file_;
  std::vector<std::string> list_;
};

std::string option_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return v.dump();
  if (v.is_number_float()) return fmt::format("{}", v.get<double>());
  return "";
}

std::vector<Evaluation> parse_scenario(const json& root, Problems& p, std::string& catalog_dir,
                                       const fs::path& file) {
  std::vector<Evaluation> out;
  if (!root.is_object()) p.raise("", "root must be a JSON object with an 'evaluations' array");
  for (const auto& [k, v] : root.items()) {
    if (k != "name" && k != "evaluations" && k != "catalog" && k != "$schema") {
      p.add("/" + k, "unknown field (expected name, catalog, evaluations)");
    }
  }
  if (root.contains("catalog")) {
    if (!root["catalog"].is_string()) {
      p.add("/catalog", "expected a directory path string");
    } else {
      const fs::path dir = root["catalog"].get<std::string>();
      catalog_dir = (dir.is_absolute() ? dir : file.parent_path() / dir).string();
    }
  }
  if (!root.contains("evaluations") || !root["evaluations"].is_array() ||
      root["evaluations"].empty()) {
    p.raise("/evaluations", "missing or empty: expected an array of evaluations");
  }
  std::set<std::string> names;
  std::size_t i = 0;
  for (const auto& e : root["evaluations"]) {
    Evaluation ev;
    ev.pointer = fmt::format("/evaluations/{}", i++);
    if (!e.is_object()) {
      p.add(ev.pointer, "expected an object");
      continue;
    }
    if (!e.contains("name") || !e["name"].is_string() || e["name"].get<std::string>().empty()) {
      p.add(ev.pointer + "/name", "missing: every evaluation needs a name");
    } else {
      ev.name = e["name"].get<std::string>();
      if (!names.insert(ev.name).second) p.add(ev.pointer + "/name", "'" + ev.name + "' repeats");
    }
    const std::string where = ev.pointer + (ev.name.empty() ? "" : " ('" + ev.name + "')");
    const auto kind_it = e.contains("kind") && e["kind"].is_string()
                             ? kinds().find(e["kind"].get<std::string>())
                             : kinds().end();
    if (kind_it == kinds().end()) {
      p.add(where + "/kind", "expected one of train, serve, capacity, footprint");
      continue;
    }
    ev.kind = kind_it->first;
    ev.args.push_back(ev.kind);
    for (const auto& pos : kind_it->second) {
      if (!e.contains(pos) || !e[pos].is_string()) {
        p.add(where + "/" + pos, "missing: a " + ev.kind + " evaluation needs '" + pos + "'");
      } else {
        ev.args.push_back(e[pos].get<std::string>());
      }
    }
    for (const auto& [key, v] : e.items()) {
      if (key == "name" || key == "kind" || key == "assert") continue;
      if (std::find(kind_it->second.begin(), kind_it->second.end(), key) != kind_it->second.end())
        continue;
      const bool name_ok = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c)) ||
               std::isdigit(static_cast<unsigned char>(c)) || c == '_';
      });
      if (!name_ok || key == "format" || key == "catalog" || key == "output") {
        p.add(where + "/" + key,
              "not an option of a scenario evaluation (snake_case options of 'mlsysim " + ev.kind +
                  "'; format, catalog and output are set by 'run')");
        continue;
      }
      std::string flag = "--" + key;
      std::replace(flag.begin(), flag.end(), '_', '-');
      if (v.is_boolean()) {
        if (v.get<bool>()) ev.args.push_back(flag);
      } else if (v.is_array()) {
        std::string joined;
        for (const auto& x : v) {
          const std::string t = option_text(x);
          if (t.empty()) p.add(where + "/" + key, "expected an array of names or numbers");
          joined += (joined.empty() ? "" : ",") + t;
        }
        ev.args.insert(ev.args.end(), {flag, joined});
      } else if (const std::string t = option_text(v); !t.empty()) {
        ev.args.insert(ev.args.end(), {flag, t});
      } else {
        p.add(where + "/" + key,
              "expected a string, a number, a boolean or an array, got " + v.dump());
      }
    }
    if (e.contains("assert")) {
      if (!e["assert"].is_array()) {
        p.add(where + "/assert", "expected an array of strings such as \"tpot_p99 < 50 ms\"");
      } else {
        std::size_t j = 0;
        for (const auto& a : e["assert"]) {
          const std::string ptr = fmt::format("{}/assert/{}", where, j++);
          if (!a.is_string()) {
            p.add(ptr, "expected a string such as \"mfu > 0.4\"");
            continue;
          }
          try {
            ev.assertions.push_back(parse_assertion(a.get<std::string>()));
            ev.assertion_pointers.push_back(ptr);
          } catch (const Error& err) {
            p.add(ptr, err.what());
          }
        }
      }
    }
    out.push_back(std::move(ev));
  }
  p.raise_if_any();
  return out;
}

struct ChildResult {
  int code = -1;
  std::string out;
  std::string err;
};

/// Runs this binary with `args` (no shell), capturing stdout and stderr.
ChildResult run_self(const std::vector<std::string>& args) {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) throw InvalidArgumentError("run", "cannot find the mlsysim executable: " + ec.message());
  std::array<int, 2> out_pipe{}, err_pipe{};
  if (pipe(out_pipe.data()) != 0 || pipe(err_pipe.data()) != 0) {
    throw InvalidArgumentError("run", "cannot create a pipe");
  }
  std::vector<std::string> storage{self.string()};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& s : storage) argv.push_back(s.data());
  argv.push_back(nullptr);
  std::cout.flush();
  const pid_t pid = fork();
  if (pid < 0) throw InvalidArgumentError("run", "cannot start a process");
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    dup2(err_pipe[1], STDERR_FILENO);
    close(out_pipe[0]);
    close(err_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  ChildResult r;
  std::array<pollfd, 2> fds{{{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}}};
  std::array<std::string*, 2> sinks{&r.out, &r.err};
  int open_fds = 2;
  char buf[8192];
  while (open_fds > 0) {
    if (poll(fds.data(), fds.size(), -1) < 0) break;
    for (std::size_t k = 0; k < fds.size(); ++k) {
      if (fds[k].fd < 0 || (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
      const ssize_t n = read(fds[k].fd, buf, sizeof buf);
      if (n > 0) {
        sinks[k]->append(buf, static_cast<std::size_t>(n));
      } else {
        close(fds[k].fd);
        fds[k].fd = -1;
        --open_fds;
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// A metric of a command's JSON document: `key` in any record (or the first row of a table: the
/// best configuration), or `section.key`. Throws InvalidArgumentError listing what exists.
Quantity metric(const json& doc, const std::string& name, const std::string& where) {
  std::string section, key = name;
  if (const auto dot = name.find('.'); dot != std::string::npos) {
    section = name.substr(0, dot);
    key = name.substr(dot + 1);
  }
  std::vector<std::pair<std::string, const json*>> found;
  std::set<std::string> available;
  for (const auto& [sec, v] : doc.items()) {
    const json* obj =
        v.is_object() ? &v : (v.is_array() && !v.empty() && v[0].is_object() ? &v[0] : nullptr);
    if (obj == nullptr) continue;
    for (const auto& [k, x] : obj->items()) {
      if (x.is_number() || (x.is_object() && x.contains("value"))) available.insert(sec + "." + k);
      if (k == key && (section.empty() || section == sec)) found.emplace_back(sec, &x);
    }
  }
  std::string list;
  for (const auto& a : available) list += (list.empty() ? "" : ", ") + a;
  if (found.empty()) {
    throw InvalidArgumentError(
        "scenario", where + ": no metric '" + name + "' in the result (it has: " + list + ")");
  }
  if (found.size() > 1) {
    std::string which;
    for (const auto& f : found) which += (which.empty() ? "" : ", ") + f.first + "." + key;
    throw InvalidArgumentError("scenario",
                               where + ": '" + name + "' is ambiguous; write one of " + which);
  }
  const json& x = *found.front().second;
  if (x.is_number()) return Quantity(x.get<double>(), Unit::canonical(dims::dimensionless));
  if (x.is_object() && x.contains("value") && x.contains("unit")) {
    return Quantity(x["value"].get<double>(), x["unit"].get<std::string>());
  }
  throw InvalidArgumentError("scenario",
                             where + ": '" + name + "' is not a number (" + x.dump() + ")");
}

int run_scenario(const RunCliOptions& c, const Options& g) {
  const fs::path file = c.file;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    throw InvalidArgumentError("scenario", "'" + c.file + "' is not a readable file");
  }
  if (fs::file_size(file, ec) > (1u << 20)) {
    throw InvalidArgumentError("scenario", "'" + c.file + "' is above the limit of 1048576 bytes");
  }
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  Problems problems(c.file);
  json root;
  try {
    root = json::parse(text.str());
  } catch (const json::parse_error& e) {
    problems.raise("", std::string("malformed JSON: ") + e.what());
  }
  std::string catalog_dir = g.catalog_dir;
  const auto evaluations = parse_scenario(root, problems, catalog_dir, file);

  Document doc{"run", {}, {}};
  Table summary{"evaluations",
                "Evaluations",
                {"name", "kind", "status", "assertions_passed", "assertions"},
                {"Evaluation", "Kind", "Status", "Passed", "Assertions"},
                {}};
  Table checks{"assertions",
               "Assertions",
               {"evaluation", "assertion", "actual", "passed"},
               {"Evaluation", "Assertion", "Actual", "Passed"},
               {}};
  bool all_ok = true;
  for (const auto& ev : evaluations) {
    const std::string where = c.file + ": " + ev.pointer + " ('" + ev.name + "')";
    std::vector<std::string> args = ev.args;
    args.insert(args.end(), {"--format", "json"});
    if (!catalog_dir.empty()) args.insert(args.end(), {"--catalog", catalog_dir});
    const ChildResult r = run_self(args);
    if (r.code != 0 && r.code != 2) {
      std::string reason = r.err;
      while (!reason.empty() && reason.back() == '\n') reason.pop_back();
      throw InvalidArgumentError("scenario", where + ": 'mlsysim " + ev.kind + "' failed (exit " +
                                                 std::to_string(r.code) + "): " + reason);
    }
    json result;
    try {
      result = json::parse(r.out);
    } catch (const json::parse_error&) {
      throw InvalidArgumentError("scenario", where + ": 'mlsysim " + ev.kind + "' printed no JSON");
    }
    std::int64_t passed = 0;
    for (std::size_t k = 0; k < ev.assertions.size(); ++k) {
      const Assertion& a = ev.assertions[k];
      const std::string at = c.file + ": " + ev.assertion_pointers[k];
      const Quantity actual = metric(result, a.metric, at);
      bool ok = false;
      try {
        ok = holds(a, actual);
      } catch (const DimensionalityError& e) {
        throw InvalidArgumentError("scenario", at + ": '" + a.text + "': " + e.what());
      }
      passed += ok ? 1 : 0;
      all_ok = all_ok && ok;
      checks.rows.push_back({ev.name, a.text, actual.to(a.target.unit()), ok});
    }
    std::string status = "ok";
    if (r.code == 2) {
      status = "infeasible or a target missed (exit 2)";
      all_ok = false;
    }
    summary.rows.push_back(
        {ev.name, ev.kind, status, passed, static_cast<std::int64_t>(ev.assertions.size())});
  }
  doc.sections.emplace_back(std::move(summary));
  doc.sections.emplace_back(std::move(checks));
  if (root.contains("name") && root["name"].is_string()) {
    doc.notes.push_back("scenario: " + root["name"].get<std::string>());
  }
  doc.notes.push_back(all_ok ? "all evaluations ran and every assertion held"
                             : "an assertion failed or an evaluation was infeasible: exit 2");
  std::cout << render(doc, g.format) << std::flush;
  return all_ok ? 0 : 2;
}

}  // namespace

RunCommands::RunCommands(CLI::App& app, CLI::App& /*plot*/)
    : o_(std::make_unique<RunCliOptions>()) {
  run_ = app.add_subcommand(
      "run", "evaluate a scenario file: named train/serve/capacity/footprint runs with assertions");
  run_->add_option("scenario", o_->file, "scenario JSON file (docs/scenarios.md)")->required();
  run_->footer(
      "Exit code 2 when an assertion fails or an evaluation is infeasible, 1 for a malformed "
      "file.\nExample:\n  mlsysim run examples/scenario.json");
}

RunCommands::~RunCommands() = default;

std::string RunCommands::parsed() const { return run_->parsed() ? "run" : ""; }

int RunCommands::run(const std::string& command, const Options& global) const {
  if (command == "run") return run_scenario(*o_, global);
  throw InvalidArgumentError("command", "unknown run command '" + command + "'");
}

std::unique_ptr<Module> make_run_module(CLI::App& app, CLI::App& plot) {
  return make_module<RunCommands>(app, plot);
}

}  // namespace mlsysim::cli
